// The entities stage: named entities from a trained tagger merged with the actor dictionary, a gazetteer and rules.
import { makeId, matchText, type Entity, type EntityType, type Token } from '../../core/index.js'
import { defineStage } from '../../pipeline/index.js'
import { hitsToCandidates, mergeCandidates, type Candidate, type CandidateSource } from './candidates.js'
import { NameMatcher, type KnownName, type NameHit } from './name-matcher.js'
import { buildPlaceNounLexicon, placeNounCandidates } from './place-nouns.js'
import { loadNerGazetteer, loadNerLexicon, loadTagger, loadTaggerModel, taggerWordClasses } from './resources.js'
import { applyDocumentConsistency, type SentenceCandidates } from './consistency.js'
import {
  buildRuleLexicon,
  dropKnownArticle,
  dropPartyInitial,
  dropTitleTail,
  extendHyphenatedName,
  extendInitials,
  extendNameArticle,
  extendRegion,
  isCapitalised,
  isTitleComplement,
  joinPersonParts,
  ruleCandidates,
  splitAtLists,
  splitCompound,
  trimCandidate,
  typeByHead,
} from './rules.js'
import { buildTaggerInput, gazetteerNames, isUpperFacts, taggerInputFromFacts, WordFactsCache } from './tagger-input.js'
import { acronymCandidates, applyDocumentAcronyms } from './acronyms.js'
import { applyOrgConsistency, orgFormWords, type OrgFormWords } from './org-short-forms.js'
import { applyWireBrackets } from './wire-brackets.js'
import { applyCapsLineTypes } from './caps-lines.js'
import { applyTitleCaseLines, type TitleCaseWords } from './title-case-lines.js'
import { datelineCandidates } from './datelines.js'
import { retypeFaithGroup } from './faith-groups.js'
import { isHardWrapped } from './line-wraps.js'
import { dropRegionBeforePeople } from './region-peoples.js'
import { retypeSpeaker } from './speakers.js'
import { retypeTitleQualifier } from './title-qualifiers.js'
import { countriesByDemonym, loadSportsLexicon } from './sports-lexicon.js'
import { applySportsTeams, type SportsWordTests } from './sports-teams.js'

export { Tagger } from './tagger.js'
export { loadTagger, loadTaggerModel } from './resources.js'

/**
 * Splits tagger spans at a colon, which no name holds ("LIND: Belmora will …" in a transcript, "Lind: Arvenia Must …"
 * in a headline): each side is a candidate of its own (a known name on one side is retyped later).
 */
function splitAtColons(spans: Candidate[], words: readonly string[]): Candidate[] {
  if (!spans.some((c) => hasColon(c, words))) return spans
  const out: Candidate[] = []
  for (const c of spans) {
    if (!hasColon(c, words)) {
      out.push(c)
      continue
    }
    let from = c.first
    for (let k = c.first; k <= c.last + 1; k++) {
      if (k <= c.last && words[k] !== ':') continue
      if (k > from) out.push({ ...c, first: from, last: k - 1 })
      from = k + 1
    }
  }
  return out
}

/** Whether a candidate's words hold a colon. */
function hasColon(c: Candidate, words: readonly string[]): boolean {
  for (let k = c.first; k <= c.last; k++) if (words[k] === ':') return true
  return false
}

/**
 * Extends a known organisation over the legal form written after it ("Bear Stearns & Co Inc", "Vell Marine Ltd"):
 * "&"/"and" before a form, then forms as written ("Co", "Inc.", "CORP").
 */
function withCompanyForms(c: Candidate, words: readonly string[], forms: Pick<OrgFormWords, 'isCompanyFormWord'>): Candidate {
  if (c.type !== 'ORG') return c
  let last = c.last
  for (;;) {
    const next = words[last + 1] ?? ''
    if ((next === '&' || next === 'and') && forms.isCompanyFormWord(words[last + 2] ?? '')) last += 2
    else if (forms.isCompanyFormWord(next)) last += 1
    else break
  }
  return last === c.last ? c : { ...c, last }
}

/** A name the stage must recognise, as the actor dictionary lists them. */
export interface EntityName {
  readonly text: string
  readonly type: EntityType
  /** True for a country's or a region's (state, province) name, which never stands for a person of that surname. */
  readonly isCountryOrRegion?: boolean
}

/** Options of the entities stage. */
export interface EntitiesOptions {
  /** Names from the actor dictionary (countries, cities, demonyms, people, organisations, metonyms). */
  readonly names: ReadonlyArray<EntityName>
  /** Model file in models/ner (defaults to the shipped one). */
  readonly model?: string
}

/** Where the word facts keep their `startsOf` in the feature matcher and in the known-name matcher (their order in `WordFactsCache`). */
const FEATURE_STARTS = 0
const KNOWN_STARTS = 1

const CONFIDENCE: Record<CandidateSource, number> = { dictionary: 0.95, rule: 0.7, model: 0.8, gazetteer: 0.6 }

/** Returns whether `text[from, to)` holds a line break. */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true
  return false
}

/** One line of a sentence as the stage reads it: its tokens, their surfaces, POS and spacing. */
interface SentencePiece {
  readonly tokens: Token[]
  readonly words: string[]
  readonly pos: string[]
  /** Whether each token has whitespace before it. */
  readonly spaced: boolean[]
}

/**
 * Splits the tokens into sentences with one forward pass (both layers are sorted). A sentence that runs
 * over a line break is cut there: no name crosses a line, and a headline keeps its own case. In hard-wrapped
 * text (`wrapped`) lines end anywhere, so a sentence stays whole ("Tomas\nVarga" is one name).
 */
function sentencePieces(
  text: string,
  tokens: readonly Token[],
  sentences: ReadonlyArray<{ start: number; end: number }>,
  wrapped: boolean,
): SentencePiece[] {
  const pieces: SentencePiece[] = []
  let piece: SentencePiece = { tokens: [], words: [], pos: [], spaced: [] }
  let t = 0
  for (const s of sentences) {
    while (t < tokens.length && (tokens[t]?.start ?? 0) < s.start) t++
    let k = t
    while (k < tokens.length && (tokens[k]?.end ?? 0) <= s.end) {
      const token = tokens[k++] as Token
      const prev = piece.tokens[piece.tokens.length - 1]
      if (prev !== undefined && !wrapped && hasLineBreak(text, prev.end, token.start)) {
        // The piece so far is closed (inline, not a closure per document).
        if (piece.tokens.length > 0) pieces.push(piece)
        piece = { tokens: [], words: [], pos: [], spaced: [] }
      }
      piece.spaced.push(piece.tokens.length > 0 && token.start > (prev?.end ?? token.start))
      piece.tokens.push(token)
      piece.words.push(text.slice(token.start, token.end))
      piece.pos.push(token.pos)
    }
    t = k
    if (piece.tokens.length > 0) pieces.push(piece)
    piece = { tokens: [], words: [], pos: [], spaced: [] }
  }
  return pieces
}

/**
 * Creates the entities stage. Dictionary names are found whole-word and longest-first (short names and
 * acronyms case-sensitively), merged with the tagger's spans and rule spans.
 * @example createEntitiesStage({ names: [{ text: 'Arvenia', type: 'GPE' }, { text: 'Arvenian', type: 'NORP' }] })
 */
export function createEntitiesStage(options: EntitiesOptions) {
  const lexicon = loadNerLexicon()
  const gazetteer = loadNerGazetteer()
  const tagger = loadTagger(options.model)
  const classes = taggerWordClasses(lexicon, loadTaggerModel(options.model), tagger)
  const rules = buildRuleLexicon(lexicon)
  const placeNouns = buildPlaceNounLexicon(lexicon)
  // Regions are places (LOC) in NER terms even where the actor dictionary files them as organisations
  // because they carry a regional code ("Africa", "Latin America").
  const regions = new Set(lexicon.regions)
  const countryNames = new Set(options.names.filter((n) => n.isCountryOrRegion === true).map((n) => n.text.toLowerCase()))
  const dictionaryNames: KnownName[] = options.names.map((n) => ({
    text: n.text,
    category: n.type === 'ORG' && regions.has(n.text.toLowerCase()) ? 'LOC' : n.type,
    rank: 0,
  }))
  const gazetteerList = gazetteerNames(gazetteer, lexicon)
  // Features see both the gazetteer and the dictionary, so invented names get the context of known places.
  const featureMatcher = new NameMatcher([...dictionaryNames, ...gazetteerList])
  // Dictionary names (rank 0) and gazetteer places (rank 1) in one matcher; cities only inform the tagger.
  const knownMatcher = new NameMatcher([...dictionaryNames, ...gazetteerList.filter((n) => n.category !== 'CITY')])
  const placeKinds = new Set([...lexicon.placeNouns.LOC, ...lexicon.placeNouns.GPE])
  /**
   * Cuts a dictionary place with a lowercase word at an edge ("Varda province", "mainland Arvenia") to the known
   * place of the same type inside it, as the tagger's spans are cut. Other names keep their words ("Kessa refugee
   * agency" may name another body than "Kessa").
   */
  const dropKnownDescriptor = (c: Candidate, words: readonly string[]): Candidate => {
    if (c.type !== 'GPE' && c.type !== 'LOC') return c
    let first = c.first
    let last = c.last
    while (first < last && !isCapitalised(words[first] ?? '')) first++
    while (last > first && placeKinds.has(words[last] ?? '')) last--
    if (first === c.first && last === c.last) return c
    const core = words.slice(first, last + 1)
    const hit = knownMatcher.find(core, (h) => isCapitalised(core[h.first] ?? ''))[0]
    const whole = hit !== undefined && hit.first === 0 && hit.last === core.length - 1 && hit.name.category === c.type
    return whole ? { ...c, first, last } : c
  }

  /** Returns whether a lowercased word is mostly written in lowercase (the tagger's word list). */
  const isCommon = (lower: string): boolean => tagger.isCommonWord(lower)
  /** Returns whether a word is a capitalised given name (the tagger's `first` class). */
  const isGivenName = (word: string): boolean => isCapitalised(word) && classes.classOf(word.toLowerCase(), 'title').includes('first')
  // Sports teams named after places are organisations in sports text (sports-teams.ts, models/ner/sports.json).
  const sports = loadSportsLexicon(countriesByDemonym(options.names))
  const sportsPlaceKinds = new Set([...placeKinds, ...lexicon.locHeads])
  const sportsPlaces = new Set(
    [...dictionaryNames, ...gazetteerList].filter((n) => n.category === 'GPE' || n.category === 'CITY').map((n) => n.text.toLowerCase()),
  )
  const sportsTests: SportsWordTests = {
    isGivenName,
    isCommon,
    isPlaceKind: (lower) => sportsPlaceKinds.has(lower),
    isNonName: (lower) => rules.nonNames.has(lower),
    isPlaceName: (lower) => sportsPlaces.has(lower),
  }
  // One lookup per word gives its lowercase form, case class, word classes and the names it may begin.
  const wordFacts = new WordFactsCache(classes, [featureMatcher, knownMatcher], (word) => tagger.wordOf(word, false))

  /**
   * Returns whether a model span is just a capitalised word where a capital is no evidence of a name: opening
   * a sentence when it is no proper noun or is mostly written in lowercase ("Ships patrolled ..."), or right
   * after a colon when it is mostly written in lowercase ("Photo: Staff"; lists of names after a colon stay).
   */
  const isBareInitialCapital = (c: Candidate, words: readonly string[], pos: readonly string[]): boolean => {
    const at = c.first
    if (c.last !== at) return false
    const word = words[at] ?? ''
    if (word.length < 2) return false
    if (at === 0) return pos[at] !== 'PROPN' || tagger.isCommonWord(word.toLowerCase())
    return words[at - 1] === ':' && tagger.isCommonWord(word.toLowerCase())
  }

  // The sentence `findCandidates` reads, for the lookups below: made once per stage, not once per sentence.
  let sentenceWords: readonly string[] = []
  let sentenceUpper = false
  /** The current sentence's words lowercased (from the word facts), kept with its candidates for the sports pass. */
  let sentenceLower: readonly string[] = []
  const known = new Map<number, EntityType>()
  /** Word indexes where a known name of the current sentence begins. */
  const knownStarts = new Set<number>()
  /** Whether a known name of the current sentence begins at a word. */
  const isKnownStartHere = (index: number): boolean => knownStarts.has(index)
  let knownWidth = 0
  /** Whether a known name found in the current sentence counts: capitalised as the name is, or in an ALL-CAPS line. */
  const accept = (hit: NameHit): boolean => sentenceUpper || isCapitalised(sentenceWords[hit.first] ?? '') || !isCapitalised(hit.name.text)
  /** Type of the known name spanning exactly words `[a, b]` of the current sentence, if any. */
  const knownType = (a: number, b: number): EntityType | undefined => (known.size === 0 ? undefined : known.get(a * knownWidth + b))

  /** All candidates of one sentence, before merging. */
  const findCandidates = (words: readonly string[], pos: readonly string[], spaced: readonly boolean[]): Candidate[] => {
    const { facts, extras, starts } = wordFacts.sentenceFacts(words)
    const isUpper = isUpperFacts(facts)
    sentenceWords = words
    sentenceUpper = isUpper
    // ALL-CAPS lines are truecased first, so the tagger and the rules read them as running text.
    const caseWords = isUpper ? tagger.truecase(words) : words
    const input = isUpper
      ? buildTaggerInput(caseWords, pos, featureMatcher, classes, wordFacts)
      : taggerInputFromFacts(words, pos, facts, featureMatcher, starts[FEATURE_STARTS])
    // The known names are looked up in the words as written (not truecased), so their facts serve.
    const lower = isUpper ? facts.map((f) => f.lower) : input.lower
    sentenceLower = lower
    const knownHits = knownMatcher.find(words, accept, lower, starts[KNOWN_STARTS])
    // Clearing allocates a fresh table in V8: most sentences name nothing known, so an empty one is left as it is.
    if (known.size > 0) known.clear()
    const width = words.length + 1
    knownWidth = width
    if (knownStarts.size > 0) knownStarts.clear()
    for (const hit of knownHits) {
      known.set(hit.first * width + hit.last, hit.name.category as EntityType)
      knownStarts.add(hit.first)
    }

    const candidates: Candidate[] = []
    const tagged = splitAtColons(
      tagger.tagSpans(input, false, isUpper ? undefined : extras).map((s): Candidate => ({ first: s.first, last: s.last, type: s.type, source: 'model' })),
      words,
    )
    const modelSpans = joinPersonParts(tagged, caseWords)
      .filter((c) => !isBareInitialCapital(c, caseWords, pos) && !isTitleComplement(c, caseWords, rules))
      // In a truecased ALL-CAPS line a span of common words only ("BORDER DEAL") is no name.
      .filter((c) => !isUpper || caseWords.slice(c.first, c.last + 1).some((w) => w !== w.toLowerCase()))
    const ruleSpans = [
      ...ruleCandidates(caseWords, rules, isGivenName, isKnownStartHere, isUpper),
      ...placeNounCandidates(caseWords, pos, placeNouns, knownType, isCommon),
      ...(isUpper ? [] : datelineCandidates(words, knownType)),
    ]
    for (let k = 0; k < modelSpans.length + ruleSpans.length; k++) {
      const c = (k < modelSpans.length ? modelSpans[k] : ruleSpans[k - modelSpans.length]) as Candidate
      for (const piece of splitAtLists(c, caseWords, spaced, knownType, isCommon)) {
        const cut = trimCandidate(piece, caseWords, rules)
        if (cut === undefined) continue
        const trimmed = extendNameArticle(extendHyphenatedName(cut, caseWords, spaced, isCommon), caseWords, spaced)
        const typed = retypeTitleQualifier(
          retypeSpeaker(typeByHead(extendInitials(trimmed, caseWords), caseWords, rules), caseWords, rules, knownType, isCommon),
          caseWords,
          pos,
          rules,
        )
        // A span that is exactly a known name takes the known type ("Muslim" is NORP, not ORG).
        // After retyping: a tagger span that a speaker cue made a person may still open with a title's complement.
        const untitled = typed.source === 'model' ? dropTitleTail(typed, caseWords, rules, isKnownStartHere) : typed
        const knownAs = untitled.source === 'model' ? knownType(untitled.first, untitled.last) : undefined
        const retyped = knownAs === undefined ? retypeFaithGroup(untitled, caseWords, rules.faithsAndPeoples, isGivenName) : { ...untitled, type: knownAs }
        for (const part of splitCompound(dropPartyInitial(retyped, caseWords, spaced, knownType), caseWords, knownType)) {
          candidates.push(extendRegion(part, caseWords, rules))
        }
      }
    }
    const dictionaryHits = knownHits.filter((hit) => hit.name.rank === 0)
    candidates.push(
      ...hitsToCandidates(dictionaryHits, 'dictionary').map((c) =>
        withCompanyForms(extendRegion(dropKnownArticle(dropKnownDescriptor(c, words), words, knownType), words, rules), words, orgForms),
      ),
    )
    const places = knownHits.filter((hit) => hit.name.rank === 1 && (isUpper || isCapitalised(words[hit.first] ?? '')))
    candidates.push(...hitsToCandidates(places, 'gazetteer').map((c) => extendRegion(c, words, rules)))
    candidates.push(...acronymCandidates(candidates, caseWords))
    return dropRegionBeforePeople(candidates)
  }

  const orgForms = orgFormWords(lexicon, rules, isCommon, isGivenName, knownMatcher)
  // The word tests of the title-case line pass, made once per stage (not an object with a closure per document).
  const titleCaseTests: TitleCaseWords = { isCommon, isCompanyForm: orgForms.isCompanyForm, isHead: (lower) => rules.orgHeads.has(lower) || rules.locHeads.has(lower) }

  /**
   * Returns whether the words a model organisation adds to a known one inside it name a part of it
   * ("Kessa Motors" over "Kessa"): capitalised words only, none a title ("U.N. Secretary-General" is no organisation).
   */
  const namesPartOf = (words: readonly string[], outer: Candidate, inner: Candidate): boolean => {
    for (let k = outer.first; k <= outer.last; k++) {
      if (k >= inner.first && k <= inner.last) continue
      const w = words[k] ?? ''
      const lower = w.toLowerCase()
      if (!isCapitalised(w) || rules.titles.has(lower) || rules.titleCore.has(lower)) return false
    }
    return true
  }

  return defineStage({
    name: 'entities',
    version: '1',
    reads: ['normalized', 'tokens', 'sentences'],
    writes: ['entities'],
    run: (doc, ctx) => {
      const text = matchText(doc)
      const found: Array<SentenceCandidates & { tokens: Token[]; lower: readonly string[] }> = []
      for (const { tokens, words, pos, spaced } of sentencePieces(text, doc.layers.tokens ?? [], doc.layers.sentences ?? [], isHardWrapped(text))) {
        const candidates = findCandidates(words, pos, spaced)
        found.push({ tokens, words, candidates, lower: sentenceLower })
      }
      applyDocumentConsistency(found, (lower) => rules.nonNames.has(lower) || rules.titles.has(lower), (lower) => rules.familyNamesFirst.has(lower), (lower) => countryNames.has(lower), (lower) => rules.monthSurnames.has(lower))
      applyDocumentAcronyms(found)
      applyTitleCaseLines(found, titleCaseTests)
      const marked = applyWireBrackets(found, (lower) => rules.nonNames.has(lower), (lower) => isCommon(lower) || orgForms.isCompanyForm(lower))
      applyOrgConsistency(found, orgForms, marked)
      applyCapsLineTypes(found, isCommon)
      for (const sentence of found) sentence.candidates = mergeCandidates(sentence.candidates, (outer, inner) => namesPartOf(sentence.words, outer, inner))
      applySportsTeams(found, sports, sportsTests)
      const entities: Entity[] = []
      for (const sentence of found) {
        for (const c of sentence.candidates) {
          const start = sentence.tokens[c.first]?.start ?? 0
          const end = sentence.tokens[c.last]?.end ?? 0
          const span = { start, end }
          entities.push({
            id: makeId('ent', span, c.type),
            ...span,
            by: ctx.by,
            text: doc.text.slice(start, end),
            type: c.type,
            source: c.source === 'gazetteer' ? 'dictionary' : c.source,
            confidence: CONFIDENCE[c.source],
          })
        }
      }
      entities.sort((a, b) => a.start - b.start || a.end - b.end)
      return { entities }
    },
  })
}
