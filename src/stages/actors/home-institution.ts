// A party or legislature the dictionary places in one country, in a story filed from another that never names it.
import type { Mention } from '../../core/index.js'
import type { ActorDictionary } from '../../dictionaries/actors/index.js'

/** Roles of a country's own institutions, which other countries have namesakes of ("Labour", "Congress"). */
const HOME_ROLES = new Set(['PTY', 'LEG'])

/** Whether a code's roles are all those of a country's own parties and legislatures. */
export function isHomeInstitution(roles: readonly string[]): boolean {
  return roles.length > 0 && roles.every((r) => HOME_ROLES.has(r))
}

/**
 * The countries a document names anywhere, each with the clusters that name it: by a name, adjective, people, capital,
 * city or region, or through a body or person of the dictionary ("the White House", "Bush" name the United States), as
 * of the publication day.
 */
export function countriesNamed(dict: ActorDictionary, mentions: readonly Mention[], day: string | undefined): Map<string, Set<string>> {
  const codes = new Map<string, Set<string>>()
  for (const m of mentions) {
    if (m.kind !== 'name' && m.kind !== 'alias') continue
    const target = dict.lookupName(m.text) ?? dict.lookupPerson(m.text)
    if (target === undefined) continue
    const code = target.kind === 'person' ? dict.personCode(target.person, day)?.code : 'code' in target ? target.code : undefined
    if (code === undefined) continue
    const country = code.slice(0, 3)
    const clusters = codes.get(country)
    if (clusters === undefined) codes.set(country, new Set([m.clusterId]))
    else clusters.add(m.clusterId)
  }
  return codes
}

/** Whether a cluster other than the given one names a country. */
export function isNamedByOthers(named: ReadonlyMap<string, ReadonlySet<string>>, country: string, clusterId: string): boolean {
  const clusters = named.get(country)
  return clusters !== undefined && (clusters.size > 1 || !clusters.has(clusterId))
}
