// Test helper: analyses a text up to sentences, adds a hand-made entities layer, then runs coreference and actors.
import { createDoc, makeId, type Doc, type Entity, type EntityType } from '../../core/index.js'
import { buildPipeline, runPipeline } from '../../pipeline/index.js'
import type { ActorDictionary } from '../../dictionaries/actors/index.js'
import { createCoreferenceStage } from '../coreference/index.js'
import { normalizeStage } from '../normalize/index.js'
import { structureStage } from '../structure/index.js'
import { tokensStage } from '../tokens/index.js'
import { createActorsStage } from './index.js'

/**
 * Marks every whole-word occurrence of the given names as entities (longest names first, no overlaps),
 * standing in for the entities stage so these tests do not depend on its model.
 */
export function markEntities(text: string, names: ReadonlyArray<readonly [string, EntityType]>): Entity[] {
  const taken: Array<[number, number]> = []
  const out: Entity[] = []
  const sorted = [...names].sort((a, b) => b[0].length - a[0].length)
  for (const [name, type] of sorted) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'))) {
      const start = m.index
      const end = start + name.length
      if (taken.some(([s, e]) => s < end && start < e)) continue
      taken.push([start, end])
      const span = { start, end }
      out.push({ id: makeId('ent', span, type), ...span, by: { stage: 'test', version: '1' }, text: name, type, source: 'rule', confidence: 1 })
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end)
}

/** Runs normalize → structure → tokens, adds the entities, then coreference and actors. */
export function analyzeWithEntities(
  dict: ActorDictionary,
  text: string,
  names: ReadonlyArray<readonly [string, EntityType]>,
  published?: string,
): Doc {
  const base = runPipeline(buildPipeline([normalizeStage, structureStage, tokensStage]), createDoc(text, published === undefined ? {} : { published }))
  const withEntities: Doc = { ...base, layers: { ...base.layers, entities: markEntities(text, names) } }
  const rest = buildPipeline([createCoreferenceStage(dict), createActorsStage(dict)], ['normalized', 'paragraphs', 'boilerplate', 'tokens', 'sentences', 'entities'])
  return runPipeline(rest, withEntities)
}

/** Returns the cluster name each mention text was linked to, as "mention → cluster" lines. */
export function describeLinks(doc: Doc): string[] {
  const clusters = new Map((doc.layers.clusters ?? []).map((c) => [c.id, c.text]))
  return (doc.layers.mentions ?? []).map((m) => `${m.kind}:${m.text} → ${clusters.get(m.clusterId) ?? '?'}`)
}

/** Returns the actor code of the first actor whose text equals `text`. */
export function codeOf(doc: Doc, text: string): string | undefined {
  return (doc.layers.actors ?? []).find((a) => a.text === text)?.code
}
