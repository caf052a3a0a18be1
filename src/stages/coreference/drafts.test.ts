// Tests for the view helpers: foldKey folds only what needs folding, capitals and whitespace read as the regexes do.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { foldKey, startsWithCapital } from './drafts.js'

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

test('reads a capital first letter as the Unicode regex does, in ASCII and beyond', () => {
  const cases: Array<[string, boolean]> = [
    ['Arvenia', true],
    ['arvenia', false],
    ['Élise', true],
    ['élise', false],
    ['Ωmega', true],
    ['1st', false],
    ["'s", false],
    ['', false],
    ['\u{1D400}x', true],
  ]
  for (const [text, expected] of cases) {
    assert.equal(startsWithCapital(`, ${text} `, 2, 2 + text.length), expected, JSON.stringify(text))
    assert.equal(startsWithCapital(text, 0, text.length), /^\p{Lu}/u.test(text), JSON.stringify(text))
  }
})
