// Tests for the wink reader: remembered lemmas are wink's own, and the columns match the token objects.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'
import { analyzeWithWink, readWinkColumns, rememberLemmas } from './wink.js'

const SENTENCES = [
  'Arvenia won\u2019t meet Belmora; its ministers were meeting, met and will meet again.',
  'The envoys hid the boxes, hiding the knives and the wolves in the churches of Vell.',
  'Belmora\u2019s flies and ladies studied the oxen, the mice and the biggest, better geese.',
  'Stocks rose 3 pct; analysts said shares fell, falling further as traders sold.',
]

test('gives the lemmas wink gives without remembering them, also on a second reading', () => {
  const plain = winkNLP(model, ['sbd', 'pos'])
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const lemmaOf = plain.its.lemma as never
  for (const round of [1, 2]) {
    for (const sentence of SENTENCES) {
      const expected: string[] = plain.readDoc(sentence).tokens().out(lemmaOf)
      const columns = readWinkColumns(sentence)
      // Single spaces only: wink makes no whitespace tokens, so the two lists line up.
      assert.deepEqual(columns.lemmas, expected, `${round}: ${sentence}`)
    }
  }
})

test('calls the lemmatizer once per POS tag and word', () => {
  const calls: string[] = []
  const lemmatize = rememberLemmas((value, pos) => {
    calls.push(`${value}/${pos}`)
    return value.replace(/s$/, '')
  })
  assert.equal(lemmatize('boxes', 'NOUN', null), 'boxe')
  assert.equal(lemmatize('boxes', 'NOUN', null), 'boxe')
  assert.equal(lemmatize('boxes', 'VERB', null), 'boxe')
  assert.deepEqual(calls, ['boxes/NOUN', 'boxes/VERB'])
})

test('reads the same tokens into columns as into objects', () => {
  for (const sentence of SENTENCES) {
    const columns = readWinkColumns(sentence)
    const analysis = analyzeWithWink(sentence)
    assert.equal(analysis.tokens.length, columns.count)
    analysis.tokens.forEach((token, k) => {
      assert.deepEqual(
        [token.start, token.end, token.pos, token.lemma, token.isNegationWord],
        [columns.starts[k], columns.ends[k], columns.pos[k], columns.lemmas[k], columns.isNegation[k] === 1],
      )
      assert.ok(sentence.slice(token.start, token.end).trim() !== '')
    })
    assert.deepEqual(analysis.sentences, columns.sentences)
  }
})
