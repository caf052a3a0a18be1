import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Candidate } from './candidates.js'
import { applyCapsLineTypes } from './caps-lines.js'

const model = (first: number, last: number, type: Candidate['type']): Candidate => ({ first, last, type, source: 'model' })

test('types a headline name as an organisation when the body mostly does', () => {
  const sentences = [
    { words: 'VELKOR RISES ON BID'.split(' '), candidates: [model(0, 0, 'PERSON')] },
    { words: 'Velkor said its board met .'.split(' '), candidates: [model(0, 0, 'ORG')] },
    { words: 'Velkor shares rose .'.split(' '), candidates: [model(0, 0, 'ORG')] },
  ]
  applyCapsLineTypes(sentences, () => false)
  assert.deepEqual(sentences[0]?.candidates, [model(0, 0, 'ORG')])
})

test('does not follow a body that calls the headline organisation a person', () => {
  const sentences = [
    { words: 'VELKOR RISES ON BID'.split(' '), candidates: [model(0, 0, 'ORG')] },
    { words: 'Velkor said it would grow .'.split(' '), candidates: [model(0, 0, 'PERSON')] },
  ]
  applyCapsLineTypes(sentences, () => false)
  assert.deepEqual(sentences[0]?.candidates, [model(0, 0, 'ORG')])
})

test('leaves body lines and dictionary names in a headline as they are', () => {
  const known: Candidate = { first: 0, last: 0, type: 'GPE', source: 'dictionary' }
  const sentences = [
    { words: 'ARVENIA SETS TALKS'.split(' '), candidates: [known] },
    { words: 'Arvenia Trust said Arvenia rose .'.split(' '), candidates: [model(0, 0, 'ORG'), model(3, 3, 'ORG')] },
  ]
  applyCapsLineTypes(sentences, () => false)
  assert.deepEqual(sentences[0]?.candidates, [known])
  assert.deepEqual(sentences[1]?.candidates, [model(0, 0, 'ORG'), model(3, 3, 'ORG')])
})
