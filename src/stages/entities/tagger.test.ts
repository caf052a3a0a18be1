import assert from 'node:assert/strict'
import { test } from 'node:test'
import { isUpperSentence } from './features.js'
import { labelsToSpans } from './labels.js'
import { NameMatcher, nameVariants } from './name-matcher.js'
import { loadNerGazetteer, loadNerLexicon, loadTagger, loadTaggerModel, taggerWordClasses } from './resources.js'
import { buildTaggerInput, gazetteerNames } from './tagger-input.js'

const lexicon = loadNerLexicon()
const matcher = new NameMatcher(gazetteerNames(loadNerGazetteer(), lexicon))
const tagger = loadTagger()
const classes = taggerWordClasses(lexicon, loadTaggerModel(), tagger)

function tagWords(words: string[], pos: string[]): Array<[string, string]> {
  const labels = tagger.tag(buildTaggerInput(words, pos, matcher, classes), isUpperSentence(words))
  return labelsToSpans(labels).map((s) => [words.slice(s.first, s.last + 1).join(' '), s.type])
}

test('loads the shipped model and tags an invented sentence', () => {
  const words = ['Prime', 'Minister', 'Dario', 'Kessel', 'flew', 'to', 'Paris', 'on', 'Monday', '.']
  const pos = ['PROPN', 'PROPN', 'PROPN', 'PROPN', 'VERB', 'ADP', 'PROPN', 'ADP', 'PROPN', 'PUNCT']
  const found = tagWords(words, pos)
  assert.ok(found.some(([text, type]) => text.endsWith('Dario Kessel') && type === 'PERSON'), JSON.stringify(found))
  assert.ok(found.some(([text, type]) => text === 'Paris' && type === 'GPE'), JSON.stringify(found))
  assert.ok(!found.some(([text]) => text === 'Monday'))
})

test('reads BIO labels as spans and ignores a stray I- label type change', () => {
  assert.deepEqual(labelsToSpans(['B-GPE', 'O', 'B-PERSON', 'I-PERSON', 'I-ORG']), [
    { first: 0, last: 0, type: 'GPE' },
    { first: 2, last: 3, type: 'PERSON' },
    { first: 4, last: 4, type: 'ORG' },
  ])
})

test('matches short names with their exact case and long names longest first', () => {
  const m = new NameMatcher([
    { text: 'US', category: 'GPE', rank: 0 },
    { text: 'Port Amsel', category: 'GPE', rank: 0 },
    { text: 'Port Amsel Harbour', category: 'LOC', rank: 0 },
  ])
  const hits = (words: string[]): string[] => m.find(words).map((h) => `${words.slice(h.first, h.last + 1).join(' ')}:${h.name.category}`)
  assert.deepEqual(hits(['the', 'US', 'and', 'us']), ['US:GPE'])
  assert.deepEqual(hits(['in', 'Port', 'Amsel', 'Harbour', 'and', 'Port', 'Amsel']), ['Port Amsel Harbour:LOC', 'Port Amsel:GPE'])
})

test('matches a hyphenated name both as split tokens and with its hyphenated word kept whole', () => {
  const m = new NameMatcher([{ text: 'Council for Peace and Co-operation in Varda', category: 'ORG', rank: 0 }, { text: 'Asia-Pacific', category: 'LOC', rank: 0 }])
  const hits = (words: string[]): string[] => m.find(words).map((h) => words.slice(h.first, h.last + 1).join(' '))
  assert.deepEqual(hits(['the', 'Council', 'for', 'Peace', 'and', 'Co-operation', 'in', 'Varda']), ['Council for Peace and Co-operation in Varda'])
  assert.deepEqual(hits(['the', 'Council', 'for', 'Peace', 'and', 'Co', '-', 'operation', 'in', 'Varda']), ['Council for Peace and Co - operation in Varda'])
  assert.deepEqual(hits(['the', 'Asia', '-', 'Pacific', 'region']), ['Asia - Pacific'])
  assert.deepEqual(nameVariants('Asia-Pacific'), [['Asia', '-', 'Pacific'], ['Asia-Pacific']])
  assert.deepEqual(nameVariants('Port Amsel'), [['Port', 'Amsel']])
})

test('scores a word from its value blocks exactly as from its feature strings', () => {
  const words = ['Arvenia', 'arvenian', 'ARVENIA', 'Varga', 'the', 'The', 'US', 'U.S.', 'a', 'of', 'Kessel-Amsel', 'McCain', '1996', '3.5', '-', '’s', 'Éire', 'minister', 'talks', 'Belmora']
  for (const isUpperText of [false, true]) {
    for (const word of words) {
      const fromBlocks = [...tagger.wordOf(word, isUpperText).rows]
      assert.deepEqual(fromBlocks, [...tagger.wordRowsFromStrings(word, isUpperText)], `${word} (upper text: ${isUpperText})`)
    }
  }
  // A word the model knows must score something, so the comparison above cannot pass on empty rows alone.
  assert.ok(tagger.wordOf('minister', false).rows.some((v) => v !== 0))
})
