// Decides the actor code a whole cluster shares, from its best mention: title, dictionary, metonym, name.
import type { ActorReason, Entity, EntityType, Mention, TextSpan } from '../../core/index.js'
import { codeTitle, readOrganization, readTitle, type ActorDictionary, type NameTarget } from '../../dictionaries/actors/index.js'
import { findNearCountry } from './near-country.js'

/** The code a cluster resolved to and how. */
export interface ClusterCode {
  /** Full code, e.g. `RUSGOV`; `UNK` (plus roles) when the country is unknown. */
  readonly code: string
  readonly country: string | null
  readonly roles: readonly string[]
  readonly isKnown: boolean
  readonly reason: ActorReason
  /** The mention whose text established the code. */
  readonly mentionId: string
  readonly evidence: readonly TextSpan[]
  readonly entry?: string
}

/** Everything a cluster's resolution reads. */
export interface ClusterInput {
  readonly type: EntityType
  readonly mentions: readonly Mention[]
  /** The document text (for evidence) and the folded text (for reading titles). */
  readonly text: string
  readonly folded: string
  readonly entities: readonly Entity[]
  readonly day: string | undefined
  /** Full names of organizations the document also writes in a short form ("MITI"), by the short form's start. */
  readonly fullNames?: ReadonlyMap<number, string>
}

/** Whether a code holds a line terminator, which `.` in a regex does not match. */
function hasLineTerminator(code: string): boolean {
  for (let i = 0; i < code.length; i++) {
    const c = code.charCodeAt(i)
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return true
  }
  return false
}

/** An organization's abbreviation in parentheses closing the text before a title: "Agency (AEA) " before "Director-General". */
const ABBREVIATION_BEFORE = /\(([^()\n]{1,20})\)[ \t]+$/u

/**
 * The organization and its abbreviation in parentheses right before a title ("Arvenian Energy Agency (AEA)" before
 * "Director-General Ona Brel"), as the starts of both: coreference stops the title mention at the parenthesis.
 */
function organizationBefore(start: number, entities: readonly Entity[], text: string): { name: number; abbreviation: number } | undefined {
  const before = text.slice(Math.max(0, start - 30), start)
  const found = ABBREVIATION_BEFORE.exec(before)
  if (found === null) return undefined
  const open = start - before.length + found.index
  const abbreviation = entities.find((e) => e.type === 'ORG' && e.start === open + 1 && text[e.end] === ')')
  if (abbreviation === undefined) return undefined
  const owner = entities.find((e) => e.type === 'ORG' && e.end <= open && e.end >= open - 2 && text.slice(e.end, open).trim() === '')
  return owner === undefined ? undefined : { name: owner.start, abbreviation: abbreviation.start }
}

/** Lower-case nouns that open a title by naming the holder's organization ("bank vice-president", "fund spokesman"). */
const ORGANIZATION_HEADS = new Set(['bank', 'fund', 'agency', 'company', 'corporation', 'firm', 'group', 'organisation', 'organization', 'federation', 'association', 'institute', 'union', 'commission', 'alliance'])

/** How far back (in characters) the organization a title's head noun names may be. */
const ORGANIZATION_REACH = 600

/**
 * The dictionary code of the organization a title opens with by its head noun: "bank Vice-President" after "the Asian
 * Development Bank (ADB)" is the bank's (ADB), not the country of the sentence. The noun must be written in lower case
 * and be the last word of an organization the dictionary knows, named before the title within a few sentences.
 */
function titleOrganization(dict: ActorDictionary, input: ClusterInput, start: number): { code: string; span: TextSpan } | undefined {
  let end = start
  while (end < input.text.length && /\p{Ll}/u.test(input.text.charAt(end))) end++
  const head = input.text.slice(start, end)
  if (end === start || !ORGANIZATION_HEADS.has(head) || /\p{L}/u.test(input.text.charAt(end))) return undefined
  let nearest: Entity | undefined
  for (const e of input.entities) {
    if (e.type !== 'ORG' || e.end > start || e.end < start - ORGANIZATION_REACH) continue
    if (e.text.slice(e.text.lastIndexOf(' ') + 1).toLowerCase() !== head) continue
    if (nearest === undefined || e.start > nearest.start) nearest = e
  }
  const target = nearest === undefined ? undefined : dict.lookupName(nearest.text)
  if (nearest === undefined || target === undefined || !(target.kind === 'igo' || target.kind === 'organization')) return undefined
  return { code: target.code, span: textSpanOf(input.text, nearest.start, nearest.end) }
}

/** Reads the title of a mention from `start` to `end`, with the entities inside that span (but the mention's own). */
function readTitleFrom(dict: ActorDictionary, input: ClusterInput, m: Mention, start: number, end: number): ReturnType<typeof codeTitle> {
  const inside = input.entities.filter((e) => e.start >= start && e.end <= end && !(e.start === m.start && e.end === m.end))
  const fullNames = input.fullNames
  const named = fullNames === undefined || fullNames.size === 0 ? inside : inside.map((e) => withFullName(e, fullNames))
  return codeTitle(readTitle(dict, input.folded, start, end, named))
}

/** An entity with the full name of the organization it is a short form of, if the document gave one. */
function withFullName(entity: Entity, fullNames: ReadonlyMap<number, string>): Entity | (Entity & { readonly fullName: string }) {
  const fullName = entity.type === 'ORG' ? fullNames.get(entity.start) : undefined
  return fullName === undefined ? entity : { ...entity, fullName }
}

/** A spaced dash inside a title mention: what comes before is a credit or dateline ("Reuters - Arvenia's President"). */
const SPACED_DASH = /\s[-–—]\s/gu

/** Where a title mention's own words start: after its last spaced dash, if any (no title holds one). */
function titleStart(m: Mention): number {
  let start = m.start
  for (const found of m.text.matchAll(SPACED_DASH)) start = m.start + found.index + found[0].length
  return start
}

/** Splits a code into three-letter parts: country (null for UNK), then roles; a shorter tail is dropped. */
function splitCode(code: string): { country: string | null; roles: string[] } {
  // Three characters at a time, as code.match(/.{3}/g) reads it, without a regex on the common path.
  const parts: string[] = []
  if (hasLineTerminator(code)) parts.push(...(code.match(/.{3}/g) ?? []))
  else for (let i = 0; i + 3 <= code.length; i += 3) parts.push(code.slice(i, i + 3))
  const [first, ...rest] = parts
  return { country: first === undefined || first === 'UNK' ? null : first, roles: rest }
}

function build(code: string, isKnown: boolean, reason: ActorReason, mention: Mention, evidence: readonly TextSpan[], entry?: string): ClusterCode {
  const { country, roles } = splitCode(code)
  const mentionId = mention.id
  return entry === undefined ? { code, country, roles, isKnown, reason, mentionId, evidence } : { code, country, roles, isKnown, reason, mentionId, evidence, entry }
}

function reasonOf(target: NameTarget): ActorReason {
  switch (target.kind) {
    case 'country':
    case 'region':
      return 'country'
    case 'capital':
    case 'city':
    case 'metonym':
      return 'metonym'
    case 'adjective':
    case 'demonym':
      return 'demonym'
    default:
      return 'dictionary'
  }
}

/** Compass words that open a region of a country ("south Serbia", "Western Cambodia"). */
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeast', 'northwest', 'southeast', 'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern'])

/**
 * Reads a name the dictionary lacks whole through a part it knows. ORG/GPE: the text before an opening
 * parenthesis ("Hizbollah (Party" → Hizbollah). GPE: a country after a compass word ("south Serbia").
 * NORP: its first nationality word ("Bosnian Serbs" → Bosnian), since the modifier names the country.
 * @returns the part's dictionary target, or undefined
 */
function lookupNamePart(dict: ActorDictionary, text: string, type: EntityType): NameTarget | undefined {
  const paren = text.indexOf('(')
  if (paren > 0 && type !== 'NORP') {
    const found = dict.lookupName(text.slice(0, paren).trimEnd())
    if (found !== undefined) return found
  }
  // Only places and peoples are read word by word.
  if (type !== 'GPE' && type !== 'NORP') return undefined
  const words = text.split(/\s+/)
  if (type === 'GPE' && words.length > 1 && COMPASS.has((words[0] ?? '').toLowerCase())) {
    const found = dict.lookupName(words.slice(1).join(' '))
    if (found?.kind === 'country' || found?.kind === 'region') return found
  }
  if (type === 'NORP' && words.length > 1) {
    for (const word of words) {
      const found = dict.lookupName(word)
      if (found?.kind === 'adjective' || found?.kind === 'demonym') return found
    }
  }
  return undefined
}

/** What may stand between a country's possessive and the name it owns: "Belmora's X", also spaced as wire copy has it ("Belmora 's X"). */
export const POSSESSIVE_GAPS: ReadonlySet<string> = new Set(["'s ", '\u2019s ', "' ", '\u2019 ', " 's "])

/** What may stand between an owner and the name it owns: a space (an adjective, "Canadian X") or a possessive. */
const OWNER_GAPS: ReadonlySet<string> = new Set([' ', ...POSSESSIVE_GAPS])

/**
 * The country that owns an organization's mention when it differs from the dictionary's: a country's possessive
 * ("Israel's Labour party") or its adjective ("Canadian Conservatives") right before the name. Only codes made of a
 * country and roles qualify (no IGOs, no bare countries); same-country owners change nothing.
 */
function otherCountryOwner(dict: ActorDictionary, input: ClusterInput, m: Mention, code: string): { code: string; span: TextSpan } | undefined {
  if (code.length < 6 || !dict.isCountryCode(code.slice(0, 3))) return undefined
  for (const e of input.entities) {
    if (e.end > m.start || e.end < m.start - 4) continue
    const between = input.folded.slice(e.end, m.start)
    if (!OWNER_GAPS.has(between)) continue
    const owner = dict.lookupName(e.text)
    // Countries and their peoples only: an IGO's adjective ("European") has an `igo:` key.
    if (owner === undefined || !('code' in owner) || !(owner.key.startsWith('country:') || owner.key.startsWith('demonym:'))) continue
    if (owner.code === code.slice(0, 3) || !dict.isCountryCode(owner.code)) continue
    return { code: owner.code, span: { start: e.start, end: e.end, text: input.text.slice(e.start, e.end) } }
  }
  return undefined
}

/** A span of the text with its surface (module-level: no closure per cluster). */
function textSpanOf(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) }
}

/**
 * Resolves a cluster's code. Persons: a title or apposition naming country and role wins (it is dated by the
 * article itself), then the dictionary's role on the publication day, then a partial title. Organizations:
 * dictionary, then the words of the name. Places: dictionary (countries, capitals, cities, IGOs).
 * @returns the code, or undefined when the cluster is not an actor (LOC, MISC, disputed places)
 */
export function resolveCluster(dict: ActorDictionary, input: ClusterInput): ClusterCode | undefined {
  const names = input.mentions.filter((m) => m.kind === 'name' || m.kind === 'alias')
  let target: NameTarget | undefined
  let targetMention: Mention | undefined
  // A person's entry must fit the cluster's fullest name: "Abe" alone must not code "Hiroshi Abe" as
  // the dictionary's Shinzo Abe.
  const fullest = names.reduce<Mention | undefined>((best, m) => (best === undefined || m.text.length > best.text.length ? m : best), undefined)
  const fullestTarget = input.type === 'PERSON' && fullest !== undefined ? dict.lookupPerson(fullest.text) : undefined
  for (const m of names) {
    const found = input.type === 'PERSON' ? dict.lookupPerson(m.text) : dict.lookupName(m.text)
    if (found === undefined) continue
    if ((input.type === 'PERSON') !== (found.kind === 'person')) continue
    if (found.kind === 'person' && fullest !== undefined && fullestTarget?.key !== found.key && dict.splitTitledName(fullest.text).name.split(' ').length > dict.splitTitledName(m.text).name.split(' ').length) continue
    target = found
    targetMention = m
    break
  }

  // A group without a name ("Belmoran diplomats"): its description reads like a title.
  if (names.length === 0 && input.mentions.length > 0 && input.mentions.every((m) => m.kind === 'description' || m.kind === 'pronoun')) {
    const m = input.mentions.find((x) => x.kind === 'description')
    if (m === undefined) return undefined
    const inside = input.entities.filter((e) => e.start >= m.start && e.end <= m.end && e.type !== 'NORP')
    const code = codeTitle(readTitle(dict, input.folded, m.start, m.end, inside))
    const evidence = code.evidence.map((e) => textSpanOf(input.text, e.start, e.end))
    if (code.country === undefined) {
      // Title reading takes a country after "in" for a host ("ambassador in Japan"); a group found as
      // "officials in Belmora" belongs to the place it is in.
      const place = inside.map((e) => dict.lookupName(e.text)).find((t) => t?.kind === 'country' || t?.kind === 'region')
      // A bare role word of the state ("the interior minister", "police"): its role, and no country yet.
      if (place === undefined && code.role !== undefined && m.reason.startsWith('role:')) return build(`UNK${code.role}`, false, 'title', m, evidence)
      if (place === undefined || !('code' in place) || code.role === undefined) return undefined
      return build(place.code + code.role, true, 'title', m, [...evidence, ...inside.map((e) => textSpanOf(input.text, e.start, e.end))].sort((a, b) => a.start - b.start))
    }
    return build(code.country + (code.role ?? ''), code.role !== undefined, 'title', m, evidence)
  }
  if (input.type === 'PERSON') {
    let partial: ClusterCode | undefined
    for (const m of input.mentions) {
      // A title inside a name's own span ("Foreign Minister Sergey Lavrov") reads like a title mention.
      const prefix = m.kind === 'name' || m.kind === 'alias' ? dict.splitTitledName(m.text).prefix : 0
      if (m.kind !== 'title' && prefix === 0) continue
      const end = m.kind === 'title' ? m.end : m.start + prefix - 1
      const start = m.kind === 'title' ? titleStart(m) : m.start
      const organization = m.kind === 'title' ? titleOrganization(dict, input, start) : undefined
      if (organization !== undefined) return build(organization.code, true, 'title', m, [textSpanOf(input.text, start, end), organization.span].sort((a, b) => a.start - b.start))
      let code = readTitleFrom(dict, input, m, start, end)
      // "Food and Agriculture Organisation (FAO) director": the organization's name, else its abbreviation.
      if (m.kind === 'title' && code.country === undefined) {
        const before = organizationBefore(start, input.entities, input.text)
        if (before !== undefined) code = [before.name, before.abbreviation].map((from) => readTitleFrom(dict, input, m, from, end)).find((c) => c.country !== undefined || (c.role !== undefined && c.role !== '')) ?? code
      }
      const evidence = code.evidence.map((e) => textSpanOf(input.text, e.start, e.end))
      const reason: ActorReason = m.reason.startsWith('apposition') ? 'apposition' : 'title'
      if (code.country !== undefined && code.role !== undefined) return build(code.country + code.role, true, reason, m, evidence)
      if (code.country === undefined && code.role === undefined) continue
      // Two partial titles complete each other ("President Ona Brel of Arvenia": role, then country).
      const country = partial?.country ?? code.country
      const roles = partial !== undefined && partial.roles.length > 0 ? partial.roles : code.role === undefined || code.role === '' ? [] : [code.role]
      const merged = [...(partial?.evidence ?? []), ...evidence].sort((a, b) => a.start - b.start)
      const first = input.mentions.find((x) => x.id === partial?.mentionId) ?? m
      if (country != null && roles.length > 0) return build(country + roles.join(''), true, partial?.reason ?? reason, first, merged)
      partial = build((country ?? 'UNK') + roles.join(''), false, partial?.reason ?? reason, first, merged)
    }
    if (target?.kind === 'person' && targetMention !== undefined) {
      const dated = dict.personCode(target.person, input.day)
      const nameSpan = textSpanOf(input.text, targetMention.start, targetMention.end)
      if (dated !== undefined && dated.basis === 'role') return build(dated.code, true, 'dictionary', targetMention, [nameSpan], target.key)
      // A title naming only the role ("Chancellor Gordon Brown") completes the dictionary's country.
      if (dated !== undefined && partial !== undefined && partial.country === null && partial.roles.length > 0) {
        const mention = input.mentions.find((m) => m.id === partial?.mentionId) ?? targetMention
        return build(dated.code.slice(0, 3) + partial.roles.join(''), true, partial.reason, mention, [...partial.evidence, nameSpan], target.key)
      }
      if (dated !== undefined) return build(dated.code, true, 'dictionary', targetMention, [nameSpan], target.key)
    }
    const first = names[0] ?? input.mentions[0]
    if (partial !== undefined) return partial
    return first === undefined ? undefined : build('UNK', false, 'unknown', first, [])
  }

  // A name the dictionary lacks whole may hold one it knows: "Hizbollah (Party of God)" cut at its
  // parenthesis, "Bosnian Serbs" by its nationality, "south Serbia" by its country.
  if (target === undefined) {
    for (const m of names) {
      const found = lookupNamePart(dict, m.text, input.type)
      if (found === undefined) continue
      target = found
      targetMention = m
      break
    }
  }
  if (target !== undefined && targetMention !== undefined) {
    if (target.kind === 'place' || target.kind === 'person') return undefined
    const evidence = [textSpanOf(input.text, targetMention.start, targetMention.end)]
    // An organisation named after a city that is no capital ("Leeds" the club, typed ORG in sports text) is no
    // metonym for its country's state: the city's country is only a best guess.
    if (input.type === 'ORG' && target.kind === 'city') return build(target.code, false, 'name', targetMention, evidence)
    const owner = target.kind === 'organization' ? otherCountryOwner(dict, input, targetMention, target.code) : undefined
    if (owner !== undefined) {
      // "Israel's Labour party", "the Canadian Conservative Party": a party or body the dictionary places in one
      // country, said of another, is that country's namesake (a guess: isKnown false).
      return build(owner.code + target.code.slice(3), false, 'name', targetMention, [owner.span, ...evidence].sort((a, b) => a.start - b.start))
    }
    return build(target.code, true, reasonOf(target), targetMention, evidence, target.key)
  }
  if (input.type === 'ORG') {
    let partial: ClusterCode | undefined
    for (const m of names) {
      const reading = readOrganization(dict, input.folded.slice(m.start, m.end), m.start)
      const evidence = [textSpanOf(input.text, m.start, m.end)]
      if (reading.country !== undefined && reading.role !== undefined) return build(reading.country + reading.role, true, 'name', m, evidence)
      if (reading.country !== undefined || reading.role !== undefined) {
        partial ??= build((reading.country ?? 'UNK') + (reading.role ?? ''), false, 'name', m, evidence)
      }
    }
    const first = names[0]
    return partial ?? (first === undefined ? undefined : build('UNK', false, 'unknown', first, []))
  }
  if (input.type === 'GPE') {
    const first = names[0]
    if (first === undefined) return undefined
    // A misspelled country ("Afganistan") is the country one edit away: a guess, isKnown false.
    const near = findNearCountry(dict, first.text)
    if (near !== undefined) return build(near, false, 'country', first, [textSpanOf(input.text, first.start, first.end)])
    return build('UNK', false, 'unknown', first, [])
  }
  return undefined
}
