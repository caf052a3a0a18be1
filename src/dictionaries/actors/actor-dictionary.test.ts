// Tests of the actor dictionary: layering, dated roles, validation errors, and title/organization reading.
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import { ConfigError, ErrorCode } from '../../core/index.js'
import { codeTitle, loadActorDictionary, readOrganization, readTitle } from './index.js'

const FIXTURES = fileURLToPath(new URL('../../stages/actors/fixtures/', import.meta.url))
const INVENTED = join(FIXTURES, 'invented-world.json')

function writeTemp(content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-actors-'))
  const path = join(dir, 'user.json')
  writeFileSync(path, content)
  return path
}

describe('actor dictionary', () => {
  const dict = loadActorDictionary([INVENTED])

  it('tells country codes from IGO and region codes', () => {
    assert.deepEqual(
      ['ARV', 'BLM', 'UNO', 'WST', 'XYZ'].map((code) => dict.isCountryCode(code)),
      [true, true, false, false, false],
    )
  })

  it('never gives a built-in country the unknown code UNK (Kosovo is KSV, as in CAMEO)', () => {
    const builtIn = loadActorDictionary()
    assert.equal(builtIn.isCountryCode('UNK'), false)
    assert.equal(builtIn.isCountryCode('KSV'), true)
  })

  it('finds a name whose words a feed joined with a backslash ("Belmora\\Coast")', () => {
    assert.ok(dict.lookupName('Arvenia') !== undefined)
    const path = writeTemp(JSON.stringify({ format: 'dyad-actors@1', name: 'coast', version: '1', places: [{ name: 'Belmora Coast' }] }))
    const coast = loadActorDictionary([path])
    assert.deepEqual(coast.lookupName('Belmora\\Coast'), coast.lookupName('Belmora Coast'))
    assert.equal(coast.lookupName('Belmora\\Coast')?.kind, 'place')
  })

  it('finds a dictionary person written with a middle initial', () => {
    assert.equal(dict.lookupPerson('Tomas K. Varga')?.kind, 'person')
    assert.equal(dict.lookupPerson('Tomas K. Varga'), dict.lookupPerson('Tomas Varga'))
    assert.equal(dict.lookupPerson('Tomas K. Vargas'), undefined)
  })

  it('lists the names of a user file for the entities stage with their types', () => {
    const names = new Map(dict.entityNames().map((n) => [n.text, n.type]))
    const table: Array<[string, string | undefined]> = [
      ['Arvenia', 'GPE'],
      ['Vell', 'GPE'],
      ['Port Amsel', 'GPE'],
      ['Arvenian', 'NORP'],
      ['Arvenians', 'NORP'],
      ['Tomas Varga', 'PERSON'],
      ['Vell Institute of Peace', 'ORG'],
      ['Marble Palace', 'ORG'],
      ['Amsel Strait', 'LOC'],
      ['Arvenistan', undefined],
    ]
    for (const [text, type] of table) assert.equal(names.get(text), type, text)
  })

  it('gives a head of state GOV while in office, ELI after, and the country alone before', () => {
    const target = dict.lookupName('Varga')
    assert.equal(target?.kind, 'person')
    if (target?.kind !== 'person') return
    const table: Array<[string, string]> = [
      ['2018-12-31', 'ARV'],
      ['2019-01-01', 'ARVGOV'],
      ['2023-06-30', 'ARVGOV'],
      ['2023-07-01', 'ARVELI'],
    ]
    for (const [day, code] of table) assert.equal(dict.personCode(target.person, day)?.code, code, day)
  })

  it('treats an open-ended role as current when the document has no date', () => {
    const target = dict.lookupName('Ilse Moravec')
    assert.ok(target?.kind === 'person')
    assert.equal(dict.personCode(target.person, undefined)?.code, 'BLMGOV')
  })

  it('finds a name written without its accents, unless that spelling is listed for another entry', () => {
    const path = writeTemp(
      JSON.stringify({
        format: 'dyad-actors@1',
        name: 'accents',
        version: '1',
        countries: [
          { code: 'VLA', names: ['Vélla'], capital: 'Sã Mira' },
          { code: 'VLB', names: ['Vella'] },
        ],
      }),
    )
    const accented = loadActorDictionary([path])
    assert.deepEqual(accented.lookupName('Sa Mira'), accented.lookupName('Sã Mira'))
    assert.equal(accented.lookupName('Sa Mira')?.kind, 'capital')
    const vella = accented.lookupName('Vella')
    assert.ok(vella?.kind === 'country' && vella.code === 'VLB', JSON.stringify(vella))
  })

  it('lets a user file override a built-in entry', () => {
    assert.deepEqual(loadActorDictionary().lookupName('White House'), { kind: 'metonym', code: 'USAGOV', key: 'metonym:White House' })
    assert.deepEqual(dict.lookupName('White House'), { kind: 'metonym', code: 'BLMGOV', key: 'metonym:White House' })
  })

  it('adds names to a built-in country instead of replacing it', () => {
    const path = writeTemp(JSON.stringify({ format: 'dyad-actors@1', name: 'extra', version: '1', countries: [{ code: 'JPN', names: ['Land of the Rising Sun'] }] }))
    const extended = loadActorDictionary([path])
    assert.equal(extended.countryOf('Land of the Rising Sun'), 'JPN')
    assert.equal(extended.countryOf('Japan'), 'JPN')
  })

  it('rejects invalid files with a ConfigError naming the file, the path and the problem', () => {
    const table: Array<[string, string, RegExp]> = [
      ['bad date', readFileText(join(FIXTURES, 'invalid-world.json')), /people\[0\]\.roles\[0\]\.from: expected a date YYYY-MM-DD/],
      ['bad code', JSON.stringify({ format: 'dyad-actors@1', name: 'x', version: '1', metonyms: [{ name: 'Palace', code: 'arvgov' }] }), /metonyms\[0\]\.code: expected an actor code/],
      ['wrong format', JSON.stringify({ format: 'dyad-actors@9', name: 'x', version: '1' }), /format: expected "format": "dyad-actors@1"/],
      ['unknown field', JSON.stringify({ format: 'dyad-actors@1', name: 'x', version: '1', actors: [] }), /actors/],
      ['not JSON', '{ "format": ', /not valid JSON/],
    ]
    for (const [label, content, message] of table) {
      const path = writeTemp(content)
      assert.throws(
        () => loadActorDictionary([path]),
        (error: unknown) => {
          assert.ok(error instanceof ConfigError, label)
          assert.equal(error.code, ErrorCode.DictionaryInvalid, label)
          assert.ok(error.message.includes(path), `${label}: names the file`)
          assert.match(error.message, message, label)
          return true
        },
      )
    }
    assert.throws(() => loadActorDictionary([join(FIXTURES, 'no-such-file.json')]), /cannot read actor dictionary/)
  })
})

function readFileText(path: string): string {
  return readFileSync(path, 'utf8')
}

describe('title and organization reading', () => {
  const dict = loadActorDictionary([INVENTED])
  const code = (text: string, entities: Array<{ text: string; type: string }> = []): string => {
    const spans = entities.map((e) => ({ ...e, start: text.indexOf(e.text), end: text.indexOf(e.text) + e.text.length }))
    const result = codeTitle(readTitle(dict, text, 0, text.length, spans))
    return `${result.country ?? '?'}${result.role ?? '?'}`
  }

  it('tells a gender from the given name: the dictionary\'s own list first, then the Moby lists, none when both lists hold it', () => {
    assert.deepEqual(
      ['Piet Dorsa', 'Karin Lund', 'Tom Dorn', 'Mara Quill', 'Robin Ober', 'Vellian Dorn'].map((name) => dict.genderOf(name)),
      ['m', 'f', 'm', 'f', undefined, undefined],
    )
    const path = writeTemp(JSON.stringify({ format: 'dyad-actors@1', name: 'names', version: '1', givenNames: { m: ['Mara'] } }))
    assert.equal(loadActorDictionary([path]).genderOf('Mara Quill'), 'm')
  })

  it('reads "general" after another title word as part of that title, not as a military rank', () => {
    const table: Array<[string, string]> = [
      ['Arvenian General', 'ARVMIL'],
      ['Arvenian Surgeon General', 'ARVGOV'],
      ['Arvenian Inspector General', 'ARVGOV'],
      ['Arvenian Governor General', 'ARVGOV'],
      ['Arvenian Attorney General', 'ARVJUD'],
      ['general secretary of the Arvenian union', 'ARV?'],
    ]
    for (const [text, expected] of table) assert.equal(code(text), expected, text)
  })

  it('reads country and role from titles, former as ELI, and ignores the host country', () => {
    const table: Array<[string, string]> = [
      ['Arvenian Foreign Minister', 'ARVGOV'],
      ['former Arvenian Ambassador to Belmora', 'ARVELI'],
      ['Ambassador to Belmora', '?GOV'],
      ['Belmoran President', 'BLMGOV'],
      ['ex-President of Quazelia', 'QZLELI'],
      ['Arvenian opposition leader', 'ARVOPP'],
      ['Quazelian professor', 'QZLEDU'],
      ['Arvenian', 'ARV?'],
    ]
    for (const [text, expected] of table) assert.equal(code(text), expected, text)
  })

  it('takes the role of the organization a neutral title heads', () => {
    assert.equal(code('executive director of the Arvenian-Belmoran Business Council', [{ text: 'Arvenian-Belmoran Business Council', type: 'ORG' }]), 'ARVBUS')
    assert.equal(code('Vell Peace Center director', [{ text: 'Vell Peace Center', type: 'ORG' }]), 'ARVNGO')
    assert.equal(code('UN Secretary-General', [{ text: 'UN', type: 'ORG' }]), 'UNO')
    assert.equal(code('president and chief executive of Vell Motors Company', [{ text: 'Vell Motors Company', type: 'ORG' }]), 'ARVBUS')
    assert.equal(code('Arvenian President'), 'ARVGOV')
  })

  it('reads organization names: place word for the country, head word for the role', () => {
    const table: Array<[string, string]> = [
      ['Vell State University', 'ARVEDU'],
      ['Belmoran Institute of Strategic Studies', 'BLMNGO'],
      ['Arvenian Ministry of Defence', 'ARVGOV'],
      ['Vell Institute of Peace', 'ARVNGO'],
      ['Quazelian Broadcasting Corporation', 'QZLMED'],
      ['Grand Hotel', '??'],
      // A city after a founder's name in a company is a family name; opening the name or after "of" it is the place.
      ['Dorsa Vell Corp', '?BUS'],
      ['Dorsa Vell', '??'],
      ['Vell Trade Corp', 'ARVBUS'],
      ['Bank of Vell', 'ARVBUS'],
      ['Dorsa Vell Peace Center', 'ARVNGO'],
      // A known organization with a legal form written after it is still that organization.
      ['Vell Press Agency & Co Inc', 'ARVMED'],
    ]
    for (const [name, expected] of table) {
      const reading = readOrganization(dict, name, 0)
      assert.equal(`${reading.country ?? '?'}${reading.role ?? '?'}`, expected, name)
    }
  })
})

it('finds a person whose name a hard-wrapped line broke ("Exchequer Nigel\\nLawson")', () => {
  const dict = loadActorDictionary()
  assert.equal(dict.lookupPerson('Exchequer Nigel\nLawson')?.key, dict.lookupPerson('Nigel Lawson')?.key)
  assert.notEqual(dict.lookupPerson('Nigel Lawson'), undefined)
})

it('splits a title from a name across a line break, measuring the written text ("Prime Minister\\nMargaret Thatcher")', () => {
  const dict = loadActorDictionary()
  assert.deepEqual(dict.splitTitledName('Prime Minister\nMargaret Thatcher'), { prefix: 15, name: 'Margaret Thatcher' })
})
