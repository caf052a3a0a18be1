// Tests for foldKey: names that need no folding come back unchanged, the others are folded.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { foldKey } from './drafts.js'

test('folds curly quotes and stray whitespace, and leaves clean names alone', () => {
  const cases: Array<[string, string]> = [
    ['Ilse Brandt', 'Ilse Brandt'],
    ['Arvenia', 'Arvenia'],
    ['Ilse  Brandt', 'Ilse Brandt'],
    ['Ilse\nBrandt', 'Ilse Brandt'],
    ['Ilse\u00a0Brandt', 'Ilse Brandt'],
    [' Belmora', 'Belmora'],
    ['Belmora ', 'Belmora'],
    ['O\u2019Neill', "O'Neill"],
    ['Corvan\u02bcs', "Corvan's"],
    ['', ''],
  ]
  for (const [text, expected] of cases) assert.equal(foldKey(text), expected, JSON.stringify(text))
})

test('gives the same key as the full fold on random names', () => {
  const pieces = ['Arv', 'enia', ' ', '  ', '\t', '\u2019', '\u2018', '\u02bc', "'", 'Bel', '\u00a0', '\n', 'mora', '\u3000', '\ufeff', '\u2028', '\u2014', '-']
  let seed = 7
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31)
  for (let n = 0; n < 2000; n++) {
    let text = ''
    for (let k = next() % 6; k >= 0; k--) text += pieces[next() % pieces.length] ?? ''
    const full = text.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/\s+/g, ' ').trim()
    assert.equal(foldKey(text), full, JSON.stringify(text))
  }
})
