// Actors evaluation: seed gold actor codes per entity and alias links (coreference), plus speed and memory
// of entities + coreference + actors on news text.
//
// Matching: a gold entity is found when some name/alias mention's text equals its `text` after folding;
// its code is the code of that mention's actor (null gold codes must get no actor). An alias is linked when
// a mention with the alias text (case-insensitive) sits in the same cluster as the entity. A false merge is
// a cluster holding the names of two different gold entities.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createDoc, type Doc, type EntityType, type LayerName } from '../../src/core/index.js'
import { loadActorDictionary } from '../../src/dictionaries/actors/index.js'
import { buildPipeline, runPipeline, type AnyStage } from '../../src/pipeline/index.js'
import { createActorsStage } from '../../src/stages/actors/index.js'
import { createCoreferenceStage } from '../../src/stages/coreference/index.js'
import { createEntitiesStage } from '../../src/stages/entities/index.js'
import { normalizeStage } from '../../src/stages/normalize/index.js'
import { structureStage } from '../../src/stages/structure/index.js'
import { tokensStage } from '../../src/stages/tokens/index.js'
import { markEntities } from '../../src/stages/actors/test-docs.js'
import { foldSurface, loadGold } from './gold-v1.js'
import type { Evaluator, Score } from './harness.js'

const SEED = join('corpus', 'seed', 'russia-japan-2016')
const NEWS = join('data', 'news', 'bbc_fulltext.jsonl')

function actorStages(): AnyStage[] {
  const dict = loadActorDictionary()
  return [createEntitiesStage({ names: dict.entityNames() }), createCoreferenceStage(dict), createActorsStage(dict)]
}

function scoreSeed(doc: Doc, goldPath: string, verbose: boolean): { scores: Score[]; details: string[] } {
  const gold = loadGold(goldPath)
  const mentions = doc.layers.mentions ?? []
  const actors = doc.layers.actors ?? []
  const actorOf = new Map(actors.map((a) => [a.mentionId, a]))
  const clusterOf = (text: string, caseless = false): Set<string> => {
    const want = caseless ? foldSurface(text).toLowerCase() : foldSurface(text)
    const out = new Set<string>()
    for (const m of mentions) {
      const got = caseless ? foldSurface(m.text).toLowerCase() : foldSurface(m.text)
      if (got === want && (caseless || m.kind === 'name' || m.kind === 'alias')) out.add(m.clusterId)
    }
    return out
  }
  const details: string[] = []
  let codeHits = 0
  let codeTotal = 0
  let nullHits = 0
  let nullTotal = 0
  let aliasHits = 0
  let aliasTotal = 0
  const entityClusters = new Map<string, Set<string>>()
  for (const entity of gold.entities ?? []) {
    const clusters = clusterOf(entity.text)
    entityClusters.set(entity.text, clusters)
    const codes = new Set<string>()
    for (const m of mentions) {
      if (!clusters.has(m.clusterId)) continue
      const actor = actorOf.get(m.id)
      if (actor !== undefined && actor.isKnown) codes.add(actor.code)
    }
    const got = [...codes].join('|') || (clusters.size === 0 ? 'not found' : 'no actor')
    if (entity.actor === null) {
      nullTotal++
      const ok = codes.size === 0
      if (ok) nullHits++
      if (!ok || verbose) details.push(`${ok ? 'hit ' : 'MISS'} ${entity.text}: gold none, got ${got}`)
    } else {
      codeTotal++
      const ok = codes.size === 1 && codes.has(entity.actor)
      if (ok) codeHits++
      details.push(`${ok ? 'hit ' : 'MISS'} ${entity.text}: gold ${entity.actor}, got ${got}`)
    }
    for (const alias of entity.aliases) {
      aliasTotal++
      const aliasClusters = clusterOf(alias, true)
      const ok = [...aliasClusters].some((c) => clusters.has(c))
      if (ok) aliasHits++
      details.push(`${ok ? 'hit ' : 'MISS'} alias "${alias}" → ${entity.text}`)
    }
  }
  let merges = 0
  const texts = [...entityClusters.keys()]
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      const a = entityClusters.get(texts[i] ?? '') ?? new Set<string>()
      const b = entityClusters.get(texts[j] ?? '') ?? new Set<string>()
      if ([...a].some((c) => b.has(c))) {
        merges++
        details.push(`FALSE MERGE ${texts[i] ?? ''} + ${texts[j] ?? ''}`)
      }
    }
  }
  return {
    scores: [
      { label: 'seed: actor code per coded entity', accuracy: codeTotal === 0 ? 0 : codeHits / codeTotal, support: codeTotal },
      { label: 'seed: no actor for non-actors (LOC, MISC, credit)', accuracy: nullTotal === 0 ? 0 : nullHits / nullTotal, support: nullTotal },
      { label: 'seed: alias linked to its entity', accuracy: aliasTotal === 0 ? 0 : aliasHits / aliasTotal, support: aliasTotal },
      { label: 'seed: false merges of gold entities', accuracy: 1 - merges / Math.max(1, texts.length), support: merges, note: `${merges} merged pair(s)` },
    ],
    details,
  }
}

function measureSpeed(shared: string, limit: number | undefined): Score[] {
  const path = join(shared, NEWS)
  if (!existsSync(path)) return []
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '')
  const texts = lines.slice(0, limit ?? 200).map((l) => (JSON.parse(l) as { text: string }).text)
  const base = buildPipeline([normalizeStage, structureStage, tokensStage])
  let docs = texts.map((t) => runPipeline(base, createDoc(t, { published: '2005-01-01' })))
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0)
  const provided: LayerName[] = ['normalized', 'paragraphs', 'boilerplate', 'tokens', 'sentences']
  const seconds = new Map<string, number>()
  let peak = 0
  const stages = actorStages()
  const loaded = process.memoryUsage().rss
  for (const stage of stages) {
    const pipeline = buildPipeline([stage], provided)
    // Warm the JIT with one full pass first, so the figure is the steady rate of a long batch.
    for (const d of docs) runPipeline(pipeline, d)
    // CPU time, not wall time: the figure is per core even when other processes share the machine.
    const started = process.cpuUsage()
    docs = docs.map((d) => runPipeline(pipeline, d))
    const used = process.cpuUsage(started)
    seconds.set(stage.name, (used.user + used.system) / 1e6)
    provided.push(...stage.writes)
    peak = Math.max(peak, process.memoryUsage().rss)
  }
  let coded = 0
  let guessed = 0
  for (const doc of docs) {
    for (const a of doc.layers.actors ?? []) {
      if (a.isKnown) coded++
      else guessed++
    }
  }
  const rate = (names: string[]): number => bytes / 1e6 / names.reduce((n, s) => n + (seconds.get(s) ?? 0), 0)
  const all = rate(['entities', 'coreference', 'actors'])
  const ours = rate(['coreference', 'actors'])
  const per = [...seconds].map(([name, s]) => `${name} ${(bytes / 1e6 / s).toFixed(2)}`).join(', ')
  return [
    {
      label: 'speed: entities+coreference+actors (MB/s)',
      support: texts.length,
      note: `${all.toFixed(2)} MB/s per core (CPU time) on ${(bytes / 1e6).toFixed(2)} MB BBC (target >= 0.5 ${all >= 0.5 ? 'MET' : 'NOT MET'}); coreference+actors ${ours.toFixed(2)} MB/s; per stage: ${per}`,
    },
    {
      label: 'memory: peak RSS with all dictionaries (MB)',
      support: texts.length,
      note: `${(loaded / 1e6).toFixed(0)} MB after loading dictionaries and models, peak ${(peak / 1e6).toFixed(0)} MB while holding all ${texts.length} analysed docs (target <= 400); actors known ${coded}, guessed ${guessed}`,
    },
  ]
}

const evaluator: Evaluator = {
  name: 'actors',
  data: 'seed gold actor codes and aliases; BBC news for speed',
  run: (shared, options) => {
    const goldPath = join(shared, `${SEED}.gold.json`)
    const textPath = join(shared, `${SEED}.txt`)
    if (!existsSync(goldPath) || !existsSync(textPath)) {
      return Promise.resolve({ name: 'actors', scores: [], skipped: `${goldPath} not found` })
    }
    const gold = loadGold(goldPath)
    const pipeline = buildPipeline([normalizeStage, structureStage, tokensStage, ...actorStages()])
    const doc = runPipeline(pipeline, createDoc(readFileSync(textPath, 'utf8'), { published: gold.published }))
    const seed = scoreSeed(doc, goldPath, options.verbose)
    // The same scoring with the gold entity spans given (oracle NER), to separate our errors from NER's.
    const text = readFileSync(textPath, 'utf8')
    const names: Array<[string, EntityType]> = []
    for (const entity of gold.entities ?? []) {
      for (const name of [entity.text, ...entity.aliases]) if (/^\p{Lu}/u.test(name) && !/^The /.test(name)) names.push([name, entity.type as EntityType])
    }
    const dict = loadActorDictionary()
    const base = runPipeline(buildPipeline([normalizeStage, structureStage, tokensStage]), createDoc(text, { published: gold.published }))
    const oracleDoc = runPipeline(
      buildPipeline([createCoreferenceStage(dict), createActorsStage(dict)], ['normalized', 'paragraphs', 'boilerplate', 'tokens', 'sentences', 'entities']),
      { ...base, layers: { ...base.layers, entities: markEntities(text, names) } },
    )
    const oracle = scoreSeed(oracleDoc, goldPath, false)
    const oracleScores = oracle.scores.map((s) => ({ ...s, label: s.label.replace('seed:', 'seed (oracle NER):') }))
    const speed = measureSpeed(shared, options.limit)
    const oracleMisses = oracle.details.filter((d) => !d.startsWith('hit')).map((d) => `oracle NER: ${d}`)
    return Promise.resolve({ name: 'actors', scores: [...seed.scores, ...oracleScores, ...speed], details: [...seed.details, ...oracleMisses] })
  },
}

export default evaluator
