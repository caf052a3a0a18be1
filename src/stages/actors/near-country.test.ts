// Tests of reading misspelled country names as the country one edit away.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import { checkDoc } from '../../core/index.js'
import { loadActorDictionary } from '../../dictionaries/actors/index.js'
import { findNearCountry, isOneEditApart } from './near-country.js'
import { analyzeWithEntities } from './test-docs.js'

const dict = loadActorDictionary([fileURLToPath(new URL('./fixtures/invented-world.json', import.meta.url))])

describe('near-country', () => {
  it('tells words one insertion, deletion, substitution or swap apart', () => {
    const table: Array<[string, string, boolean]> = [
      ['Belmora', 'Belmorra', true],
      ['Belmora', 'Belmra', true],
      ['Belmora', 'Belmara', true],
      ['Belmora', 'Belomra', true],
      ['Belmora', 'belmora', true],
      ['Belmora', 'Bolmara', false],
      ['Belmora', 'Belmorana', false],
    ]
    for (const [a, b, expected] of table) assert.equal(isOneEditApart(a, b), expected, `${a} ~ ${b}`)
  })

  it('finds the one country one edit away, and none when two are or the word is short', () => {
    const table: Array<[string, string | undefined]> = [
      ['Arvennia', 'ARV'],
      ['Quazlia', 'QZL'],
      ['Nigera', undefined],
      ['Sambia', undefined],
      ['Belmor', 'BLM'],
      ['Quazeliana', undefined],
      ['arvennia', undefined],
      ['Mali', undefined],
    ]
    for (const [text, code] of table) assert.equal(findNearCountry(dict, text), code, text)
  })

  it('codes a misspelled country as a guess (isKnown false)', () => {
    const doc = analyzeWithEntities(dict, 'Arvennia closed its border.', [['Arvennia', 'GPE']], '2024-01-10')
    assert.deepEqual(checkDoc(doc), [])
    const actor = (doc.layers.actors ?? []).find((a) => a.text === 'Arvennia')
    assert.equal(actor?.code, 'ARV')
    assert.equal(actor?.isKnown, false)
  })
})
