// End-to-end test of the quotes stage after the default stages, with a user actor dictionary of invented people.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { createDefaultStages } from '../../api/index.js'
import { checkDoc, createDoc, type LayerName, type Layers, type Quote } from '../../core/index.js'
import { buildPipeline, runPipeline } from '../../pipeline/index.js'
import { createQuotesStage } from './index.js'

const actorFile = fileURLToPath(new URL('./fixtures/quote-world.actors.json', import.meta.url))

/** The default stages with the quotes stage last (added here until it is wired in); unwritten layers given empty. */
function makePipeline() {
  const stages = createDefaultStages({ actorFiles: [actorFile] })
  if (!stages.some((s) => s.writes.includes('quotes'))) stages.push(createQuotesStage())
  const written = new Set(stages.flatMap((s) => s.writes))
  const missing = [...new Set(stages.flatMap((s) => s.reads))].filter((l): l is LayerName => !written.has(l))
  return { pipeline: buildPipeline(stages, missing), missing }
}

const world = makePipeline()

/** The quotes of `text` after the default stages (published 2024-03-08), the document checked. */
function quotesOf(text: string): Quote[] {
  const layers: Partial<Layers> = {}
  for (const layer of world.missing) (layers as Record<string, unknown[]>)[layer] = []
  const doc = runPipeline(world.pipeline, { ...createDoc(text, { published: '2024-03-08' }), layers })
  assert.deepEqual(checkDoc(doc), [])
  return doc.layers.quotes ?? []
}

test('resolves quoted, pronoun and description speakers to the dictionary actor end to end', () => {
  const { pipeline, missing } = makePipeline()
  const text = [
    'Arvenia and Belmora resume talks',
    'President Tomas Varga of Arvenia arrived in Ostrava Nova on Monday for talks with Belmora.',
    '“We will not give up the strait,” Varga said.',
    'He argues that Belmora must lift its tariffs first. Foreign Minister Ilse Moravec called the demand “a non-starter.”',
  ].join('\n\n')
  const layers: Partial<Layers> = {}
  for (const layer of missing) (layers as Record<string, unknown[]>)[layer] = []
  const doc = runPipeline(pipeline, { ...createDoc(text, { published: '2024-03-08' }), layers })
  assert.deepEqual(checkDoc(doc), [])
  const quotes = doc.layers.quotes ?? []
  const byContent = (part: string) => quotes.find((q) => q.content.text.includes(part))
  const direct = byContent('We will not give up')
  assert.equal(direct?.kind, 'direct')
  assert.equal(direct?.speaker?.actor, 'ARVGOV')
  const indirect = byContent('Belmora must lift its tariffs')
  assert.equal(indirect?.kind, 'indirect')
  assert.equal(indirect?.speaker?.text, 'He')
  assert.equal(indirect?.speaker?.actor, 'ARVGOV')
  const partial = byContent('a non-starter')
  assert.equal(partial?.kind, 'partial')
  assert.equal(partial?.speaker?.actor, 'BLMGOV')
})

test('gives "it" after a quotation to a body of the state described in the sentence before', () => {
  const text = 'Belmora’s foreign ministry issued a statement on Monday. “We will not give up the strait,” it said.'
  const speaker = quotesOf(text).find((q) => q.kind === 'direct')?.speaker
  assert.equal(speaker?.text, 'it')
  assert.equal(speaker?.actor, 'BLMGOV')
})

test('gives a description that coreference left in a cluster of its own the person it describes ("the minister said")', () => {
  // Pavla Orlik is in no dictionary, so coreference does not link "the minister" to her.
  const text = 'Pavla Orlik warned on Monday that the truce was fragile.\n\n“One spark could end it,” the minister said.'
  const speaker = quotesOf(text).find((q) => q.kind === 'direct')?.speaker
  assert.equal(speaker?.text, 'the minister')
  assert.match(speaker?.reason ?? '', /description "the minister" → speaker of a recent quotation Pavla Orlik/)
  // A capitalized head makes a name of its own, which keeps its resolution.
  const named = quotesOf('Pavla Orlik warned on Monday that the truce was fragile.\n\n“We will wait,” the Belmoran Executive said.')
  assert.doesNotMatch(named.find((q) => q.kind === 'direct')?.speaker?.reason ?? '', /Pavla Orlik/)
})

test('gives a headline’s bare description of a person the only person its lead names ("Prime minister says …")', () => {
  const text = 'Prime minister says Vell faces a hard year\n\nPrime Minister Pavla Orlik warned that the strong currency would slow the economy.'
  const headline = quotesOf(text).find((q) => q.speaker?.text === 'Prime minister')
  assert.match(headline?.speaker?.reason ?? '', /headline description "Prime minister" → the only person named in the lead, Pavla Orlik/)
  // Two persons in the lead: no guess.
  const two = quotesOf('Minister says Vell faces a hard year\n\nPavla Orlik and Ivo Brandt warned that the currency would slow the economy.')
  assert.doesNotMatch(two.find((q) => q.speaker?.text === 'Minister')?.speaker?.reason ?? '', /only person/)
})

test('resolves a speaker standing somewhere by the words before the place, not by the place ("students outside the embassy")', () => {
  const speaker = quotesOf('Belmoran students outside the Arvenian embassy chanted “Go home!”')[0]?.speaker
  assert.equal(speaker?.text, 'Belmoran students outside the Arvenian embassy')
  assert.doesNotMatch(speaker?.actor ?? '', /^ARV/)
})

test('resolves "his wife" to no one, but "his spokesman" to the one he speaks for', () => {
  const wife = quotesOf('Pavla Orlik arrived in Vell with her family. “She is tired,” her husband said.')[0]?.speaker
  assert.equal(wife?.text, 'her husband')
  assert.equal(wife?.clusterId, undefined)
  const spokesman = quotesOf('Pavla Orlik arrived in Vell. “She is tired,” her spokesman said.')[0]?.speaker
  assert.match(spokesman?.reason ?? '', /Pavla Orlik/)
})

test('gives a description the named person opening the sentence before ("Kessel was less upbeat. “…,” the envoy said")', () => {
  const quotes = quotesOf('Pavla Orlik met Jon Kessel in Vell on Monday.\n\n“The talks were useful,” Orlik said.\n\nKessel was less upbeat. “Nothing has changed,” the envoy told reporters.')
  const envoy = quotes.find((q) => q.speaker?.text === 'the envoy')?.speaker
  assert.match(envoy?.reason ?? '', /description "the envoy" → subject of the sentence before, Jon Kessel/)
})

test('attributes quotations in a text whose paragraphs are split by single line breaks as in one split by blank lines', () => {
  const paragraphs = [
    'The foreign ministers of Arvenia and Belmora met in Ostra on Monday for the first time in three years, and both sides said the talks had been useful.',
    '“We have a long way to go, but today was a start,” Tomas Varga told reporters after the meeting, which lasted more than four hours.',
    'Asked about the disputed border, he was more cautious than he had been in the spring.',
    '“Nobody should expect a deal this year.”',
  ]
  const speakers = (text: string): Array<string | undefined> => quotesOf(text).filter((q) => q.kind === 'direct').map((q) => q.speaker?.text)
  const blank = speakers(paragraphs.join('\n\n'))
  assert.deepEqual(speakers(paragraphs.join('\n')), blank)
  assert.equal(blank.length, 2)
})
