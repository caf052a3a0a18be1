// Tests that tagger persons naming a faith or a stateless people become NORP, and real people stay persons.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { checkDoc, createDoc, type EntityType } from '../../core/index.js'
import { buildPipeline, runPipeline } from '../../pipeline/index.js'
import { normalizeStage } from '../normalize/index.js'
import { structureStage } from '../structure/index.js'
import { tokensStage } from '../tokens/index.js'
import type { Candidate } from './candidates.js'
import { createEntitiesStage } from './index.js'
import { retypeFaithGroup } from './faith-groups.js'
import { loadNerLexicon } from './resources.js'
import { buildRuleLexicon } from './rules.js'

const faiths = buildRuleLexicon(loadNerLexicon()).faithsAndPeoples
const givenNames = new Set(['Hans', 'Lida'])

/** The type `retypeFaithGroup` gives the candidate spanning `name` in `sentence` (tagged as `type` by `source`). */
function retypedAs(sentence: string, name: string, type: EntityType = 'PERSON', source: Candidate['source'] = 'model'): EntityType {
  const words = sentence.split(' ')
  const nameWords = name.split(' ')
  const first = words.findIndex((_, k) => nameWords.every((w, j) => words[k + j] === w))
  assert.ok(first >= 0, `${name} not in ${sentence}`)
  return retypeFaithGroup({ first, last: first + nameWords.length - 1, type, source }, words, faiths, (w) => givenNames.has(w)).type
}

const cases: Array<[string, string, string, EntityType, EntityType]> = [
  ['makes a tagger person "Sunni Muslim" a people', 'Sunni Muslim leaders met in Vell .', 'Sunni Muslim', 'PERSON', 'NORP'],
  ['makes a single faith word a people', 'Muslim clerics met in Vell .', 'Muslim', 'PERSON', 'NORP'],
  ['makes a plural stateless people a people', 'the Belmoran Kurds protested .', 'Belmoran Kurds', 'PERSON', 'NORP'],
  ['keeps a person opening with a given name', 'Hans Christian visited Vell .', 'Hans Christian', 'PERSON', 'PERSON'],
  ['keeps a person whose last word is no faith', 'Lida Marosh met clerics .', 'Lida Marosh', 'PERSON', 'PERSON'],
  ['keeps an organisation ending in a faith word', 'the Council of Arvenian Muslims met .', 'Council of Arvenian Muslims', 'ORG', 'ORG'],
]

for (const [name, sentence, span, type, expected] of cases) {
  test(name, () => assert.equal(retypedAs(sentence, span, type), expected))
}

test('keeps a rule or dictionary person as found', () => {
  assert.equal(retypedAs('Muslim Ivo said so .', 'Muslim', 'PERSON', 'rule'), 'PERSON')
})

test('lends no person type to a later faith word in the document', () => {
  const pipeline = buildPipeline([normalizeStage, structureStage, tokensStage, createEntitiesStage({ names: [{ text: 'Vell', type: 'GPE' }] })])
  const doc = runPipeline(pipeline, createDoc('Sunni Muslim leaders met in Vell on Monday. Later, Muslim groups protested in Vell.', { published: '2024-03-08' }))
  assert.deepEqual(checkDoc(doc), [])
  const persons = (doc.layers.entities ?? []).filter((e) => e.type === 'PERSON' && /Muslim/u.test(e.text))
  assert.deepEqual(persons, [])
})
