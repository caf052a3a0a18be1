// Golden-file test: the dates layer for each fixtures/<case>.txt must equal fixtures/<case>.json.
// Regenerate after an intended change with UPDATE_FIXTURES=1 and review the diff like code.
import assert from 'node:assert/strict'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { test } from 'node:test'
import { checkDoc, createDoc } from '../../core/index.js'
import { buildPipeline, runPipeline } from '../../pipeline/index.js'
import { normalizeStage } from '../normalize/index.js'
import { structureStage } from '../structure/index.js'
import { tokensStage } from '../tokens/index.js'
import { datesStage } from './index.js'

const FIXTURES = new URL('./fixtures/', import.meta.url)
const pipeline = buildPipeline([normalizeStage, structureStage, tokensStage, datesStage])

for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith('.txt'))) {
  test(`keeps the dates of fixture ${file} unchanged`, () => {
    const text = readFileSync(new URL(file, FIXTURES), 'utf8')
    const doc = runPipeline(pipeline, createDoc(text, { published: '2016-05-04' }))
    assert.deepEqual(checkDoc(doc), [])
    const actual = (doc.layers.dates ?? []).map(
      ({ id, text: surface, value, type, granularity, anchor, rule }) => ({
        id,
        text: surface,
        value,
        type,
        granularity,
        anchor,
        rule,
      }),
    )
    const golden = new URL(file.replace(/\.txt$/, '.json'), FIXTURES)
    if (process.env.UPDATE_FIXTURES === '1') writeFileSync(golden, `${JSON.stringify(actual, null, 2)}\n`)
    assert.deepEqual(actual, JSON.parse(readFileSync(golden, 'utf8')))
  })
}
