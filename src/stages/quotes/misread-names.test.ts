// Tests for names the tagger misread right before a cue (issue 5 round 7): "Read said", "Will believes", "Day said".
import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Quote } from '../../core/index.js'
import { runQuotes } from './test-quotes.js'

/** Runs the stage on `sentence` as body text after a headline and a first sentence, and checks the document. */
function quotesOf(sentence: string): Quote[] {
  const text = `Port talks in Vell\n\nThe talks went on for hours in Vell on Monday. ${sentence}`
  return runQuotes(text)
}

test('reads a capitalized word the tagger took for a verb or a time word before the cue as the speaker', () => {
  const hits: Array<[string, string]> = [
    // A cue verb's form right before "said" is a name, not a cue ("Read").
    ['"We will keep the port open," Read said.', 'Read'],
    // A capitalized auxiliary opening the clause right before the cue ("Will").
    ['After the vote in Vell, Will believes Lind has a chance to win.', 'Will'],
    // A capitalized time noun standing alone ("Day").
    ['Day said the plan would fail.', 'Day'],
    // A capitalized word read as a verb after a proper noun ends the name ("Vell Watch").
    ['Vell Watch stated in a release: "The port is closed."', 'Vell Watch'],
  ]
  for (const [sentence, speaker] of hits) assert.equal(quotesOf(sentence)[0]?.speaker?.text, speaker, sentence)
})

test('keeps lower-case auxiliaries, time phrases and verbs out of the speaker', () => {
  const misses: Array<[string, string]> = [
    ['"The port will close," Lind will say on Monday.', 'Lind'],
    ['The next day, Lind said the port would close.', 'Lind'],
    ['Vell officials stated in a release: "The port is closed."', 'Vell officials'],
  ]
  for (const [sentence, speaker] of misses) assert.equal(quotesOf(sentence)[0]?.speaker?.text, speaker, sentence)
  // A capitalized verb opening a quotation's frame sentence stays a verb ("Read the plan, she added").
  const quotes = quotesOf('"We will stay," Lind said. Read the plan, she added.')
  assert.equal(quotes.find((q) => q.text.startsWith('Read'))?.speaker?.text, 'she')
})
