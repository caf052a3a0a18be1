// Tests for forEachMatch: the same matches as matchAll, including empty and astral ones.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { forEachMatch } from './regex.js'

const collect = (pattern: RegExp, text: string): Array<[number, string]> => {
  const out: Array<[number, string]> = []
  forEachMatch(pattern, text, (m) => out.push([m.index, m[0]]))
  return out
}

test('lists the same matches as matchAll', () => {
  const cases: Array<[RegExp, string]> = [
    [/\d+/g, 'Arvenia sent 12 envoys and 300 troops'],
    [/\b(?<w>[A-Z]\w+)\b/gu, 'Arvenia met Belmora in Corvan'],
    [/x*/g, 'axxb'],
    [/(?:)/gu, 'a😀b'],
    [/\d+/gd, 'no digits here'],
  ]
  for (const [pattern, text] of cases) {
    const expected = [...text.matchAll(pattern)].map((m): [number, string] => [m.index, m[0]])
    assert.deepEqual(collect(pattern, text), expected, `/${pattern.source}/${pattern.flags}`)
  }
})

test('resets lastIndex so a pattern can be reused', () => {
  const pattern = /a/g
  pattern.lastIndex = 3
  assert.equal(collect(pattern, 'aaaa').length, 4)
  assert.equal(pattern.lastIndex, 0)
})

test('refuses a regex without the global flag', () => {
  assert.throws(() => collect(/a/, 'aaa'), TypeError)
})
