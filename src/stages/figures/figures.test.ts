// Tests for the figures stage: numbers, percentages, money and ranges, with measure and change, hits and misses.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { checkDoc, createDoc, type Doc, type Figure } from '../../core/index.js'
import { buildPipeline, runPipeline } from '../../pipeline/index.js'
import { datesStage } from '../dates/index.js'
import { normalizeStage } from '../normalize/index.js'
import { structureStage } from '../structure/index.js'
import { tokensStage } from '../tokens/index.js'
import { figuresStage } from './index.js'

const pipeline = buildPipeline([normalizeStage, structureStage, tokensStage, datesStage, figuresStage])

function analyze(text: string): Doc {
  const doc = runPipeline(pipeline, createDoc(text, { published: '2016-05-04' }))
  assert.deepEqual(checkDoc(doc), [])
  return doc
}

type Expected = Pick<Figure, 'kind' | 'value'> & {
  high?: number
  unit?: string
  measure?: string
  change?: Figure['change']
}

test('reads figures with their unit, what they measure and which way they changed', () => {
  const hits: Array<[sentence: string, surface: string, expected: Expected]> = [
    [
      "Arvenia's trade turnover with Belmora decreased almost by 30-40 percent.",
      '30-40 percent',
      {
        kind: 'range',
        value: 30,
        high: 40,
        unit: 'percent',
        measure: "Arvenia's trade turnover",
        change: 'decrease',
      },
    ],
    [
      'Exports rose 5 percent last year.',
      '5 percent',
      { kind: 'percent', value: 5, unit: 'percent', measure: 'Exports', change: 'increase' },
    ],
    [
      'Belmora pledged dollars 1.13bn in aid.',
      'dollars 1.13bn',
      { kind: 'money', value: 1.13e9, unit: 'USD' },
    ],
    ['Vell received €5m from the fund.', '€5m', { kind: 'money', value: 5e6, unit: 'EUR' }],
    [
      'Unemployment stood at 40 percent.',
      '40 percent',
      { kind: 'percent', value: 40, unit: 'percent', measure: 'Unemployment' },
    ],
    [
      'A third of the voters stayed home.',
      'A third',
      { kind: 'number', value: 0.3333, unit: 'fraction', measure: 'voters' },
    ],
    [
      '90 percent of Arvenian exports go to Belmora.',
      '90 percent',
      { kind: 'percent', value: 90, unit: 'percent', measure: 'Arvenian exports' },
    ],
    [
      'Imports doubled to 3.5 million tonnes.',
      '3.5 million',
      { kind: 'number', value: 3.5e6, measure: 'Imports', change: 'increase' },
    ],
    [
      'Inflation slumped to 2 percent.',
      '2 percent',
      { kind: 'percent', value: 2, unit: 'percent', measure: 'Inflation', change: 'decrease' },
    ],
    [
      'The budget was cut by 12 percent.',
      '12 percent',
      { kind: 'percent', value: 12, unit: 'percent', measure: 'budget', change: 'decrease' },
    ],
    [
      'Belmora cut its defence budget by 8 percent.',
      '8 percent',
      { kind: 'percent', value: 8, unit: 'percent', measure: 'defence budget', change: 'decrease' },
    ],
    ['The fund holds $40 billion.', '$40 billion', { kind: 'money', value: 40e9, unit: 'USD' }],
    [
      'Reserves stood at $7 billion.',
      '$7 billion',
      { kind: 'money', value: 7e9, unit: 'USD', measure: 'Reserves' },
    ],
    [
      'Trade between the two neighbours fell by 9 percent.',
      '9 percent',
      { kind: 'percent', value: 9, unit: 'percent', measure: 'Trade', change: 'decrease' },
    ],
    [
      'Between 300 and 400 people protested.',
      'Between 300 and 400',
      { kind: 'range', value: 300, high: 400, measure: 'people' },
    ],
    ['The army deployed 1,500 soldiers.', '1,500', { kind: 'number', value: 1500, measure: 'soldiers' }],
    [
      "Belmora's airline cut 1,300 jobs.",
      '1,300',
      { kind: 'number', value: 1300, measure: 'jobs', change: 'decrease' },
    ],
    [
      'The studio saw profits slump 27 percent.',
      '27 percent',
      { kind: 'percent', value: 27, unit: 'percent', measure: 'profits', change: 'decrease' },
    ],
    [
      'Revenue was up 4 percent.',
      '4 percent',
      { kind: 'percent', value: 4, unit: 'percent', measure: 'Revenue', change: 'increase' },
    ],
    [
      'The firm is worth 8.2bn euros.',
      '8.2bn euros',
      { kind: 'money', value: 8.2e9, unit: 'EUR', measure: 'firm' },
    ],
    [
      'Arvenia sent twenty-five observers.',
      'twenty-five',
      { kind: 'number', value: 25, measure: 'observers' },
    ],
    [
      'The harvest was 24% higher than in 2014.',
      '24%',
      { kind: 'percent', value: 24, unit: 'percent', measure: 'harvest', change: 'increase' },
    ],
    ['Vell unveiled a 10-point plan.', '10', { kind: 'number', value: 10 }],
    [
      'The death toll rose to 45.',
      '45',
      { kind: 'number', value: 45, measure: 'death toll', change: 'increase' },
    ],
    [
      'Oil output dropped by a third.',
      'a third',
      { kind: 'number', value: 0.3333, unit: 'fraction', measure: 'Oil output', change: 'decrease' },
    ],
    [
      'The survey found a 7 percent drop in tourism.',
      '7 percent',
      { kind: 'percent', value: 7, unit: 'percent', change: 'decrease' },
    ],
  ]
  for (const [sentence, surface, expected] of hits) {
    const figure = (analyze(sentence).layers.figures ?? []).find((f) => f.text === surface)
    assert.ok(figure, `no figure "${surface}" in: ${sentence}`)
    const actual: Expected = {
      kind: figure.kind,
      value: figure.value,
      ...(figure.high === undefined ? {} : { high: figure.high }),
      ...(figure.unit === undefined ? {} : { unit: figure.unit }),
      ...(figure.measure === undefined ? {} : { measure: figure.measure.text }),
      ...(figure.change === undefined ? {} : { change: figure.change }),
    }
    assert.deepEqual(actual, expected, sentence)
  }
})

test('skips numbers inside dates, names, codes and phone numbers', () => {
  const misses = [
    'Under Article 9 of the treaty, Arvenia keeps its islands.',
    'A Boeing 747 landed in Vell.',
    'The G20 summit opened in Vell.',
    'Belmora bought F-16 jets.',
    'The alliance was founded after World War Two.',
    'The accord was signed in 1956.',
    'The envoys met on May 6.',
    'The embargo lasted for two years.',
    'Call 555-1234 for details.',
    'The 3rd battalion crossed the river.',
  ]
  for (const sentence of misses) {
    assert.deepEqual(
      (analyze(sentence).layers.figures ?? []).map((f) => f.text),
      [],
      sentence,
    )
  }
})

test('does not read a change from a negated verb', () => {
  const figure = analyze('Prices did not rise 3 percent.').layers.figures?.[0]
  assert.equal(figure?.value, 3)
  assert.equal(figure?.change, undefined)
})

test('reads "from 10 to 8 percent" as two figures, not a range', () => {
  const figures = analyze('Unemployment fell from 10 to 8 percent.').layers.figures ?? []
  assert.deepEqual(
    figures.map((f) => [f.text, f.kind]),
    [
      ['10', 'number'],
      ['8 percent', 'percent'],
    ],
  )
})
