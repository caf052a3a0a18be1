import assert from 'node:assert/strict'
import { test } from 'node:test'
import { capClass } from './features.js'
import { loadFirstNames, loadNerLexicon } from './resources.js'
import { buildWordClasses } from './tagger-input.js'

const lexicon = loadNerLexicon()
const common = new Set(['will', 'mark'])
const classes = buildWordClasses(lexicon, { names: new Set(['tomas', 'will', 'mark', 'general']), isCommon: (w) => common.has(w) })

/** The classes of a word as the tagger input gives them (lowercase form and case class). */
const classOf = (word: string): string => classes.classOf(word.toLowerCase(), capClass(word))

test('gives a capitalised given name the first-name class, and nothing else does', () => {
  const cases: Array<[word: string, hasFirst: boolean]> = [
    ['Tomas', true],
    ['tomas', false],
    ['TOMAS', false],
    ['Will', false],
    ['Mark', false],
    ['Varga', false],
    ['Minister', false],
  ]
  for (const [word, hasFirst] of cases) assert.equal(classOf(word).split('|').includes('first'), hasFirst, word)
})

test('keeps the lexicon classes of a word that is also a given name', () => {
  assert.equal(classOf('General'), 'title|title-core|first')
  assert.equal(classOf('general'), 'title|title-core')
  assert.equal(buildWordClasses(lexicon).classOf('tomas', 'title'), '')
})

test('reads the installed given-name lists in lowercase', () => {
  const names = loadFirstNames()
  assert.ok(names.size > 8000, `${names.size} names`)
  for (const name of ['john', 'mary', 'anna']) assert.ok(names.has(name), name)
  assert.ok(!names.has('John'))
})
