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

/** Tense cues as sets, compiled once per cue object. */
interface CueSets {
  /** Each future prefix with the space that must follow it. */
  readonly prefixes: readonly string[]
  readonly futureAuxiliaries: ReadonlySet<string>
  readonly futureModals: ReadonlySet<string>
  readonly scheduleWords: ReadonlySet<string>
  readonly planningLemmas: ReadonlySet<string>
  readonly presentAuxiliaries: ReadonlySet<string>
  readonly pastAuxiliaries: ReadonlySet<string>
}

const compiledCues = new WeakMap<TenseCues, CueSets>()

/** The cue sets of a cue object, compiled on first use. */
function cueSetsOf(cues: TenseCues): CueSets {
  let sets = compiledCues.get(cues)
  if (sets === undefined) {
    sets = {
      prefixes: cues.futurePrefixes.map((p) => `${p} `),
      futureAuxiliaries: new Set(cues.futureAuxiliaries),
      futureModals: new Set(cues.futureModals),
      scheduleWords: new Set(cues.scheduleWords),
      planningLemmas: new Set(cues.planningLemmas),
      presentAuxiliaries: new Set(cues.presentAuxiliaries),
      pastAuxiliaries: new Set(cues.pastAuxiliaries),
    }
    compiledCues.set(cues, sets)
  }
  return sets
}

/** Whether a token is a verb or an auxiliary. */
function isVerb(token: Token | undefined): boolean {
  return token !== undefined && (token.pos === 'VERB' || token.pos === 'AUX')
}

const SPACES = /\s+/g

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
  const sets = cueSetsOf(cues)
  const before = text
    .slice(Math.max(0, start - 20), start)
    .toLowerCase()
    .replace(SPACES, ' ')
  for (const prefix of sets.prefixes) if (before.endsWith(prefix)) return 'future'
  let anchor = -1
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i]
    if (token !== undefined && token.end <= start && isVerb(token)) {
      anchor = i
      break
    }
  }
  const isLeft = anchor >= 0
  if (!isLeft) {
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]
      if (token !== undefined && token.start >= end && isVerb(token)) {
        anchor = i
        break
      }
    }
  }
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
  if (next !== undefined && next.end <= limit && sets.scheduleWords.has(text.slice(next.start, next.end).toLowerCase()))
    last++
  return classifyGroup(tokens, first, last + 1, text, sets)
}

/** The tense a verb group (`tokens[from..to)`) expresses. */
function classifyGroup(tokens: readonly Token[], from: number, to: number, text: string, sets: CueSets): Tense {
  const words: string[] = []
  for (let k = from; k < to; k++) {
    const token = tokens[k]
    words.push(token === undefined ? '' : text.slice(token.start, token.end).toLowerCase())
  }
  let tense: Tense = 'present'
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? ''
    const token = tokens[from + i]
    if (token === undefined) continue
    if (sets.futureAuxiliaries.has(word) || sets.planningLemmas.has(token.lemma)) return 'future'
    // "would have met", "might have said": a modal perfect looks back.
    if (sets.futureModals.has(word) && words[i + 1] === 'have') return 'past'
    if (sets.futureModals.has(word) && hasVerbAfter(tokens, from + i, to)) return 'future'
    const isInfinitiveNext = words[i + 1] === 'to' && hasVerbAfter(tokens, from + i + 1, to)
    // "is scheduled for", "set to resume", "is to meet": arrangements that lie ahead.
    if (sets.scheduleWords.has(word) && (isInfinitiveNext || hasPresentBefore(words, i, sets))) return 'future'
    if (sets.presentAuxiliaries.has(word) && isInfinitiveNext) return 'future'
    if (sets.pastAuxiliaries.has(word)) tense = 'past'
    else if (token.pos === 'VERB' && word !== token.lemma && !word.endsWith('s') && !word.endsWith('ing')) {
      // A participle after a present auxiliary ("is expected") is not past.
      if (!hasPresentBefore(words, i, sets)) tense = 'past'
    }
  }
  return tense
}

/** Whether a verb or auxiliary comes after token `at` and before `to`. */
function hasVerbAfter(tokens: readonly Token[], at: number, to: number): boolean {
  for (let k = at + 1; k < to; k++) if (isVerb(tokens[k])) return true
  return false
}

/** Whether a present auxiliary comes before group word `i`. */
function hasPresentBefore(words: readonly string[], i: number, sets: CueSets): boolean {
  for (let k = 0; k < i; k++) if (sets.presentAuxiliaries.has(words[k] ?? '')) return true
  return false
}
