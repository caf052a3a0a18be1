import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { EntityType } from '../../core/index.js'
import type { Candidate } from './candidates.js'
import type { EntityName } from './index.js'
import { entityFinder } from './test-entities.js'
import { applyOrgShortForms, collectOrgShortForms, companyCore, isCapsLine, retypeCompanyNames, type OrgFormWords } from './org-short-forms.js'

const names: EntityName[] = [
  { text: 'Arvenia', type: 'GPE' },
  { text: 'Belmora', type: 'GPE' },
  { text: 'Arvenian', type: 'NORP' },
]

const entitiesOf = entityFinder(names)

const hits: Array<[string, string, [string, EntityType]]> = [
  ['types the bare name of a company named with its form as an organisation', 'Varnello Holdings Inc said its profit rose. Varnello said sales fell in Belmora.', ['Varnello', 'ORG']],
  ['types a bare company name the tagger calls a person as an organisation', 'Tomas Varga said Dreska Ltd would buy the plant. Dreska said the deal closed.', ['Dreska', 'ORG']],
  ['types a company named in a capitals headline like its body mention', 'KORVANE SETS PAYOUT\n\nKorvane Corp said on Monday its board approved a payout.', ['KORVANE', 'ORG']],
  ['types the bare name of a company named with an industry word as an organisation', 'Analysts expect Velmora Motors to cut jobs. Velmora said on Friday it would not.', ['Velmora', 'ORG']],
  ['types a tagger person ending in a company form as an organisation', 'Shares of Harnek AG fell after Harnek warned on profits.', ['Harnek AG', 'ORG']],
  ['takes the core of a capitals headline company for its body mentions', 'DRESKA TRADING CO <DTC> SETS PAYOUT\n\nDreska Trading said its board met.', ['Dreska Trading', 'ORG']],
]

for (const [name, text, expected] of hits) {
  test(name, () => {
    const found = entitiesOf(text)
    assert.ok(found.some(([t, type]) => t === expected[0] && type === expected[1]), JSON.stringify(found))
  })
}

test('extends a known company over the legal forms written after it', () => {
  const find = entityFinder([...names, { text: 'Korvane Brothers', type: 'ORG' }])
  for (const text of ['Lead manager is Korvane Brothers & Co Inc.', 'Lead manager is Korvane Brothers and Co.', 'Korvane Brothers Ltd said it would appeal.']) {
    const found = find(text)
    assert.ok(found.some(([t, type]) => t.startsWith('Korvane Brothers ') && type === 'ORG' && !/\s(?:said|it)\b/.test(t)), `${text} ${JSON.stringify(found)}`)
  }
  assert.ok(find('Korvane Brothers and Belmora signed.').some(([t]) => t === 'Korvane Brothers'))
})

test('keeps a person who shares a word with a company a person', () => {
  const found = entitiesOf('Kessa Dorn Co bought the mill. Lida Dorn, its chairman, said Dorn would grow.')
  assert.ok(found.some(([t, type]) => t === 'Lida Dorn' && type === 'PERSON'), JSON.stringify(found))
  assert.ok(!found.some(([t, type]) => t === 'Dorn' && type === 'ORG'), JSON.stringify(found))
})

test('keeps the people of a document people when no company is named with its form', () => {
  const found = entitiesOf('Tomas Varga met Lida Marosh in Belmora. Varga said the talks went well.')
  assert.ok(found.some(([t, type]) => t === 'Varga' && type === 'PERSON'), JSON.stringify(found))
  assert.ok(!found.some(([, type]) => type === 'ORG'), JSON.stringify(found))
})

test('does not make a country opening a company name an organisation', () => {
  const found = entitiesOf('Arvenia Steel Corp cut prices. Exports from Arvenia fell.')
  assert.ok(found.some(([t, type]) => t === 'Arvenia' && type === 'GPE'), JSON.stringify(found))
})

const forms = new Set(['inc', 'corp', 'co', 'ltd'])
const lex: OrgFormWords = {
  companyForms: forms,
  isCompanyForm: (lower) => forms.has(lower.replace(/\.$/, '')),
  isCompanyFormWord: (word) => forms.has(word.toLowerCase().replace(/\.$/, '')),
  companyHeads: new Set(['motors']),
  isGivenName: (word) => word === 'Tomas',
  isTitle: (lower) => lower === 'president',
  isUsableForm: (part) => part.length > 1 || !['general', 'tomas'].includes(part[0]?.toLowerCase() ?? ''),
}

const cores: Array<[string, string[], string[] | undefined]> = [
  ['drops a trailing company form', ['Kessa', 'Holdings', 'Inc'], ['Kessa', 'Holdings']],
  ['drops a form with its period and "and Co"', ['Dorn', 'Brothers', 'and', 'Co.', 'Inc.'], ['Dorn', 'Brothers']],
  ['takes no core from a name without a form', ['Kessa', 'Trade', 'Council'], undefined],
  ['takes no core from a person named before "of" a company', ['Tomas', 'Varga', 'of', 'Kessa', 'Inc'], undefined],
  ['takes no core from a form alone', ['Inc'], undefined],
]

for (const [name, words, expected] of cores) {
  test(`companyCore ${name}`, () => assert.deepEqual(companyCore(words, forms), expected))
}

test('collects the words before an industry word as a short form', () => {
  const sentences = [{ words: ['Tarvo', 'Motors', 'said', 'so'], candidates: [{ first: 0, last: 1, type: 'ORG', source: 'model' } as Candidate] }]
  assert.deepEqual([...collectOrgShortForms(sentences, lex)], ['tarvo'])
})

test('collects the core and its openings but no unusable one-word form', () => {
  const sentences = [{ words: ['General', 'Velder', 'Corp', 'said', 'so'], candidates: [{ first: 0, last: 2, type: 'ORG', source: 'model' } as Candidate] }]
  assert.deepEqual([...collectOrgShortForms(sentences, lex)].sort(), ['general velder'])
})

test('adds an untagged short form as an organisation and retypes a tagged one', () => {
  const sentences = [
    { words: ['Velder', 'Corp', 'rose', '.'], candidates: [{ first: 0, last: 1, type: 'ORG', source: 'model' } as Candidate] },
    { words: ['Velder', 'said', 'Velder', 'Lane', 'fell', '.'], candidates: [{ first: 0, last: 0, type: 'PERSON', source: 'model' } as Candidate] },
    { words: ['Analysts', 'said', 'Velder', 'gained', '.'], candidates: [] as Candidate[] },
  ]
  applyOrgShortForms(sentences, collectOrgShortForms(sentences, lex))
  assert.deepEqual(sentences[1]?.candidates, [{ first: 0, last: 0, type: 'ORG', source: 'model' }])
  assert.deepEqual(sentences[2]?.candidates, [{ first: 2, last: 2, type: 'ORG', source: 'rule' }])
})

const acronyms: Array<[string, string[], Candidate, Candidate['type']]> = [
  ['types a tagger person that is an acronym in running text as an organisation', 'KDT said sales rose .'.split(' '), { first: 0, last: 0, type: 'PERSON', source: 'model' }, 'ORG'],
  ['keeps a tagger person after a title a person even in capitals', 'President TAVO said so .'.split(' '), { first: 1, last: 1, type: 'PERSON', source: 'model' }, 'PERSON'],
  ['keeps a four-letter name in capitals with two vowels a person', 'Then TAVO said so .'.split(' '), { first: 1, last: 1, type: 'PERSON', source: 'model' }, 'PERSON'],
  ['keeps an acronym in a line in capitals as tagged', 'KDT SAYS SALES ROSE'.split(' '), { first: 0, last: 0, type: 'PERSON', source: 'model' }, 'PERSON'],
]

for (const [name, words, candidate, expected] of acronyms) {
  test(name, () => {
    const sentences = [{ words, candidates: [candidate] }]
    retypeCompanyNames(sentences, lex)
    assert.equal(sentences[0]?.candidates[0]?.type, expected)
  })
}

test('keeps acronyms persons in a document that writes surnames in capitals', () => {
  const sentences = [
    { words: 'Joaquin BALDOR won .'.split(' '), candidates: [{ first: 0, last: 1, type: 'PERSON', source: 'model' } as Candidate] },
    { words: 'BOSK lost .'.split(' '), candidates: [{ first: 0, last: 0, type: 'PERSON', source: 'model' } as Candidate] },
  ]
  retypeCompanyNames(sentences, lex)
  assert.equal(sentences[1]?.candidates[0]?.type, 'PERSON')
})

test('tells a line in capitals from running text', () => {
  assert.equal(isCapsLine(['KESSA', '<', 'KSC', '>', 'SETS', '2ND', 'QTR']), true)
  assert.equal(isCapsLine(['Kessa', 'Corp', 'said', 'so']), false)
  assert.equal(isCapsLine(['A', '1']), false)
})

test('never holds a colon inside a name: a transcript label or headline speaker and what follows are apart', () => {
  const texts = ['LIND: Belmora will not sign the deal.\n\nVARGA: Then we will leave.', 'Lind: Arvenia Must Lift Tariffs\n\nTomas Lind spoke in Vell.']
  for (const text of texts) {
    const found = entitiesOf(text)
    assert.ok(!found.some(([t]) => t.includes(':')), JSON.stringify(found))
  }
  assert.ok(entitiesOf('Lind: Arvenia Must Lift Tariffs\n\nTomas Lind spoke in Vell.').some(([t, type]) => t === 'Arvenia' && type === 'GPE'))
})
