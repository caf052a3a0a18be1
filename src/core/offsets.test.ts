import assert from 'node:assert/strict'
import { test } from 'node:test'
import fc from 'fast-check'
import {
  fromByteOffset,
  fromCodePointOffset,
  spansWithin,
  toByteOffset,
  toCodePointOffset,
} from './offsets.js'

test('counts an astral character as one code point and two code units', () => {
  const text = 'a😀b'
  assert.equal(toCodePointOffset(text, 3), 2)
  assert.equal(fromCodePointOffset(text, 2), 3)
})

test('converts UTF-16 offsets to UTF-8 byte offsets and back', () => {
  const text = 'Ésta — “x”'
  assert.equal(toByteOffset(text, 1), 2)
  assert.equal(fromByteOffset(text, 2), 1)
})

test('code point and byte conversions round-trip at character boundaries', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
      for (let i = 0; i <= text.length; i++) {
        const isInsidePair = i > 0 && /[\ud800-\udbff]/.test(text[i - 1] ?? '') && /[\udc00-\udfff]/.test(text[i] ?? '')
        if (isInsidePair) continue
        assert.equal(fromCodePointOffset(text, toCodePointOffset(text, i)), i)
        assert.equal(fromByteOffset(text, toByteOffset(text, i)), i)
      }
    }),
  )
})

test('finds the spans inside an outer span', () => {
  const spans = [
    { start: 0, end: 3 },
    { start: 4, end: 8 },
    { start: 9, end: 12 },
  ]
  assert.deepEqual(spansWithin(spans, { start: 4, end: 12 }), spans.slice(1))
  assert.deepEqual(spansWithin(spans, { start: 5, end: 12 }), spans.slice(2))
})
