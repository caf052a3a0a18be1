// Tests for the rule kit's word helpers: capitals, leading words, and the words around an offset.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import fc from 'fast-check'
import { isCapitalized, leadingWordAndSpace, wordAfter, wordBefore } from './rule-kit.js'

test('tells a capitalized word by its first letter, ASCII or not', () => {
  const cases: Array<[word: string, expected: boolean]> = [
    ['May', true],
    ['may', false],
    ['MAY', true],
    ['\u00c9t\u00e9', true],
    ['\u00e9t\u00e9', false],
    ['\u0394elta', true],
    ['1990s', false],
    ["'90s", false],
    ['', false],
  ]
  for (const [word, expected] of cases) {
    assert.equal(isCapitalized(word), expected, word)
    assert.equal(isCapitalized(word), /^\p{Lu}/u.test(word))
  }
})

test('measures a leading word and the spaces after it', () => {
  assert.equal(leadingWordAndSpace('last  Friday'), 6)
  assert.equal(leadingWordAndSpace('last\nweek'), 5)
  assert.equal(leadingWordAndSpace('Friday'), 0)
})

test('reads the words around an offset', () => {
  const text = 'Arvenia met Belmora on Jan. 12 in Vell.'
  assert.equal(wordBefore(text, text.indexOf('12')), 'jan')
  assert.equal(wordBefore(text, 0), '')
  assert.equal(wordAfter(text, text.indexOf(' in')), 'in')
})

test('reads the word before an offset as the regex does, on ASCII and other text', () => {
  const reference = (text: string, offset: number): string =>
    (/([\p{L}\p{N}'.-]+)[^\p{L}\p{N}\n]*$/u.exec(text.slice(Math.max(0, offset - 40), offset))?.[1] ?? '')
      .toLowerCase()
      .replace(/[.-]$/, '')
  const pieces = ['Jan.', ' ', '  ', 'mid-', "'", '.', '-', ',', '\n', 'in', 'Vell', '12', '$', '(', '\u00e9t\u00e9', '\ud835\udc00', 'a', '"', "O'Neil", '...', '\t']
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 25 }), fc.nat(60), (parts, cut) => {
      const text = parts.join('')
      const offset = Math.min(cut, text.length)
      assert.equal(wordBefore(text, offset), reference(text, offset), JSON.stringify(text.slice(0, offset)))
    }),
    { numRuns: 3000 },
  )
})
