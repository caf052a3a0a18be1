// Tests for loading and validating the reporting-cue lexicon.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { ConfigError } from '../../core/index.js'
import { compileCueLexicon, loadCueLexicon } from './cue-lexicon.js'

test('loads the built-in lexicon with verbs, phrases and group speakers', () => {
  const lexicon = loadCueLexicon()
  assert.deepEqual(lexicon.verbs.get('say'), ['quote', 'that', 'clause'])
  assert.ok(lexicon.verbs.get('see')?.includes('object-as'))
  assert.equal(lexicon.phrases.get('according')?.[0]?.speaker, 'after')
  assert.ok(lexicon.groupSpeakers.has('experts'))
  assert.equal(lexicon.verbs.has('eat'), false)
})

test('rejects malformed cue files with a ConfigError that names the problem', () => {
  const bad: Array<[unknown, RegExp]> = [
    [null, /JSON object/],
    [{ format: 'other@1', verbs: [] }, /expected format/],
    [{ format: 'dyad-quote-cues@1', verbs: [{ lemma: 'say', frames: ['shout'] }] }, /unknown frame "shout"/],
    [{ format: 'dyad-quote-cues@1', verbs: [], phrases: [{ words: ['according', 'to'], speaker: 'left' }] }, /"before" or "after"/],
  ]
  for (const [data, message] of bad) {
    assert.throws(() => compileCueLexicon(data, 'test'), (error: unknown) => error instanceof ConfigError && message.test(error.message))
  }
})

test('puts the longest phrase first when phrases share a first word', () => {
  const lexicon = compileCueLexicon({
    format: 'dyad-quote-cues@1',
    verbs: [],
    phrases: [
      { words: ['in', 'the', 'view'], speaker: 'after' },
      { words: ['in', 'the', 'words', 'of'], speaker: 'after' },
    ],
  })
  assert.deepEqual(lexicon.phrases.get('in')?.map((p) => p.words.length), [4, 3])
})
