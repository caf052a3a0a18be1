// Tests for the dates stage: hits and misses over invented sentences, resolved against a publication day.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { checkDoc, createDoc, type Doc, type Timex } from '../../core/index.js'
import { buildPipeline, runPipeline } from '../../pipeline/index.js'
import { normalizeStage } from '../normalize/index.js'
import { structureStage } from '../structure/index.js'
import { tokensStage } from '../tokens/index.js'
import { datesStage } from './index.js'

const pipeline = buildPipeline([normalizeStage, structureStage, tokensStage, datesStage])

/** Runs the stages up to dates; 2016-05-04 is a Wednesday in ISO week 18. */
function analyze(text: string, published: string | null = '2016-05-04'): Doc {
  const doc = runPipeline(pipeline, createDoc(text, published === null ? {} : { published }))
  assert.deepEqual(checkDoc(doc), [])
  return doc
}

function find(doc: Doc, surface: string): Timex | undefined {
  return (doc.layers.dates ?? []).find((t) => t.text === surface)
}

test('resolves date expressions against the publication date', () => {
  const hits: Array<[sentence: string, surface: string, value: string, type?: Timex['type']]> = [
    ['The ministers met in Vell on Jan. 12.', 'Jan. 12', '2016-01-12'],
    ['Arvenia signed the accord in 1956.', '1956', '1956'],
    ['The talks will resume in May.', 'May', '2016-05'],
    ['Belmora recalled its envoy last week.', 'last week', '2016-W17'],
    ['The president will meet his Belmoran counterpart on Friday.', 'Friday', '2016-05-06'],
    ['The president met his Belmoran counterpart on Friday.', 'Friday', '2016-04-29'],
    ['He said the envoys would meet again on Friday.', 'Friday', '2016-05-06'],
    ['He said the envoys would have met on Friday.', 'Friday', '2016-04-29'],
    ['The bloc said it would review the measures in March.', 'March', '2017-03'],
    ['The summit is scheduled for May 6.', 'May 6', '2016-05-06'],
    ['The board created a new office, effective Feb. 1.', 'Feb. 1', '2017-02-01'],
    ['The board met on Feb. 1.', 'Feb. 1', '2016-02-01'],
    ['Exports to Belmora grew this year.', 'this year', '2016'],
    ['The border closed two years ago.', 'two years ago', '2014'],
    ["Belmora's army withdrew last summer.", 'last summer', '2015-SU'],
    ['Output will recover in the third quarter.', 'the third quarter', '2016-Q3'],
    ['Output fell in the third quarter.', 'the third quarter', '2015-Q3'],
    ['Arvenia was poorer in the 1990s.', '1990s', '199'],
    ['Arvenia is now a member of the council.', 'now', 'PRESENT_REF'],
    ['Relations recently improved.', 'recently', 'PAST_REF'],
    ['Talks may resume in the future.', 'the future', 'FUTURE_REF'],
    ['The pipeline opened in mid-2015.', 'mid-2015', '2015'],
    ['The envoy returns in early March.', 'early March', '2016-03'],
    ['Talks resumed in mid-May.', 'mid-May', '2016-05'],
    ['The treaty was signed on the 5th of May.', '5th of May', '2016-05-05'],
    ['They will meet again in the coming weeks.', 'the coming weeks', 'FUTURE_REF'],
    ['Trade boomed in the late 1990s.', 'the late 1990s', '199'],
    ['The troops will leave by the end of the year.', 'the end of the year', '2016'],
    ['The embargo lasted for two years.', 'two years', 'P2Y', 'DURATION'],
    ['The envoys meet every week.', 'every week', 'P1W', 'SET'],
    ['Vell protested yesterday.', 'yesterday', '2016-05-03'],
    ['Vell protests today.', 'today', '2016-05-04'],
    ['The vote is tonight.', 'tonight', '2016-05-04TNI', 'TIME'],
    ['Prices rose last month.', 'last month', '2016-04'],
    ['Prices will rise next month.', 'next month', '2016-06'],
    ['Crowds gathered over the weekend.', 'the weekend', '2016-W17-WE'],
    ['The plan covers fiscal 2017.', 'fiscal 2017', '2017'],
    ['Growth slowed in the first half of 2015.', 'the first half of 2015', '2015-H1'],
    ['The treaty shaped the 20th century.', 'the 20th century', '19'],
    ['They met on May 6, 2015 in Vell.', 'May 6, 2015', '2015-05-06'],
    ['The summit will be held on April 24 and 25.', '25', '2016-04-25'],
    ['The March accession enlarged the union.', 'March', '2016-03'],
    ['The March accession will enlarge the union.', 'March', '2017-03'],
    ['The vote was held on Monday, Oct. 12, 2015.', 'Monday, Oct. 12, 2015', '2015-10-12'],
    ['The session opens at 10 a.m. in Vell.', '10 a.m.', '2016-05-04T10:00', 'TIME'],
    ['Shares rose 4% by 1200 GMT.', '1200 GMT', '2016-05-04T12:00', 'TIME'],
    ['The polls will close at 21:30 on Friday.', '21:30 on Friday', '2016-05-06T21:30', 'TIME'],
    ['The envoys met at 9 a.m. Tuesday.', '9 a.m. Tuesday', '2016-05-03T09:00', 'TIME'],
    ['The ceasefire held for six months.', 'six months', 'P6M', 'DURATION'],
    ['The talks may take two to three weeks.', 'two to three weeks', 'P2W', 'DURATION'],
    ['The siege lasted 2 1/2 years.', '2 1/2 years', 'P2.5Y', 'DURATION'],
    ['Inflation was high in the 2008 financial year and in 2009.', '2009', '2009'],
  ]
  for (const [sentence, surface, value, type] of hits) {
    const timex = find(analyze(sentence), surface)
    assert.ok(timex, `no timex "${surface}" in: ${sentence}`)
    assert.equal(timex.value, value, sentence)
    assert.equal(timex.type, type ?? 'DATE', sentence)
  }
})

test('reads a simple present of an arrangement and "is due to" as ahead, and a reporting present, a possessive or a headline as past', () => {
  const cases: Array<[text: string, surface: string, value: string]> = [
    ['Lind meets the Belmoran envoy on Friday.', 'Friday', '2016-05-06'],
    ['The summit opens Monday in Vell.', 'Monday', '2016-05-09'],
    ['Lind is due to visit Vell on Friday.', 'Friday', '2016-05-06'],
    ['The ministry says Friday was calm.', 'Friday', '2016-04-29'],
    ["The move follows Tuesday's vote in Vell.", 'Tuesday', '2016-05-03'],
    ['The deal had been due to expire Friday.', 'Friday', '2016-04-29'],
    ['Lind met the Belmoran envoy on Friday.', 'Friday', '2016-04-29'],
    // A headline's present tells of the past.
    ['Lind meets envoy on Friday\n\nLind met the Belmoran envoy in Vell.', 'Friday', '2016-04-29'],
  ]
  for (const [text, surface, value] of cases) assert.equal(find(analyze(text), surface)?.value, value, text)
})

test('does not take modal may, verb march, names, counts, money or phone numbers for dates', () => {
  const misses = [
    'Arvenia may join the alliance.',
    'Thousands march in Vell against the treaty.',
    'Protesters will march on the capital.',
    'The Sunday Times reported the deal.',
    'The blast killed 1,956 people.',
    'The blast killed 1956 people.',
    'Call 555-1956 for details.',
    'The vault held 3000 coins and 0999 keys.',
    'The deal is worth $2015 million.',
    'Inflation reached 2012 percent.',
    'The third man arrived first.',
    'Arvenia won the match 2:1.',
  ]
  for (const sentence of misses) {
    assert.deepEqual(
      (analyze(sentence).layers.dates ?? []).map((t) => t.text),
      [],
      sentence,
    )
  }
})

test('leaves relative dates unanchored with a diagnostic when there is no publication date', () => {
  const doc = analyze('Arvenia met Belmora on Friday, and in 1956 they signed a treaty.', null)
  assert.equal(find(doc, 'Friday')?.anchor, 'none')
  assert.equal(find(doc, 'Friday')?.value, 'XXXX-XX-XX')
  assert.equal(find(doc, '1956')?.value, '1956')
  assert.equal(find(doc, '1956')?.anchor, 'absolute')
  assert.ok(doc.diagnostics.some((d) => d.stage === 'dates' && d.code === 'date-unanchored'))
})

test('resolves "the following year" and "that day" against the last date named before them', () => {
  const doc = analyze(
    'Arvenia joined the union in 1998. The following year, Belmora joined. On Jan. 12 the envoys met, and later that day they signed.',
  )
  assert.equal(find(doc, 'The following year')?.value, '1999')
  assert.equal(find(doc, 'The following year')?.anchor, 'context')
  assert.equal(find(doc, 'later that day')?.value, '2016-01-12')
  assert.equal(find(analyze('They signed later that day.'), 'later that day'), undefined)
})

test('reads "a year earlier" and "the same period last year" after a quarter as that quarter a year before', () => {
  const doc = analyze(
    'Profit rose in the third quarter of 2015, up from a loss a year earlier and from the same period last year.',
  )
  assert.equal(find(doc, 'a year earlier')?.value, '2014-Q3')
  assert.equal(find(doc, 'last year')?.value, '2014-Q3')
  assert.equal(find(doc, 'last year')?.anchor, 'context')
})

test('gives every date a deterministic id and the same output on a rerun', () => {
  const text = 'Arvenia met Belmora on Friday and will meet again next month.'
  assert.deepEqual(analyze(text).layers.dates, analyze(text).layers.dates)
})
