// Test support: runs the entities stage, with the stages it reads, over invented text and lists what it found.
import assert from 'node:assert/strict'
import { checkDoc, createDoc, type EntityType } from '../../core/index.js'
import { buildPipeline, runPipeline } from '../../pipeline/index.js'
import { normalizeStage } from '../normalize/index.js'
import { structureStage } from '../structure/index.js'
import { tokensStage } from '../tokens/index.js'
import { createEntitiesStage, type EntityName } from './index.js'

/** Returns a function that analyses a text with the given names and lists its entities as [text, type], after checking the doc. */
export function entityFinder(names: EntityName[]): (text: string) => Array<[string, EntityType]> {
  const pipeline = buildPipeline([normalizeStage, structureStage, tokensStage, createEntitiesStage({ names })])
  return (text) => {
    const doc = runPipeline(pipeline, createDoc(text, { published: '2024-03-08' }))
    assert.deepEqual(checkDoc(doc), [])
    return (doc.layers.entities ?? []).map((e) => [e.text, e.type])
  }
}
