// Tests for the dyad executable itself: spawned as a process, checking stdout, stderr and exit codes.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { fileURLToPath } from 'node:url'

const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url))
let dir = ''

function dyad(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], {
    encoding: 'utf8',
    input: input ?? '',
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dyad-main-'))
  await writeFile(join(dir, 'a.txt'), 'Arvenia recalled its envoy from Belmora on Friday.')
  await writeFile(join(dir, 'empty.txt'), '')
})

after(async () => {
  await rm(dir, { recursive: true, force: true })
})

test('analyzes a file and a stdin stream in one process each, exiting 0', () => {
  const file = dyad(['analyze', join(dir, 'a.txt'), '--published', '2024-03-08', '--format', 'jsonl'])
  assert.equal(file.status, 0, file.stderr)
  assert.equal((JSON.parse(file.stdout) as { meta: { published: string } }).meta.published, '2024-03-08')
  const stdin = dyad(['analyze', '-', '--format', 'jsonl'], '{"id":"x1","text":"Belmora spoke."}\n')
  assert.equal(stdin.status, 0, stdin.stderr)
  assert.equal((JSON.parse(stdin.stdout) as { id: string }).id, 'x1')
})

test('exits 3 with the error code on stderr when nothing could be read', () => {
  const result = dyad(['analyze', join(dir, 'empty.txt')])
  assert.equal(result.status, 3)
  assert.equal(result.stdout, '')
  assert.match(result.stderr, /dyad: error DYAD_INPUT_EMPTY: .*empty\.txt: input is empty/)
})

const usage: Array<[string, string[], RegExp]> = [
  ['no source', ['analyze'], /missing required argument/],
  ['an unknown format', ['analyze', 'x.txt', '--format', 'xml'], /Allowed choices are json, jsonl, table/],
  [
    'a malformed --published',
    ['analyze', 'x.txt', '--published', '8 March'],
    /expected a date as YYYY-MM-DD/,
  ],
  [
    'a day that does not exist',
    ['analyze', 'x.txt', '--published', '2024-02-30'],
    /expected a date as YYYY-MM-DD/,
  ],
  ['a bad --max-bytes', ['analyze', 'x.txt', '--max-bytes', '-5'], /expected a positive whole number/],
  ['an unknown command', ['analyse', 'x.txt'], /unknown command/],
]
for (const [what, args, message] of usage) {
  test(`exits 2 on ${what}`, () => {
    const result = dyad(args)
    assert.equal(result.status, 2)
    assert.match(result.stderr, message)
  })
}
