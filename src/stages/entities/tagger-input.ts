// Builds the tagger's view of a sentence: words, POS, gazetteer hits and word-list classes.
import type { NameMatcher, KnownName, NameStarts } from './name-matcher.js'
import { capClass, type TaggerInput } from './features.js'
import { detachString } from './strings.js'
import type { NerGazetteer, NerLexicon } from './resources.js'

/** Word-list lookups for one lexicon. */
export interface WordClasses {
  /**
   * Returns the classes of a lowercase word joined by '|', or ''.
   * @param cap the word's capitalisation class (see `capClass`): the `first` class needs a capital
   */
  classOf(lower: string, cap?: string): string
}

/** Given names for the `first` word class, and the words that are mostly common words ("Will", "Mark"). */
export interface FirstNameClass {
  /** Lowercase given names. */
  readonly names: ReadonlySet<string>
  /** Returns whether a lowercase word is mostly written in lowercase (such names get no `first` class). */
  readonly isCommon: (lower: string) => boolean
}

/**
 * Indexes the lexicon's word lists into per-word classes (title, org head, location head, ...), and, when given,
 * `first` for a capitalised given name that is not mostly a common word ("Tomas", not "Will").
 */
export function buildWordClasses(lexicon: NerLexicon, firstNames?: FirstNameClass): WordClasses {
  const classes = new Map<string, string[]>()
  const add = (words: readonly string[], name: string): void => {
    for (const w of words) {
      const list = classes.get(w) ?? []
      if (!list.includes(name)) list.push(name)
      classes.set(w, list)
    }
  }
  add(lexicon.titles, 'title')
  add(lexicon.titleCore, 'title-core')
  add(lexicon.orgHeads, 'org-head')
  add(lexicon.locHeads, 'loc-head')
  add(lexicon.miscHeads, 'misc-head')
  const joined = new Map([...classes].map(([w, list]) => [w, list.join('|')]))
  const capitalised = new Map<string, string>()
  for (const name of firstNames?.names ?? []) {
    if (firstNames?.isCommon(name) === true) continue
    const other = joined.get(name)
    capitalised.set(name, other === undefined ? 'first' : `${other}|first`)
  }
  return { classOf: (lower, cap) => (cap === 'title' ? capitalised.get(lower) : undefined) ?? joined.get(lower) ?? '' }
}

/** Lists the gazetteer's names (and the lexicon's regions) as known names of rank 1. */
export function gazetteerNames(gazetteer: NerGazetteer, lexicon: NerLexicon): KnownName[] {
  const out: KnownName[] = []
  for (const [category, names] of Object.entries(gazetteer.names)) {
    for (const text of names) out.push({ text, category, rank: 1 })
  }
  for (const text of lexicon.regions) out.push({ text, category: 'LOC', rank: 1 })
  return out
}

/**
 * What the stage needs of one word: lowercase form, capitalisation class, word-list classes, names it begins,
 * and `extra`, whatever the cache's owner computes per word (the tagger's word entry).
 */
export interface WordFacts<T = undefined> {
  readonly lower: string
  /** Capitalisation class (see `capClass`). */
  readonly cap: string
  /** Word-list classes joined by '|', or ''. */
  readonly classes: string
  /** `startsOf` the lowercase word in each of the cache's matchers, in their order. */
  readonly starts: ReadonlyArray<NameStarts | undefined>
  readonly extra: T
}

const WORD_CACHE_LIMIT = 100_000

/**
 * Remembers the lowercase form, capitalisation class and word-list classes of words across sentences and
 * documents (bounded), so a sentence's tagger input is mostly lookups.
 */
export class WordFactsCache<T = undefined> {
  private readonly facts = new Map<string, WordFacts<T>>()

  /**
   * Builds an empty cache over one lexicon's word classes.
   * @param matchers name matchers whose `startsOf` each word's facts keep
   * @param extraOf computes the `extra` of a word
   */
  constructor(
    private readonly classes: WordClasses,
    private readonly matchers: readonly NameMatcher[] = [],
    private readonly extraOf: (word: string) => T = () => undefined as T,
  ) {}

  /** Returns the facts of a word, computing them on first sight. */
  factsOf(word: string): WordFacts<T> {
    let facts = this.facts.get(word)
    if (facts === undefined) {
      // Kept for long: a copy, not a view into the article the word came from.
      word = detachString(word)
      const lower = detachString(word.toLowerCase())
      const starts = this.matchers.map((m) => m.startsOf(lower))
      const cap = capClass(word)
      facts = { lower, cap, classes: this.classes.classOf(lower, cap), starts, extra: this.extraOf(word) }
      if (this.facts.size >= WORD_CACHE_LIMIT) this.facts.clear()
      this.facts.set(word, facts)
    }
    return facts
  }

  /** Returns the facts of every word of a sentence. */
  factsOfAll(words: readonly string[]): Array<WordFacts<T>> {
    const out = new Array<WordFacts<T>>(words.length)
    for (let i = 0; i < words.length; i++) out[i] = this.factsOf(words[i] ?? '')
    return out
  }

  /**
   * Returns the facts of every word of a sentence with, in the same pass, each word's `startsOf` in every followed
   * matcher (in the matchers' order) and its `extra`: what `factsOfAll`, `startsIn` and a map over `extra` give.
   */
  sentenceFacts(words: readonly string[]): SentenceFacts<T> {
    const length = words.length
    const facts = new Array<WordFacts<T>>(length)
    const extras = new Array<T>(length)
    for (let i = 0; i < length; i++) {
      const f = this.factsOf(words[i] ?? '')
      facts[i] = f
      extras[i] = f.extra
    }
    const starts: Array<Array<NameStarts | undefined>> = []
    for (let k = 0; k < this.matchers.length; k++) {
      const list = new Array<NameStarts | undefined>(length)
      for (let i = 0; i < length; i++) list[i] = (facts[i] as WordFacts<T>).starts[k]
      starts.push(list)
    }
    return { facts, extras, starts }
  }

  /** Returns the facts' `startsOf` in a matcher, or undefined when the cache does not follow that matcher. */
  startsIn(facts: ReadonlyArray<WordFacts<T>>, matcher: NameMatcher): Array<NameStarts | undefined> | undefined {
    const k = this.matchers.indexOf(matcher)
    if (k < 0) return undefined
    const out = new Array<NameStarts | undefined>(facts.length)
    for (let i = 0; i < facts.length; i++) out[i] = facts[i]?.starts[k]
    return out
  }
}

/** A sentence's word facts, with their `startsOf` per followed matcher and their `extra`s (`WordFactsCache.sentenceFacts`). */
export interface SentenceFacts<T> {
  readonly facts: Array<WordFacts<T>>
  readonly extras: T[]
  /** By matcher, in the order the cache follows them: each word's `startsOf`. */
  readonly starts: Array<Array<NameStarts | undefined>>
}

/**
 * Returns whether a sentence is written in capitals, from its words' capitalisation classes: as
 * `isUpperSentence`, more than 80% of at least two words with letters are all capitals.
 */
export function isUpperFacts(facts: ReadonlyArray<WordFacts<unknown>>): boolean {
  let upper = 0
  let letters = 0
  for (const f of facts) {
    if (f.cap === 'num' || f.cap === 'sym') continue
    letters++
    if (f.cap === 'upper' || f.cap === 'init') upper++
  }
  return letters >= 2 && upper / letters > 0.8
}

const HIT_LABELS = new Map<string, readonly [string, string]>()

/** The gazetteer feature values of a category: at the first token of a hit, and inside it. */
function hitLabels(category: string): readonly [string, string] {
  let labels = HIT_LABELS.get(category)
  if (labels === undefined) {
    labels = [`${category}:B`, `${category}:I`]
    HIT_LABELS.set(category, labels)
  }
  return labels
}

/**
 * Builds the tagger input for one sentence. Gazetteer matching ignores case: the model weighs case itself.
 * @param cache word facts remembered across calls (optional: without it every word is computed afresh)
 */
export function buildTaggerInput(
  words: readonly string[],
  pos: readonly string[],
  matcher: NameMatcher,
  classes: WordClasses,
  cache: WordFactsCache<unknown> = new WordFactsCache(classes),
): TaggerInput {
  const facts = cache.factsOfAll(words)
  return taggerInputFromFacts(words, pos, facts, matcher, cache.startsIn(facts, matcher))
}

/**
 * Builds the tagger input for one sentence from its words' facts (see `buildTaggerInput`).
 * @param starts `matcher.startsOf` each word, when known
 */
export function taggerInputFromFacts(
  words: readonly string[],
  pos: readonly string[],
  facts: ReadonlyArray<WordFacts<unknown>>,
  matcher: NameMatcher,
  starts?: ReadonlyArray<NameStarts | undefined>,
): TaggerInput {
  const length = words.length
  const lower = new Array<string>(length)
  const caps = new Array<string>(length)
  const wordClasses = new Array<string>(length)
  const gazetteer = new Array<string>(length)
  for (let i = 0; i < length; i++) {
    const f = facts[i] as WordFacts<unknown>
    lower[i] = f.lower
    caps[i] = f.cap
    wordClasses[i] = f.classes
    gazetteer[i] = ''
  }
  for (const hit of matcher.find(words, undefined, lower, starts)) {
    const [begin, inside] = hitLabels(hit.name.category)
    for (let k = hit.first; k <= hit.last; k++) gazetteer[k] = k === hit.first ? begin : inside
  }
  return { words, pos, gazetteer, lower, caps, classes: wordClasses }
}

