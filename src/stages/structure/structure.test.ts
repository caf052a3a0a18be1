import assert from 'node:assert/strict'
import { test } from 'node:test'
import { checkDoc, createDoc, type Doc } from '../../core/index.js'
import { buildPipeline, runPipeline } from '../../pipeline/index.js'
import { normalizeStage } from '../normalize/index.js'
import { splitParagraphs, structureStage } from './index.js'

const pipeline = buildPipeline([normalizeStage, structureStage])

function structure(text: string, title?: string): Doc {
  const doc = runPipeline(pipeline, createDoc(text, title === undefined ? {} : { title }))
  assert.deepEqual(checkDoc(doc), [])
  return doc
}

function roles(doc: Doc): string[] {
  return (doc.layers.paragraphs ?? []).map((p) => p.role)
}

test('splits paragraphs at blank lines and trims them', () => {
  const text = '  First para.\n\n\nSecond para.  \n'
  assert.deepEqual(
    splitParagraphs(text).map((s) => text.slice(s.start, s.end)),
    ['First para.', 'Second para.'],
  )
})

test('splits hard-wrapped wire copy at indented lines but keeps wrapped lines together', () => {
  const text = 'Arvenia said on\nMonday it would talk.\n    Belmora agreed\nto the date.'
  assert.deepEqual(
    splitParagraphs(text).map((s) => text.slice(s.start, s.end)),
    ['Arvenia said on\nMonday it would talk.', 'Belmora agreed\nto the date.'],
  )
})

test('breaks hard-wrapped copy before a label only after a line that ended a sentence', () => {
  const text = 'An executive, who asked not to be named, told\nReuters: "We expect no problems."\nNote: prices are in dollars.'
  assert.deepEqual(
    splitParagraphs(text).map((s) => text.slice(s.start, s.end)),
    ['An executive, who asked not to be named, told\nReuters: "We expect no problems."', 'Note: prices are in dollars.'],
  )
})

test('splits text that is not hard-wrapped at every line break, as web pages and feeds give it', () => {
  const first = 'The foreign ministers of Arvenia and Belmora met in Vell on Monday for the first time in three years, and both sides called the talks useful.'
  const second = '“We have a long way to go,” the Arvenian minister told reporters after the meeting, which lasted more than four hours.'
  const text = `${first}\n${second}\nThe talks resume in May.`
  assert.deepEqual(
    splitParagraphs(text).map((s) => text.slice(s.start, s.end)),
    [first, second, 'The talks resume in May.'],
  )
})

test('marks a short first line without final punctuation as the headline', () => {
  const doc = structure('Arvenia and Belmora resume talks\n\nThe talks resumed on Monday.')
  assert.deepEqual(roles(doc), ['headline', 'body'])
})

test('marks a title-case first line ending in a quoted sentence as the headline, and not a plain sentence', () => {
  assert.deepEqual(roles(structure('Lind on Tarn Talks: ‘We Will Not Back Down.’\n\nLind spoke on Friday.')), ['headline', 'body'])
  assert.deepEqual(roles(structure('Varga on Lind: "Time Is Running Out!"\n\nVarga spoke on Friday.')), ['headline', 'body'])
  assert.deepEqual(roles(structure('Lind told them: ‘We will not back down.’\n\nLind spoke on Friday.')), ['body', 'body'])
})

test('does not call a lone paragraph a headline', () => {
  assert.deepEqual(roles(structure('Arvenia and Belmora resume talks')), ['body'])
})

test('uses the known title to find the headline even with final punctuation', () => {
  const doc = structure('Talks resume. Again.\n\nThe talks resumed.', 'Talks resume. Again.')
  assert.deepEqual(roles(doc), ['headline', 'body'])
})

const relatedLinks = [
  'Also read: "Why Arvenia matters"',
  'Recommended: "The islands question"',
  'Related: Belmora votes',
  'Read more: the border dispute explained',
  'See also: Arvenian elections',
]
for (const line of relatedLinks) {
  test(`treats "${line.slice(0, 16)}…" as a related-link boilerplate paragraph`, () => {
    const doc = structure(`Body sentence one.\n\n${line}\n\nBody sentence two.`)
    assert.deepEqual(roles(doc), ['body', 'boilerplate', 'body'])
    assert.equal(doc.layers.boilerplate?.[0]?.kind, 'related-link')
    assert.equal(doc.layers.boilerplate?.[0]?.text, line)
  })
}

test('keeps a caption as a caption and cuts its photo credit off as boilerplate', () => {
  const doc = structure('Headline here\n\nMinister Lena Okafor greets envoys in Vell on May 2. Photo: Reuters\n\nStory text.')
  assert.deepEqual(roles(doc), ['headline', 'caption', 'body'])
  assert.deepEqual(
    doc.layers.boilerplate?.map((b) => [b.kind, b.text]),
    [['credit', 'Photo: Reuters']],
  )
})

test('recognises bylines and share prompts as boilerplate', () => {
  const doc = structure('By Jane Doe\n\nArvenia voted.\n\nShare this article on social media')
  assert.deepEqual(roles(doc), ['boilerplate', 'body', 'boilerplate'])
  assert.deepEqual(doc.layers.boilerplate?.map((b) => b.kind), ['byline', 'share-prompt'])
})

test('does not treat a story sentence that mentions a photo as boilerplate', () => {
  const doc = structure('Arvenia published a photo: the minister at the border, smiling, on Monday.')
  assert.deepEqual(roles(doc), ['body'])
  assert.deepEqual(doc.layers.boilerplate, [])
})
