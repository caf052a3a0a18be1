// Tests for interview and transcript layouts (quotes round 13): labelled turns, questions and answers, and refusals to comment.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Quote } from '../../core/index.js'
import { personLayers } from './fixtures/person-layers.js'
import { runQuotes, type ProvidedLayers } from './test-quotes.js'

/** Each quote as [content, speaker as written, cue]. */
const turns = (found: readonly Quote[]): Array<[string, string | undefined, string | undefined]> =>
  found.map((q) => [q.content.text, q.speaker?.text, q.cue?.text])

/** The layers of one person named at the first occurrence of `name` in `text`. */
function personAt(text: string, name: string): ProvidedLayers {
  const start = text.indexOf(name)
  return personLayers(text, [{ start, end: start + name.length }], 'ARV', 'name')
}

const layouts: ReadonlyArray<[string, string, Array<[string, string]>]> = [
  // [case, text, [content, speaker] of every quote]
  [
    'repeated labels in capitals',
    'Border Talks\n\nThe following is an edited transcript.\n\nHERALD: Minister, is the treaty dead?\n\nLIND: No. The treaty is alive.\n\nHERALD: What changed?\n\nLIND: Belmora agreed to the survey.',
    [
      ['Minister, is the treaty dead?', 'HERALD'],
      ['No. The treaty is alive.', 'LIND'],
      ['What changed?', 'HERALD'],
      ['Belmora agreed to the survey.', 'LIND'],
    ],
  ],
  [
    'honorifics before labels in capitals',
    'Envoy Questioned\n\nThe committee met on Tuesday.\n\nMr. DORN: Did you tell the president?\n\nMs. VARGA: He knew everything.',
    [
      ['Did you tell the president?', 'Mr. DORN'],
      ['He knew everything.', 'Ms. VARGA'],
    ],
  ],
  [
    'an aside in brackets and a description after a comma',
    'Port Row\n\nThe ministers spoke on Friday.\n\nVARGA (to reporters): There will be no talks.\n\nANA LIND, Belmoran envoy: Belmora remains ready to talk.',
    [
      ['There will be no talks.', 'VARGA'],
      ['Belmora remains ready to talk.', 'ANA LIND'],
    ],
  ],
  [
    'a party tag in brackets, a quoted answer and a title in capitals',
    'Deal Hearing\n\nA partial transcript follows.\n\nSEN. TOMAS VARGA (R-Vell): Did you brief the president?\n\nAMBASSADOR LIND: “I briefed him every week.”\n\nSEN. VARGA: And he approved the deal?\n\nTHE CHAIRMAN: We will take a short recess.',
    [
      ['Did you brief the president?', 'SEN. TOMAS VARGA'],
      ['I briefed him every week.', 'AMBASSADOR LIND'],
      ['And he approved the deal?', 'SEN. VARGA'],
      ['We will take a short recess.', 'THE CHAIRMAN'],
    ],
  ],
  [
    'repeated labels in title case',
    'Envoy Interview\n\nExcerpts follow.\n\nOstra Daily: When will the talks resume?\n\nVarga: In May, if the weather allows.\n\nOstra Daily: Is Arvenia sincere?\n\nVarga: We have no reason to doubt them.',
    [
      ['When will the talks resume?', 'Ostra Daily'],
      ['In May, if the weather allows.', 'Varga'],
      ['Is Arvenia sincere?', 'Ostra Daily'],
      ['We have no reason to doubt them.', 'Varga'],
    ],
  ],
  [
    'an interviewer label and a label in capitals met once',
    'Summit Ends\n\nThe two leaders spoke after the summit.\n\nPRESIDENT VARGA: We agreed on a timetable.\n\nREPORTER: Will the ships leave?\n\nVARGA: They will leave by the end of the month.',
    [
      ['We agreed on a timetable.', 'PRESIDENT VARGA'],
      ['Will the ships leave?', 'REPORTER'],
      ['They will leave by the end of the month.', 'VARGA'],
    ],
  ],
]

for (const [name, text, expected] of layouts) {
  test(`reads each labelled turn of a transcript as a direct quote by its label: ${name}`, () => {
    const found = runQuotes(text)
    assert.deepEqual(
      found.map((q) => [q.content.text, q.speaker?.text]),
      expected,
    )
    for (const q of found) assert.deepEqual([q.kind, q.cue?.text], ['direct', ':'])
  })
}

const notTurns: ReadonlyArray<[string, string]> = [
  // [case, text]: no quote is found in any of them.
  ['notes and updates', 'Budget Gap\n\nNOTE: Figures are in millions of marks.\n\nUPDATE: The ministry revised the figures on Friday.'],
  ['a quarter and its figures', 'Budget Gap\n\nQ3: Revenue fell 4% from a year earlier.\n\nQ4: Revenue rose again as exports grew.'],
  ['a dateline opening the story and a section label', 'Envoy Recalled\n\nOSTRA: Belmora recalled its envoy on Sunday.\n\nBackground: The two countries have long disputed the river.'],
  ['section heads in title case met once', 'Where They Stand\n\nVarga: Keep the port open to all ships.\n\nLind: Close the port until the survey ends.'],
  ['line-ups after repeated labels', 'Cup Final\n\nThe teams were as follows.\n\nSubs: Marsh, Dorn, Keel, Varga.\n\nSubs: Lind, Ostrov, Tamm.'],
  ['tallies after names', 'Delegate Count\n\nVARGA: 1,769.\n\nLIND: 1,501.\n\nVARGA: 547.'],
  ['two labels in capitals met once each, with nothing else to tell they speak', 'Border Talks\n\nHERALD: Minister, is the treaty dead?\n\nLIND: No. The treaty is alive.'],
]

for (const [name, text] of notTurns) {
  test(`finds no transcript turn in label-like lines that are no speech: ${name}`, () => {
    assert.deepEqual(turns(runQuotes(text)), [])
  })
}

test('keeps a place in capitals before a colon out of a transcript as a dateline', () => {
  const text = 'Envoy Recalled\n\nVELL: Belmora recalled its envoy.\n\nARVENIA: The ministry urged calm.\n\nVARGA: We will stay calm.'
  const start = text.indexOf('ARVENIA')
  const place = personLayers(text, [{ start, end: start + 'ARVENIA'.length }], 'ARV', 'name', 'GPE')
  assert.deepEqual(turns(runQuotes(text, place)), [])
})

test('gives a quoted answer to its label, resolved to the interviewee the introduction names, and a quoted question to its label', () => {
  const text =
    'Sanctions Stay\n\nBelmoran trade minister Tomas Varga spoke to Vell Radio on Monday.\n\nQ: “Are the sanctions working?”\n\nA: “They are working, and we will keep them.”'
  const layers = personAt(text, 'Tomas Varga')
  const found = runQuotes(text, layers)
  const question = found.find((q) => q.content.text === 'Are the sanctions working?')
  const answer = found.find((q) => q.content.text === 'They are working, and we will keep them.')
  assert.deepEqual([question?.kind, question?.speaker?.text, question?.speaker?.entityId], ['direct', 'Q', undefined])
  assert.deepEqual([answer?.kind, answer?.speaker?.text, answer?.speaker?.entityId], ['direct', 'A', layers.entities[0]?.id])
})

test('takes the interviewee after the reporter the introduction names first', () => {
  const text = 'Port Interview\n\nVell Herald reporter Pol Dorn spoke with Ana Lind on Monday.\n\nQ: “Will the port reopen?”\n\nA: “Only when the ships leave.”'
  const reporter = personAt(text, 'Pol Dorn')
  const minister = personAt(text, 'Ana Lind')
  const layers: ProvidedLayers = {
    entities: [...reporter.entities, ...minister.entities],
    mentions: [...reporter.mentions, ...minister.mentions],
    clusters: [...reporter.clusters, ...minister.clusters],
    actors: [...reporter.actors, ...minister.actors],
    events: [],
  }
  const answer = runQuotes(text, layers).find((q) => q.content.text === 'Only when the ships leave.')
  assert.deepEqual([answer?.speaker?.text, answer?.speaker?.entityId], ['A', minister.entities[0]?.id])
})

test('resolves "I" in an unquoted answer to the interviewee, and adds no quote of its own for a question or an answer', () => {
  const text =
    'Rates Interview\n\nCentral bank governor Ana Lind spoke to the Vell Herald.\n\nQ. Will you raise rates again?\n\nA. I expect inflation to fall by the end of the year.\n\nQ: When?\n\nA: Soon.'
  const layers = personAt(text, 'Ana Lind')
  const found = runQuotes(text, layers)
  assert.deepEqual(turns(found), [['inflation to fall by the end of the year', 'I', 'expect']])
  assert.equal(found[0]?.speaker?.entityId, layers.entities[0]?.id)
})

test('resolves "I" in an answer running on over unlabelled paragraphs to the interviewee, up to the next question only', () => {
  const text =
    'Port Interview\n\nForeign Minister Ana Lind spoke to the Vell Herald.\n\nQ: Will the port reopen?\n\nA: Not this month.\n\nI think the ships will leave in June.\n\nQ: And the talks?\n\nA: They go on.\n\nI believe the editor cut this part.'
  const layers = personAt(text, 'Ana Lind')
  const found = runQuotes(text, layers)
  assert.deepEqual(
    found.map((q) => [q.content.text, q.speaker?.text, q.speaker?.entityId]),
    [
      ['the ships will leave in June', 'I', layers.entities[0]?.id],
      // Miss: after the last turn the story may go on in the writer's own voice.
      ['the editor cut this part', 'I', undefined],
    ],
  )
})

test('still gives "I" after a single label in capitals to that label, and never to a note', () => {
  assert.deepEqual(turns(runQuotes('Lind Interview\n\nFALLIN: I think he is trying to campaign as a healer.')), [
    ['he is trying to campaign as a healer', 'FALLIN', 'think'],
  ])
  assert.deepEqual(turns(runQuotes('Lind Interview\n\nNOTE: I think the figures are wrong.')), [['the figures are wrong', 'I', 'think']])
})

const refusals: ReadonlyArray<[string, string, Array<[string, string | undefined]>]> = [
  // [case, text, [content, speaker] of every quote]
  ['a refusal after a quotation closed by a full stop', 'Lind said the port would reopen. “It is a question of weeks.” Varga declined to comment.', [
    ['the port would reopen', 'Lind'],
    ['It is a question of weeks.', 'Lind'],
  ]],
  ['a refusal with a description between commas', '“We are reviewing the situation.” Pol Dorn, the director, declined to comment.', [['We are reviewing the situation.', undefined]]],
  ['a refusal with no "to"', 'Lind said the port would reopen. “It is a question of weeks.” Varga declined comment.', [
    ['the port would reopen', 'Lind'],
    ['It is a question of weeks.', 'Lind'],
  ]],
  ['a refusal to comment on a topic', 'Varga refused to comment on the report. “We never discuss the navy,” his spokesman said.', [['We never discuss the navy', 'his spokesman']]],
  // Misses: a refusal that goes on to speak, and a refused cue that still reports a clause.
  ['a refusal and a participle that quotes', 'Varga declined to comment, saying “the matter is before the courts.”', [['the matter is before the courts.', 'Varga']]],
  ['a refusal to say followed by a clause', 'Lind refused to say in an interview that Varga was lying.', [['that Varga was lying', 'Lind']]],
]

for (const [name, text, expected] of refusals) {
  test(`reads a refusal to comment as no report and no frame for a quotation: ${name}`, () => {
    assert.deepEqual(
      runQuotes(text).map((q) => [q.content.text, q.speaker?.text]),
      expected,
    )
  })
}

const headlines: ReadonlyArray<[string, string, string | undefined]> = [
  // [case, headline, speaker of a headline statement]
  ['an interview headline', 'Interview: Belmora’s central bank governor on rates', undefined],
  ['a transcript headline', 'Transcript: the Arvenian foreign minister on the talks', undefined],
  ['a background headline', 'Background: why the river border is disputed', undefined],
  // Miss: a name before the colon still speaks.
  ['a speaker headline', 'Lind: Arvenia will not give up the port', 'Lind'],
]

for (const [name, headline, speaker] of headlines) {
  test(`reads a label before a headline's colon as a speaker only when it is no section label: ${name}`, () => {
    const found = runQuotes(`${headline}\n\nThe talks resumed on Monday.`)
    assert.equal(found[0]?.speaker?.text, speaker)
  })
}
