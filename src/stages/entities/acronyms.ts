// Acronyms defined in parentheses right after an organisation's name: "Arvenian Liberation Front (ALF)".
import type { Candidate } from './candidates.js'

/** An acronym: two to ten capitals, possibly with dots, ampersands or hyphens ("ALF", "U.N.", "AT&T"). */
const ACRONYM = /^[A-Z][A-Z.&-]{1,9}$/

/**
 * Returns an ORG candidate for each acronym set in parentheses right after an organisation candidate,
 * so the short form takes the organisation's type whatever the tagger made of it.
 * @param candidates the sentence's candidates so far (any source)
 */
export function acronymCandidates(candidates: readonly Candidate[], words: readonly string[]): Candidate[] {
  const out: Candidate[] = []
  for (const c of candidates) {
    if (c.type !== 'ORG' || words[c.last + 1] !== '(' || words[c.last + 3] !== ')') continue
    const at = c.last + 2
    if (ACRONYM.test(words[at] ?? '') && !out.some((o) => o.first === at)) out.push({ first: at, last: at, type: 'ORG', source: 'rule' })
  }
  return out
}
