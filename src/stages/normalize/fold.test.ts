import assert from 'node:assert/strict'
import { test } from 'node:test'
import fc from 'fast-check'
import { foldText } from './fold.js'

const cases: Array<[string, string, string]> = [
  ['folds curly double quotes', '\u201cHi\u201d', '"Hi"'],
  ['folds curly apostrophes', 'Arvenia\u2019s', "Arvenia's"],
  ['folds en and em dashes', 'a\u2013b\u2014c', 'a-b-c'],
  ['folds non-breaking spaces and tabs', 'a\u00a0b\tc', 'a b c'],
  ['turns CRLF into a space and a line break', 'a\r\nb', 'a \nb'],
  ['turns a lone CR into a line break', 'a\rb', 'a\nb'],
  ['leaves plain ASCII alone', 'Plain text.', 'Plain text.'],
]

for (const [name, input, expected] of cases) {
  test(name, () => assert.equal(foldText(input).folded, expected))
}

test('counts the changed code units', () => {
  assert.equal(foldText('\u201cx\u201d').changed, 2)
})

test('never changes the length, so offsets are shared', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
      assert.equal(foldText(text).folded.length, text.length)
    }),
  )
})
