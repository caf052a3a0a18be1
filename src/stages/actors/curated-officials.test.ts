// Tests that the built-in dictionary codes officials news names often by the role they held on the day.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { checkDoc } from '../../core/index.js'
import { loadActorDictionary } from '../../dictionaries/actors/index.js'
import { analyzeWithEntities, codeOf } from './test-docs.js'

const builtins = loadActorDictionary()

/** [text, the person's name, published day, expected code of the name]. */
const officials: ReadonlyArray<readonly [string, string, string, string]> = [
  ['Prime Minister Brian Mulroney met the envoys of Arvenia and Belmora.', 'Brian Mulroney', '1987-03-01', 'CANGOV'],
  ['Commerce Secretary Malcolm Baldrige spoke about Arvenia and Belmora.', 'Malcolm Baldrige', '1987-03-01', 'USAGOV'],
  ['James Baker spoke to the press.', 'James Baker', '1986-05-01', 'USAGOV'],
  ['Paul Volcker spoke to the press.', 'Paul Volcker', '1986-05-01', 'USAGOV'],
  ['Kiichi Miyazawa spoke to the press.', 'Kiichi Miyazawa', '1987-05-01', 'JPNGOV'],
  ['Janet Yellen spoke to the press.', 'Janet Yellen', '2022-05-01', 'USAGOV'],
  ['Javier Solana spoke to the press.', 'Javier Solana', '1997-05-01', 'NAT'],
  ['Javier Solana spoke to the press.', 'Javier Solana', '2003-05-01', 'EUR'],
  ['Senator Robert Dole spoke about Arvenia and Belmora.', 'Robert Dole', '1987-03-01', 'USALEG'],
  ['Richard Lyng spoke about Arvenia and Belmora.', 'Richard Lyng', '1987-03-01', 'USAGOV'],
  ['Hisham Nazer spoke to the press.', 'Hisham Nazer', '1987-03-01', 'SAUGOV'],
  ['Lloyd Bentsen spoke to the press.', 'Lloyd Bentsen', '1994-03-01', 'USAGOV'],
]

describe('actors: curated officials', () => {
  for (const [text, name, day, expected] of officials) {
    it(`codes ${name} as ${expected} on ${day}`, () => {
      const doc = analyzeWithEntities(builtins, text, [[name, 'PERSON'], ['Arvenia', 'GPE'], ['Belmora', 'GPE']], day)
      assert.deepEqual(checkDoc(doc), [])
      assert.equal(codeOf(doc, name), expected)
    })
  }

  it('reads a company officer as business, not military', () => {
    const doc = analyzeWithEntities(builtins, 'Its chief financial officer Ivo Brandt resigned.', [['Ivo Brandt', 'PERSON']], '2020-01-01')
    assert.deepEqual(checkDoc(doc), [])
    assert.equal(codeOf(doc, 'Ivo Brandt'), 'UNKBUS')
  })

  it('reads a bare "Korea" as South Korea and keeps North Korea apart', () => {
    const doc = analyzeWithEntities(builtins, 'North Korea warned Korea.', [['North Korea', 'GPE'], ['Korea', 'GPE']], '2020-01-01')
    assert.equal(codeOf(doc, 'North Korea'), 'PRK')
    assert.equal(codeOf(doc, 'Korea'), 'KOR')
  })

  it('reads the short forms of the two Koreas that headlines use', () => {
    const table: ReadonlyArray<readonly [string, string]> = [['N. Korea', 'PRK'], ['NKorea', 'PRK'], ['S. Korea', 'KOR'], ['SKorea', 'KOR']]
    for (const [name, code] of table) {
      const doc = analyzeWithEntities(builtins, `${name} warned Arvenia.`, [[name, 'GPE'], ['Arvenia', 'GPE']], '2004-08-01')
      assert.deepEqual(checkDoc(doc), [])
      assert.equal(codeOf(doc, name), code, name)
    }
  })

  it('reads the abbreviated states of wire copy as the United States ("Durango, Colo.")', () => {
    for (const state of ['Colo.', 'N.J.', 'Calif.', 'W.Va.']) {
      const doc = analyzeWithEntities(builtins, `Tarnel Inc of Durango, ${state}, bought a mill.`, [['Tarnel Inc', 'ORG'], ['Durango', 'GPE'], [state, 'GPE']], '1987-04-01')
      assert.deepEqual(checkDoc(doc), [])
      assert.equal(codeOf(doc, state), 'USA', state)
      assert.equal(codeOf(doc, 'Tarnel Inc'), 'USABUS', state)
    }
  })

  it('codes development banks as international bodies and the USDA as the U.S. government', () => {
    const table: ReadonlyArray<readonly [string, string]> = [
      ['Asian Development Bank', 'ADB'],
      ['ADB', 'ADB'],
      ['African Development Bank', 'AFB'],
      ['Bank for International Settlements', 'BIS'],
      ['EBRD', 'EBR'],
      ['USDA', 'USAGOV'],
    ]
    for (const [name, code] of table) {
      // One country in the sentence: a body the dictionary lacks would have been guessed as Arvenia's.
      const doc = analyzeWithEntities(builtins, `The ${name} said loans to Arvenia rose.`, [[name, 'ORG'], ['Arvenia', 'GPE']], '1987-04-01')
      assert.deepEqual(checkDoc(doc), [])
      assert.equal(codeOf(doc, name), code, name)
    }
  })
})

describe('actors: field words between a nationality and a role (curated v26)', () => {
  const table: ReadonlyArray<readonly [string, string, string]> = [
    ['A senior Japanese trade official said talks went well.', 'Japanese trade official', 'JPNGOV'],
    ['Soviet arms negotiators will resume talks.', 'Soviet arms negotiators', 'SUNGOV'],
    ['Iraqi health officials said ten people died.', 'Iraqi health officials', 'IRQGOV'],
  ]
  for (const [text, group, code] of table) {
    it(`codes "${group}" as ${code}`, () => {
      const nationality = group.split(' ')[0] ?? ''
      const doc = analyzeWithEntities(builtins, text, [[nationality, 'NORP']], '2004-08-01')
      assert.deepEqual(checkDoc(doc), [])
      assert.equal((doc.layers.actors ?? []).find((a) => a.text === group)?.code, code)
    })
  }

  it('leaves a field word before a company to the company ("Russian oil company officials" are business)', () => {
    const doc = analyzeWithEntities(builtins, 'Russian oil company officials said output fell.', [['Russian', 'NORP']], '2004-08-01')
    assert.equal((doc.layers.actors ?? []).find((a) => a.text === 'Russian oil company officials')?.code, 'RUSBUS')
  })
})

describe('actors: a title opened by its organization\'s head noun', () => {
  it('codes "bank Vice-President" after the Asian Development Bank as the bank, not the sentence\'s country', () => {
    const text = 'The Asian Development Bank will open an office in Arvenia, bank Vice-President Ivo Brandt said.'
    const doc = analyzeWithEntities(builtins, text, [['Asian Development Bank', 'ORG'], ['Arvenia', 'GPE'], ['Ivo Brandt', 'PERSON']], '1987-04-01')
    assert.deepEqual(checkDoc(doc), [])
    assert.equal(codeOf(doc, 'Ivo Brandt'), 'ADB')
  })

  it('leaves a capitalised or unmatched head noun to the title reading', () => {
    const text = 'The Asian Development Bank will open an office in Arvenia, company Vice-President Ivo Brandt said.'
    const doc = analyzeWithEntities(builtins, text, [['Asian Development Bank', 'ORG'], ['Arvenia', 'GPE'], ['Ivo Brandt', 'PERSON']], '1987-04-01')
    assert.notEqual(codeOf(doc, 'Ivo Brandt'), 'ADB')
  })
})

describe('actors: a party the document places in another country keeps that country in titles', () => {
  it('codes "Labour leader" after "Israel\'s Labour party" as Israeli, not British', () => {
    const text = "Talks began between Israel's Labour party and the government. Labour leader Ivo Brandt said his party wanted guarantees."
    const doc = analyzeWithEntities(builtins, text, [['Israel', 'GPE'], ['Labour party', 'ORG'], ['Labour', 'ORG'], ['Ivo Brandt', 'PERSON']], '2004-12-10')
    assert.deepEqual(checkDoc(doc), [])
    assert.equal(codeOf(doc, 'Labour party'), 'ISRPTY')
    assert.equal(codeOf(doc, 'Ivo Brandt'), 'ISRPTY')
  })

  it('leaves the dictionary\'s country when the document gives no other', () => {
    const doc = analyzeWithEntities(builtins, 'Labour leader Ivo Brandt said his party wanted guarantees.', [['Labour', 'ORG'], ['Ivo Brandt', 'PERSON']], '2004-12-10')
    assert.equal(codeOf(doc, 'Ivo Brandt'), 'GBRPTY')
  })
})
