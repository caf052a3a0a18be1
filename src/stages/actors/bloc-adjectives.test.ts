// Tests of reading bloc adjectives ("Western" → WST) and coding a bloc adjective taken alone for a person or organization.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import type { EntityType } from '../../core/index.js'
import { checkDoc } from '../../core/index.js'
import { loadActorDictionary } from '../../dictionaries/actors/index.js'
import { loadBlocAdjectives, parseBlocAdjectives } from './bloc-adjectives.js'
import { analyzeWithEntities } from './test-docs.js'

const dict = loadActorDictionary([fileURLToPath(new URL('./fixtures/invented-world.json', import.meta.url))])

describe('actors: bloc adjectives', () => {
  it('reads "Adjective CODE" lines, multi-word adjectives too, without comments or malformed lines', () => {
    const codes = parseBlocAdjectives('# a comment\nWestern WST\nLatin American LAM # trailing\n\nNordic\nbad line xx\n')
    assert.deepEqual([...codes], [['Western', 'WST'], ['Latin American', 'LAM']])
    assert.equal(loadBlocAdjectives().get('Western'), 'WST')
  })

  it('codes a bloc adjective taken for a person or organization by its region when it modifies a noun, else not', () => {
    const table: Array<[string, EntityType, string | undefined]> = [
      ['Belmora will quit the pact if Western nations press Vell.', 'PERSON', 'WST'],
      ['A Western diplomat said Belmora must act.', 'ORG', 'WST'],
      ["Western said its profits rose in Belmora.", 'ORG', 'BLM'],
      ["Belmora praised Western's management.", 'ORG', 'BLM'],
    ]
    for (const [text, type, code] of table) {
      const doc = analyzeWithEntities(dict, text, [['Western', type], ['Belmora', 'GPE'], ['Vell', 'GPE']], '2024-01-10')
      assert.deepEqual(checkDoc(doc), [])
      const actor = (doc.layers.actors ?? []).find((a) => a.text === 'Western')
      assert.equal(actor?.code, code, text)
      assert.equal(actor?.isKnown, code === 'WST', text)
    }
  })
})
