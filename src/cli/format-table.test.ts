// Tests of the `table` output format.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { analyze, toDocJson } from '../api/index.js'
import { formatTable } from './format-table.js'

test("shows a speaker's own actor code, or its members' codes joined by '+' when it has none", () => {
  const text =
    'Summit in Vell\n\nJapanese Foreign Minister Ana Lind met South Korean Foreign Minister Tomas Varga in Vell on Friday.\n\nThe talks will resume in May, the two ministers said. “We are ready,” Lind said.'
  const table = formatTable(toDocJson(analyze(text, { published: '2024-03-08' })))
  const lines = table.split('\n')
  assert.ok(lines.some((l) => l.includes('the two ministers') && l.includes('JPNGOV+KORGOV')), table)
  assert.ok(lines.some((l) => /direct\s+Lind\s+JPNGOV/.test(l)), table)
})
