// Tests of the tagger's lookup tables: word-pair rows found by both word numbers.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { PairIndex } from './tagger-tables.js'

const N = 3
const row = (...values: number[]): Int32Array => Int32Array.from(values)

test('finds the row of every pair it was given and -1 for pairs it was not', () => {
  const index = new PairIndex(
    [
      [4, 7, row(1, 2, 3)],
      [7, 4, row(4, 5, 6)],
      [0, 0, row(-1, 0, 9)],
    ],
    N,
  )
  const hits: Array<[own: number, other: number, expected: number[]]> = [
    [4, 7, [1, 2, 3]],
    [7, 4, [4, 5, 6]],
    [0, 0, [-1, 0, 9]],
  ]
  for (const [own, other, expected] of hits) {
    const at = index.find(own, other)
    assert.deepEqual([...index.rows.subarray(at, at + N)], expected, `${own}, ${other}`)
  }
  for (const [own, other] of [[4, 4], [7, 7], [0, 4], [12, 7], [4, 8]]) assert.equal(index.find(own ?? 0, other ?? 0), -1, `${own}, ${other}`)
})

test('keeps every pair apart in a full table of thousands of pairs', () => {
  const pairs: Array<readonly [number, number, Int32Array]> = []
  for (let own = 0; own < 60; own++) for (let other = 0; other < 60; other += 1 + (own % 3)) pairs.push([own, other, row(own, other, own * 100 + other)])
  const index = new PairIndex(pairs, N)
  for (const [own, other] of pairs) {
    const at = index.find(own, other)
    assert.deepEqual([...index.rows.subarray(at, at + N)], [own, other, own * 100 + other])
  }
  assert.equal(index.find(1, 1), -1)
  assert.equal(index.find(60, 0), -1)
})

test('keeps the first row of a repeated pair', () => {
  const index = new PairIndex(
    [
      [2, 3, row(1, 1, 1)],
      [2, 3, row(5, 5, 5)],
    ],
    N,
  )
  const at = index.find(2, 3)
  assert.deepEqual([...index.rows.subarray(at, at + N)], [1, 1, 1])
})
