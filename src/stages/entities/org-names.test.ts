import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { EntityType } from '../../core/index.js'
import type { EntityName } from './index.js'
import { entityFinder } from './test-entities.js'

const names: EntityName[] = [
  { text: 'Arvenia', type: 'GPE' },
  { text: 'Belmora', type: 'GPE' },
  { text: 'Arvenian', type: 'NORP' },
]

const entitiesOf = entityFinder(names)

const hits: Array<[string, string, [string, EntityType]]> = [
  ['keeps an organisation named with "and" before its head whole', 'The Arvenian Food and Drug Administration approved the vaccine.', ['Arvenian Food and Drug Administration', 'ORG']],
  ['keeps an organisation whose "for" tail holds "and" whole', 'The Kessa Group for Preaching and Combat claimed the attack.', ['Kessa Group for Preaching and Combat', 'ORG']],
  ['types a name ending in a force or command word as an organisation', 'Jets of the Kessa Air Force flew over Dorn.', ['Kessa Air Force', 'ORG']],
  ['types a name ending in a programme word as an organisation', 'The Dorn Food Program sent aid.', ['Dorn Food Program', 'ORG']],
  ['keeps an organisation whole across its own possessive', 'The Kessa People\u2019s Party won the vote.', ['Kessa People\u2019s Party', 'ORG']],
  ['types a new acronym in parentheses after its organisation', 'The Dorn Workers Union (DWU) called a strike.', ['DWU', 'ORG']],
  ['keeps a lone title word before "and" inside an organisation', 'Fighters of the rebel Justice and Equality Movement crossed into Belmora.', ['Justice and Equality Movement', 'ORG']],
  ['keeps a lone abstract word before "and" inside an organisation', 'The Arvenian Peace and Unity Council met.', ['Arvenian Peace and Unity Council', 'ORG']],
  ['keeps an "on" tail in an organisation', 'Envoys of the Regional Authority on Development met in Belmora.', ['Regional Authority on Development', 'ORG']],
  ['keeps "for the" inside an organisation after its head', 'The Office for the Coordination of Relief Affairs said aid was blocked.', ['Office for the Coordination of Relief Affairs', 'ORG']],
  ['keeps "for the" after a plural head', 'Leaders of the Democratic Forces for the Liberation of Belmora met.', ['Democratic Forces for the Liberation of Belmora', 'ORG']],
  ['lets a head word open an organisation before its "of" tail', 'The Bank of Arvenia raised rates.', ['Bank of Arvenia', 'ORG']],
  ['types a name ending in a project word as an organisation', 'According to the Dorn Conflict Location and Event Data Project, 700 people died.', ['Dorn Conflict Location and Event Data Project', 'ORG']],
]

for (const [name, text, expected] of hits) {
  test(name, () => {
    const found = entitiesOf(text)
    assert.ok(found.some(([t, type]) => t === expected[0] && type === expected[1]), JSON.stringify(found))
  })
}

test('types every later use of an acronym defined in parentheses as an organisation', () => {
  const found = entitiesOf('The Kelmin Liberation Front (KLF) denied it. Later KLF fighters attacked a post, and the KLF said so.')
  assert.deepEqual(
    found.filter(([t]) => t === 'KLF'),
    [
      ['KLF', 'ORG'],
      ['KLF', 'ORG'],
      ['KLF', 'ORG'],
    ],
  )
})

test('does not join two countries with "and" into an organisation', () => {
  const found = entitiesOf('Arvenia and Belmora Trade Council talks resumed. Arvenia and Belmora signed the deal.')
  assert.ok(found.some(([t, type]) => t === 'Arvenia' && type === 'GPE'), JSON.stringify(found))
  assert.ok(!found.some(([t]) => t === 'Arvenia and Belmora'), JSON.stringify(found))
})

test('does not join a title run to an organisation after "and"', () => {
  const found = entitiesOf('Minister Lida Marosh and Kessa Trade Council officials met in Arvenia.')
  assert.ok(found.some(([t, type]) => t === 'Lida Marosh' && type === 'PERSON'), JSON.stringify(found))
})

test('still cuts a country\u2019s possessive off an organisation', () => {
  const found = entitiesOf('Arvenia\u2019s Defence Ministry denied it.')
  assert.ok(found.some(([t, type]) => t === 'Arvenia' && type === 'GPE'), JSON.stringify(found))
  assert.ok(found.some(([t, type]) => t === 'Defence Ministry' && type === 'ORG'), JSON.stringify(found))
})

test('takes the person out of a parliament speaker\u2019s title', () => {
  const found = entitiesOf('Parliament Speaker Ivo Delko said the vote would go ahead.')
  assert.ok(found.some(([t, type]) => t === 'Ivo Delko' && type === 'PERSON'), JSON.stringify(found))
  assert.ok(!found.some(([t]) => t.includes('Speaker')), JSON.stringify(found))
})

test('does not extend a place name over a "for" tail', () => {
  const found = entitiesOf('Tavro Islands for Belmora is what the banner said.')
  assert.ok(found.some(([t, type]) => t === 'Tavro Islands' && type === 'LOC'), JSON.stringify(found))
  assert.ok(found.some(([t, type]) => t === 'Belmora' && type === 'GPE'), JSON.stringify(found))
})

test('does not start an organisation at a person named before "of"', () => {
  const found = entitiesOf('The deal will hold, said Tomas Varga of Kessa Holdings Inc in Belmora.')
  assert.ok(found.some(([t, type]) => t === 'Kessa Holdings Inc' && type === 'ORG'), JSON.stringify(found))
  assert.ok(!found.some(([t]) => t.startsWith('Tomas Varga of')), JSON.stringify(found))
})

test('keeps an organisation whose head comes before "of" whole', () => {
  const found = entitiesOf('The Bank of Arvenia Holdings Corp raised its rates.')
  assert.ok(found.some(([t, type]) => t === 'Bank of Arvenia Holdings Corp' && type === 'ORG'), JSON.stringify(found))
})

test('does not join a person named before "and" to an organisation', () => {
  const found = entitiesOf('Tomas Varga and Kessa Trade Council officials met in Arvenia.')
  assert.ok(found.some(([t, type]) => t === 'Kessa Trade Council' && type === 'ORG'), JSON.stringify(found))
  assert.ok(!found.some(([t]) => t.startsWith('Tomas Varga and')), JSON.stringify(found))
})

test('types a name ending in an industry word as an organisation', () => {
  const found = entitiesOf('Analysts at Kessa Securities said Dorn Pharmaceuticals would gain.')
  assert.ok(found.some(([t, type]) => t === 'Kessa Securities' && type === 'ORG'), JSON.stringify(found))
  assert.ok(found.some(([t, type]) => t === 'Dorn Pharmaceuticals' && type === 'ORG'), JSON.stringify(found))
})

test('takes a house of worship after a title-like word for an organisation, not a person', () => {
  const found = entitiesOf('The service was held at the Notre Dame Cathedral in Belmora.')
  assert.ok(found.some(([t, type]) => t === 'Notre Dame Cathedral' && type === 'ORG'), JSON.stringify(found))
  assert.ok(!found.some(([t, type]) => t === 'Cathedral' && type === 'PERSON'), JSON.stringify(found))
})

test('keeps an industry word before "and" inside an organisation', () => {
  const found = entitiesOf('Regulators at the Securities and Exchange Board said Arvenia would act.')
  assert.ok(found.some(([t, type]) => t === 'Securities and Exchange Board' && type === 'ORG'), JSON.stringify(found))
})

test('ends an organisation\u2019s tail before a date, a known name after "for the", and a person after it', () => {
  const dated = entitiesOf('Delegates met at Kessa College on 14 May in Belmora.')
  assert.ok(dated.some(([t, type]) => t === 'Kessa College' && type === 'ORG'), JSON.stringify(dated))
  const poll = entitiesOf('The poll was run by Kessa Research Institute for the Belmora Broadcasting Corporation.')
  assert.ok(!poll.some(([t]) => t.includes('for the')), JSON.stringify(poll))
  const governor = entitiesOf('He met Governor of the Bank of Arvenia Robin Kessel on Monday.')
  assert.ok(governor.some(([t, type]) => t === 'Bank of Arvenia' && type === 'ORG'), JSON.stringify(governor))
  assert.ok(governor.some(([t, type]) => t === 'Robin Kessel' && type === 'PERSON'), JSON.stringify(governor))
})

test('takes a title\u2019s "of/for" complement out of the person\u2019s name and finds no organisation in it', () => {
  const table: Array<[string, string]> = [
    ['Minister of Foreign Affairs Ivo Delko said Arvenia would wait.', 'Ivo Delko'],
    ['Belmora\u2019s Minister for Home Affairs Jan Kos said.', 'Jan Kos'],
    ['Secretary of State for Trade and Industry Jan Kos spoke in Arvenia.', 'Jan Kos'],
    ['President of Arvenia Jan Kos met the envoy.', 'Jan Kos'],
  ]
  for (const [text, person] of table) {
    const found = entitiesOf(text)
    assert.ok(found.some(([t, type]) => t === person && type === 'PERSON'), `${text} → ${JSON.stringify(found)}`)
    assert.ok(!found.some(([t, type]) => type === 'ORG' && /Affairs|Trade|State/.test(t)), `${text} → ${JSON.stringify(found)}`)
  }
})

test('cuts a legislator\u2019s party initial off the place after it ("R-Ohio")', () => {
  const found = entitiesOf('Sen. Tomas Varga, R-Arvenia, signed the letter. The Arvenia-Belmora border is closed.')
  assert.ok(found.some(([t, type]) => t === 'Arvenia' && type === 'GPE'), JSON.stringify(found))
  assert.ok(!found.some(([t]) => t.startsWith('R-')), JSON.stringify(found))
})

test('keeps a month that is also a family name after a given name in the person\u2019s name', () => {
  const found = entitiesOf('Ambassador Christine May said Arvenia would wait. The talks in May failed.')
  assert.ok(found.some(([t, type]) => t === 'Christine May' && type === 'PERSON'), JSON.stringify(found))
  assert.ok(!found.some(([t]) => t === 'May'), JSON.stringify(found))
})

test('takes a title\u2019s "to/of the" complement off the person after it, and reads no person into a bare complement', () => {
  const table: Array<[string, string]> = [
    ['Chief Secretary to the Treasury Jan Kos said Arvenia would pay.', 'Jan Kos'],
    ['Minister of the Interior Jan Kos said Arvenia would pay.', 'Jan Kos'],
    ['Special Envoy to Arvenia Jan Kos said.', 'Jan Kos'],
  ]
  for (const [text, person] of table) {
    const found = entitiesOf(text)
    assert.ok(found.some(([t, type]) => t === person && type === 'PERSON'), `${text} → ${JSON.stringify(found)}`)
  }
  const bare = entitiesOf('The Ambassador to Arvenia met the envoy on Monday.')
  assert.ok(!bare.some(([, type]) => type === 'PERSON'), JSON.stringify(bare))
  const code = entitiesOf('Shares of C-Cor fell in Arvenia.')
  assert.ok(!code.some(([t]) => t === 'Cor'), JSON.stringify(code))
})
