// Tests for the sentence lookups: the lazy lookup gives what grouping every sentence gives.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createDoc, type Doc } from './doc.js'
import type { Sentence, Token } from './layers/text.js'
import { findFirstEndingAfter, findFirstStartingAt } from './offsets.js'
import { createSentenceLookup, findFirstTokenEndingAfter, findSentenceAt, groupTokensBySentence } from './token-index.js'

const by = { stage: 'test', version: '1' }
const text = 'Arvenia met Belmora. Vell agreed.\n\nCorvan left.'

/** A doc whose tokens are the words and full stops of `text`, in three sentences over two paragraphs. */
function makeDoc(): Doc {
  const tokens: Token[] = [...text.matchAll(/\w+|\./g)].map((m) => ({
    id: `tok:${m.index}`,
    start: m.index,
    end: m.index + m[0].length,
    by,
    pos: m[0] === '.' ? 'PUNCT' : 'PROPN',
    lemma: m[0].toLowerCase(),
    isNegation: false,
  }))
  const spans: Array<[number, number, string]> = [
    [0, 20, 'par:0'],
    [21, 33, 'par:0'],
    [35, 47, 'par:1'],
  ]
  const sentences: Sentence[] = spans.map(([start, end, paragraphId]) => ({ id: `sen:${start}`, start, end, by, role: 'body', paragraphId }))
  return { ...createDoc(text), layers: { tokens, sentences } }
}

test('finds the same sentence and tokens as grouping every sentence, for every offset', () => {
  const doc = makeDoc()
  const grouped = groupTokensBySentence(doc)
  const lookup = createSentenceLookup(doc)
  for (let offset = -1; offset <= text.length + 1; offset++) {
    assert.deepEqual(lookup(offset), findSentenceAt(grouped, offset), `offset ${offset}`)
  }
  assert.equal(lookup(34), undefined)
  assert.deepEqual(lookup(40)?.tokens.map((t) => t.lemma), ['corvan', 'left', '.'])
})

test('slices a sentence once and returns the same object on later lookups', () => {
  const lookup = createSentenceLookup(makeDoc())
  assert.equal(lookup(1), lookup(15))
  assert.notEqual(lookup(1), lookup(22))
})

test('finds nothing in a doc without sentences', () => {
  assert.equal(createSentenceLookup(createDoc('Arvenia.'))(0), undefined)
})

test('finds the first token ending after an offset, as the search over any spans does', () => {
  const tokens = makeDoc().layers.tokens ?? []
  for (let offset = -2; offset <= text.length + 2; offset++) {
    assert.equal(findFirstTokenEndingAfter(tokens, offset), findFirstEndingAfter(tokens, offset), `offset ${offset}`)
  }
  assert.equal(findFirstTokenEndingAfter([], 3), 0)
})

test('finds the first span starting at or after an offset, as a linear scan does', () => {
  const tokens = makeDoc().layers.tokens ?? []
  for (let offset = -2; offset <= text.length + 2; offset++) {
    const linear = tokens.findIndex((t) => t.start >= offset)
    assert.equal(findFirstStartingAt(tokens, offset), linear < 0 ? tokens.length : linear, `offset ${offset}`)
  }
  assert.equal(findFirstStartingAt([], 3), 0)
})
