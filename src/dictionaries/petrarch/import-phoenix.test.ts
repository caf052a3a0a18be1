// Tests of the Phoenix/PETRARCH importer on hand-written fixture snippets in that format.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import { compileActorDictionary } from '../actors/index.js'
import { importPhoenix, phraseToName } from './index.js'

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')

describe('Phoenix importer', () => {
  it('turns Phoenix phrases into names', () => {
    const table: Array<[string, string]> = [
      ['TOMAS_VARGA', 'Tomas Varga'],
      ['REPUBLIC_OF_ARVENIA_', 'Republic of Arvenia'],
      ['U.N._', 'U.N.'],
      ['VIP_', 'VIP'],
      ['SAINT-JEAN_', 'Saint-Jean'],
    ]
    for (const [phrase, name] of table) assert.equal(phraseToName(phrase), name)
  })

  it('imports countries, dated people and organizations, and reports unusable lines', () => {
    const { file, skipped } = importPhoenix(fixture('invented.actors.txt'), { name: 'invented' })
    assert.deepEqual(file.countries, [{ code: 'ARV', names: ['Arvenia', 'Republic of Arvenia', 'Vell'] }])
    const varga = file.people?.find((p) => p.name === 'Tomas Varga')
    assert.deepEqual(varga?.roles, [
      { code: 'ARVELI', from: '1995-01-01', to: '2019-01-01' },
      { code: 'ARVGOV', from: '2019-01-01', to: '2023-06-30' },
      { code: 'ARVELI', from: '2023-06-30', to: null },
    ])
    assert.deepEqual(file.people?.find((p) => p.name === 'Ilse Moravec')?.roles, [{ code: 'BLMGOV', from: '2020-03-01', to: null }])
    assert.deepEqual(file.organizations, [
      { name: 'Vell Institute of Peace', aliases: ['VIP'], code: 'ARVNGO' },
      { name: 'U.N.', code: 'IGOUNO' },
    ])
    assert.deepEqual(skipped.map((s) => s.reason), ['code "lowercase" is not an actor code of 3-letter parts', 'entry without a usable code'])
  })

  it('produces a file whose dated roles resolve as in the source', () => {
    const dict = compileActorDictionary([importPhoenix(fixture('invented.actors.txt')).file])
    const target = dict.lookupName('Varga')
    assert.ok(target?.kind === 'person')
    assert.equal(dict.personCode(target.person, '2020-06-01')?.code, 'ARVGOV')
    assert.equal(dict.personCode(target.person, '2024-06-01')?.code, 'ARVELI')
  })

  it('imports agents with macros and plural forms', () => {
    const { file } = importPhoenix(fixture('invented.agents.txt'))
    const words = new Map(file.agents?.map((a) => [a.role, a.words]))
    assert.deepEqual(words.get('AGR'), ['tea farmer', 'boatman', 'boatwoman'])
    assert.deepEqual(words.get('GOV'), ['foreign minister', 'foreign ministry'])
    assert.deepEqual(words.get('COP'), ['harbor police'])
  })
})
