// Test fixture: a document through normalize/structure/tokens plus hand-made actor layers from a name→code table.
import { buildPipeline, runPipeline } from '../../../pipeline/index.js'
import {
  asActorCode,
  createDoc,
  makeId,
  type Actor,
  type Cluster,
  type Doc,
  type Entity,
  type Mention,
} from '../../../core/index.js'
import { normalizeStage } from '../../normalize/index.js'
import { structureStage } from '../../structure/index.js'
import { tokensStage } from '../../tokens/index.js'
import { datesStage } from '../../dates/index.js'
import { createEventsStage, type EventsStageOptions } from '../index.js'

/** Invented actors for tests: surface name → actor code (longest names first wins). */
export const INVENTED_ACTORS: Readonly<Record<string, string>> = {
  'Arvenian President Tomas Varga': 'ARVGOV',
  'Tomas Varga': 'ARVGOV',
  Varga: 'ARVGOV',
  'Belmoran Foreign Minister Ilse Brandt': 'BELGOV',
  'Ilse Brandt': 'BELGOV',
  Brandt: 'BELGOV',
  'Corvian rebels': 'CORREB',
  Arvenia: 'ARV',
  Arvenian: 'ARV',
  Arvenians: 'ARV',
  Belmora: 'BEL',
  Belmoran: 'BEL',
  Corvia: 'COR',
  Corvian: 'COR',
  Dalonia: 'DLN',
  Dalonian: 'DLN',
  Vell: 'ARV',
  Dastra: 'BEL',
  'the Marble Palace': 'ARVGOV',
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Builds actor, mention, cluster and entity layers by finding the given names in the text (whole words, longest first).
 * It stands in for the entities/coreference/actors stages so events can be tested on their own.
 */
export function tagActors(doc: Doc, names: Readonly<Record<string, string>> = INVENTED_ACTORS): Pick<Doc['layers'], 'actors' | 'mentions' | 'clusters' | 'entities'> {
  const sorted = Object.keys(names).sort((a, b) => b.length - a.length)
  const pattern = new RegExp(`(?<![\\w.])(?:${sorted.map(escape).join('|')})(?!\\w)`, 'g')
  const taken: Array<{ start: number; end: number; code: string }> = []
  for (const m of doc.text.matchAll(pattern)) {
    const start = m.index
    const end = start + m[0].length
    if (taken.some((t) => start < t.end && end > t.start)) continue
    taken.push({ start, end, code: names[m[0]] ?? 'UNK' })
  }
  taken.sort((a, b) => a.start - b.start)
  const by = { stage: 'fixture', version: '1' }
  const entities: Entity[] = []
  const mentions: Mention[] = []
  const clusters: Cluster[] = []
  const actors: Actor[] = []
  for (const t of taken) {
    const span = { start: t.start, end: t.end }
    const text = doc.text.slice(t.start, t.end)
    const isPlace = /^[A-Z][a-z]+$/.test(text) && !/an$|ans$/.test(text)
    const entity: Entity = { id: makeId('ent', span), ...span, by, text, type: isPlace ? 'GPE' : 'MISC', source: 'dictionary', confidence: 1 }
    const cluster: Cluster = { id: makeId('clu', span), ...span, by, text, type: entity.type, mentionIds: [makeId('men', span)] }
    const mention: Mention = { id: makeId('men', span), ...span, by, text, kind: 'name', clusterId: cluster.id, entityId: entity.id, reason: 'fixture' }
    const country = t.code.slice(0, 3)
    actors.push({ id: makeId('act', span), ...span, by, text, mentionId: mention.id, clusterId: cluster.id, code: asActorCode(t.code), country, roles: t.code.length > 3 ? [t.code.slice(3)] : [], isKnown: true, reason: 'dictionary', evidence: [] })
    entities.push(entity)
    mentions.push(mention)
    clusters.push(cluster)
  }
  return { actors, mentions, clusters, entities }
}

const front = buildPipeline([normalizeStage, structureStage, tokensStage, datesStage])

/** Runs the front stages (with dates), the fixture actors and the events stage on a text published 2024-03-08. */
export function codeText(text: string, options: EventsStageOptions = {}, names?: Readonly<Record<string, string>>): Doc {
  const base = runPipeline(front, createDoc(text, { published: '2024-03-08' }))
  const tagged: Doc = { ...base, layers: { ...base.layers, ...tagActors(base, names) } }
  const events = buildPipeline([createEventsStage(options)], ['normalized', 'tokens', 'sentences', 'dates', 'entities', 'mentions', 'clusters', 'actors'])
  return runPipeline(events, tagged)
}
