// Pattern matcher: fits a compiled verb or noun pattern to the words after its head, filling <source>/<target> from noun groups.
import type { CompiledPattern, PatternElement } from '../../dictionaries/patterns/index.js'
import { readGroupRight, type ChunkedSentence, type NounGroup } from './roles.js'
import { isPronounActor } from './words.js'

/** A pattern that fitted, with the groups its slots took. */
export interface PatternMatch {
  readonly pattern: CompiledPattern
  readonly target: NounGroup | undefined
  readonly source: NounGroup | undefined
  /** Last word position the match used. */
  readonly end: number
}

/** The groups a pattern's slots took so far. Both keys are always set (one object shape for the hot matcher). */
interface Slots {
  readonly target: NounGroup | undefined
  readonly source: NounGroup | undefined
}

/** No slot filled yet. */
const NO_SLOTS: Slots = { target: undefined, source: undefined }

/** How far a `*` gap may reach, in words. */
const MAX_GAP = 8

/** Words that open an embedded question or clause, whatever the tagger calls them ("whether" is often ADP). */
const SUBORDINATORS = new Set(['whether', 'if'])

/** Maps each word position to its chunk position. */
export function chunkIndexOfWords(s: ChunkedSentence): number[] {
  const out: number[] = []
  s.chunks.forEach((chunk, c) => {
    for (let w = chunk.from; w <= chunk.to; w++) out[w] = c
  })
  return out
}

function wordMatches(s: ChunkedSentence, w: number, words: readonly string[]): boolean {
  const word = s.words[w]
  // A date is never a pattern word: "for March shipment" holds no "march".
  return word !== undefined && word.isDate !== true && (words.includes(word.lemma) || words.includes(word.lower))
}

/**
 * Tries to fit `elements` to words from position `w` up to `end` (inclusive).
 * Adverbs may sit before a literal word ("called again on"); a slot takes the NP group that starts (or continues) there.
 */
function fit(
  s: ChunkedSentence,
  chunkOf: readonly number[],
  elements: readonly PatternElement[],
  e: number,
  w: number,
  end: number,
  slots: Slots,
  last: number,
  headChunk: number,
): { slots: Slots; end: number } | undefined {
  const element = elements[e]
  if (element === undefined) return { slots, end: last }
  if (w > end) return undefined
  if (element.kind === 'word') {
    let at = w
    // Adverbs and dates may sit between pattern words: "called again on", "issued a reminder Saturday to", "called on
    // Monday for"; a preposition right before a date belongs to the date ("insisted on Wednesday that" has no "insist on").
    while (at <= end) {
      const word = s.words[at]
      if (word?.pos === 'ADP' && s.words[at + 1]?.isDate === true) at++
      else if ((word?.pos === 'ADV' || word?.isDate === true) && !wordMatches(s, at, element.words)) at++
      else break
    }
    if (at > end || !wordMatches(s, at, element.words)) return undefined
    return fit(s, chunkOf, elements, e + 1, at + 1, end, slots, at, headChunk)
  }
  if (element.kind === 'gap') {
    let hasSkippedActor = false
    for (let skip = 0; skip <= MAX_GAP && w + skip <= end + 1; skip++) {
      const word = s.words[w + skip - 1]
      // A gap never jumps over another verb group: "urged Arvenia and then attacked Belmora" is two events. Before a
      // literal word it may ("resume stalled talks"), unless an actor lies before that group: "holding three Belmoran
      // workers hostage began talks" holds no talks.
      const skipped = chunkOf[w + skip - 1] ?? -1
      if (skip > 0 && word !== undefined && skipped !== headChunk && s.chunks[skipped]?.kind === 'VG' && (elements[e + 1]?.kind !== 'word' || hasSkippedActor)) break
      if (skip > 0 && word?.actor !== undefined && !isPronounActor(word.actor)) hasSkippedActor = true
      // Nor over a subordinator: "refused to say whether Belmora would join" does not refuse Belmora.
      if (skip > 0 && word !== undefined && (word.pos === 'SCONJ' || SUBORDINATORS.has(word.lower))) break
      // Nor over "off" right after the word before: "hold off on talks" puts the talks off ("call off" spells it out).
      if (skip > 0 && w === last + 1 && s.words[w]?.lower === 'off') break
      const result = fit(s, chunkOf, elements, e + 1, w + skip, end, slots, last, headChunk)
      if (result !== undefined) return result
    }
    return undefined
  }
  // A slot: the NP (group) at this word; determiners inside the NP are fine.
  const c = chunkOf[w]
  const chunk = c === undefined ? undefined : s.chunks[c]
  if (c === undefined || chunk === undefined || chunk.kind !== 'NP') return undefined
  const limit = chunkOf[end] ?? c
  const group = readGroupRight(s, c, limit, true)
  if (group === undefined) return undefined
  const groupEnd = s.chunks[group.to]?.to ?? chunk.to
  const filled: Slots = element.kind === 'target' ? { target: group, source: slots.source } : { target: slots.target, source: group }
  return fit(s, chunkOf, elements, e + 1, groupEnd + 1, end, filled, groupEnd, headChunk)
}

/**
 * Fits one pattern to the words after its head word.
 * @param head word position of the head (verb or noun)
 * @param end last word position the match may use (the clause end)
 * @param elements the elements to fit (a passive verb fits only those before its target slot)
 */
export function matchPattern(
  s: ChunkedSentence,
  chunkOf: readonly number[],
  pattern: CompiledPattern,
  head: number,
  end: number,
  elements: readonly PatternElement[] = pattern.elements,
): PatternMatch | undefined {
  const result = fit(s, chunkOf, elements, 0, head + 1, end, NO_SLOTS, head, chunkOf[head] ?? -1)
  if (result === undefined) return undefined
  return { pattern, target: result.slots.target, source: result.slots.source, end: result.end }
}

/**
 * Picks the best match among patterns for a head: a filled target with actors first, then the most specific pattern
 * (a target slot breaks ties).
 */
export function bestMatch(
  s: ChunkedSentence,
  chunkOf: readonly number[],
  patterns: readonly CompiledPattern[],
  head: number,
  end: number,
  isPassive: boolean,
): PatternMatch | undefined {
  let best: PatternMatch | undefined
  let bestScore = -1
  for (const pattern of patterns) {
    let elements = pattern.elements
    if (isPassive) {
      const slot = elements.findIndex((el) => el.kind === 'target')
      if (slot < 0) continue
      // "was taken hostage by X": the slot moved to the subject, the words after it stay ("take <target> hostage" fits
      // "taken hostage", not "taken over").
      elements = [...elements.slice(0, slot), ...elements.slice(slot + 1)]
    }
    const match = matchPattern(s, chunkOf, pattern, head, end, elements)
    if (match === undefined) continue
    const hasActor = (match.target?.actors.length ?? 0) > 0 || isPassive
    // Without an actor in the slot, a more specific pattern ("demand * elections") beats a bare slot ("demand <target>").
    const score = (hasActor ? 100 : 0) + pattern.specificity + (pattern.hasTarget ? 0.5 : 0)
    if (score > bestScore) {
      best = match
      bestScore = score
    }
  }
  return best
}
