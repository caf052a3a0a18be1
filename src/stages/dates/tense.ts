// Reads the tense of the clause around a date expression from the nearest verb group.
import type { Token } from '../../core/index.js'

/** Which way a clause points in time; `unknown` when no verb group is found. */
export type Tense = 'past' | 'present' | 'future' | 'unknown'

const GROUP_POS = new Set(['AUX', 'VERB', 'PART', 'ADV'])

/** Cue words for tense, from the lexicon. */
export interface TenseCues {
  /** Auxiliaries that point ahead ("will", "shall", "going"). */
  readonly futureAuxiliaries: readonly string[]
  /** Modals that, before a bare verb, point ahead ("might", "could"). */
  readonly futureModals: readonly string[]
  /** Scheduling words that point ahead after a present auxiliary ("is scheduled", "are due"). */
  readonly scheduleWords: readonly string[]
  /** Lemmas of verbs whose object lies ahead whatever their tense ("planned a march on Saturday"). */
  readonly planningLemmas: readonly string[]
  /** Present-tense auxiliaries ("is", "are"). */
  readonly presentAuxiliaries: readonly string[]
  /** Past auxiliaries ("was", "had"). */
  readonly pastAuxiliaries: readonly string[]
  /** Phrases right before a date that point ahead ("as soon as"). */
  readonly futurePrefixes: readonly string[]
}

/**
 * Finds the tense of the clause holding `[start, end)`: the nearest verb group to the left inside the
 * sentence, else the nearest to the right.
 * @param tokens the sentence's tokens, sorted
 * @param text the text the tokens index
 */
export function detectTense(
  tokens: readonly Token[],
  text: string,
  start: number,
  end: number,
  cues: TenseCues,
): Tense {
  const before = text
    .slice(Math.max(0, start - 20), start)
    .toLowerCase()
    .replace(/\s+/g, ' ')
  if (cues.futurePrefixes.some((p) => before.endsWith(`${p} `))) return 'future'
  const isVerb = (t: Token | undefined): boolean => t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX')
  let anchor = -1
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i]
    if (token !== undefined && token.end <= start && isVerb(token)) {
      anchor = i
      break
    }
  }
  const isLeft = anchor >= 0
  if (!isLeft) anchor = tokens.findIndex((t) => t.start >= end && isVerb(t))
  if (anchor < 0) return 'unknown'
  let first = anchor
  while (first > 0 && GROUP_POS.has(tokens[first - 1]?.pos ?? '')) first--
  let last = anchor
  const limit = isLeft ? start : Infinity
  while (
    last + 1 < tokens.length &&
    GROUP_POS.has(tokens[last + 1]?.pos ?? '') &&
    (tokens[last + 1]?.end ?? 0) <= limit
  )
    last++
  // "is due in", "are likely to": a scheduling adjective right after the group belongs to it.
  const next = tokens[last + 1]
  if (
    next !== undefined &&
    next.end <= limit &&
    cues.scheduleWords.includes(text.slice(next.start, next.end).toLowerCase())
  )
    last++
  return classifyGroup(tokens.slice(first, last + 1), text, cues)
}

/** The tense a verb group expresses. */
function classifyGroup(group: readonly Token[], text: string, cues: TenseCues): Tense {
  const words = group.map((t) => text.slice(t.start, t.end).toLowerCase())
  const hasVerbAfter = (i: number): boolean =>
    group.slice(i + 1).some((t) => t.pos === 'VERB' || t.pos === 'AUX')
  let tense: Tense = 'present'
  for (let i = 0; i < group.length; i++) {
    const word = words[i] ?? ''
    const token = group[i]
    if (token === undefined) continue
    if (cues.futureAuxiliaries.includes(word) || cues.planningLemmas.includes(token.lemma)) return 'future'
    if (cues.futureModals.includes(word) && hasVerbAfter(i)) return 'future'
    const isInfinitiveNext = words[i + 1] === 'to' && hasVerbAfter(i + 1)
    // "is scheduled for", "set to resume", "is to meet": arrangements that lie ahead.
    if (
      cues.scheduleWords.includes(word) &&
      (isInfinitiveNext || words.slice(0, i).some((w) => cues.presentAuxiliaries.includes(w)))
    )
      return 'future'
    if (cues.presentAuxiliaries.includes(word) && isInfinitiveNext) return 'future'
    if (cues.pastAuxiliaries.includes(word)) tense = 'past'
    else if (token.pos === 'VERB' && word !== token.lemma && !word.endsWith('s') && !word.endsWith('ing')) {
      // A participle after a present auxiliary ("is expected") is not past.
      if (!words.slice(0, i).some((w) => cues.presentAuxiliaries.includes(w))) tense = 'past'
    }
  }
  return tense
}
