// A one-word region right before a people's name describes the people: "West" in "West Africans" names no place.
import type { Candidate } from './candidates.js'

/** Returns whether a candidate is a known one-word region: a LOC from the dictionary or the lexicon's regions. */
function isKnownRegionWord(c: Candidate): boolean {
  return c.type === 'LOC' && c.first === c.last && (c.source === 'dictionary' || c.source === 'gazetteer')
}

/**
 * Drops every one-word LOC candidate (whatever its source) over a known region word that stands right before a
 * people's name (a NORP candidate): in "West Africans" the region word only qualifies the people, so it is no
 * place (and no actor) of its own. The people's name stays as the tagger has it (GMB marks "African" alone).
 * @param candidates the sentence's candidates (any source)
 */
export function dropRegionBeforePeople(candidates: readonly Candidate[]): Candidate[] {
  const dropped = new Set<number>()
  for (const region of candidates) {
    if (isKnownRegionWord(region) && candidates.some((people) => people.type === 'NORP' && people.first === region.last + 1)) dropped.add(region.first)
  }
  if (dropped.size === 0) return [...candidates]
  return candidates.filter((c) => !(c.type === 'LOC' && c.first === c.last && dropped.has(c.first)))
}
