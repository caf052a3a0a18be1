import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Candidate } from './candidates.js'
import type { EntityName } from './index.js'
import { entityFinder } from './test-entities.js'
import { applyTitleCaseLines, isTitleCaseLine, type TitleCaseWords } from './title-case-lines.js'

const names: EntityName[] = [
  { text: 'Arvenia', type: 'GPE' },
  { text: 'Belmora', type: 'GPE' },
]

const entitiesOf = entityFinder(names)

const lines: Array<[string, string, boolean]> = [
  ['reads a headline with every long word capitalised as title case', 'Velkor Profit Rises on Strong Sales', true],
  ['reads a headline with a short lowercase word as title case', 'Retailers Vie for Back - To - School Buyers', true],
  ['does not read a sentence-case headline as title case', 'Velkor says profit rose on strong sales', false],
  ['does not read a line in capitals as title case', 'VELKOR PROFIT RISES ON SALES', false],
  ['does not read two names as title case', 'Velkor Holdings', false],
  ['does not read a sentence full of names as title case', 'Minister Lida Marosh met Tomas Varga in Vell .', false],
  ['does not read names without capitalised common words as title case', 'Minister Lida Marosh Tomas Varga Vell', false],
]

for (const [name, line, expected] of lines) {
  test(name, () => assert.equal(isTitleCaseLine(line.split(' '), (w) => ['profit', 'rises', 'strong', 'sales', 'buyers', 'school', 'back', 'says'].includes(w)), expected))
}

const common = new Set(['profit', 'rises', 'on', 'strong', 'sales', 'dollar', 'sues', 'court', 'rebels', 'storm', 'quarterly', 'earnings', 'over', 'building', 'today', 'data'])
const lex: TitleCaseWords = { isCommon: (w) => common.has(w), isCompanyForm: (w) => w === 'inc' || w === 'co.', isHead: (w) => w === 'court' }
const model = (first: number, last: number, type: Candidate['type']): Candidate => ({ first, last, type, source: 'model' })

test('cuts common words off the edges of a headline span the body backs', () => {
  const sentences = [
    { words: 'Velkor Quarterly Earnings Rise Strongly'.split(' '), candidates: [model(0, 2, 'ORG')] },
    { words: 'Velkor Inc said sales rose .'.split(' '), candidates: [model(0, 1, 'ORG')] },
  ]
  applyTitleCaseLines(sentences, lex)
  assert.deepEqual(sentences[0]?.candidates, [model(0, 0, 'ORG')])
})

test('drops a headline span of common words only', () => {
  const sentences = [
    { words: 'Dollar Rises on Strong Sales Data'.split(' '), candidates: [model(0, 1, 'ORG')] },
    { words: 'The dollar rose .'.split(' '), candidates: [] as Candidate[] },
  ]
  applyTitleCaseLines(sentences, lex)
  assert.deepEqual(sentences[0]?.candidates, [])
})

test('cuts a headline span to the longest name the body knows, with its type', () => {
  const sentences = [
    { words: 'Arvenia Sues Velkor Dorn Over Sales'.split(' '), candidates: [model(0, 3, 'ORG')] },
    { words: 'Velkor Dorn Co. denied it .'.split(' '), candidates: [model(0, 2, 'ORG')] },
  ]
  applyTitleCaseLines(sentences, lex)
  assert.deepEqual(sentences[0]?.candidates, [model(2, 3, 'ORG')])
})

test('keeps a head word and the name before it', () => {
  const sentences = [
    { words: 'Rebels Storm Belmora Court Building Today'.split(' '), candidates: [model(0, 3, 'ORG')] },
    { words: 'Belmora said so .'.split(' '), candidates: [model(0, 0, 'GPE')] },
  ]
  applyTitleCaseLines(sentences, lex)
  assert.deepEqual(sentences[0]?.candidates, [model(2, 3, 'ORG')])
})

test('leaves the body and a sentence-case headline alone', () => {
  const sentences = [
    { words: 'Velkor profit rises on sales'.split(' '), candidates: [model(0, 1, 'ORG')] },
    { words: 'Strong Sales Rise said Velkor Profit .'.split(' '), candidates: [model(0, 2, 'ORG')] },
  ]
  applyTitleCaseLines(sentences, lex)
  assert.deepEqual(sentences[0]?.candidates, [model(0, 1, 'ORG')])
  assert.deepEqual(sentences[1]?.candidates, [model(0, 2, 'ORG')])
})

test('keeps no organisation of common words from a title-case headline', () => {
  const found = entitiesOf('Dollar Rises on Strong Export Data\n\nThe dollar rose in Arvenia on Friday, traders said.')
  assert.ok(!found.some(([t]) => t.includes('Dollar')), JSON.stringify(found))
})
