// Tests for subjects a phrase reader must read whole (quotes round 24): hyphenated modifiers, compound nouns opened by
// a verb's form, a quantifier floated after an apposition, a coordination before a prepositional phrase, and a
// capitalized plural opening the sentence before a participle.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { runQuotes } from './test-quotes.js'

/** The speaker of the indirect quote whose content holds `words`. */
const speakerOf = (text: string, words: string): string | undefined => runQuotes(text).find((q) => q.content.text.includes(words))?.speaker?.text

const subjects: ReadonlyArray<[string, string, string, string]> = [
  // [case, text, content words, speaker]
  ['a hyphenated participle in the phrase', 'The Vell-based fund warned that the economy would shrink.', 'economy would shrink', 'The Vell-based fund'],
  ['a hyphenated modifier before adjectives the tagger read for the head', 'The self-described democratic socialist said he would attend.', 'he would attend', 'The self-described democratic socialist'],
  ['a compound noun opened by "think"', 'The Ostra-based think tank warned that the economy would shrink.', 'economy would shrink', 'The Ostra-based think tank'],
  ['a quantifier floated after an apposition', 'Lind and Varga, the two front-runners, both said they would attend.', 'they would attend', 'Lind and Varga'],
  ['a coordination before a prepositional phrase', 'Lind and his allies in Congress have argued that the rule is illegal.', 'the rule is illegal', 'Lind and his allies in Congress'],
  ['a capitalized plural before a participle and a date', 'Figures released on Sunday suggest that Lind is leading in Ostra.', 'Lind is leading', 'Figures'],
]

for (const [name, text, words, speaker] of subjects) {
  test(`reads the whole subject of a cue: ${name}`, () => {
    assert.equal(speakerOf(text, words), speaker)
  })
}

test('does not read an object phrase after a verb as the subject of a later cue', () => {
  const text = 'Lind did not want to talk about it, but when asked whether he would do the same again replied: “Of course.”'
  assert.notEqual(runQuotes(text).find((q) => q.kind === 'direct')?.speaker?.text, 'the same')
})
