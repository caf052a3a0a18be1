// Tests that a country named only in what a person said lends them no country, while places of their deeds still do.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import { checkDoc, type EntityType } from '../../core/index.js'
import { loadActorDictionary } from '../../dictionaries/actors/index.js'
import { loadReportingVerbs, parseReportingVerbs } from './reported-clause.js'
import { analyzeWithEntities, codeOf } from './test-docs.js'

const dict = loadActorDictionary([fileURLToPath(new URL('./fixtures/invented-world.json', import.meta.url))])
const names: ReadonlyArray<readonly [string, EntityType]> = [['Ivo Brandt', 'PERSON'], ['Belmora', 'GPE'], ['Vell', 'GPE']]

describe('actors: reported clauses', () => {
  it('takes no country from inside what the person said, but still from its subject and where they acted or spoke', () => {
    const table: Array<[string, string]> = [
      ['Senator Ivo Brandt said he feared that Belmora would raise tariffs.', 'UNKLEG'],
      ['Senator Ivo Brandt, who spoke for an hour, said tariffs would hurt Belmora.', 'UNKLEG'],
      ['Senator Ivo Brandt told reporters the tariffs of Belmora would rise.', 'UNKLEG'],
      ['Senator Ivo Brandt warned that tariffs would hurt Belmora.', 'UNKLEG'],
      // The reported clause's own subject is most often the speaker's country.
      ['Senator Ivo Brandt said Belmora is committed to lower tariffs.', 'BLMLEG'],
      ['Senator Ivo Brandt said that Belmora would not be rushed.', 'BLMLEG'],
      ['Belmora will raise tariffs, Senator Ivo Brandt told reporters.', 'BLMLEG'],
      ['Senator Ivo Brandt lifted the curfew in Belmora.', 'BLMLEG'],
      ['Senator Ivo Brandt of Belmora said tariffs would rise.', 'BLMLEG'],
      ['Senator Ivo Brandt said in Belmora that tariffs would rise.', 'BLMLEG'],
      ['Senator Ivo Brandt told reporters in Belmora that tariffs would rise.', 'BLMLEG'],
      ['In Belmora, Senator Ivo Brandt visited a school.', 'BLMLEG'],
    ]
    for (const [text, code] of table) {
      const doc = analyzeWithEntities(dict, text, names, '2024-01-10')
      assert.deepEqual(checkDoc(doc), [])
      assert.equal(codeOf(doc, 'Ivo Brandt'), code, text)
    }
  })

  it('reads the reporting-verb list as lower-cased lemmas without comments', () => {
    assert.deepEqual([...parseReportingVerbs('# header\nSay\n\n  tell # to someone\n')], ['say', 'tell'])
    const verbs = loadReportingVerbs()
    assert.ok(verbs.has('say') && verbs.has('warn'))
    assert.ok(!verbs.has('visit'))
  })
})
