import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { EntityType } from '../../core/index.js'
import type { Candidate } from './candidates.js'
import { loadNerLexicon } from './resources.js'
import { buildRuleLexicon } from './rules.js'
import { retypeTitleQualifier } from './title-qualifiers.js'

const lex = buildRuleLexicon(loadNerLexicon())

/** The type `retypeTitleQualifier` gives a model span over `name` in `sentence` (space-separated words). */
function typeOf(sentence: string, name: string, type: EntityType = 'PERSON', source: Candidate['source'] = 'model'): EntityType {
  const tagged = sentence.split(' ')
  const words = tagged.map((w) => w.split('/')[0] ?? '')
  // Words may carry their part of speech ("home/NOUN"); others count as verbs.
  const pos = tagged.map((w) => w.split('/')[1] ?? 'VERB')
  const nameWords = name.split(' ')
  const first = words.findIndex((_, k) => nameWords.every((w, j) => words[k + j] === w))
  assert.ok(first >= 0, `${name} not in ${sentence}`)
  return retypeTitleQualifier({ first, last: first + nameWords.length - 1, type, source }, words, pos, lex).type
}

test('makes a one-word person before a lowercase title an organisation, and leaves others alone', () => {
  const cases: Array<[sentence: string, name: string, expected: EntityType, type?: EntityType, source?: Candidate['source']]> = [
    ['Vellist leader Dorvo Kessel spoke .', 'Vellist', 'ORG'],
    ['the Vellist chairman resigned .', 'Vellist', 'ORG'],
    ['Kessel spoke to the leader .', 'Kessel', 'PERSON'],
    ['the Vellist plans failed .', 'Vellist', 'PERSON'],
    ['Kessel , leader of the party , spoke .', 'Kessel', 'PERSON'],
    ['Vellist Leader Dorvo Kessel spoke .', 'Vellist', 'PERSON'],
    ['Vellist leader Dorvo Kessel spoke .', 'Vellist', 'PERSON', 'PERSON', 'dictionary'],
    ['Vellist leader Dorvo Kessel spoke .', 'Vellist', 'NORP', 'NORP'],
    ['Vell Dem leader Dorvo Kessel spoke .', 'Vell Dem', 'ORG'],
    ['Vell Dem home/NOUN affairs/NOUN spokesman Dorvo Kessel spoke .', 'Vell Dem', 'ORG'],
    ['Vell Dem home/NOUN affairs/NOUN policy/NOUN spokesman spoke .', 'Vell Dem', 'PERSON'],
    ['Dorvo Kessel said the leader was wrong .', 'Dorvo Kessel', 'PERSON'],
    ['Dorvo Kessel Tamm leader spoke .', 'Dorvo Kessel Tamm', 'PERSON'],
  ]
  for (const [sentence, name, expected, type, source] of cases) assert.equal(typeOf(sentence, name, type, source), expected, `${name} in ${sentence}`)
})
