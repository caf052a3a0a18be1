// Tests for speakers the writer does not name (issue 5 round 7): "some who warned", "18% who say", "and who believe".
import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Quote } from '../../core/index.js'
import { runQuotes } from './test-quotes.js'

/** Runs the stage with no entities given and checks the document. */
function quotesOf(text: string): Quote[] {
  return runQuotes(text)
}

/** The speaker text and reason of the quotation holding `phrase`. */
function speakerOf(text: string, phrase: string): { text: string | undefined; reason: string | undefined } {
  const quote = quotesOf(text).find((q) => q.text.includes(phrase))
  assert.ok(quote !== undefined, `no quote holds "${phrase}" in: ${text}`)
  return { text: quote.speaker?.text, reason: quote.speaker?.reason }
}

test('gives "who" after a quantity or a coordinator as the speaker itself', () => {
  const hits: Array<[string, string]> = [
    ['The plan drew rebukes from officers in Vell, including some who warned it could make matters worse.', 'it could make matters worse'],
    ['A majority of Arvenians oppose the plan, including 18% who say they would leave the country.', 'they would leave'],
    ['Half wanted a newcomer, compared with four in 10 who said they preferred someone with experience.', 'they preferred someone'],
    ['Voters in Vell who like the plan, and who said the port must stay open, are few.', 'the port must stay open'],
  ]
  for (const [text, phrase] of hits) assert.deepEqual(speakerOf(text, phrase), { text: 'who', reason: 'relative pronoun (unnamed people)' }, text)
})

test('keeps "who" after a noun or "one" to the older readings', () => {
  // A noun before "who" is the antecedent the pronoun resolves to.
  const noun = speakerOf('Lind met officers in Vell who warned the plan could fail.', 'the plan could fail')
  assert.equal(noun.text, 'who')
  assert.notEqual(noun.reason, 'relative pronoun (unnamed people)')
  // "one who" stands for someone named before, not for unnamed people.
  const one = speakerOf('Varga presented himself as one who believes the port must stay open.', 'the port must stay open')
  assert.notEqual(one.reason, 'relative pronoun (unnamed people)')
  // Miss: with no relative pronoun the quantity itself is the subject.
  assert.equal(speakerOf('Most said the port should stay open.', 'the port should stay open').text, 'Most')
})

test('gives no speaker to a verb governed by a placeholder "it" ("It is important to note that …")', () => {
  const hits = [
    'It is important to note that the court in Vell has ruled only on emergency filings.',
    "It's hard not to wonder whether officials in Vell are looking enviously at Belmora.",
  ]
  for (const text of hits) {
    const quote = quotesOf(text)[0]
    assert.ok(quote !== undefined, `no quote in: ${text}`)
    assert.equal(quote.speaker, null, text)
  }
  // Misses: a person governing the verb still speaks; so does a pronoun for one.
  const person = quotesOf('Lind went on to say that the port in Vell would stay open.')[0]?.speaker?.text
  assert.equal(person, 'Lind')
  assert.equal(quotesOf('She went on to say that the port in Vell would stay open.')[0]?.speaker?.text, 'She')
})

test('leaves a question put in a reduced clause ("when asked whether …") with no speaker', () => {
  const hits = [
    '"We will see," Lind told Vell Radio in an interview when asked whether she would run again.',
    '"We will see," Lind said when asked in May if she would run again.',
  ]
  for (const text of hits) {
    const quotes = quotesOf(text)
    // The answer is Lind's; the question is no one's, and no fallback hands it to a phrase nearby.
    assert.equal(quotes.find((q) => q.text.includes('We will see'))?.speaker?.text, 'Lind', text)
    const question = quotes.find((q) => q.text.includes('she would run again'))
    assert.ok(question !== undefined, text)
    assert.equal(question.speaker, null, text)
    assert.equal(question.noSpeakerReason, 'a question put by someone unnamed', text)
  }
  // Miss: with no question word the reduced clause keeps the main clause's subject.
  const plain = quotesOf('"No," Lind said when asked.')
  assert.equal(plain[0]?.speaker?.text, 'Lind')
})
