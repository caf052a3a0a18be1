// Tests for direct-quote speakers found reading wire copy and run-on text (quotes round 12b): a name before a long
// description between commas, and a quotation closed by a full stop that the next report does not frame.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { runQuotes } from './test-quotes.js'

/** The speaker of the first direct quote found in `text`. */
const directSpeaker = (text: string): string | undefined => runQuotes(text).find((q) => q.kind === 'direct')?.speaker?.text

const descriptions: ReadonlyArray<[string, string, string]> = [
  // [case, text, speaker]
  ['a description linked by "for"', 'Pol Dorn, Vell Holdings’ senior vice president for human resources, said, “We hire from every town.”', 'Pol Dorn'],
  ['a description linked by "and" and "to"', 'Jon Tarn, Vell Assistant trade representative and delegate to the talks, said in a statement, “The quotas failed.”', 'Jon Tarn'],
  ['a name opening the aside before its "of"', 'One pastor backing the plan, Tomas Varga of the Vell Church in Ostra, said, “We will pray for the talks.”', 'Tomas Varga'],
  // Misses: the aside is a name or a list of names, which speaks.
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
