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
  /** Lemmas of reporting verbs, whose simple present tells of the past ("says"). */
  readonly reportingLemmas: readonly string[]
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
  readonly reportingLemmas: ReadonlySet<string>
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
      reportingLemmas: new Set(cues.reportingLemmas),
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
  isHeadline = false,
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
  // "is due to visit", "are set to meet": a present auxiliary and a scheduling word before an infinitive join the group
  // ("had been due to expire" stays in the past).
  const schedule = tokens[first - 1]
  const auxiliary = tokens[first - 2]
  if (
    schedule !== undefined &&
    auxiliary !== undefined &&
    text.slice(tokens[first]?.start ?? 0, tokens[first]?.end ?? 0).toLowerCase() === 'to' &&
    sets.scheduleWords.has(text.slice(schedule.start, schedule.end).toLowerCase()) &&
    sets.presentAuxiliaries.has(text.slice(auxiliary.start, auxiliary.end).toLowerCase())
  )
    first -= 2
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
  const tense = classifyGroup(tokens, first, last + 1, text, sets)
  // "Putin meets Abe on Friday", "the summit opens Monday": in a story's body a simple present of a verb that does not
  // report speech is an arrangement ahead (a headline's present tells of the past).
  if (tense === 'present' && !isHeadline && isLeft && isSimplePresent(tokens, first, last + 1, text, sets) && isAdjunctAfter(tokens, last, start, end, text)) return 'future'
  return tense
}

/** Most tokens between a verb and a date that is its adjunct ("meets Abe on Friday"). */
const MAX_ADJUNCT_GAP = 4

/**
 * Whether the date `[start, end)` follows the verb group ending at token `last` closely, with no other verb between,
 * and is no possessive ("follows Tuesday's declaration" names a day, it does not date the verb).
 */
function isAdjunctAfter(tokens: readonly Token[], last: number, start: number, end: number, text: string): boolean {
  let gap = 0
  for (let k = last + 1; k < tokens.length; k++) {
    const token = tokens[k]
    if (token === undefined || token.start >= start) break
    if (isVerb(token) || ++gap > MAX_ADJUNCT_GAP) return false
  }
  return !(text.startsWith("'s", end) || text.startsWith('\u2019s', end))
}

/** Whether a verb group is one simple-present verb ("meets", "open") that is no reporting verb, with no auxiliary. */
function isSimplePresent(tokens: readonly Token[], from: number, to: number, text: string, sets: CueSets): boolean {
  let verb: Token | undefined
  for (let k = from; k < to; k++) {
    const token = tokens[k]
    if (token === undefined || token.pos === 'AUX' || token.pos === 'PART') return false
    if (token.pos === 'VERB') {
      if (verb !== undefined) return false
      verb = token
    }
  }
  if (verb === undefined || sets.reportingLemmas.has(verb.lemma)) return false
  // Only the third person singular tells the present for sure: a bare form may be a past ("read", "set", "put").
  const word = text.slice(verb.start, verb.end).toLowerCase()
  return word !== verb.lemma && word.endsWith('s') && word.startsWith(verb.lemma.slice(0, Math.max(1, verb.lemma.length - 1)))
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
