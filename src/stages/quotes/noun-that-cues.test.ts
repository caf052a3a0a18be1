// Tests for cues whose object is a noun with a that-clause ("expressed concern that …", "rejected claims that …",
// cues v23 frame noun-that), and for a clause the writer comments on after a comma (", a charge Vell denied").
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { compileCueLexicon } from './cue-lexicon.js'
import { runQuotes } from './test-quotes.js'

const reported: ReadonlyArray<[string, string, string]> = [
  // [case, text, content]
  ['concern', 'Lind expressed concern that the truce might collapse.', 'that the truce might collapse'],
  ['a modifier before the noun', 'Lind voiced deep concern that the truce might collapse.', 'that the truce might collapse'],
  ['a possessive before the noun', 'The ministry expressed its confidence that the truce would hold.', 'that the truce would hold'],
  ['claims rejected', 'Lind rejected claims that Arvenia had sent troops.', 'that Arvenia had sent troops'],
  ['reports dismissed', 'Lind dismissed reports that Arvenia had sent troops.', 'that Arvenia had sent troops'],
  ['reports denied', 'The government denied reports that Lind would resign.', 'that Lind would resign'],
]

for (const [name, text, content] of reported) {
  test(`reports the that-clause of a cue's noun: ${name}`, () => {
    const quote = runQuotes(text)[0]
    assert.equal(quote?.kind, 'indirect')
    assert.equal(quote?.content.text, content)
  })
}

test('reports nothing for a noun-that cue without its noun and "that"', () => {
  assert.deepEqual(runQuotes('Lind rejected the offer from Belmora.'), [])
  assert.deepEqual(runQuotes('Lind dismissed the envoy in March.'), [])
})

test('gives a quoted fragment in a noun-that cue’s object to its subject, but no quotation it only precedes', () => {
  assert.equal(runQuotes('Lind dismissed the offer as “a stunt.”')[0]?.speaker?.text, 'Lind')
  // The relative clause's verb does not introduce the quotation after its comma; the passive's agent does.
  const quote = runQuotes('Lind was asked by host Tom Varga, who has dismissed the story about the emails, “Are you tired of it?”')[0]
  assert.equal(quote?.cue?.text, 'asked')
})

test('ends a reported clause before the writer’s comment on it and gives the comment’s verb the name after the noun', () => {
  const quotes = runQuotes('Vell accused Tarn of violating the truce, a charge Tarn denied.')
  assert.equal(quotes.find((q) => q.cue?.text === 'accused')?.content.text, 'Tarn of violating the truce')
  assert.equal(quotes.find((q) => q.cue?.text === 'denied')?.speaker?.text, 'Tarn')
})

test('rejects a cue file with an unknown frame, naming it', () => {
  assert.throws(() => compileCueLexicon({ format: 'dyad-quote-cues@1', verbs: [{ lemma: 'say', frames: ['noun-who'] }] }, 'test.json'), /unknown frame "noun-who"/)
})

test('reads "an Arvenian report that …" as a noun with a clause, so a coordinated "said" keeps the sentence subject', () => {
  const quotes = runQuotes('Vell called premature on Tuesday an Arvenian report that it had agreed to talks but said it would respond if attacks stopped.')
  assert.equal(quotes.find((q) => q.cue?.text === 'report'), undefined)
  assert.equal(quotes.find((q) => q.cue?.text === 'said')?.speaker?.text, 'Vell')
})

test('takes no headline label that ends in a lower-case verb ("Accord on rail link reached: …")', () => {
  assert.deepEqual(runQuotes('Accord on restoring rail link reached: Vell-Tarn route\n\nVell and Tarn agreed.'), [])
  // Section labels are no speakers either (cues v23 adds "briefly", "at a glance", "profile" and others).
  assert.deepEqual(runQuotes('Briefly: Vell and Tarn sign trade pact\n\nVell and Tarn agreed.'), [])
  assert.deepEqual(runQuotes('At a glance: Vell health checks\n\nVell and Tarn agreed.'), [])
  assert.equal(runQuotes('Lind: No outside influence on the inquiry\n\nLind spoke on Monday.')[0]?.speaker?.text, 'Lind')
})
