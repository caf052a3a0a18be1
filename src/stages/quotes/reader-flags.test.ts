// Tests for errors a reader of our own foreign-affairs copy flagged (quotes round 10): topic headlines, datelines,
// mandated acts, coordinated verbs after a reported clause, and a name ending in a month word.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Quote } from '../../core/index.js'
import { runQuotes } from './test-quotes.js'

/** Content and speaker texts of each quote, in order. */
function read(quotes: readonly Quote[]): Array<[string, string]> {
  return quotes.map((q) => [q.content.text, q.speaker?.text ?? '-'])
}

test('takes the words before a headline colon as a topic when a speaker says the statement after it', () => {
  const topic = read(runQuotes('Vell port deal: Arvenia says Belmora is complying\n\nThe talks went on.'))
  assert.deepEqual(topic, [['Belmora is complying', 'Arvenia']])
  // A speaker before the colon keeps the statement, also when it reports someone's thinking.
  const speaker = read(runQuotes('Tomas Varga: Lind thinks the port must stay open\n\nThe talks went on.'))
  assert.ok(speaker.some(([content, who]) => content === 'Lind thinks the port must stay open' && who === 'Tomas Varga'), JSON.stringify(speaker))
})

test('starts a reported clause after the dateline that opens its sentence', () => {
  const cases: Array<[string, string]> = [
    ['VELL, May 5 (Wire) - Arvenia and Belmora have agreed to send envoys to talks in Ostra, mediators said on Friday.', 'Arvenia and Belmora have agreed to send envoys to talks in Ostra'],
    ['OSTRA — The port of Vell will reopen next week, according to the harbor authority.', 'The port of Vell will reopen next week'],
  ]
  for (const [sentence, content] of cases) {
    const quotes = runQuotes(`Port talks\n\n${sentence}`)
    assert.equal(quotes[0]?.content.text, content, sentence)
  }
  // A sentence with no dateline keeps its opening words.
  assert.equal(runQuotes('Port talks\n\nThe port will reopen next week, officials said.')[0]?.content.text, 'The port will reopen next week')
})

test('reads no report in a base-form cue inside the that-clause of a demand', () => {
  const misses = [
    'A group of senators on Tuesday demanded that the ministry explain its decision to close the port.',
    'Lind insisted that Belmora announce a date for the vote.',
  ]
  for (const sentence of misses) {
    const quotes = runQuotes(`Port talks\n\n${sentence}`)
    assert.deepEqual(quotes.filter((q) => q.cue?.text !== 'demanded' && q.cue?.text !== 'insisted').map((q) => q.cue?.text), [], sentence)
  }
  // A cue in the past tense inside a that-clause still reports ("said that Belmora explained …").
  const hit = runQuotes('Port talks\n\nLind said that the minister explained the port would stay shut.')
  assert.ok(hit.some((q) => q.cue?.text === 'explained' && q.content.text === 'the port would stay shut'), JSON.stringify(read(hit)))
})

test('ends a reported clause before a coordinated verb of the speaker that reports a clause of its own', () => {
  const quotes = read(runQuotes('Port talks\n\nThe Arvenian leader said Belmora was hiding its true aims and called on the council to act.'))
  assert.deepEqual(quotes, [
    ['Belmora was hiding its true aims', 'The Arvenian leader'],
    ['the council to act', 'The Arvenian leader'],
  ])
  const said = read(runQuotes('Port talks\n\nVarga said the port was closed and said the envoy would leave on Monday.'))
  assert.equal(said[0]?.[0], 'the port was closed')
  // A coordinated verb with no clause of its own, or one after a clause headed by a plain verb, stays inside.
  const kept: Array<[string, string]> = [
    ['Varga said the port was closed and accused Belmora of lying.', 'the port was closed and accused Belmora of lying'],
    ['Varga said the army shelled the town and said nothing else.', 'the army shelled the town and said nothing else'],
  ]
  for (const [sentence, content] of kept) assert.equal(runQuotes(`Port talks\n\n${sentence}`)[0]?.content.text, content, sentence)
})

test('keeps a capitalized auxiliary form that ends a name inside the speaker', () => {
  const hits: Array<[string, string]> = [
    ['Belmoran Prime Minister Lina May said on Sunday that the deal was the best way.', 'Belmoran Prime Minister Lina May'],
    ['Foreign Minister Tomas Will told reporters the port would open.', 'Foreign Minister Tomas Will'],
  ]
  for (const [sentence, speaker] of hits) assert.equal(runQuotes(`Port talks\n\n${sentence}`)[0]?.speaker?.text, speaker, sentence)
  // A lower-case modal is skipped as before.
  assert.equal(runQuotes('Port talks\n\nLina Varga may say the deal was the best way.')[0]?.speaker?.text, 'Lina Varga')
})

test('ends an object and infinitive after a comma before the speaker’s next act or a new clause', () => {
  const cases: Array<[string, string]> = [
    ['The alliance called on Belmora to reopen the port, but vowed to stay within the law.', 'Belmora to reopen the port'],
    ['Varga urged Belmora to reopen the port, but Lind refused.', 'Belmora to reopen the port'],
    // A list of infinitives or an adjunct after the coordinator stays inside.
    ['Varga urged Belmora to reopen the port, cut tariffs, and free the envoys.', 'Belmora to reopen the port, cut tariffs, and free the envoys'],
    ['Varga urged Belmora to act, and in a hurry.', 'Belmora to act, and in a hurry'],
  ]
  for (const [sentence, content] of cases) assert.equal(runQuotes(`Port talks\n\n${sentence}`)[0]?.content.text, content, sentence)
})

test('reads "called on" before a day or month as a date, not as "call on"', () => {
  assert.deepEqual(runQuotes('Port talks\n\nTwo committees called on Thursday for urgent changes to the port rules to combat fraud.'), [])
  // A date after the object, or a plain verb before a day, keeps its reading.
  assert.equal(runQuotes('Port talks\n\nThe alliance called on Belmora on Thursday to reopen the port.')[0]?.content.text, 'Belmora on Thursday to reopen the port')
  assert.equal(runQuotes('Port talks\n\nVarga promised Monday to reopen the port.')[0]?.content.text, 'Monday to reopen the port')
})

test('gives a petition’s call to the one who started it', () => {
  const quotes = runQuotes('Port talks\n\nVarga started a petition this week calling on Belmora to reopen the port.')
  assert.equal(quotes[0]?.speaker?.text, 'Varga')
})

test('reads no clause for a final participle with an object after a clause another finite cue reports', () => {
  const miss = runQuotes('Port talks\n\nThe senators demanded that the ministry reopen the port, citing concerns about the harbor.')
  assert.deepEqual(miss.map((q) => q.cue?.text), ['demanded'])
  // With no report before it, the participle keeps the clause before ("…, calling it …"), as before.
  const hit = runQuotes('Port talks\n\nVarga rejected the plan on Monday, calling it a trap.')
  assert.ok(hit.some((q) => q.cue?.text === 'calling' && q.speaker?.text === 'Varga'), JSON.stringify(read(hit)))
})

test('gives a relative pronoun after a place that follows "in" or "at" to the phrase the place locates', () => {
  const hits: Array<[string, string]> = [
    ['Belmora rejected the ruling by the Court of Arbitration in Ostra, which said the claims had no basis.', 'the Court of Arbitration'],
    ['Tomas Varga, a senior analyst at Vell Capital, who notes that the port is closed, expects a deal.', 'a senior analyst'],
  ]
  for (const [sentence, antecedent] of hits) {
    const quote = runQuotes(`Port talks\n\n${sentence}`).find((q) => q.speaker?.reason.startsWith('relative pronoun') === true)
    assert.ok(quote?.speaker?.reason.includes(`→ ${antecedent}`), `${sentence}: ${quote?.speaker?.reason ?? 'none'}`)
  }
  // A relative pronoun after a plain name keeps that name.
  const plain = runQuotes('Port talks\n\nThe envoy met the Vell Council, which said the claims had no basis.').find((q) => q.cue?.text === 'said')
  assert.ok(plain?.speaker?.reason.includes('→ the Vell Council'), plain?.speaker?.reason ?? 'none')
})
