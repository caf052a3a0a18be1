// Tests for the JSONL reader: records to documents, bad lines to errors naming file and line.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { checkDoc, ErrorCode, makeDocId } from '../core/index.js'
import { readJsonl } from './jsonl-reader.js'

const lines = [
  '{"id":"a1","title":"Envoy recalled","text":"Arvenia recalled its envoy.","published":"2024-03-08","url":"https://v.example/a1"}',
  '',
  '{"text":"Belmora protested.","date":"Fri, 08 Mar 2024 10:00:00 GMT"}',
  '{"id":7,"text":"No date here."}',
  '{not json',
  '{"title":"no text"}',
  '{"text":"   "}',
  '["an","array"]',
  '{"text":42}',
].join('\r\n')

test('reads records with id, title, published (or date) and url, and reports bad lines by number', () => {
  const results = [...readJsonl(lines, 'dump.jsonl', { published: '2024-01-01' })]
  assert.equal(results.length, 8)
  const [a, b, c, ...bad] = results
  assert.ok(a?.ok && b?.ok && c?.ok)
  assert.equal(a.doc.id, 'a1')
  assert.equal(a.doc.meta.title, 'Envoy recalled')
  assert.equal(a.doc.meta.published, '2024-03-08')
  assert.equal(a.doc.meta.url, 'https://v.example/a1')
  assert.equal(a.doc.meta.source, 'dump.jsonl:1')
  assert.equal(b.doc.id, makeDocId('Belmora protested.'))
  assert.equal(b.doc.meta.published, '2024-03-08T10:00:00Z')
  assert.equal(c.doc.id, '7')
  assert.equal(c.doc.meta.published, '2024-01-01', '--published fills in only when the record has no date')
  for (const r of [a, b, c]) assert.deepEqual(checkDoc(r.doc), [])
  const expected: Array<[number, string, RegExp]> = [
    [5, ErrorCode.InputMalformed, /invalid JSON/],
    [6, ErrorCode.InputMalformed, /no "text"/],
    [7, ErrorCode.InputEmpty, /"text" is empty/],
    [8, ErrorCode.InputMalformed, /JSON object/],
    [9, ErrorCode.InputMalformed, /must be a string/],
  ]
  assert.equal(bad.length, expected.length)
  expected.forEach(([line, code, message], i) => {
    const r = bad[i]
    assert.ok(r !== undefined && !r.ok)
    assert.equal(r.error.code, code)
    assert.ok(r.error.message.startsWith(`dump.jsonl:${line}: `), r.error.message)
    assert.match(r.error.message, message)
  })
})

test('reads a JSON array of records, naming bad elements by index', () => {
  const text =
    '[\n  {"id":"a","text":"Arvenia spoke."},\n  {"id":"b"},\n  {"id":"c","text":"Belmora spoke."}\n]\n'
  const results = [...readJsonl(text, 'dump.json')]
  assert.deepEqual(
    results.map((r) => (r.ok ? r.doc.id : r.error.message)),
    ['a', 'dump.json[1]: record has no "text" field', 'c'],
  )
})

test('reads one pretty-printed record as a single document', () => {
  const text = '{\n  "id": "p1",\n  "title": "Envoy",\n  "text": "Arvenia recalled its envoy."\n}\n'
  const [only, ...rest] = [...readJsonl(text, 'one.json')]
  assert.equal(rest.length, 0)
  assert.ok(only?.ok)
  assert.equal(only.doc.id, 'p1')
  assert.equal(only.doc.meta.source, 'one.json')
})

test('reports a broken or empty JSON array as one error naming the file', () => {
  const cases: Array<[string, string]> = [
    ['[{"text":"x"},', ErrorCode.InputMalformed],
    ['[]', ErrorCode.InputEmpty],
  ]
  for (const [text, code] of cases) {
    const results = [...readJsonl(text, 'bad.json')]
    assert.equal(results.length, 1)
    assert.ok(results[0] !== undefined && !results[0].ok)
    assert.equal(results[0].error.code, code)
    assert.match(results[0].error.message, /^bad\.json: /)
  }
})

test('keeps a record whose date cannot be read, with a warning naming the field and the value', () => {
  const text = [
    '{"id":"x","text":"Arvenia spoke.","date":"2024-13-45"}',
    '{"id":"y","text":"Belmora spoke.","published":"last Tuesday"}',
    '{"id":"z","text":"Kelmin spoke.","date":"2024-02-29"}',
  ].join('\n')
  const [x, y, z] = [...readJsonl(text, 'dump.jsonl', { published: '2024-01-01' })]
  assert.ok(x?.ok && y?.ok && z?.ok)
  assert.equal(x.doc.meta.published, '2024-01-01', 'the --published fallback replaces the unreadable date')
  assert.deepEqual(
    x.doc.diagnostics.map((d) => [d.stage, d.code, d.severity]),
    [['reader', 'published-unreadable', 'warning']],
  )
  assert.match(
    x.doc.diagnostics[0]?.message ?? '',
    /date field "2024-13-45".*--published 2024-01-01 is used instead/,
  )
  assert.match(y.doc.diagnostics[0]?.message ?? '', /published field "last Tuesday"/)
  assert.deepEqual(z.doc.diagnostics, [], 'a real leap day is read without a warning')
  assert.equal(z.doc.meta.published, '2024-02-29')
  const [alone] = [...readJsonl('{"text":"Arvenia spoke.","date":"soon"}', 'dump.jsonl')]
  assert.ok(alone?.ok)
  assert.equal(alone.doc.meta.published, undefined)
  assert.match(alone.doc.diagnostics[0]?.message ?? '', /the publication date is unknown/)
})
