import assert from 'node:assert/strict'
import { test } from 'node:test'
import fc from 'fast-check'
import { checkDoc, createDoc, matchText, type Doc } from '../../core/index.js'
import { buildPipeline, runPipeline } from '../../pipeline/index.js'
import { normalizeStage } from '../normalize/index.js'
import { structureStage } from '../structure/index.js'
import { tokensStage } from './index.js'

const pipeline = buildPipeline([normalizeStage, structureStage, tokensStage])

function tokenize(text: string): Doc {
  return runPipeline(pipeline, createDoc(text))
}

function surfaces(doc: Doc): string[] {
  return (doc.layers.tokens ?? []).map((t) => doc.text.slice(t.start, t.end))
}

test('keeps U.S. and Jan. as one token each', () => {
  const doc = tokenize('The U.S. envoy met them on Jan. 12 in Vell.')
  assert.ok(surfaces(doc).includes('U.S.'))
  assert.ok(surfaces(doc).includes('Jan.'))
  assert.equal(doc.layers.sentences?.length, 1)
})

test('splits sentences inside a paragraph but never across paragraphs', () => {
  const doc = tokenize('Arvenia voted. Belmora abstained\n\nThe vote passed.')
  const sentences = (doc.layers.sentences ?? []).map((s) => doc.text.slice(s.start, s.end))
  assert.deepEqual(sentences, ['Arvenia voted.', 'Belmora abstained', 'The vote passed.'])
})

test("keeps a closing '' (two apostrophes) whole at a sentence end", () => {
  const doc = tokenize("''We will stay,'' Mr. Lind said. ''Vell has no plan.'' Ms. Varga disagreed. ''Why now?'' she asked.")
  const sentences = (doc.layers.sentences ?? []).map((s) => doc.text.slice(s.start, s.end))
  assert.deepEqual(sentences, ["''We will stay,'' Mr. Lind said.", "''Vell has no plan.''", 'Ms. Varga disagreed.', "''Why now?'' she asked."])
  assert.deepEqual(checkDoc(doc), [])
})

test('keeps a stock ticker in angle brackets inside its sentence', () => {
  const doc = tokenize('Vell Marine <VELL.V> said it would appeal. Dorn Corp <DRN.N> declined to comment.')
  const sentences = (doc.layers.sentences ?? []).map((s) => doc.text.slice(s.start, s.end))
  assert.deepEqual(sentences, ['Vell Marine <VELL.V> said it would appeal.', 'Dorn Corp <DRN.N> declined to comment.'])
})

test('splits a possessive and a curly possessive the same way', () => {
  const straight = surfaces(tokenize("Varga's visit"))
  const curly = surfaces(tokenize('Varga\u2019s visit'))
  assert.deepEqual(straight, ['Varga', "'s", 'visit'])
  assert.deepEqual(curly, ['Varga', '\u2019s', 'visit'])
})

test('tags POS and lemmas and flags negation', () => {
  const doc = tokenize("Arvenia won't meet them.")
  const tokens = doc.layers.tokens ?? []
  const meet = tokens.find((t) => doc.text.slice(t.start, t.end) === 'meet')
  assert.equal(meet?.pos, 'VERB')
  assert.equal(tokens.find((t) => doc.text.slice(t.start, t.end) === "n't")?.isNegation, true)
  assert.equal(tokens.find((t) => doc.text.slice(t.start, t.end) === 'wo')?.lemma, 'will')
})

test('gives a boilerplate fragment its own sentence with the boilerplate role', () => {
  const doc = tokenize('Title line\n\nOkafor greets envoys in Vell on May 2. Photo: AP\n\nStory.')
  const sentences = (doc.layers.sentences ?? []).map((s) => [s.role, doc.text.slice(s.start, s.end)])
  assert.deepEqual(sentences, [
    ['headline', 'Title line'],
    ['caption', 'Okafor greets envoys in Vell on May 2.'],
    ['boilerplate', 'Photo: AP'],
    ['body', 'Story.'],
  ])
})

test('tokens never overlap, are sorted, and only whitespace of the folded text lies between them', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 300 }), (text) => {
      const doc = tokenize(text)
      // The folded view turns some characters into spaces (a backslash between words is a feed's line break).
      const folded = matchText(doc)
      const tokens = doc.layers.tokens ?? []
      for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i]
        assert.ok(token !== undefined && token.end > token.start)
        const previousEnd = i === 0 ? 0 : (tokens[i - 1]?.end ?? 0)
        assert.ok(token.start >= previousEnd, 'tokens overlap')
        assert.equal(folded.slice(previousEnd, token.start).trim(), '', 'non-space text between tokens')
      }
      assert.deepEqual(checkDoc(doc), [])
    }),
    { numRuns: 150 },
  )
})

test('gives the same ids when run twice on the same text', () => {
  const text = 'Arvenia voted. Belmora abstained.'
  const ids = (doc: Doc) => [...(doc.layers.tokens ?? []), ...(doc.layers.sentences ?? [])].map((a) => a.id)
  assert.deepEqual(ids(tokenize(text)), ids(tokenize(text)))
})

test('does not end a sentence at an abbreviation followed by a comma or a lower-case word', () => {
  const cases: Array<[string, string[]]> = [
    ['Sen. Ana Lind (D-Vell.), noting the vote, said no.', ['Sen. Ana Lind (D-Vell.), noting the vote, said no.']],
    ['Arvenia voted. eBay fell. Belmora abstained.', ['Arvenia voted.', 'eBay fell.', 'Belmora abstained.']],
    ['Arvenia voted. Belmora abstained.', ['Arvenia voted.', 'Belmora abstained.']],
  ]
  for (const [text, expected] of cases) {
    const doc = tokenize(text)
    assert.deepEqual((doc.layers.sentences ?? []).map((s) => text.slice(s.start, s.end)), expected, text)
    assert.deepEqual(checkDoc(doc), [])
  }
})

test('does not end a sentence inside a short bracket such as a party tag', () => {
  const cases: Array<[string, string[]]> = [
    ['Sen. Ana Lind (R-V.K.): “We will fight on.” Belmora abstained.', ['Sen. Ana Lind (R-V.K.): “We will fight on.”', 'Belmora abstained.']],
    ['Rep. Tom Dorn (D-N.V.) disagreed. Belmora abstained.', ['Rep. Tom Dorn (D-N.V.) disagreed.', 'Belmora abstained.']],
    ['Arvenia voted (as expected). Belmora abstained.', ['Arvenia voted (as expected).', 'Belmora abstained.']],
    ['Arvenia voted (see below. Belmora abstained.', ['Arvenia voted (see below.', 'Belmora abstained.']],
  ]
  for (const [text, expected] of cases) {
    const doc = tokenize(text)
    assert.deepEqual((doc.layers.sentences ?? []).map((s) => text.slice(s.start, s.end)), expected, text)
    assert.deepEqual(checkDoc(doc), [])
  }
})

test('splits a closing bracket glued to a colon into two tokens', () => {
  const text = 'Sen. Ana Lind (R-V.K.):"We will."'
  const doc = tokenize(text)
  const words = (doc.layers.tokens ?? []).map((t) => text.slice(t.start, t.end))
  assert.ok(words.includes(')') && words.includes(':'), JSON.stringify(words))
  assert.ok(!words.includes('):'), JSON.stringify(words))
  const colon = (doc.layers.tokens ?? []).find((t) => text.slice(t.start, t.end) === ':')
  assert.equal(colon?.pos, 'PUNCT')
  assert.deepEqual(checkDoc(doc), [])
})
