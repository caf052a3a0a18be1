// A wire dateline names a place: "LOURDES, France - ..." opens with the city in capitals, then its country.
import type { EntityType } from '../../core/index.js'
import type { Candidate } from './candidates.js'

/** How far into a sentence a dateline may start (after a source credit such as "AP -" or "Canadian Press -"). */
const MAX_START = 4

/** A word written in capitals (with an inner period, hyphen or apostrophe: "ST.", "AL-ARISH"). */
const CAPITALS = /^[\p{Lu}][\p{Lu}.'’-]*$/u

/** Marks that may precede a dateline: a dash after a source credit. */
const CREDIT_MARK = /^[-–—]$/

/**
 * Returns a GPE rule candidate for a dateline: a run of words in capitals at the start of a sentence (or right
 * after a source credit and its dash) followed by a comma, a known place and the dateline's dash or parenthesis
 * ("LOURDES, France -", "ST. PAUL, Minnesota (AP)"); the caller leaves out ALL-CAPS lines.
 * @param known returns the type of a known name spanning exactly `[first, last]`, if any
 */
export function datelineCandidates(
  words: readonly string[],
  known: (first: number, last: number) => EntityType | undefined,
): Candidate[] {
  for (let start = 0; start <= MAX_START && start < words.length; start++) {
    if (start > 0 && !CREDIT_MARK.test(words[start - 1] ?? '')) continue
    let end = start
    while (end < words.length && CAPITALS.test(words[end] ?? '') && /\p{Lu}{2}/u.test(words[end] ?? '')) end++
    if (end === start || words[end] !== ',') continue
    // The place after the comma: a known country, state or city of one to three words.
    for (let last = end + 1; last <= end + 3 && last < words.length; last++) {
      const type = known(end + 1, last)
      const isClosed = CREDIT_MARK.test(words[last + 1] ?? '') || words[last + 1] === '('
      if ((type === 'GPE' || type === 'LOC') && isClosed) return [{ first: start, last: end - 1, type: 'GPE', source: 'rule' }]
    }
  }
  return []
}
