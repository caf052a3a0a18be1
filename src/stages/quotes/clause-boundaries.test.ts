// Tests for where a reported clause ends when a full quotation with a frame of its own follows it inside the same
// sentence, and for the subject of a clause read across a relative clause between commas.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Quote } from '../../core/index.js'
import { runQuotes } from './test-quotes.js'

const summary = (q: Quote): [string, string, string | undefined] => [q.kind, q.content.text, q.speaker?.text]

test('ends a reported question before the comma that opens the next speaker’s own quotation', () => {
  const found = runQuotes('Lind said he had not seen the clash in Vell, and when asked whether he was urging his backers on, he said, “I hope not.”')
  const question = found.find((q) => q.cue?.text === 'asked')
  assert.deepEqual(question === undefined ? undefined : summary(question), ['indirect', 'whether he was urging his backers on', undefined])
  const direct = found.find((q) => q.kind === 'direct')
  assert.deepEqual(direct === undefined ? undefined : summary(direct), ['direct', 'I hope not.', 'he'])
  // No reported clause swallows the quotation.
  assert.ok(found.every((q) => q.kind === 'direct' || !q.content.text.includes('I hope not')), JSON.stringify(found.map(summary)))
})

test('ends an opening participle’s question before the subject of the main clause that frames a quotation', () => {
  const found = runQuotes('Asked whether the party should take the blame, Ms. Varga replied: “That would be fair.”')
  assert.deepEqual(found.map(summary), [
    ['indirect', 'whether the party should take the blame', undefined],
    ['direct', 'That would be fair.', 'Ms. Varga'],
  ])
})

test('keeps a quotation whose frame opens the reported clause inside that clause', () => {
  // No comma stands between the clause's start and "chanted", so Lind reports the whole of it.
  const found = runQuotes('Fans in the stands also chanted, “Close the border,” during the match against Tarn on Friday night, Lind says.')
  const outer = found.find((q) => q.cue?.text === 'says')
  assert.equal(outer?.kind, 'mixed', JSON.stringify(found.map(summary)))
  assert.ok(outer?.content.text.includes('Close the border'))
})

test('reads the subject of a clause across a relative clause between commas', () => {
  const text = 'Mr. Lind, who said last week that a judge in a case about Vell Holdings was biased, issued a statement Tuesday saying, “I do not doubt the court.”'
  const found = runQuotes(text)
  const direct = found.find((q) => q.kind === 'direct')
  assert.equal(direct?.speaker?.text, 'Mr. Lind')
  const relative = found.find((q) => q.cue?.text === 'said')
  assert.deepEqual(relative === undefined ? undefined : summary(relative), ['indirect', 'that a judge in a case about Vell Holdings was biased', 'who'])
})

test('reads a company name before a stock ticker in angle brackets as the speaker', () => {
  const found = runQuotes('“We will appeal,” Dorn Corp <DRN.N> said. Vell Marine <VELL.V> said the deal was off.')
  assert.deepEqual(found.map((q) => [q.kind, q.speaker?.text.startsWith('Dorn Corp') ?? q.speaker?.text]), [
    ['direct', true],
    ['indirect', false],
  ])
  assert.equal(found[1]?.speaker?.text, 'Vell Marine')
})
