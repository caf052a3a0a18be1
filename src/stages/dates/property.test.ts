// Property tests: on random date-like word salad the dates and figures stages never throw and keep the document sound.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import fc from 'fast-check'
import { checkDoc, createDoc } from '../../core/index.js'
import { buildPipeline, runPipeline } from '../../pipeline/index.js'
import { figuresStage } from '../figures/index.js'
import { normalizeStage } from '../normalize/index.js'
import { structureStage } from '../structure/index.js'
import { tokensStage } from '../tokens/index.js'
import { datesStage } from './index.js'

const pipeline = buildPipeline([normalizeStage, structureStage, tokensStage, datesStage, figuresStage])

const WORDS = [
  'Arvenia',
  'met',
  'will',
  'meet',
  'on',
  'in',
  'the',
  'last',
  'next',
  'this',
  'week',
  'year',
  'Friday',
  'May',
  'March',
  'Jan.',
  '12',
  '1956',
  '30-40',
  'percent',
  '$',
  '40',
  'billion',
  'ago',
  'two',
  'years',
  'every',
  'quarter',
  'third',
  'early',
  'mid-',
  'late',
  '1990s',
  'now',
  'for',
  'a',
  'day',
  'fell',
  'rose',
  'by',
  ',',
  '.',
  '\n',
  'of',
  'half',
  '10',
  'a.m.',
  'tonight',
  'summer',
  'fiscal',
  'between',
  'and',
  '-',
  'to',
  'from',
  'dollars',
  '1.13bn',
  '€5m',
]

test('never throws and keeps checkDoc clean on random date-like text, with or without a publication date', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }), fc.boolean(), (words, hasDate) => {
      const text = words.join(' ')
      const doc = runPipeline(pipeline, createDoc(text, hasDate ? { published: '2016-05-04' } : {}))
      assert.deepEqual(checkDoc(doc), [])
      const dates = doc.layers.dates ?? []
      for (let i = 1; i < dates.length; i++)
        assert.ok((dates[i - 1]?.end ?? 0) <= (dates[i]?.start ?? 0), 'dates overlap')
      for (const figure of doc.layers.figures ?? []) {
        assert.ok(
          !dates.some((d) => d.start < figure.end && figure.start < d.end),
          'a figure overlaps a date',
        )
        assert.ok(Number.isFinite(figure.value))
      }
    }),
    { numRuns: 150 },
  )
})
