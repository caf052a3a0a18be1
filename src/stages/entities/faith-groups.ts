// A tagger PERSON that names a faith or a stateless people ("Sunni Muslim", "Kurds") is a NORP, not a person.
import type { Candidate } from './candidates.js'

/**
 * Retypes a model PERSON whose last word is a faith or a stateless people ("Sunni Muslim", "Shiite Muslims",
 * "Muslim") to NORP, unless it opens with a given name ("Hans Christian" stays a person). Retyped here, it no
 * longer lends "Muslim" to the document's people, which would make every later "Muslim" a person.
 * @example retypeFaithGroup({ first: 0, last: 1, type: 'PERSON', source: 'model' }, ['Sunni', 'Muslim'], faiths, isGivenName) // type 'NORP'
 */
export function retypeFaithGroup(
  c: Candidate,
  words: readonly string[],
  faiths: ReadonlySet<string>,
  isGivenName: (word: string) => boolean,
): Candidate {
  if (c.type !== 'PERSON' || c.source !== 'model' || faiths.size === 0) return c
  const last = (words[c.last] ?? '').toLowerCase()
  if (!faiths.has(last)) return c
  if (c.first < c.last && isGivenName(words[c.first] ?? '')) return c
  return { ...c, type: 'NORP' }
}
