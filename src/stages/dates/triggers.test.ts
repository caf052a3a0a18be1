// Tests for trigger words: which rules one pass over a text rules out, and that skipping them never changes the dates found.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import fc from 'fast-check'
import { createDoc, type Doc } from '../../core/index.js'
import { buildPipeline, runPipeline } from '../../pipeline/index.js'
import { normalizeStage } from '../normalize/index.js'
import { structureStage } from '../structure/index.js'
import { tokensStage } from '../tokens/index.js'
import { createRuleEnv, loadDateLexicon } from './index.js'
import { recognizeDates } from './recognize.js'
import { createDateRules } from './rules.js'
import { DIGIT_STARTS, createTriggerIndex, leadsOf, makeLeads, makeTriggers, triggerWords } from './triggers.js'

test('flags a rule only when every trigger group has a word that is a whole run of letters', () => {
  const index = createTriggerIndex([{ triggers: [['ago']] }, { triggers: [['year'], ['ago', 'earlier']] }, { triggers: [['monday', 'mondays']] }, {}])
  const cases: Array<[text: string, flags: number[]]> = [
    ['Arvenia left two years ago.', [1, 0, 0, 1]],
    ['Arvenia left a year ago.', [1, 1, 0, 1]],
    ['Arvenia left a YEAR EARLIER.', [0, 1, 0, 1]],
    ['Belmora votes on Mondays', [0, 0, 1, 1]],
    ['Belmora votes on Monday', [0, 0, 1, 1]],
    ['Belmora votes on Mondayish days', [0, 0, 0, 1]],
    ['agog yearly agoraphobia', [0, 0, 0, 1]],
    ['year2016ago', [1, 1, 0, 1]],
    ['', [0, 0, 0, 1]],
  ]
  for (const [text, flags] of cases) assert.deepEqual([...index.scan(text).mayMatch], flags, text)
})

test('flags every rule when the text holds a character that folds to an ASCII letter', () => {
  const index = createTriggerIndex([{ triggers: [['sept']] }, { triggers: [['kelvin']], prechecks: [/\d kelvin/i] }])
  assert.deepEqual([...index.scan('on 5 \u017fept').mayMatch], [1, 1])
  assert.deepEqual([...index.scan('at 300 \u212a').mayMatch], [1, 1])
  assert.deepEqual([...index.scan('on 5 sept').mayMatch], [1, 0])
})

test('flags a rule with trigger words present only when each of its prechecks matches', () => {
  const index = createTriggerIndex([{ triggers: [['times']], prechecks: [/\d\s+times/i, /twice|\d times a/i] }, { prechecks: [/\d/] }])
  const cases: Array<[text: string, flags: number[]]> = [
    ['Arvenia voted 3 times a year.', [1, 1]],
    ['Arvenia voted 3 times.', [0, 1]],
    ['Arvenia voted many times a year.', [0, 0]],
    ['Arvenia voted 3 times, then twice.', [1, 1]],
  ]
  for (const [text, flags] of cases) assert.deepEqual([...index.scan(text).mayMatch], flags, text)
})

test('takes the longest letter run of each lexicon entry as its trigger word', () => {
  assert.deepEqual(triggerWords(["New Year's Day", 'Sept.', 'the coming years']), ['year', 'sept', 'coming'])
  assert.equal(triggerWords(['1990', 'May']), undefined)
  assert.equal(makeTriggers(['ago'], undefined), undefined)
  assert.equal(makeTriggers(['ago'], []), undefined)
  assert.deepEqual(makeTriggers(['ago'], ['year']), [['ago'], ['year']])
})

test('lists where a rule can start: its lead words as whole runs, and digits after no digit', () => {
  const index = createTriggerIndex([
    { leads: makeLeads(['last', 'the'], ['may']) },
    { leads: DIGIT_STARTS },
    { triggers: [['ago']], leads: makeLeads(['two'], DIGIT_STARTS) },
    {},
  ])
  const scan = index.scan('The last May, 12 or 2016-05-04, thelast two ago')
  const startsOf = (r: number): number[] | undefined => {
    const count = scan.startsOf(r)
    return count < 0 ? undefined : [...scan.starts.subarray(0, count)]
  }
  assert.deepEqual(startsOf(0), [0, 4, 9])
  assert.deepEqual(startsOf(1), [14, 20, 25, 28])
  assert.deepEqual(startsOf(2), [14, 20, 25, 28, 40])
  assert.equal(startsOf(3), undefined)
  assert.equal(index.scan('the \u017fame 5').startsOf(1), -1)
})

test('takes the first letter run of each lexicon entry as its lead, or a digit', () => {
  assert.deepEqual(leadsOf(['twenty-first', '1st', 'a couple of', 'Sept.']), { words: ['twenty', 'a', 'sept'], digits: true })
  assert.equal(leadsOf(['two', "'90s"]), undefined)
  assert.equal(makeLeads(['the'], undefined), undefined)
  assert.deepEqual(makeLeads(['The'], { words: ['last'], digits: false }), { words: ['the', 'last'], digits: false })
})

const lexicon = loadDateLexicon()
const rules = createDateRules(lexicon)
const rulesWithoutTriggers = rules.map(({ triggers: _triggers, prechecks: _prechecks, leads: _leads, ...rule }) => rule)
const pipeline = buildPipeline([normalizeStage, structureStage, tokensStage])

/** The dates of a text found with and without trigger words. */
function bothWays(text: string, published: string | undefined): [unknown, unknown] {
  const doc: Doc = runPipeline(pipeline, createDoc(text, published === undefined ? {} : { published }))
  return [recognizeDates(rules, createRuleEnv(doc, lexicon)), recognizeDates(rulesWithoutTriggers, createRuleEnv(doc, lexicon))]
}

const SENTENCES = [
  'The accord of 2016-05-04 was signed on May 6, 2016, and again on 12th of March 2015.',
  'Talks resumed on Monday, Oct. 12 and ended Friday, Oct. 9, 1998.',
  'Exports fell in January 2015 and rose on Jan. 12 and 13, then on April 24 and 25.',
  'The envoy arrived on 5 May and left in March; it may march on in fiscal 2015 and FY16.',
  'Arvenia was founded in 1956 and grew in the nineteen nineties, in two thousand and five, and in the 1990s and the eighties.',
  'Profit rose for the year and at the year-end, and in the 1988 quarter and the 21st century.',
  'Last summer and in the spring of 2014 the harvest failed; this winter it may recover.',
  'Output fell in the third quarter, in Q3 2015, in last year\'s second half and in H1.',
  'Belmora recalled its envoy last week, at the end of the month and over the weekend.',
  'That year and the following month, later that day, the talks stalled.',
  'Yesterday morning, today, tomorrow night and tonight the army moved; this morning and last night too.',
  'The council meets on Mondays and met last Friday; the Sunday Times wrote on Christmas Eve 2015 and New Year\'s Day.',
  'Two years ago, three weeks earlier and five days later the border closed, a year ago and the year-ago quarter.',
  'In the latest quarter the company recovered; recently, currently and in the coming years it may grow.',
  'Four flights a week, $33 million a year, twice a month, once per year, every other week, each Monday.',
  'Talks could last several weeks; they lasted for two and a half years and a 10-year plan.',
  'Vell voted on 3rd of May, on 4 June and on 5 Sept. and 6 Septx, from May 6-7, 2016 and June 8 through 9 to 10.',
  'Twice a year and 3 times per month, at 10:30 am, at 11 p.m. and 12 pm, near noonday.',
  'Daily flights, its quarterly dividend, a weekly meeting held weekly.',
  'At 14:30 GMT, by 1200 GMT, at 9 a.m. Tuesday, at midnight Friday and at noon the troops left; 10am and 3pm too.',
  'ARVENIA SAID ON MAY 5 THAT LAST WEEK IT HAD SPENT $5 MLN A YEAR.',
  'No date is named in this sentence about Vell and Corvan.',
  'In the twenty-first century, the 21st century and the twenties, fiscal 1987 and FY88 and the year-end, Vell grew.',
  'The 1988 period, the latest quarter, the year 2001, nineteen eighty-four and the same week, later that month.',
  'The very end of the year, the rest of the week, in the coming weeks, at the moment, right now and these days.',
]

test('finds the same dates with and without trigger words and leads on sentences that use every rule', () => {
  for (const sentence of SENTENCES) {
    for (const published of ['2016-05-04', undefined]) {
      const [withTriggers, without] = bothWays(sentence, published)
      assert.deepEqual(withTriggers, without, sentence)
    }
  }
})

const WORDS = [
  ...SENTENCES.join(' ').split(/\s+/),
  'Mondays',
  'Sept.',
  'sept',
  '\u017fept',
  'a.m.',
  'p.m.',
  'noonday',
  'ago',
  'years',
  '1/2',
  '-',
  ',',
  '.',
  '\n\n',
  '5May',
  'May5',
  '_May',
  'thelast',
  "'90s",
  '1990s',
  'Q3',
  'H1',
]

test('finds the same dates with and without trigger words and leads on random word salad', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 30 }), fc.boolean(), (words, isDated) => {
      const [withTriggers, without] = bothWays(words.join(' '), isDated ? '2016-05-04' : undefined)
      assert.deepEqual(withTriggers, without)
    }),
    { numRuns: 300 },
  )
})
