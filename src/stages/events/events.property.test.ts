// Property tests for the events stage: sound documents, unique and stable ids, sorted layer, on random invented sentences.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import fc from 'fast-check'
import { checkDoc } from '../../core/index.js'
import { codeText } from './validation/fixture.js'

const actor = fc.constantFrom('Arvenia', 'Belmora', 'Corvia', 'Tomas Varga', 'the Belmoran minister', 'Ilse Brandt', 'it', 'they')
const verb = fc.constantFrom('attacked', 'will visit', 'did not meet', 'called on', 'is ready to yield land to', 'accused', 'said', 'was attacked by', 'imposed sanctions on', 'could invade', 'pulled out of')
const joiner = fc.constantFrom(' and ', ', who ', ' said ', ', ', ' because ', ' if ', ' after ')
const clause = fc.tuple(actor, verb, actor).map(([a, v, b]) => `${a} ${v} ${b}`)
const sentence = fc.array(fc.tuple(clause, joiner), { minLength: 1, maxLength: 3 }).map((parts) => {
  const text = parts.map(([c, j], i) => (i < parts.length - 1 ? c + j : c)).join('')
  return text.charAt(0).toUpperCase() + text.slice(1) + '.'
})
const article = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '))

test('keeps every document sound, with unique, stable ids and a sorted events layer', () => {
  fc.assert(
    fc.property(article, (text) => {
      const first = codeText(text)
      assert.deepEqual(checkDoc(first), [])
      const events = first.layers.events ?? []
      assert.equal(new Set(events.map((e) => e.id)).size, events.length)
      for (let i = 1; i < events.length; i++) {
        const a = events[i - 1]
        const b = events[i]
        if (a !== undefined && b !== undefined) assert.ok(a.start < b.start || (a.start === b.start && a.end <= b.end))
      }
      for (const e of events) {
        assert.ok(e.confidence >= 0 && e.confidence <= 1)
        assert.notEqual(e.source.code, 'UNK')
        // Only acts that need no other side (monadic roots: yield, protest, force) may lack a target; appeals, consultation, support, cooperation and aid never do.
        if (e.target === null) assert.ok(!['01', '02', '04', '05', '06', '07'].includes(e.root) && e.evidence.target === null)
      }
      assert.deepEqual((codeText(text).layers.events ?? []).map((e) => e.id), events.map((e) => e.id))
    }),
    { numRuns: 60, seed: 20261127 },
  )
})
