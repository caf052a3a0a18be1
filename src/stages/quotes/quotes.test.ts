// Tests for the quotes stage on invented sentences, with hand-made entity, coreference, actor and event layers.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import {
  asActorCode,
  asCameoCode,
  checkDoc,
  createDoc,
  makeId,
  type Doc,
  type Entity,
  type Event,
  type Layers,
  type Quote,
} from '../../core/index.js'
import { buildPipeline, runPipeline } from '../../pipeline/index.js'
import { normalizeStage } from '../normalize/index.js'
import { structureStage } from '../structure/index.js'
import { tokensStage } from '../tokens/index.js'
import { personLayers } from './fixtures/person-layers.js'
import { createQuotesStage } from './index.js'

const PROVIDED = ['entities', 'mentions', 'clusters', 'actors', 'events'] as const
const pipeline = buildPipeline([normalizeStage, structureStage, tokensStage, createQuotesStage()], [...PROVIDED])
const by = { stage: 'test', version: '0' }

type Given = Pick<Layers, (typeof PROVIDED)[number]>

function run(text: string, given: Partial<Given> = {}): Doc {
  const layers: Given = { entities: [], mentions: [], clusters: [], actors: [], events: [], ...given }
  const doc = runPipeline(pipeline, { ...createDoc(text), layers })
  assert.deepEqual(checkDoc(doc), [])
  return doc
}

function quotes(text: string, given: Partial<Given> = {}): Quote[] {
  return run(text, given).layers.quotes ?? []
}

/** One person named in the text: an entity, a cluster, mentions at each listed surface, and an actor code. */
function person(text: string, name: string, others: readonly string[], code: string): Given {
  const at = (surface: string, from = 0): { start: number; end: number } => {
    const start = text.indexOf(surface, from)
    assert.ok(start >= 0, `fixture lacks "${surface}"`)
    return { start, end: start + surface.length }
  }
  const spans = [at(name)]
  for (const surface of others) spans.push(at(surface, spans[spans.length - 1]?.end ?? 0))
  return personLayers(text, spans, code, 'description')
}

/** A minimal event whose trigger is the first occurrence of `trigger`. */
function eventAt(text: string, trigger: string): Event {
  const start = text.indexOf(trigger)
  const span = { start, end: start + trigger.length }
  const triggerSpan = { ...span, text: trigger }
  const source = { ...triggerSpan, code: asActorCode('ARV') }
  return {
    id: makeId('ev', span, '036'),
    ...span,
    by,
    source,
    target: null,
    code: asCameoCode('036'),
    root: '03',
    quad: 1,
    goldstein: 4,
    plover: { type: 'AGREE', mode: null },
    modality: 'reported',
    negated: false,
    date: { value: '2024-03-08', source: 'none' },
    place: null,
    sentence: { start: 0, end: text.length },
    trigger: triggerSpan,
    evidence: { source, target: null, trigger: triggerSpan },
    rule: 'fixture',
    confidence: 1,
    mentions: [],
  }
}

const summary = (q: Quote): [string, string, string | undefined, string] => [q.kind, q.content.text, q.speaker?.text, q.cue?.text ?? '']

test('finds direct quotes with the speaker after, before or inverted', () => {
  const cases: Array<[string, [string, string, string, string]]> = [
    ['“We will not sign this treaty,” Varga said.', ['direct', 'We will not sign this treaty', 'Varga', 'said']],
    ['"The border stays open," said the foreign minister of Belmora.', ['direct', 'The border stays open', 'the foreign minister of Belmora', 'said']],
    ['Varga told reporters: “Arvenia is ready to talk.”', ['direct', 'Arvenia is ready to talk.', 'Varga', 'told reporters']],
    ['“Our patience is running out,” the former diplomat warned on Friday.', ['direct', 'Our patience is running out', 'the former diplomat', 'warned']],
  ]
  for (const [text, expected] of cases) {
    const found = quotes(text)
    assert.equal(found.length, 1, text)
    assert.deepEqual(summary(found[0] as Quote), expected, text)
  }
})

test('finds partial quotes inside the writer’s sentence', () => {
  const cases: Array<[string, [string, string, string, string]]> = [
    ['Varga argues that Belmora’s leadership “has no strategy at all.”', ['partial', 'has no strategy at all.', 'Varga', 'argues']],
    ['The talks will be “a waste of time,” argues Lind.', ['partial', 'a waste of time', 'Lind', 'argues']],
    ['Lind sees the summit as “a small step forward.”', ['partial', 'a small step forward.', 'Lind', 'sees']],
    ['There may be “open questions,” to quote Lind, about the deal.', ['partial', 'open questions', 'Lind', 'to quote']],
  ]
  for (const [text, expected] of cases) {
    const found = quotes(text)
    assert.equal(found.length, 1, text)
    assert.deepEqual(summary(found[0] as Quote), expected, text)
  }
})

test('finds indirect speech after verbs and phrases, and misses sentences that only look like it', () => {
  const hits: Array<[string, [string, string, string, string]]> = [
    ['Varga argues that Arvenia is more flexible than Belmora.', ['indirect', 'that Arvenia is more flexible than Belmora', 'Varga', 'argues']],
    ['According to Lind, the envoy of Belmora, the talks have stalled.', ['indirect', 'the talks have stalled', 'Lind', 'According to']],
    ['According to early results of polls conducted for the Vell Post, Lind leads.', ['indirect', 'Lind leads', 'early results of polls', 'According to']],
    ['The talks have stalled, according to Lind.', ['indirect', 'The talks have stalled', 'Lind', 'according to']],
    ['Lind leads Varga by 27 delegates according to a count by the Vell Post.', ['indirect', 'Lind leads Varga by 27 delegates', 'a count', 'according to']],
    ['The former diplomat expects the visit of Varga to Vell to be friendly.', ['indirect', 'the visit of Varga to Vell to be friendly', 'The former diplomat', 'expects']],
    ['Arvenia will reopen the border, Varga said.', ['indirect', 'Arvenia will reopen the border', 'Varga', 'said']],
    ['Varga said Arvenia will reopen the border.', ['indirect', 'Arvenia will reopen the border', 'Varga', 'said']],
    ['Lind asked whether the border would reopen.', ['indirect', 'whether the border would reopen', 'Lind', 'asked']],
    ['Six in 10 say they want a new harbor.', ['indirect', 'they want a new harbor', 'Six in 10', 'say']],
    ['A reporter asked Lind whether the border would reopen.', ['indirect', 'whether the border would reopen', 'A reporter', 'asked']],
    ['Lind announced she would run for office.', ['indirect', 'she would run for office', 'Lind', 'announced']],
    ['Varga acknowledged the talks had failed.', ['indirect', 'the talks had failed', 'Varga', 'acknowledged']],
    ['Lind said, however, that the talks failed.', ['indirect', 'that the talks failed', 'Lind', 'said']],
    ['Varga says, win or lose in Vell, he is staying in the race.', ['indirect', 'he is staying in the race', 'Varga', 'says']],
  ]
  for (const [text, expected] of hits) {
    const found = quotes(text)
    assert.equal(found.length, 1, text)
    assert.deepEqual(summary(found[0] as Quote), expected, text)
  }
  const misses = [
    'The talks, which started in Vell on Friday, went well.',
    'Lind asked Varga for money when the talks ended.',
    'Belmora expects growth next year.',
    'Varga saw the ship leave the harbour.',
    'The ministers met on Friday and signed the accord.',
  ]
  for (const text of misses) assert.deepEqual(quotes(text).map(summary), [], text)
})

test('labels indirect speech with a small quoted part as mixed and keeps the fragment as a partial quote', () => {
  const found = quotes('Varga argues that Arvenia should open its ports to trade because isolation is “doomed to fail.”')
  assert.deepEqual(found.map((q) => q.kind).sort(), ['mixed', 'partial'])
  const mixed = found.find((q) => q.kind === 'mixed')
  assert.ok(mixed?.content.text.includes('doomed to fail'))
})

test('resolves pronoun and description speakers through coreference to the cluster, entity and actor', () => {
  const text = 'Tomas Varga spoke in Vell on Monday.\n\nHe argues that Arvenia must trade with Belmora. The former president expects the talks to fail.'
  const given = person(text, 'Tomas Varga', ['He', 'The former president'], 'ARVELI')
  const found = quotes(text, given)
  assert.equal(found.length, 2)
  for (const quote of found) {
    assert.equal(quote.speaker?.clusterId, given.clusters[0]?.id)
    assert.equal(quote.speaker?.entityId, given.entities[0]?.id)
    assert.equal(quote.speaker?.actor, 'ARVELI')
    assert.match(quote.speaker?.reason ?? '', /→ Tomas Varga/)
  }
})

test('falls back to the last named speaker for a pronoun when coreference has no mention for it', () => {
  // Two paragraphs on, the quotation is too far to continue: the last named speaker is the fallback.
  const text = '“Vell will not yield,” Tomas Varga said.\n\nThe talks went on.\n\nHe argues that Belmora wants a quarrel.'
  const given = person(text, 'Tomas Varga', [], 'ARVGOV')
  const found = quotes(text, given)
  assert.equal(found[1]?.speaker?.text, 'He')
  assert.equal(found[1]?.speaker?.entityId, given.entities[0]?.id)
  assert.match(found[1]?.speaker?.reason ?? '', /pronoun "He" → previous speaker Tomas Varga/)
})

test('continues a quotation across paragraphs and keeps the speaker of a following cue-less quote paragraph', () => {
  const text =
    'Lind said: “The first point is trade.\n\n“The second point is the border, which must stay open.”\n\n“We expect an answer by the end of the month,” she added.\n\n“Without it, there will be no second round of talks.”'
  const found = quotes(text)
  assert.equal(found[0]?.kind, 'direct')
  assert.ok(found[0]?.content.text.includes('The second point is the border'))
  assert.equal(found[0]?.speaker?.text, 'Lind')
  const last = found.at(-1)
  assert.equal(last?.kind, 'direct')
  assert.equal(last?.cue, null)
  assert.equal(last?.speaker?.text, 'she')
  assert.equal(last?.speaker?.reason, 'continues the previous quotation')
})

test('keeps single quotes nested inside double quotes in one quotation', () => {
  const found = quotes('“They called it a ‘final offer’ and left,” Varga said.')
  assert.equal(found.length, 1)
  assert.equal(found[0]?.content.text, 'They called it a ‘final offer’ and left')
})

test('keeps scare quotes with no speaker and says why', () => {
  const found = quotes('Arvenia is “passive” in its dealings with Belmora.')
  assert.equal(found.length, 1)
  assert.equal(found[0]?.speaker, null)
  assert.match(found[0]?.noSpeakerReason ?? '', /no cue/)
})

test('reports an unclosed quotation as a diagnostic and cuts it at the paragraph end', () => {
  const doc = run('Varga said: “We will never sign it.\n\nThe talks ended on Friday.')
  const found = doc.layers.quotes ?? []
  assert.equal(found[0]?.content.text, 'We will never sign it.')
  assert.equal(found[0]?.speaker?.text, 'Varga')
  assert.ok(doc.diagnostics.some((d) => d.code === 'quote-unclosed' && d.stage === 'quotes'))
})

test('handles straight quotation marks', () => {
  const found = quotes('"Talks are over," Lind said. She added that "nothing" had changed.')
  assert.deepEqual(found.map(summary)[0], ['direct', 'Talks are over', 'Lind', 'said'])
  assert.ok(found.some((q) => q.kind === 'partial' && q.content.text === 'nothing'))
})

test('lists the events whose trigger lies inside the quote content', () => {
  const text = 'Varga said that Arvenia agreed to reopen the border.'
  const event = eventAt(text, 'agreed')
  const outside = eventAt(text, 'said')
  const found = quotes(text, { events: [outside, event].sort((a, b) => a.start - b.start) })
  assert.deepEqual(found[0]?.eventIds, [event.id])
})

test('never crashes and keeps checkDoc clean on odd marks', () => {
  for (const text of ['"', '” stray close', '“ “ “', 'He said "', '"a" "b" "c"', '\u201c\n\n\u201c\n\n\u201c']) run(text)
})

test('reads a headline of the form "Speaker: statement" and skips labels such as UPDATE', () => {
  const found = quotes('Varga: Belmora Must Lift Its Tariffs First\n\nThe talks resumed on Monday.')
  assert.deepEqual(found.map(summary), [['indirect', 'Belmora Must Lift Its Tariffs First', 'Varga', ':']])
  assert.deepEqual(quotes('UPDATE: Talks Resume in Vell\n\nThe talks resumed on Monday.').map(summary), [])
})

test('starts a bare reported clause after time and manner adjuncts', () => {
  const cases: Array<[string, string]> = [
    ['Varga said Tuesday the border would reopen.', 'the border would reopen'],
    ['Varga said in a statement on Monday that the border would reopen.', 'that the border would reopen'],
    ['Lind said the polling station never closed its doors.', 'the polling station never closed its doors'],
  ]
  for (const [text, content] of cases) assert.equal(quotes(text)[0]?.content.text, content, text)
  assert.deepEqual(quotes('Varga said on Tuesday.').map(summary), [])
})

test('keeps a relative pronoun as the speaker span and resolves it to the phrase before it', () => {
  const text = 'The plan won support from Tomas Varga, who declared in Vell, “The border will reopen.”'
  const given = person(text, 'Tomas Varga', [], 'ARVGOV')
  const found = quotes(text, given)
  assert.equal(found[0]?.kind, 'direct')
  assert.equal(found[0]?.speaker?.text, 'who')
  assert.equal(found[0]?.speaker?.actor, 'ARVGOV')
})

test('finds the speaker in a longer description between the quotation and its cue', () => {
  const cases: Array<[string, string]> = [
    ['"The facts have not changed," a spokesman for the Belmoran committee said.', 'a spokesman for the Belmoran committee'],
    ['"I made trade the top priority," the tall, 71-year-old envoy said in an interview.', 'the tall, 71-year-old envoy'],
    ['"We are ready," Senator Lind (R-Vell) said on Saturday.', 'Senator Lind (R-Vell)'],
    ['“We are ready,” Varga, who won the vote in Vell last year, said on Friday.', 'Varga'],
  ]
  for (const [text, speaker] of cases) {
    const found = quotes(text)
    assert.equal(found[0]?.kind, 'direct', text)
    assert.equal(found[0]?.speaker?.text, speaker, text)
  }
})

test('takes the speaker from a dash line below a quotation, as fact checks write it', () => {
  const found = quotes('"Arvenia never closed the border to trade."\n\n- Varga, in a debate.\n\nThat claim is false.')
  assert.equal(found[0]?.speaker?.text, 'Varga')
  assert.equal(found[0]?.speaker?.reason, 'named after a dash below the quotation')
})

test('keeps checkDoc clean, content inside each quote and a reason for every missing speaker on random text', async () => {
  const { default: fc } = await import('fast-check')
  const piece = fc.constantFrom('“', '”', '"', "''", '‘', '’', ',', '.', ':', ' ', '\n\n', 'Varga', 'said', 'that', 'he', 'according to', 'Lind', 'argues', 'the envoy', 'told reporters', 'Arvenia', 'is ready', 'who', '(R-Vell)', '-')
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
      const text = pieces.join(' ')
      const doc = run(text)
      for (const quote of doc.layers.quotes ?? []) {
        assert.ok(quote.content.start >= quote.start && quote.content.end <= quote.end, `content inside the quote in ${JSON.stringify(text)}`)
        assert.equal(quote.speaker === null, quote.noSpeakerReason !== undefined)
      }
    }),
    { numRuns: 150, seed: 7 },
  )
})

test('takes the name right before a colon, else the subject of the clause before it', () => {
  const cases: Array<[string, string]> = [
    ['The result did not surprise the Belmoran pollster Ilse Moravec: “Turnout decided it.”', 'the Belmoran pollster Ilse Moravec'],
    ['Varga called them on it: “The questions in this debate were unfair to everyone.”', 'Varga'],
    ['The minister fired back, “That is not what the treaty says.”', 'The minister'],
  ]
  for (const [text, speaker] of cases) {
    const found = quotes(text)
    assert.equal(found[0]?.kind, 'direct', text)
    assert.equal(found[0]?.speaker?.text, speaker, text)
  }
})

test('reads a quoted phrase governed by a person’s own verb as that person’s words, but not a place’s', () => {
  const text = 'Tomas Varga supports “fair pay for all workers.” Arvenia remains “passive” in the talks.'
  const given = person(text, 'Tomas Varga', [], 'ARVGOV')
  const found = quotes(text, given)
  assert.equal(found[0]?.kind, 'partial')
  assert.equal(found[0]?.speaker?.text, 'Tomas Varga')
  assert.equal(found[0]?.cue?.text, 'supports')
  assert.equal(found[1]?.speaker, null)
})

test('does not close a quotation with a cue that introduces the next one with a colon', () => {
  const found = quotes("''We are refugees,'' Lind said. ''We are not enemies.'' Varga said: ''The border must open.''")
  assert.deepEqual(
    found.map((q) => [q.content.text, q.speaker?.text]),
    [
      ['We are refugees', 'Lind'],
      ['We are not enemies.', 'Lind'],
      ['The border must open.', 'Varga'],
    ],
  )
})

// Issue 5: direct-quote speakers.
test('reads the speaker of direct quotations in constructions from issue 5', () => {
  const cases: Array<[string, string, string]> = [
    // [text, quoted words that pick the quote, expected speaker text]
    ["''They keep saying, 'Vell is different,''' Varga said. ''It is not and never was.''", 'never was', 'Varga'],
    ['“The border stays shut,” said Kevin Madden, the envoy of Arvenia.', 'The border stays shut', 'Kevin Madden'],
    ['“We will build the bridge,” as the treaty promised, Lind Varga said.', 'We will build the bridge', 'Lind Varga'],
    ['“Arvenia will not pay,” Varga said on the program “Night Desk.” “Belmora must pay for the damage.”', 'Belmora must pay', 'Varga'],
    ['The talks in Vell ended early. Lind Varga said Belmora had made no offer. “There is nothing left to discuss.”', 'nothing left', 'Lind Varga'],
    ['Lind later Thursday told reporters: “The vote will be held.”', 'The vote', 'Lind'],
    ['“I am tired,” Varga said on “Morning Hour,” adding, “The talks must end.”', 'The talks must end', 'Varga'],
    ['“How long will it take?” asked the envoy.', 'How long', 'the envoy'],
    ['Protesters carried a banner that said, “Belmora out of Vell.”', 'Belmora out', 'that'],
    ['Lind sent a note to her supporters saying, “The fight goes on.”', 'The fight', 'Lind'],
    ['Varga spoke on Belmora Radio in March: “We will not sign this treaty.”', 'We will not sign', 'Varga'],
    ['Lind has since apologized for what happened: “I should have called Belmora first.”', 'called Belmora', 'Lind'],
    ['Varga thanked the crowd while adding, “We will be back in Vell next year.”', 'back in Vell', 'Varga'],
    ['When asked why, Lind responded in a letter: “Arvenia will be the host.”', 'the host', 'Lind'],
    ['Asked about the vote, Mr. Lind shot back: “That would be good for Vell.”', 'good for Vell', 'Mr. Lind'],
    ['Lind, who told the council when asked about the vote: “That matter is closed.”', 'matter is closed', 'who'],
    ['Lind said the members will still meet in Vell, but added, “It is time we change how we do it.”', 'time we change', 'Lind'],
    ['“Go back to Belmora,” Varga barked and left the room.', 'Go back', 'Varga'],
    ['“Better watch out for the envoy of Belmora,” tweeted another.', 'Better watch', 'another'],
    ['Pollsters agree - Lind Varga: “One of the lessons was a simple one.”', 'lessons', 'Lind Varga'],
  ]
  for (const [text, words, speaker] of cases) {
    // The quotation itself, not an indirect clause around it.
    const quote = quotes(text).find((q) => q.content.text.includes(words) && (q.kind === 'direct' || q.kind === 'partial'))
    assert.equal(quote?.speaker?.text, speaker, text)
  }
})

test('never takes the one addressed after "told" or an opening quoted word as the speaker', () => {
  const misses: Array<[string, string]> = [
    ['Varga, speaking after the vote, told her supporters, “We will win the next one.”', 'her supporters'],
    ['“Belmora first,” Varga said, “is the only rule.”', 'Belmora'],
    // A new clause between the cues has its own subject.
    ['As I asked about the vote, Lind looked at the camera and said, “We will win it.”', 'I'],
  ]
  for (const [text, wrong] of misses) {
    for (const quote of quotes(text)) assert.notEqual(quote.speaker?.text, wrong, text)
  }
})

test('gives a passive cue no speaker: its subject is the one asked', () => {
  const found = quotes('Varga was asked, “Will Arvenia sign the treaty?”')
  assert.equal(found.length, 1)
  assert.equal(found[0]?.speaker, null)
  // "was saying" is not passive: its subject speaks.
  assert.equal(quotes('Varga was saying, “Arvenia will sign the treaty.”')[0]?.speaker?.text, 'Varga')
})

test('gives a quoted phrase owned by a person or a possessive pronoun to its possessor', () => {
  const lind: Entity = { id: makeId('ent', { start: 0, end: 4 }, 'PERSON'), start: 0, end: 4, by, text: 'Lind', type: 'PERSON', source: 'rule', confidence: 1 }
  const hits: Array<[string, Partial<Given>, string]> = [
    ['Lind’s “fair deal” promise was popular in Vell.', { entities: [lind] }, 'Lind’s'],
    ['Lind’s pledge of “open borders” won the vote.', { entities: [lind] }, 'Lind’s'],
    ['Voters in Vell still remember his call for “calm and patience” during the strike.', {}, 'his'],
  ]
  for (const [text, given, speaker] of hits) assert.equal(quotes(text, given)[0]?.speaker?.text, speaker, text)
  // A country's phrase, or a possessor cut off by a verb, stays a scare quote.
  const misses = ['Arvenia’s “red line” is the strait.', 'Lind’s aides call it “a fair deal.”']
  for (const text of misses) assert.equal(quotes(text)[0]?.speaker ?? null, null, text)
})

test('gives a cue-less quoted phrase to the person, organization or pronoun whose verb governs it', () => {
  const org = (text: string, name: string): Partial<Given> => {
    const start = text.indexOf(name)
    return { entities: [{ id: makeId('ent', { start, end: start + name.length }, 'ORG'), start, end: start + name.length, by, text: name, type: 'ORG', source: 'rule', confidence: 1 }] }
  }
  const issued = 'Varga issued a statement, “Our nation will not bend to Belmora.”'
  const council = 'The Vell Council supported “a fair deal for farmers” in the talks.'
  const cases: Array<[string, Partial<Given>, string]> = [
    [issued, person(issued, 'Varga', [], 'ARVGOV'), 'Varga'],
    ['He supports “a fair deal for farmers” in the talks.', {}, 'He'],
    [council, org(council, 'Vell Council'), 'The Vell Council'],
  ]
  for (const [text, given, speaker] of cases) assert.equal(quotes(text, given)[0]?.speaker?.text, speaker, text)
  // A place, or a copula, leaves a scare quote.
  const arvenia = 'Arvenia supported “a fair deal for farmers” in the talks.'
  assert.equal(quotes(arvenia)[0]?.speaker ?? null, null)
})

test('gives a digest quotation to the all-capitals headline before it, but never to a dateline', () => {
  const digest = quotes('Officials met in Vell. [Vell Times.] HOW THE BORDER REOPENED “Officials said the crossing would stay open for trade.”')
  assert.equal(digest[0]?.speaker?.text, 'HOW THE BORDER REOPENED')
  assert.equal(digest[0]?.kind, 'direct')
  const dated = quotes('VELL (Belmora News) — “We will keep the border open for trade,” Lind said.')
  assert.equal(dated[0]?.speaker?.text, 'Lind')
})

test('gives a possessor its quoted words across a be-form or a comma ("Lind’s slogan is “…”", "in Lind’s words, “…”")', () => {
  const entityAt = (text: string, name: string): Partial<Given> => {
    const start = text.indexOf(name)
    return { entities: [{ id: makeId('ent', { start, end: start + name.length }, 'PERSON'), start, end: start + name.length, by, text: name, type: 'PERSON', source: 'rule', confidence: 1 }] }
  }
  const slogan = 'Lind Varga’s campaign slogan is “Vell for everyone.”'
  const words = 'The plan, in Anna Lind’s words, “is a disaster for Belmora.”'
  const hits: Array<[string, Partial<Given>, string]> = [
    [slogan, entityAt(slogan, 'Lind Varga'), 'Lind Varga’s'],
    [words, entityAt(words, 'Anna Lind'), 'Anna Lind’s'],
    ['His guilty pleasure is “Belmora Nights.”', {}, 'His'],
  ]
  for (const [text, given, speaker] of hits) assert.equal(quotes(text, given)[0]?.speaker?.text, speaker, text)
  // A place's phrase, or a copula with no possessed noun before it, stays a scare quote.
  const misses = ['Arvenia’s motto is “unity first.”', 'The mood in Vell is “grim.”']
  for (const text of misses) assert.equal(quotes(text)[0]?.speaker ?? null, null, text)
})

test('reads the subject before a describing adjective phrase, a relative pronoun with no comma, and a gerund after a possessive', () => {
  const cases: Array<[string, string, string]> = [
    // [text, quoted words that pick the quote, expected speaker text]
    ['A source close to Lind Varga said, “She will not run again.”', 'not run', 'A source'],
    ['Another aide familiar with Varga’s thinking said, “He will try to win.”', 'try to win', 'Another aide'],
    ['An envoy speaking to Vell Radio said, “The border will open.”', 'border will open', 'An envoy'],
    ['An official briefed on the talks said, “The deal is close.”', 'deal is close', 'An official'],
    ['The envoy of Belmora said, “The deal is close.”', 'deal is close', 'The envoy of Belmora'],
    // A cue word after an article is a noun: it lends no subject to the participle.
    ['Anna Lind posted a Vell comment of her own, saying, “We are so excited!”', 'so excited', 'Anna Lind'],
    ['“We are ready,” the Arvenian said.', 'We are ready', 'the Arvenian'],
    // A group right after a verb is the one written to, not the speaker.
    ['The Arvenian senator emailed supporters saying: “The struggle continues.”', 'struggle', 'The Arvenian senator'],
    ['Lind wrote voters saying, “Thank you for the win.”', 'Thank you', 'Lind'],
    // An apposition ending in a quoted title, its comma inside the marks; an inverted subject still wins.
    ['As Tomas Varga, professor of law and author of “The Open Border,” put it, “A deal is fine.”', 'deal is fine', 'Tomas Varga'],
    ["As Tomas Varga, author of ''Arvenia's Law,'' put it, ''A deal is fine.''", 'deal is fine', 'Tomas Varga'],
    ['Lind called it “a disgrace,” said Varga.', 'disgrace', 'Varga'],
    // A coordinator after a comma opens the writer's next clause, not a speaker's description.
    ['In a short reply, Lind said “Vell” five times, and specifically mentioned the envoy.', 'Vell', 'Lind'],
    // A participle after a quoted title speaks for the main subject, not for the words between.
    ['Lind Varga ended with a nod to the “Star Voyage” sequel hitting the theaters, remarking, “Thank you all.”', 'Thank you', 'Lind Varga'],
    ['The best reply came from Tomas Varga who wrote, “You never learn anything.”', 'never learn', 'who'],
    ['Lind added a caption which reads, “The photo is fake.”', 'photo is fake', 'which'],
    // "notes" after a relative pronoun is the verb, whatever the tagger says.
    ['The release linked to the Vell Press report, which notes, “Half the people agree.”', 'Half the people', 'which'],
  ]
  for (const [text, words, speaker] of cases) {
    const quote = quotes(text).find((q) => q.content.text.includes(words))
    assert.equal(quote?.speaker?.text, speaker, text)
  }
  // The antecedent of a relative pronoun is what the speaker resolves to; the subject alone still speaks.
  assert.equal(quotes('A source said, “The talks failed.”')[0]?.speaker?.text, 'A source')
})

test('hands a participle with no person before it on to the verb before it ("Varga released a statement Thursday condemning “…”")', () => {
  const text = 'Tomas Varga released a statement Thursday night condemning “a brutal attack in Vell.”'
  assert.equal(quotes(text, person(text, 'Tomas Varga', [], 'ARVGOV'))[0]?.speaker?.text, 'Tomas Varga')
  // With no person as the subject of the earlier verb, the phrase stays a scare quote.
  const place = 'Arvenia released a statement Thursday night condemning “a brutal attack in Vell.”'
  assert.equal(quotes(place)[0]?.speaker ?? null, null)
})

test('reads cues the same when the text holds letters whose lower case is longer or depends on context (İ, Σ)', () => {
  for (const prefix of ['', 'İzmir hosted the talks. ', 'ΟΔΥΣΣΕΥΣ was docked. ']) {
    const found = quotes(`${prefix}“We will not sign,” Varga said. Lind Varga told reporters that Belmora would wait.`)
    assert.deepEqual(
      found.map((q) => [q.kind, q.cue?.text, q.speaker?.text]),
      [
        ['direct', 'said', 'Varga'],
        ['indirect', 'told reporters', 'Lind Varga'],
      ],
      prefix,
    )
  }
})

test('reads the whole inverted speaker after a cue: a hyphenated name, a name the tagger reads as a verb, a participle after the article, a participle after the name', () => {
  const cases: Array<[string, string]> = [
    ['“The data showed the largest rise,” Tomas Holtz-Varga, an adviser to the council and former head of the Belmora budget office, wrote after the report was released.', 'Tomas Holtz-Varga'],
    ['“This is our effort to challenge the elders,” said Arvenia Unity Fund president Mara Hoover.', 'Arvenia Unity Fund president Mara Hoover'],
    ['“People stood hours in line,” said Mira Lind of Belmora Rights Watch, who observed the vote.', 'Mira Lind of Belmora Rights Watch'],
    ['“Senator Varga thanks all of his supporters,” said the printed Varga slate card.', 'the printed Varga slate card'],
    ['“Whoever opens the borders has no place here!” wrote a man calling himself Tomas.', 'a man'],
    // Misses: a day name after the name is no part of it.
    ['“We leave now,” said Tomas Varga Tuesday.', 'Tomas Varga'],
  ]
  for (const [text, speaker] of cases) {
    const found = quotes(text)
    assert.equal(found[0]?.speaker?.text, speaker, text)
  }
})

test('gives the quotation to the phrase a relative clause or participle describes, never to the sentence opening', () => {
  const cases: Array<[string, string]> = [
    ['Most historians agree (Tomas Varga, who coined the word, once said, “It happened many times before”).', 'Tomas Varga'],
    ['The issue came up after Lind Varga, asked about the border, had said, “We close nothing.”', 'Lind Varga'],
    // Miss: a verb in a plain apposition still leaves the sentence subject.
    ['Lind Varga, the envoy Belmora sent, said, “We close nothing.”', 'Lind Varga'],
  ]
  for (const [text, speaker] of cases) assert.equal(quotes(text).find((q) => q.kind === 'direct')?.speaker?.text, speaker, text)
})

test('never takes a time phrase for a speaker ("on “Vell Tonight” last month when asked")', () => {
  const found = quotes('“Work, work, work,” Lind said on “Vell Tonight” last month when asked about Varga. “Nobody did it better.”')
  assert.deepEqual(
    found.map((q) => [q.text.slice(0, 12), q.speaker?.text ?? null]),
    [
      ['“Work, work,', 'Lind'],
      // The show's title after "on" is said by nobody.
      ['“Vell Tonigh', null],
      ['“Nobody did ', 'Lind'],
    ],
  )
})

test('finds the subject across a contracted auxiliary or "on" and a day ("He’s predicting", "Varga on Tuesday said")', () => {
  const cases: Array<[string, string]> = [
    ['Lind won. He’s predicting he will do “very well” in the next contest.', 'He'],
    ["Lind won. She's hoping the vote will be a boost.", 'She'],
    ['Belmora candidate Lind Varga on Tuesday said that Arvenia was wrong.', 'Belmora candidate Lind Varga'],
    // "on the radio" names the channel, no part of the speaker; "in Belmora" describes the envoy (cues v23).
    ['The envoy in Belmora on the radio said that Arvenia was wrong.', 'The envoy in Belmora'],
  ]
  for (const [text, speaker] of cases) assert.equal(quotes(text).find((q) => q.kind !== 'partial')?.speaker?.text, speaker, text)
})

test('gives a quoted phrase to a person whose verb governs it across an apposition or a longer object', () => {
  const cases: Array<[string, string, string | undefined]> = [
    ['Tomas Varga, co-founder of the Belmora institute, welcomed “the end of the tariffs.”', 'Tomas Varga', 'Tomas Varga'],
    ['On the radio, Tomas Varga dismissed criticism of the envoy’s comments about the border as “Arvenia talking points.”', 'Tomas Varga', 'Tomas Varga'],
    // Miss: a place is no speaker, even before an apposition.
    ['Belmora, a small country, welcomed “the end of the tariffs.”', 'Tomas Varga', undefined],
  ]
  for (const [text, name, speaker] of cases) {
    const given = text.includes(name) ? person(text, name, [], 'ARVGOV') : {}
    assert.equal(quotes(text, given)[0]?.speaker?.text, speaker, text)
  }
})

test('ends a clause reported in a sentence-opening clause at the comma before the main clause, and reads a quotation after it from its own cue', () => {
  const cases: Array<[string, Array<[string, string | undefined]>]> = [
    ['Asked which Belmora county was his favorite, Varga demurred: “Whichever one I am in.”', [['which Belmora county was his favorite', undefined], ['Whichever one I am in.', 'Varga']]],
    ['When Lind suggested that Arvenia would sue, Varga fired back forcefully: “If they sue us, they lose.”', [['that Arvenia would sue', 'Lind'], ['If they sue us, they lose.', 'Varga']]],
    ['When asked why, Varga responded in a text message: “Lind will be the nominee.”', [['why', undefined], ['Lind will be the nominee.', 'Varga']]],
    // Miss: a cue in the main clause reports up to the sentence end.
    ['Varga said that Arvenia would sue, Lind would lose and Belmora would wait.', [['that Arvenia would sue, Lind would lose and Belmora would wait', 'Varga']]],
  ]
  for (const [text, expected] of cases) {
    assert.deepEqual(
      quotes(text).map((q) => [q.content.text, q.speaker?.text]),
      expected,
      text,
    )
  }
})

test('lets a participle after a quotation go on from the cue before it ("Varga fired back: “…,” referencing …")', () => {
  const found = quotes('When Lind spoke, Varga fired back: “If they sue us in Vell, they are going to lose,” referencing the many voters there.')
  assert.deepEqual(found.filter((q) => q.kind === 'direct').map((q) => [q.cue?.text, q.speaker?.text]), [['fired back', 'Varga']])
})

test('reads a capitalized verb between names in a body sentence as part of a name, not a cue ("Paul Vell of Counter Jihad")', () => {
  const found = quotes('Belmora Moves Money\n\nBelmora moved the money. According to Tomas Varga of Counter Jihad, “Arvenia has been moving the money.”')
  assert.deepEqual(found.map((q) => [q.cue?.text, q.speaker?.text]), [['According to', 'Tomas Varga']])
  // Miss: in the headline every word is capitalized, and a cue verb between names stays a cue.
  const headline = quotes('Varga Says Lind Lied\n\nThe talks went on.')
  assert.deepEqual(headline.map((q) => [q.cue?.text, q.speaker?.text]), [['Says', 'Varga']])
})

test('reads the name before a run of asides: an age, a relative clause, a participle, a place with its state', () => {
  const cases: Array<[string, string]> = [
    ['Woodrow Lind, 58, who lives outside Vell, says he did not know much about Varga.', 'Woodrow Lind'],
    ["Cory Lind, 22, of Flint, Mich., said he hadn't given up hope.", 'Cory Lind'],
    ['Varga, speaking at a rally in Wilmington, N.C., warned that Lind would win.', 'Varga'],
    ['Sen. Chuck Lind, facing a spirited challenge in Vell, a swing state, said he would welcome Varga.', 'Sen. Chuck Lind'],
    ['Arvenia acted, while Tomas Varga, the former governor, said Belmora should wait.', 'Tomas Varga'],
    // Misses: no aside crossed, so the apposition rules decide; a day before the name is no city.
    ['Varga, the former diplomat, said Belmora should wait.', 'Varga'],
    ['Friday, Belmora, leading a coalition of 13 states, asked a judge to block the rules.', 'Belmora'],
  ]
  for (const [text, speaker] of cases) assert.equal(quotes(text).find((q) => q.kind === 'indirect')?.speaker?.text, speaker, text)
})

test('gives a participle the subject of its clause past a dateline and a party tag, and after "with" the phrase before it', () => {
  const text =
    'Lind Backs Wage\n\nVELL — Sen. Tomas Lind (I-Vt.) defended his call to raise the wage, saying the gains would outweigh the losses. ' +
    'Voters view Lind as prepared, with 50 percent saying she is ready.'
  assert.deepEqual(
    quotes(text).map((q) => [q.content.text, q.speaker?.text]),
    [
      ['the gains would outweigh the losses', 'Sen. Tomas Lind'],
      ['she is ready', '50 percent'],
    ],
  )
})

test('frames a quotation with a past tense the tagger reads as an adjective, never with a capitalized name it reads as a verb', () => {
  const cases: Array<[string, Array<string | undefined>]> = [
    ['The vote was partisan. “If they were serious about this, I think they would have gone to the only bill I know of,” Varga fumed on Tuesday. “That would have been a sign of good faith.”', ['Varga', 'Varga']],
    ['Lind Wins\n\nVarga lost. “He had a lot of Vell supporters,” Blunt, after a long pause, said of Varga. “I’d be glad to have him here.”', ['Blunt, after a long pause', 'Blunt, after a long pause']],
  ]
  for (const [text, speakers] of cases) {
    assert.deepEqual(
      quotes(text).map((q) => q.speaker?.text),
      speakers,
      text,
    )
  }
})

test('gives a quotation whose sentence runs on past its closing mark to the frame that ends the sentence', () => {
  const cases: Array<[string, string | undefined]> = [
    ['Lind Wins\n\nVarga came second. “Let me thank the volunteers who worked so hard” for the victory, Lind said. He said more.', 'Lind'],
    // Misses: a quotation that ends its own sentence inside the marks takes no frame from the next one,
    // and one that opens no sentence stays a scare quote.
    ['Lind Wins\n\nVarga came second. “Let me thank the volunteers.” The victory was big, Lind said.', undefined],
    ['Lind Wins\n\nVarga came second. “Fair pay” matters to many, and the victory was big.', undefined],
  ]
  for (const [text, speaker] of cases) assert.equal(quotes(text).find((q) => q.kind === 'direct' || q.kind === 'partial')?.speaker?.text, speaker, text)
})

test('takes an unlisted verb in the next sentence as the frame of a question or exclamation when only punctuation follows it', () => {
  const cases: Array<[string, Array<string | undefined>]> = [
    ['Lind Wins\n\nThe hall was quiet. “You know, it happens, right?” Varga went on, as if he did not hear. “You have to get over it.”', ['Varga', 'Varga']],
    ['Lind Wins\n\nThe hall was quiet. “Would it be negotiable?” Lind pressed. “Maybe some could stay here.”', ['Lind', 'Lind']],
    // Miss: a verb with an object after it is the writer's next sentence.
    ['Lind Wins\n\nThe hall was quiet. “Would it be negotiable?” Lind won the vote.', [undefined]],
  ]
  for (const [text, speakers] of cases) assert.deepEqual(quotes(text).map((q) => q.speaker?.text), speakers, text)
})

test('never takes a possessive pronoun or, for a coordinated cue, an embedded clause’s subject as the governing subject', () => {
  const cases: Array<[string, string]> = [
    ['Smiling, Lind drew cheers as she thanked her adopted home state and then boomed, “You proved it again.”', 'she'],
    ['Lind rejected the idea that the changes amounted to a shake-up and said that Varga was not diminished.', 'Lind'],
    ['The envoy refused to answer questions on who Varga would back but said that Belmora was calm.', 'The envoy'],
    // Miss: a cue inside the embedded clause keeps its subject.
    ['The talks were so calm that Varga was prompted to say that nothing had happened.', 'Varga'],
  ]
  for (const [text, speaker] of cases) assert.equal(quotes(text).find((q) => q.kind !== 'partial')?.speaker?.text, speaker, text)
})

test('gives a quoted fragment to a comma-framed cue that ends its sentence, with an inverted subject or a place after it', () => {
  const cases: Array<[string, string | undefined]> = [
    ['Lind Wins\n\nVarga’s “excesses” are sickening, Lind said Tuesday in Vell.', 'Lind'],
    ['Lind Wins\n\n“We are extremely happy” about the decision, said Mara Varga, director of the Vell nurses.', 'Mara Varga'],
    // Misses: a cue with a clause after it reports that clause; no comma before the cue, no frame.
    ['Lind Wins\n\nVarga’s “excesses” are sickening, Lind said Belmora agreed.', undefined],
    ['Lind Wins\n\nVarga’s “excesses” are what Lind said in Vell.', undefined],
  ]
  for (const [text, speaker] of cases) assert.equal(quotes(text).find((q) => q.kind === 'direct' || q.kind === 'partial')?.speaker?.text, speaker, text)
})

test('reads the subject before a restrictive relative clause between it and the cue', () => {
  const cases: Array<[string, string]> = [
    ['Former officials who spoke with the Vell Post said the party was a shell.', 'Former officials'],
    ['Progressive groups that have endorsed him say the delegates should choose.', 'Progressive groups'],
    ['A Belmora official who spoke anonymously to discuss strategy said Wednesday, “Certainly there are talks.”', 'A Belmora official'],
    // Miss: a coordinator starts a new clause.
    ['Stem cells are cells that can turn into any tissue and researchers hope the work will pay off.', 'researchers'],
  ]
  for (const [text, speaker] of cases) assert.equal(quotes(text).find((q) => q.kind !== 'partial')?.speaker?.text, speaker, text)
})

test('credits "I" in an interview transcript answer to the speaker label in capitals before the colon', () => {
  const text = 'Lind Interview\n\nTAPPER: Is Varga ready?\n\nFALLIN: I think he is trying to campaign as a healer.\n\nLind said she thinks the same.'
  assert.deepEqual(
    quotes(text).map((q) => [q.content.text, q.speaker?.text]),
    [
      ['he is trying to campaign as a healer', 'FALLIN'],
      // Miss: outside a labelled paragraph the speaker stays.
      ['she thinks the same', 'Lind'],
    ],
  )
})

test('reads a subject the tagger broke: a name read as a verb or adverb, a phrase with a participle or adjective after it, a part of a day', () => {
  const cases: Array<[string, string | undefined]> = [
    ['Lind Wins\n\nJolly said he has worked with both parties.', 'Jolly'],
    ['Lind Wins\n\nCross said he is left with two options.', 'Cross'],
    ['Lind Wins\n\nAgain, those surveyed said Varga was best able to handle the issue.', 'those surveyed'],
    ['Lind Wins\n\nSome 56 percent of Vell voters polled said they were less likely to vote.', 'Some 56 percent of Vell voters polled'],
    ['Lind Wins\n\nParty spokesman Sean Lind on Thursday evening said the party was not in a crisis.', 'Party spokesman Sean Lind'],
    // Misses: a question word or subordinator is no name.
    ['Lind Wins\n\nWhen asked whether Vell should vote, Lind declined.', undefined],
  ]
  for (const [text, speaker] of cases) assert.equal(quotes(text)[0]?.speaker?.text, speaker, text)
})

test('keeps the sentence subject before an apposition the tagger ended oddly, and never reads the object after the cue as an inverted subject', () => {
  const cases: Array<[string, string]> = [
    ['Lind Wins\n\nScot Lind, executive director of One Vell Now, said the spending numbers he saw were even more dramatic.', 'Scot Lind'],
    ['Lind Wins\n\nMara Varga, who said she typically votes democratic, said one candidate she likes is Lind.', 'Mara Varga'],
    // Miss: after a quotation the words after the cue are its inverted subject.
    ['Lind Wins\n\n“We will wait,” said the envoy of Belmora.', 'the envoy of Belmora'],
  ]
  // The last quote of each sentence is the one its main cue introduces.
  for (const [text, speaker] of cases) assert.equal(quotes(text).at(-1)?.speaker?.text, speaker, text)
})

test('gives a quoted phrase to the subject of the verb across the noun it names ("coined a new phrase, “…”")', () => {
  const cases: Array<[string, string | undefined]> = [
    ['Lind Wins\n\nVarga won. He has coined a new phrase, “undocumented voters,” to describe them.', 'He'],
    // Miss: a place is no speaker, across the noun too.
    ['Lind Wins\n\nVarga won. Belmora has coined a new phrase, “undocumented voters,” for them.', undefined],
  ]
  for (const [text, speaker] of cases) assert.equal(quotes(text)[0]?.speaker?.text, speaker, text)
})

test('reads "told X that …": the one addressed and a time adjunct stand between an addressee verb and its that-clause', () => {
  const cases: Array<[string, string, string]> = [
    ['Varga told the Vell Post on Friday that Arvenia would wait.', 'that Arvenia would wait', 'Varga'],
    ['Lind assured voters that nothing would change.', 'that nothing would change', 'Lind'],
    ['The official, who asked not to be named, told the agency that the talks had failed.', 'that the talks had failed', 'The official'],
  ]
  for (const [text, content, speaker] of cases) {
    const found = quotes(text).at(-1)
    assert.deepEqual([found?.content.text, found?.speaker?.text], [content, speaker], text)
  }
  // Miss: a verb that addresses no one ("said") does not skip a phrase before "that".
  assert.equal(quotes('Varga said the envoy that Belmora sent would wait.').some((q) => q.content.text.startsWith('that')), false)
})

test('reads "told X he …": a bare clause after the one addressed by an addressee verb', () => {
  const cases: Array<[string, string, string]> = [
    ['Varga told reporters he would resign on Friday.', 'he would resign on Friday', 'Varga'],
    ['Lind told the Vell Post the talks had failed.', 'the talks had failed', 'Lind'],
    ['The envoy told Varga on Monday Belmora would wait.', 'Belmora would wait', 'The envoy'],
  ]
  for (const [text, content, speaker] of cases) {
    const found = quotes(text).find((q) => q.cue?.text.startsWith('told'))
    assert.deepEqual([found?.content.text, found?.speaker?.text], [content, speaker], text)
  }
  // Misses: the one addressed with no clause after it, and a story told, report nothing.
  for (const text of ['Varga told reporters in Vell.', 'Varga told the story of his youth in Vell.']) assert.deepEqual(quotes(text), [], text)
})

test('skips a date after a cue before its reported clause ("said in April that", "said on March 3 the talks …")', () => {
  const cases: Array<[string, string | undefined]> = [
    ['Vell Talks\n\nVarga said in April that Arvenia would wait.', 'that Arvenia would wait'],
    ['Vell Talks\n\nLind said on March 3 the talks had failed.', 'the talks had failed'],
    ['Vell Talks\n\nThe envoy said in 2015 he would run.', 'he would run'],
    // Miss: a place after "in" is not a date, so nothing is reported past it.
    ['Vell Talks\n\nLind said in Vell the talks had failed.', undefined],
  ]
  for (const [text, content] of cases) assert.equal(quotes(text).find((q) => q.cue?.text === 'said')?.content.text, content, text)
})

test('reads a reported clause whose subject is a name the tagger read as a verb ("said Cook provided …")', () => {
  const found = quotes('Vell Talks\n\nThe Vell Post said Cook provided a written statement.').find((q) => q.cue?.text === 'said')
  assert.equal(found?.content.text, 'Cook provided a written statement')
  // Miss: a lower-case verb after the cue opens no clause.
  assert.equal(quotes('Vell Talks\n\nThe Vell Post said provided statements were false.').find((q) => q.cue?.text === 'said')?.content.text.startsWith('provided'), undefined)
})

test('reads "said it would …": "it", "you", a gerund, a conditional clause and a hyphenated subject may open a reported clause when a verb follows', () => {
  const cases: Array<[string, string | undefined]> = [
    ['Vell Talks\n\nThe Vell ministry said it would assess its options.', 'it would assess its options'],
    ['Vell Talks\n\nSixty percent said it made no difference to them.', 'it made no difference to them'],
    ['Vell Talks\n\nVarga said you cannot trust Belmora.', 'you cannot trust Belmora'],
    ['Vell Talks\n\nThe Vell Post said the reader-chosen winner had won twice.', 'the reader-chosen winner had won twice'],
    ['Vell Talks\n\nVarga said legalizing it could help Vell.', 'legalizing it could help Vell'],
    ['Vell Talks\n\nLind said if elected she would open the border.', 'if elected she would open the border'],
    ['Vell Talks\n\nLind said despite being a Vell alumna, she plans to root for Belmora.', 'despite being a Vell alumna, she plans to root for Belmora'],
    ['Vell Talks\n\nVarga said when the talks end, Arvenia would leave.', 'when the talks end, Arvenia would leave'],
    // Misses: "it" as the object, with no verb after it, and a dash between words, report nothing.
    ['Vell Talks\n\nVarga said it again and again.', undefined],
    ['Vell Talks\n\nVarga said the reader - the one in Vell - had won.', undefined],
    ['Vell Talks\n\nVarga said if asked.', undefined],
    ['Vell Talks\n\nVarga said when he arrived in Vell.', undefined],
  ]
  for (const [text, content] of cases) assert.equal(quotes(text).find((q) => q.cue?.text === 'said')?.content.text, content, text)
})

test('reads a cue set off by commas inside the clause it reports ("This plan, Varga says, is different")', () => {
  const cases: Array<[string, string | undefined]> = [
    ['Vell Talks\n\nThis plan, Varga says, is different.', 'This plan, Varga says, is different'],
    ['Vell Talks\n\nSurvival, Lind said, depends on the harvest.', 'Survival, Lind said, depends on the harvest'],
    ['Vell Talks\n\nThe thing that Vell most needs, aides said, is a new harbor.', 'The thing that Vell most needs, aides said, is a new harbor'],
    // Miss: with a verb before the cue, the clause before it is the content, as before.
    ['Vell Talks\n\nThe talks have failed, Varga said, in Vell.', 'The talks have failed'],
  ]
  for (const [text, content] of cases) assert.equal(quotes(text).find((q) => q.cue?.text === 'says' || q.cue?.text === 'said')?.content.text, content, text)
})

test('skips an adjunct with modifiers before its noun between a cue and its that-clause ("said in the CNN interview that")', () => {
  const cases: Array<[string, string | undefined]> = [
    ['Varga said in a Vell TV interview that Arvenia would wait.', 'that Arvenia would wait'],
    ['Lind said in the statement on Friday that nothing would change.', 'that nothing would change'],
    // A place after "in" is read across too (cues v23: prepositional phrases before "that").
    ['Lind said in Vell City that nothing would change.', 'that nothing would change'],
  ]
  for (const [text, content] of cases) assert.equal(quotes(text).find((q) => q.content.text.startsWith('that'))?.content.text, content, text)
})

test('gives a passive cue’s quotation to the agent after "by", and ends a clause reported inside an opening participle clause at its comma', () => {
  const found = quotes('Lind Wins\n\nAsked if he thought the email went too far, Varga responded: “I guess so.” Lind was asked by host Mara Varga, “Will you wait?” Lind was asked, “Will you go?”')
  assert.deepEqual(
    found.map((q) => [q.content.text, q.speaker?.text]),
    [
      ['if he thought the email went too far', undefined],
      ['the email went too far', 'he'],
      ['I guess so.', 'Varga'],
      ['Will you wait?', 'host Mara Varga'],
      // Miss: with no agent the passive cue keeps no speaker.
      ['Will you go?', undefined],
    ],
  )
})

test('reads "as X put it" before or after the clause it frames', () => {
  const cases: Array<[string, string | undefined]> = [
    ['As one Belmoran envoy put it, the talks are dead.', 'the talks are dead'],
    ['The talks are dead, as one Belmoran envoy put it.', 'The talks are dead'],
    // Miss: with no "as" before the speaker, "put it" frames no clause ("Lind put it on the table").
    ['Lind put it on the table, and the talks went on.', undefined],
  ]
  for (const [text, content] of cases) {
    const found = quotes(text).find((q) => q.cue?.text.startsWith('put') === true)
    assert.equal(found?.content.text, content, text)
    if (content !== undefined) assert.equal(found?.speaker?.text, 'one Belmoran envoy', text)
  }
})

test('reads "X sees Y as Z" and "X describes Y as Z" without quotation marks as indirect speech about Y', () => {
  const cases: Array<[string, string | undefined, string | undefined]> = [
    ['Tomas Varga sees Belmora as a partner in the north.', 'Belmora as a partner in the north', 'Tomas Varga'],
    ['Tomas Varga described the visit of the envoy as a mistake.', 'the visit of the envoy as a mistake', 'Tomas Varga'],
    // The complement ends at a comma: what follows is another frame.
    ['Arvenia sees Belmora as a threat, officials said.', 'Belmora as a threat', 'Arvenia'],
    // Misses: "as soon as" is no complement; quoted words after "as" are a partial quotation instead.
    ['Tomas Varga sees Belmora as soon as he can.', undefined, undefined],
  ]
  for (const [text, content, speaker] of cases) {
    const found = quotes(text).find((q) => q.cue?.text === 'sees' || q.cue?.text === 'described')
    assert.equal(found?.kind === 'indirect' ? found.content.text : undefined, content, text)
    assert.equal(found?.kind === 'indirect' ? found.speaker?.text : undefined, speaker, text)
  }
  const quoted = quotes('Tomas Varga sees the summit as “a small step forward.”')
  assert.deepEqual(quoted.map((q) => q.kind), ['partial'])
})

test('gives the quotation of a participle right after its noun, with "by", to the agent ("a levy criticized by Varga as …")', () => {
  const found = quotes('Belmora kept the levy criticized by Tomas Varga as “a tax on bread.”')
  assert.deepEqual(
    found.map((q) => [q.content.text, q.speaker?.text, q.speaker?.reason]),
    [['a tax on bread.', 'Tomas Varga', 'agent of a passive cue (after its noun)']],
  )
  // Miss: "by" before a gerund is no agent ("responded by saying").
  const gerund = quotes('Lind responded by saying, “We will wait.”')
  assert.equal(gerund[0]?.speaker?.text, 'Lind')
  // Miss: words told before the noun are answered by the agent, not said by them ("…, a claim denied by Varga").
  const denied = quotes('Belmora prepared the levy, a plan denied by Tomas Varga.')
  assert.ok(denied.every((q) => q.speaker?.text !== 'Tomas Varga'), JSON.stringify(denied.map((q) => q.speaker?.text)))
})

test('reads the subject before a floating quantifier ("Lind and Varga both stressed"), but keeps a quantifier that is the subject', () => {
  const cases: Array<[string, string]> = [
    ['Lind and Varga both stressed that it was not all bad news.', 'Lind and Varga'],
    ['The Belmora envoys have all said that the vote was fair.', 'The Belmora envoys'],
    // Miss: a quantifier opening the sentence is the subject itself.
    ['All said the vote was fair.', 'All'],
  ]
  for (const [text, speaker] of cases) assert.equal(quotes(text)[0]?.speaker?.text, speaker, text)
})

test('skips a time phrase after the subject, never reads a participle before a noun as a cue, and never frames with a passive verb in the next sentence', () => {
  assert.equal(quotes('Lind Wins\n\nVarga at the time said he had asked for help.')[0]?.speaker?.text, 'Varga')
  const found = quotes('Lind Wins\n\nLind then interjected, calling Varga’s proposed credit “a welfare payment.” The reported deal was announced.')
  assert.deepEqual(found.map((q) => [q.cue?.text, q.speaker?.text]), [['calling', 'Lind']])
})

test('never takes a next-sentence cue with its own object as the frame of a quotation before it', () => {
  const text = 'Lind Wins\n\nVarga estimated that there are “somewhere between 23 and 28 people who are opposed.” Lind called the election “a citizenship election.” “Why?” asked Varga. “Why not?” Lind asked the envoy.'
  assert.deepEqual(
    quotes(text).map((q) => [q.cue?.text, q.speaker?.text]),
    [
      ['estimated', 'Varga'],
      ['called', 'Lind'],
      // Misses: an inverted subject, and the one addressed after "asked", keep the frame.
      ['asked', 'Varga'],
      ['asked', 'Lind'],
    ],
  )
})

test('lets a cue-less quotation that ends the next sentence go on from the quotation just attributed', () => {
  const found = quotes('Lind Wins\n\n“It is an enormous moment,” said Tomas Varga, a strategist. Unless further rivals quit the race, “it is very difficult to see how he is stopped.”\n\nThe talks went on. Belmora is “passive” in its dealings.')
  assert.deepEqual(
    found.map((q) => q.speaker?.text),
    [
      'Tomas Varga',
      'Tomas Varga',
      // Miss: a scare quote in a later paragraph keeps no speaker.
      undefined,
    ],
  )
})

test('reads past the writer’s aside "and I quote" to the cue before it', () => {
  assert.equal(quotes('Lind Wins\n\nVarga said, and I quote, “We love the poorly educated.” He left.')[0]?.speaker?.text, 'Varga')
  // Miss: "to quote" with its own speaker stays the cue.
  assert.equal(quotes('Lind Wins\n\nTo quote Varga, “We love the poorly educated.”')[0]?.speaker?.text, 'Varga')
})

test('reads the sentence subject past an opening prepositional phrase, and the subject past a party tag and "last week"', () => {
  const cases: Array<[string, string]> = [
    ['And on Tuesday, Kevin Lind, chairman of the Ways and Means Committee, said that Belmora might delay the tax.', 'Kevin Lind'],
    ['Senate Democrat Mara Varga (D-Vell) last week said Lind was not the source.', 'Senate Democrat Mara Varga'],
    // Miss: an opening phrase with a verb in it is a clause of its own, not skipped.
    ['After Varga spoke, Lind said that Belmora might delay the tax.', 'Lind'],
  ]
  for (const [text, speaker] of cases) assert.equal(quotes(text).at(-1)?.speaker?.text, speaker, text)
})

test('reads the subject before an aside set off by dashes ("Varga — who ran in 2010 — told reporters"), or the name filling the aside', () => {
  const cases: Array<[string, string | undefined]> = [
    ['Last week, Tomas Varga — who ran for the seat in 2010 — told reporters, “We will win.”', 'Tomas Varga'],
    ['On Friday the envoy Lind Varga -- a veteran of three wars -- said, “Peace is near.”', 'the envoy Lind Varga'],
    ['On Friday her adviser - Tomas Varga - said, “Peace is near.”', 'Tomas Varga'],
    // Misses: a hyphen inside a word opens no aside, and a phrase after a coordinator is not the subject.
    ['Lind tried a knock-on-wood gesture — and then said, “Peace is near.”', 'Lind'],
    ['Mara Lind, director of Vell Now, or VN — which backs Varga — said, “Peace is near.”', 'Mara Lind'],
  ]
  for (const [text, speaker] of cases) assert.equal(quotes(text).at(-1)?.speaker?.text, speaker, text)
})

test('reads a participle after an aside between dashes as continuing the main clause ("a task - bragging - conceding")', () => {
  const found = quotes('Lind struggles with a basic task in politics - bragging - conceding, “It feels strange.”')
  assert.equal(found.at(-1)?.speaker?.text, 'Lind')
})

test('reads the name before two descriptions in a row ("Varga, editor of The Vell Herald, a daily in Arvenia, wrote")', () => {
  const cases: Array<[string, string | undefined]> = [
    ['Last week, J.K. Varga, editor at large of The Vell Herald, an influential daily in Arvenia, wrote, “The port is closed.”', 'J.K. Varga'],
    ['Mara Lind, the envoy to Belmora, a veteran of the talks, said, “Peace is near.”', 'Mara Lind'],
    // Misses: one description keeps the name before it, and a name filling the apposition speaks.
    ['Mara Lind, the envoy to Belmora, said, “Peace is near.”', 'Mara Lind'],
    ['Her adviser, Tomas Varga, said, “Peace is near.”', 'Tomas Varga'],
  ]
  for (const [text, speaker] of cases) assert.equal(quotes(text).at(-1)?.speaker?.text, speaker, text)
})

test('reads the name after a cue that follows a whole clause and its comma as the inverted subject ("Trade grew, said Lind Varga, a professor.")', () => {
  const cases: Array<[string, string | undefined]> = [
    ['The port has helped trade, said Lind Varga.', 'Lind Varga'],
    ['The port has helped trade in Arvenia, said Lind Varga, a professor at Vell University.', 'Lind Varga'],
    ['The port has helped trade, says Tomas Varga (I-Vell).', 'Tomas Varga'],
    // Misses: the one addressed after "told", and a name that opens the reported clause, are not the speaker.
    ['Lind Varga spoke at length, told Belmora, “Peace is near.”', 'Lind Varga'],
    ['Lind Varga, who was in Belmora, said Arvenia would win.', 'Lind Varga'],
  ]
  for (const [text, speaker] of cases) assert.equal(quotes(text).at(-1)?.speaker?.text, speaker, text)
})

test('gives a participle cue to the main clause after an opening subordinate clause or phrase ("When Lind left, Varga spoke, saying …")', () => {
  const cases: Array<[string, string | undefined]> = [
    ['When Lind left the talks in Vell, Varga gave a defiant speech, predicting that Arvenia would win.', 'Varga'],
    ['After the envoy was recalled, the minister wrote to Belmora, insisting that the port stay open.', 'the minister'],
    ['In a letter to colleagues released Monday, Varga rejected the deal, arguing that it favors banks.', 'Varga'],
    // Misses: with no opening clause the first subject stays, and a subordinate clause after the main one is skipped.
    ['Varga gave a speech when Lind left, predicting that Arvenia would win.', 'Varga'],
  ]
  for (const [text, speaker] of cases) assert.equal(quotes(text).at(-1)?.speaker?.text, speaker, text)
})

test('gives an infinitive cue after a verb that makes its object act to that object ("The defeat led Varga to declare")', () => {
  const cases: Array<[string, string | undefined]> = [
    ['The defeat led Varga to declare, “We will be back.”', 'Varga'],
    ['The record prompted the Vell Times, which tracks elections, to state, “Vell is the best bellwether.”', 'the Vell Times'],
    // Misses: a verb that keeps its own subject as the actor ("went on to say", "had a chance to say") and a subject before "to".
    ['Varga went on to say, “We will be back.”', 'Varga'],
    ['Varga finally had a chance to say, “We will be back.”', 'Varga'],
  ]
  for (const [text, speaker] of cases) assert.equal(quotes(text).at(-1)?.speaker?.text, speaker, text)
})

test('reads the name before a description the writer left unclosed before the cue ("Lind (D-Vell), a supporter of the plan told")', () => {
  const cases: Array<[string, string | undefined]> = [
    ['On Friday on “Vell Today,” Sen. Mara Lind (D-Vell), a supporter of the plan told reporters, “We will win.”', 'Sen. Mara Lind (D-Vell)'],
    ['Lind Varga, a veteran diplomat who served in Belmora said, “Peace is near.”', 'Lind Varga'],
    // Misses: a place after a preposition, a name after a place, and a bare phrase set off inside the clause.
    ['In Vell, the old envoy Tomas Varga said, “Peace is near.”', 'the old envoy Tomas Varga'],
    ['At the meeting in Hudson, Vell Monday, the Lind supporter retorted: “Peace is near.”', 'the Lind supporter'],
    ['Varga, a top aide said, “is very confident.”', 'a top aide'],
  ]
  for (const [text, speaker] of cases) assert.equal(quotes(text).at(-1)?.speaker?.text, speaker, text)
})

test('leaves a quotation after a lead cue to that cue when the frame after it introduces the next quotation ("When Lind shouted, “Now,” Varga joked, “…”")', () => {
  const cases: Array<[string, number, string | undefined]> = [
    ['When a guest shouted, “Vell,” Varga joked, “Welcome to Arvenia!”', 0, 'a guest'],
    ['When the envoy yelled, “Enough,” Varga replied, again with a smile, “We will see.”', 0, 'the envoy'],
    // Misses: a split quotation with no lead cue, and a frame after the quotation that ends the sentence.
    ['“We agree,” Varga said, “but not today.”', 0, 'Varga'],
    ['When the envoy yelled, “Enough,” Varga said.', 0, 'Varga'],
  ]
  for (const [text, index, speaker] of cases) assert.equal(quotes(text)[index]?.speaker?.text, speaker, text)
})

test('gives a participle cue to the main subject past a participle naming a quoted title ("a class called “Vell” …, writing")', () => {
  const cases: Array<[string, string | undefined]> = [
    ['Later on Sunday, Varga shared a syllabus for a history class called “Borders” on his website, writing “Read it before the vote.”', 'Varga'],
    ['Lind posted a report on a study titled “Open Ports” online, adding, “It proves our case.”', 'Lind'],
    // Misses: a cue that is the main verb still lends its subject.
    ['The envoy called “Vell” a ruin, adding, “Nobody lives there.”', 'The envoy'],
  ]
  for (const [text, speaker] of cases) assert.equal(quotes(text).at(-1)?.speaker?.text, speaker, text)
})

test('reads a relative pronoun after a dash as the phrase before it ("the sign — which read “…”")', () => {
  const cases: Array<[string, string | undefined, string | undefined]> = [
    ['Varga held up the banner — which read “Vell First” — and waved it.', 'which', 'the banner'],
    ['The envoy Mara Lind -- who told reporters, “We will stay” -- left on Monday.', 'who', 'The envoy Mara Lind'],
    // Misses: a relative pronoun with no comma or dash before it keeps the restrictive reading.
    ['Varga held up a banner which read “Vell First” and waved it.', 'which', 'a banner'],
  ]
  for (const [text, speaker, antecedent] of cases) {
    const found = quotes(text).find((q) => q.kind !== 'indirect')
    assert.equal(found?.speaker?.text, speaker, text)
    assert.match(found?.speaker?.reason ?? '', new RegExp(`→ ${antecedent ?? ''}$`), text)
  }
})

test('never reads a base form after an article and its modifiers as a lead verb before a colon ("into the national Vell file: “…”")', () => {
  const cases: Array<[string, string | undefined, string | undefined]> = [
    ['“It works,” said Varga, explaining that he put the data into the national Vell file: “It is all there.”', 'explaining', 'Varga'],
    // Misses: an inflected verb after an article's phrase, or after a possessive's, still leads the quotation.
    ['The old diplomat smiled: “Not today.”', 'smiled', 'The old diplomat'],
    ['His friends jeered, “Go home!”', 'jeered', 'His friends'],
  ]
  for (const [text, cue, speaker] of cases) {
    const found = quotes(text).at(-1)
    assert.equal(found?.cue?.text, cue, text)
    assert.equal(found?.speaker?.text, speaker, text)
  }
})

test('gives a quotation after "Here’s Name …:" or "From the source:" to the source the sentence presents', () => {
  const cases: Array<[string, string | undefined]> = [
    ['Here’s Varga in March 2019: “Arvenia must open its ports.”', 'Varga'],
    ['Here is Mara Lind, speaking in Vell: “We are ready.”', 'Mara Lind'],
    ['From the report: “Trade fell by half.”', 'the report'],
    // Misses: the writer's own point after "Here's", and a "From" phrase that is not all before the colon.
    ['Here’s the deal: “Nobody wins.”', undefined],
    ['From Vell to Belmora, the envoy wrote: “We are ready.”', 'the envoy'],
  ]
  for (const [text, speaker] of cases) assert.equal(quotes(text).at(-1)?.speaker?.text, speaker, text)
})

test('reads no reported clause after a manner adverb and a subordinator ("said matter-of-factly as confetti fell"), so the quotation keeps its frame', () => {
  const found = quotes('Not all were happy. “We have won,” Vell delegate Mara Lind, wearing a red hat and “Vell First” pins, said matter-of-factly as confetti fluttered down.')
  assert.equal(found[0]?.speaker?.text, 'Vell delegate Mara Lind')
  assert.equal(found.some((q) => q.kind === 'indirect'), false)
  const cases: Array<[string, string | undefined]> = [
    ['Varga said quietly as the crowd left.', undefined],
    // Misses: a clause with its own verb before the subordinator, and a comparison after the adverb.
    ['Varga said the port was closed as the storm hit.', 'the port was closed as the storm hit'],
    ['Varga said three times as many ships came.', 'three times as many ships came'],
  ]
  for (const [text, content] of cases) assert.equal(quotes(text).find((q) => q.kind === 'indirect')?.content.text, content, text)
})

test('reads an inverted subject opened by a possessive ("said its chairman") and the name set off after a described speaker ("said its chairman, Sir Tomas Vell.")', () => {
  const cases: Array<[string, string | undefined]> = [
    ['“Any partial plan would fail,” said its chairman, Sir Tomas Vell.', 'Sir Tomas Vell'],
    ['“We do not agree,” says its report.', 'its report'],
    ['“We do not agree,” said the group’s leader, Mara Lind, who spoke in Vell.', 'Mara Lind'],
    // Misses: a name keeps its own apposition, and a description with no name after it stays.
    ['“Go,” said Varga, the envoy.', 'Varga'],
    ['“Go,” said the envoy, a veteran of the talks.', 'the envoy'],
  ]
  for (const [text, speaker] of cases) assert.equal(quotes(text)[0]?.speaker?.text, speaker, text)
})

test('gives a cue after nothing but a sentence-opening coordinator to the previous speaker ("And continued: “…”")', () => {
  const cases: Array<[string, string | undefined]> = [
    ['Ms Lind insisted: “We have a good record.” And continued: “We can be proud of it.”', 'Ms Lind'],
    ['Varga said, “The port is open.” But added: “Not for long.”', 'Varga'],
    // Misses: a coordinator with its own subject, and no earlier speaker to go on from.
    ['Ms Lind insisted: “We have a good record.” And Varga replied: “Not at all.”', 'Varga'],
    ['And continued: “We can be proud of it.”', undefined],
  ]
  for (const [text, speaker] of cases) assert.equal(quotes(text).at(-1)?.speaker?.text, speaker, text)
})

test('gives a participle cue that opens the sentence to the subject after its comma ("Writing in the Herald, Varga outlined …")', () => {
  const cases: Array<[string, string | undefined]> = [
    ['Writing in the Vell Herald, Mr Varga outlined his view of the talks. “Arvenia wants peace, not trade.”', 'Mr Varga'],
    ['Commenting on the vote, the envoy quickly added that Belmora would wait.', 'the envoy'],
    // Misses: the main clause's own cue keeps its subject.
    ['Speaking to reporters in Vell, Lind said the port would open.', 'Lind'],
  ]
  for (const [text, speaker] of cases) assert.equal(quotes(text).at(-1)?.speaker?.text, speaker, text)
})

test('never reads a sentence-opening participle phrase as the speaker description of a frame ("Looking ahead to the vote, he pledged")', () => {
  const found = quotes('He spoke of the values that “most Arvenians hold dear”. Looking ahead to the coming vote, he pledged to “turn these beliefs into reality”.')
  assert.equal(found[0]?.speaker?.text, 'He')
  assert.equal(found[1]?.speaker?.text, 'he')
  // Miss: a capitalized name the tagger read as a verb still opens a description.
  assert.equal(quotes('“We will win,” Will Estrada, a Vell organizer, said.')[0]?.speaker?.text, 'Will Estrada, a Vell organizer')
})

test('reads a lead cue across a short prepositional adjunct before the comma or colon ("saying at one point, “…”")', () => {
  const cases: Array<[string, string | undefined]> = [
    ['Varga seemed to mock the plan, saying at one point, “The answer is not to yell.” But Lind, again, did not respond in kind.', 'Varga'],
    ['Lind responds to Varga with, “Why now?” Varga then writes back.', 'Lind'],
    // Misses: a verb inside the words between is no adjunct, and a frame right after the quotation still wins.
    ['Varga said Lind would come and, “Maybe not,” Lind replied.', 'Lind'],
  ]
  for (const [text, speaker] of cases) assert.equal(quotes(text).find((q) => q.text.startsWith('“'))?.speaker?.text, speaker, text)
})

test('gives a cue-less quotation with no earlier speaker nearby to the named person opening the sentence before it', () => {
  const lind = (text: string): Partial<Given> => person(text, 'Mara Lind', [], 'ARVGOV')
  const cases: Array<[string, string | undefined]> = [
    ['Mara Lind, attending a Vell trade conference, blamed the price swings on weak demand. “If we keep the limits, the market will settle.”', 'Mara Lind'],
    ['Mara Lind previously had doubts about the port. “We are looking at ten percent growth this year.”', 'Mara Lind'],
    // The sentence may end the paragraph before (since session 10).
    ['Mara Lind had doubts about the port.\n\n“We are looking at ten percent growth this year.”', 'Mara Lind'],
    // Misses: the person is not the sentence's subject, or two paragraphs lie between.
    ['Prices fell after Mara Lind spoke. “We are looking at ten percent growth this year.”', undefined],
    ['Prices fell after Mara Lind spoke.\n\n“We are looking at ten percent growth this year.”', undefined],
    ['Mara Lind had doubts about the port.\n\nThe port opened in May.\n\n“We are looking at ten percent growth this year.”', undefined],
  ]
  for (const [text, speaker] of cases) assert.equal(quotes(text, lind(text)).at(-1)?.speaker?.text, speaker, text)
})

test('gives a participle inside an opening prepositional or subordinate phrase to the subject after its comma ("After saying …, the envoy …")', () => {
  const cases: Array<[string, string | undefined]> = [
    ['After saying he was nervous, the envoy ended up asking about the port.', 'the envoy'],
    ['In addition to stating that the port is closed, Varga has argued for new talks.', 'Varga'],
    // Miss: a participle after the main clause keeps the main subject.
    ['The envoy left early, saying he was tired.', 'The envoy'],
  ]
  for (const [text, speaker] of cases) {
    const found = quotes(text).find((q) => /^(saying|stating)$/.test(q.cue?.text ?? ''))
    assert.equal(found?.speaker?.text, speaker, text)
  }
})

test('reads the noun before a past participle and a time word as the subject ("A news report published Wednesday said …")', () => {
  const cases: Array<[string, string | undefined]> = [
    ['A news report published Wednesday said Varga used a private account.', 'A news report'],
    ['The court document filed on Thursday says the envoy will not be charged.', 'The court document'],
    // Misses: a name before the verb is the subject itself, and a participle after a comma is an aside.
    ['Varga, surprised, said the port was open.', 'Varga'],
  ]
  for (const [text, speaker] of cases) assert.equal(quotes(text)[0]?.speaker?.text, speaker, text)
})

test('reads a subject noun the tagger took for a verb or adjective after its determiner ("the same polling/VERB suggests"), and "few/ADJ believe"', () => {
  const cases: Array<[string, string | undefined]> = [
    ['Recent polling shows that Varga is ahead.', 'Recent polling'],
    ['But the same polling suggests that Lind could win.', 'the same polling'],
    ['Another ranking says he is not rich.', 'Another ranking'],
    ['For instance, some analyses suggest that the port will close.', 'some analyses'],
    ['But few believe the talks can work.', 'few'],
    // Misses: a relative clause's verb before the cue is no noun, and nor is a verb after a name.
    ['The plan that passed says nothing about Vell.', undefined],
  ]
  for (const [text, speaker] of cases) assert.equal(quotes(text)[0]?.speaker?.text, speaker, text)
})

test('reads a gerund after a possessive pronoun as a noun inside a describing phrase ("people familiar with her thinking say")', () => {
  const cases: Array<[string, string | undefined]> = [
    ['People familiar with her thinking say she now accepts the plan.', 'People'],
    // Miss: a participle after a subject is still its verb.
    ['Varga, thinking of the port, said it would open.', 'Varga'],
  ]
  for (const [text, speaker] of cases) assert.equal(quotes(text)[0]?.speaker?.text, speaker, text)
})

test('keeps the common noun before a prepositional phrase as the head of the subject ("A spokesman for the ministry said")', () => {
  const cases: Array<[string, string | undefined]> = [
    ['A spokesman for the ministry said the talks failed.', 'A spokesman for the ministry'],
    ['The section on trade said reductions were possible.', 'The section on trade'],
    // Misses: a time phrase, and a noun that is an object of the verb before it.
    ['The envoy on Tuesday said the talks failed.', 'The envoy'],
    ['Lind met officials at the embassy and said the talks failed.', 'Lind'],
  ]
  for (const [text, speaker] of cases) assert.equal(quotes(text)[0]?.speaker?.text, speaker, text)
})

test('after a bare quoted phrase, gives a loose frame to the phrase after the description’s last comma ("the “prime” grades, it said")', () => {
  const cases: Array<[string, string | undefined]> = [
    ['Under the rules, the “good” grade has less fat than the “prime” grades, it said.', 'it'],
    ['Ministers believe this will be the “less painful” option, our correspondent added.', 'our correspondent'],
    // Miss: a quotation handed over with its comma keeps the whole description.
    ['“We will win,” Lind, a Vell Democrat said.', 'Lind, a Vell Democrat'],
  ]
  for (const [text, speaker] of cases) assert.equal(quotes(text).filter((q) => q.kind !== 'mixed' && q.kind !== 'indirect').at(-1)?.speaker?.text, speaker, text)
})

test('reads past a described inverted subject’s prepositional tail to the name after its comma ("said the general secretary of the union, Tomas Lind.")', () => {
  const cases: Array<[string, string | undefined]> = [
    ['“It is the best decision,” said the general secretary of the union Vell Unite, Tomas Lind.', 'Tomas Lind'],
    ['“It is hard to say,” said chief investment officer at Vell Asset Management, Tim Varga.', 'Tim Varga'],
    // Misses: a tail with a verb, and a description with no name after its comma.
    ['“It is hard to say,” said the officer who runs Vell Asset Management, Tim Varga.', 'the officer'],
    ['“Go,” said the envoy of Belmora, a veteran of the talks.', 'the envoy of Belmora'],
  ]
  for (const [text, speaker] of cases) assert.equal(quotes(text)[0]?.speaker?.text, speaker, text)
})

test('gives a quoted phrase governed by a verb coordinated with an earlier one to that verb’s person subject ("Lind derided and insulted “the left”")', () => {
  const cases: Array<[string, string | undefined]> = [
    ['Former Vell spokesman Robert Lind derided and insulted “the professional left” in March.', 'Former Vell spokesman Robert Lind'],
    // Miss: a coordinated verb with its own subject keeps that subject's reading.
    ['Robert Lind spoke and the crowd cheered “the professional left” in March.', undefined],
  ]
  for (const [text, speaker] of cases) {
    const given = person(text, 'Robert Lind', [], 'ARVGOV')
    assert.equal(quotes(text, given).at(-1)?.speaker?.text, speaker, text)
  }
})

test('gives a quoted phrase after "X’s answer was that" to the possessor ("Lind’s answer was that “…”")', () => {
  const cases: Array<[string, string | undefined]> = [
    ['Mara Lind’s answer was that “the port must stay open.”', 'Mara Lind’s'],
    // Miss: a thing's answer is no one's words.
    ['The report’s answer was that “the port must stay open.”', undefined],
  ]
  for (const [text, speaker] of cases) {
    const given = text.includes('Mara Lind') ? person(text, 'Mara Lind', [], 'ARVGOV') : {}
    assert.equal(quotes(text, given).at(-1)?.speaker?.text, speaker, text)
  }
})

test('reads "those who said" as the relative pronoun standing for "those"', () => {
  const cases: Array<[string, string | undefined]> = [
    ['Those who said trade was their top issue split evenly.', 'Those'],
    ['Among those who said they cared most about the port, most backed Lind.', 'those'],
    // Miss: "those" before another word is no antecedent of a later "who".
    ['Those voters said trade was their top issue.', 'Those voters'],
  ]
  for (const [text, antecedent] of cases) {
    const speaker = quotes(text)[0]?.speaker
    assert.equal(speaker?.reason?.endsWith(`→ ${antecedent ?? ''}`) === true || speaker?.text === antecedent, true, text)
  }
})

test('reads a percentage as the subject of a poll cue ("42% say they are liberal")', () => {
  const cases: Array<[string, string | undefined]> = [
    ['On economic issues, 42% say they are liberal.', '42%'],
    ['There is less consensus: 47% say Vell should send troops.', '47%'],
    // Miss: a percent sign after a word that is not a number is no phrase.
    ['Voters say the port should stay open.', 'Voters'],
  ]
  for (const [text, speaker] of cases) assert.equal(quotes(text)[0]?.speaker?.text, speaker, text)
})

test('keeps the subject of a state-of-mind participle after a be-form ("party bosses are worried that …"), but not of a passive cue', () => {
  const cases: Array<[string, string | undefined]> = [
    ['But party bosses are apparently so worried that Lind could be derailed.', 'party bosses'],
    // Miss: a true passive keeps no speaker.
    ['Lind was told that the port would close.', undefined],
  ]
  for (const [text, speaker] of cases) assert.equal(quotes(text)[0]?.speaker?.text, speaker, text)
})

test('never reads a loose frame whose description holds no noun or ends in a conjunction ("the “debt stack” confusing and called")', () => {
  const cases: Array<[string, string | undefined]> = [
    ['Ms. Lind found the “debt stack” confusing and called the venture a failure.', 'Ms. Lind'],
    // Miss: a description with a noun still frames the quotation.
    ['“We will win,” a spokesman for the council said.', 'a spokesman for the council'],
  ]
  for (const [text, speaker] of cases) assert.equal(quotes(text).find((q) => q.text.startsWith('“'))?.speaker?.text, speaker, text)
})

test('reads the subject before a "who" clause whose verb the tagger read as a noun ("economists who favor/NOUN taxes agree")', () => {
  const cases: Array<[string, string | undefined]> = [
    ['So even economists who favor consumption taxes agree that the change will be slow.', 'economists'],
    // Miss: with no relative pronoun the phrase before the cue stays.
    ['So even Vell economists agree that the change will be slow.', 'Vell economists'],
  ]
  for (const [text, speaker] of cases) assert.equal(quotes(text)[0]?.speaker?.text, speaker, text)
})

test('reads a capitalized word after an honorific as a name whatever its tag, and starts a speaker phrase at the honorific', () => {
  // The tagger reads "Cook" as a verb and "Prior" as an adverb; "the talks Mr Varga" is two phrases.
  const hits: Array<[string, string]> = [
    ['Mr. Cook told reporters it was not fair to Arvenia.', 'Mr. Cook'],
    ['Dr Prior remarks that the treaty is not fair to Belmora.', 'Dr Prior'],
    ['Mr Cook, who is giving evidence to the inquiry, told the radio the talks had failed.', 'Mr Cook'],
    ['Asked on Thursday about the talks Mr Varga told the radio: “We will sign.”', 'Mr Varga'],
  ]
  for (const [text, speaker] of hits) assert.equal(quotes(text)[0]?.speaker?.text, speaker, text)
  // Misses: a lower-case "lord" is no honorific, and a capitalized title before the honorific stays in the phrase.
  assert.equal(quotes('The plans were not a ploy, the lord chancellor has said.')[0]?.speaker?.text, 'the lord chancellor')
  assert.equal(quotes('Home Secretary Mr Varga said the plans were fair.')[0]?.speaker?.text, 'Home Secretary Mr Varga')
})

test('never reads a verb joined by a hyphen to the word before as a cue ("self-proclaimed", "so-called")', () => {
  const misses = ['The self-proclaimed “King of Vell,” perhaps the most famous singer of Arvenia, is moving to Belmora.', 'The so-called “peace plan” was rejected by Belmora on Monday.']
  for (const text of misses) {
    const found = quotes(text)[0]
    assert.equal(found?.cue, null, text)
    assert.equal(found?.speaker, null, text)
  }
  // Hit: the same verb standing alone is still a cue.
  assert.equal(quotes('Varga proclaimed that Arvenia would never sign.')[0]?.cue?.text, 'proclaimed')
})

test('gives an infinitive cue after a control verb to a lone quantifier object ("led some to speculate")', () => {
  const found = quotes('The abrupt announcement led some to speculate that the talks with Belmora had failed.')
  assert.equal(found[0]?.speaker?.text, 'some')
  // Miss: with no control verb the quantifier is no object ("hoped some day to say").
  assert.notEqual(quotes('The envoy hoped some day to declare that the talks were over.')[0]?.speaker?.text, 'some')
})

test('skips a place word or an emphatic pronoun between a subject noun and its cue ("Belmora itself said", "officials there say")', () => {
  const hits: Array<[string, string]> = [
    ['Belmora itself said the deal was on.', 'Belmora'],
    ['Her campaign workers here said they had been working the state since spring.', 'Her campaign workers'],
    ['Arvenian officials there say the border will stay open.', 'Arvenian officials'],
  ]
  for (const [text, speaker] of hits) assert.equal(quotes(text)[0]?.speaker?.text, speaker, text)
  // Miss: "there" after an adjective ends the reported clause; the speaker is the name after the comma.
  assert.equal(quotes('The border will stay open there, Varga said.')[0]?.speaker?.text, 'Varga')
})

test('reads a sentence-opening participle cue past a quotation and an adverb aside to the subject after its comma', () => {
  const text = 'Acknowledging that Lind “says a lot of odd things,” though, Varga did suggest that the talks would go on.'
  const found = quotes(text)
  assert.equal(found[0]?.cue?.text, 'Acknowledging')
  assert.equal(found[0]?.speaker?.text, 'Varga')
  // Miss: with no subject after the comma ("there is") the participle keeps none.
  const bare = quotes('Acknowledging that Lind “says a lot of odd things,” though, there is hope.')
  assert.equal(bare[0]?.speaker, null)
})

test('frames a quotation with a listed cue before a conditional or time clause, not with the unlisted verb inside it', () => {
  const hits: Array<[string, string]> = [
    ['He said if a trade bill was enacted, “we will impose taxes on a lot of Arvenian goods.”', 'He'],
    ['Varga initially said in the spring, when the story broke, “I did not send any secret material.”', 'Varga'],
  ]
  for (const [text, speaker] of hits) {
    const found = quotes(text)[0]
    assert.equal(found?.cue?.text, 'said', text)
    assert.equal(found?.speaker?.text, speaker, text)
  }
  // Miss: with no listed cue before the clause the unlisted verb still frames the quotation.
  assert.equal(quotes('When the story broke, Varga shot back, “I did not send any secret material.”')[0]?.cue?.text, 'shot back')
})

test('gives “quoted … as saying” to the one quoted: the object of an active verb, the subject of a passive one', () => {
  const hits: Array<[string, string]> = [
    ['The agency quoted an Arvenian soldier as saying that the rain had stopped the enemy.', 'an Arvenian soldier'],
    ['He was quoted by the Vell agency as saying that Arvenia would pay its debts.', 'He'],
    ['The minister was widely quoted as saying the war was over.', 'The minister'],
    ['It quoted a joint statement by the Arvenian army as saying that the war was over.', 'a joint statement by the Arvenian army'],
    ['The Vell statement quoted the envoy as saying, “We welcome the talks.”', 'the envoy'],
  ]
  for (const [text, speaker] of hits) assert.equal(quotes(text)[0]?.speaker?.text, speaker, text)
  // Misses: the agent after "by" never speaks, and "as saying" with no form of "quote" keeps its old reading.
  assert.notEqual(quotes('He was quoted by the Vell agency as saying that Arvenia would pay its debts.')[0]?.speaker?.text, 'the Vell agency')
  const described = quotes('The envoy was described by aides as saying that the war was over.')[0]
  assert.notEqual(described?.speaker?.reason, 'the one quoted as saying')
})

test('reads a naming participle set off by a comma with the name right after it as no cue (“a new screen, dubbed a “…””)', () => {
  const misses = [
    'Belmora also has a new port, dubbed a “gateway to the east,” which opened on Monday.',
    'The plan, called “Way Forward”, is the work of the Arvenian envoy.',
    'Border stations, commonly called “green points,” have been closed since March.',
    'The response to the crisis, dubbed “Portgate” by the press, was slow.',
  ]
  for (const text of misses) {
    const found = quotes(text)[0]
    assert.equal(found?.cue, null, text)
    assert.equal(found?.speaker, null, text)
  }
  // Hits: an active verb with a complement after the quotation, or after an apposition closing on a name, still speaks.
  const hits: Array<[string, string]> = [
    ['Tomas Varga, the former diplomat, called “the talks” a farce.', 'Tomas Varga'],
    ['It was what Mara Lind, the treasurer of the campaign, called “hand-to-hand combat.”', 'Mara Lind'],
  ]
  for (const [text, speaker] of hits) assert.equal(quotes(text)[0]?.speaker?.text, speaker, text)
})

test('gives a passive cue before a colon no speaker: the one asked does not speak (“Varga was asked: “…””)', () => {
  const asked = quotes('Wheelchair user Tomas Varga was asked: “Why on earth do you want the envoys of Belmora here?”')[0]
  assert.equal(asked?.speaker, null)
  // Hit kept: an active verb before the colon with no subject of its own still gives the clause's subject.
  assert.equal(quotes('Lind has since apologized for what happened: “It was a mistake.”')[0]?.speaker?.text, 'Lind')
})

test('reads the subject before a colon past a prepositional phrase: “His message to the envoy was: “…”” is his, not the envoy’s', () => {
  assert.equal(quotes('His message to the envoy was: “Please do not give it away.”')[0]?.speaker?.text, 'His message')
  // Hit kept: a plain subject before the colon.
  assert.equal(quotes('Tomas Varga continued: “We will not sign.”')[0]?.speaker?.text, 'Tomas Varga')
})

test('never frames a quotation with a cue set off by commas before the predicate of the next clause', () => {
  const found = quotes('“We failed the families of Arvenia.” The rebels, he said, can win the vote without help.')
  assert.notEqual(found[0]?.speaker?.text, 'The rebels, he')
  assert.equal(found[1]?.speaker?.text, 'he')
  assert.equal(found[1]?.kind, 'indirect')
  // Hit kept: a loose frame with nothing after the cue still frames the quotation.
  assert.equal(quotes('“We failed the families of Arvenia.” The envoy, a veteran, said.')[0]?.speaker?.text, 'The envoy')
})

test('reads a quotation nested in curly double marks as part of the outer quotation, which keeps its speaker', () => {
  const text = '“Lind’s claim that Vell “wants no deal” shows he has no clue,” wrote Tomas Varga, head of the Arvenia League.'
  const found = quotes(text)
  assert.equal(found.length, 1)
  assert.equal(found[0]?.kind, 'direct')
  assert.equal(found[0]?.content.text, 'Lind’s claim that Vell “wants no deal” shows he has no clue')
  assert.equal(found[0]?.speaker?.text, 'Tomas Varga')
  // Miss: a quotation that opens again before the first one closes keeps the first one cut and unclosed.
  const cut = quotes('“It is unusual “Vell” said Varga. “Yes.”')
  assert.deepEqual(cut.map((q) => q.content.text), ['It is unusual', 'Vell', 'Yes.'])
})

test('gives a quotation no rule claims to a person or organization named as its source right after it', () => {
  const hits: Array<[string, string, string]> = [
    ['“Borders are for cowards.” That quote from Tomas Varga appeared in every paper in Vell.', 'Tomas Varga', 'direct'],
    ['The harbor is busy. The “nine in ten” figure came from Tomas Varga, who runs it.', 'Tomas Varga', 'partial'],
  ]
  for (const [text, speaker, kind] of hits) {
    const found = quotes(text, person(text, 'Tomas Varga', [], 'ARVGOV'))
    assert.equal(found[0]?.speaker?.text, speaker, text)
    assert.equal(found[0]?.speaker?.reason, 'source named after the quotation', text)
    assert.equal(found[0]?.kind, kind, text)
  }
  const misses = [
    // Not a person or organization: a place the phrase came from.
    'The “open door” idea came from Belmora long ago.',
    // No quotation noun before a bare `from`.
    '“Borders are for cowards.” The ships from Tomas Varga sailed on.',
    // The next paragraph is another story.
    '“Borders are for cowards.”\n\nThat quote from Tomas Varga appeared later.',
  ]
  for (const text of misses) {
    const found = quotes(text, text.includes('Tomas Varga') ? person(text, 'Tomas Varga', [], 'ARVGOV') : {})
    assert.notEqual(found[0]?.speaker?.reason, 'source named after the quotation', text)
  }
})
