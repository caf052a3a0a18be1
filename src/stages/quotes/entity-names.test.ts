// Tests of quotes round 9: names inside person and organization entities the tagger read as verbs, gerund cues after a preposition.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createDoc, makeId, type Doc, type Entity, type EntityType, type Quote } from '../../core/index.js'
import { buildPipeline, runPipeline } from '../../pipeline/index.js'
import { normalizeStage } from '../normalize/index.js'
import { structureStage } from '../structure/index.js'
import { tokensStage } from '../tokens/index.js'
import { withNameTags } from './name-tags.js'
import { runQuotes } from './test-quotes.js'

const PREFIX = 'Port talks in Vell\n\nThe talks went on for hours in Vell on Monday. '
const by = { stage: 'test', version: '0' }

/** Entities for the given names (first occurrence in the text), typed PERSON unless a type follows the name. */
function entitiesOf(text: string, names: ReadonlyArray<string | [string, EntityType]>): Entity[] {
  return names
    .map((n) => (typeof n === 'string' ? ([n, 'PERSON'] as const) : n))
    .map(([name, type]) => {
      const start = text.indexOf(name)
      assert.ok(start >= 0, `fixture lacks "${name}"`)
      const span = { start, end: start + name.length }
      return { id: makeId('ent', span), ...span, by, text: name, type, source: 'model', confidence: 1 } satisfies Entity
    })
    .sort((a, b) => a.start - b.start || a.end - b.end)
}

/** Quotes of `sentence` (body text after a headline and a first sentence) with entities for `names`. */
function quotesOf(sentence: string, names: ReadonlyArray<string | [string, EntityType]>): Quote[] {
  const text = PREFIX + sentence
  return runQuotes(text, { entities: entitiesOf(text, names), mentions: [], clusters: [], actors: [], events: [] })
}

test('reads a name the tagger took for a verb or an auxiliary as the speaker when an entity covers it', () => {
  const hits: Array<[string, Array<string | [string, EntityType]>, string]> = [
    // "Read/VERB told": round 7 read a cue verb's form as a name only before "said".
    ['"The port is closed," Read told reporters.', ['Read'], 'Read'],
    // "Vell Watch/VERB has questioned": an auxiliary between the name and its cue.
    ['Vell Watch has questioned whether the port is safe.', [['Vell Watch', 'ORG']], 'Vell Watch'],
    // "said Will/AUX Hoover/VERB": the whole inverted name.
    ['"We are done," said Will Hoover.', ['Will Hoover'], 'Will Hoover'],
  ]
  for (const [sentence, names, speaker] of hits) assert.equal(quotesOf(sentence, names)[0]?.speaker?.text, speaker, sentence)
})

test('keeps the readings that a misread name used to block', () => {
  // A quotation closing its sentence is no frame for the next sentence's cue with a clause after a time adjunct.
  const warned = quotesOf('Lind called the plan "arbitrary." Josh Hendler, a port official, warned Saturday that the port would close.', ['Lind', 'Josh Hendler'])
  assert.equal(warned.find((q) => q.content.text === 'arbitrary.')?.speaker?.text, 'Lind')
  assert.equal(warned.find((q) => q.cue?.text === 'warned')?.speaker?.text, 'Josh Hendler')
  // A cue coordinated after a clause embedded by "whether" is not that clause's subject's.
  const coordinated = quotesOf('Lind put off deciding whether Vell Watch could question Varga but said the group could return later.', ['Lind', ['Vell Watch', 'ORG'], 'Varga'])
  assert.equal(coordinated.find((q) => q.cue?.text === 'said')?.speaker?.text, 'Lind')
  // A participle ending the sentence takes an object, never an inverted subject ("posting photos").
  const posting = quotesOf('Lind, who goes by "Vell," relished his fame, posting photos of himself with Karl Rove at a party.', ['Lind', 'Karl Rove'])
  assert.ok(posting.every((q) => q.speaker?.text !== 'photos'), JSON.stringify(posting.map((q) => q.speaker?.text)))
})

test('retags only capitalized words of person and organization entities, not an auxiliary ending a longer one', () => {
  const pipeline = buildPipeline([normalizeStage, structureStage, tokensStage], [])
  const cases: Array<[string, Array<string | [string, EntityType]>, string, string]> = [
    ['"We are done," said Will Hoover.', ['Will Hoover'], 'Hoover', 'PROPN'],
    ['"We are done," said Will Hoover.', ['Will Hoover'], 'said', 'VERB'],
    ['Lind Is Wrong, Varga says.', ['Lind Is'], 'Is', 'AUX'],
    ['The Vell Watch rally drew crowds.', [['Vell Watch', 'GPE']], 'Watch', 'VERB'],
  ]
  for (const [sentence, names, word, pos] of cases) {
    const text = PREFIX + sentence
    const tagged = runPipeline(pipeline, createDoc(text))
    const doc: Doc = withNameTags({ ...tagged, layers: { ...tagged.layers, entities: entitiesOf(text, names) } })
    const at = text.indexOf(word, PREFIX.length)
    assert.equal(doc.layers.tokens?.find((t) => t.start === at)?.pos, pos, `${word} in ${sentence}`)
  }
})

test('gives a gerund cue after a preposition to the subject of the clause that governs it', () => {
  const hits: Array<[string, string]> = [
    ['Lind erred in saying that the port was closed.', 'Lind'],
    ['Varga accused the envoy of asking whether the port was safe.', 'Varga'],
    ['Lind made a point of saying the port "was never closed."', 'Lind'],
    ['People are especially keen on telling visitors that the port is safe.', 'People'],
  ]
  for (const [sentence, speaker] of hits) assert.equal(quotesOf(sentence, ['Lind', 'Varga'].filter((n) => sentence.includes(n)))[0]?.speaker?.text, speaker, sentence)
  // A thing governing the gerund speaks for nothing ("part of continuing contacts").
  const thing = quotesOf('Lind said such a visit would be part of continuing contacts "in the framework of trade."', ['Lind'])
  assert.ok(thing.every((q) => !/visit/.test(q.speaker?.text ?? '')), JSON.stringify(thing.map((q) => q.speaker?.text)))
})

test('reads "for" the tagger marked as a subordinator before a gerund cue like the preposition, and wants someone as the subject', () => {
  // "praised Varga for/SCONJ showing": the governing clause's subject, as PolNeAR credits it.
  assert.equal(quotesOf('Lind praised Varga for showing "the courage of his convictions."', ['Lind', 'Varga'])[0]?.speaker?.text, 'Lind')
  // A thing as that subject ("the port attack") speaks for nothing.
  const thing = quotesOf('The 2012 Vell port attack is "absolutely wrong" for saying Lind lied.', ['Lind'])
  assert.ok(thing.every((q) => !/attack/.test(q.speaker?.text ?? '')), JSON.stringify(thing.map((q) => q.speaker?.text)))
})

test('keeps a name spelled like an auxiliary as the subject of an object relative clause', () => {
  // "which Will/AUX claims": inside a person entity "Will" is a name, not an auxiliary to skip.
  const quotes = quotesOf('Lind praised the port of Vell, which Will claims "saved the town."', ['Lind', 'Will'])
  assert.equal(quotes[0]?.speaker?.text, 'Will')
  // Without an entity it stays an auxiliary: the relative pronoun speaks for the port.
  assert.equal(quotesOf('Lind praised the port of Vell, which will claim "a new record."', ['Lind'])[0]?.speaker?.text === 'will', false)
})

test('gives a gerund cue right after a verb (started asking, kept asking, have begun urging) to that verb’s subject', () => {
  const hits: Array<[string, string]> = [
    ['Lind has lately started asking voters to pledge their loyalty to Vell.', 'Lind'],
    ['Varga kept asking Lind why the port had closed.', 'Varga'],
    ['More Vell voters have begun urging the council to reopen the port.', 'More Vell voters'],
  ]
  for (const [sentence, speaker] of hits) assert.equal(quotesOf(sentence, ['Lind', 'Varga'].filter((n) => sentence.startsWith(n)))[0]?.speaker?.text, speaker, sentence)
  // A thing before the verb speaks for nothing ("as the polls closed stating").
  const memo = quotesOf('A port memo was released as the polls closed stating that the port was open.', [])
  assert.ok(memo.every((q) => !/polls/.test(q.speaker?.text ?? '')), JSON.stringify(memo.map((q) => q.speaker?.text)))
})
