// Tests that an official no sentence places takes the country a document is mostly about, and only then.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import { checkDoc, type EntityType } from '../../core/index.js'
import { loadActorDictionary } from '../../dictionaries/actors/index.js'
import { analyzeWithEntities } from './test-docs.js'

const dict = loadActorDictionary([fileURLToPath(new URL('./fixtures/invented-world.json', import.meta.url))])
const names: ReadonlyArray<readonly [string, EntityType]> = [
  ['Ivo Brandt', 'PERSON'],
  ['Belmora', 'GPE'],
  ['Arvenia', 'GPE'],
  ['Acme Corp', 'ORG'],
]

/** The actor of Ivo Brandt's first mention in `text`. */
function brandt(text: string): { code: string; isKnown: boolean } | undefined {
  const doc = analyzeWithEntities(dict, text, names, '2024-01-10')
  assert.deepEqual(checkDoc(doc), [])
  const actor = (doc.layers.actors ?? []).find((a) => a.text === 'Ivo Brandt')
  return actor === undefined ? undefined : { code: actor.code, isKnown: actor.isKnown }
}

const aboutBelmora = 'Belmora raised its tariffs. Belmora also cut spending. Exports of Belmora fell.'

describe('actors: the country a document is mostly about', () => {
  it('gives an official in a story mostly about one country that country, as a guess', () => {
    assert.deepEqual(brandt(`${aboutBelmora} Senator Ivo Brandt met envoys of Arvenia and Belmora.`), { code: 'BLMLEG', isKnown: false })
  })

  it('gives nothing when no country leads clearly, or a country is named too seldom', () => {
    const table = [
      `Belmora and Arvenia raised tariffs. Arvenia cut spending. Belmora and Arvenia met. Senator Ivo Brandt met envoys of Arvenia and Belmora.`,
      `Belmora raised tariffs. Senator Ivo Brandt met envoys of Arvenia and Belmora.`,
    ]
    for (const text of table) assert.deepEqual(brandt(text), { code: 'UNKLEG', isKnown: false }, text)
  })

  it('gives no country to a business title, as bankers in a story about a country are often foreign', () => {
    assert.equal(brandt(`${aboutBelmora} Acme Corp chairman Ivo Brandt met envoys of Arvenia and Belmora.`)?.code.slice(0, 3), 'UNK')
  })
})
