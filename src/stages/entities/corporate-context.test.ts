import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Candidate } from './candidates.js'
import { corporateNames, hasCompanyContext, isAfterCompanyDescriptor } from './corporate-context.js'
import type { EntityName } from './index.js'
import { entityFinder } from './test-entities.js'

const names: EntityName[] = [
  { text: 'Arvenia', type: 'GPE' },
  { text: 'Belmora', type: 'GPE' },
]

const entitiesOf = entityFinder(names)

const contexts: Array<[string, string, number, number, boolean]> = [
  ['"said its" after the name', 'Brandt said its profit rose .', 0, 0, true],
  ['"said in its" after the name', 'Brandt said in its weekly review that ...', 0, 0, true],
  ['a comma and "which" after the name', 'Brandt , which makes tools , rose .', 0, 0, true],
  ['a company possession after the possessive', "Brandt 's board approved it .", 0, 0, true],
  ['lowercase "shares" right after the name', 'He sold Brandt shares .', 2, 2, true],
  ['"shares of" before the name', 'He bought shares of Brandt .', 4, 4, true],
  ['"a stake in" before the name', 'He took a stake in Brandt .', 5, 5, true],
  ['not "said it" after the name', 'Brandt said it would rain .', 0, 0, false],
  ['not "said his" after the name', 'Brandt said his profit rose .', 0, 0, false],
  ['not a person\u2019s own possession', "Brandt 's wife said so .", 0, 0, false],
  ['not a comma and "who" after the name', 'Brandt , who makes tools , left .', 0, 0, false],
  ['not capitalised "Shares" opening the next name', 'Brandt Shares Fund rose .', 0, 0, false],
]

for (const [name, sentence, first, last, expected] of contexts) {
  test(`hasCompanyContext reads ${name}`, () => assert.equal(hasCompanyContext(sentence.split(' '), first, last), expected))
}

test('collects a tagger person in a company context but not one opening with a given name', () => {
  const sentences = [
    { words: 'Brandt said its profit rose .'.split(' '), candidates: [{ first: 0, last: 0, type: 'PERSON', source: 'model' } as Candidate] },
    { words: 'Tomas Varga said its board met .'.split(' '), candidates: [{ first: 0, last: 1, type: 'PERSON', source: 'model' } as Candidate] },
  ]
  assert.deepEqual([...corporateNames(sentences, (w) => w === 'Tomas')], ['brandt'])
})

test('types a name that speaks of "its" review as an organisation everywhere in the document', () => {
  const found = entitiesOf('Comissa Brandt said in its weekly review that prices rose. Comissa Brandt said exports fell.')
  assert.deepEqual(found, [
    ['Comissa Brandt', 'ORG'],
    ['Comissa Brandt', 'ORG'],
  ])
})

test('keeps a person with a given name who speaks for a body a person', () => {
  const found = entitiesOf('Lida Marosh said its board would meet. Marosh said the vote was close.')
  assert.ok(found.some(([t, type]) => t === 'Lida Marosh' && type === 'PERSON'), JSON.stringify(found))
  assert.ok(found.some(([t, type]) => t === 'Marosh' && type === 'PERSON'), JSON.stringify(found))
})

test('types a firm named after an analyst and "at" as an organisation even after a given name', () => {
  const found = entitiesOf('Prices will rise, said an analyst at Morgan Velder. Morgan Velder expects more.')
  assert.deepEqual(
    found.filter(([t]) => t === 'Morgan Velder'),
    [
      ['Morgan Velder', 'ORG'],
      ['Morgan Velder', 'ORG'],
    ],
  )
})

const descriptors: Array<[string, string, number, number, boolean]> = [
  ['a company noun right before the name', 'Dutch brewer Velkor said so .', 2, 2, true],
  ['a company noun before a name that opens with a given name', 'US bank Morgan Lehr rose .', 2, 3, true],
  ['not a company noun after a determiner', 'the firm Lida Marosh founded grew .', 2, 3, false],
  ['not a noun that also names a person\u2019s trade', 'film maker Lida Marosh won .', 2, 3, false],
  ['not a name the tagger cut short of its capitalised rest', 'lobby group Vell Rights Commission said .', 2, 2, false],
]

for (const [name, sentence, first, last, expected] of descriptors) {
  test(`isAfterCompanyDescriptor reads ${name}`, () => assert.equal(isAfterCompanyDescriptor(sentence.split(' '), first, last), expected))
}

test('types a company named after a descriptor as an organisation in the whole document', () => {
  const found = entitiesOf('Dutch brewer Velkor said profits fell. Velkor will cut jobs in Belmora.')
  assert.deepEqual(
    found.filter(([t]) => t === 'Velkor'),
    [
      ['Velkor', 'ORG'],
      ['Velkor', 'ORG'],
    ],
  )
})
