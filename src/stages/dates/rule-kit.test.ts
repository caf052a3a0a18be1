// Tests for the rule kit's word helpers: capitals, leading words, and the words around an offset.
import assert from 'node:assert/strict'
import { test } from 'node:test'
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
