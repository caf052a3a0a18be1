// Tests for session 8's frames: short full quotations, "was blunt:", "quoted X as saying" after the quotation, titles of works, described persons before a bare quotation.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Quote } from '../../core/index.js'
import { personLayers } from './fixtures/person-layers.js'
import { runQuotes } from './test-quotes.js'

/** The quotation holding `phrase`, which must exist. */
function quoteWith(text: string, phrase: string): Quote {
  const quote = runQuotes(text).find((q) => q.content.text.includes(phrase))
  assert.ok(quote !== undefined, `no quote holds "${phrase}" in: ${text}`)
  return quote
}

test('reads a short quotation that ends its own sentence as a full quotation going on from the one before', () => {
  const hits: Array<[string, string]> = [
    ['"It is a bluff," Olsen said. "Nobody believes it."', 'Nobody believes it.'],
    ['“Will you resign?” Lind asked. “Never.”\n\nThe talks ended.', 'Never.'],
    ['“We are ready,” Varga said. “Are you?”\n\nThe envoys left.', 'Are you?'],
  ]
  for (const [text, phrase] of hits) {
    const quote = quoteWith(text, phrase)
    assert.equal(quote.kind, 'direct', text)
    assert.equal(quote.speaker?.reason, 'continues the previous quotation', text)
  }
  // Misses: a short quoted phrase without a stop of its own, or followed by the writer's words, stays a fragment.
  const misses: Array<[string, string]> = [
    ['"It is a bluff," Olsen said. "Nobody" was the answer the envoys gave.', 'Nobody'],
    ['"It is a bluff," Olsen said. "Nobody believes it." was printed on a banner.', 'Nobody believes it.'],
  ]
  for (const [text, phrase] of misses) assert.notEqual(quoteWith(text, phrase).kind, 'direct', text)
})

test('lets the subject speak when the word before the colon is an adjective after "be" ("her reply was blunt:")', () => {
  const hits = ["Lind's reply was blunt: “The sanctions must end.”", 'The envoy was very clear: “The sanctions must end.”']
  for (const text of hits) {
    const speaker = quoteWith(text, 'The sanctions must end.').speaker
    assert.ok(speaker !== null, text)
    assert.match(speaker.reason, /^subject of the sentence introducing the quotation/, text)
  }
  // Miss: a participle after "be" is still a passive cue, whose subject is the one asked.
  assert.equal(quoteWith('The envoy was asked: “Will the sanctions end?”', 'Will the sanctions end?').speaker, null)
})

test('gives a quotation before "X quoted Y as saying" to Y, the one quoted', () => {
  const hits = [
    '“The sanctions work,” the agency quoted Varga as saying.',
    '“The sanctions work,” the agency quoted Varga, the envoy, as saying on Friday.',
  ]
  for (const text of hits) {
    const speaker = quoteWith(text, 'The sanctions work').speaker
    assert.equal(speaker?.text, 'Varga', text)
    assert.equal(speaker?.reason, 'the one quoted as saying', text)
  }
  // Miss: without "as" after the object, the one quoting speaks.
  assert.equal(quoteWith('“The sanctions work,” the agency quoted in its report.', 'The sanctions work').speaker?.text, 'the agency')
})

test('keeps the title of a show, book or paper with no speaker', () => {
  const hits: Array<[string, string]> = [
    ['“We will win,” Dorn told Vell TV’s “Morning Hour” on Sunday.', 'Morning Hour'],
    ['Dorn said on “Meet the Nation” that the port would stay open.', 'Meet the Nation'],
    ['Lind, whose book “The Open Border” sold well, said the port would stay open.', 'The Open Border'],
  ]
  for (const [text, phrase] of hits) {
    const quote = quoteWith(text, phrase)
    assert.equal(quote.speaker, null, text)
    assert.equal(quote.noSpeakerReason, 'a title (of a show, book, film or paper)', text)
  }
  // Misses: words in lower case are no title, and a name written "in" on a ballot is words written.
  const misses: Array<[string, string]> = [
    ['Dorn said the plan was Lind’s “best chance” to keep the port.', 'best chance'],
    ['Voters said they wrote in “Mara Quill” on the ballot.', 'Mara Quill'],
  ]
  for (const [text, phrase] of misses) assert.notEqual(quoteWith(text, phrase).noSpeakerReason, 'a title (of a show, book, film or paper)', text)
})

test('gives a bare quotation to a person described in the sentence before it ("The judge then turned to me. “…”")', () => {
  const quote = quoteWith('The judge then turned to the envoy. “Will Belmora pay the fine?” The envoy said nothing.', 'Will Belmora pay')
  assert.equal(quote.speaker?.text, 'The judge')
  assert.equal(quote.speaker?.reason, 'person acting in the sentence before the quotation')
  // Miss: a thing described before the quotation speaks for nobody.
  assert.equal(quoteWith('The ship then turned to the port. “Will Belmora pay the fine?” The envoy said nothing.', 'Will Belmora pay').speaker, null)
})

test('reports the infinitive of a vow, pledge, promise or threat by someone who can speak', () => {
  const hits: Array<[string, string, string]> = [
    ['Lind vowed to keep the border open.', 'Lind', 'to keep the border open'],
    ['The rebels threatened to close the port unless Belmora paid.', 'The rebels', 'to close the port unless Belmora paid'],
    ['Other unions have pledged to follow.', 'Other unions', 'to follow'],
    ['She promised on Friday to visit Vell.', 'She', 'to visit Vell'],
  ]
  for (const [text, speaker, content] of hits) {
    const quote = quoteWith(text, content)
    assert.deepEqual([quote.kind, quote.speaker?.text, quote.content.text], ['indirect', speaker, content], text)
  }
  // Misses: a thing that "threatens to" is a risk, not a speaker; "agreed to" is an act, not speech.
  const misses = ['Price swings threaten to rock the markets.', 'The storm, which threatened to swamp the coast, weakened.', 'The plan promises to cut costs.', 'Lind agreed to visit Vell.']
  for (const text of misses) assert.deepEqual(runQuotes(text), [], text)
})

test('reports an accusation with the one accused and what of, and never takes the one accused for the speaker', () => {
  const plain = quoteWith('Lind accused Belmora of violating the truce.', 'violating the truce')
  assert.deepEqual([plain.speaker?.text, plain.content.text], ['Lind', 'Belmora of violating the truce'])
  const aside = quoteWith('Lind, without naming him, also accused Varga of being late.', 'being late')
  assert.equal(aside.speaker?.text, 'Lind')
})

test('reports what someone made clear or is convinced of', () => {
  const hits: Array<[string, string, string]> = [
    ['Lind made clear that Arvenia would not withdraw.', 'Lind', 'that Arvenia would not withdraw'],
    ['Lind made it clear that Arvenia would not withdraw.', 'Lind', 'that Arvenia would not withdraw'],
    ['Varga is convinced that Belmora will back down.', 'Varga', 'that Belmora will back down'],
  ]
  for (const [text, speaker, content] of hits) {
    const quote = quoteWith(text, content)
    assert.deepEqual([quote.speaker?.text, quote.content.text], [speaker, content], text)
  }
  // Miss: "clear" without a that-clause reports nothing.
  assert.deepEqual(runQuotes('Lind made clear progress in Vell.'), [])
})

test('reads the source after "according to" even when the tagger reads it as a verb ("according to polls")', () => {
  for (const source of ['polls', 'census data', 'exit polls']) {
    const text = `Lind won 54 percent of the vote in Vell, according to ${source}.`
    const quote = quoteWith(text, 'Lind won 54 percent')
    assert.deepEqual([quote.kind, quote.speaker?.text], ['indirect', source], text)
  }
})

test('calls a full sentence quoted inside the writer’s sentence direct, never a fragment or a title', () => {
  const hits: Array<[string, string]> = [
    ['Lind seemed to hint at a deal: "Belmora signed the agreement," she told the Vell Times.', 'Belmora signed the agreement'],
    ['Varga asked the crowd "If Lind cannot tell us the truth, why should we trust her?"', 'If Lind cannot tell us'],
  ]
  for (const [text, phrase] of hits) assert.equal(quoteWith(text, phrase).kind, 'direct', text)
  const misses: Array<[string, string]> = [
    ['Varga called the plan "a recipe for disaster," she said.', 'a recipe for disaster'],
    ['Varga quoted from "The Fall Of The Old Border Post" on Friday, she said.', 'The Fall Of The Old Border Post'],
  ]
  for (const [text, phrase] of misses) assert.notEqual(quoteWith(text, phrase).kind, 'direct', text)
})

test('gives a headline statement that is mostly its quotation to the name before the colon', () => {
  const quote = quoteWith('Lind: Border deal ‘a great day’\n\nThe envoys met in Vell on Friday.', 'a great day')
  assert.deepEqual([quote.speaker?.text, quote.speaker?.reason], ['Lind', 'headline speaker before a colon'])
  // Miss: a label that is no name presents the quotation and does not speak.
  assert.equal(quoteWith('Here’s the deal: “Nobody wins.”\n\nThe envoys met in Vell.', 'Nobody wins').speaker?.text, undefined)
})

test('gives a quotation to the source a sentence presents it with ("That was the message from X", "came the reply from X")', () => {
  const hits: Array<[string, string]> = [
    ['The rally ended.\n\n“We will win.”\n\nThat was the message from Anna Lind on Friday.', 'Anna Lind'],
    ['“We will win,” came the reply from Anna Lind.', 'Anna Lind'],
    ['“We will win,” is the dry assessment of Anna Lind, the envoy.', 'Anna Lind'],
    ['“We will win.” Those were the words of Anna Lind.', 'Anna Lind'],
    ['“We will win.” So said Anna Lind in Vell.', 'Anna Lind'],
  ]
  for (const [text, speaker] of hits) {
    // The source must be a person upstream stages found.
    const at = text.indexOf(speaker)
    const given = personLayers(text, [{ start: at, end: at + speaker.length }], 'ARV', 'alias')
    const quote = runQuotes(text, given).find((q) => q.content.text.includes('We will win'))
    assert.deepEqual([quote?.kind, quote?.speaker?.text, quote?.speaker?.reason], ['direct', speaker, 'source named after the quotation'], text)
  }
  // Miss: a sentence about something else after the quotation names no source.
  assert.equal(quoteWith('The rally ended.\n\n“We will win.”\n\nThat was the end of the rally in Vell.', 'We will win').speaker, null)
})
