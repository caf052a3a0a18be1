// The entities stage: named entities from a trained tagger merged with the actor dictionary, a gazetteer and rules.
import { makeId, matchText, type Entity, type EntityType, type Token } from '../../core/index.js'
import { defineStage } from '../../pipeline/index.js'
import { hitsToCandidates, mergeCandidates, type Candidate, type CandidateSource } from './candidates.js'
import { isUpperSentence } from './features.js'
import { labelsToSpans } from './labels.js'
import { NameMatcher, type KnownName, type NameHit } from './name-matcher.js'
import { loadNerGazetteer, loadNerLexicon, loadTaggerModel } from './resources.js'
import { buildRuleLexicon, extendRegion, isCapitalised, ruleCandidates, splitCompound, trimCandidate, typeByHead } from './rules.js'
import { buildTaggerInput, buildWordClasses, gazetteerNames } from './tagger-input.js'
import { Tagger } from './tagger.js'

export { Tagger } from './tagger.js'
export { loadTaggerModel } from './resources.js'

/** A name the stage must recognise, as the actor dictionary lists them. */
export interface EntityName {
  readonly text: string
  readonly type: EntityType
}

/** Options of the entities stage. */
export interface EntitiesOptions {
  /** Names from the actor dictionary (countries, cities, demonyms, people, organisations, metonyms). */
  readonly names: ReadonlyArray<EntityName>
  /** Model file in models/ner (defaults to the shipped one). */
  readonly model?: string
}

const CONFIDENCE: Record<CandidateSource, number> = { dictionary: 0.95, rule: 0.7, model: 0.8, gazetteer: 0.6 }

/** Finds the tokens of each sentence with one forward pass (both layers are sorted). */
function* sentenceTokens(tokens: readonly Token[], sentences: ReadonlyArray<{ start: number; end: number }>): Generator<Token[]> {
  let t = 0
  for (const s of sentences) {
    while (t < tokens.length && (tokens[t]?.start ?? 0) < s.start) t++
    const out: Token[] = []
    let k = t
    while (k < tokens.length && (tokens[k]?.end ?? 0) <= s.end) out.push(tokens[k++] as Token)
    t = k
    yield out
  }
}

/**
 * Creates the entities stage. Dictionary names are found whole-word and longest-first (short names and
 * acronyms case-sensitively), merged with the tagger's spans and rule spans.
 * @example createEntitiesStage({ names: [{ text: 'Arvenia', type: 'GPE' }, { text: 'Arvenian', type: 'NORP' }] })
 */
export function createEntitiesStage(options: EntitiesOptions) {
  const lexicon = loadNerLexicon()
  const gazetteer = loadNerGazetteer()
  const tagger = new Tagger(loadTaggerModel(options.model))
  const classes = buildWordClasses(lexicon)
  const rules = buildRuleLexicon(lexicon)
  const dictionaryNames: KnownName[] = options.names.map((n) => ({ text: n.text, category: n.type, rank: 0 }))
  const gazetteerList = gazetteerNames(gazetteer, lexicon)
  // Features see both the gazetteer and the dictionary, so invented names get the context of known places.
  const featureMatcher = new NameMatcher([...dictionaryNames, ...gazetteerList])
  const dictionaryMatcher = new NameMatcher(dictionaryNames)
  const placeMatcher = new NameMatcher(gazetteerList.filter((n) => n.category !== 'CITY'))
  const knownMatcher = new NameMatcher([...dictionaryNames, ...gazetteerList.filter((n) => n.category !== 'CITY')])

  return defineStage({
    name: 'entities',
    version: '1',
    reads: ['normalized', 'tokens', 'sentences'],
    writes: ['entities'],
    run: (doc, ctx) => {
      const text = matchText(doc)
      const entities: Entity[] = []
      const sentences = doc.layers.sentences ?? []
      const tokens = doc.layers.tokens ?? []
      for (const sentenceToks of sentenceTokens(tokens, sentences)) {
        if (sentenceToks.length === 0) continue
        const words = sentenceToks.map((t) => text.slice(t.start, t.end))
        const isUpper = isUpperSentence(words)
        const accept = (hit: NameHit): boolean => {
          const entry = hit.name.text
          const w = words[hit.first] ?? ''
          return isUpper || isCapitalised(w) || !isCapitalised(entry)
        }
        const input = buildTaggerInput(
          words,
          sentenceToks.map((t) => t.pos),
          featureMatcher,
          classes,
        )
        const known = new Map<string, EntityType>()
        for (const hit of knownMatcher.find(words, accept)) known.set(`${hit.first}:${hit.last}`, hit.name.category as EntityType)
        const knownType = (a: number, b: number): EntityType | undefined => known.get(`${a}:${b}`)

        const candidates: Candidate[] = []
        const modelSpans = labelsToSpans(tagger.tag(input, isUpper)).map(
          (s): Candidate => ({ first: s.first, last: s.last, type: s.type, source: 'model' }),
        )
        const ruleSpans = isUpper ? [] : ruleCandidates(words, rules)
        for (const c of [...modelSpans, ...ruleSpans]) {
          const trimmed = trimCandidate(c, words, rules)
          if (trimmed === undefined) continue
          for (const part of splitCompound(typeByHead(trimmed, words, rules), words, knownType)) {
            candidates.push(extendRegion(part, words, rules))
          }
        }
        candidates.push(...hitsToCandidates(dictionaryMatcher.find(words, accept), 'dictionary').map((c) => extendRegion(c, words, rules)))
        const places = placeMatcher.find(words, (hit) => accept(hit) && (isUpper || isCapitalised(words[hit.first] ?? '')))
        candidates.push(...hitsToCandidates(places, 'gazetteer').map((c) => extendRegion(c, words, rules)))

        for (const c of mergeCandidates(candidates)) {
          const start = sentenceToks[c.first]?.start ?? 0
          const end = sentenceToks[c.last]?.end ?? 0
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
