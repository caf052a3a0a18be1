// Tests for the lookup pre-tests: the key filter never forgets a key, and the folding check agrees with foldName.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { changesUnderFolding, KeyFilter } from './key-filter.js'
import { foldName } from './actor-dictionary.js'

test('keeps every added key and turns most other words away', () => {
  const filter = new KeyFilter()
  const keys = ['arvenia', 'Belmora', 'foreign minister', 'x', 'Port Amsel', 'ministre des affaires étrangères']
  for (const key of keys) filter.add(key)
  for (const key of keys) assert.equal(filter.mayHave(key), true, key)
  const others = ['corvia', 'dalonia', 'president', 'spokesman', 'the', 'of', 'Vell', 'Dastra', 'Osk', 'rebels']
  const passed = others.filter((w) => filter.mayHave(w)).length
  assert.ok(passed <= 2, `${passed} of ${others.length} absent words passed the filter`)
})

test('says whether folding changes a text, as foldName does', () => {
  const cases: Array<[string, boolean]> = [
    ['Ilse Brandt', false],
    ['Arvenia', false],
    ['', false],
    ['Ilse  Brandt', true],
    [' Belmora', true],
    ['Belmora ', true],
    ['Ilse\u00a0Brandt', true],
    ['Ilse\tBrandt', true],
    ['O\u2019Neill', true],
    ['Corvan\u02bcs', true],
    ['Port\u2013Amsel', true],
    ['Port-Amsel', false],
    ["O'Neill", false],
  ]
  for (const [text, expected] of cases) assert.equal(changesUnderFolding(text), expected, JSON.stringify(text))
})

test('agrees with foldName on random texts', () => {
  const pieces = ['Arv', 'enia', ' ', '  ', '\t', '\n', '\u2019', '\u2018', "'", '\u02bc', 'Bel', '\u00a0', '\u2014', '-', '\u3000', '\ufeff', 'mora', '\u2028']
  let seed = 11
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31)
  for (let n = 0; n < 2000; n++) {
    let text = ''
    for (let k = next() % 6; k >= 0; k--) text += pieces[next() % pieces.length] ?? ''
    assert.equal(changesUnderFolding(text), foldName(text) !== text, JSON.stringify(text))
  }
})
