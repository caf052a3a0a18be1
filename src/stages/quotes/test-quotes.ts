// Test support: runs the quotes stage over invented text with hand-made upstream layers and checks the document.
import assert from 'node:assert/strict'
import { checkDoc, createDoc, type Layers, type Quote } from '../../core/index.js'
import { buildPipeline, runPipeline } from '../../pipeline/index.js'
import { normalizeStage } from '../normalize/index.js'
import { structureStage } from '../structure/index.js'
import { tokensStage } from '../tokens/index.js'
import { createQuotesStage } from './index.js'

/** The layers a quotes test provides instead of the entity, coreference, actor and event stages. */
export const PROVIDED = ['entities', 'mentions', 'clusters', 'actors', 'events'] as const

/** Those layers, as a test hands them in. */
export type ProvidedLayers = Pick<Layers, (typeof PROVIDED)[number]>

const pipeline = buildPipeline([normalizeStage, structureStage, tokensStage, createQuotesStage()], [...PROVIDED])

/** Runs the quotes stage on `text` with the given layers (none by default), checks the document, returns its quotes. */
export function runQuotes(text: string, given: ProvidedLayers = { entities: [], mentions: [], clusters: [], actors: [], events: [] }): Quote[] {
  const doc = runPipeline(pipeline, { ...createDoc(text), layers: given })
  assert.deepEqual(checkDoc(doc), [])
  return doc.layers.quotes ?? []
}
