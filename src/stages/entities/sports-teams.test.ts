import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { EntityType } from '../../core/index.js'
import type { EntityName } from './index.js'
import { entityFinder } from './test-entities.js'
import { countriesByDemonym, isSportHeadline, isSportsText, loadSportsLexicon } from './sports-lexicon.js'

// Invented countries (with their peoples, so they stay countries) and invented cities.
const names: EntityName[] = [
  { text: 'Arvenia', type: 'GPE' },
  { text: 'Arvenian', type: 'NORP' },
  { text: 'Belmora', type: 'GPE' },
  { text: 'Belmoran', type: 'NORP' },
  { text: 'Kessaville', type: 'GPE' },
  { text: 'Dorran', type: 'GPE' },
  { text: 'Vellport', type: 'GPE' },
  { text: 'Amselford', type: 'GPE' },
  { text: 'Tarnby', type: 'GPE' },
  { text: 'Carolina', type: 'GPE' },
]

const entitiesOf = entityFinder(names)

// Enough sports words for the document signal; the sentence under test comes first.
const MATCH_REPORT =
  'The striker scored the winning goal in the second half of the league match, and the coach praised the defenders. ' +
  'The midfielder was booked before halftime, and the goalkeeper saved a penalty late in the game.'

const hits: Array<[string, string, string, EntityType]> = [
  ['types both sides of a score line as teams', 'Vellport beat Amselford 2-1 on Saturday.', 'Amselford', 'ORG'],
  ['types the winner of a score line as a team', 'Vellport beat Amselford 2-1 on Saturday.', 'Vellport', 'ORG'],
  ['reads a score written with spaces', 'Tarnby drew 1 - 1 with Kessaville.', 'Tarnby', 'ORG'],
  ['types the side drawn with as a team', 'Tarnby drew 1 - 1 with Kessaville.', 'Kessaville', 'ORG'],
  ['keeps a team name with a team word whole', 'Kessaville Rovers were beaten at home.', 'Kessaville Rovers', 'ORG'],
  ['keeps a team name with a team word before it whole', 'Dynamo Dorran signed a new striker.', 'Dynamo Dorran', 'ORG'],
  ['types a city team name on evidence', 'The keeper was outstanding against Dorran City last week.', 'Dorran City', 'ORG'],
  ['types a place before a team role as a team', 'Vellport manager Tomas Kessel was pleased.', 'Vellport', 'ORG'],
  ['types a place before a possessive player as a team', "Amselford's Tomas Kessel scored twice.", 'Amselford', 'ORG'],
  ['types the side played at home to as a team', 'The champions were held at home to Tarnby.', 'Tarnby', 'ORG'],
  ['types the side lost to as a team', 'The champions lost to Tarnby in the cup.', 'Tarnby', 'ORG'],
  ['types a place with a plural verb as a team', 'Dorran have won four games in a row.', 'Dorran', 'ORG'],
  ['types a city and a plural noun as a franchise', 'The Kessaville Hawks won again at home.', 'Kessaville Hawks', 'ORG'],
  ['types the rivals after a qualifying place as a team', 'It was a fifth win over Vellport rivals Tarnby.', 'Tarnby', 'ORG'],
  ['types a place before its possessive result as a team', "Kessaville's 3-1 win lifted them to second.", 'Kessaville', 'ORG'],
  ['types a franchise named after a place that is also a given name', 'The Carolina Hurricanes won again at home.', 'Carolina Hurricanes', 'ORG'],
  ['takes a franchise named after a bay whole', 'The Kessaville Bay Hawks beat the visitors 7-4.', 'Kessaville Bay Hawks', 'ORG'],
  ['types a team elsewhere in the same document as a team', 'Vellport beat Amselford 2-1. Fans of Vellport celebrated.', 'Vellport', 'ORG'],
]

for (const [name, sentence, span, type] of hits) {
  test(name, () => {
    const found = entitiesOf(`${sentence} ${MATCH_REPORT}`)
    assert.ok(found.some(([t, y]) => t === span && y === type), JSON.stringify(found))
  })
}

const misses: Array<[string, string, string, EntityType]> = [
  ['keeps a national team named by its country a country', 'Arvenia beat Belmora 2-1 on Saturday.', 'Arvenia', 'GPE'],
  ['keeps the other national team a country', 'Arvenia beat Belmora 2-1 on Saturday.', 'Belmora', 'GPE'],
  ['keeps a venue a place', 'Vellport beat Amselford 2-1 at Kessaville on Saturday.', 'Kessaville', 'GPE'],
  ['keeps a real country a country', 'Japan beat China 2-1 in the final.', 'Japan', 'GPE'],
  ['keeps a player who beat another player a person', 'Tomas Kessel beat Marek Dovan 6-3 6-4 in the final.', 'Marek Dovan', 'PERSON'],
  ['keeps a place that qualifies the rivals after it a place', 'It was a fifth win over Vellport rivals Tarnby.', 'Vellport', 'GPE'],
  ['keeps a place qualifying the players beaten a place', 'The pair beat Vellport Olympic champions Tomas Kessel and Marek Dovan.', 'Vellport', 'GPE'],
  ['keeps a place someone went home to a place', 'He went all the way home to Tarnby after the game.', 'Tarnby', 'GPE'],
  ['keeps a city that beat out others to host the games a place', 'Vellport beat out Amselford and Tarnby to host the games.', 'Vellport', 'GPE'],
  ['keeps the places of a venue list places', 'Vellport beat Tarnby 2-1. He has run in Amselford, Kessaville and Dorran.', 'Kessaville', 'GPE'],
]

for (const [name, sentence, span, type] of misses) {
  test(name, () => {
    const found = entitiesOf(`${sentence} ${MATCH_REPORT}`)
    assert.ok(found.some(([t, y]) => t === span && y === type), JSON.stringify(found))
  })
}

const politics: Array<[string, string, string, EntityType]> = [
  ['leaves a place that beat another in political text a place', 'Vellport beat Amselford in the vote on the new budget.', 'Vellport', 'GPE'],
  ['leaves a place before numbers in political text a place', 'Kessaville 12 7 3 2 were the district results announced by the ministry.', 'Kessaville', 'GPE'],
  ['leaves a score-like vote in political text alone', 'The council of Dorran voted 5-4 to approve the plan.', 'Dorran', 'GPE'],
]

for (const [name, text, span, type] of politics) {
  test(name, () => {
    const found = entitiesOf(`${text} The minister said the government would consult parliament before the election.`)
    assert.ok(found.some(([t, y]) => t === span && y === type), JSON.stringify(found))
  })
}

test('types both sides of a results line under a wire sport headline as teams', () => {
  const found = entitiesOf('SOCCER - LEAGUE RESULTS\nVellport 2 Amselford 1\nTarnby 0 Dorran 3\n')
  for (const team of ['Vellport', 'Amselford', 'Tarnby', 'Dorran']) {
    assert.ok(found.some(([t, y]) => t === team && y === 'ORG'), `${team}: ${JSON.stringify(found)}`)
  }
})

test('types the names of a league table as teams', () => {
  const found = entitiesOf('CRICKET - COUNTY TABLE\nVellport 12 7 3 2 118\nAmselford 12 6 4 2 104\n')
  for (const team of ['Vellport', 'Amselford']) {
    assert.ok(found.some(([t, y]) => t === team && y === 'ORG'), `${team}: ${JSON.stringify(found)}`)
  }
})

test('types a club named by a common word opening a table row as a team', () => {
  const found = entitiesOf('SOCCER - LEAGUE TABLE\nHarbour 28 20 8 0 58 19 68\nVellport 28 19 4 5 52 21 61\n')
  for (const team of ['Harbour', 'Vellport']) {
    assert.ok(found.some(([t, y]) => t === team && y === 'ORG'), `${team}: ${JSON.stringify(found)}`)
  }
})

test('types both sides of a results line with scorers in brackets and ranked table rows as teams', () => {
  const found = entitiesOf(
    'SOCCER - LEAGUE RESULTS\nVellport 2 ( Varga 30 , Dovan 70 ) Amselford 1 ( Kessel 50 )\nStandings :\n1. Tarnby 12 7 3 2 20 10 24\n',
  )
  for (const team of ['Vellport', 'Amselford', 'Tarnby']) {
    assert.ok(found.some(([t, y]) => t === team && y === 'ORG'), `${team}: ${JSON.stringify(found)}`)
  }
})

test('types a side with its innings as a team', () => {
  const found = entitiesOf('CRICKET - COUNTY SCORES\nTarnby 210 and 45-2 ; Dorran 301 ( R. Varga 88 ) .\n')
  for (const team of ['Tarnby', 'Dorran']) {
    assert.ok(found.some(([t, y]) => t === team && y === 'ORG'), `${team}: ${JSON.stringify(found)}`)
  }
})

test('splits a capitals fixture headline into its two sides', () => {
  const found = entitiesOf(`CRICKET - ARVENIA V VELLPORT XI SCOREBOARD\nArvenia beat the Vellport XI by six wickets. ${MATCH_REPORT}`)
  assert.ok(found.some(([t, y]) => t === 'ARVENIA' && y === 'GPE'), JSON.stringify(found))
  assert.ok(!found.some(([t]) => t.includes(' V ')), JSON.stringify(found))
})

test('types a county named with a place ending that beat another as a team', () => {
  const found = entitiesOf(`Kessashire beat Tarnby by six wickets. ${MATCH_REPORT}`)
  assert.ok(found.some(([t, y]) => t === 'Kessashire' && y === 'ORG'), JSON.stringify(found))
})

test('reads a wire sport headline only in capitals before a dash', () => {
  const lexicon = loadSportsLexicon()
  const table: Array<[string[], boolean]> = [
    [['SOCCER', '-', 'LEAGUE', 'RESULTS'], true],
    [['ICE', 'HOCKEY', '-', 'RESULTS'], true],
    [['Soccer', '-', 'results'], false],
    [['POLITICS', '-', 'VOTE'], false],
  ]
  for (const [words, expected] of table) assert.equal(isSportHeadline(words, lexicon), expected, words.join(' '))
})

test('tells sports text from political text by its share of sports words', () => {
  const lexicon = loadSportsLexicon()
  const words = (text: string): string[][] => [text.split(' ')]
  assert.equal(isSportsText(words(MATCH_REPORT), lexicon), true)
  assert.equal(isSportsText(words('The minister won the vote and said the victory was a win for the government.'), lexicon), false)
})

test('finds the countries of a names list by their peoples', () => {
  const list = [
    { text: 'Arvenia', type: 'GPE' },
    { text: 'Arvenian', type: 'NORP' },
    { text: 'Kessaville', type: 'GPE' },
    { text: 'Dorrania', type: 'GPE' },
    { text: 'Dorranese', type: 'NORP' },
  ]
  assert.deepEqual(countriesByDemonym(list), ['arvenia', 'dorrania'])
})
