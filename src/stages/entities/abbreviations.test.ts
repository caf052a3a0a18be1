// Tests: wire abbreviations (months without a period, "Shr" in earnings tables) are no names and end none.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { checkDoc, createDoc } from '../../core/index.js'
import { buildPipeline, runPipeline } from '../../pipeline/index.js'
import { normalizeStage } from '../normalize/index.js'
import { structureStage } from '../structure/index.js'
import { tokensStage } from '../tokens/index.js'
import { createEntitiesStage } from './index.js'

const pipeline = buildPipeline([normalizeStage, structureStage, tokensStage, createEntitiesStage({ names: [{ text: 'Kessaville', type: 'GPE' }] })])

function namesOf(text: string): string[] {
  const doc = runPipeline(pipeline, createDoc(text, { published: '2024-03-08' }))
  assert.deepEqual(checkDoc(doc), [])
  return (doc.layers.entities ?? []).map((e) => e.text)
}

const cases: Array<[string, string, string[], string[]]> = [
  ['takes no month abbreviation and day after a dateline for a name', 'KESSAVILLE, Dec 3 - Dorn Mills Inc said it would close a plant.', ['Dorn Mills Inc'], ['Dec 3', 'Dec']],
  ['keeps a month abbreviation out of a place name', 'The company said in Kessaville Sept 2 that sales rose.', ['Kessaville'], ['Kessaville Sept']],
  ['keeps a month abbreviation alone out of the names', 'Sales rose in the quarter to Dec 31, Dorn Mills said.', ['Dorn Mills'], ['Dec']],
  ['takes no share abbreviation for a name', 'Shr 1.23 dlrs vs 1.01 dlrs, Dorn Mills said.', ['Dorn Mills'], ['Shr']],
]

for (const [name, text, hits, misses] of cases) {
  test(name, () => {
    const found = namesOf(text)
    for (const h of hits) assert.ok(found.includes(h), JSON.stringify(found))
    for (const m of misses) assert.ok(!found.includes(m), JSON.stringify(found))
  })
}
