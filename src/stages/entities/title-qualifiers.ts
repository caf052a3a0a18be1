// A short "person" right before a lowercase title qualifies the title: "Tory leader", "Lib Dem home affairs spokesman".
import type { Candidate } from './candidates.js'
import type { RuleLexicon } from './rules.js'

/** Lowercase nouns and adjectives that may stand between the qualifier and its title ("home affairs spokesman"). */
const MAX_BETWEEN = 2

/** Parts of speech of the words that may stand between the qualifier and its title. */
const BETWEEN_POS: ReadonlySet<string> = new Set(['NOUN', 'ADJ'])

/**
 * Retypes a model PERSON of one or two words directly followed by a lowercase title, or by at most two lowercase
 * nouns or adjectives and then one ("Tory leader Michael Howard", "Lib Dem home affairs spokesman"), as an ORG:
 * English puts a person's title before the name, so a name before a lowercase title is the party, body or place the
 * title belongs to (GMB marks "Republican" in "Republican Senator" org).
 * @param pos UPOS tag of each word
 */
export function retypeTitleQualifier(c: Candidate, words: readonly string[], pos: readonly string[], lex: RuleLexicon): Candidate {
  if (c.type !== 'PERSON' || c.source !== 'model' || c.last - c.first > 1) return c
  for (let k = c.last + 1; k <= c.last + 1 + MAX_BETWEEN; k++) {
    const w = words[k] ?? ''
    if (w === '' || w !== w.toLowerCase()) return c
    if (lex.titles.has(w)) return { ...c, type: 'ORG' }
    if (!BETWEEN_POS.has(pos[k] ?? '')) return c
  }
  return c
}
