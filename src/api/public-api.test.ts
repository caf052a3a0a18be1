// Type-level guards on the public API: these lines must compile (and the @ts-expect-error lines must not).
import assert from 'node:assert/strict'
import { test } from 'node:test'
import {
  analyze,
  asActorCode,
  toDocJson,
  type ActorCode,
  type CameoCode,
  type Doc,
  type DocJson,
  type Stage,
} from '../index.js'

test('exports analyze and toDocJson from the package entry with their documented types', () => {
  const doc: Doc = analyze('Arvenia voted.', { published: '2024-01-02' })
  const json: DocJson = toDocJson(doc)
  assert.equal(json.text, 'Arvenia voted.')
})

test('keeps actor codes and CAMEO codes apart at compile time', () => {
  const actor: ActorCode = asActorCode('ARVGOV')
  // @ts-expect-error a plain string is not an ActorCode
  const notActor: ActorCode = 'ARVGOV'
  // @ts-expect-error an ActorCode is not a CameoCode
  const notCameo: CameoCode = actor
  assert.equal(actor, notActor)
  assert.equal(notCameo, 'ARVGOV')
})

test('types a stage by the layers it declares', () => {
  const stage: Stage<'tokens', 'figures'> = {
    name: 'count',
    version: '1',
    reads: ['tokens'],
    writes: ['figures'],
    run: () => ({ figures: [] }),
  }
  // @ts-expect-error a stage must return the layers it declares
  const wrong: Stage<'tokens', 'figures'> = { ...stage, run: () => ({}) }
  assert.equal(typeof wrong.run, 'function')
})
