import assert from 'node:assert/strict'
import { test } from 'node:test'
import { checkDoc, createDoc, type EntityType } from '../../core/index.js'
import { buildPipeline, runPipeline } from '../../pipeline/index.js'
import { normalizeStage } from '../normalize/index.js'
import { structureStage } from '../structure/index.js'
import { tokensStage } from '../tokens/index.js'
import { datelineCandidates } from './datelines.js'
import { createEntitiesStage } from './index.js'

const places = new Map<string, EntityType>([
  ['Arvenia', 'GPE'],
  ['North Vell', 'GPE'],
  ['Kessa Islands', 'LOC'],
  ['Dorn', 'PERSON'],
])

/** The dateline found in a sentence given as space-separated words, as text, or undefined. */
function datelineOf(sentence: string): string | undefined {
  const words = sentence.split(' ')
  const known = (a: number, b: number): EntityType | undefined => places.get(words.slice(a, b + 1).join(' '))
  const [c] = datelineCandidates(words, known)
  return c === undefined ? undefined : `${words.slice(c.first, c.last + 1).join(' ')}/${c.type}`
}

test('reads the place of a wire dateline, and nothing that only looks like one', () => {
  const cases: Array<[sentence: string, expected: string | undefined]> = [
    ['KESSAVILLE , Arvenia - Troops moved in .', 'KESSAVILLE/GPE'],
    ['PORT DORVO , North Vell ( Reuters ) - Shares fell .', 'PORT DORVO/GPE'],
    ['AP - ST. KESSA , Kessa Islands - Boats left .', 'ST. KESSA/GPE'],
    ['Canadian Press - DORVO , Arvenia - A man died .', 'DORVO/GPE'],
    ['KLF , Arvenia and Belmora met .', undefined],
    ['KESSAVILLE , Dorn - he said .', undefined],
    ['Kessaville , Arvenia - Troops moved in .', undefined],
    ['They said KESSAVILLE , Arvenia - is calm .', undefined],
  ]
  for (const [sentence, expected] of cases) assert.equal(datelineOf(sentence), expected, sentence)
})

test('types an unknown dateline city as a place in a story', () => {
  const pipeline = buildPipeline([normalizeStage, structureStage, tokensStage, createEntitiesStage({ names: [{ text: 'Arvenia', type: 'GPE' }] })])
  const doc = runPipeline(pipeline, createDoc('KESSAVILLE, Arvenia - Troops of the Dorn Front moved into the city on Friday.', { published: '2024-03-08' }))
  assert.deepEqual(checkDoc(doc), [])
  const found = (doc.layers.entities ?? []).map((e) => [e.text, e.type])
  assert.deepEqual(found.slice(0, 2), [
    ['KESSAVILLE', 'GPE'],
    ['Arvenia', 'GPE'],
  ])
})
