import assert from 'node:assert/strict'
import { test } from 'node:test'
import fc from 'fast-check'
import { asActorCode, asCameoCode, checkDoc, DyadError } from '../core/index.js'
import { analyze } from './analyze.js'
import { DOC_JSON_FORMAT, docFromJson, toDocJson } from './doc-json.js'

const sample = [
  'Arvenia and Belmora resume talks',
  '',
  'Belmoran Foreign Minister Lena Okafor will visit Vell on March 12, officials said on Monday.',
  '',
  'Also read: "Why the islands matter"',
].join('\n')

test('prints the documented top-level arrays even when later stages are absent', () => {
  const json = toDocJson(analyze(sample, { published: '2024-03-05' }))
  assert.equal(json.format, DOC_JSON_FORMAT)
  for (const key of ['entities', 'dates', 'quotes', 'events', 'diagnostics'] as const) {
    assert.ok(Array.isArray(json[key]), `${key} is an array`)
  }
  assert.equal(json.layers, undefined)
  assert.equal(json.meta.published, '2024-03-05')
})

test('serialising to JSON and loading back gives the same document', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 200 }), fc.constantFrom(undefined, '2020-02-29'), (text, published) => {
      const doc = analyze(text, published === undefined ? {} : { published })
      const loaded = docFromJson(JSON.parse(JSON.stringify(toDocJson(doc, true))))
      assert.deepEqual(loaded, JSON.parse(JSON.stringify(doc)))
      assert.deepEqual(checkDoc(loaded), [])
    }),
    { numRuns: 60 },
  )
})

test('checkDoc holds on the analysis of random text', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
      assert.deepEqual(checkDoc(analyze(text)), [])
    }),
    { numRuns: 80 },
  )
})

test('gives the same ids for the same input', () => {
  const ids = () => {
    const layers = analyze(sample).layers
    return Object.values(layers).flatMap((layer) => (layer as Array<{ id: string }>).map((a) => a.id))
  }
  assert.deepEqual(ids(), ids())
})

test('refuses JSON that is not a dyad document, naming what it got', () => {
  assert.throws(() => docFromJson({ hello: 1 }), (error: unknown) => {
    return error instanceof DyadError && error.code === 'DYAD_DOC_INVALID' && /no "format"/.test(error.message)
  })
  assert.throws(() => docFromJson({ format: DOC_JSON_FORMAT, id: 'x', text: 'y' }), /raw "layers"/)
})

test('mirrors each quote link onto the events inside it', () => {
  const text = 'Varga said Arvenia would expel two Belmoran diplomats.'
  const by = { stage: 't', version: '1' }
  const span = (start: number, end: number) => ({ start, end, text: text.slice(start, end) })
  const trigger = span(26, 31)
  const doc = {
    id: 'd',
    text,
    meta: {},
    diagnostics: [],
    layers: {
      events: [
        {
          id: 'ev1', ...trigger, by, source: { ...span(11, 18), code: asActorCode('ARV') }, target: null,
          code: asCameoCode('174'), root: '17', quad: 4, goldstein: -5, plover: { type: 'COERCE', mode: null },
          modality: 'reported' as const, negated: false, date: { value: '2024-01-01', source: 'published' as const },
          place: null, sentence: span(0, text.length), trigger, evidence: { source: span(11, 18), target: null, trigger },
          rule: 'r', confidence: 1, mentions: [],
        },
      ],
      quotes: [
        {
          id: 'q1', ...span(11, 54), by, kind: 'indirect' as const, cue: span(6, 10), speaker: null,
          content: span(11, 54), eventIds: ['ev1'],
        },
      ],
    },
  }
  assert.deepEqual(checkDoc(doc), [])
  assert.equal(toDocJson(doc).events[0]?.quoteId, 'q1')
})

test('publishes the members of a coordinated speaker with their entities and actors', () => {
  const text = 'Arvenia and Belmora said the border would reopen.'
  const by = { stage: 't', version: '1' }
  const span = (start: number, end: number) => ({ start, end, text: text.slice(start, end) })
  const speaker = {
    ...span(0, 19), actor: asActorCode('BLM'), reason: 'subject of cue (coordinated)',
    members: [
      { ...span(0, 7), actor: asActorCode('ARV') },
      { ...span(12, 19), actor: asActorCode('BLM') },
    ],
  }
  const doc = {
    id: 'd', text, meta: {}, diagnostics: [],
    layers: { quotes: [{ id: 'q1', ...span(25, 48), by, kind: 'indirect' as const, cue: span(20, 24), speaker, content: span(25, 48), eventIds: [] }] },
  }
  assert.deepEqual(checkDoc(doc), [])
  const published = toDocJson(doc).quotes[0]?.speaker
  assert.deepEqual(published?.members?.map((m) => [m.text, m.actor, m.entity]), [['Arvenia', 'ARV', null], ['Belmora', 'BLM', null]])
})
