// Tests for publication date normalisation.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { normalizePublished } from './published.js'

const cases: Array<[unknown, string | undefined]> = [
  ['2024-03-08', '2024-03-08'],
  ['2024-03-08T10:00:00+02:00', '2024-03-08T10:00:00+02:00'],
  ['2024-03-08T10:00:00.123Z', '2024-03-08T10:00:00Z'],
  ['2024-03-08 10:00', '2024-03-08T10:00:00'],
  ['1987-02-26T15:01:01', '1987-02-26T15:01:01'],
  ['Tue, 10 Jun 2003 23:00:00 -0500', '2003-06-10T23:00:00-05:00'],
  ['Tue, 10 Jun 2003 04:00:00 GMT', '2003-06-10T04:00:00Z'],
  ['10 Jun 2003 04:00 EDT', '2003-06-10T04:00:00-04:00'],
  ['Fri, 8 Mar 24 09:30:00 +0000', '2024-03-08T09:30:00Z'],
  ['March 8, 2024', '2024-03-08'],
  ['8 March 2024', '2024-03-08'],
  [1709888400, '2024-03-08T09:00:00Z'],
  ['2024-02-30', undefined],
  ['not a date', undefined],
  ['', undefined],
  [null, undefined],
  [{}, undefined],
]

for (const [input, expected] of cases) {
  test(`normalises ${JSON.stringify(input)} to ${String(expected)}`, () => {
    assert.equal(normalizePublished(input), expected)
  })
}
