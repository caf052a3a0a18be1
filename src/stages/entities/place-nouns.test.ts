import assert from 'node:assert/strict'
import { test } from 'node:test'
import { checkDoc, createDoc, type Doc, type EntityType } from '../../core/index.js'
import { buildPipeline, runPipeline } from '../../pipeline/index.js'
import { normalizeStage } from '../normalize/index.js'
import { structureStage } from '../structure/index.js'
import { tokensStage } from '../tokens/index.js'
import { createEntitiesStage, type EntityName } from './index.js'

const names: EntityName[] = [
  { text: 'Arvenia', type: 'GPE' },
  { text: 'Belmora', type: 'GPE' },
  { text: 'Varga', type: 'PERSON' },
]

const pipeline = buildPipeline([normalizeStage, structureStage, tokensStage, createEntitiesStage({ names })])

function analyzeText(text: string): Doc {
  const doc = runPipeline(pipeline, createDoc(text, { published: '2024-03-08' }))
  assert.deepEqual(checkDoc(doc), [])
  return doc
}

function typeOf(text: string, name: string): EntityType | undefined {
  return (analyzeText(text).layers.entities ?? []).find((e) => e.text === name)?.type
}

const hits: Array<[string, string, string, EntityType]> = [
  ['types a name before a lowercase "island" as a location', 'Fishermen sailed from Tavro island at dawn.', 'Tavro', 'LOC'],
  ['types names listed after "the islands of" as locations', 'Patrols circled the islands of Kelmin and Ostra.', 'Ostra', 'LOC'],
  ['types islands listed between dashes after a few words', 'Belmora may hand two islands to Arvenia – Kelmin and Ostra – next year.', 'Kelmin', 'LOC'],
  ['types islands listed between commas after the noun', 'The islands, Kelmin and Ostra, are disputed.', 'Kelmin', 'LOC'],
  ['types a name before "region" as a location', 'Fighting spread across the Dravo region overnight.', 'Dravo', 'LOC'],
  ['types a name before "province" as a place with a government', 'Rebels attacked a police post in Varda province on Friday.', 'Varda', 'GPE'],
  ['types a name after "the strait of" as a location', 'Tankers crossed the strait of Orsk without escort.', 'Orsk', 'LOC'],
  ['types an acronym in parentheses after an organisation as one', 'The Kelmin Liberation Front (KLF) denied the claim.', 'KLF', 'ORG'],
  ['keeps the whole name after an opening head word (Mount, Lake)', 'Villagers fled as Mount Kessa erupted.', 'Mount Kessa', 'LOC'],
  ['keeps a known country its own type before a place noun', 'Drought hit the Arvenia region this spring.', 'Arvenia', 'GPE'],
]

for (const [name, text, entity, type] of hits) {
  test(name, () => {
    assert.equal(typeOf(text, entity), type)
  })
}

const misses: Array<[string, string, string]> = [
  ['does not take a speaker after "the islands," for a place', 'The islands, Varga said, are calm.', 'Varga'],
  ['does not reach over a verb from "island" to a later "of"', 'Tavro island lies north of Dorvik.', 'Dorvik'],
]

for (const [name, text, entity] of misses) {
  test(name, () => {
    assert.notEqual(typeOf(text, entity), 'LOC')
  })
}

test('does not take a sentence-initial common word before "region" for a name', () => {
  assert.deepEqual(analyzeText('Coastal region residents fled.').layers.entities, [])
})

test('drops trailing lowercase words from a name ("agency" after a news agency)', () => {
  const found = (analyzeText('The Kessa news agency reported the raid.').layers.entities ?? []).map((e) => e.text)
  assert.ok(!found.some((t) => / [a-z]/.test(t)), JSON.stringify(found))
})
