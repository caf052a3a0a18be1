// A one-word "person" right before a lowercase title qualifies the title: "Tory leader", "Kessan senator" name a party.
import type { Candidate } from './candidates.js'
import type { RuleLexicon } from './rules.js'

/**
 * Retypes a one-word model PERSON directly followed by a lowercase title ("Tory leader Michael Howard",
 * "Labour chairman") as an ORG: English puts a person's title before the name, so a word before a lowercase title
 * is the party, body or place the title belongs to (GMB marks "Republican" in "Republican Senator" org).
 */
export function retypeTitleQualifier(c: Candidate, words: readonly string[], lex: RuleLexicon): Candidate {
  if (c.type !== 'PERSON' || c.source !== 'model' || c.first !== c.last) return c
  const next = words[c.last + 1] ?? ''
  if (next === '' || next !== next.toLowerCase() || !lex.titles.has(next)) return c
  return { ...c, type: 'ORG' }
}
