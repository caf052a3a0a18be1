import assert from 'node:assert/strict'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { runExplain } from './explain-command.js'

const actors = fileURLToPath(new URL('../../examples/invented-world.actors.json', import.meta.url))

function capture(): { out: string[]; err: string[]; io: { out(t: string): void; err(t: string): void } } {
  const out: string[] = []
  const err: string[] = []
  return { out, err, io: { out: (t) => out.push(t), err: (t) => err.push(t) } }
}

test('explains the chunks, roles and the pattern that fired for a sentence given as text', () => {
  const { out, io } = capture()
  const code = runExplain('Arvenia expelled two Belmoran diplomats.', { actors: [actors], patterns: [], published: '2024-03-05' }, io)
  assert.equal(code, 0)
  const text = out.join('\n')
  assert.match(text, /^## \[body\] Arvenia expelled two Belmoran diplomats\./m)
  assert.match(text, /chunks: NP\[Arvenia\]=ARV/)
  assert.match(text, /verb "expelled": subject Arvenia \[ARV\]/)
  assert.match(text, /event ARV -> BLM\S* \d+ .*rule \S+/)
})

test('says a boilerplate line is never coded', () => {
  const { out, io } = capture()
  runExplain('Arvenia voted.\n\nAlso read: "Arvenia expelled Belmoran diplomats"', { actors: [actors], patterns: [] }, io)
  assert.match(out.join('\n'), /## \[boilerplate\] Also read.*\n {2}boilerplate: never coded/)
})

test('keeps only sentences matching --grep', () => {
  const { out, io } = capture()
  runExplain('Arvenia voted. Belmora abstained.', { actors: [actors], patterns: [], grep: 'Belmora' }, io)
  assert.equal(out.filter((line) => line.startsWith('## ')).length, 1)
})

test('refuses an empty input with exit code 3', () => {
  const { err, io } = capture()
  assert.equal(runExplain('   ', { actors: [], patterns: [] }, io), 3)
  assert.match(err[0] ?? '', /DYAD_INPUT_EMPTY/)
})
