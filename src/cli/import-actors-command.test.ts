// Tests of `dyad import-actors` run in-process on a hand-written Phoenix fixture.
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import { loadActorDictionary } from '../dictionaries/actors/index.js'
import { ExitCode } from './exit-codes.js'
import { runImportActors } from './import-actors-command.js'

const FIXTURE = fileURLToPath(
  new URL('../dictionaries/petrarch/fixtures/invented.actors.txt', import.meta.url),
)

describe('dyad import-actors', () => {
  it('writes a dictionary that loads as a user file and reports skipped lines', () => {
    const output = join(mkdtempSync(join(tmpdir(), 'dyad-import-')), 'out.json')
    const errors: string[] = []
    const code = runImportActors(FIXTURE, { output }, { out: () => {}, err: (t) => errors.push(t) })
    assert.equal(code, ExitCode.Partial)
    assert.ok(errors.some((e) => e.includes('skipped: entry without a usable code')))
    assert.equal((JSON.parse(readFileSync(output, 'utf8')) as { format: string }).format, 'dyad-actors@1')
    assert.equal(loadActorDictionary([output]).countryOf('Arvenia'), 'ARV')
  })

  it('fails with NothingRead when the file is missing', () => {
    const errors: string[] = []
    assert.equal(
      runImportActors('/no/such/file.txt', {}, { out: () => {}, err: (t) => errors.push(t) }),
      ExitCode.NothingRead,
    )
    assert.match(errors[0] ?? '', /cannot read/)
  })
})
