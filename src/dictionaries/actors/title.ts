// Reads titles, appositions and organization names into actor code parts: country, role, "former".
import { forEachMatch, type TextSpan } from '../../core/index.js'
import type { ActorDictionary } from './actor-dictionary.js'

/** An entity inside a title, as the reader needs it. */
export interface TitleEntity {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly type: string
  /** The organization's full name in the document, when the entity is a short form of it ("MITI"). */
  readonly fullName?: string
}

/** What an organization's name (or dictionary entry) says about its code. */
export interface OrganizationReading {
  readonly country?: string
  readonly role?: string
  /** The dictionary code, when the name is a dictionary entry. */
  readonly code?: string
  readonly evidence: TextSpan
}

/** What a title or apposition says about the person it describes. */
export interface TitleReading {
  /** Country of the title ("Russian" in "Russian Foreign Minister"), with its span. */
  readonly country?: { readonly code: string; readonly evidence: TextSpan }
  /** Role of the first role word ("GOV" for "Foreign Minister"); `defers` when an organization's role wins. */
  readonly role?: { readonly code: string; readonly evidence: TextSpan; readonly defers?: boolean }
  /** An organization the title attaches to ("director of X Council"). */
  readonly organization?: OrganizationReading
  /** A modifier such as "former" that turns the role into ELI. */
  readonly modifier?: { readonly code: string; readonly evidence: TextSpan }
  /** Semantic classes of the title words (`leader`, `diplomat`...), for definite descriptions. */
  readonly classes: readonly string[]
  /** True when some role word (with or without a role of its own) was found. */
  readonly hasTitle: boolean
}

interface Word {
  readonly text: string
  readonly lower: string
  readonly start: number
  readonly end: number
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}.'’]*|[-–(),]/gu
/** Prepositions after which a country is the host, not the actor's own country ("ambassador to Japan"). */
const HOST_PREPOSITIONS = new Set(['to', 'in'])
/** Prepositions that end an organization's head ("Institute of International Relations"). */
const NAME_PREPOSITIONS = new Set(['of', 'for', 'on', 'to', 'in', 'at', 'and'])

/** Words after which a city inside a company's name is its place ("Bank of Montreal", "Banque Nationale de Paris"). */
const PLACE_LINKS = new Set([...NAME_PREPOSITIONS, 'de', 'du', 'des', 'di', 'del', 'della', 'do', 'da'])

/** Splits `text.slice(start, end)` into words with absolute offsets. */
export function splitTitleWords(text: string, start: number, end: number): Word[] {
  const out: Word[] = []
  const slice = text.slice(start, end)
  forEachMatch(WORD, slice, (m) => {
    const s = start + m.index
    const w = m[0].replace(/[.]+$/, (dots) => (/^\p{Lu}(\.\p{Lu})+\.$/u.test(m[0]) ? dots : ''))
    // A possessive is its own word, so "Belmora's" still names Belmora.
    const possessive = /['’]s$/.exec(w)
    if (possessive !== null && w.length > 2) {
      const base = w.slice(0, -2)
      out.push({ text: base, lower: base.toLowerCase().replace(/’/g, "'"), start: s, end: s + base.length })
      out.push({ text: w.slice(-2), lower: "'s", start: s + base.length, end: s + w.length })
      return
    }
    out.push({ text: w, lower: w.toLowerCase().replace(/’/g, "'"), start: s, end: s + w.length })
  })
  return out
}

function span(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) }
}

/** Whether the words `[i, i + length)` name a city or capital rather than a country or nationality. */
function isCityWord(dict: ActorDictionary, words: readonly Word[], i: number, length: number): boolean {
  const text = words.slice(i, i + length).map((w) => w.text).join(' ')
  const kind = dict.lookupName(text)?.kind
  return kind === 'capital' || kind === 'city'
}

/** Finds the country a run of words starting at `i` names (two-word names first), or undefined. */
function countryAt(dict: ActorDictionary, words: readonly Word[], i: number): { code: string; length: number } | undefined {
  const first = words[i]
  if (first === undefined || !/^\p{Lu}/u.test(first.text)) return undefined
  const second = words[i + 1]
  if (second !== undefined && /^\p{Lu}/u.test(second.text)) {
    const code = dict.countryOf(`${first.text} ${second.text}`)
    if (code !== undefined) return { code, length: 2 }
  }
  const code = dict.countryOf(first.text)
  return code === undefined ? undefined : { code, length: 1 }
}

/**
 * Reads an organization name: its dictionary code, or a country from a place word in it ("Moscow",
 * "Russian-") and a role from its head word ("University" → EDU, "Business Council" → BUS).
 * @example readOrganization(dict, 'Carnegie Moscow Center', 0) // { country: 'RUS', role: 'NGO', ... }
 */
export function readOrganization(dict: ActorDictionary, name: string, offset: number, fullText?: string): OrganizationReading {
  if (fullText !== undefined) return readOrganizationIn(dict, name, offset, fullText)
  // Read from the name alone, the reading depends on the name only, not where it stands: read each name once.
  let cache = organizationCache.get(dict)
  if (cache === undefined) {
    cache = new Map()
    organizationCache.set(dict, cache)
  }
  let parts = cache.get(name)
  if (parts === undefined) {
    const { evidence: _evidence, ...rest } = readOrganizationIn(dict, name, 0, undefined)
    parts = rest
    if (cache.size >= ORGANIZATION_CACHE_LIMIT) cache.clear()
    cache.set(name, parts)
  }
  const evidence = { start: offset, end: offset + name.length, text: name }
  // The same keys, in the same order, as a fresh reading gives.
  if (parts.code !== undefined) return parts.role === undefined ? { code: parts.code, country: parts.code.slice(0, 3), evidence } : { code: parts.code, country: parts.code.slice(0, 3), role: parts.role, evidence }
  return withCountryAndRole(parts.country, parts.role, evidence)
}

/**
 * `{ country?, role?, evidence }` with only the parts defined, keys in that order (as spreads of `{}` or `{ country }`
 * give), built literally: spreads of fresh objects cost more than the reading on cached names.
 */
function withCountryAndRole<E>(country: string | undefined, role: string | undefined, evidence: E): { country?: string; role?: string; evidence: E } {
  if (country === undefined) return role === undefined ? { evidence } : { role, evidence }
  return role === undefined ? { country, evidence } : { country, role, evidence }
}

/** Readings of organization names read on their own, per dictionary (names repeat across articles). */
const organizationCache = new WeakMap<ActorDictionary, Map<string, Omit<OrganizationReading, 'evidence'>>>()
/** Most names the cache holds before it starts afresh. */
const ORGANIZATION_CACHE_LIMIT = 10_000

/** Legal forms written after a company's name ("& Co Inc", ", Ltd."), which its dictionary entry may lack. */
const TRAILING_FORMS = /(?:,?\s+(?:&|and)\s+Co\.?|,?\s+(?:Inc|INC|Corp|CORP|Co|CO|Ltd|LTD|Plc|PLC|plc|LLC|SA|AG|NV|N\.V|S\.A)\.?)+$/u

/** Generic heads written after a news organization's name ("Xinhua news agency"), which its dictionary entry lacks. */
const TRAILING_MEDIA_HEADS = /\s+(?:news agency|News Agency|news service|newspaper|daily)$/u

function readOrganizationIn(dict: ActorDictionary, name: string, offset: number, fullText: string | undefined): OrganizationReading {
  const evidence = { start: offset, end: offset + name.length, text: name }
  // The core without its forms or generic head counts only as an organization's entry ("Douglas Corp" is no Isle of
  // Man; "Xinhua news agency" is Xinhua).
  const core = name.replace(TRAILING_FORMS, '').replace(TRAILING_MEDIA_HEADS, '')
  const coreTarget = core !== name && core !== '' ? dict.lookupName(core) : undefined
  const target = dict.lookupName(name) ?? (coreTarget?.kind === 'organization' ? coreTarget : undefined)
  if (target !== undefined && 'code' in target && target.kind !== 'adjective' && target.kind !== 'demonym') {
    const code = target.code
    const role = code.slice(3, 6)
    return { code, country: code.slice(0, 3), ...(role === '' ? {} : { role }), evidence }
  }
  const words = splitTitleWords(fullText ?? name, fullText === undefined ? 0 : offset, fullText === undefined ? name.length : offset + name.length)
  const lowers = words.map((w) => w.lower)
  // The head of an English name is its last word before the first preposition ("Institute" in
  // "Moscow State Institute of International Relations"); prefer a role phrase ending there.
  let head = lowers.findIndex((w, i) => i > 0 && NAME_PREPOSITIONS.has(w)) - 1
  if (head < 0) head = words.length - 1
  let role: string | undefined
  let fallback: string | undefined
  for (let i = 0; i < lowers.length; i++) {
    const match = dict.matchAgent(lowers, i)
    if (match === undefined || match.kind !== 'organization' || match.agent.role === undefined) continue
    if (i + match.length - 1 === head && role === undefined) role = match.agent.role
    else if (match.length > 1 && fallback === undefined) fallback = match.agent.role
    else fallback ??= i <= head ? match.agent.role : fallback
  }
  role ??= fallback
  let country: string | undefined
  for (let i = 0; i < words.length && country === undefined; i++) {
    if (NAME_PREPOSITIONS.has(lowers[i] ?? '')) continue
    const found = countryAt(dict, words, i)
    // Companies are often named after their founders: a city inside a company's name after another capitalized word
    // is mostly a family name ("McDonnell Douglas Corp"); there a city counts when it opens the name or follows a
    // preposition ("Bank of Montreal"), while other names keep it ("Carnegie Moscow Center").
    if (found !== undefined && (role === 'BUS' || role === undefined) && i > 0 && !PLACE_LINKS.has(lowers[i - 1] ?? '') && isCityWord(dict, words, i, found.length)) continue
    country = found?.code
  }
  return withCountryAndRole(country, role, evidence)
}

/** Joins "Secretary - General" back into one word when the hyphenated form is a role word. */
function joinHyphenatedRoles(dict: ActorDictionary, words: Word[]): Word[] {
  const out: Word[] = []
  for (let i = 0; i < words.length; i++) {
    const word = words[i]
    const hyphen = words[i + 1]
    const next = words[i + 2]
    if (word !== undefined && hyphen?.lower === '-' && next !== undefined && hyphen.start === word.end && next.start === hyphen.end) {
      const joined = `${word.lower}-${next.lower}`
      if (dict.matchAgent([joined], 0) !== undefined) {
        out.push({ text: `${word.text}-${next.text}`, lower: joined, start: word.start, end: next.end })
        i += 2
        continue
      }
    }
    if (word !== undefined) out.push(word)
  }
  return out
}

/** The country of the first word of a people's name that is a nationality ("Bosnian Serb" → BIH), if any. */
function firstNationalityCountry(dict: ActorDictionary, name: string): string | undefined {
  for (const word of name.split(/\s+/u)) {
    const found = dict.lookupName(word)
    if (found?.kind === 'adjective' || found?.kind === 'demonym') return dict.countryOf(word)
  }
  return undefined
}

/**
 * An organization entity of a title, read by its own words; a short form that says nothing alone is read through the
 * full name the document gave it ("MITI vice president" after "the Japanese Ministry of International Trade and
 * Industry (MITI)"), with the entity itself as evidence.
 */
function readEntityOrganization(dict: ActorDictionary, entity: TitleEntity, text: string): OrganizationReading {
  const own = readOrganization(dict, entity.text, entity.start, text)
  if (entity.fullName === undefined || own.country !== undefined || own.role !== undefined || own.code !== undefined) return own
  const full = readOrganization(dict, entity.fullName, 0)
  if (full.country === undefined && full.role === undefined && full.code === undefined) return own
  return { ...full, evidence: own.evidence }
}

/**
 * Reads a title or apposition ("Former Japanese Foreign Minister", "the executive director of the
 * Russian-Japanese Business Council") into country, role, organization and modifier.
 * Reading stops at a coordinator once a role word is found, so the first of two titles wins.
 */
export function readTitle(
  dict: ActorDictionary,
  text: string,
  start: number,
  end: number,
  entities: readonly TitleEntity[] = [],
): TitleReading {
  const words = joinHyphenatedRoles(dict, splitTitleWords(text, start, end))
  const lowers = words.map((w) => w.lower)
  let country: TitleReading['country']
  let role: TitleReading['role']
  let organization: OrganizationReading | undefined
  let modifier: TitleReading['modifier']
  let hasTitle = false
  const classes = new Set<string>()
  for (let i = 0; i < words.length; i++) {
    const word = words[i]
    if (word === undefined) continue
    const previous = lowers[i - 1] ?? ''
    // The first of two coordinated titles wins; a deferring one ("president and CEO of Acme") reads on
    // to find its organization.
    if (hasTitle && (word.lower === 'and' || word.lower === ',' || word.lower === '(') && role?.defers !== true) break
    const entity = entities.find((e) => e.start <= word.start && word.end <= e.end && e.type !== 'PERSON')
    if (entity !== undefined) {
      const isHost = HOST_PREPOSITIONS.has(previous)
      if (entity.type === 'ORG') {
        organization ??= readEntityOrganization(dict, entity, text)
      } else if (!isHost && country === undefined) {
        // A people named by two words ("Bosnian Serb Prime Minister") is of the country of its first nationality word.
        const code = dict.countryOf(entity.text) ?? (entity.type === 'NORP' ? firstNationalityCountry(dict, entity.text) : undefined)
        if (code !== undefined) country = { code, evidence: span(text, entity.start, entity.end) }
      }
      while (i + 1 < words.length && (words[i + 1]?.end ?? Infinity) <= entity.end) i++
      continue
    }
    const match = dict.matchAgent(lowers, i)
    if (match !== undefined) {
      const last = words[i + match.length - 1] ?? word
      const evidence = span(text, word.start, last.end)
      if (match.kind === 'modifier') {
        if (!hasTitle && match.agent.role !== undefined) modifier ??= { code: match.agent.role, evidence }
      } else if (match.kind === 'organization') {
        if (hasTitle && match.agent.role !== undefined) organization ??= { role: match.agent.role, evidence }
        else if (match.agent.role !== undefined && role === undefined && !hasTitle) {
          // "Foreign Ministry spokeswoman": an organization word ahead of the title gives the role.
          organization ??= { role: match.agent.role, evidence }
        }
      } else {
        if (!hasTitle && match.agent.role !== undefined) {
          role = { code: match.agent.role, evidence, ...(match.agent.deferToOrganization === true ? { defers: true } : {}) }
        }
        for (const c of match.agent.classes ?? []) classes.add(c)
        hasTitle = true
      }
      i += match.length - 1
      continue
    }
    const named = /^\p{Lu}/u.test(word.text) ? dict.lookupName(word.text) : undefined
    if (named !== undefined && (named.kind === 'metonym' || named.kind === 'organization' || named.kind === 'igo')) {
      // A metonym or known organization written without an entity around it ("Kremlin spokesman").
      organization ??= readOrganization(dict, word.text, word.start, text)
      continue
    }
    if (!HOST_PREPOSITIONS.has(previous) && country === undefined) {
      const found = countryAt(dict, words, i)
      if (found !== undefined) {
        const last = words[i + found.length - 1] ?? word
        country = { code: found.code, evidence: span(text, word.start, last.end) }
        i += found.length - 1
      }
    }
  }
  return {
    ...(country === undefined ? {} : { country }),
    ...(role === undefined ? {} : { role }),
    ...(organization === undefined ? {} : { organization }),
    ...(modifier === undefined ? {} : { modifier }),
    classes: [...classes],
    hasTitle,
  }
}

/** A code assembled from a title reading, with the spans that justified it. */
export interface TitleCode {
  readonly country?: string
  readonly role?: string
  readonly evidence: readonly TextSpan[]
}

/**
 * Turns a title reading into code parts: the title's country (else its organization's), and its role,
 * replaced by the organization's role for neutral titles ("director") and by ELI after "former".
 */
export function codeTitle(reading: TitleReading): TitleCode {
  const evidence: TextSpan[] = []
  const country = reading.country?.code ?? reading.organization?.country
  if (reading.country !== undefined) evidence.push(reading.country.evidence)
  else if (reading.organization?.country !== undefined) evidence.push(reading.organization.evidence)
  const defers = reading.role?.defers === true && reading.organization !== undefined
  let role = defers ? undefined : reading.role?.code
  if (reading.role !== undefined && !defers) evidence.push(reading.role.evidence)
  if (role === undefined && reading.organization?.role !== undefined) {
    role = reading.organization.role
    if (!evidence.includes(reading.organization.evidence)) evidence.push(reading.organization.evidence)
  } else if (role === undefined && reading.hasTitle && reading.organization?.code !== undefined && reading.country === undefined) {
    // The head of an IGO coded without a role ("NATO Secretary General" → NAT) has the IGO's code.
    role = ''
    evidence.push(reading.organization.evidence)
  }
  if (reading.modifier !== undefined && (role !== undefined || reading.hasTitle)) {
    role = reading.modifier.code
    evidence.push(reading.modifier.evidence)
  }
  evidence.sort((a, b) => a.start - b.start || a.end - b.end)
  return withCountryAndRole(country, role, evidence)
}
