// Property tests: on random texts built from invented names, titles and pronouns, coreference and actors
// always produce sound documents, the same ids on reruns, and an actor only for mentions that exist.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { checkDoc, type EntityType } from '../../core/index.js'
import { loadActorDictionary } from '../../dictionaries/actors/index.js'
import { analyzeWithEntities } from './test-docs.js'

const dict = loadActorDictionary([fileURLToPath(new URL('./fixtures/invented-world.json', import.meta.url))])

const NAMES: ReadonlyArray<readonly [string, EntityType]> = [
  ['Tomas Varga', 'PERSON'],
  ['Varga', 'PERSON'],
  ['Piet Dorsa', 'PERSON'],
  ['Dorsa', 'PERSON'],
  ['Arvenia', 'GPE'],
  ['Vell', 'GPE'],
  ['Marble Palace', 'ORG'],
  ['Vell Institute of Peace', 'ORG'],
  ['Amsel Strait', 'LOC'],
]
const PIECES = [
  'Tomas Varga', 'Varga', 'Piet Dorsa', 'Dorsa', 'Arvenia', 'Vell', 'Marble Palace', 'Vell Institute of Peace',
  'Amsel Strait', 'former Arvenian ambassador', 'Foreign Minister', 'the former diplomat', 'the Arvenian leader',
  'he', 'she', 'its', 'their', 'said', 'met', ',', 'and', '(', ')', 'the', 'Belmoran',
]

describe('coreference and actors properties', () => {
  it('keep documents sound and ids stable on random texts', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 14 }), { minLength: 1, maxLength: 4 }), (sentences) => {
        const text = sentences.map((words) => `${words.join(' ')}.`).join(' ')
        const first = analyzeWithEntities(dict, text, NAMES, '2021-06-01')
        assert.deepEqual(checkDoc(first), [])
        const second = analyzeWithEntities(dict, text, NAMES, '2021-06-01')
        assert.deepEqual(first.layers.actors, second.layers.actors)
        const mentionIds = new Set((first.layers.mentions ?? []).map((m) => m.id))
        for (const actor of first.layers.actors ?? []) assert.ok(mentionIds.has(actor.mentionId))
      }),
      { numRuns: 60 },
    )
  })
})
