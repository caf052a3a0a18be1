import assert from 'node:assert/strict'
import { test } from 'node:test'
import { ConfigError } from '../../core/index.js'
import { neighbourFeatures, positionFeatures, wordFeatures } from './features.js'
import { NameMatcher } from './name-matcher.js'
import { loadNerLexicon, loadTagger, loadTaggerModel, loadWordClusters } from './resources.js'
import { buildTaggerInput, buildWordClasses } from './tagger-input.js'
import { Tagger } from './tagger.js'
import { clustersOf, type WordClusterFile, type WordClusters } from './word-clusters.js'

const classesOf = buildWordClasses(loadNerLexicon())

const file: WordClusterFile = {
  format: 'dyad-word-clusters@1',
  version: 'test',
  source: { package: 'invented', licence: 'MIT', attribution: 'none' },
  method: 'by hand',
  granularities: [2, 4],
  words: ['arvenia', 'belmora', 'minister', "'s"],
  ids: [
    [0, 0, 1, 1],
    [0, 1, 2, 3],
  ],
}

test('looks up the cluster ids of a lowercase word at each granularity, coarse to fine', () => {
  const clusters = clustersOf(file)
  const cases: Array<[string, readonly string[] | undefined]> = [
    ['arvenia', ['0', '0']],
    ['belmora', ['0', '1']],
    ['minister', ['1', '2']],
    ['’s', ['1', '3']],
    ['kessel', undefined],
    ['Arvenia', undefined],
  ]
  for (const [word, ids] of cases) assert.deepEqual(clusters.idsOf(word), ids, word)
  assert.equal(clusters.levels, 2)
})

test('gives a word its clusters, and its cluster with its case, and an unknown word none', () => {
  const clusters = clustersOf(file)
  const clusterFeatures = (word: string, isUpperText: boolean, given: WordClusters | undefined = clusters): string[] =>
    wordFeatures(word, isUpperText, given).filter((f) => f.startsWith('k'))
  assert.deepEqual(clusterFeatures('Belmora', false), ['k0=0', 'k1=1', 'kc=1_title'])
  assert.deepEqual(clusterFeatures('minister', false), ['k0=1', 'k1=2', 'kc=2_lower'])
  // In an ALL-CAPS line case says nothing, so only the clusters count.
  assert.deepEqual(clusterFeatures('MINISTER', true), ['k0=1', 'k1=2'])
  assert.deepEqual(clusterFeatures('Kessel', false), [])
  assert.deepEqual(wordFeatures('Belmora', false).filter((f) => f.startsWith('k')), [])
})

test('gives the words right beside a token their clusters, and those two away none', () => {
  const clusters = clustersOf(file)
  assert.deepEqual(neighbourFeatures('MINISTER', true, clusters).filter((f) => f.startsWith('k')), ['k0=1', 'k1=2'])
  const input = buildTaggerInput(['Arvenia', 'minister', 'Belmora', 'arvenia', 'belmora'], ['PROPN', 'NOUN', 'PROPN', 'PROPN', 'PROPN'], new NameMatcher([]), classesOf)
  const features = positionFeatures(input, 2, false, clusters).filter((f) => /^(L|R)\dk/.test(f))
  assert.deepEqual(features, ['L1k0=1', 'L1k1=2', 'L1kc=2_lower', 'R1k0=0', 'R1k1=0', 'R1kc=0_lower'])
})

test('refuses a model trained with word clusters when none are given', () => {
  const model = { ...loadTaggerModel(), wordClusters: 'word-clusters.json' }
  assert.throws(() => new Tagger(model), ConfigError)
})

test('loads the shipped word clusters with the shipped model, which uses them', () => {
  const model = loadTaggerModel()
  assert.equal(model.wordClusters, 'word-clusters.json')
  const clusters = loadWordClusters('word-clusters.json')
  assert.equal(clusters.levels, 3)
  for (const word of ['minister', 'talks', 'the', 'island']) assert.equal(clusters.idsOf(word)?.length, 3, word)
  // Cluster features carry weight: a word's rows change when its clusters are taken away.
  const withClusters = loadTagger()
  const { wordClusters: _clusters, ...plain } = model
  const without = new Tagger(plain)
  assert.notDeepEqual([...withClusters.wordOf('parliament', false).rows], [...without.wordOf('parliament', false).rows])
})
