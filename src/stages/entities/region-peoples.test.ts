import assert from 'node:assert/strict'
import { test } from 'node:test'
import { checkDoc, createDoc, type EntityType } from '../../core/index.js'
import { buildPipeline, runPipeline } from '../../pipeline/index.js'
import { normalizeStage } from '../normalize/index.js'
import { structureStage } from '../structure/index.js'
import { tokensStage } from '../tokens/index.js'
import type { Candidate } from './candidates.js'
import { createEntitiesStage, type EntityName } from './index.js'
import { dropRegionBeforePeople } from './region-peoples.js'

const at = (first: number, last: number, type: EntityType, source: Candidate['source']): Candidate => ({ first, last, type, source })

test('drops a known one-word region right before a people, and nothing else', () => {
  const people = at(3, 3, 'NORP', 'model')
  const cases: Array<[name: string, candidates: Candidate[], expected: Candidate[]]> = [
    ['region then people', [at(2, 2, 'LOC', 'dictionary'), people], [people]],
    ['the model span over the same region word', [at(2, 2, 'LOC', 'gazetteer'), at(2, 2, 'LOC', 'model'), people], [people]],
    ['a word between them', [at(1, 1, 'LOC', 'dictionary'), people], [at(1, 1, 'LOC', 'dictionary'), people]],
    ['a country before a people', [at(2, 2, 'GPE', 'dictionary'), people], [at(2, 2, 'GPE', 'dictionary'), people]],
    ['a two-word region', [at(1, 2, 'LOC', 'dictionary'), people], [at(1, 2, 'LOC', 'dictionary'), people]],
    ['a region only the model guessed', [at(2, 2, 'LOC', 'model'), people], [at(2, 2, 'LOC', 'model'), people]],
    ['a region before an organisation', [at(2, 2, 'LOC', 'dictionary'), at(3, 4, 'ORG', 'model')], [at(2, 2, 'LOC', 'dictionary'), at(3, 4, 'ORG', 'model')]],
  ]
  for (const [name, candidates, expected] of cases) assert.deepEqual(dropRegionBeforePeople(candidates), expected, name)
})

test('leaves no place for the region word of "West Kessans" in a sentence', () => {
  const names: EntityName[] = [
    { text: 'West', type: 'LOC' },
    { text: 'Kessans', type: 'NORP' },
    { text: 'Arvenia', type: 'GPE' },
  ]
  const pipeline = buildPipeline([normalizeStage, structureStage, tokensStage, createEntitiesStage({ names })])
  const found = (text: string): string[][] => {
    const doc = runPipeline(pipeline, createDoc(text, { published: '2024-03-08' }))
    assert.deepEqual(checkDoc(doc), [])
    return (doc.layers.entities ?? []).map((e) => [e.text, e.type])
  }
  assert.deepEqual(found('Arvenia admitted most West Kessans on Monday.'), [
    ['Arvenia', 'GPE'],
    ['Kessans', 'NORP'],
  ])
  assert.ok(found('Arvenia turned to the West on Monday.').some(([text, type]) => text === 'West' && type === 'LOC'))
})
