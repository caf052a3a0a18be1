// Span rules from the lexicon: trimming titles, articles and possessives; typing by head word; titles before
// names; capitalised names ending in an organisation, place or event word; splitting "Russia-Japan" in two.
import type { EntityType } from '../../core/index.js'
import type { Candidate } from './candidates.js'
import type { NerLexicon } from './resources.js'

/** Lexicon word lists as sets, for the rules. */
export interface RuleLexicon {
  readonly titles: ReadonlySet<string>
  readonly titleCore: ReadonlySet<string>
  /** Words of a title's complement ("affairs", "home", "trade"), lowercase. */
  readonly titleComplements: ReadonlySet<string>
  /** Months that are also family names ("may"): after a given name they continue it. */
  readonly monthSurnames: ReadonlySet<string>
  readonly orgHeads: ReadonlySet<string>
  /** The lexicon's rules-only organisation heads (company forms, industry words), also in `orgHeads`. */
  readonly orgSuffixes: ReadonlySet<string>
  readonly locHeads: ReadonlySet<string>
  readonly locHeadsBefore: ReadonlySet<string>
  readonly miscHeads: ReadonlySet<string>
  readonly miscBefore: readonly string[][]
  readonly regionWordsAfter: ReadonlySet<string>
  readonly nonNames: ReadonlySet<string>
  /** Faiths and stateless peoples, lowercase ("muslim", "kurds"). */
  readonly faithsAndPeoples: ReadonlySet<string>
  /** Family names written before the given name ("park", "xi"): a later lone use is the person. */
  readonly familyNamesFirst: ReadonlySet<string>
}

/** Indexes the lexicon for the rules. */
export function buildRuleLexicon(lexicon: NerLexicon): RuleLexicon {
  return {
    titles: new Set(lexicon.titles),
    titleCore: new Set(lexicon.titleCore),
    titleComplements: new Set(lexicon.titleComplements ?? []),
    monthSurnames: new Set(lexicon.monthSurnames ?? []),
    orgHeads: new Set([...lexicon.orgHeads, ...(lexicon.orgSuffixes ?? [])]),
    orgSuffixes: new Set(lexicon.orgSuffixes ?? []),
    locHeads: new Set(lexicon.locHeads),
    locHeadsBefore: new Set(lexicon.locHeadsBefore),
    miscHeads: new Set([...lexicon.miscHeads, ...(lexicon.lawHeads ?? [])]),
    miscBefore: lexicon.miscBefore.map((p) => p.split(' ')),
    regionWordsAfter: new Set(lexicon.regionWordsAfter),
    nonNames: new Set(lexicon.nonNames),
    faithsAndPeoples: new Set(lexicon.faithsAndPeoples ?? []),
    familyNamesFirst: new Set(lexicon.familyNamesFirst ?? []),
  }
}

const POSSESSIVE = /^['\u2019](s)?$/i
const CONNECTORS = new Set(['of', 'for', 'on', 'the', 'de', 'al', 'bin', 'van', 'von', 'der', 'la', 'du', 'del'])
/** Name particles that join the next part with a hyphen ("al-Naimi", "bin-Laden"). */
const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'abu', 'de', 'da', 'van', 'von', 'ben'])
/**
 * Whether a word after a connector other than "of" continues a name: capitalised, no number and no date word
 * ("Kessa College on 14 May"; "Act of 1986" keeps its year).
 */
function isNamePart(word: string, lex: RuleLexicon): boolean {
  const code = word.charCodeAt(0)
  return isCapitalised(word) && !(code >= 48 && code <= 57) && !lex.nonNames.has(word.toLowerCase())
}

/** Words a title may run on for after its last title word before the person's given name ("of Home Affairs"). */
const MAX_TITLE_TAIL = 4

/**
 * Cuts a title's complement off the front of a tagger person ("Secretary to the Treasury Paul Boateng" tagged
 * "Treasury Paul Boateng", "Envoy to Belmora Jan Kos" tagged "Belmora Jan Kos"): leading complement words or a
 * known place, right after "of/for/to" (and "the") after a title word, when a name is left.
 */
export function dropTitleTail(c: Candidate, words: readonly string[], lex: RuleLexicon, isKnownStart: (index: number) => boolean): Candidate {
  if (c.type !== 'PERSON' || !followsTitleLink(c.first, words, lex)) return c
  let first = c.first
  while (first < c.last && (lex.titleComplements.has((words[first] ?? '').toLowerCase()) || (first === c.first && isKnownStart(first)))) first++
  return first === c.first || first === c.last + 1 ? c : { ...c, first }
}

/** Words that link a title word to its complement ("Secretary to the Treasury", "Minister of the Interior"). */
const TITLE_LINKS = new Set(['of', 'for', 'to'])

/** Whether a title's complement starts at word `k`: a name part, after an optional "the". */
function isTitleTailAt(words: readonly string[], k: number, lex: RuleLexicon): boolean {
  return isNamePart(words[words[k] === 'the' ? k + 1 : k] ?? '', lex)
}

/** Whether word `k` comes right after a title word and its link ("Minister of", "Secretary to the"). */
function followsTitleLink(k: number, words: readonly string[], lex: RuleLexicon): boolean {
  let link = k - 1
  if (words[link] === 'the') link--
  return TITLE_LINKS.has(words[link] ?? '') && lex.titleCore.has((words[link - 1] ?? '').toLowerCase())
}

/** Connectors that may be followed by "the" inside a name ("Office for the Coordination of Humanitarian Affairs"). */
const OF_THE = new Set(['of', 'for', 'on'])
/** Words that join two parts of one organisation's name. */
const AND_WORDS = new Set(['and', '&'])
const ROMAN = /^(I|II|III|IV|V|VI|VII|VIII|IX|X)$/
const LETTER = /\p{L}/u

/** A plural acronym ("MPs", "NGOs"): a common noun for members of a kind, not a name. */
const PLURAL_ACRONYM = /^\p{Lu}{2,}s$/u

/** Returns whether a word starts with a capital letter or a digit. */
export function isCapitalised(word: string): boolean {
  // ASCII first: no case mapping and no regular expression for most words.
  const code = word.charCodeAt(0)
  if ((code >= 65 && code <= 90) || (code >= 48 && code <= 57)) return true
  if (code >= 97 && code <= 122) return false
  // Other ASCII (punctuation, symbols) has no case and is no digit.
  if (code < 128) return false
  const first = word.charAt(0)
  return (first !== first.toLowerCase() && first === first.toUpperCase()) || /^\d/.test(word)
}

/** Returns whether a word starts with a lowercase letter ("agency", "news"; not "al-Naimi" particles inside a span). */
function isLowercaseWord(word: string): boolean {
  const code = word.charCodeAt(0)
  if (code >= 97 && code <= 122) return true
  if (code < 128) return false
  const first = word.charAt(0)
  return first !== first.toUpperCase()
}

function isPunctuation(word: string): boolean {
  return !/[\p{L}\p{N}]/u.test(word)
}

/**
 * Trims a candidate to the name itself: no leading article or title (for people), no trailing possessive,
 * conjunction or punctuation, no trailing number after a person. Returns undefined when nothing is left,
 * only a title remains, or no letter is left ("1996-08-30", "15-7").
 */
export function trimCandidate(c: Candidate, words: readonly string[], lex: RuleLexicon): Candidate | undefined {
  let { first, last } = c
  const isPerson = c.type === 'PERSON'
  while (first <= last && isDroppedLeading(words, first, last, isPerson, lex)) first++
  while (last >= first && isDroppedTrailing(words, last, first, isPerson, lex)) last--
  if (first > last) return undefined
  let hasLetter = false
  for (let k = first; k <= last && !hasLetter; k++) hasLetter = LETTER.test(words[k] ?? '')
  if (!hasLetter) return undefined
  const firstLower = (words[first] ?? '').toLowerCase()
  if (first === last && (lex.titles.has(firstLower) || lex.nonNames.has(firstLower))) return undefined
  if (isPerson && !isCapitalised(words[first] ?? '') && !CONNECTORS.has(firstLower)) return undefined
  return first === c.first && last === c.last ? c : { ...c, first, last }
}

/** Whether `trimCandidate` drops word `i` at the start of a span ending at `last`: punctuation, a non-name, a person's title. */
function isDroppedLeading(words: readonly string[], i: number, last: number, isPerson: boolean, lex: RuleLexicon): boolean {
  const w = words[i] ?? ''
  if (isPunctuation(w)) return true
  if (i >= last) return false
  const lower = w.toLowerCase()
  return lex.nonNames.has(lower) || (isPerson && lex.titles.has(lower))
}

/** Whether `trimCandidate` drops word `i` at the end of a span starting at `first`: punctuation, a possessive, a non-name, a person's number. */
function isDroppedTrailing(words: readonly string[], i: number, first: number, isPerson: boolean, lex: RuleLexicon): boolean {
  const w = words[i] ?? ''
  if (w === '.' && i > first && /^[A-Z]$/.test(words[i - 1] ?? '')) return false
  if (isPunctuation(w) || POSSESSIVE.test(w) || PLURAL_ACRONYM.test(w)) return true
  // A name ends in a capitalised word: a trailing common noun is context ("Senate committee", "Xinhua news agency").
  if (i > first && isLowercaseWord(w)) return true
  // A month that is also a family name stays at the end of a person's name ("Christine May").
  if (lex.nonNames.has(w.toLowerCase()) && i > first && !(isPerson && lex.monthSurnames.has(w.toLowerCase()))) return true
  return isPerson && /^\d/.test(w)
}

/** A lowercase syllable that may end a hyphenated given name ("jung" in "Dae-jung"): letters only, at most 5 of them. */
const NAME_SYLLABLE = /^\p{Ll}{1,5}$/u

/** Returns whether a person's name is two or three short syllables ("Chung Dong", "Ban Ki"): the last of at most 4 letters, the others 5. */
function isSyllableName(words: readonly string[], c: Candidate): boolean {
  const size = c.last - c.first + 1
  if (size < 2 || size > 3 || (words[c.last] ?? '').length > 4) return false
  for (let k = c.first; k <= c.last; k++) if ((words[k] ?? '').length > 5) return false
  return true
}

/**
 * Extends a person's name over a hyphenated lowercase syllable written solid with its last word ("Kim Dae-jung",
 * "Roh Moo-hyun"), which trimming and capitalised runs leave out. A common word ("Belmora-based") is no syllable.
 * @param spaced whether each word has whitespace before it
 */
export function extendHyphenatedName(
  c: Candidate,
  words: readonly string[],
  spaced: readonly boolean[],
  isCommon: (lower: string) => boolean,
): Candidate {
  if (c.type !== 'PERSON' || !isCapitalised(words[c.last] ?? '')) return c
  const hyphen = words[c.last + 1] ?? ''
  const tail = words[c.last + 2] ?? ''
  if (hyphen !== '-' || spaced[c.last + 1] !== false || spaced[c.last + 2] !== false) return c
  if (!NAME_SYLLABLE.test(tail)) return c
  // A common word ends a name only after short syllables, as romanised East Asian names are written ("Chung
  // Dong-young", "Ban Ki-moon"), and never as a participle ("Kim Lee-led").
  if (isCommon(tail) && !(isSyllableName(words, c) && !/(ed|ing)$/.test(tail))) return c
  return { ...c, last: c.last + 2 }
}

/**
 * Whether a span is only the complement of a title before it, no name: "Foreign Affairs" in "Minister of Foreign
 * Affairs", "State for Foreign Affairs" in "Secretary of State for Foreign Affairs". Its words are all title or
 * complement words (or "of", "for", "and"), and "of"/"for" after a title word comes right before it.
 */
export function isTitleComplement(c: Candidate, words: readonly string[], lex: RuleLexicon): boolean {
  if (c.type === 'PERSON') return false
  for (let k = c.first; k <= c.last; k++) {
    const w = (words[k] ?? '').toLowerCase()
    if (!lex.titleComplements.has(w) && !isTitleWord(w, lex) && w !== 'of' && w !== 'for' && w !== 'and') return false
  }
  // Only right after "of"/"for" ("Minister of Foreign Affairs"): after "to the" it names a body ("Secretary to the Treasury").
  const before = (words[c.first - 1] ?? '').toLowerCase()
  return (before === 'of' || before === 'for') && lex.titleCore.has((words[c.first - 2] ?? '').toLowerCase())
}

/**
 * Cuts a party initial off a place: "R-Ohio", "D-Kessa" (a legislator's party and state) name the place after the
 * hyphen. A single capital letter, a hyphen with no spaces, then a known place.
 */
export function dropPartyInitial(
  c: Candidate,
  words: readonly string[],
  spaced: readonly boolean[],
  knownType: (first: number, last: number) => EntityType | undefined,
): Candidate {
  if ((c.type !== 'GPE' && c.type !== 'LOC') || c.last < c.first + 2) return c
  if (!/^\p{Lu}$/u.test(words[c.first] ?? '') || !isHyphenChar(words[c.first + 1] ?? '')) return c
  if (spaced[c.first + 1] !== false || spaced[c.first + 2] !== false) return c
  // Only a known place after the hyphen ("R-Ohio"), not a code or name of its own ("C-Cor", "J-P Grandclaude").
  const place = knownType(c.first + 2, c.last)
  return place === 'GPE' || place === 'LOC' ? { ...c, first: c.first + 2 } : c
}

/** Arabic articles written in lowercase and joined to the next word of a name ("al-Qaida", "el-Sisi"). */
const NAME_ARTICLES = new Set(['al', 'el'])

/**
 * Extends a name leftwards over a lowercase Arabic article joined to its first word by a hyphen: "al-Qaida
 * Organization", "the al-Aqsa Martyrs Brigade", "Abdel Fattah el-Sisi" keep their "al-"/"el-". The tokens
 * split the word ("al" | "-" | "Qaida"), and a span must not start in the middle of it.
 */
export function extendNameArticle(c: Candidate, words: readonly string[], spaced: readonly boolean[]): Candidate {
  const at = c.first
  if (at < 2 || !NAME_ARTICLES.has(words[at - 2] ?? '') || !isHyphenChar(words[at - 1] ?? '')) return c
  if (spaced[at - 1] !== false || spaced[at] !== false) return c
  return { ...c, first: at - 2 }
}

/** Extends a person's name leftwards over initials ("P. Simmons", "J. R. Smith"). */
export function extendInitials(c: Candidate, words: readonly string[]): Candidate {
  if (c.type !== 'PERSON') return c
  let first = c.first
  while (/^[A-Z]\.$/.test(words[first - 1] ?? '')) first--
  return first === c.first ? c : { ...c, first }
}

/**
 * Repairs person names the tagger broke: two touching PERSON spans become one ("Todd" + "Martin"), and an
 * initial tagged alone ("P." before "Simmons") becomes a person with the capitalised words after it.
 * @param spans model candidates of one sentence, sorted
 */
export function joinPersonParts(spans: readonly Candidate[], words: readonly string[]): Candidate[] {
  const out: Candidate[] = []
  for (const c of spans) {
    const prev = out[out.length - 1]
    if (prev !== undefined && prev.type === 'PERSON' && c.type === 'PERSON' && c.first === prev.last + 1) {
      out[out.length - 1] = { ...prev, last: c.last }
      continue
    }
    if (prev !== undefined && prev.type === 'PERSON' && c.first <= prev.last) continue
    let last = c.last
    if (/^[A-Z]\.$/.test(words[last] ?? '')) {
      while (last - c.first < 3 && isCapitalised(words[last + 1] ?? '') && !isPunctuation(words[last + 1] ?? '')) last++
      if (last > c.last) {
        out.push({ ...c, type: 'PERSON', last })
        continue
      }
    }
    out.push(c)
  }
  return out
}

/** A bracket token: no name runs across one ("Kessa Corp <KSC", "Umma (Nation"). */
const BRACKET = /^[()<>[\]{}]$/

/** Returns whether a candidate holds a word `splitAtLists` may cut at (a comma, possessive, dash, bracket or "and"). */
function hasListWord(c: Candidate, words: readonly string[]): boolean {
  for (let k = c.first; k <= c.last; k++) {
    const w = words[k] ?? ''
    if (w === ',' || w === ';' || w === 'and' || POSSESSIVE.test(w) || isHyphenChar(w) || BRACKET.test(w)) return true
  }
  return false
}

/**
 * Whether `splitAtLists` cuts candidate `c` at word k first: a comma, semicolon or bracket, a possessive (not an
 * organisation's own, "People's Party"), or a dash set off by spaces. Returned unnamed: no `__name` call per candidate under tsx.
 */
function hardCutTest(c: Candidate, words: readonly string[], spaced: readonly boolean[], isCommonWord: (lower: string) => boolean): (k: number) => boolean {
  return (k) => {
    const w = words[k] ?? ''
    if (w === ',' || w === ';' || BRACKET.test(w)) return true
    if (POSSESSIVE.test(w)) {
      // An organisation's own possessive ("People's Party", "Children's Fund") follows a capitalised common word.
      const isInside = c.type === 'ORG' && isCommonWord((words[k - 1] ?? '').toLowerCase()) && isCapitalised(words[k + 1] ?? '')
      return !isInside
    }
    return isHyphenChar(w) && spaced[k] === true && spaced[k + 1] === true
  }
}

/** Whether a piece of candidate `c` is cut at an "and" at word k: always, except in an organisation or event unless both sides are known names. */
function isAndCut(c: Candidate, words: readonly string[], known: (first: number, last: number) => EntityType | undefined, piece: Candidate, k: number): boolean {
  if (words[k] !== 'and') return false
  if (c.type !== 'ORG' && c.type !== 'MISC') return true
  return known(piece.first, k - 1) !== undefined && known(k + 1, piece.last) !== undefined
}

/** The parts of a piece between the words where `isCut` holds (the cut words dropped). */
function cutPieceAt(piece: Candidate, isCut: (k: number) => boolean): Candidate[] {
  const out: Candidate[] = []
  let start = piece.first
  for (let k = piece.first; k <= piece.last; k++) {
    if (!isCut(k)) continue
    if (k > start) out.push({ ...piece, first: start, last: k - 1 })
    start = k + 1
  }
  if (start <= piece.last) out.push({ ...piece, first: start, last: piece.last })
  return out
}

/**
 * Splits a candidate at commas, brackets, possessives ("Saudi Arabia's Oil Minister"), at dashes set off by spaces ("Japan - Hobomai"), and at "and" unless it
 * names an organisation ("Coalition for Unity and Democracy") or is a known name itself ("Trinidad and
 * Tobago"); an organisation or event is split at "and" only when both sides are known names ("Putin and Abe").
 * @param spaced whether each token has whitespace before it
 * @param isCommonWord whether a word is mostly written in lowercase: an organisation is not cut at its possessive
 */
export function splitAtLists(
  c: Candidate,
  words: readonly string[],
  spaced: readonly boolean[],
  known: (first: number, last: number) => EntityType | undefined,
  isCommonWord: (lower: string) => boolean = () => false,
): Candidate[] {
  if (c.last === c.first || !hasListWord(c, words) || known(c.first, c.last) !== undefined) return [c]
  // First at commas, possessives and spaced dashes; then each piece at "and", judged on that piece alone.
  const pieces = cutPieceAt(c, hardCutTest(c, words, spaced, isCommonWord)).flatMap((piece) =>
    known(piece.first, piece.last) === undefined ? cutPieceAt(piece, (k) => isAndCut(c, words, known, piece, k)) : [piece],
  )
  if (pieces.length === 1 && pieces[0]?.first === c.first && pieces[0].last === c.last) return [c]
  // A part that is a known name takes its known type ("Putin" in "Putin and Abe").
  return pieces.map((part) => {
    const type = known(part.first, part.last)
    return type === undefined ? part : { ...part, type }
  })
}

/** Retypes a multi-word candidate by its head word: "... Council" is an ORG, "... Islands" a LOC, "... Declaration" MISC. */
export function typeByHead(c: Candidate, words: readonly string[], lex: RuleLexicon): Candidate {
  if (c.last === c.first) return c
  const head = (words[c.last] ?? '').toLowerCase()
  const firstWord = (words[c.first] ?? '').toLowerCase()
  let type: EntityType | undefined
  if (lex.orgHeads.has(head)) type = 'ORG'
  else if (lex.locHeads.has(head) || lex.locHeadsBefore.has(firstWord)) type = 'LOC'
  else if (lex.miscHeads.has(head) || ROMAN.test(words[c.last] ?? '')) type = c.type === 'PERSON' ? undefined : 'MISC'
  return type === undefined || type === c.type ? c : { ...c, type }
}

/** Finds capitalised runs: capitalised words, with connectors ("of", "and") and hyphens inside. */
function capitalisedRuns(
  words: readonly string[],
  lex: RuleLexicon,
  isKnownStart: (index: number) => boolean,
  isGivenName: (word: string) => boolean,
): Array<[number, number]> {
  const runs: Array<[number, number]> = []
  let i = 0
  while (i < words.length) {
    if (!isCapitalised(words[i] ?? '') || lex.nonNames.has((words[i] ?? '').toLowerCase())) {
      i++
      continue
    }
    let j = i
    while (j + 1 < words.length) {
      const next = words[j + 1] ?? ''
      if (isCapitalised(next) && !lex.nonNames.has(next.toLowerCase())) j++
      // A month that is also a family name right after a given name ("Lina May", "Christine May").
      else if (isCapitalised(next) && lex.monthSurnames.has(next.toLowerCase()) && isGivenName(words[j] ?? '')) j++
      else if (isHyphenChar(next) && isCapitalised(words[j + 2] ?? '')) j += 2
      else if (CONNECTORS.has(next) && (next === 'of' ? isCapitalised(words[j + 2] ?? '') : isNamePart(words[j + 2] ?? '', lex))) j += 2
      // "Secretary to the Treasury X", "Envoy to Belmora X", "Minister of the Interior X": a title word's complement.
      else if (TITLE_LINKS.has(next) && lex.titleCore.has((words[j] ?? '').toLowerCase()) && isTitleTailAt(words, j + 2, lex)) j += words[j + 2] === 'the' ? 3 : 2
      // "Office for the Coordination of …", "Forces for the Liberation of …": a connector and "the" after an
      // organisation's head word, unless a known name follows ("a survey by Kessa Research for the Associated Press").
      else if (
        OF_THE.has(next) &&
        words[j + 2] === 'the' &&
        isNamePart(words[j + 3] ?? '', lex) &&
        lex.orgHeads.has((words[j] ?? '').toLowerCase()) &&
        !isKnownStart(j + 3)
      )
        j += 3
      else if (PARTICLES.has(next) && isHyphenChar(words[j + 2] ?? '') && isCapitalised(words[j + 3] ?? '')) j += 3
      else break
    }
    runs.push([i, j])
    i = j + 1
  }
  return runs
}

/** The `miscBefore` patterns of each rule lexicon by their first word, in lexicon order (built on first use). */
const MISC_PATTERNS = new WeakMap<RuleLexicon, ReadonlyMap<string, ReadonlyArray<readonly string[]>>>()

/** Returns the lexicon's `miscBefore` patterns by first word, so a capitalised word costs one lookup, not one per pattern. */
function miscPatternsByFirst(lex: RuleLexicon): ReadonlyMap<string, ReadonlyArray<readonly string[]>> {
  let byFirst = MISC_PATTERNS.get(lex)
  if (byFirst === undefined) {
    const map = new Map<string, Array<readonly string[]>>()
    for (const pattern of lex.miscBefore) {
      const first = pattern[0] ?? ''
      const list = map.get(first)
      if (list === undefined) map.set(first, [pattern])
      else list.push(pattern)
    }
    MISC_PATTERNS.set(lex, (byFirst = map))
  }
  return byFirst
}

/** Titles joined by hyphens, their periods split off by the tokenizer ("Lt.-Gen." as "Lt." "-" "Gen"), are titles too. */
function isTitleWord(w: string, lex: RuleLexicon): boolean {
  return lex.titles.has(w) || isHyphenChar(w) || dottedTitleStems(lex.titles).has(w)
}

/** Whether a word is one hyphen or dash (-, U+2010 to U+2014): a character test, no regex run per word. */
function isHyphenChar(w: string): boolean {
  if (w.length !== 1) return false
  const c = w.charCodeAt(0)
  return c === 0x2d || (c >= 0x2010 && c <= 0x2014)
}

const dottedStems = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>()

/** The titles ending in a period, without it ("gen" for "gen."): `w` is one when `titles` has `w + '.'`, with no string built per word. */
function dottedTitleStems(titles: ReadonlySet<string>): ReadonlySet<string> {
  let stems = dottedStems.get(titles)
  if (stems === undefined) {
    stems = new Set([...titles].filter((t) => t.endsWith('.')).map((t) => t.slice(0, -1)))
    dottedStems.set(titles, stems)
  }
  return stems
}

/** Whether a word continues a title: a title word, or after a title's core word a complement word ("affairs"). */
function isInTitle(w: string, lex: RuleLexicon, afterCore: boolean): boolean {
  return isTitleWord(w, lex) || (afterCore && lex.titleComplements.has(w))
}

/**
 * Returns whether a run of plain capitalised words (no head word, no title) may be the first or last part of a name
 * joined by "and". A title alone names no one ("Justice and Equality Movement"): only a title with more words is left out.
 * (Module-level, not a closure per call: the stage runs it for every sentence.)
 */
function isPlainRun(run: [number, number] | undefined, words: readonly string[], lex: RuleLexicon, isGivenName: (word: string) => boolean): boolean {
  if (run === undefined || run[1] - run[0] > 2) return false
  const alone = run[0] === run[1]
  // A given name and more is a person ("Tomas Varga and Kessa Trade Council officials").
  if (!alone && isGivenName(words[run[0]] ?? '')) return false
  for (let k = run[0]; k <= run[1]; k++) {
    const w = (words[k] ?? '').toLowerCase()
    // An industry word alone is part of the name ("Securities and Exchange Commission").
    if ((lex.orgHeads.has(w) && !(alone && lex.orgSuffixes.has(w))) || lex.locHeads.has(w) || lex.miscHeads.has(w)) return false
    if (!alone && (lex.titles.has(w) || lex.titleCore.has(w))) return false
  }
  return true
}

/**
 * Rule candidates: names after a title ("Minister Sergey Lavrov" -> PERSON "Sergey Lavrov"),
 * and capitalised runs holding a head word ("Carnegie Moscow Center" ORG, "Kuril Islands" LOC,
 * "Treaty of Portsmouth" and "World War II" MISC). Not applied to ALL-CAPS text, where case says nothing.
 * @param isGivenName whether a word is a given name: a run opening with one is a person, never part of an organisation
 * @param isKnownStart whether a known name (dictionary or gazetteer) begins at a word: "of the" and "for the" do not
 *   join it to the name before
 * @param isUpper whether the words are a truecased ALL-CAPS line
 */
export function ruleCandidates(
  words: readonly string[],
  lex: RuleLexicon,
  isGivenName: (word: string) => boolean = () => false,
  isKnownStart: (index: number) => boolean = () => false,
  isUpper = false,
): Candidate[] {
  const out: Candidate[] = []
  const runs = capitalisedRuns(words, lex, isKnownStart, isGivenName)
  for (let r = 0; r < runs.length; r++) {
    const [a, b] = runs[r] as [number, number]
    const lower = words.slice(a, b + 1).map((w) => w.toLowerCase())
    // A title inside or before the run ("Oil Minister Ali al-Naimi", "Secretary of State Hillary Clinton",
    // "said minister Ali"): the name is what follows the last title word.
    let lastCore = -1
    for (let k = a; k <= b; k++) if (lex.titleCore.has(lower[k - a] ?? '')) lastCore = k
    const hasTitleBefore = lastCore >= 0 || lex.titleCore.has((words[a - 1] ?? '').toLowerCase())
    let t = lastCore >= 0 ? lastCore + 1 : a
    // Title words, and an "of/for" complement made of title words ("Minister of Foreign Affairs Sergey Lavrov",
    // "Minister for Home Affairs Jan Kos").
    const afterCore = lastCore >= 0
    while (
      t <= b &&
      (isInTitle(lower[t - a] ?? '', lex, afterCore) ||
        ((lower[t - a] === 'of' || lower[t - a] === 'for') && isInTitle(lower[t - a + 1] ?? '', lex, afterCore)))
    )
      t++
    // Words of the title left before the name ("Minister of Foreign Affairs Sergey Lavrov", "Minister for Home
    // Affairs Jan Kos", "President of Arvenia Jan Kos"): the name starts at the first given name after them.
    if (lastCore >= 0 && t < b && !isGivenName(words[t] ?? '')) {
      for (let p = t + 1; p < b && p <= t + MAX_TITLE_TAIL; p++) {
        if (!isGivenName(words[p] ?? '') || isKnownStart(p)) continue
        t = p
        break
      }
    }
    if (hasTitleBefore && t <= b) {
      const end = Math.min(b, t + 4)
      const span = words.slice(t, end + 1).map((w) => w.toLowerCase())
      if (!span.some((w) => lex.orgHeads.has(w) || lex.locHeads.has(w) || TITLE_LINKS.has(w) || (CONNECTORS.has(w) && !PARTICLES.has(w)))) {
        out.push({ first: t, last: end, type: 'PERSON', source: 'rule' })
        continue
      }
    }
    if (b === a && !lex.locHeadsBefore.has(lower[0] ?? '')) continue
    // The last head word decides; "Institute of International Relations" keeps its "of" tail.
    let headAt = -1
    let type: EntityType | undefined
    for (let k = b; k >= a; k--) {
      const w = lower[k - a] ?? ''
      const kind: EntityType | undefined = lex.orgHeads.has(w)
        ? 'ORG'
        : lex.locHeads.has(w)
          ? 'LOC'
          : lex.miscHeads.has(w)
            ? 'MISC'
            : undefined
      // A head may open an organisation's name when a tail follows it ("Office of the High Representative").
      // Not in a truecased ALL-CAPS line, where the run may go on into the headline's words.
      const opensOrg = !isUpper && kind === 'ORG' && k === a && k < b && OF_THE.has(lower[1] ?? '')
      if (kind !== undefined && (k > a || lex.locHeadsBefore.has(w) || kind === 'MISC' || opensOrg)) {
        headAt = k
        type = kind
        break
      }
    }
    if (ROMAN.test(words[b] ?? '') && b > a) {
      out.push({ first: a, last: b, type: 'MISC', source: 'rule' })
      continue
    }
    if (type === undefined || headAt < 0) continue
    // "of" tails name places and organisations ("Gulf of Kessa"), "for" and "on" tails only organisations ("Council for
    // Peace", "Authority on Development").
    const tail = lower[headAt + 1 - a]
    const tailIsOf = headAt < b && (tail === 'of' || ((tail === 'for' || tail === 'on') && type === 'ORG'))
    // A head that opens the name ("Mount Kessa", "Lake Dorn") names all of the run after it.
    let end = tailIsOf || (headAt === a && lex.locHeadsBefore.has(lower[0] ?? '')) ? b : headAt
    // A tail ends before a given name and more that is no known place: "Governor of the Bank of Kessa Tomas Varga"
    // names a person after the bank ("Trust Co of Georgia", "Kessa Inc of Trenton" keep their places).
    if (tailIsOf) {
      for (let k = headAt + 2; k <= end; k++) {
        if (k === end || !isGivenName(words[k] ?? '') || isKnownStart(k)) continue
        out.push({ first: k, last: end, type: 'PERSON', source: 'rule' })
        end = k - 1
        while (end > headAt && (CONNECTORS.has(lower[end - a] ?? '') || AND_WORDS.has(lower[end - a] ?? ''))) end--
        break
      }
    }
    if (end === a && !lex.locHeadsBefore.has(lower[0] ?? '')) continue
    // An organisation named with "and" ("Food and Drug Administration", "Group for Preaching and Combat"):
    // a plain run before the joiner belongs to it, and so does a plain run after an "of/for" tail.
    let first = a
    // A name is not an organisation's before "of" when no head word precedes it ("Tomas Varga of Kessa Holdings Inc").
    for (let k = a + 1; k < headAt; k++) {
      if (lower[k - a] !== 'of') continue
      const headless = lower.slice(0, k - a).every((w) => !lex.orgHeads.has(w) && !lex.locHeads.has(w) && !lex.miscHeads.has(w))
      if (headless) first = k + 1
      break
    }
    const prev = runs[r - 1]
    const next = runs[r + 1]
    if (type === 'ORG' && first === a && prev !== undefined && prev[1] === a - 2 && AND_WORDS.has(words[a - 1] ?? '') && isPlainRun(prev, words, lex, isGivenName)) first = prev[0]
    if (type === 'ORG' && tailIsOf && next !== undefined && next[0] === b + 2 && AND_WORDS.has(words[b + 1] ?? '') && isPlainRun(next, words, lex, isGivenName)) end = next[1]
    out.push({ first, last: end, type, source: 'rule' })
  }
  const miscByFirst = miscPatternsByFirst(lex)
  for (let i = 0; i < words.length; i++) {
    // "Treaty of X", "Battle of X": a MISC that begins lowercase-free with its pattern.
    if (!isCapitalised(words[i] ?? '')) continue
    const patterns = miscByFirst.get((words[i] ?? '').toLowerCase())
    if (patterns === undefined) continue
    for (const pattern of patterns) {
      const matches = pattern.every((p, k) => (words[i + k] ?? '').toLowerCase() === p)
      const after = i + pattern.length
      if (!matches || !isCapitalised(words[i] ?? '') || !isCapitalised(words[after] ?? '')) continue
      let end = after
      while (isCapitalised(words[end + 1] ?? '')) end++
      out.push({ first: i, last: end, type: 'MISC', source: 'rule' })
    }
  }
  return out
}

/** Extends a LOC region name by a following "region"/"area" word ("Asia-Pacific region"). */
export function extendRegion(c: Candidate, words: readonly string[], lex: RuleLexicon): Candidate {
  if (c.type !== 'LOC') return c
  // Only compound region names ("Asia-Pacific") need the noun; "Darfur region" names Darfur.
  const isCompound = words.slice(c.first, c.last + 1).some((w) => isHyphenChar(w))
  const next = (words[c.last + 1] ?? '').toLowerCase()
  return isCompound && lex.regionWordsAfter.has(next) ? { ...c, last: c.last + 1 } : c
}

/** Drops a leading "The" from a known name when the rest is a known name too ("The Netherlands"). */
export function dropKnownArticle(c: Candidate, words: readonly string[], known: (first: number, last: number) => unknown): Candidate {
  if (c.last === c.first || (words[c.first] ?? '').toLowerCase() !== 'the') return c
  return known(c.first + 1, c.last) === undefined ? c : { ...c, first: c.first + 1 }
}

/**
 * Splits a hyphenated compound of known places or peoples ("Moscow-Tokyo", "Russian-Japanese") into its parts,
 * each typed by what is known about it. A compound that is itself a known name stays whole.
 * @param known returns the type of a known name spanning exactly `[first, last]`, if any
 */
export function splitCompound(
  c: Candidate,
  words: readonly string[],
  known: (first: number, last: number) => EntityType | undefined,
): Candidate[] {
  if (c.last - c.first < 2 || known(c.first, c.last) !== undefined) return [c]
  const parts: Array<[number, number]> = []
  let start = c.first
  for (let k = c.first; k <= c.last; k++) {
    if (isHyphenChar(words[k] ?? '')) {
      parts.push([start, k - 1])
      start = k + 1
    }
  }
  if (parts.length === 0) return [c]
  parts.push([start, c.last])
  const typed = parts.map(([a, b]) => ({ a, b, type: b >= a ? known(a, b) : undefined }))
  if (typed.some((p) => p.type === undefined || !['GPE', 'NORP', 'LOC'].includes(p.type))) return [c]
  return typed.map((p) => ({ first: p.a, last: p.b, type: p.type ?? c.type, source: c.source }))
}
