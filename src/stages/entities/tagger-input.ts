// Builds the tagger's view of a sentence: words, POS, gazetteer hits and word-list classes.
import type { NameMatcher, KnownName } from './name-matcher.js'
import { capClass, type TaggerInput } from './features.js'
import type { NerGazetteer, NerLexicon } from './resources.js'

/** Word-list lookups for one lexicon. */
export interface WordClasses {
  /** Returns the classes of a lowercase word joined by '|', or ''. */
  classOf(lower: string): string
}

/** Indexes the lexicon's word lists into per-word classes (title, org head, location head, ...). */
export function buildWordClasses(lexicon: NerLexicon): WordClasses {
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
  return { classOf: (lower) => joined.get(lower) ?? '' }
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

/** Builds the tagger input for one sentence. Gazetteer matching ignores case: the model weighs case itself. */
export function buildTaggerInput(
  words: readonly string[],
  pos: readonly string[],
  matcher: NameMatcher,
  classes: WordClasses,
): TaggerInput {
  const gazetteer = new Array<string>(words.length).fill('')
  for (const hit of matcher.find(words)) {
    for (let k = hit.first; k <= hit.last; k++) gazetteer[k] = `${hit.name.category}:${k === hit.first ? 'B' : 'I'}`
  }
  const lower = words.map((w) => w.toLowerCase())
  return { words, pos, gazetteer, lower, caps: words.map(capClass), classes: lower.map((w) => classes.classOf(w)) }
}

