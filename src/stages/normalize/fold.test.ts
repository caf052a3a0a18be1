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

/** A letter or digit in ASCII, or any other code unit past ASCII (NaN at the text's edges is none). */
function isWordChar(code: number): boolean {
  return /[0-9A-Za-z]/.test(String.fromCharCode(code)) || code >= 0x80
}

/** The folding done one character at a time, as the table reads: what the fast path must match. */
function foldSlowly(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? ''
    if (c === '\r') out += text[i + 1] === '\n' ? ' ' : '\n'
    else if (c === '\\' && isWordChar(text.charCodeAt(i - 1)) && isWordChar(text.charCodeAt(i + 1))) out += ' '
    else if (/[\u2018\u2019\u201a\u201b\u2032\u02bc\u0060\u00b4]/.test(c)) out += "'"
    else if (/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/.test(c)) out += '"'
    else if (/[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/.test(c)) out += '-'
    else if (/[\u2028\u2029\u0085]/.test(c)) out += '\n'
    else if (c === '\u2026') out += '.'
    else if (/[\u00a0\u1680\u2000-\u200d\u202f\u205f\u3000\t\v\f\u2060\ufeff\u00ad\u007f]/.test(c)) out += ' '
    else if (c.charCodeAt(0) < 0x20 && c !== '\n') out += ' '
    else out += c
  }
  return out
}

test('folds every character as the table says, whatever the mix', () => {
  const specials = [...'\\a\u2018\u2019\u201c\u201d\u2013\u2014\u00a0\u2026\u2028\u0085\u00ad\u200b\t\r\n\r\n\u0000\u007f`\u00b4\u00ab\u00e9\u4e2d\ud83d\ude00']
  fc.assert(
    fc.property(fc.array(fc.oneof(fc.constantFrom(...specials), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 60 }), (parts) => {
      const text = parts.join('')
      assert.equal(foldText(text).folded, foldSlowly(text))
    }),
    { numRuns: 500 },
  )
})

test('reads a backslash between two words as a space (a feed\u2019s line break), and keeps others', () => {
  assert.equal(foldText('the West\\Bank and a draft\\resolution').folded, 'the West Bank and a draft resolution')
  assert.equal(foldText('a \\ b\\').folded, 'a \\ b\\')
})
