// Sports teams as organisations: in sports text, a place or name that plays is a team (ORG) in the whole document.
import type { EntityType } from '../../core/index.js'
import type { Candidate } from './candidates.js'
import type { SentenceCandidates } from './consistency.js'
import { isSportsText, type SportsLexicon } from './sports-lexicon.js'

/** Word tests the rule borrows from the stage. */
export interface SportsWordTests {
  /** Returns whether a capitalised word is a given name (a lone given name is rarely how news names a person). */
  readonly isGivenName: (word: string) => boolean
  /** Returns whether a lowercase word is mostly written in lowercase. */
  readonly isCommon: (lower: string) => boolean
  /** Returns whether a lowercase word names a kind of place ("islands", "province"). */
  readonly isPlaceKind: (lower: string) => boolean
  /** Returns whether a lowercase word is never a name ("the", "we"). */
  readonly isNonName: (lower: string) => boolean
  /** Returns whether a lowercase text is a known place (dictionary or gazetteer city): a tagger PERSON may be a team. */
  readonly isPlaceName: (lower: string) => boolean
}

/** One sentence's words and chosen candidates, with its tokens' parts of speech when known. */
export type SportsSentence = SentenceCandidates & {
  readonly tokens?: ReadonlyArray<{ readonly pos: string }>
  /** Each word lowercased, when the stage has them already (else they are lowercased here). */
  readonly lower?: readonly string[]
}

/** A name the rule reads: a chosen candidate, or a capitalised run no candidate covers (`type` undefined). */
interface Name {
  first: number
  last: number
  readonly type: EntityType | undefined
  readonly source: Candidate['source'] | undefined
}

const SCORE = /^\d{1,3}[-–]\d{1,3}$/
const COUNT = /^\d{1,3}$/
const DASHES: ReadonlySet<string> = new Set(['-', '–', '—'])
const POSSESSIVES: ReadonlySet<string> = new Set(["'s", "'", '’s', '’'])
/** Words skipped between a sports verb or marker and the team it points at. */
const FILLERS: ReadonlySet<string> = new Set(['the', 'visiting', 'hosts', 'host', 'champions', 'leaders', 'rivals', 'holders'])

/** Returns whether a word starts with a capital letter. */
function isCapitalised(word: string): boolean {
  const c = word.charAt(0)
  return c !== c.toLowerCase()
}

/** The names of one sentence: its candidates and the capitalised runs between them, in order. */
function namesOf(words: readonly string[], candidates: readonly Candidate[], tests: SportsWordTests): Name[] {
  const names: Name[] = []
  let k = 0
  const addRun = (from: number, to: number): void => {
    let a = from
    // A run's leading common words are no part of a name ("But Kessa"), unless the run is one word after a word
    // ("beat Kessa"): at the start of a sentence or after a quote a capital says nothing.
    const opensClause = (k: number): boolean => k === 0 || !/\p{L}/u.test(words[k - 1] ?? '')
    // A line opening with a name and a number is a results or table line: its first word is a name ("Kessa 2 ...").
    const opensResults = from === 0 && /^\d/.test(words[to] ?? '')
    while (a < to && !opensResults && tests.isCommon((words[a] ?? '').toLowerCase()) && (opensClause(a) || a < to - 1)) a++
    for (let k = a; k < to; k++) if (tests.isNonName((words[k] ?? '').toLowerCase())) return
    if (a < to) names.push({ first: a, last: to - 1, type: undefined, source: undefined })
  }
  for (const c of candidates) {
    let run = -1
    for (; k < c.first; k++) {
      const word = words[k] ?? ''
      if (isCapitalised(word) && /\p{L}/u.test(word)) {
        if (run < 0) run = k
      } else if (run >= 0) {
        addRun(run, k)
        run = -1
      }
    }
    if (run >= 0) addRun(run, c.first)
    names.push({ first: c.first, last: c.last, type: c.type, source: c.source })
    k = c.last + 1
  }
  let run = -1
  for (; k <= words.length; k++) {
    const word = words[k] ?? ''
    if (k < words.length && isCapitalised(word) && /\p{L}/u.test(word)) {
      if (run < 0) run = k
    } else if (run >= 0) {
      addRun(run, k)
      run = -1
    }
  }
  return names
}

/** Reads one sentence for teams: which names may be teams, which have evidence, and their whole spans. */
class SentenceReader {
  readonly lower: readonly string[]
  readonly names: Name[]
  /** Whether the line is set in title case (a headline): capitals there mark no names ("Kessa Edges Dorran"). */
  private readonly isTitleCase: boolean
  /** Whether the line is set in capitals ("KESSA V DORRAN"): its markers are capitals too. */
  private readonly isUpperCase: boolean
  /** Whether the line has no lowercase word of four letters or more (a headline: "Kessa Secures Spot"). */
  private readonly isHeadline: boolean
  /** Index of the name starting at each token, or -1. */
  private readonly startsAt: Int32Array

  constructor(
    readonly words: readonly string[],
    private readonly pos: readonly string[] | undefined,
    candidates: readonly Candidate[],
    private readonly lexicon: SportsLexicon,
    private readonly tests: SportsWordTests,
    private readonly people: ReadonlySet<string>,
    lower?: readonly string[],
  ) {
    this.lower = lower ?? words.map((w) => w.toLowerCase())
    this.names = namesOf(words, candidates, tests)
    // One pass over the words: those opening with a letter, the common words among them after the first, and
    // whether any is a lowercase word of four letters or more.
    let lettered = 0
    let allUpper = true
    let common = 0
    let capitalisedCommon = 0
    let lowerWord = false
    for (let k = 0; k < words.length; k++) {
      const w = words[k] ?? ''
      if (!/^\p{L}/u.test(w)) continue
      lettered++
      if (allUpper && w !== w.toUpperCase()) allUpper = false
      // Title case capitalises common words after the first ("Kessa Edges Dorran to Grab Lead"); a sentence full of
      // names does not ("beat the Kessa Bay Hawks in the league").
      if (k > 0 && tests.isCommon(this.lower[k] ?? '')) {
        common++
        if (isCapitalised(w)) capitalisedCommon++
      }
      if (!lowerWord && /^\p{Ll}{4,}/u.test(w)) lowerWord = true
    }
    this.isTitleCase = common >= 2 && capitalisedCommon >= 0.5 * common
    this.isUpperCase = lettered >= 2 && allUpper
    this.isHeadline = !lowerWord
    this.startsAt = new Int32Array(words.length).fill(-1)
    this.names.forEach((n, i) => (this.startsAt[n.first] = i))
  }

  /** The name's text, lowercased. */
  textOf(n: Name): string {
    return this.lower.slice(n.first, n.last + 1).join(' ')
  }

  /**
   * Returns whether a name may be a team: no country, people's group, event or person's usual name; with
   * `placeKindEnds`, also a place named with a place word ("Kessa Bay").
   */
  mayBeTeam(n: Name, placeKindEnds = false): boolean {
    // Peoples, events and known regions ("Asia") are no teams.
    // (A tagger NORP may be a team on a score: "Kessan 2 Dorran 1"; a dictionary people never.)
    if ((n.type === 'NORP' && n.source !== 'model') || n.type === 'MISC' || (n.type === 'LOC' && n.source === 'dictionary')) return false
    const text = this.textOf(n)
    // A name opening a line before a number opens a results or table line ("Kessa 28 20 8 0").
    const opensResults = n.first === 0 && /^\d/.test(this.words[n.last + 1] ?? '')
    // An unknown name needs a proper noun in it ("Drunken fans" is an adjective).
    if (n.type === undefined && !opensResults && this.pos !== undefined && !this.pos.slice(n.first, n.last + 1).includes('PROPN')) return false
    // An unknown name with a digit or before a hyphen is a product or a compound ("MP3 players", "Kessa-Life 2").
    if (n.type === undefined && (/\d/.test(text) || (this.words[n.last + 1] ?? '').startsWith('-'))) return false
    // In a title-case line a capital marks no name ("Cards Crush Dodgers to Grab 2-0 Lead").
    if (n.type === undefined && this.isTitleCase && this.lower.slice(n.first, n.last + 1).some((w) => this.tests.isCommon(w))) return false
    // An initial or an abbreviation alone ("R", "St.", "No.") names no team.
    if (text.length < 2 || (n.first === n.last && text.endsWith('.'))) return false
    // One common word opening a clause says nothing by its capital ("Assistant coach ..."), unless it opens a
    // results or table line.
    const opensClause = n.first === 0 || !/\p{L}/u.test(this.words[n.first - 1] ?? '')
    if (n.first === n.last && this.tests.isCommon(text) && opensClause && !opensResults) return false
    if (this.lexicon.countries.has(text) || !this.hasTeamWords(n)) return false
    // A name opening with a given name or an initial is a person's ("Tomas Varga", "T Varga"), unless a team word ends it.
    const opener = this.words[n.first] ?? ''
    const personLike = n.last > n.first && n.type !== 'ORG' && (this.tests.isGivenName(opener) || /^\p{Lu}\.?$/u.test(opener))
    if (personLike && !this.lexicon.teamSuffixes.has(this.lower[n.last] ?? '') && !this.isCommonPlural(n.last)) return false
    const isTeamName = this.lexicon.teamSuffixes.has(this.lower[n.last] ?? '') || this.lexicon.teamPrefixes.has(this.lower[n.first] ?? '')
    if (n.type === 'PERSON' && n.last > n.first) return isTeamName
    if (n.type === 'PERSON') {
      // A lone given name or place name no full name in the document uses ("Chelsea", not "Chelsea Varga") may be a club.
      const word = this.words[n.first] ?? ''
      return n.first === n.last && (this.tests.isGivenName(word) || this.isPlaceWord(text)) && !this.people.has(text)
    }
    const last = this.lower[n.last] ?? ''
    const isSuffix = this.lexicon.teamSuffixes.has(last) || this.lexicon.placeTeamSuffixes.has(last)
    if ((n.type === 'GPE' || n.type === 'LOC') && this.tests.isPlaceKind(last) && !isSuffix && !placeKindEnds) return false
    return true
  }

  /** The token after a bracketed stretch opening at `k` ("( Varga 30 )"), or `k` when none opens there. */
  private skipBrackets(k: number): number {
    if (this.words[k] !== '(') return k
    for (let j = k + 1; j < this.words.length && j <= k + 30; j++) if (this.words[j] === ')') return j + 1
    return k
  }

  /** The index of the "(" that the ")" at `k` closes, or -1. */
  private openingBracket(k: number): number {
    for (let j = k - 1; j >= 0 && j >= k - 30; j--) if (this.words[j] === '(') return j
    return -1
  }

  /** Returns whether a name opens its line, after at most a rank ("3.", "3 ."). */
  private opensLine(n: Name): boolean {
    for (let k = 0; k < n.first; k++) if (!/^\d+\.?$|^\.$/.test(this.words[k] ?? '')) return false
    return n.first <= 2
  }

  /** Returns whether the word at `k` is a capitalised team word ("Rovers", "City"). */
  private isTeamWordAt(k: number): boolean {
    const lower = this.lower[k] ?? ''
    return isCapitalised(this.words[k] ?? '') && (this.lexicon.teamSuffixes.has(lower) || this.lexicon.placeTeamSuffixes.has(lower))
  }

  /** Returns whether a lowercase word names a place: known, or with a place ending ("Kessashire"). */
  private isPlaceWord(lower: string): boolean {
    return this.tests.isPlaceName(lower) || this.lexicon.placeNameEndings.some((e) => lower.endsWith(e) && lower.length > e.length + 2)
  }

  /** Returns whether the word at `k` is the capitalised plural of a common noun ("Hawks", "Twins"; not "Baros"). */
  private isCommonPlural(k: number): boolean {
    const w = this.words[k] ?? ''
    const lower = this.lower[k] ?? ''
    if (w.length <= 3 || !isCapitalised(w) || !w.endsWith('s') || w.endsWith('ss') || this.tests.isPlaceKind(lower)) return false
    return this.tests.isCommon(lower) || this.tests.isCommon(lower.slice(0, -1))
  }

  /** Returns whether a name holds no word a team name never holds (competitions, titles: "Premiership", "Olympic", "Sir"). */
  hasTeamWords(n: Name): boolean {
    if (n.first === n.last && this.lexicon.nonTeamWordsAlone.has(this.lower[n.first] ?? '')) return false
    for (let k = n.first; k <= n.last; k++) {
      const lower = this.lower[k] ?? ''
      if (this.lexicon.signalWords.has(lower) || this.lexicon.weakSignalWords.has(lower) || this.lexicon.nonTeamWords.has(lower)) return false
      if (this.tests.isNonName(lower)) return false
    }
    return true
  }

  /** Widens a name over the team words around it ("Dorran" + "City", "Dynamo" + "Kessa"); returns whether it is a team name. */
  widenTeamName(n: Name): boolean {
    const { words, lower, lexicon } = this
    const single = n.first === n.last
    if (!single && n.source !== 'dictionary' && (lexicon.teamSuffixes.has(lower[n.last] ?? '') || lexicon.teamPrefixes.has(lower[n.first] ?? ''))) {
      return true
    }
    const next = n.last + 1
    if (next < words.length && isCapitalised(words[next] ?? '') && lexicon.teamSuffixes.has(lower[next] ?? '')) {
      n.last = next
      return true
    }
    // "Dorran City" is one name either way, a team only on evidence ("Kessa City" may be a place).
    if (next < words.length && isCapitalised(words[next] ?? '') && lexicon.placeTeamSuffixes.has(lower[next] ?? '') && n.type !== 'PERSON') {
      n.last = next
    }
    const prev = n.first - 1
    if (prev >= 0 && isCapitalised(words[prev] ?? '') && lexicon.teamPrefixes.has(lower[prev] ?? '')) {
      n.first = prev
      return true
    }
    return false
  }

  /**
   * Widens a city or state over the capitalised plural after it ("Kessaville Hawks", "Dorran Red Sox"), or takes a
   * place name that already ends in one; returns whether it is a franchise name.
   */
  widenFranchise(n: Name): boolean {
    if ((n.type !== 'GPE' && n.type !== 'LOC' && n.type !== undefined) || this.isTitleCase) return false
    const isPlural = (k: number): boolean => this.isCommonPlural(k)
    const opensWithName = !this.tests.isCommon(this.lower[n.first] ?? '')
    if (n.type !== undefined && n.source !== 'dictionary' && n.last > n.first && opensWithName && isPlural(n.last)) return true
    if (n.type === undefined) return false
    // After a place any capitalised plural will do ("Kessa Hawks": the tagger's word list lacks "hawk"), but no
    // place or given name ("Kessa Athens").
    const isPluralAfter = (k: number): boolean => {
      const w = this.words[k] ?? ''
      const lower = this.lower[k] ?? ''
      // In a headline only a common plural that is no verb counts ("Kessa Secures Spot").
      if (this.isHeadline) return isPlural(k) && this.pos?.[k] !== 'VERB'
      if (isPlural(k)) return true
      if (w.length <= 3 || !w.endsWith('s') || w.endsWith('ss') || this.tests.isPlaceKind(lower)) return false
      return !this.isPlaceWord(lower) && !this.tests.isGivenName(w) && !this.lexicon.countries.has(lower) && /^\p{Lu}\p{Ll}+$/u.test(w)
    }
    for (let k = n.last + 1; k <= n.last + 2 && k < this.words.length; k++) {
      if (!isCapitalised(this.words[k] ?? '')) return false
      if (isPluralAfter(k) && !POSSESSIVES.has(this.words[k + 1] ?? '')) {
        n.last = k
        return true
      }
    }
    return false
  }

  /**
   * The word `back` tokens before the name, skipping fillers ("beat the Kessa Rovers") and, with `skipScores`, a
   * score ("drew 1-1 with Kessa").
   */
  private before(n: Name, back: number, skipScores = false): { word: string; at: number } {
    const isSkipped = (w: string): boolean => FILLERS.has(w) || (skipScores && (SCORE.test(w) || COUNT.test(w) || DASHES.has(w)))
    let at = n.first
    for (let step = 0; step < back; step++) {
      at--
      while (at >= 0 && isSkipped(this.lower[at] ?? '')) at--
      // A name qualifying a filler is skipped with it ("over Vell rivals Kessa").
      const qualifier = FILLERS.has(this.lower[at + 1] ?? '') ? this.names.find((m) => m.last === at) : undefined
      if (qualifier !== undefined) {
        at = qualifier.first - 1
        while (at >= 0 && isSkipped(this.lower[at] ?? '')) at--
      }
    }
    return { word: this.lower[at] ?? '', at }
  }


  /** The name starting at token `k`, after any fillers. */
  private nameAt(k: number): Name | undefined {
    let at = k
    while (at < this.words.length && FILLERS.has(this.lower[at] ?? '')) at++
    const i = this.startsAt[at] ?? -1
    return i >= 0 ? this.names[i] : undefined
  }

  /** Returns whether the word at `k` follows a person of two or more words ("Tomas Varga beat"). */
  private followsPlayer(k: number): boolean {
    const subject = this.names.find((m) => m.last === k - 1)
    return subject !== undefined && subject.type === 'PERSON' && subject.last > subject.first
  }

  /**
   * Returns whether a team role, player or result follows the name: "Kessa striker", "Kessa's manager", "Kessa's
   * Tomas Varga", "Kessa's 2-1 win".
   */
  private hasRole(n: Name): boolean {
    const next = this.lower[n.last + 1] ?? ''
    if (this.lexicon.roles.has(next)) return true
    if (!POSSESSIVES.has(next)) return false
    if (this.lexicon.roles.has(this.lower[n.last + 2] ?? '')) return true
    // A team's result: "Kessa's 2-1 win", "Kessa's loss to Dorran".
    const result = SCORE.test(this.lower[n.last + 2] ?? '') ? (this.lower[n.last + 3] ?? '') : (this.lower[n.last + 2] ?? '')
    if (this.lexicon.victoryNouns.has(result) || this.lexicon.lossMarkers.has(result)) return true
    const owner = this.nameAt(n.last + 2)
    return owner?.type === 'PERSON' && owner.last > owner.first
  }

  /** Returns whether the words around a name show a team playing. */
  hasEvidence(n: Name): boolean {
    const { lower, lexicon } = this
    const next = lower[n.last + 1] ?? ''
    const prev = this.before(n, 1).word
    const marker = this.before(n, 1, true).word
    const marker2 = this.before(n, 2, true).word
    // Tennis and the like: sets ("6-3 7-5") are scored by players, not teams.
    if (SCORE.test(next) && SCORE.test(lower[n.last + 2] ?? '')) return false
    // Score lines and results: "Kessa 2-1", "Kessa 2 - 1", "Kessa 2 Dorran 1", a table row "Kessa 12 7 3 2".
    if (SCORE.test(next)) return true
    if (COUNT.test(next) && DASHES.has(lower[n.last + 2] ?? '') && COUNT.test(lower[n.last + 3] ?? '')) return true
    if (COUNT.test(next)) {
      // Scorers may follow a side's goals: "Kessa 2 ( Varga 30 , Dovan 70 ) Dorran 1".
      const after = this.skipBrackets(n.last + 2)
      const other = this.nameAt(after)
      // The other side may end in a team word not yet joined to it ("Kessa 1 Dorran City 1").
      let otherEnd = other?.last ?? -1
      while (otherEnd >= 0 && this.isTeamWordAt(otherEnd + 1)) otherEnd++
      if (other !== undefined && COUNT.test(lower[otherEnd + 1] ?? '') && !SCORE.test(lower[otherEnd + 2] ?? '')) return true
      // A table row after an optional rank: "Kessa 12 7 3 2", "3. Kessa 12 7 3 2".
      if (this.opensLine(n) && COUNT.test(lower[n.last + 2] ?? '') && COUNT.test(lower[n.last + 3] ?? '')) return true
      // A side's total with its scorers or a second innings: "Kessa 301 ( T. Varga 88 )", "Kessa 210 and 45-2".
      if (after > n.last + 2) return true
      if (lower[n.last + 2] === 'and' && (SCORE.test(lower[n.last + 3] ?? '') || COUNT.test(lower[n.last + 3] ?? ''))) return true
    }
    // The other side of a results line: "Kessa 2 Dorran 1", "Kessa 2-1 Dorran", "Kessa 2 ( Varga 30 ) Dorran 1".
    const count = prev === ')' ? this.openingBracket(n.first - 1) - 1 : this.before(n, 1).at
    const counted = (lower[count] ?? '') === prev ? COUNT.test(prev) && COUNT.test(next) : COUNT.test(lower[count] ?? '')
    if (SCORE.test(prev) || (counted && count >= 1)) {
      const before = (SCORE.test(prev) ? this.before(n, 1).at : count) - 1
      if (before >= 0 && isCapitalised(this.words[before] ?? '')) return true
    }
    // A people's name the tagger gave needs a score; a lone given name a team's role or player (an athlete also
    // beats and is beaten: "edging Kessa"); a place name the tagger called a person may play ("Kessashire beat ...").
    if (n.type === 'NORP') return false
    if (n.type === 'PERSON' && !this.isPlaceWord(lower[n.first] ?? '')) return this.hasRole(n)
    // Sports verbs: "Kessa beat Dorran", "Kessa won 3-1", "beat Kessa", "lost to Kessa", "drew with Kessa".
    if (lexicon.winVerbs.has(next)) {
      // Not when a person is beaten: then the winner is a player ("Varga beat Tomas Kessel 6-3").
      // The other side right after the verb or after its preposition ("drew with Kessa"), not after a particle
      // ("Vell beat out Kessa and Dorran" to host a games is no match).
      const linked = ['with', 'to', 'against'].includes(lower[n.last + 2] ?? '')
      const object = this.nameAt(n.last + 2) ?? (linked ? this.nameAt(n.last + 3) : undefined)
      const isPlayer = object !== undefined && object.type === 'PERSON' && object.last > object.first
      if (isPlayer) return false
      for (let k = n.last + 2; k <= n.last + 5 && k < lower.length; k++) {
        if (SCORE.test(lower[k] ?? '') || (COUNT.test(lower[k] ?? '') && DASHES.has(lower[k + 1] ?? '') && COUNT.test(lower[k + 2] ?? ''))) return true
      }
      if (object !== undefined && object.first <= n.last + 4) return true
    }
    // A place before a filler qualifies the team after it ("win over Vell rivals Kessa").
    if (FILLERS.has(next)) return this.hasRole(n)
    // A marker in a title ("Game Against Poverty") is no marker; a player's opponent is a player ("Tomas Varga beat ...").
    const markerAt = this.before(n, 1).at
    const isMarker = lexicon.opponentMarkers.has(prev) && (this.words[markerAt] === prev || this.isUpperCase) && !this.followsPlayer(markerAt)
    // A name before a common noun or a sports word qualifies it ("against Kessan norms", "beat Kessa Olympic champions").
    const nextPos = this.pos?.[n.last + 1]
    const nextCapital = isCapitalised(this.words[n.last + 1] ?? '')
    const isSportsWord = lexicon.signalWords.has(next) || lexicon.weakSignalWords.has(next)
    const isModifier = n.type === undefined ? nextPos === 'NOUN' && !lexicon.roles.has(next) : nextCapital && (nextPos === 'ADJ' || isSportsWord)
    if (isMarker && !isModifier) return true
    // The home side of a fixture: "Kessa v Dorran".
    const side = FIXTURE_MARKS.has(next) ? this.nameAt(n.last + 2) : undefined
    if (side !== undefined && !(side.type === 'PERSON' && side.last > side.first)) return true
    const marker2At = this.before(n, 2, true).at
    // "lost to Kessa", "at home to Kessa" (not "went home to Kessa").
    const travels = lexicon.travelWords.has(this.before(n, 3, true).word)
    if (marker === 'to' && lexicon.lossMarkers.has(marker2) && !travels && !this.followsPlayer(marker2At)) return true
    if (marker === 'with' && lexicon.drawMarkers.has(marker2) && !this.followsPlayer(marker2At)) return true
    if (marker === 'over' && lexicon.victoryNouns.has(marker2)) return true
    if (this.hasRole(n)) return true
    // British usage puts a team's verb in the plural ("Kessa have", "Kessa were"); a place takes the singular. Only
    // for a known place that is no plural itself ("Democrats are") nor a place by its words ("the city of Kessa were").
    const isPlace = (n.type === 'GPE' || n.type === 'LOC') && !(lower[n.last] ?? '').endsWith('s')
    return isPlace && lexicon.pluralVerbs.has(next) && !lexicon.venueWords.has(prev) && prev !== 'of'
  }

  /** Returns whether a place name stands where a place does ("at Kessa", "in Kessa"; not a team name "at Kessa Rovers"). */
  isVenue(n: Name): boolean {
    const last = this.lower[n.last] ?? ''
    const isTeamName = n.last > n.first && (this.lexicon.teamSuffixes.has(last) || this.lexicon.placeTeamSuffixes.has(last))
    if (isTeamName) return false
    // A dateline is a place ("KESSAVILLE - ...", "Kessaville (Wire) -").
    const next = this.words[n.last + 1] ?? ''
    if (n.first === 0 && (DASHES.has(next) || next === '--' || next === '(')) return true
    const prev = this.lower[n.first - 1] ?? ''
    if (this.lexicon.venueWords.has(prev)) return true
    // A name listed after a venue is one too ("in Vell, Kessa and Dorran").
    if (prev !== ',' && prev !== 'and' && prev !== 'or') return false
    const listed = this.names.find((m) => m.last === n.first - 2)
    return listed !== undefined && this.isVenue(listed)
  }
}

/** Collects the lowercased words of the document's people of two or more words. */
function collectPeopleWords(sentences: readonly SentenceCandidates[]): Set<string> {
  const people = new Set<string>()
  for (const s of sentences) {
    for (const c of s.candidates) {
      if (c.type !== 'PERSON' || c.last === c.first) continue
      for (let k = c.first; k <= c.last; k++) people.add((s.words[k] ?? '').toLowerCase())
    }
  }
  return people
}

const FIXTURE_MARKS: ReadonlySet<string> = new Set(['v', 'v.', 'vs', 'vs.'])

/**
 * Splits a candidate that runs over a fixture's "v" ("ENGLAND V ARVENIA", "Kessa v Dorran") into its two sides:
 * a country stays GPE, any other side is a team.
 */
function splitFixtures(s: SportsSentence, lexicon: SportsLexicon): void {
  const lower = s.lower ?? s.words.map((w) => w.toLowerCase())
  if (!lower.some((w) => FIXTURE_MARKS.has(w))) return
  const split: Candidate[] = []
  for (const c of s.candidates) {
    let mark = -1
    for (let k = c.first + 1; k < c.last; k++) if (FIXTURE_MARKS.has(lower[k] ?? '')) mark = k
    if (mark < 0) {
      split.push(c)
      continue
    }
    for (const [first, last] of [[c.first, mark - 1], [mark + 1, c.last]] as const) {
      const isCountry = lexicon.countries.has(lower.slice(first, last + 1).join(' '))
      split.push({ first, last, type: isCountry ? 'GPE' : 'ORG', source: 'rule' })
    }
  }
  s.candidates = split
}

/** Replaces a sentence's candidates under the team spans with one ORG each. */
function writeTeams(s: SentenceCandidates, teams: readonly Name[]): void {
  if (teams.length === 0) return
  const kept = s.candidates.filter((c) => !teams.some((t) => c.first <= t.last && t.first <= c.last))
  const added = teams.map((t): Candidate => ({ first: t.first, last: t.last, type: 'ORG', source: 'rule' }))
  s.candidates = [...kept, ...added].sort((a, b) => a.first - b.first || a.last - b.last)
}

/**
 * Types sports teams ORG in a document's chosen candidates (one list per sentence, no overlaps), when the document
 * reads as sports text; otherwise leaves them as they are. Countries stay places (national teams), and so does
 * a name where it stands as a venue ("at Kessa"). Team words make whole names ("Dorran City", "Dynamo Kessa",
 * "Kessaville Hawks"); evidence around a name ("Kessa 2-1", "beat Kessa", "Kessa striker") makes it a team, and so
 * is every other use of the same name in the document.
 */
export function applySportsTeams(sentences: readonly SportsSentence[], lexicon: SportsLexicon, tests: SportsWordTests): void {
  if (!isSportsText(sentences.map((s) => s.words), lexicon, sentences.map((s) => s.lower))) return
  for (const s of sentences) splitFixtures(s, lexicon)
  const people = collectPeopleWords(sentences)
  const readers = sentences.map((s) => new SentenceReader(s.words, s.tokens?.map((t) => t.pos), s.candidates, lexicon, tests, people, s.lower))
  const teamTexts = new Set<string>()
  const found: Name[][] = readers.map((reader) => {
    const teams: Name[] = []
    let taken = -1
    for (const n of reader.names) {
      if (n.first <= taken) continue
      // A place named with a place word ("Kessa Bay") is a team only as a franchise's start ("Kessa Bay Hawks").
      const eligible = reader.mayBeTeam(n)
      if (!eligible && !(reader.mayBeTeam(n, true) && reader.widenFranchise(n))) continue
      const named = !eligible || reader.widenTeamName(n) || reader.widenFranchise(n)
      if (named && !reader.hasTeamWords(n)) continue
      if (!named && !reader.hasEvidence(n)) continue
      // A team word before the name may have opened a team of its own ("Dynamo" before "Kessa").
      while ((teams[teams.length - 1]?.last ?? -1) >= n.first) teams.pop()
      teams.push(n)
      taken = n.last
      teamTexts.add(reader.textOf(n))
      // A bare team word names the team in the same document ("United" after "Dorran United", "City" after "Kessa
      // City", "Hawks" after "Kessaville Hawks").
      const suffix = reader.lower[n.last] ?? ''
      const isFranchise = named && n.last > n.first && suffix.endsWith('s') && isCapitalised(reader.words[n.last] ?? '')
      if (n.last > n.first && (lexicon.teamSuffixes.has(suffix) || lexicon.placeTeamSuffixes.has(suffix) || isFranchise)) teamTexts.add(suffix)
    }
    return teams
  })
  readers.forEach((reader, i) => {
    const teams = found[i] ?? []
    let taken = -1
    const extra: Name[] = []
    for (const n of reader.names) {
      if (teams.some((t) => n.first <= t.last && t.first <= n.last)) continue
      if (n.first <= taken || !teamTexts.has(reader.textOf(n)) || !reader.mayBeTeam(n) || reader.isVenue(n)) continue
      extra.push(n)
      taken = n.last
    }
    const sentence = sentences[i]
    if (sentence !== undefined) writeTeams(sentence, [...teams, ...extra])
  })
}
