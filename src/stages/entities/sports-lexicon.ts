// The sports word lists (models/ner/sports.json), the countries that stay places, and the document's sports signal.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { ConfigError, ErrorCode } from '../../core/index.js'

/** The file format of `models/ner/sports.json`. */
export interface SportsLexiconFile {
  readonly format: 'dyad-ner-sports@1'
  readonly version: string
  readonly signal: {
    readonly minHits: number
    readonly minShare: number
    readonly minStrongWords: number
    readonly headlineSports: readonly string[]
    readonly words: readonly string[]
    readonly weakWords: readonly string[]
  }
  readonly teamSuffixes: readonly string[]
  readonly placeTeamSuffixes: readonly string[]
  readonly teamPrefixes: readonly string[]
  readonly winVerbs: readonly string[]
  readonly opponentMarkers: readonly string[]
  readonly lossMarkers: readonly string[]
  readonly travelWords: readonly string[]
  readonly drawMarkers: readonly string[]
  readonly victoryNouns: readonly string[]
  readonly roles: readonly string[]
  readonly pluralVerbs: readonly string[]
  readonly venueWords: readonly string[]
  readonly nationalTeams: readonly string[]
  readonly nonTeamWords: readonly string[]
  readonly nonTeamWordsAlone: readonly string[]
  readonly placeNameEndings: readonly string[]
}

/** The sports lists as lowercase sets, with the country names (lowercase) that are never teams. */
export interface SportsLexicon {
  readonly version: string
  readonly minHits: number
  readonly minShare: number
  /** Sports words (not weak ones) the text must hold: games and players alone are also computer games'. */
  readonly minStrongWords: number
  readonly headlineSports: ReadonlySet<string>
  /** Sports words worth 2 points each in the signal. */
  readonly signalWords: ReadonlySet<string>
  /** Words also used outside sports ("win", "title"), worth 1 point. */
  readonly weakSignalWords: ReadonlySet<string>
  readonly teamSuffixes: ReadonlySet<string>
  /** Words ending team and place names alike ("City", "Town"). */
  readonly placeTeamSuffixes: ReadonlySet<string>
  readonly teamPrefixes: ReadonlySet<string>
  readonly winVerbs: ReadonlySet<string>
  readonly opponentMarkers: ReadonlySet<string>
  readonly lossMarkers: ReadonlySet<string>
  /** Words before a loss marker that make it a journey ("went home to"). */
  readonly travelWords: ReadonlySet<string>
  readonly drawMarkers: ReadonlySet<string>
  readonly victoryNouns: ReadonlySet<string>
  readonly roles: ReadonlySet<string>
  readonly pluralVerbs: ReadonlySet<string>
  readonly venueWords: ReadonlySet<string>
  /** Words no team name holds ("North", "Open", "Sir"). */
  readonly nonTeamWords: ReadonlySet<string>
  /** Words that are no team alone ("North", "Republic") but may be part of one ("West Kessa"). */
  readonly nonTeamWordsAlone: ReadonlySet<string>
  /** Endings of place names ("-shire"): a tagger PERSON so ending may be a county team. */
  readonly placeNameEndings: readonly string[]
  readonly countries: ReadonlySet<string>
}

const SPORTS_FILE = new URL('../../../models/ner/sports.json', import.meta.url)

/** Country names (common, official and longer alternative spellings) from world-countries, lowercased. */
function worldCountryNames(): string[] {
  const require = createRequire(import.meta.url)
  type Country = { name: { common: string; official: string }; altSpellings: string[] }
  const countries = require('world-countries/countries.json') as Country[]
  const names: string[] = []
  for (const c of countries) {
    names.push(c.name.common.toLowerCase(), c.name.official.toLowerCase())
    for (const alt of c.altSpellings) if (alt.length > 3) names.push(alt.toLowerCase())
  }
  return names
}

/** Builds the lexicon from the file's lists; `countries` adds names that stay places (defaults to world-countries). */
export function buildSportsLexicon(file: SportsLexiconFile, countries: readonly string[] = worldCountryNames()): SportsLexicon {
  const set = (words: readonly string[]): ReadonlySet<string> => new Set(words.map((w) => w.toLowerCase()))
  return {
    version: file.version,
    minHits: file.signal.minHits,
    minShare: file.signal.minShare,
    minStrongWords: file.signal.minStrongWords,
    headlineSports: set(file.signal.headlineSports),
    signalWords: set(file.signal.words),
    weakSignalWords: set(file.signal.weakWords),
    teamSuffixes: set(file.teamSuffixes),
    placeTeamSuffixes: set(file.placeTeamSuffixes),
    teamPrefixes: set(file.teamPrefixes),
    winVerbs: set(file.winVerbs),
    opponentMarkers: set(file.opponentMarkers),
    lossMarkers: set(file.lossMarkers),
    travelWords: set(file.travelWords),
    drawMarkers: set(file.drawMarkers),
    victoryNouns: set(file.victoryNouns),
    roles: set(file.roles),
    pluralVerbs: set(file.pluralVerbs),
    venueWords: set(file.venueWords),
    nonTeamWords: set(file.nonTeamWords),
    nonTeamWordsAlone: set(file.nonTeamWordsAlone),
    placeNameEndings: file.placeNameEndings.map((e) => e.toLowerCase()),
    countries: set([...file.nationalTeams, ...countries]),
  }
}

let loaded: SportsLexiconFile | undefined
let worldCountries: string[] | undefined

/**
 * Returns the place names (lowercase) of a names list that have a people's name made from them ("Arvenia" with
 * "Arvenian", "Kessa" with "Kessans", "Dorrania" with "Dorranese"): a dictionary lists such names for countries,
 * not for cities, so a user's own countries stay places too.
 */
export function countriesByDemonym(names: ReadonlyArray<{ readonly text: string; readonly type: string }>): string[] {
  const peoples = new Set(names.filter((n) => n.type === 'NORP').map((n) => n.text.toLowerCase()))
  const countries: string[] = []
  for (const n of names) {
    if (n.type !== 'GPE') continue
    const lower = n.text.toLowerCase()
    const stems = [lower, lower.replace(/[aeiouy]$/, ''), lower.replace(/ia$/, '')]
    const forms = stems.flatMap((stem) => [`${stem}n`, `${stem}an`, `${stem}ian`, `${stem}ese`, `${stem}i`])
    if (forms.some((f) => peoples.has(f) || peoples.has(`${f}s`))) countries.push(lower)
  }
  return countries
}

/** Returns the shipped sports lexicon (the file is read once); `countries` adds names that stay places. */
export function loadSportsLexicon(countries: readonly string[] = []): SportsLexicon {
  worldCountries ??= worldCountryNames()
  return buildSportsLexicon(readSportsFile(), [...worldCountries, ...countries])
}

/** Reads and checks models/ner/sports.json (once). */
function readSportsFile(): SportsLexiconFile {
  if (loaded !== undefined) return loaded
  let parsed: unknown
  try {
    parsed = JSON.parse(readFileSync(SPORTS_FILE, 'utf8'))
  } catch (cause) {
    throw new ConfigError(ErrorCode.ModelInvalid, `Could not read ${SPORTS_FILE.pathname}; expected JSON of format dyad-ner-sports@1.`, { cause })
  }
  const format = (parsed as { format?: unknown }).format
  if (format !== 'dyad-ner-sports@1') {
    throw new ConfigError(ErrorCode.ModelInvalid, `${SPORTS_FILE.pathname} has format ${String(format)}; expected dyad-ner-sports@1.`)
  }
  loaded = parsed as SportsLexiconFile
  return loaded
}

/** Returns whether a line's words open with a wire sport headline: a sport name in capitals, then a dash ("SOCCER -"). */
export function isSportHeadline(words: readonly string[], lexicon: SportsLexicon): boolean {
  for (let n = 1; n <= 2 && n < words.length; n++) {
    const dash = words[n] ?? ''
    if (dash !== '-' && dash !== '--' && dash !== '–' && dash !== '—') continue
    const head = words.slice(0, n)
    if (head.some((w) => w !== w.toUpperCase())) return false
    return lexicon.headlineSports.has(head.join(' ').toLowerCase())
  }
  return false
}

/** The signal points of each sports word by lexicon (2 for a sports word, 1 for a weak one), so a word costs one lookup. */
const SIGNAL_POINTS = new WeakMap<SportsLexicon, ReadonlyMap<string, number>>()

/** Returns the signal points of the lexicon's sports words, built on first use: a sports word counts 2 even when also weak. */
function signalPointsOf(lexicon: SportsLexicon): ReadonlyMap<string, number> {
  let points = SIGNAL_POINTS.get(lexicon)
  if (points === undefined) {
    const map = new Map<string, number>()
    for (const w of lexicon.weakSignalWords) map.set(w, 1)
    for (const w of lexicon.signalWords) map.set(w, 2)
    SIGNAL_POINTS.set(lexicon, (points = map))
  }
  return points
}

/**
 * Returns whether a document's lines read as sports text: one opens with a wire sport headline, or its sports words
 * score at least `minHits` points and `minShare` points per word (a sports word 2 points, a weak one 1), with at
 * least `minStrongWords` sports words.
 * @param lowerLines each line's words lowercased, when the caller has them (read for words opening with a capital)
 */
export function isSportsText(
  lines: ReadonlyArray<readonly string[]>,
  lexicon: SportsLexicon,
  lowerLines: ReadonlyArray<readonly string[] | undefined> = [],
): boolean {
  const signal = signalPointsOf(lexicon)
  let points = 0
  let strong = 0
  let words = 0
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l] as readonly string[]
    const lowerLine = lowerLines[l]
    if (isSportHeadline(line, lexicon)) return true
    for (let k = 0; k < line.length; k++) {
      const word = line[k] as string
      words++
      // Running text is mostly lowercase already: only a word opening with a capital (or no letter) is folded.
      const lower = word.charCodeAt(0) < 97 ? (lowerLine?.[k] ?? word.toLowerCase()) : word
      const worth = signal.get(lower)
      if (worth === undefined) continue
      points += worth
      if (worth === 2) strong++
    }
  }
  return points >= lexicon.minHits && points >= lexicon.minShare * words && strong >= lexicon.minStrongWords
}
