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

/** Token surfaces of a text as the reader gives them. */
function surfaces(text: string): string[] {
  const c = readWinkColumns(text)
  const out: string[] = []
  for (let k = 0; k < c.count; k++) out.push(text.slice(c.starts[k], c.ends[k]))
  return out
}

test('splits a possessive the same way whatever was read before (wink learns words it has seen)', () => {
  // Seen first before a full stop, wink keeps "Quelloria's" whole and remembers it as a word.
  assert.deepEqual(surfaces('They met in Quelloria\u2019s. It was Quelloria\'s.').slice(-3), ['Quelloria', "'s", '.'])
  assert.deepEqual(surfaces("Quelloria's army crossed."), ['Quelloria', "'s", 'army', 'crossed', '.'])
  assert.deepEqual(surfaces('Quelloria\u2019s army crossed.'), ['Quelloria', '\u2019s', 'army', 'crossed', '.'])
})

test('gives the split possessive its own POS and keeps sentences whole', () => {
  const text = "The month's end came. Arvenia's envoy left."
  const c = readWinkColumns(text)
  const byText = new Map<string, string>()
  for (let k = 0; k < c.count; k++) byText.set(text.slice(c.starts[k], c.ends[k]), c.pos[k] ?? '')
  assert.equal(byText.get("'s"), 'PART')
  assert.equal(byText.get('month'), 'NOUN')
  assert.equal(c.sentences.length, 2)
  assert.equal(c.sentences[1]?.last, c.count - 1)
})

test('leaves contractions, names with an apostrophe and plural possessives as wink gives them', () => {
  assert.deepEqual(surfaces("It's O'Neil."), ['It', "'s", "O'Neil", '.'])
  assert.deepEqual(surfaces("The envoys' car."), ['The', 'envoys', "'", 'car', '.'])
})
