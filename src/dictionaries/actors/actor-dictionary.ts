// The compiled actor dictionary: layered files merged by key, then indexed for fast name and role lookups.
import type { EntityType } from '../../core/index.js'
import { datedCode, type DatedCode } from './dated-code.js'
import { givenNameGenders } from './given-name-genders.js'
import { changesUnderFolding, KeyFilter } from './key-filter.js'
import type { ActorFile, AgentEntry, CountryEntry, DescriptionEntry, IgoEntry, PersonEntry } from './schema.js'

/** What a dictionary name denotes. */
export type NameTarget =
  | { readonly kind: 'country'; readonly code: string; readonly key: string; readonly historical: boolean }
  | { readonly kind: 'capital' | 'city' | 'region'; readonly code: string; readonly key: string }
  | { readonly kind: 'adjective' | 'demonym'; readonly code: string; readonly key: string }
  | { readonly kind: 'igo'; readonly code: string; readonly key: string }
  | { readonly kind: 'person'; readonly person: PersonEntry; readonly key: string }
  | { readonly kind: 'organization' | 'metonym'; readonly code: string; readonly key: string }
  | { readonly kind: 'place'; readonly key: string }

/** A role word or phrase as compiled: its agent entry and how many words it spans. */
export interface AgentMatch {
  readonly agent: AgentEntry
  readonly kind: 'title' | 'modifier' | 'organization'
  /** Number of words matched. */
  readonly length: number
  readonly phrase: string
}

/** Where a loaded file came from, for provenance. */
export interface DictionarySource {
  readonly path: string
  readonly name: string
  readonly version: string
}

/** A middle initial inside a person's name ("L." in "Colin L. Powell"). */
const MIDDLE_INITIAL = /^\p{Lu}\.$/u

const ENTITY_TYPE: Record<NameTarget['kind'], EntityType> = {
  country: 'GPE',
  capital: 'GPE',
  city: 'GPE',
  region: 'GPE',
  adjective: 'NORP',
  demonym: 'NORP',
  igo: 'ORG',
  person: 'PERSON',
  organization: 'ORG',
  metonym: 'ORG',
  place: 'LOC',
}

/** Most texts a lookup cache holds before it starts afresh. */
const CACHE_LIMIT = 10_000

/** Folds a name for lookup: curly quotes straightened, whitespace collapsed. */
export function foldName(text: string): string {
  return text.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u2010-\u2015]/g, '-').replace(/[\s\\]+/g, ' ').trim()
}

/** A text without its combining accents ("São Paulo" → "Sao Paulo"). */
export function withoutAccents(text: string): string {
  // Plain ASCII has no accents: most names skip the normalisation.
  let ascii = true
  for (let i = 0; i < text.length && ascii; i++) ascii = text.charCodeAt(i) < 128
  if (ascii) return text
  return text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC')
}

/** Splits a lower-cased phrase into words the way role lookups walk them. */
export function splitWords(text: string): string[] {
  return foldName(text).toLowerCase().split(/[\s]+/).filter((w) => w !== '')
}

/** Merges entries by key; a later entry with the same key replaces the earlier one. */
function mergeBy<T>(files: readonly ActorFile[], pick: (file: ActorFile) => readonly T[] | undefined, key: (entry: T) => string): T[] {
  const map = new Map<string, T>()
  for (const file of files) {
    for (const entry of pick(file) ?? []) {
      const k = key(entry)
      map.delete(k)
      map.set(k, entry)
    }
  }
  return [...map.values()]
}

/** Merges country-like entries by code: a later entry adds names unless it says `replace: true`. */
function mergeCountries<T extends CountryEntry | IgoEntry>(files: readonly ActorFile[], pick: (file: ActorFile) => readonly T[] | undefined): T[] {
  const union = (a: readonly string[] | undefined, b: readonly string[] | undefined): string[] | undefined =>
    a === undefined && b === undefined ? undefined : [...new Set([...(a ?? []), ...(b ?? [])])]
  const map = new Map<string, T>()
  for (const file of files) {
    for (const entry of pick(file) ?? []) {
      const earlier = map.get(entry.code)
      if (earlier === undefined || entry.replace === true) {
        map.set(entry.code, entry)
        continue
      }
      const merged: Record<string, unknown> = { ...earlier, ...entry }
      const before = earlier as Partial<CountryEntry>
      const after = entry as Partial<CountryEntry>
      for (const field of ['names', 'adjectives', 'demonyms', 'cities', 'regions'] as const) {
        const value = union(before[field], after[field])
        if (value !== undefined) merged[field] = value
      }
      const seats = union((earlier as Partial<IgoEntry>).seats, (entry as Partial<IgoEntry>).seats)
      if (seats !== undefined) merged['seats'] = seats
      map.set(entry.code, merged as T)
    }
  }
  return [...map.values()]
}

/** The actor dictionary, compiled from layered files. Build with `loadActorDictionary`. */
export class ActorDictionary {
  /** The files it was built from, in load order. */
  readonly sources: readonly DictionarySource[]
  /** Countries and IGOs by code. */
  readonly countries: ReadonlyMap<string, CountryEntry | IgoEntry>
  /** Codes of the `countries` sections (not IGOs or regions coded like IGOs). */
  private readonly countryCodes: ReadonlySet<string>
  readonly people: readonly PersonEntry[]
  private readonly names = new Map<string, NameTarget>()
  /** Every key ever put in `names`, to skip most lookups of words that are no name. */
  private readonly nameFilter = new KeyFilter()
  private readonly agents = new Map<string, AgentEntry>()
  /** Role matches handed out so far, by phrase, so repeated lookups allocate nothing. */
  private readonly agentMatches = new Map<string, AgentMatch>()
  private readonly maxAgentWords: number
  /** First words of every role phrase with the longest phrase they start, to reject most words cheaply. */
  private readonly agentFirstWords = new Map<string, number>()
  private readonly firstWordFilter = new KeyFilter()
  /** Memoised `splitTitledName` and `lookupPerson` results (the dictionary never changes once built). */
  private readonly titledNames = new Map<string, { readonly prefix: number; readonly name: string }>()
  private readonly persons = new Map<string, NameTarget | null>()
  private readonly givenNames = new Map<string, 'm' | 'f'>()
  private readonly honorifics = new Map<string, 'm' | 'f'>()
  private readonly descriptions = new Map<string, DescriptionEntry>()
  /** IGO codes by the lower-cased city of their seat ("brussels" → NAT, EUR). */
  private readonly seats = new Map<string, string[]>()

  constructor(files: readonly ActorFile[], sources: readonly DictionarySource[]) {
    this.sources = sources
    const countries = mergeCountries(files, (f) => f.countries)
    const igos = mergeCountries(files, (f) => f.igos)
    this.countryCodes = new Set(countries.map((c) => c.code))
    this.people = mergeBy(files, (f) => f.people, (p) => p.id ?? p.name)
    const organizations = mergeBy(files, (f) => f.organizations, (o) => o.name)
    const metonyms = mergeBy(files, (f) => f.metonyms, (m) => m.name)
    const places = mergeBy(files, (f) => f.places, (p) => p.name)
    const codes = new Map<string, CountryEntry | IgoEntry>()
    for (const c of [...countries, ...igos]) codes.set(c.code, c)
    this.countries = codes

    // Later sections and later entries overwrite earlier names, so a user file (merged last) wins.
    // Within the merged set, the order below makes the most specific kind win on a shared name:
    // a city named like a person or a place named like a country resolves to the later kind.
    for (const c of countries) {
      const key = `country:${c.code}`
      for (const n of c.regions ?? []) this.addName(n, { kind: 'region', code: c.code, key: `region:${c.code}:${n}` })
      for (const n of c.cities ?? []) this.addName(n, { kind: 'city', code: c.code, key: `city:${c.code}:${n}` })
      if (c.capital !== undefined) this.addName(c.capital, { kind: 'capital', code: c.code, key: `capital:${c.code}` })
      for (const n of c.demonyms ?? []) this.addName(n, { kind: 'demonym', code: c.code, key: `demonym:${c.code}` })
      for (const n of c.adjectives ?? []) this.addName(n, { kind: 'adjective', code: c.code, key: `demonym:${c.code}` })
      for (const n of c.names) this.addName(n, { kind: 'country', code: c.code, key, historical: c.historical ?? false })
    }
    for (const g of igos) {
      for (const city of g.seats ?? []) this.seats.set(city.toLowerCase(), [...(this.seats.get(city.toLowerCase()) ?? []), g.code])
      for (const n of g.adjectives ?? []) this.addName(n, { kind: 'adjective', code: g.code, key: `igo:${g.code}` })
      for (const n of g.names) this.addName(n, { kind: 'igo', code: g.code, key: `igo:${g.code}` })
    }
    for (const p of places) {
      for (const n of [p.name, ...(p.aliases ?? [])]) this.addName(n, { kind: 'place', key: `place:${p.name}` })
    }
    for (const o of organizations) {
      for (const n of [o.name, ...(o.aliases ?? [])]) this.addName(n, { kind: 'organization', code: o.code, key: `org:${o.name}` })
    }
    for (const m of metonyms) this.addName(m.name, { kind: 'metonym', code: m.code, key: `metonym:${m.name}` })
    for (const p of this.people) {
      const key = `person:${p.id ?? p.name}`
      for (const n of [p.name, ...(p.aliases ?? [])]) this.addName(n, { kind: 'person', person: p, key })
    }
    // Names written without their accents ("Sao Paulo", "Bogota") find the accented entry, unless a name of
    // their own spelling is listed.
    for (const [name, target] of [...this.names]) {
      const plain = withoutAccents(name)
      if (plain === name || this.names.has(plain)) continue
      this.names.set(plain, target)
      this.nameFilter.add(plain)
    }

    let maxWords = 1
    const plurals = new Map<string, AgentEntry>()
    for (const file of files) {
      for (const agent of file.agents ?? []) {
        for (const word of agent.words) {
          const phrase = splitWords(word).join(' ')
          this.agents.set(phrase, agent)
          this.noteFirstWord(phrase)
          // Regular plurals of role words ("negotiators", "peacekeepers"), unless listed on their own.
          const plural = /[^aeiou]y$/.test(phrase) ? `${phrase.slice(0, -1)}ies` : /(s|x|ch|sh)$/.test(phrase) ? `${phrase}es` : `${phrase}s`
          if (!this.agents.has(plural) && agent.kind !== 'modifier' && agent.modifier !== true) plurals.set(plural, agent)
          maxWords = Math.max(maxWords, phrase.split(' ').length)
        }
      }
      for (const n of file.givenNames?.m ?? []) this.givenNames.set(n, 'm')
      for (const n of file.givenNames?.f ?? []) this.givenNames.set(n, 'f')
      for (const d of file.descriptions ?? []) for (const w of d.words) this.descriptions.set(w, d)
      for (const n of file.honorifics?.m ?? []) this.honorifics.set(n, 'm')
      for (const n of file.honorifics?.f ?? []) this.honorifics.set(n, 'f')
    }
    for (const [plural, agent] of plurals) {
      if (this.agents.has(plural)) continue
      this.agents.set(plural, agent)
      this.noteFirstWord(plural)
    }
    this.maxAgentWords = maxWords
  }

  private noteFirstWord(phrase: string): void {
    const words = phrase.split(' ')
    const first = words[0] ?? ''
    this.agentFirstWords.set(first, Math.max(this.agentFirstWords.get(first) ?? 0, words.length))
    this.firstWordFilter.add(first)
  }

  private addName(text: string, target: NameTarget): void {
    const key = foldName(text)
    this.names.delete(key)
    this.names.set(key, target)
    this.nameFilter.add(key)
  }

  /** Looks a name up as written (after folding quotes and spaces). */
  lookupName(text: string): NameTarget | undefined {
    const exact = this.nameFilter.mayHave(text) ? this.names.get(text) : undefined
    // A text folding leaves unchanged would only be looked up again.
    if (exact !== undefined || !changesUnderFolding(text)) return exact
    const folded = foldName(text)
    return this.nameFilter.mayHave(folded) ? this.names.get(folded) : undefined
  }

  /**
   * Lists every name the entities stage should recognise, with its entity type: country names, capitals and
   * cities → GPE; adjectives and demonyms → NORP; people → PERSON; organizations, IGOs and metonyms → ORG;
   * places → LOC.
   */
  entityNames(): Array<{ text: string; type: EntityType; isCountryOrRegion: boolean }> {
    return [...this.names].map(([text, target]) => ({ text, type: ENTITY_TYPE[target.kind], isCountryOrRegion: target.kind === 'country' || target.kind === 'region' }))
  }

  /**
   * Finds the longest role word or phrase starting at `words[at]` (lower-cased words).
   * @example dict.matchAgent(['foreign', 'minister', 'lavrov'], 0) // { length: 2, agent: { role: 'GOV', ... } }
   */
  matchAgent(words: readonly string[], at: number): AgentMatch | undefined {
    const first = words[at] ?? ''
    if (!this.firstWordFilter.mayHave(first)) return undefined
    const longest = this.agentFirstWords.get(first)
    if (longest === undefined) return undefined
    const top = Math.min(longest, this.maxAgentWords, words.length - at)
    // Phrases ending at each length, built by appending (no slice and join per try); the longest known one wins.
    let phrases: string[] | undefined
    if (top > 1) {
      phrases = [first]
      let phrase = first
      for (let n = 2; n <= top; n++) {
        phrase = `${phrase} ${words[at + n - 1] ?? ''}`
        phrases.push(phrase)
      }
    }
    for (let n = top; n >= 1; n--) {
      const phrase = phrases === undefined ? first : (phrases[n - 1] ?? '')
      const agent = this.agents.get(phrase)
      if (agent !== undefined) return this.agentMatchOf(agent, phrase, n)
    }
    return undefined
  }

  /** The match of a role phrase, built once per phrase and length (matches are read-only). */
  private agentMatchOf(agent: AgentEntry, phrase: string, length: number): AgentMatch {
    const cached = this.agentMatches.get(phrase)
    if (cached !== undefined && cached.length === length && cached.agent === agent) return cached
    const kind = agent.kind ?? (agent.modifier === true ? 'modifier' : 'title')
    const match: AgentMatch = { agent, kind, length, phrase }
    this.agentMatches.set(phrase, match)
    return match
  }

  /** Returns the gender the dictionary gives a person's name: from the entry, else from the first name (the dictionary's `givenNames`, then the Moby lists). */
  genderOf(name: string): 'm' | 'f' | undefined {
    const target = this.lookupName(name)
    if (target?.kind === 'person' && target.person.gender !== undefined) return target.person.gender
    const first = (changesUnderFolding(name) ? foldName(name) : name).split(' ')[0]
    return first === undefined ? undefined : (this.givenNames.get(first) ?? givenNameGenders().get(first))
  }

  /** Returns a person's code on a day (`YYYY-MM-DD`), per the dated-role rules. */
  personCode(person: PersonEntry, day: string | undefined): DatedCode | undefined {
    return datedCode(person, day)
  }

  /**
   * Splits a person's name from role words, nationality words and honorifics written inside it, as some
   * entity spans carry them ("Foreign Minister Sergey Lavrov", "Mrs Lund").
   * @returns the length of that prefix in characters (0 when none) and the bare name
   */
  splitTitledName(text: string): { readonly prefix: number; readonly name: string } {
    let split = this.titledNames.get(text)
    if (split === undefined) {
      split = this.readTitledName(text)
      if (this.titledNames.size >= CACHE_LIMIT) this.titledNames.clear()
      this.titledNames.set(text, split)
    }
    return split
  }

  private readTitledName(written: string): { prefix: number; name: string } {
    // Line breaks of hard-wrapped copy read as spaces, one for one, so the prefix still measures the written text.
    const text = /[^\S ]/.test(written) ? written.replace(/\s/g, ' ') : written
    const words = text.split(' ')
    const lowers = words.map((w) => w.toLowerCase())
    let i = 0
    while (i < words.length - 1) {
      const word = words[i] ?? ''
      const agent = this.matchAgent(lowers, i)
      if (agent !== undefined && agent.kind !== 'organization' && i + agent.length < words.length) {
        i += agent.length
      } else if (this.honorifics.has(word) || this.lookupName(word)?.kind === 'adjective') {
        i++
      } else {
        break
      }
    }
    if (i === 0) return { prefix: 0, name: text }
    const prefix = words.slice(0, i).join(' ').length + 1
    return { prefix, name: text.slice(prefix) }
  }

  /**
   * Looks up a person by a name that may carry extra words: as written, without a leading title, then by
   * its last two or three words ("State Antony Blinken" → "Antony Blinken").
   */
  lookupPerson(text: string): NameTarget | undefined {
    let person = this.persons.get(text)
    if (person === undefined) {
      person = this.findPerson(text) ?? null
      if (this.persons.size >= CACHE_LIMIT) this.persons.clear()
      this.persons.set(text, person)
    }
    return person ?? undefined
  }

  private findPerson(written: string): NameTarget | undefined {
    // A name broken across the lines of hard-wrapped wire copy ("Exchequer Nigel\nLawson") is read with spaces.
    const text = /\s\s|[^\S ]/.test(written) ? foldName(written) : written
    const bare = this.splitTitledName(text).name
    for (const candidate of [text, bare]) {
      const target = this.lookupName(candidate)
      if (target?.kind === 'person') return target
    }
    const words = bare.split(' ')
    for (let n = Math.min(3, words.length - 1); n >= 2; n--) {
      const target = this.lookupName(words.slice(words.length - n).join(' '))
      if (target?.kind === 'person') return target
    }
    // A middle initial the dictionary does not write ("Colin L. Powell" for "Colin Powell").
    if (words.length >= 3) {
      const without = words.filter((w, i) => i === 0 || i === words.length - 1 || !MIDDLE_INITIAL.test(w))
      if (without.length < words.length) {
        const target = this.lookupName(without.join(' '))
        if (target?.kind === 'person') return target
      }
    }
    return undefined
  }

  /** Returns what a description word refers to ("country" → nearest country; "alliance" → NAT), if it is one. */
  descriptionOf(word: string): DescriptionEntry | undefined {
    return this.descriptions.get(word)
  }

  /** True when the word is a first name of the dictionary's `givenNames` lists. */
  isGivenName(word: string): boolean {
    return this.givenNames.has(word)
  }

  /** The codes of the IGOs seated in a city ("Brussels" → NAT, EUR), in any letter case; empty for other places. */
  igosSeatedIn(city: string): readonly string[] {
    return this.seats.get(city.toLowerCase()) ?? []
  }

  /** True when the code is a country's (a `countries` entry), not an IGO's ("UNO") or a region's ("WST"). */
  isCountryCode(code: string): boolean {
    return this.countryCodes.has(code)
  }

  /** Returns the gender an honorific gives the name after it ("Mrs" → f), if it is one. */
  genderOfHonorific(word: string): 'm' | 'f' | undefined {
    return this.honorifics.get(word)
  }

  /** Returns the country or IGO code a place-like word denotes (name, adjective, demonym, capital, city). */
  countryOf(text: string): string | undefined {
    const target = this.lookupName(text)
    if (target === undefined) return undefined
    switch (target.kind) {
      case 'country':
      case 'capital':
      case 'city':
      case 'region':
      case 'adjective':
      case 'demonym':
      case 'igo':
        return target.code
      default:
        return undefined
    }
  }
}
