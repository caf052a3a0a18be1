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

/**
 * Makes every later or earlier use of an acronym the document defined in parentheses an organisation too
 * ("The Kelmin Liberation Front (KLF) ... KLF fighters"), as a rule candidate over the tagger's guess.
 * @param sentences each sentence's words and candidates; candidates are extended in place
 */
export function applyDocumentAcronyms(sentences: ReadonlyArray<{ readonly words: readonly string[]; candidates: Candidate[] }>): void {
  const defined = new Set<string>()
  for (const s of sentences) {
    for (const c of s.candidates) {
      const isDefinition = c.source === 'rule' && c.type === 'ORG' && c.first === c.last && s.words[c.first - 1] === '(' && s.words[c.first + 1] === ')'
      if (isDefinition) defined.add(s.words[c.first] ?? '')
    }
  }
  if (defined.size === 0) return
  for (const s of sentences) {
    const added: Candidate[] = []
    s.words.forEach((word, k) => {
      if (!defined.has(word)) return
      if (s.candidates.some((c) => c.first === k && c.last === k && c.source === 'rule')) return
      added.push({ first: k, last: k, type: 'ORG', source: 'rule' })
    })
    if (added.length > 0) s.candidates = [...s.candidates, ...added].sort((a, b) => a.first - b.first || a.last - b.last)
  }
}
