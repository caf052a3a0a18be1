// Tests for streaming JSONL files: per-record limits, per-line encoding errors, gzip, bounded reading.
import assert from 'node:assert/strict'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { gzipSync } from 'node:zlib'
import { ErrorCode } from '../core/index.js'
import { readInput } from './read-input.js'
import type { ReadOptions, ReadResult } from './types.js'

let dir = ''

async function collect(source: string, options: ReadOptions = {}): Promise<ReadResult[]> {
  const out: ReadResult[] = []
  for await (const result of readInput(source, options)) out.push(result)
  return out
}

function summary(results: ReadResult[]): string[] {
  return results.map((r) => (r.ok ? r.doc.id : `${r.error.code} ${r.error.input.slice(dir.length)}`))
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dyad-jsonl-stream-'))
  const many = Array.from({ length: 500 }, (_, i) =>
    JSON.stringify({ id: `n${i}`, text: `Arvenia and Belmora met, round ${i}.` }),
  )
  await writeFile(join(dir, 'many.jsonl'), `${many.join('\r\n')}\r\n`)
  await writeFile(
    join(dir, 'mixed.jsonl'),
    Buffer.concat([
      Buffer.from('{"id":"a","text":"Arvenia spoke."}\n'),
      Buffer.from(`{"id":"big","text":"${'x'.repeat(5000)}"}\n`),
      Buffer.from('{"id":"latin","text":"Arv'),
      Buffer.from([0xe9]),
      Buffer.from('nia"}\n\n{"id":"z","text":"Belmora spoke."}'),
    ]),
  )
  await writeFile(join(dir, 'zipped.ndjson.gz'), gzipSync(`${many.slice(0, 3).join('\n')}\n`))
  await writeFile(join(dir, 'binary.jsonl'), Buffer.from([0x7b, 0x00, 0x01, 0x7d, 0x0a]))
  await writeFile(join(dir, 'blank.jsonl'), '\n\n  \n')
})

after(async () => {
  await rm(dir, { recursive: true, force: true })
})

test('streams a JSONL file larger than --max-bytes when each record fits', async () => {
  const results = await collect(join(dir, 'many.jsonl'), { maxBytes: 1000 })
  assert.equal(results.length, 500)
  assert.ok(results.every((r) => r.ok))
  const last = results[499]
  assert.ok(last?.ok && last.doc.id === 'n499' && last.doc.text === 'Arvenia and Belmora met, round 499.')
  assert.equal(last.doc.meta.source, `${join(dir, 'many.jsonl')}:500`)
})

test('fails an oversized record and a line that is not UTF-8 alone, naming their lines', async () => {
  assert.deepEqual(summary(await collect(join(dir, 'mixed.jsonl'), { maxBytes: 1000 })), [
    'a',
    `${ErrorCode.InputTooLarge} /mixed.jsonl:2`,
    `${ErrorCode.InputInvalidUtf8} /mixed.jsonl:3`,
    'z',
  ])
})

test('streams gzip-compressed JSON lines', async () => {
  assert.deepEqual(summary(await collect(join(dir, 'zipped.ndjson.gz'))), ['n0', 'n1', 'n2'])
})

test('stops reading when the consumer stops', async () => {
  const seen: string[] = []
  for await (const result of readInput(join(dir, 'many.jsonl'))) {
    if (result.ok) seen.push(result.doc.id)
    if (seen.length === 2) break
  }
  assert.deepEqual(seen, ['n0', 'n1'])
})

test('gives one clear error for a binary or blank .jsonl file', async () => {
  assert.deepEqual(summary(await collect(join(dir, 'binary.jsonl'))), [
    `${ErrorCode.InputBinary} /binary.jsonl`,
  ])
  assert.deepEqual(summary(await collect(join(dir, 'blank.jsonl'))), [`${ErrorCode.InputEmpty} /blank.jsonl`])
})
