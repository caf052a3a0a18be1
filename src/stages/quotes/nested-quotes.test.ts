// Tests for quotations nested inside a quotation, each with its own cue and speaker.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { mergeGiven, personLayers } from './fixtures/person-layers.js'
import { NESTED_REASON } from './nested-quotes.js'
import { runQuotes } from './test-quotes.js'

/** The nested quotations of a text as [content, speaker], in text order. */
function nestedOf(text: string, given?: Parameters<typeof runQuotes>[1]): Array<[string, string | undefined]> {
  return runQuotes(text, given)
    .filter((q) => q.speaker?.reason.startsWith(NESTED_REASON) === true)
    .map((q) => [q.content.text, q.speaker?.text])
}

test('reads a quotation nested in a quotation with its cue before or after it, inside the outer one', () => {
  const cases: Array<[string, Array<[string, string | undefined]>]> = [
    ['“Mara Lind told me, ‘We will win,’ and left,” Tomas Varga said.', [['We will win', 'Mara Lind']]],
    ['Tomas Varga said: “Lind said: ‘The port stays shut.’ I did not believe her.”', [['The port stays shut.', 'Lind']]],
    ['“‘We will win,’ said Mara Lind, and left,” Tomas Varga said.', [['We will win', 'Mara Lind']]],
    ['“‘We will win,’ she said, and left,” Tomas Varga said.', [['We will win', 'she']]],
    // Misses: a scare quote with no cue, an apostrophe, and a cue after a nested sentence that ended with a full stop.
    ['“The so-called ‘peace plan’ is dead,” Tomas Varga said.', []],
    ['“Don’t worry, it’s fine,” Tomas Varga said.', []],
    // ("call him" frames the name; "I admit" after the full stop frames nothing.)
    ['“They call him ‘Little Vell.’ I admit he is tall,” Tomas Varga said.', [['Little Vell.', 'They']]],
    ['“The envoys left. ‘The talks are over.’ Lind said nothing,” Tomas Varga said.', []],
  ]
  for (const [text, expected] of cases) assert.deepEqual(nestedOf(text), expected, text)
})

test('gives a nested quotation in the first person to the outer speaker, and a he/she only through coreference', () => {
  const text = '“I told him, ‘The border stays shut,’ and he said, ‘Then we wait,’” Tomas Varga said.'
  const at = (surface: string): { start: number; end: number } => ({ start: text.indexOf(surface), end: text.indexOf(surface) + surface.length })
  const given = mergeGiven([personLayers(text, [at('Tomas Varga')], 'ARVGOV', 'alias')])
  const quotes = runQuotes(text, given)
  const varga = given.clusters[0]?.id
  const first = quotes.find((q) => q.content.text === 'The border stays shut')
  assert.equal(first?.speaker?.text, 'I')
  assert.equal(first?.speaker?.clusterId, varga)
  // "he" is someone Varga talks about: not Varga, and no one when coreference says nothing.
  const second = quotes.find((q) => q.content.text === 'Then we wait')
  assert.equal(second?.speaker?.text, 'he')
  assert.equal(second?.speaker?.clusterId, undefined)
  // The outer quotation keeps its speaker and its whole content.
  const outer = quotes.find((q) => q.content.text.startsWith('I told him'))
  assert.equal(outer?.speaker?.clusterId, varga)
})
