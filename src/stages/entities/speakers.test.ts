import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { EntityType } from '../../core/index.js'
import type { Candidate } from './candidates.js'
import { loadNerLexicon } from './resources.js'
import { buildRuleLexicon } from './rules.js'
import { retypeSpeaker } from './speakers.js'

const lex = buildRuleLexicon(loadNerLexicon())
const knownNames = new Map<string, EntityType>([
  ['Arvenian', 'NORP'],
  ['V.R.', 'GPE'],
])

/** Retypes the model ORG spanning `name` (space-separated words) in `sentence`. */
function retypedAs(sentence: string, name: string, type: EntityType = 'ORG'): EntityType {
  const words = sentence.split(' ')
  const nameWords = name.split(' ')
  const first = words.findIndex((_, k) => nameWords.every((w, j) => words[k + j] === w))
  assert.ok(first >= 0, `${name} not in ${sentence}`)
  const c: Candidate = { first, last: first + nameWords.length - 1, type, source: 'model' }
  const known = (a: number, b: number): EntityType | undefined => (a === b ? knownNames.get(words[a] ?? '') : undefined)
  const common = new Set(['federal', 'reserve', 'protect', 'journalists', 'the', 'said'])
  return retypeSpeaker(c, words, lex, known, (w) => common.has(w)).type
}

const cases: Array<[string, string, string, EntityType]> = [
  ['makes a two-word name after "according to" a person', 'the talks failed , according to Lida Marosh .', 'Lida Marosh', 'PERSON'],
  ['makes a three-word name before "said" a person', 'Ivo Ran Delko said the talks failed .', 'Ivo Ran Delko', 'PERSON'],
  ['keeps a name with an organisation head word an organisation', 'the Green Party said it would vote .', 'Green Party', 'ORG'],
  ['keeps a company named with its form an organisation', 'Dorvo Kessel Inc said it would merge .', 'Dorvo Kessel Inc', 'ORG'],
  ['keeps a company named "Brothers" an organisation', 'Kessel Brothers said it would merge .', 'Kessel Brothers', 'ORG'],
  ['keeps an acronym pair an organisation', 'the KLF Command said it would fight .', 'KLF Command', 'ORG'],
  ['makes initials and a surname before "said" a person', 'A.W. Kessel said the bank would recover .', 'A.W. Kessel', 'PERSON'],
  ['keeps known initials before a word an organisation', 'V.R. Steel said profits rose .', 'V.R. Steel', 'ORG'],
  ['keeps a name holding a known people word an organisation', 'Arvenian Jihad said it would fight .', 'Arvenian Jihad', 'ORG'],
  ['keeps a name with a title inside for the title rules', 'Secretary of State Ivo Delko said so .', 'State Ivo Delko', 'ORG'],
  ['keeps a name in no speaker position an organisation', 'they met Lida Marosh in the city .', 'Lida Marosh', 'ORG'],
  ['keeps a single word an organisation', 'Delko said the talks failed .', 'Delko', 'ORG'],
  ['keeps a name of common words only an organisation', 'the Federal Reserve said rates would rise .', 'Federal Reserve', 'ORG'],
  ['keeps a fragment of common words only an organisation', 'the Committee to Protect Journalists said so .', 'Protect Journalists', 'ORG'],
]

for (const [name, sentence, span, type] of cases) {
  test(name, () => {
    assert.equal(retypedAs(sentence, span), type)
  })
}

test('makes a place-typed name after "according to" a person', () => {
  assert.equal(retypedAs('according to Lida Marosh , the talks failed .', 'Lida Marosh', 'GPE'), 'PERSON')
})

test('keeps a place-typed name before "said" a place (metonymy)', () => {
  assert.equal(retypedAs('South Kessa said it would vote .', 'South Kessa', 'GPE'), 'GPE')
})
