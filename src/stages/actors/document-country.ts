// The country a document is mostly about, from its place and people mentions, for officials no sentence places.
import type { Mention } from '../../core/index.js'
import type { ActorDictionary } from '../../dictionaries/actors/index.js'

/** Fewest mentions the leading country needs. */
const MIN_MENTIONS = 3

/** A document's leading country and the mention that first names it. */
export interface DocumentCountry {
  readonly code: string
  readonly mention: Mention
}

/**
 * The country a document is mostly about: named by at least three of its place and people mentions (names,
 * capitals, cities, nationalities), at least half of all such mentions and twice as often as any other.
 * An official with a role but no country in a story mostly about Belmora is most likely Belmora's.
 * @param strict for bare roles of the state ("officials said"): no international body named in the document, two of
 *   every three country mentions and three times any other country
 * @returns the country and its first mention, or undefined when no country leads that clearly
 * @example documentCountry(dict, mentions, clusterType) // { code: 'BLM', mention: … } for a story about Belmora
 */
export function documentCountry(
  dict: ActorDictionary,
  mentions: readonly Mention[],
  clusterType: ReadonlyMap<string, string>,
  strict = false,
): DocumentCountry | undefined {
  const counts = new Map<string, { count: number; first: Mention }>()
  let total = 0
  for (const m of mentions) {
    if (m.kind !== 'name' && m.kind !== 'alias') continue
    const type = clusterType.get(m.clusterId)
    // Strict: a story that names an international body (the EC, the UN) is not about one country's state alone.
    if (strict && type === 'ORG' && dict.lookupName(m.text)?.kind === 'igo') return undefined
    if (type !== 'GPE' && type !== 'NORP') continue
    const target = dict.lookupName(m.text)
    if (target === undefined || !('code' in target) || target.kind === 'igo' || target.kind === 'metonym' || target.kind === 'organization') continue
    const code = target.code.slice(0, 3)
    if (!dict.isCountryCode(code)) continue
    total++
    const seen = counts.get(code)
    if (seen === undefined) counts.set(code, { count: 1, first: m })
    else seen.count++
  }
  let best: [string, { count: number; first: Mention }] | undefined
  let second = 0
  for (const entry of counts) {
    if (best === undefined || entry[1].count > best[1].count) {
      second = best?.[1].count ?? 0
      best = entry
    } else if (entry[1].count > second) second = entry[1].count
  }
  if (best === undefined) return undefined
  const [code, { count, first }] = best
  if (count < MIN_MENTIONS || count * 2 < total || count < second * 2) return undefined
  // Strict: two of every three country mentions, and three times any other country.
  if (strict && (count * 3 < total * 2 || count < second * 3)) return undefined
  return { code, mention: first }
}
