// Step 1 of coreference: every entity becomes a name mention; names are grouped by dictionary entry,
// repeated name, surname, parenthetical alias and acronym.
import { isSpaceCode, type Entity, type EntityType } from '../../core/index.js'
import type { ActorDictionary, NameTarget } from '../../dictionaries/actors/index.js'
import { foldKey, type CorefView, type DraftMention } from './drafts.js'

/** What the later steps need to know about a cluster. */
export interface ClusterState {
  readonly key: string
  readonly type: EntityType
  /** The name mentions' texts, first first. */
  readonly names: string[]
  /** The dictionary entry the cluster's names resolved to, if any. */
  target?: NameTarget
}

const FUNCTION_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'at', 'to', 'de'])

const initialsCache = new Map<string, string>()

/** Initials of a name's capitalised words: "Moscow State Institute of International Relations" → "MSIIR". */
function initialsOf(name: string): string {
  let initials = initialsCache.get(name)
  if (initials === undefined) {
    initials = name
      .split(/[\s-]+/)
      .filter((w) => w !== '' && !FUNCTION_WORDS.has(w.toLowerCase()))
      .map((w) => w.charAt(0).toUpperCase())
      .join('')
    if (initialsCache.size > 10_000) initialsCache.clear()
    initialsCache.set(name, initials)
  }
  return initials
}

const wordCache = new Map<string, string[]>()

/** An Arabic article joined to a name's word ("al-Burhan", "el-Sisi"): the surname is written with or without it. */
const NAME_ARTICLE = /^(?:al|el)-(?=\p{L})/u

/** A name's folded words, each without a joined Arabic article ("Abdel Fattah al-Burhan" ends in "burhan"). */
function wordsOf(name: string): string[] {
  let words = wordCache.get(name)
  if (words === undefined) {
    words = foldKey(name)
      .replace(/['’]s$/, '')
      .split(' ')
      .map((w) => w.replace(NAME_ARTICLE, ''))
    if (wordCache.size > 10_000) wordCache.clear()
    wordCache.set(name, words)
  }
  return words
}

/** Whether a name is written in capitals, with at least three letters ("TRENIN", "ANA LIND"). */
function isInCapitals(name: string): boolean {
  return name.length >= 3 && name === name.toUpperCase() && name !== name.toLowerCase()
}

/** A person of the dictionary by name, a name in capitals (a headline's "KOHL") read in title case. */
function lookupPersonInAnyCase(dict: ActorDictionary, text: string): NameTarget | undefined {
  const found = dict.lookupPerson(text)
  if (found !== undefined || !isInCapitals(text)) return found
  return dict.lookupPerson(text.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase()))
}

/** Words lower-cased, to match a name in capitals. */
function lowered(words: readonly string[]): string[] {
  return words.map((w) => w.toLowerCase())
}

/** True when every word of the shorter name appears in the longer one and they share the last word. */
function isPartOf(short: readonly string[], long: readonly string[]): boolean {
  if (short.length >= long.length || short.length === 0) return false
  return short.every((w) => long.includes(w)) && short.at(-1) === long.at(-1)
}

function isCompatible(type: EntityType, target: NameTarget): boolean {
  return (type === 'PERSON') === (target.kind === 'person')
}

/**
 * Corrects an entity type the entity model got wrong, when the dictionary shows it is a person: a name that
 * starts with a known first name ("Alexander Panov" typed ORG), or the surname of a person named earlier.
 * Known dictionary names keep their type.
 */
function repairType(entity: Entity, dict: ActorDictionary, clusters: ReadonlyMap<string, ClusterState>, personOrder: readonly string[], named: NameTarget | undefined): Entity {
  if (entity.type === 'PERSON' || named !== undefined) return entity
  // Count the words (as split(' ') would) without splitting: most names fail the cheap tests below.
  const text = entity.text
  const firstSpace = text.indexOf(' ')
  let wordCount = 1
  for (let at = firstSpace; at >= 0; at = text.indexOf(' ', at + 1)) wordCount++
  // Cheap tests first: two or three words opening with a known first name, then capitals and role words.
  if (wordCount >= 2 && wordCount <= 3 && dict.isGivenName(text.slice(0, firstSpace))) {
    const words = text.split(' ')
    if (words.every((w) => /^\p{Lu}/u.test(w))) {
      const lowers = words.map((w) => w.toLowerCase())
      const hasOrganizationWord = lowers.some((_, i) => dict.matchAgent(lowers, i)?.kind === 'organization')
      if (!hasOrganizationWord) return { ...entity, type: 'PERSON' }
    }
  }
  if (wordCount === 1) {
    // The text has no space, so "a longer name whose last word it is" means "ends in a space and the text".
    const asLastWord = ` ${entity.text}`
    for (const key of personOrder) {
      if (clusters.get(key)?.names.some((n) => n.endsWith(asLastWord))) return { ...entity, type: 'PERSON' }
    }
  }
  return entity
}

/**
 * Whether an entity sits in parentheses right after the previous one: only whitespace and one "(" between
 * them, and a ")" within three characters after it (after optional whitespace). Character tests, no slices.
 */
function isParenthesisedAfter(text: string, previousEnd: number, start: number, end: number): boolean {
  let closes = false
  for (let i = end; i < end + 3 && i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x29) {
      closes = true
      break
    }
    if (!isSpaceCode(c)) return false
  }
  if (!closes) return false
  let opens = 0
  for (let i = previousEnd; i < start; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x28) opens++
    else if (!isSpaceCode(c)) return false
  }
  return opens === 1
}

/** Small words a name's initials skip ("Democratic Republic of the Congo" → DRC). */
const INITIALS_SKIP = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'la', 'del', 'al'])

function isPlace(entity: Entity): boolean {
  return entity.type === 'GPE' || entity.type === 'LOC'
}

/**
 * Whether a parenthesised name can be an alias of the place before it: a plain name can ("Myanmar (Burma)"), but
 * an acronym must spell the place's initials ("United Arab Emirates (UAE)"), so a wire credit after a dateline
 * ("Kabul (AFP)") stays its own entity; so does a different name the dictionary knows (checked by the caller).
 * Non-places may use acronyms of other languages ("Kurdistan Workers' Party (PKK)") and are not checked.
 */
function canAbbreviatePlace(place: Entity, alias: string): boolean {
  if (!isPlace(place)) return true
  const letters = alias.replace(/[.\s]/g, '')
  if (!/^\p{Lu}{2,6}$/u.test(letters)) return true
  const words = place.text.split(/[\s-]+/).filter((w) => w !== '' && !INITIALS_SKIP.has(w.toLowerCase()))
  return words.map((w) => w.charAt(0).toUpperCase()).join('') === letters
}

/** Whether a name is one word (no space). */
function isOneWord(name: string): boolean {
  return name.indexOf(' ') < 0
}

/** The honorific written right before an entity ("Mrs. Lund"), or inside its span ("Mrs Lund"), as a gender. */
function honorificGender(view: CorefView, dict: ActorDictionary, entity: Entity, prefix: number): 'm' | 'f' | undefined {
  if (prefix > 0) return dict.genderOfHonorific(entity.text.slice(0, prefix).trim().split(' ').at(-1) ?? '')
  if (entity.start === 0 || !isSpaceCode(view.text.charCodeAt(entity.start - 1))) return undefined
  const before = /(\p{L}+\.?)\s+$/u.exec(view.text.slice(Math.max(0, entity.start - 12), entity.start))
  return before?.[1] === undefined ? undefined : dict.genderOfHonorific(before[1])
}

/**
 * The person a lone surname means when two or more people of the document bear it ("Hillary Clinton", "Bill
 * Clinton", then "Mrs. Clinton" or "Clinton"): among the clusters holding a full name (or a dictionary person) with
 * that last word and a gender that agrees with an honorific before the surname (unknown genders agree), the one whose
 * full name the whole document writes most often, the most recently named on a tie ("Trump" stays Donald in an
 * article that also names Melania and Eric Trump).
 * Undefined when fewer than two people bear it, so the usual links apply.
 * @param counts how often each full name (folded) stands as a person entity in the document
 */
function chooseNamesake(
  word: string,
  gender: 'm' | 'f' | undefined,
  clusters: ReadonlyMap<string, ClusterState>,
  personOrder: readonly string[],
  counts: () => ReadonlyMap<string, number>,
  dict: ActorDictionary,
): { key: string; name: string } | undefined {
  const bearers: Array<{ key: string; name: string; weight: number; fullNames: string[] }> = []
  for (let i = personOrder.length - 1; i >= 0; i--) {
    const cluster = clusters.get(personOrder[i] ?? '')
    if (cluster === undefined) continue
    const fullNames = cluster.names.filter((n) => !isOneWord(n) && wordsOf(n).at(-1) === word)
    const target = cluster.target?.kind === 'person' ? cluster.target.person.name : undefined
    if (target !== undefined && !isOneWord(target) && wordsOf(target).at(-1) === word) fullNames.push(target)
    const name = fullNames[0]
    if (name !== undefined) bearers.push({ key: cluster.key, name, weight: 0, fullNames })
  }
  if (bearers.length < 2) return undefined
  const written = counts()
  let best: { key: string; name: string; weight: number } | undefined
  for (const bearer of bearers) {
    const known = gender === undefined ? undefined : dict.genderOf(bearer.name)
    if (known !== undefined && known !== gender) continue
    for (const n of bearer.fullNames) bearer.weight += written.get(n) ?? 0
    if (best === undefined || bearer.weight > best.weight) best = bearer
  }
  return best
}

/** How often each full name (two or more words, titles split off, folded) stands as a person entity. */
function countFullNames(view: CorefView, dict: ActorDictionary): Map<string, number> {
  const counts = new Map<string, number>()
  for (const entity of view.entities) {
    if (entity.type !== 'PERSON' || isOneWord(entity.text)) continue
    const name = foldKey(dict.splitTitledName(entity.text).name)
    if (!isOneWord(name)) counts.set(name, (counts.get(name) ?? 0) + 1)
  }
  return counts
}

/**
 * Whether a full name's first name tells a gender other than a full name the document already gave the cluster
 * ("Michelle Obama" after "Obama" and "Barack Obama" starts her own cluster). The cluster's dictionary person does not
 * count: a headline's bare "Clinton" opens the dictionary's Bill Clinton, and "Hillary Clinton" must still join it.
 */
function namesOtherGender(fullName: string, cluster: ClusterState, dict: ActorDictionary): boolean {
  const gender = dict.genderOf(fullName)
  if (gender === undefined) return false
  for (const name of cluster.names) {
    if (isOneWord(name)) continue
    const known = dict.genderOf(name)
    if (known !== undefined && known !== gender) return true
  }
  return false
}

/**
 * Whether the rest of a company's name after its first `from` words holds a business word of the dictionary ("Corp",
 * "Co", "Ltd", "plc", "bank"), so the first words alone are the company's short name.
 */
function hasBusinessWordFrom(dict: ActorDictionary, words: readonly string[], from: number): boolean {
  for (let i = from; i < words.length; i++) {
    const match = dict.matchAgent(words, i)
    if (match?.kind === 'organization' && match.agent.role === 'BUS') return true
  }
  return false
}

/**
 * The one earlier company a short organization name opens ("BankAmerica" after "BankAmerica Corp", "Hanover Vell"
 * after "Hanover Vell Trading Co Ltd"): its words are the first words of a longer name whose remaining words hold a
 * business word. Undefined when no company or more than one fits.
 */
function companyOpenedBy(dict: ActorDictionary, words: readonly string[], clusters: ReadonlyMap<string, ClusterState>): ClusterState | undefined {
  let found: ClusterState | undefined
  for (const cluster of clusters.values()) {
    if (cluster.type !== 'ORG') continue
    const fits = cluster.names.some((name) => {
      const long = lowered(wordsOf(name))
      return long.length > words.length && words.every((w, i) => long[i] === w) && hasBusinessWordFrom(dict, long, words.length)
    })
    if (!fits) continue
    if (found !== undefined) return undefined
    found = cluster
  }
  return found
}

/** Records that a person cluster bears the surname of a full name (module-level: no closure per document). */
function addBearer(surnameBearers: Map<string, Set<string>>, name: string, clusterKey: string): void {
  if (isOneWord(name)) return
  const surname = wordsOf(name).at(-1) ?? ''
  const keys = surnameBearers.get(surname)
  if (keys === undefined) surnameBearers.set(surname, new Set([clusterKey]))
  else keys.add(clusterKey)
}

/**
 * Groups the entities into clusters and returns one name (or alias) mention per entity.
 * @returns the mentions and the cluster states by key
 */
export function clusterNames(view: CorefView, dict: ActorDictionary): { mentions: DraftMention[]; clusters: Map<string, ClusterState> } {
  const clusters = new Map<string, ClusterState>()
  const aliasKeys = new Map<string, string>()
  const mentions: DraftMention[] = []
  const personOrder: string[] = []
  // How often each full name is written in the document, counted only when a surname two people bear needs it.
  let fullNameCounts: Map<string, number> | undefined
  // The person clusters bearing each surname in a full name (theirs or their dictionary person's), so a lone surname
  // looks for namesakes only when two people bear it.
  const surnameBearers = new Map<string, Set<string>>()
  const writtenFullNames = (): Map<string, number> => (fullNameCounts ??= countFullNames(view, dict))
  let previous: Entity | undefined
  for (const original of view.entities) {
    // A name the dictionary knows keeps its type; the lookup also serves as the target of a non-person.
    const named = original.type === 'PERSON' ? undefined : dict.lookupName(original.text)
    const entity = repairType(original, dict, clusters, personOrder, named)
    // Some entity spans carry a title ("Foreign Minister Sergey Lavrov"): match on the bare name.
    const bare = entity.type === 'PERSON' ? dict.splitTitledName(entity.text).name : entity.text
    const folded = foldKey(bare)
    const target = entity.type === 'PERSON' ? lookupPersonInAnyCase(dict, entity.text) : named
    let key: string | undefined
    let reason = 'first mention'
    // "Name (ALIAS)": test the text around the entity before looking the previous name up.
    if (previous !== undefined && isParenthesisedAfter(view.text, previous.end, entity.start, entity.end)) {
      const previousKey = aliasKeys.get(foldKey(previous.text))
      const isOtherKnownName = target !== undefined && target.key !== previousKey
      if (previousKey !== undefined && !(isPlace(previous) && isOtherKnownName) && canAbbreviatePlace(previous, entity.text)) {
        key = previousKey
        reason = 'parenthetical alias'
      }
    }
    // "Mrs. Clinton" after "Bill Clinton" and "Hillary Clinton": a lone surname two people bear goes to the recent one
    // an honorific agrees with, before the same-name and dictionary links (which would take the first "Clinton").
    if (key === undefined && entity.type === 'PERSON' && isOneWord(bare) && (surnameBearers.get(folded)?.size ?? 0) >= 2) {
      const prefix = bare === entity.text ? 0 : dict.splitTitledName(entity.text).prefix
      const gender = honorificGender(view, dict, entity, prefix)
      const namesake = gender === undefined ? undefined : chooseNamesake(folded, gender, clusters, personOrder, writtenFullNames, dict)
      if (namesake !== undefined) {
        key = namesake.key
        reason = `surname of ${namesake.name} (shared)`
      }
    }
    if (key === undefined) {
      const known = aliasKeys.get(folded)
      if (known !== undefined) {
        key = known
        reason = 'same name'
      }
    }
    // A dictionary alias ("Abe") yields to a person of the document it fits ("Hiroshi Abe" said before);
    // a full dictionary name, or an alias of someone already mentioned, links at once.
    const isFullName = target?.kind === 'person' && foldKey(target.person.name) === folded
    if (key === undefined && target !== undefined && isCompatible(entity.type, target) && (target.kind !== 'person' || isFullName || clusters.has(target.key))) {
      key = target.key
      reason = clusters.has(key) ? `dictionary alias of ${clusters.get(key)?.names[0] ?? ''}` : 'first mention'
    }
    if (key === undefined && entity.type === 'PERSON') {
      // A name in capitals (a transcript label "TRENIN:", a headline) matches the names written in mixed case.
      const capitals = isInCapitals(bare)
      const words = capitals ? lowered(wordsOf(bare)) : wordsOf(bare)
      // Surnames of the earlier persons, gathered only when a one-word name needs them.
      let surnames: Set<string> | undefined
      const isSurname = (word: string): boolean => {
        surnames ??= new Set(personOrder.flatMap((k) => clusters.get(k)?.names.map((n) => wordsOf(n).at(-1) ?? '') ?? []))
        return surnames.has(word)
      }
      for (let i = personOrder.length - 1; i >= 0 && key === undefined; i--) {
        const other = clusters.get(personOrder[i] ?? '')
        if (other === undefined) continue
        for (const name of other.names) {
          // An earlier name in capitals (a headline's "CHIRAC") matches the full name written later in mixed case.
          const isEitherInCapitals = capitals || isInCapitals(name)
          const mine = isEitherInCapitals && !capitals ? lowered(words) : words
          const otherWords = isEitherInCapitals ? lowered(wordsOf(name)) : wordsOf(name)
          if (isPartOf(mine, otherWords)) {
            key = other.key
            reason = `surname of ${name}`
          } else if (mine.length === 1 && otherWords.length > 1 && otherWords[0] === mine[0] && !isSurname(words[0] ?? '')) {
            // Family name first ("Wang" for "Wang Yi"), when no earlier person has it as a surname.
            key = other.key
            reason = `family name of ${name}`
          } else if (isPartOf(otherWords, mine) && !namesOtherGender(bare, other, dict)) {
            key = other.key
            reason = `full name of ${name}`
          }
          if (key !== undefined) break
        }
      }
    }
    if (key === undefined && target !== undefined && isCompatible(entity.type, target)) {
      key = target.key
      reason = 'first mention'
    }
    if (key === undefined && entity.type === 'ORG' && /^[A-Z]{2,}$/.test(entity.text)) {
      for (const cluster of clusters.values()) {
        if (cluster.type === 'ORG' && cluster.names.some((n) => initialsOf(n) === entity.text)) {
          key = cluster.key
          reason = `acronym of ${cluster.names[0] ?? ''}`
          break
        }
      }
    }
    // A company's short name ("BankAmerica said" after "BankAmerica Corp") is the company, when it is no name the
    // dictionary knows and only one company of the document opens with it (the model may type it a place).
    if (key === undefined && (entity.type === 'ORG' || entity.type === 'GPE') && target === undefined && clusters.size > 0) {
      const company = companyOpenedBy(dict, lowered(wordsOf(bare)), clusters)
      if (company !== undefined) {
        key = company.key
        reason = `short name of ${company.names[0] ?? ''}`
      }
    }
    key ??= `name:${entity.type}:${folded}`
    // The cluster takes the dictionary entry only when the name was linked through it.
    const owns = target !== undefined && isCompatible(entity.type, target) && key === target.key
    let cluster = clusters.get(key)
    if (cluster === undefined) {
      // Two literal shapes rather than a spread: this runs once per new cluster.
      cluster = owns ? { key, type: entity.type, names: [], target } : { key, type: entity.type, names: [] }
      clusters.set(key, cluster)
    } else if (cluster.target === undefined && owns) {
      cluster.target = target
    }
    const isFirst = cluster.names.length === 0
    const kind = isFirst || cluster.names.some((n) => foldKey(n) === folded) ? 'name' : 'alias'
    if (!cluster.names.includes(bare)) {
      cluster.names.push(bare)
      if (entity.type === 'PERSON') addBearer(surnameBearers, bare, key)
    }
    if (owns && entity.type === 'PERSON' && target.kind === 'person') addBearer(surnameBearers, target.person.name, key)
    if (entity.type === 'PERSON') {
      const at = personOrder.indexOf(key)
      if (at >= 0) personOrder.splice(at, 1)
      personOrder.push(key)
    }
    aliasKeys.set(folded, key)
    // "(MGIMO University)": the acronym at its head names the same organization when used alone.
    const head = reason === 'parenthetical alias' ? /^(\p{Lu}{3,})\s/u.exec(folded)?.[1] : undefined
    if (head !== undefined && !aliasKeys.has(head)) aliasKeys.set(head, key)
    mentions.push({ start: entity.start, end: entity.end, kind, key, reason, entity })
    previous = entity
  }
  return { mentions, clusters }
}
