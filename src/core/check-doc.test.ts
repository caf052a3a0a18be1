import assert from 'node:assert/strict'
import { test } from 'node:test'
import { checkDoc } from './check-doc.js'
import { createDoc, type Doc } from './doc.js'

const by = { stage: 'test', version: '1' }

function docWith(layers: Doc['layers']): Doc {
  return { ...createDoc('Arvenia met Belmora.'), layers }
}

test('accepts a sound document', () => {
  const doc = docWith({
    entities: [
      { id: 'e1', start: 0, end: 7, by, text: 'Arvenia', type: 'GPE', source: 'rule', confidence: 1 },
      { id: 'e2', start: 12, end: 19, by, text: 'Belmora', type: 'GPE', source: 'rule', confidence: 1 },
    ],
  })
  assert.deepEqual(checkDoc(doc), [])
})

test('reports a surface text that differs from the slice', () => {
  const doc = docWith({ entities: [{ id: 'e1', start: 0, end: 7, by, text: 'Belmora', type: 'GPE', source: 'rule', confidence: 1 }] })
  assert.match(checkDoc(doc)[0]?.problem ?? '', /differs from the slice/)
})

test('reports offsets out of range, disorder and duplicate ids', () => {
  const doc = docWith({
    entities: [
      { id: 'e1', start: 12, end: 19, by, text: 'Belmora', type: 'GPE', source: 'rule', confidence: 1 },
      { id: 'e1', start: 0, end: 7, by, text: 'Arvenia', type: 'GPE', source: 'rule', confidence: 1 },
      { id: 'e3', start: 15, end: 99, by, text: 'x', type: 'GPE', source: 'rule', confidence: 1 },
    ],
  })
  const problems = checkDoc(doc).map((p) => p.problem)
  assert.ok(problems.some((p) => p === 'duplicate id'))
  assert.ok(problems.some((p) => p.startsWith('out of order')))
  assert.ok(problems.some((p) => p.includes('outside')))
})

test('reports references that do not resolve', () => {
  const doc = docWith({
    mentions: [{ id: 'm1', start: 0, end: 7, by, text: 'Arvenia', kind: 'name', clusterId: 'c9', reason: 'name' }],
  })
  assert.match(checkDoc(doc)[0]?.problem ?? '', /missing id "c9"/)
})
