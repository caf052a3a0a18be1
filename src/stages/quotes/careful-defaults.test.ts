// Tests for the careful defaults (issue 5 round 7): quotations no rule claims get the nearest simple choice.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { EntityType, Quote } from '../../core/index.js'
import { mergeGiven, personLayers } from './fixtures/person-layers.js'
import { runQuotes, type ProvidedLayers } from './test-quotes.js'

/** Runs the stage with one named entity of `type` at the first occurrence of each name (`[name, type]`). */
function quotesOf(text: string, names: ReadonlyArray<readonly [string, EntityType]> = []): Quote[] {
  const given: ProvidedLayers = mergeGiven(
    names.map(([name, type]) => {
      const start = text.indexOf(name)
      assert.ok(start >= 0, `fixture lacks "${name}"`)
      return personLayers(text, [{ start, end: start + name.length }], 'ARVGOV', 'alias', type)
    }),
  )
  return runQuotes(text, given)
}

/** The speaker text of the quotation holding `phrase`, or null. */
function speakerOf(quotes: readonly Quote[], phrase: string): string | null {
  const quote = quotes.find((q) => q.text.includes(phrase))
  assert.ok(quote !== undefined, `no quote holds "${phrase}"`)
  return quote.speaker?.text ?? null
}

test('gives a cue-less quoted phrase to the person, organization or he/she subject of the main clause', () => {
  const hits: Array<[string, ReadonlyArray<readonly [string, EntityType]>, string, string]> = [
    ['Tomas Varga dismissed the plan from Belmora as “desperate and late” on Sunday.', [['Tomas Varga', 'PERSON']], 'desperate', 'Tomas Varga'],
    ['The Vell Council has branded the treaty a “charter for smugglers”.', [['Vell Council', 'ORG']], 'charter', 'The Vell Council'],
    ['He went on to praise the values that “most Arvenians hold dear”.', [], 'hold dear', 'He'],
    ['Later, Mara Lind renewed her call for an end to the “ruinous blockade” of the port.', [['Mara Lind', 'PERSON']], 'ruinous', 'Mara Lind'],
  ]
  for (const [text, names, phrase, speaker] of hits) assert.equal(speakerOf(quotesOf(text, names), phrase), speaker, text)
})

test('leaves a cue-less quoted phrase with no speaker after a be-form, a place, a possessive or a plain noun subject', () => {
  const misses: Array<[string, ReadonlyArray<readonly [string, EntityType]>, string]> = [
    // A be-form before a noun or adjective describes the subject: a scare quote.
    ['Tomas Varga is “passive” in his dealings with Belmora.', [['Tomas Varga', 'PERSON']], 'passive'],
    ['The Vell Council was a “talking shop” for years.', [['Vell Council', 'ORG']], 'talking shop'],
    // A place is no speaker of a cue-less phrase.
    ['Arvenia renewed its “open door” policy on Monday.', [['Arvenia', 'GPE']], 'open door'],
    // A possessive opens a thing, not a speaker, even when its owner is a person.
    ['His proposals were effectively a new “grand bargain” for the region.', [], 'grand bargain'],
    // A common noun that names no one.
    ['The mobile vans trundled into view with a “lowest rates in years” banner.', [], 'lowest rates'],
  ]
  for (const [text, names, phrase] of misses) assert.equal(speakerOf(quotesOf(text, names), phrase), null, text)
})

test('gives a cue-less quoted phrase in a coordinated clause to that clause’s own subject only', () => {
  const text = 'Tomas Varga arrived late and the crowd cheered “a free Vell” for an hour.'
  assert.equal(speakerOf(quotesOf(text, [['Tomas Varga', 'PERSON']]), 'free Vell'), null)
  const own = 'The crowd waited for hours, but Tomas Varga only promised “a free Vell” in his speech.'
  assert.equal(speakerOf(quotesOf(own, [['Tomas Varga', 'PERSON']]), 'free Vell'), 'Tomas Varga')
})

test('gives a cue whose subject the phrase reader missed the person named right before it', () => {
  const hits: Array<[string, string, string]> = [
    // The tagger reads "Josh" and "Heal" as verbs and "operative" as an adjective.
    ['Josh Varga, a top tech operative, warned Saturday that the move could damage the party.', 'Josh Varga', 'Josh Varga'],
    ['Deputy Speaker Mara Heal agreed that the vote was of concern.', 'Mara Heal', 'Deputy Speaker Mara Heal'],
  ]
  for (const [text, name, speaker] of hits) {
    const quote = quotesOf(text, [[name, 'PERSON']])[0]
    assert.equal(quote?.speaker?.text, speaker, text)
    // "Mara Heal/VERB agreed": since round 7 the misread name right before the cue is read as the subject first, and
    // since round 9 a word inside a person entity is a name whatever its tag, so the phrase reader finds both.
    const reason = quote?.speaker?.reason ?? ''
    assert.ok(/^(?:nearest speaker before the cue|subject of cue|sentence subject)/.test(reason), `${text}: ${reason}`)
  }
  // Misses: a passive cue keeps no speaker; a verb between the name and the cue ends the search.
  assert.equal(quotesOf('Tomas Varga was asked, “Will Arvenia sign the treaty with Belmora?”', [['Tomas Varga', 'PERSON']])[0]?.speaker, null)
  const other = quotesOf('Josh Varga left early before a top tech operative warned Saturday that the move could damage the party.', [['Josh Varga', 'PERSON']])
  assert.notEqual(other[0]?.speaker?.text, 'Josh Varga')
  // Nor past a coordinator: "a third" speaks, not the person in the clause before "and".
  const third = quotesOf('Voters see Tomas Varga as unfair, and a third said that of the envoy.', [['Tomas Varga', 'PERSON']])
  assert.notEqual(third[0]?.speaker?.text, 'Tomas Varga')
})

test('continues a run of bare quotation paragraphs with the speaker of the attributed one, but not after a gap', () => {
  const run = '“The talks failed,” Tomas Varga said.\n\n“And that is why we left the table early.”\n\n“We were badly served by the envoys of Belmora.”'
  const found = quotesOf(run, [['Tomas Varga', 'PERSON']])
  assert.equal(found.length, 3)
  for (const quote of found) assert.equal(quote.speaker?.text, 'Tomas Varga')
  assert.equal(found[2]?.speaker?.reason?.startsWith('continues the previous quotation'), true)
  // Miss: a paragraph of the writer's own between breaks the run.
  const gap = '“The talks failed,” Tomas Varga said.\n\nThe envoys left on Monday.\n\nThe border stayed closed for a week.\n\n“We were badly served by the envoys of Belmora.”'
  assert.equal(quotesOf(gap, [['Tomas Varga', 'PERSON']])[1]?.speaker, null)
})

test('reads the cue-less phrase’s subject after an opening subordinate clause, not inside it', () => {
  const text = 'As Mara Lind spoke, the Vell League was lobbying hard against “any and all border controls” in the capital.'
  const found = quotesOf(text, [['Mara Lind', 'PERSON'], ['Vell League', 'ORG']])
  assert.equal(speakerOf(found, 'border controls'), 'the Vell League')
  // Miss: when the main clause's subject is no speaker, the person in the opening clause is not taken instead.
  const plain = 'As Mara Lind spoke, the crowd was cheering for “a free Vell” in the square.'
  assert.equal(speakerOf(quotesOf(plain, [['Mara Lind', 'PERSON']]), 'free Vell'), null)
})

test('reads the cue-less phrase’s subject after an opening participle phrase, not inside it', () => {
  const text = 'Filling in for Ana Tarn at the rally where Mara Lind spoke, the Vell League mocked the “grand bargain” again.'
  const found = quotesOf(text, [['Ana Tarn', 'PERSON'], ['Mara Lind', 'PERSON'], ['Vell League', 'ORG']])
  assert.equal(speakerOf(found, 'grand bargain'), 'the Vell League')
  // Miss: a subject that names no speaker leaves the phrase unattributed; the person in the opening phrase is not taken.
  const plain = 'Filling in for Ana Tarn at the rally where Mara Lind spoke, the crowd mocked the “grand bargain” again.'
  assert.equal(speakerOf(quotesOf(plain, [['Ana Tarn', 'PERSON'], ['Mara Lind', 'PERSON']]), 'grand bargain'), null)
})

test('never takes a first-person or indefinite subject of the sentence before a bare quotation as its speaker', () => {
  // The marks of a quotation's middle paragraph were lost, so "I just hope …" reads as the writer's own sentence.
  const text = 'Tomas Varga, the envoy, said: “We tried hard to keep the border open.” Obviously we failed in that. I just hope Belmora can handle the crowds. “It amazes me that the council does not want the port.”'
  const found = quotesOf(text, [['Tomas Varga', 'PERSON']])
  assert.equal(speakerOf(found, 'It amazes me'), 'Tomas Varga')
  // Hit kept: a named subject of a speech verb in the sentence before still speaks.
  const named = 'Tomas Varga said the council had failed. “It amazes me that the council does not want the port.”'
  const hit = quotesOf(named, [['Tomas Varga', 'PERSON']]).find((q) => q.text.includes('It amazes me'))
  assert.equal(hit?.speaker?.reason?.startsWith('named in the sentence before the quotation'), true)
})
