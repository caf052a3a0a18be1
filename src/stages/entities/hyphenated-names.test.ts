// Tests: person names ending in a hyphenated lowercase syllable ("Dae-jung") stay whole, a dictionary place loses its place noun, and a tagger
// organisation may extend a known one by capitalised words but not by a title.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { checkDoc, createDoc } from '../../core/index.js'
import { buildPipeline, runPipeline } from '../../pipeline/index.js'
import { normalizeStage } from '../normalize/index.js'
import { structureStage } from '../structure/index.js'
import { tokensStage } from '../tokens/index.js'
import { createEntitiesStage, type EntityName } from './index.js'
import { entityFinder } from './test-entities.js'
import { extendHyphenatedName, extendNameArticle } from './rules.js'

const names: EntityName[] = [
  { text: 'Arvenia', type: 'GPE' },
  { text: 'Belmora', type: 'GPE' },
  { text: 'Kessa', type: 'ORG' },
  { text: 'Dorn League', type: 'ORG' },
]

const entitiesOf = entityFinder(names)

const hits: Array<[string, string, string]> = [
  ['keeps a hyphenated given name whole after a title', 'Arvenian President Kim Dae-jung met the envoy in Belmora.', 'Kim Dae-jung'],
  ['keeps a hyphenated given name whole after a foreign minister', 'Foreign Minister Pak Sun-hwa flew to Arvenia on Monday.', 'Pak Sun-hwa'],
  ['keeps a short-syllable name whole when its last syllable is a common word', 'Unification Minister Pak Dong-young flew to Arvenia.', 'Pak Dong-young'],
]

for (const [name, text, expected] of hits) {
  test(name, () => {
    const found = entitiesOf(text)
    assert.ok(found.some(([t, type]) => t === expected && type === 'PERSON'), JSON.stringify(found))
  })
}

test('does not extend a name over a hyphenated common word', () => {
  const isCommon = (w: string): boolean => ['based', 'led'].includes(w)
  const words = ['Tomas', 'Varga', '-', 'led', 'talks']
  const spaced = [false, true, false, false, true]
  const person = { first: 0, last: 1, type: 'PERSON' as const, source: 'model' as const }
  assert.deepEqual(extendHyphenatedName(person, words, spaced, isCommon), person)
  const short = { first: 0, last: 1, type: 'PERSON' as const, source: 'rule' as const }
  assert.deepEqual(extendHyphenatedName(short, ['Kim', 'Lee', '-', 'led', 'talks'], spaced, isCommon), short)
  const syllable = ['Tomas', 'Varga', '-', 'jin', 'talks']
  assert.deepEqual(extendHyphenatedName(person, syllable, spaced, isCommon), { ...person, last: 3 })
})

test('does not extend a name over a spaced dash', () => {
  const words = ['Tomas', 'Varga', '-', 'jin']
  const person = { first: 0, last: 1, type: 'PERSON' as const, source: 'model' as const }
  assert.deepEqual(extendHyphenatedName(person, words, [false, true, true, true], () => false), person)
})

test('does not extend a place name over a hyphenated syllable', () => {
  const words = ['Arvenia', '-', 'jin']
  const place = { first: 0, last: 0, type: 'GPE' as const, source: 'model' as const }
  assert.deepEqual(extendHyphenatedName(place, words, [false, false, false], () => false), place)
})

test('lets a tagged organisation extend a known one by capitalised words', () => {
  const found = entitiesOf('Workers at the Kessa Motors plant in Arvenia went on strike.')
  assert.ok(found.some(([t, type]) => t === 'Kessa Motors' && type === 'ORG'), JSON.stringify(found))
})

test('keeps a known organisation apart from the title after it', () => {
  const found = entitiesOf('Dorn League Secretary-General Ivo Delko spoke in Arvenia.')
  assert.ok(found.some(([t, type]) => t === 'Dorn League' && type === 'ORG'), JSON.stringify(found))
  assert.ok(!found.some(([t]) => t.includes('Secretary')), JSON.stringify(found))
})

test('cuts a dictionary place to the known place before its place noun', () => {
  const stage = createEntitiesStage({ names: [{ text: 'Varda', type: 'GPE' }, { text: 'Varda province', type: 'GPE' }, { text: 'Kessa refugee agency', type: 'ORG' }, { text: 'Kessa', type: 'ORG' }] })
  const doc = runPipeline(buildPipeline([normalizeStage, structureStage, tokensStage, stage]), createDoc('Fighting spread across Varda province, the Kessa refugee agency said.'))
  assert.deepEqual(checkDoc(doc), [])
  const found = (doc.layers.entities ?? []).map((e) => `${e.text}/${e.type}`)
  assert.ok(found.includes('Varda/GPE'), JSON.stringify(found))
  assert.ok(found.includes('Kessa refugee agency/ORG'), JSON.stringify(found))
})

test('takes no part of a hyphenated military title for a person', () => {
  const found = entitiesOf('The deputy commander, Lt.-Gen. Ivo Delko, told reporters in Arvenia.')
  assert.ok(!found.some(([t]) => t === 'Gen'), JSON.stringify(found))
  assert.ok(found.some(([t, type]) => t === 'Ivo Delko' && type === 'PERSON'), JSON.stringify(found))
})

test('keeps a lowercase Arabic article joined to a name inside the name', () => {
  const table: Array<[string, string, string]> = [
    ['The al-Varsa Martyrs Brigade said it fired the rocket into Arvenia.', 'al-Varsa Martyrs Brigade', 'ORG'],
    ['Militants of the al-Durra Organization in Belmora claimed the attack.', 'al-Durra Organization', 'ORG'],
    ['Arvenian Prime Minister Karim el-Hadi met the envoy.', 'Karim el-Hadi', 'PERSON'],
  ]
  for (const [text, expected, type] of table) {
    const found = entitiesOf(text)
    assert.ok(found.some(([t, ty]) => t === expected && ty === type), `${text} → ${JSON.stringify(found)}`)
  }
})

test('takes no article that is spaced or not an article', () => {
  const span = { first: 2, last: 3, type: 'ORG' as const, source: 'model' as const }
  assert.deepEqual(extendNameArticle(span, ['al', '-', 'Varsa', 'Brigade'], [false, false, false, true]), { ...span, first: 0 })
  assert.deepEqual(extendNameArticle(span, ['al', '-', 'Varsa', 'Brigade'], [false, true, true, true]), span)
  assert.deepEqual(extendNameArticle(span, ['pro', '-', 'Varsa', 'Brigade'], [false, false, false, true]), span)
})
