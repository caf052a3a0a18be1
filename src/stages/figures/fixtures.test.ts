// Golden-file test: the figures layer for each fixtures/<case>.txt must equal fixtures/<case>.json.
// Regenerate after an intended change with UPDATE_FIXTURES=1 and review the diff like code.
import assert from 'node:assert/strict'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { test } from 'node:test'
import { checkDoc, createDoc } from '../../core/index.js'
import { buildPipeline, runPipeline } from '../../pipeline/index.js'
import { datesStage } from '../dates/index.js'
import { normalizeStage } from '../normalize/index.js'
import { structureStage } from '../structure/index.js'
import { tokensStage } from '../tokens/index.js'
import { figuresStage } from './index.js'

const FIXTURES = new URL('./fixtures/', import.meta.url)
const pipeline = buildPipeline([normalizeStage, structureStage, tokensStage, datesStage, figuresStage])

for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith('.txt'))) {
  test(`keeps the figures of fixture ${file} unchanged`, () => {
    const text = readFileSync(new URL(file, FIXTURES), 'utf8')
    const doc = runPipeline(pipeline, createDoc(text, { published: '2016-05-04' }))
    assert.deepEqual(checkDoc(doc), [])
    const actual = (doc.layers.figures ?? []).map((f) => ({
      id: f.id,
      text: f.text,
      kind: f.kind,
      value: f.value,
      ...(f.high === undefined ? {} : { high: f.high }),
      ...(f.unit === undefined ? {} : { unit: f.unit }),
      ...(f.measure === undefined ? {} : { measure: f.measure.text }),
      ...(f.change === undefined ? {} : { change: f.change }),
    }))
    const golden = new URL(file.replace(/\.txt$/, '.json'), FIXTURES)
    if (process.env.UPDATE_FIXTURES === '1') writeFileSync(golden, `${JSON.stringify(actual, null, 2)}\n`)
    assert.deepEqual(actual, JSON.parse(readFileSync(golden, 'utf8')))
  })
}
