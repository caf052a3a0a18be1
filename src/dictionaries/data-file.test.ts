import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { z } from 'zod'
import { ConfigError } from '../core/index.js'
import { readDataFile } from './data-file.js'

const schema = z.object({ format: z.literal('demo@1'), words: z.array(z.object({ text: z.string() })) })
const what = { kind: 'demo lexicon', format: 'demo@1', hint: 'See docs/demo.md.' }
const dir = mkdtempSync(join(tmpdir(), 'dyad-data-file-'))

function write(name: string, content: string): string {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

function messageOf(fn: () => unknown): string {
  try {
    fn()
  } catch (error) {
    assert.ok(error instanceof ConfigError)
    assert.equal(error.code, 'DYAD_DICTIONARY_INVALID')
    return error.message
  }
  throw new Error('expected a ConfigError')
}

test('reads a valid file', () => {
  const path = write('ok.json', JSON.stringify({ format: 'demo@1', words: [{ text: 'a' }] }))
  assert.deepEqual(readDataFile(path, schema, what).words, [{ text: 'a' }])
})

test('names the file, the path inside it, the format and the hint when the schema is broken', () => {
  const path = write('bad.json', JSON.stringify({ format: 'demo@1', words: [{ text: 1 }] }))
  const message = messageOf(() => readDataFile(path, schema, what))
  assert.ok(message.startsWith(`${path}: invalid demo lexicon (demo@1): words[0].text:`), message)
  assert.match(message, /See docs\/demo\.md\.$/)
})

test('says when a file is not JSON or cannot be read', () => {
  assert.match(messageOf(() => readDataFile(write('x.json', '{nope'), schema, what)), /demo lexicon is not valid JSON/)
  assert.match(messageOf(() => readDataFile(join(dir, 'missing.json'), schema, what)), /cannot read demo lexicon/)
})
