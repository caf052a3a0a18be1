// Tests for figure starts: the one-pass start lists, and that trying patterns only there finds the same figures as full scans.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import fc from 'fast-check'
import { forEachMatchAt } from '../../core/index.js'
import { loadFigureLexicon } from './lexicon.js'
import { createFigureRecognizer } from './recognize.js'
import { createStartFinder, leadWords } from './starts.js'

const finder = createStartFinder({ number: ['two', 'a', 'between'], currency: ['dlrs', 'u'], fraction: ['half', 'a'] })

test('lists digit runs, decimal points and lead words as starts', () => {
  const cases: Array<[text: string, number: number[], currency: number[], fraction: number[]]> = [
    ['Arvenia sent 12 envoys and 300 troops', [13, 27], [], []],
    ['a .5 rise, 1.25 and 3,000', [0, 2, 3, 11, 12, 13, 20, 22], [], [0]],
    ['Two or twofold, between a half', [0, 16, 24], [], [24, 26]],
    ['dlrs 5 and U.S. dollars', [5], [0, 11], []],
    ['Belmora2 x99', [7, 10], [], []],
    ['no figures here', [], [], []],
  ]
  for (const [text, number, currency, fraction] of cases) {
    assert.deepEqual(finder.find(text), { number, currency, fraction }, text)
  }
})

test('gives no starts when the text holds a character that folds to an ASCII letter', () => {
  assert.equal(finder.find('\u017fix dlrs'), undefined)
  assert.equal(finder.find('3 \u212a'), undefined)
})

test('takes the first letter run of each entry as its lead word', () => {
  assert.deepEqual(leadWords(['u.s. dollars', 'a third', 'Half']), ['u', 'a', 'half'])
  assert.equal(leadWords(['two', '$']), undefined)
})

test('visits the matches a global scan finds when given every possible start', () => {
  const visit = (pattern: RegExp, text: string, starts: number[]): string[] => {
    const out: string[] = []
    forEachMatchAt(pattern, text, starts, (m) => out.push(`${m.index}:${m[0]}`))
    return out
  }
  assert.deepEqual(visit(/\d+(?: \d+)?/y, '1 2 3 44', [0, 2, 4, 6, 7]), ['0:1 2', '4:3 44'])
  assert.deepEqual(visit(/\d+/y, 'a 1 b 22', [2, 6]), ['2:1', '6:22'])
  const buffer = Int32Array.from([2, 6, 99])
  const out: string[] = []
  forEachMatchAt(/\d+/y, 'a 1 b 22', buffer, (m) => out.push(m[0]), 1)
  assert.deepEqual(out, ['1'])
  assert.throws(() => visit(/\d+/g, '1', [0]), TypeError)
})

const lexicon = loadFigureLexicon()
const fast = createFigureRecognizer(lexicon)
const full = createFigureRecognizer(lexicon, { findStarts: false })

const SENTENCES = [
  'Arvenia spent $40 billion, €5m and $30-40 billion, then US$ 12 and HK$3.5 million on roads.',
  'Belmora paid dollars 1.13bn, dlrs 3.2 million and u.s. dollars 5 to its neighbours.',
  'Vell raised 40 billion dollars, five million euros and 10-20 million rubles.',
  'Trade fell 30-40 percent, 30% to 40%, between 30 and 40 percent, from 10 to 20 percent and by .5 pct.',
  'Output rose 40 percent, 12.5% and 3 percentage points; 1,500 troops and twenty-five tanks moved.',
  'Between 300 and 400 envoys, 300-400 million, 2 to 3 billion, 555-1234 and a hundred ships.',
  'A third, two-thirds, half of the crossings, one quarter and three quarters of the talks.',
  'Seventy-three delegates from the Group of Seven met 1987-88 at gate No. 5, Article 9 and F-16 sites.',
  'twenty five, Twenty-Five, a thousand, one million, a dozen, 1,2 and .75 and 3.5.6.',
  'No figure is named in this sentence about Vell and Corvan.',
]

test('finds the same figures from start lists as from full scans on sentences that use every pattern', () => {
  for (const sentence of SENTENCES) assert.deepEqual(fast.recognize(sentence), full.recognize(sentence), sentence)
})

const WORDS = [...SENTENCES.join(' ').split(/\s+/), '$', '%', '-', 'to', '.', ',', '\u017fix', '7.', '.8', 'between', 'from']

test('finds the same figures from start lists as from full scans on random word salad', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 30 }), fc.constantFrom(' ', '', '\n'), (words, glue) => {
      const text = words.join(glue)
      assert.deepEqual(fast.recognize(text), full.recognize(text))
    }),
    { numRuns: 500 },
  )
})
