// Tests for direct-quote speakers found reading wire copy and run-on text (quotes round 12b): a name before a long
// description between commas, a quotation closed by a full stop that the next report does not frame, and what a
// speaker resolves to: an organization's possessive before a name, and no organization for a "he".
import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { EntityType } from '../../core/index.js'
import { mergeGiven, personLayers } from './fixtures/person-layers.js'
import { runQuotes, type ProvidedLayers } from './test-quotes.js'

/** The speaker of the first direct quote found in `text`. */
const directSpeaker = (text: string): string | undefined => runQuotes(text).find((q) => q.kind === 'direct')?.speaker?.text

const descriptions: ReadonlyArray<[string, string, string]> = [
  // [case, text, speaker]
  ['a description linked by "for"', 'Pol Dorn, Vell Holdings’ senior vice president for human resources, said, “We hire from every town.”', 'Pol Dorn'],
  ['a description linked by "and" and "to"', 'Jon Tarn, Vell Assistant trade representative and delegate to the talks, said in a statement, “The quotas failed.”', 'Jon Tarn'],
  ['a name opening the aside before its "of"', 'One pastor backing the plan, Tomas Varga of the Vell Church in Ostra, said, “We will pray for the talks.”', 'Tomas Varga'],
  ['an unclosed description linking to a firm named as a list', 'Dan Lind, oil analyst with Vell Brothers, Tarn Harris and Co said, “Both markets have been oversold.”', 'Dan Lind'],
  ['an unclosed description with an article', 'Ana Lind, an analyst with Ostra, Marrow and Co said, “Both markets have been oversold.”', 'Ana Lind'],
  ['a capitalized title after a name opening the clause', 'Tim Dorn, Group Economist at Vell Bank, said: “House prices keep rising.”', 'Tim Dorn'],
  // Misses: the aside is a name or a list of names, which speaks.
  ['a list of names as the subject', 'Lind, Varga and Pol Dorn said, “Both markets have been oversold.”', 'Lind, Varga and Pol Dorn'],
  ['a name as the aside', 'Her adviser, Tomas Varga, said, “We will not sign the treaty.”', 'Tomas Varga'],
  ['a list of names as the aside', 'Two analysts at the fund, Pol Dorn and Ana Lind, said, “The port will stay open.”', 'Ana Lind'],
]

for (const [name, text, speaker] of descriptions) {
  test(`gives a quotation after an aside between commas to the right phrase: ${name}`, () => {
    assert.equal(directSpeaker(text), speaker)
  })
}

test('leaves a quotation closed by a full stop to its own frame when the next report has a clause of its own', () => {
  const found = runQuotes('Lind shook her head and said, “No.” Aides said the minister would stay in Ostra.')
  const direct = found.find((q) => q.content.text === 'No.')
  assert.deepEqual([direct?.kind, direct?.speaker?.text], ['direct', 'Lind'])
  const report = found.find((q) => q.cue?.text === 'said' && q.kind === 'indirect')
  assert.deepEqual([report?.content.text, report?.speaker?.text], ['the minister would stay in Ostra', 'Aides'])
})

const framedAfter: ReadonlyArray<[string, string]> = [
  // A frame after the quotation with no clause of its own still frames it, whatever closes the quotation.
  ['a frame after a full stop', '“We expect ships by Friday.” Dorn, a strategist, said.'],
  ['a frame after a comma', '“We expect ships by Friday,” Dorn said on Monday.'],
  ['a frame after a comma with a clause after it', '“We expect ships by Friday,” Dorn said, adding that the port was calm.'],
]

for (const [name, text] of framedAfter) {
  test(`keeps the frame after a quotation: ${name}`, () => {
    assert.equal(directSpeaker(text), 'Dorn')
  })
}

/** Given layers for named things: [name, type, later mentions as [surface, occurrence index]]. */
function layersOf(text: string, things: ReadonlyArray<readonly [string, EntityType, ReadonlyArray<readonly [string, number]>]>): ProvidedLayers {
  const at = (surface: string, index: number): { start: number; end: number } => {
    let start = -1
    for (let i = 0; i <= index; i++) start = text.indexOf(surface, start + 1)
    assert.ok(start >= 0, `fixture lacks "${surface}" #${index}`)
    return { start, end: start + surface.length }
  }
  return mergeGiven(things.map(([name, type, others]) => personLayers(text, [at(name, 0), ...others.map(([surface, index]) => at(surface, index))], 'ARVGOV', 'alias', type)))
}

test('resolves an organization’s possessive before a name to the person named', () => {
  const text = 'Ana Johnson runs research at First Vell. “Rates will fall,” said First Vell’s Johnson.'
  const given = layersOf(text, [
    ['Ana Johnson', 'PERSON', [['Johnson', 1]]],
    ['First Vell', 'ORG', [['First Vell', 1]]],
  ])
  const direct = runQuotes(text, given).find((q) => q.kind === 'direct')
  assert.equal(direct?.speaker?.text, 'First Vell’s Johnson')
  assert.equal(direct?.speaker?.clusterId, given.clusters.find((c) => c.text === 'Ana Johnson')?.id)
})

test('keeps an organization that owns no name as the speaker it resolves to', () => {
  const text = 'Ana Johnson runs research at First Vell. “Rates will fall,” said First Vell’s research unit.'
  const given = layersOf(text, [
    ['Ana Johnson', 'PERSON', []],
    ['First Vell', 'ORG', [['First Vell', 1]]],
  ])
  const direct = runQuotes(text, given).find((q) => q.kind === 'direct')
  assert.equal(direct?.speaker?.clusterId, given.clusters.find((c) => c.text === 'First Vell')?.id)
})

test('never resolves a "he" to the organization that spoke last', () => {
  const text = 'The Vell Commission said the port would close on Friday. “We regret the delay,” he said.'
  const given = layersOf(text, [['Vell Commission', 'ORG', []]])
  const direct = runQuotes(text, given).find((q) => q.kind === 'direct')
  assert.equal(direct?.speaker?.text, 'he')
  assert.equal(direct?.speaker?.clusterId, undefined)
})

test('never resolves a "he" to a nationality that spoke last', () => {
  const text = 'The Belmoran delegation said prices would fall. “We expect a rally later,” he said.'
  const given = layersOf(text, [['Belmoran', 'NORP', []]])
  const direct = runQuotes(text, given).find((q) => q.kind === 'direct')
  assert.equal(direct?.speaker?.text, 'he')
  assert.equal(direct?.speaker?.clusterId, undefined)
})

test('still resolves a "he" to the person who spoke last', () => {
  const text = 'Tomas Varga said the port would close on Friday. “We regret the delay,” he said.'
  const given = layersOf(text, [['Tomas Varga', 'PERSON', []]])
  const direct = runQuotes(text, given).find((q) => q.kind === 'direct')
  assert.equal(direct?.speaker?.clusterId, given.clusters[0]?.id)
})

const heads: ReadonlyArray<[string, string, string]> = [
  // [case, text, the cluster the speaker resolves to]
  ['a person heading a phrase with an organization after "of"', '“Rates will fall,” said analyst Tomas Varga of Vell Capital Holdings.', 'Tomas Varga'],
  ['a person after the organization that employs them', '“Rates will fall,” said Vell Capital Holdings economist Tomas Varga.', 'Tomas Varga'],
  // Miss: a person after "for" is who the speaker works for, not the speaker.
  ['a person after "for"', '“Rates will fall,” a spokesman for Tomas Varga of Vell Capital Holdings said.', 'Vell Capital Holdings'],
]

for (const [name, text, cluster] of heads) {
  test(`resolves a speaker phrase holding an organization and a person: ${name}`, () => {
    const given = layersOf(text, [
      ['Tomas Varga', 'PERSON', []],
      ['Vell Capital Holdings', 'ORG', []],
    ])
    const direct = runQuotes(text, given).find((q) => q.kind === 'direct')
    assert.equal(direct?.speaker?.clusterId, given.clusters.find((c) => c.text === cluster)?.id, JSON.stringify(direct?.speaker))
  })
}

const dashCredits: ReadonlyArray<[string, string, string | undefined]> = [
  // [case, text, speaker]
  ['a name and title after a dash on the same line', '“We will reopen the port in May.” — Tomas Varga, Arvenian foreign minister', 'Tomas Varga'],
  ['a name after a dash in text with no line breaks', 'The talks ended. “We will reopen the port in May.” - Varga. The senator is relying on old figures.', 'Varga'],
  // Misses: a dash that goes on with the writer's own words credits no one.
  ['a dash before lower-case words', '“We will reopen the port in May.” - and that was the end of it.', undefined],
  ['a dash before a sentence with a verb', '“We will reopen the port in May.” — The Vell Times reported it first.', undefined],
]

for (const [name, text, speaker] of dashCredits) {
  test(`credits a quotation to a name after a dash: ${name}`, () => {
    assert.equal(directSpeaker(text), speaker)
  })
}

test('leaves a quotation to its speaker when the next sentence opens with "Asked whether …"', () => {
  const text = '“They were rivals,” Tomas Varga, the former envoy, said of their time in office. “They would do the dance. There was respect there.” Asked whether the feud still mattered, Lind said it did not.'
  const second = runQuotes(text).find((q) => q.content.text.startsWith('They would'))
  assert.deepEqual([second?.kind, second?.speaker?.text], ['direct', 'Tomas Varga'])
})

test('leaves a quotation to its speaker when the next sentence asks someone to act', () => {
  const text = '“It is over,” Ms. Lind answered. “I am sure he knows him. I will talk to Pol.” Mr. Varga asked her to call Mr. Dorn at once.'
  const second = runQuotes(text).find((q) => q.content.text.startsWith('I am sure'))
  assert.equal(second?.speaker?.text, 'Ms. Lind')
})

test('still takes a cue opening the next sentence as the frame of a question before it', () => {
  // Misses: "asked him" with nothing after it, and "asked" before its inverted subject, frame the question.
  assert.equal(directSpeaker('“Why did the port close?” Lind asked him.'), 'Lind')
  assert.equal(directSpeaker('“Is it over?” asked Lind.'), 'Lind')
})

const appositionNames: ReadonlyArray<[string, string, string]> = [
  // [case, text, speaker]
  ['a possessive description, then a name', '“We will reopen the port,” Varga’s spokesman, Pol Dorn, said.', 'Pol Dorn'],
  ['a definite description, then a name', '“We will reopen the port,” the ministry spokeswoman, Ana Lind, told reporters.', 'Ana Lind'],
  // Misses: a name before a description keeps the name; a description with no name after it stays.
  ['a name, then a description', '“We will reopen the port,” Varga, a former envoy, said.', 'Varga'],
  ['a description alone', '“We will reopen the port,” the ministry spokeswoman said.', 'the ministry spokeswoman'],
]

for (const [name, text, speaker] of appositionNames) {
  test(`gives a quotation framed after it by a description and a name between commas to the name: ${name}`, () => {
    assert.equal(directSpeaker(text), speaker)
  })
}

const openingPhrases: ReadonlyArray<[string, string, string]> = [
  // [case, text, speaker]
  ['a prepositional phrase with no comma', 'In a separate interview Varga said: “The deficit is running over four billion.”', 'Varga'],
  ['a prepositional phrase before a full name', 'At a news conference Tomas Varga said: “The deficit is running over four billion.”', 'Tomas Varga'],
  ['a time phrase with no comma', 'Earlier this week Varga said: “The deficit is running over four billion.”', 'Varga'],
  // Misses: a subject that is all names, or a description heading a name with no opening phrase, stays whole.
  ['a place and a name with no comma', 'In Ostra Varga said: “The deficit is running over four billion.”', 'Ostra Varga'],
  ['a title before a name', 'The Vell Holdings chief Tomas Varga said: “The deficit is running over four billion.”', 'The Vell Holdings chief Tomas Varga'],
  ['a clause opened by "as"', 'As the Vell columnist Ana Lind wrote, “The deficit is running over four billion.”', 'the Vell columnist Ana Lind'],
]

for (const [name, text, speaker] of openingPhrases) {
  test(`reads the subject after an opening phrase that has no comma: ${name}`, () => {
    assert.equal(directSpeaker(text), speaker)
  })
}

const coordinations: ReadonlyArray<[string, string, string]> = [
  // [case, text, speaker]
  ['two names', 'Vell and Tarn have said, “The border stays closed.”', 'Vell and Tarn'],
  ['two descriptions', 'The Bank of Arvenia and the Vell Fund said: “We are concerned about the backlog.”', 'The Bank of Arvenia and the Vell Fund'],
  ['a list of names', 'Lind, Varga and Pol Dorn said, “Both markets have been oversold.”', 'Lind, Varga and Pol Dorn'],
  // Misses: a coordination that is a verb's object, or a clause before "and", is no part of the subject.
  ['a verb before the coordination', 'He met Varga and Lind said, “No deal was made.”', 'Lind'],
  ['a clause before "and"', 'Prices rose and Lind said, “No deal was made.”', 'Lind'],
]

for (const [name, text, speaker] of coordinations) {
  test(`gives a quotation to a coordinated subject as a whole: ${name}`, () => {
    assert.equal(directSpeaker(text), speaker)
  })
}

test('lists each speaker of a coordinated subject with its own resolution, unless the coordination sits inside a modifier', () => {
  const text = 'Vell and Tarn have said, “The border stays closed.” The envoys of Vell and Tarn said, “It will open.”'
  const given = layersOf(text, [['Vell', 'GPE', [['Vell', 1]]], ['Tarn', 'GPE', [['Tarn', 1]]]])
  const [joint, envoys] = runQuotes(text, given).filter((q) => q.kind === 'direct')
  assert.deepEqual(joint?.speaker?.members?.map((m) => [m.text, m.clusterId]), [
    ['Vell', given.clusters.find((c) => c.text === 'Vell')?.id],
    ['Tarn', given.clusters.find((c) => c.text === 'Tarn')?.id],
  ])
  assert.equal(envoys?.speaker?.text, 'The envoys of Vell and Tarn')
  assert.equal(envoys?.speaker?.members, undefined)
})

test('lists both members when a conjunct with its own article follows a preposition ("the Bank of Vell and the Tarn Fund")', () => {
  const text = 'The Bank of Vell and the Tarn Fund said, “Rates stay at two percent.”'
  const given = layersOf(text, [['Bank of Vell', 'ORG', []], ['Tarn Fund', 'ORG', []]])
  const direct = runQuotes(text, given).find((q) => q.kind === 'direct')
  assert.deepEqual(direct?.speaker?.members?.map((m) => m.clusterId), [given.clusters.find((c) => c.text === 'Bank of Vell')?.id, given.clusters.find((c) => c.text === 'Tarn Fund')?.id])
})

test('lists the two persons named together before as the members of "the two ministers"', () => {
  const text = 'Ana Lind met Tomas Varga in Vell on Friday.\n\nThe talks will resume, the two ministers said.'
  const at = (name: string): { start: number; end: number } => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length })
  const given = mergeGiven([personLayers(text, [at('Ana Lind')], 'ARVGOV', 'alias'), personLayers(text, [at('Tomas Varga')], 'BLMGOV', 'alias')])
  const quote = runQuotes(text, given).find((q) => q.content.text.includes('talks will resume'))
  assert.deepEqual(quote?.speaker?.members?.map((m) => [m.text, m.actor]), [
    ['Ana Lind', 'ARVGOV'],
    ['Tomas Varga', 'BLMGOV'],
  ])
  // Miss: two persons never named in one sentence are no pair.
  const apart = 'Ana Lind spoke in Vell.\n\nTomas Varga left.\n\nThe talks will resume, the two ministers said.'
  const at2 = (name: string): { start: number; end: number } => ({ start: apart.indexOf(name), end: apart.indexOf(name) + name.length })
  const given2 = mergeGiven([personLayers(apart, [at2('Ana Lind')], 'ARVGOV', 'alias'), personLayers(apart, [at2('Tomas Varga')], 'BLMGOV', 'alias')])
  assert.equal(runQuotes(apart, given2).find((q) => q.content.text.includes('talks will resume'))?.speaker?.members, undefined)
})

test('reads a "who" after the firm a person works at as that person, not the firm', () => {
  const text = 'The plan was backed by an analyst at Vell Capital who said: “The deal is fair.”'
  const given = layersOf(text, [['Vell Capital', 'ORG', []]])
  const direct = runQuotes(text, given).find((q) => q.kind === 'direct')
  assert.deepEqual([direct?.speaker?.text, direct?.speaker?.clusterId], ['who', undefined])
})

test('still reads a "who" right after a person’s name as that person', () => {
  const text = 'The plan was praised in a reply from Ana Lind who wrote: “The deal is fair.”'
  const given = layersOf(text, [['Ana Lind', 'PERSON', []]])
  const direct = runQuotes(text, given).find((q) => q.kind === 'direct')
  assert.equal(direct?.speaker?.clusterId, given.clusters[0]?.id)
})

test('reads the clause before a "quoted … as saying" frame that ends its sentence as what the one quoted said', () => {
  for (const [text, speaker] of [
    ['Arvenia will not yield, VNA quoted Pol Dorn as saying.', 'Pol Dorn'],
    ['Arvenia will not yield, Pol Dorn was quoted as saying by VNA.', 'Pol Dorn'],
  ] as const) {
    const quote = runQuotes(text)[0]
    assert.equal(quote?.content.text, 'Arvenia will not yield', text)
    assert.equal(quote?.speaker?.text, speaker, text)
  }
})
