// Tests for frames where the one who speaks is not the subject before the cue (quotes round 24): the one a report
// quotes, a speaker heard or seen saying something, a body that issued a statement before a bare quotation, and a
// headline that names its speaker before the topic ("Lind on Tarn Talks: ‘…’").
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { personLayers } from './fixtures/person-layers.js'
import { runQuotes } from './test-quotes.js'

/** The speaker of the first direct quote found in `text`. */
const directSpeaker = (text: string): string | undefined => runQuotes(text).find((q) => q.kind === 'direct')?.speaker?.text

/** Kind and speaker of the quote whose content holds `words`. */
function quoteWith(text: string, words: string): [string | undefined, string | undefined] {
  const quote = runQuotes(text).find((q) => q.content.text.includes(words))
  return [quote?.kind, quote?.speaker?.text]
}

const framed: ReadonlyArray<[string, string, string]> = [
  // [case, text, speaker]
  ['"quotes" read as a noun, with a described object', '“Tarn is very worried about the deal,” the newspaper quotes a source close to the company as saying.', 'a source close to the company'],
  ['"quoted" ending the sentence', '“We will never leave,” the agency quoted one protester.', 'one protester'],
  ['"quoted" with a date after its object', '“The deal is dead,” the Vell Herald quoted a senior official on Friday.', 'a senior official'],
  ['"quotes" read as a noun, ending the sentence', '“Tarn is worried about the deal,” the newspaper quotes a source close to the company. Talks go on.', 'a source close to the company'],
  // The one heard saying it.
  ['"can be heard asking"', '“Should there be a wall along the border?” a reporter can be heard asking Lind after an event in Vell.', 'a reporter'],
  ['"could be heard shouting"', '“We will not pay,” a man could be heard shouting at the minister.', 'a man'],
  ['"was heard telling"', '“Get out,” one guard was heard telling the crowd.', 'one guard'],
]

for (const [name, text, speaker] of framed) {
  test(`gives a quotation to the one a report quotes or the one heard saying it: ${name}`, () => {
    assert.equal(directSpeaker(text), speaker)
  })
}

test('keeps the agency as speaker when "quoted" has no object', () => {
  assert.deepEqual(quoteWith('“The deal is dead,” the agency quoted.', 'The deal'), ['direct', 'the agency'])
})

test('gives a bare quotation paragraph to the body that issued a statement in the sentence before', () => {
  const text =
    'On Monday, the Arvenian Foreign Ministry issued a statement apologizing to Belmoran diplomats for the remarks, which included officials mocking their accent.\n\n' +
    '“On behalf of everyone at the ministry, we offer a deep and sincere apology to our neighbours.”'
  assert.deepEqual(quoteWith(text, 'On behalf of everyone'), ['direct', 'the Arvenian Foreign Ministry'])
})

test('gives a headline quotation to the name before the topic, and no one to a clause before a colon', () => {
  const text = 'Varga on Lind Releasing Her Tarn Speech Transcripts: ‘I Think She Will.’\n\nVarga spoke on Friday about the plan.'
  assert.deepEqual(quoteWith(text, 'I Think She Will'), ['direct', 'Varga'])
  const clause = runQuotes('Lind briefed on talks: Meeting with Varga next week\n\nLind was briefed on Friday.')
  assert.equal(clause.some((q) => q.speaker?.text.startsWith('Lind briefed') === true), false)
})

test('gives a bare quotation paragraph to the person acting in the last sentence of the paragraph before', () => {
  const named = '“We will win,” Lind said.\n\nNot everyone agreed. Ana Varga, a teacher from Ostra, shook her head.\n\n“The numbers are not there.”'
  const varga = named.indexOf('Ana Varga')
  const given = personLayers(named, [{ start: varga, end: varga + 'Ana Varga'.length }], 'ARVEDU', 'alias')
  const quote = runQuotes(named, given).find((q) => q.content.text.includes('The numbers are not there'))
  assert.deepEqual([quote?.kind, quote?.speaker?.text], ['direct', 'Ana Varga'])
  const pronoun = '“We will win,” Lind said.\n\nThe crowd cheered. Then he turned to the border.\n\n“We will build it, and Belmora will pay.”'
  assert.deepEqual(quoteWith(pronoun, 'We will build it'), ['direct', 'he'])
  const opened = 'The idea met resistance at first. However, Pol Lind has since adapted it in Ostra. “We put in 25 laptops and only one broke.”'
  const lind = opened.indexOf('Pol Lind')
  const found = runQuotes(opened, personLayers(opened, [{ start: lind, end: lind + 'Pol Lind'.length }], 'ARVEDU', 'alias')).find((q) => q.content.text.includes('We put in'))
  assert.deepEqual([found?.kind, found?.speaker?.text], ['direct', 'Pol Lind'])
  const participle = 'Asked about the vote, Ana Varga paused. “I would rather not say.”'
  const at = participle.indexOf('Ana Varga')
  const answered = runQuotes(participle, personLayers(participle, [{ start: at, end: at + 'Ana Varga'.length }], 'ARVGOV', 'alias')).find((q) => q.content.text.includes('rather not say'))
  assert.equal(answered?.speaker?.text, 'Ana Varga')
})

test('reads manner-of-speaking verbs as cues, and an inverted one the tagger read as a noun', () => {
  const cases: ReadonlyArray<[string, string]> = [
    ['“You can call it a peace dividend,” smiles one broker.', 'one broker'],
    ['“It is over,” notes one broker.', 'one broker'],
    ['“Don’t you care?” implored campaigner Barry Lim.', 'campaigner Barry Lim'],
    ['“Not again,” she laughed.', 'she'],
    ['“We did it,” Lind beamed.', 'Lind'],
  ]
  for (const [text, speaker] of cases) assert.equal(directSpeaker(text), speaker, text)
})

test('takes no speaker for a bare quotation from a cue inside a clause embedded in the sentence before', () => {
  const relative = '“We want every child to have one,” Lind said. He is already in talks with the Vell ministry who are expected to order many. “In Vell they spend little on books.”'
  assert.notEqual(runQuotes(relative).find((q) => q.content.text.includes('spend little'))?.speaker?.text, 'who')
  const question = 'The hard part is to find out whether a customer is who they say they are. “The answer is to combine two checks.”'
  assert.notEqual(runQuotes(question).find((q) => q.content.text.includes('combine two checks'))?.speaker?.text, 'they')
})

test('takes no speaker from a bullet below a quotation: only a name standing alone after a dash credits it', () => {
  const text = '“Most of the value was in one drug,” said Pol Dorn at Vell Capital. “Now there is a question mark over it.” The shares fell.\n\n- Shares in Tarn Holdings closed down 19% on Monday after a partner pulled out.'
  const quote = runQuotes(text).find((q) => q.content.text.includes('question mark'))
  assert.equal(quote?.speaker?.text, 'Pol Dorn')
})

test('gives a bare quotation to the subject of a noun-that cue in the sentence before ("dismissed a suggestion that …")', () => {
  const text = 'Lind dismissed a suggestion that the move was meant to keep taxes down. “This is a response to the concerns of local councils.”'
  assert.equal(runQuotes(text).find((q) => q.content.text.includes('a response'))?.speaker?.text, 'Lind')
})

test('gives a bare quotation to the subject of a frame closing the sentence before, over a cue earlier in it', () => {
  const text = 'Further purchases are expected by Belmora at the lower end of the range, it said in its monthly report. “And Arvenia will need to buy too.”'
  assert.equal(runQuotes(text).find((q) => q.content.text.includes('Arvenia will need'))?.speaker?.text, 'it')
})

test('does not give critics or opponents of someone that one\'s code, as it does supporters', () => {
  const codeOf = (text: string): string | null | undefined => {
    const at = text.indexOf('Ana Lind')
    return runQuotes(text, personLayers(text, [{ start: at, end: at + 'Ana Lind'.length }], 'ARVGOV', 'alias'))[0]?.speaker?.actor
  }
  assert.equal(codeOf('Critics of Ana Lind said the vote was rigged.'), null)
  assert.equal(codeOf('Opponents of Ana Lind said the vote was rigged.'), null)
  assert.equal(codeOf('Supporters of Ana Lind said the vote was fair.'), 'ARVGOV')
})
