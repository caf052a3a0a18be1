// Candidate name spans over one sentence's tokens, from the model, the dictionary, the gazetteer and word-list rules.
import type { EntityType } from '../../core/index.js'
import type { NameHit } from './name-matcher.js'

/** Where a candidate came from, in order of trust when spans of equal standing overlap. */
export type CandidateSource = 'dictionary' | 'rule' | 'model' | 'gazetteer'

/** A typed run of tokens `[first, last]` in a sentence. */
export interface Candidate {
  readonly first: number
  readonly last: number
  readonly type: EntityType
  readonly source: CandidateSource
}

/** Precedence of sources when spans overlap: lower goes first. */
const SOURCE_ORDER: Record<CandidateSource, number> = { dictionary: 0, rule: 1, model: 2, gazetteer: 3 }

const PLACE_TYPES: ReadonlySet<EntityType> = new Set(['GPE', 'LOC', 'NORP'])

/** Returns whether two candidates share a token. */
export function overlaps(a: Candidate, b: Candidate): boolean {
  return a.first <= b.last && b.first <= a.last
}

/** Returns whether `outer` covers `inner` and is longer. */
export function strictlyContains(outer: Candidate, inner: Candidate): boolean {
  return outer.first <= inner.first && outer.last >= inner.last && outer.last - outer.first > inner.last - inner.first
}

/**
 * Chooses non-overlapping candidates. Dictionary names go first, then rules, the model and the gazetteer;
 * a rule or model span that strictly contains every chosen span it overlaps may replace them
 * ("Carnegie Moscow Center" over the dictionary's "Moscow"). A model organisation may replace a dictionary
 * organisation inside it where `extendsOrg` says the rest names a part of it ("Kessa Motors" over "Kessa").
 */
export function mergeCandidates(
  candidates: readonly Candidate[],
  extendsOrg: (outer: Candidate, inner: Candidate) => boolean = () => false,
): Candidate[] {
  const ordered = [...candidates].sort(
    (a, b) => SOURCE_ORDER[a.source] - SOURCE_ORDER[b.source] || b.last - b.first - (a.last - a.first) || a.first - b.first,
  )
  let chosen: Candidate[] = []
  for (const c of ordered) {
    const clashes = chosen.filter((x) => overlaps(x, c))
    if (clashes.length === 0) {
      chosen.push(c)
      continue
    }
    // Rules may swallow anything shorter. The model may swallow a place or people name from the dictionary
    // or gazetteer ("Moscow" in "Moscow State University"), or a shorter person name (a full name over a
    // rule's cut), but not a known person or organisation (unless `extendsOrg` allows it), nor a rule's organisation or event.
    const canReplace =
      (c.source === 'rule' || c.source === 'model') &&
      clashes.every(
        (x) =>
          strictlyContains(c, x) &&
          (c.source === 'rule' ||
            (x.type === 'PERSON' && c.type === 'PERSON') ||
            (x.type === 'ORG' && c.type === 'ORG' && x.source === 'dictionary' && extendsOrg(c, x)) ||
            (x.source !== 'rule' && PLACE_TYPES.has(x.type))),
      )
    if (canReplace) chosen = [...chosen.filter((x) => !clashes.includes(x)), c]
  }
  return chosen.sort((a, b) => a.first - b.first || a.last - b.last)
}

const ENTITY_TYPES: ReadonlySet<string> = new Set(['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'MISC'])

/** Turns name hits into candidates, keeping only categories that are entity types. */
export function hitsToCandidates(hits: readonly NameHit[], source: CandidateSource): Candidate[] {
  return hits
    .filter((h) => ENTITY_TYPES.has(h.name.category))
    .map((h) => ({ first: h.first, last: h.last, type: h.name.category as EntityType, source }))
}
