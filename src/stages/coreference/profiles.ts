// What coreference knows about each person cluster: countries, role classes, and whether it is "former".
import { readTitle, codeTitle, splitWords, type ActorDictionary } from '../../dictionaries/actors/index.js'
import type { ClusterState } from './name-clusters.js'
import { isSpaceCode } from '../../core/index.js'
import type { CorefView, DraftMention } from './drafts.js'

/** A person cluster's profile, matched against definite descriptions ("the former diplomat"). */
export interface PersonProfile {
  readonly countries: Set<string>
  readonly classes: Set<string>
  isFormer: boolean
  /** True when the dictionary says every office ended before the publication day. */
  isPastOffice: boolean
  /** True when a title in the text holds the office in opposition ("Shadow Chancellor"): no plain "the chancellor". */
  isShadow: boolean
  /** Gender from the dictionary, the first name, or an honorific before a name ("Mrs Lund"), when known. */
  gender: 'm' | 'f' | undefined
}

/** Adds the classes of a role title ("Prime Minister") to a set. */
function addTitleClasses(dict: ActorDictionary, title: string, classes: Set<string>): void {
  const words = splitWords(title)
  for (let i = 0; i < words.length; i++) {
    const match = dict.matchAgent(words, i)
    if (match === undefined) continue
    for (const c of match.agent.classes ?? []) classes.add(c)
    i += match.length - 1
  }
}

/**
 * Builds the profile of every person cluster from its title mentions and its dictionary entry
 * (the role held on the publication day), and genders from honorifics before the names.
 */
export function buildProfiles(
  view: CorefView,
  dict: ActorDictionary,
  clusters: ReadonlyMap<string, ClusterState>,
  titles: readonly DraftMention[],
  day: string | undefined,
  names: readonly DraftMention[] = [],
): Map<string, PersonProfile> {
  const profiles = new Map<string, PersonProfile>()
  for (const cluster of clusters.values()) {
    if (cluster.type !== 'PERSON') continue
    const fullest = [...cluster.names].sort((a, b) => b.length - a.length)[0] ?? ''
    const profile: PersonProfile = { countries: new Set(), classes: new Set(), isFormer: false, isPastOffice: false, isShadow: false, gender: dict.genderOf(fullest) }
    const target = cluster.target
    if (target?.kind === 'person') {
      const dated = dict.personCode(target.person, day)
      if (dated !== undefined) {
        profile.countries.add(dated.code.slice(0, 3))
        if (dated.basis === 'after') {
          profile.isFormer = true
          profile.isPastOffice = true
        }
      }
      // Only the role held on the day (or the last one, for a former office holder) describes the person:
      // a former vice president is not "the president".
      const title = dated?.basis === 'role' ? dated.title : dated?.basis === 'after' ? target.person.roles?.at(-1)?.title : undefined
      if (title !== undefined) addTitleClasses(dict, title, profile.classes)
    }
    profiles.set(cluster.key, profile)
  }
  // Honorifics in the text ("Mrs Lund", "Mr. Lund") are read for clusters whose gender is unknown or was only
  // guessed from a bare surname the dictionary knows ("Lund" may be another Lund): the text's word wins, and
  // a cluster called both "Mr." and "Mrs." (a couple sharing a surname) has no gender.
  const guessed = new Set<string>()
  for (const [key, profile] of profiles) {
    if (profile.gender === undefined || !(clusters.get(key)?.names.some((n) => n.includes(' ')) ?? false)) guessed.add(key)
  }
  const votes = new Map<string, 'm' | 'f' | 'both'>()
  for (const name of names) {
    if (!guessed.has(name.key)) continue
    // The honorific pattern ends in whitespace right before the name: without it there is none to read.
    if (name.start === 0 || !isSpaceCode(view.text.charCodeAt(name.start - 1))) continue
    const before = /(\p{L}+\.?)\s+$/u.exec(view.text.slice(Math.max(0, name.start - 12), name.start))
    const gender = before?.[1] === undefined ? undefined : dict.genderOfHonorific(before[1])
    if (gender === undefined) continue
    const vote = votes.get(name.key)
    votes.set(name.key, vote === undefined || vote === gender ? gender : 'both')
  }
  for (const [key, vote] of votes) {
    const profile = profiles.get(key)
    if (profile !== undefined) profile.gender = vote === 'both' ? undefined : vote
  }
  for (const title of titles) {
    const profile = profiles.get(title.key)
    if (profile === undefined) continue
    const entities = view.entities.filter((e) => e.start >= title.start && e.end <= title.end)
    const reading = readTitle(dict, view.text, title.start, title.end, entities)
    for (const c of reading.classes) profile.classes.add(c)
    const code = codeTitle(reading)
    if (code.country !== undefined) profile.countries.add(code.country)
    if (reading.modifier !== undefined) profile.isFormer = true
    if (reading.modifier?.code === 'OPP') profile.isShadow = true
  }
  return profiles
}
