import assert from 'node:assert/strict'
import { test } from 'node:test'
import fc from 'fast-check'
import { checkDoc, createDoc } from '../../core/index.js'
import { buildPipeline, runPipeline } from '../../pipeline/index.js'
import { normalizeStage } from '../normalize/index.js'
import { structureStage } from '../structure/index.js'
import { tokensStage } from '../tokens/index.js'
import { createEntitiesStage } from './index.js'

const pipeline = buildPipeline([
  normalizeStage,
  structureStage,
  tokensStage,
  createEntitiesStage({
    names: [
      { text: 'Arvenia', type: 'GPE' },
      { text: 'Arvenian', type: 'NORP' },
      { text: 'US', type: 'GPE' },
      { text: 'Tomas Varga', type: 'PERSON' },
    ],
  }),
])

const pieces = [
  'Arvenia', 'ARVENIA', 'Arvenian', 'US', 'us', 'Tomas', 'Varga', 'Mr.', 'President', 'the', 'The', 'and', 'of',
  'Council', 'Islands', 'Treaty', 'II', 'K.', '’s', "'s", '-', '–', ',', '.', '"', '1956', 'met', 'said', 'Vell',
  'Belmora-Arvenia', 'Kessa', '\n', '\n\n', ' ', '  ', 'é', '😀',
]

test('keeps checkDoc clean, spans sorted and disjoint, on random text', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
      const text = parts.join(' ')
      const doc = runPipeline(pipeline, createDoc(text))
      assert.deepEqual(checkDoc(doc), [])
      const entities = doc.layers.entities ?? []
      for (let k = 1; k < entities.length; k++) {
        const a = entities[k - 1]
        const b = entities[k]
        assert.ok(a !== undefined && b !== undefined && a.end <= b.start, `${a?.text} overlaps ${b?.text}`)
      }
      for (const e of entities) {
        assert.equal(e.text, text.slice(e.start, e.end))
        assert.equal(e.text.trim(), e.text)
        assert.ok(!e.text.includes('\n'))
      }
    }),
    { numRuns: 200, seed: 7 },
  )
})
