// Tests for "he"/"she" speakers: the speaker of a recent quotation first, checked by gender and by people named since.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { checkDoc, createDoc, type Layers, type Quote } from '../../core/index.js'
import { buildPipeline, runPipeline } from '../../pipeline/index.js'
import { normalizeStage } from '../normalize/index.js'
import { structureStage } from '../structure/index.js'
import { tokensStage } from '../tokens/index.js'
import { mergeGiven, personLayers } from './fixtures/person-layers.js'
import { createQuotesStage } from './index.js'

const PROVIDED = ['entities', 'mentions', 'clusters', 'actors', 'events'] as const
const pipeline = buildPipeline([normalizeStage, structureStage, tokensStage, createQuotesStage()], [...PROVIDED])
type Given = Pick<Layers, (typeof PROVIDED)[number]>

/** A person cluster: its name (an entity when it starts with a capital), then mentions at the n-th occurrences given. */
interface PersonSpec {
  readonly name: string
  /** Further mentions as [surface, occurrence index in the text]. */
  readonly others: ReadonlyArray<readonly [string, number]>
}

function nth(text: string, surface: string, index: number): { start: number; end: number } {
  let start = -1
  for (let i = 0; i <= index; i++) start = text.indexOf(surface, start + 1)
  assert.ok(start >= 0, `fixture lacks "${surface}" #${index}`)
  return { start, end: start + surface.length }
}

function layersFor(text: string, people: readonly PersonSpec[]): Given {
  return mergeGiven(people.map((person) => personLayers(text, [nth(text, person.name, 0), ...person.others.map(([surface, index]) => nth(text, surface, index))], 'ARVGOV', 'alias')))
}

function quotesOf(text: string, people: readonly PersonSpec[]): { quotes: Quote[]; given: Given } {
  const given = layersFor(text, people)
  const doc = runPipeline(pipeline, { ...createDoc(text), layers: given })
  assert.deepEqual(checkDoc(doc), [])
  return { quotes: doc.layers.quotes ?? [], given }
}

function clusterNamed(given: Given, name: string): string | undefined {
  return given.clusters.find((c) => c.text === name)?.id
}

test('gives "he" after a quotation to its speaker when coreference linked it to a contraction', () => {
  const text = '“Vell will hold,” Tomas Varga said. “I’m sure of it, because we planned well,” he added.'
  const { quotes, given } = quotesOf(text, [
    { name: 'Tomas Varga', others: [] },
    { name: 'I’m', others: [['he', 0]] },
  ])
  const last = quotes.find((q) => q.speaker?.text === 'he')
  assert.equal(last?.speaker?.clusterId, clusterNamed(given, 'Tomas Varga'))
  assert.match(last?.speaker?.reason ?? '', /recent quotation Tomas Varga/)
})

test('keeps the coreference of "he" when another person is named between the quotation and the pronoun', () => {
  const text = '“Vell will hold,” Tomas Varga said. Emil Dorn arrived later. “It is over,” he said.'
  const { quotes, given } = quotesOf(text, [
    { name: 'Tomas Varga', others: [] },
    { name: 'Emil Dorn', others: [['he', 0]] },
  ])
  const last = quotes.find((q) => q.speaker?.text === 'he')
  assert.equal(last?.speaker?.clusterId, clusterNamed(given, 'Emil Dorn'))
})

test('skips the speaker of a recent quotation whose gender disagrees with the pronoun', () => {
  const text = 'Mara Lind listened. “Vell will hold,” Tomas Varga said of his plan. “It is over,” she said.'
  const { quotes, given } = quotesOf(text, [
    { name: 'Mara Lind', others: [['she', 0]] },
    { name: 'Tomas Varga', others: [['his', 0]] },
  ])
  const last = quotes.find((q) => q.speaker?.text === 'she')
  assert.equal(last?.speaker?.clusterId, clusterNamed(given, 'Mara Lind'))
})

test('reads the gender of a speaker from the honorific before the name', () => {
  const text = 'Emil Dorn and Ms. Mara Lind listened. “Vell will hold,” Mara Lind said. “It is over,” he said.'
  const { quotes, given } = quotesOf(text, [
    { name: 'Emil Dorn', others: [['he', 0]] },
    { name: 'Mara Lind', others: [['Mara Lind', 1]] },
  ])
  const last = quotes.find((q) => q.speaker?.text === 'he')
  assert.equal(last?.speaker?.clusterId, clusterNamed(given, 'Emil Dorn'))
})

test('reads the gender of a speaker from the gender coreference gave the cluster (a given name)', () => {
  const text = 'Emil Dorn and Mara Lind listened. “Vell will hold,” Emil Dorn said. “It is over,” she said.'
  const given = layersFor(text, [
    { name: 'Emil Dorn', others: [['Emil Dorn', 1]] },
    { name: 'Mara Lind', others: [] },
  ])
  const gendered = { ...given, clusters: given.clusters.map((c) => ({ ...c, gender: c.text === 'Emil Dorn' ? ('m' as const) : ('f' as const) })) }
  const doc = runPipeline(pipeline, { ...createDoc(text), layers: gendered })
  assert.deepEqual(checkDoc(doc), [])
  const last = (doc.layers.quotes ?? []).find((q) => q.speaker?.text === 'she')
  assert.notEqual(last?.speaker?.clusterId, clusterNamed(given, 'Emil Dorn'), last?.speaker?.reason)
})

test('gives a description of a person to the only person named nearby, not a newcomer’s or with two people in sight', () => {
  const speakerOf = (text: string, people: readonly PersonSpec[], description: string): Quote['speaker'] | undefined =>
    quotesOf(text, people).quotes.find((q) => q.speaker?.text === description)?.speaker
  const one = 'Tomas Varga spoke on Monday. The talks failed. “Nothing will change,” the former diplomat said.'
  const hit = speakerOf(one, [{ name: 'Tomas Varga', others: [] }], 'the former diplomat')
  assert.match(hit?.reason ?? '', /the only person named nearby, Tomas Varga/)
  // Misses: two people in sight; a head that brings in someone new.
  const two = 'Tomas Varga met Emil Dorn on Monday. The talks failed. “Nothing will change,” the former diplomat said.'
  assert.equal(speakerOf(two, [{ name: 'Tomas Varga', others: [] }, { name: 'Emil Dorn', others: [] }], 'the former diplomat')?.clusterId, undefined)
  const newcomer = 'Tomas Varga spoke on Monday. The talks failed. “Nothing will change,” the spokesman said.'
  assert.equal(speakerOf(newcomer, [{ name: 'Tomas Varga', others: [] }], 'the spokesman')?.clusterId, undefined)
})

test('leaves "she" unresolved rather than give it to the last named speaker when that speaker is a man', () => {
  const text = '“Vell will hold,” Mr. Tomas Varga said.\n\nThe vote was delayed.\n\nThe hall emptied.\n\n“It is over,” she said.'
  const { quotes } = quotesOf(text, [{ name: 'Tomas Varga', others: [] }])
  const last = quotes.find((q) => q.speaker?.text === 'she')
  assert.ok(last !== undefined)
  assert.equal(last.speaker?.clusterId, undefined, last.speaker?.reason)
})

/** Layers for one organization or place named once, plus people, sorted as stages give them. */
function thingLayers(text: string, thing: string, people: readonly string[]): Given {
  return mergeGiven([personLayers(text, [nth(text, thing, 0)], 'ARVGOV', 'alias', 'ORG'), ...people.map((p) => personLayers(text, [nth(text, p, 0)], 'BLMGOV', 'alias'))])
}

/** Runs the quote stage over `thingLayers` and returns the name of the last quotation's speaker cluster. */
function lastSpeakerOfThingText(text: string, people: readonly string[]): string | undefined {
  const given = thingLayers(text, 'Vell Trade Council', people)
  const doc = runPipeline(pipeline, { ...createDoc(text), layers: given })
  assert.deepEqual(checkDoc(doc), [])
  const last = (doc.layers.quotes ?? []).at(-1)
  assert.ok(last !== undefined, text)
  return given.clusters.find((c) => c.id === last.speaker?.clusterId)?.text
}

test('gives "it" as a cue’s subject to the organization that spoke last, and to no one after another named speaker or as an empty subject', () => {
  const cases: Array<[string, string[], string | undefined]> = [
    ['The port must stay open, the Vell Trade Council said on Monday. It added: “Closing it would ruin us.”', [], 'Vell Trade Council'],
    ['“Trade is falling,” the Vell Trade Council said. “We need the port,” it said.', [], 'Vell Trade Council'],
    // Misses: a person spoke since, and "it" as an empty subject of a governing verb.
    ['“Trade is falling,” the Vell Trade Council said. “No,” Mara Lind said. “We need the port,” it said.', ['Mara Lind'], undefined],
    ['The port must stay open, the Vell Trade Council said. It is wrong to suggest that the port will “close for good.”', [], undefined],
  ]
  for (const [text, people, name] of cases) {
    assert.equal(lastSpeakerOfThingText(text, people), name, text)
  }
})

test('gives a sentence-opening "It" as a cue’s subject to the organization opening the sentence before, and nothing else', () => {
  const cases: Array<[string, string[], string | undefined]> = [
    ['The Vell Trade Council gave no details of the talks. It said only, “The talks went well.”', [], 'Vell Trade Council'],
    // Misses: a person opens the sentence before, the organization is not its subject, and a lower-case "it" after a clause.
    ['Mara Lind met the Vell Trade Council. It said only, “The talks went well.”', ['Mara Lind'], undefined],
    ['On Monday the Vell Trade Council gave no details. It said only, “The talks went well.”', [], undefined],
    ['The Vell Trade Council met on Monday. Trade with Belmora fell by half, it said.', [], undefined],
    // A lower-case "it" right after a quotation that opens its sentence reads the sentence before the quotation.
    ['The Vell Trade Council met on Monday. “Trade with Belmora fell by half,” it said.', [], 'Vell Trade Council'],
    // Miss: that sentence opens with a quotation itself (someone's words, not the subject).
    ['“The Vell Trade Council is wrong,” Belmora said. “Trade fell by half,” it said.', [], undefined],
  ]
  for (const [text, people, name] of cases) {
    assert.equal(lastSpeakerOfThingText(text, people), name, text)
  }
})

test('gives "the" and the last word of the organization that spoke lately to that organization ("The council added")', () => {
  const cases: Array<[string, string[], string | undefined]> = [
    ['The Vell Trade Council said trade fell. Mara Lind said it rose. The council added that the port must stay open.', ['Mara Lind'], 'Vell Trade Council'],
    // Misses: another head word, and a longer description.
    ['The Vell Trade Council said trade fell. The board added that the port must stay open.', [], undefined],
    ['The Vell Trade Council said trade fell. The trade council added that the port must stay open.', [], undefined],
  ]
  for (const [text, people, name] of cases) {
    assert.equal(lastSpeakerOfThingText(text, people), name, text)
  }
})

test('gives a description of a person ("the candidate") left unresolved to the speaker of the last quotation nearby', () => {
  // Each row: text, people, the expected speaker's cluster name (undefined: no cluster).
  const rows: Array<[string, string[], string | undefined]> = [
    ['“Vell will hold,” Tomas Varga said. “It is over,” the candidate added.', ['Tomas Varga'], 'Tomas Varga'],
    ['“Vell will hold,” Tomas Varga said. “It is over,” the former Arvenian presidential candidate added.', ['Tomas Varga'], 'Tomas Varga'],
    // Another person named since, a description pointing away, a head that is no person, a gender that disagrees.
    ['“Vell will hold,” Tomas Varga said. Emil Dorn arrived. “It is over,” the candidate added.', ['Tomas Varga', 'Emil Dorn'], undefined],
    ['“Vell will hold,” Tomas Varga said. “It is over,” the other candidate added.', ['Tomas Varga'], undefined],
    ['“Vell will hold,” Tomas Varga said. “It is over,” the report added.', ['Tomas Varga'], undefined],
    ['“Vell will hold,” Mrs. Mara Lind said. “It is over,” the businessman added.', ['Mara Lind'], undefined],
  ]
  for (const [text, people, expected] of rows) {
    const { quotes, given } = quotesOf(text, people.map((name) => ({ name, others: [] })))
    const last = quotes.find((q) => q.content.text.startsWith('It is over'))
    assert.ok(last !== undefined, text)
    assert.equal(last.speaker?.clusterId, expected === undefined ? undefined : clusterNamed(given, expected), `${text}: ${last.speaker?.reason ?? ''}`)
  }
})

test('gives "one" as a speaker to the group named as a plural description just before it', () => {
  const text = 'Arvenian officials were cautious on Monday. “Nothing will change,” one said.'
  const at = (surface: string): { start: number; end: number } => ({ start: text.indexOf(surface), end: text.indexOf(surface) + surface.length })
  const group = personLayers(text, [at('Arvenian officials')], 'ARVGOV', 'alias', 'NORP')
  const given = { ...group, mentions: group.mentions.map((m) => ({ ...m, kind: 'description' as const })) }
  const doc = runPipeline(pipeline, { ...createDoc(text), layers: given })
  assert.deepEqual(checkDoc(doc), [])
  const speaker = (doc.layers.quotes ?? []).find((q) => q.speaker?.text === 'one')?.speaker
  assert.equal(speaker?.actor, 'ARVGOV')
  assert.match(speaker?.reason ?? '', /one of Arvenian officials/)
})
