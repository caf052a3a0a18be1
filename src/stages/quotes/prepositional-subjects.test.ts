// Tests for a subject followed by prepositional phrases before its cue ("officials in Vell said", "supporters of
// Lind said", "Lind in a statement said"): the head speaks; a phrase of the occasion or of a date is left out.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { runQuotes } from './test-quotes.js'

/** The speaker of the first quote in `text`. */
const speakerOf = (text: string): string | undefined => runQuotes(text)[0]?.speaker?.text

const cases: ReadonlyArray<[string, string, string]> = [
  // [case, text, speaker]
  ['a place after "in"', 'Officials in Vell said the border was closed.', 'Officials in Vell'],
  ['a group before "of"', 'Supporters of Lind said the deal was weak.', 'Supporters of Lind'],
  ['a title before "of"', 'The head of the central bank said the deal was weak.', 'The head of the central bank'],
  ['a place after "outside"', 'Protesters outside the embassy said “We will stay here.”', 'Protesters outside the embassy'],
  ['a person after "to"', 'Aides to Lind said the deal was weak.', 'Aides to Lind'],
  ['two phrases, both describing', 'Officials at the ministry in Vell said the deal was weak.', 'Officials at the ministry in Vell'],
  ['a partitive', 'Some of the delegates said the deal was weak.', 'Some of the delegates'],
  ['a partitive with an article', 'The majority of the delegates said the deal was weak.', 'The majority of the delegates'],
  ['a name before the occasion', 'Lind in a statement said the deal was weak.', 'Lind'],
  ['a name before a channel', 'Lind on Twitter said the deal was weak.', 'Lind'],
  ['an occasion with its own phrase', 'Varga in an interview with Vell Radio said the deal was weak.', 'Varga'],
  ['a description before the occasion', 'The minister at a news conference said the deal was weak.', 'The minister'],
  ['a month', 'Arvenia in March said the deal was weak.', 'Arvenia'],
  ['a year', 'The ministry in 2015 said the deal was weak.', 'The ministry'],
  ['a describing phrase kept before the occasion', 'Officials in Vell in a statement said the deal was weak.', 'Officials in Vell'],
  ['after a conjunction', 'The talks stalled after officials in Tarn said the deal was weak.', 'officials in Tarn'],
]

for (const [name, text, speaker] of cases) {
  test(`gives the head before prepositional phrases the quote: ${name}`, () => {
    assert.equal(speakerOf(text), speaker)
  })
}

test('reads no prepositional phrase back into an object: the phrase must open its clause', () => {
  // "met officials in Vell" is the object of "met"; the cue's subject is the pronoun after "and".
  const quotes = runQuotes('Lind met officials in Vell and said the deal was weak.')
  assert.notEqual(quotes[0]?.speaker?.text, 'officials in Vell')
})

const reported: ReadonlyArray<[string, string, string]> = [
  // [case, text, content]
  ['an address with its audience', 'Lind said in a televised address to the nation that the deal was weak.', 'that the deal was weak'],
  ['a letter with its addressee', 'Lind wrote in a letter to the council that the deal was weak.', 'that the deal was weak'],
  ['a day and a gerund phrase', 'Lind said on Monday after meeting Varga that the deal was weak.', 'that the deal was weak'],
  ['the one addressed, then an interview with its date', 'Lind told the Vell Herald newspaper in an interview published on Sunday that the deal was weak.', 'that the deal was weak'],
  ['the one addressed, with "of"', 'Lind told members of the council that the deal was weak.', 'that the deal was weak'],
]

for (const [name, text, content] of reported) {
  test(`reads a that-clause after prepositional phrases following the cue: ${name}`, () => {
    const quote = runQuotes(text).find((q) => q.kind === 'indirect')
    assert.equal(quote?.content.text, content)
    assert.equal(quote?.speaker?.text, 'Lind')
  })
}

test('leaves a that-clause to the noun it completes ("added to the belief that")', () => {
  const quotes = runQuotes('The cabinet meeting only added to the belief that the vote was near.')
  assert.equal(quotes.length, 0)
})

test('reads no that-clause after a particle ("find out that")', () => {
  assert.equal(runQuotes('Residents will wake up to find out that the port has closed.').length, 0)
})

test('reads a listener word after "said" as the inverted subject, not as an audience ("…, said supporters of Lind")', () => {
  assert.equal(speakerOf('The deal was weak, said supporters of Lind.'), 'supporters of Lind')
  assert.equal(speakerOf('“The deal is weak,” said reporters who covered the talks.'), 'reporters')
  // "told reporters" keeps its audience.
  assert.equal(speakerOf('Lind told reporters the deal was weak.'), 'Lind')
})

test('reads a clause opened by a possessive "her" after "said" ("said her family asked …")', () => {
  const quote = runQuotes('Lind said her family asked for privacy.')[0]
  assert.equal(quote?.content.text, 'her family asked for privacy')
})

const trailing: ReadonlyArray<[string, string, string, string]> = [
  // [case, text, speaker, content]
  ['a subject ending in a place', 'The deal is weak, a diplomat in Vell said on condition of anonymity.', 'a diplomat in Vell', 'The deal is weak'],
  ['a participle phrase after the cue', 'The deal is weak, the official said, speaking on condition of anonymity.', 'the official', 'The deal is weak'],
  ['a day, then a participle phrase', 'The port will reopen in May, Lind said Wednesday, reversing an earlier decision.', 'Lind', 'The port will reopen in May'],
]

for (const [name, text, speaker, content] of trailing) {
  test(`reads the clause before a cue that ends the sentence: ${name}`, () => {
    const quote = runQuotes(text)[0]
    assert.equal(quote?.speaker?.text, speaker)
    assert.equal(quote?.content.text, content)
  })
}

test('reads across a cue set off inside its clause with a place after it ("The deal, Lind told reporters in Vell, was weak")', () => {
  const quote = runQuotes('The deal, Lind told reporters in Vell, was weak.')[0]
  assert.equal(quote?.speaker?.text, 'Lind')
  assert.match(quote?.content.text ?? '', /was weak$/)
  // "added to its troubles" is no cue set off inside a clause.
  assert.deepEqual(runQuotes('Last year bad weather added to its troubles, and output fell.'), [])
})

test('gives the name before an aside ending in a year the quote ("Lind, prime minister since 2014, said")', () => {
  assert.equal(speakerOf('Ana Lind, Arvenia’s prime minister since 2014, said the deal was weak.'), 'Ana Lind')
})

test('reads a bare reported clause with a long subject, but no verb of a later clause ("added one more missile … and the minister said")', () => {
  const long = runQuotes('Lind said on Friday demarcation of most of the country’s long border with Vell could begin at once.')[0]
  assert.equal(long?.content.text, 'demarcation of most of the country’s long border with Vell could begin at once')
  const added = runQuotes('Vell added one more missile to its large military arsenal and the defence minister said the country was ready.')
  assert.equal(added.find((q) => q.cue?.text === 'added'), undefined)
  assert.equal(added.find((q) => q.cue?.text === 'said')?.speaker?.text, 'the defence minister')
})
