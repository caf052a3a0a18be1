// Tests for a "he"/"she" speaker opening its sentence: the named person who is the subject of the sentence before.
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
type Span = { start: number; end: number }

/** A person: the name's first occurrence, then further mentions as [surface, occurrence index in the text]. */
type Person = readonly [name: string, others: ReadonlyArray<readonly [string, number]>]

/** The index-th whole-word occurrence of a surface ("he", not the "he" of "the"). */
function nth(text: string, surface: string, index: number): Span {
  const found = [...text.matchAll(new RegExp(`(?<![\\p{L}])${surface}(?![\\p{L}])`, 'gu'))][index]
  assert.ok(found?.index !== undefined, `fixture lacks "${surface}" #${index}`)
  return { start: found.index, end: found.index + surface.length }
}

/** The quote whose speaker is the pronoun at its first occurrence after the first quotation, and the clusters. */
function pronounQuote(text: string, people: readonly Person[], pronoun: string): { quote: Quote | undefined; given: Given } {
  const given: Given = mergeGiven(people.map(([name, others]) => personLayers(text, [nth(text, name, 0), ...others.map(([surface, index]) => nth(text, surface, index))], 'ARVGOV', 'alias')))
  const doc = runPipeline(pipeline, { ...createDoc(text), layers: given })
  assert.deepEqual(checkDoc(doc), [])
  return { quote: (doc.layers.quotes ?? []).find((q) => q.kind === 'direct' && q.speaker?.text === pronoun), given }
}

const hits: ReadonlyArray<{ name: string; text: string; people: readonly Person[]; pronoun: string; speaker: string }> = [
  {
    name: 'after the quotation, against coreference that chose the object',
    text: 'Tomas Varga accused Emil Dorn of hiding the figures.\n\n“The budget is a fiction,” he said.',
    people: [['Tomas Varga', []], ['Emil Dorn', [['he', 0]]]],
    pronoun: 'he',
    speaker: 'Tomas Varga',
  },
  {
    name: 'before the quotation ("He said:")',
    text: 'Tomas Varga accused Emil Dorn of hiding the figures.\n\nHe said: “The budget is a fiction.”',
    people: [['Tomas Varga', []], ['Emil Dorn', [['He', 0]]]],
    pronoun: 'He',
    speaker: 'Tomas Varga',
  },
  {
    name: 'against the speaker of a recent quotation, with a comma apposition and a leading conjunction',
    text: '“We will win,” Emil Dorn said.\n\nBut Tomas Varga, the Arvenian envoy, attacked the plan.\n\n“It will cost too much,” he said.',
    people: [['Emil Dorn', [['he', 0]]], ['Tomas Varga', []]],
    pronoun: 'he',
    speaker: 'Tomas Varga',
  },
  {
    name: 'after a quotation of several sentences over two paragraphs, the sentence before the quotation',
    text: 'Tomas Varga met the envoys on Monday.\n\n“The talks failed. We tried hard. They did not.\n\n“But the other side would not move,” he said.',
    people: [['Tomas Varga', []]],
    pronoun: 'he',
    speaker: 'Tomas Varga',
  },
]

for (const { name, text, people, pronoun, speaker } of hits) {
  test(`gives a sentence-opening pronoun to the subject of the sentence before: ${name}`, () => {
    const { quote, given } = pronounQuote(text, people, pronoun)
    assert.equal(quote?.speaker?.clusterId, given.clusters.find((c) => c.text === speaker)?.id)
    assert.match(quote?.speaker?.reason ?? '', /subject of the sentence before/)
  })
}

const misses: ReadonlyArray<{ name: string; text: string; people: readonly Person[]; pronoun: string; speaker: string }> = [
  {
    name: 'a name after a preposition ("For Tomas Varga, …")',
    text: 'For Tomas Varga, Emil Dorn is the wrong man.\n\n“He never listens,” he said.',
    people: [['Tomas Varga', []], ['Emil Dorn', [['he', 0]]]],
    pronoun: 'he',
    speaker: 'Emil Dorn',
  },
  {
    name: 'a sentence reported by another person (", Tomas Varga said.")',
    text: 'Emil Dorn will lose the vote, Tomas Varga said.\n\n“He is finished,” he said.',
    people: [['Emil Dorn', []], ['Tomas Varga', [['he', 0]]]],
    pronoun: 'he',
    speaker: 'Tomas Varga',
  },
  {
    name: 'a subject whose gender clashes with the pronoun',
    text: 'Mara Lind accused Tomas Varga of lying to her.\n\n“It is false,” he said.',
    people: [['Mara Lind', [['her', 0]]], ['Tomas Varga', [['he', 0]]]],
    pronoun: 'he',
    speaker: 'Tomas Varga',
  },
  {
    name: 'a pronoun deep inside its sentence',
    text: 'Tomas Varga accused Emil Dorn of hiding the figures.\n\nOn a long walk through the old town of Vell, he said: “The budget is a fiction.”',
    people: [['Tomas Varga', []], ['Emil Dorn', [['he', 0]]]],
    pronoun: 'he',
    speaker: 'Emil Dorn',
  },
]

for (const { name, text, people, pronoun, speaker } of misses) {
  test(`leaves a pronoun speaker to coreference when the sentence before has no person subject: ${name}`, () => {
    const { quote, given } = pronounQuote(text, people, pronoun)
    assert.equal(quote?.speaker?.clusterId, given.clusters.find((c) => c.text === speaker)?.id)
    assert.doesNotMatch(quote?.speaker?.reason ?? '', /subject of the sentence before/)
  })
}

/** Layers for people plus one organization named once (when the text names it). */
function withOrganization(text: string, people: readonly Person[], organization: string): Given {
  return mergeGiven([
    ...people.map(([name, others]) => personLayers(text, [nth(text, name, 0), ...others.map(([surface, index]) => nth(text, surface, index))], 'ARVGOV', 'alias')),
    ...(text.includes(organization) ? [personLayers(text, [nth(text, organization, 0)], 'BLMGOV', 'alias', 'ORG')] : []),
  ])
}

function speakerOf(text: string, given: Given, pronoun: string): Quote | undefined {
  const doc = runPipeline(pipeline, { ...createDoc(text), layers: given })
  assert.deepEqual(checkDoc(doc), [])
  return (doc.layers.quotes ?? []).find((q) => q.kind === 'direct' && q.speaker?.text === pronoun)
}

const before = '“The port stays open,” Mara Lind said.\n\n'
const newcomers: ReadonlyArray<{ name: string; text: string; brought: boolean; organization: boolean }> = [
  { name: 'an organization named in the description', text: `${before}But a Belmora Ministry spokeswoman said the port was closed.\n\nShe said: “No ship has left since May.”`, brought: true, organization: true },
  { name: 'a head after the organization and a preposition phrase', text: `${before}A spokeswoman for the Belmora Ministry denied it.\n\n“No ship has left since May,” she said.`, brought: true, organization: true },
  { name: 'no organization named', text: `${before}A senior spokeswoman said the port was closed.\n\nShe said: “No ship has left since May.”`, brought: true, organization: false },
  { name: 'a definite description (a speaker met before)', text: `${before}The spokeswoman for the Belmora Ministry denied it.\n\n“No ship has left since May,” she said.`, brought: false, organization: false },
  { name: 'a head whose gender clashes with the pronoun', text: `${before}A Belmora Ministry spokesman said the port was closed.\n\nShe said: “No ship has left since May.”`, brought: false, organization: false },
  { name: 'a head that is no speaker', text: `${before}A Belmora Ministry crowd gathered at the port.\n\nShe said: “No ship has left since May.”`, brought: false, organization: false },
]

for (const { name, text, brought, organization } of newcomers) {
  test(`${brought ? 'gives' : 'does not give'} a pronoun speaker to the new person an indefinite description brings in: ${name}`, () => {
    // Coreference links the pronoun to the earlier speaker, as a reader would not.
    const pronoun = text.includes('\nShe said') ? 'She' : 'she'
    const given = withOrganization(text, [['Mara Lind', [[pronoun, 0]]]], 'Belmora Ministry')
    const quote = speakerOf(text, given, pronoun)
    const lind = given.clusters.find((c) => c.text === 'Mara Lind')?.id
    const ministry = given.clusters.find((c) => c.text === 'Belmora Ministry')?.id
    if (brought) {
      assert.match(quote?.speaker?.reason ?? '', /brought in by the sentence before/)
      assert.equal(quote?.speaker?.clusterId, organization ? ministry : undefined)
    } else {
      assert.doesNotMatch(quote?.speaker?.reason ?? '', /brought in by the sentence before/)
      assert.equal(quote?.speaker?.clusterId, lind)
    }
  })
}
