// Runs the whole default pipeline on an invented article and checks that dates and figures keep the document sound.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { analyze } from '../../api/index.js'
import { checkDoc } from '../../core/index.js'

const ARTICLE = [
  'Arvenia and Belmora agree to reopen border talks',
  '',
  'VELL, May 3 - Arvenian Foreign Minister Lena Orsk said on Tuesday that she will meet her Belmoran counterpart in Port Amsel on Friday, the first such meeting since 1998.',
  '',
  "Trade between the two neighbours fell by 30-40 percent last year, and Arvenia's exports to Belmora dropped to $1.2 billion, officials said.",
  '',
  'Orsk said two-thirds of the border crossings have been closed for two years, and that the talks could last several weeks.',
  '',
  'The last round of negotiations, in the spring of 2014, collapsed after three days. Belmora may propose a new customs deal next month.',
].join('\n')

test('keeps the document sound when dates and figures run on a whole article', () => {
  const doc = analyze(ARTICLE, { published: '2016-05-04' })
  assert.deepEqual(checkDoc(doc), [])
  const dates = doc.layers.dates ?? []
  const figures = doc.layers.figures ?? []
  assert.ok(dates.some((t) => t.text === 'Friday' && t.value === '2016-05-06'))
  assert.ok(dates.some((t) => t.text === 'Tuesday' && t.value === '2016-05-03'))
  assert.ok(dates.some((t) => t.text === 'last year' && t.value === '2015'))
  assert.ok(dates.some((t) => t.text === 'the spring of 2014' && t.value === '2014-SP'))
  assert.ok(dates.some((t) => t.text === 'next month' && t.value === '2016-06'))
  assert.ok(!dates.some((t) => t.text.toLowerCase() === 'may' && t.start > ARTICLE.indexOf('Belmora may')))
  const range = figures.find((f) => f.text === '30-40 percent')
  assert.equal(range?.change, 'decrease')
  assert.equal(range?.measure?.text, 'Trade')
  assert.ok(dates.some((t) => t.text === 'several weeks' && t.value === 'PXW'))
  assert.equal(figures.find((f) => f.text === '$1.2 billion')?.value, 1.2e9)
  // Numbers that are part of dates ("since 1998", "two years") are not figures.
  assert.ok(!figures.some((f) => dates.some((d) => d.start < f.end && f.start < d.end)))
  assert.ok(!figures.some((f) => f.text === '1998'))
})
