// `npm run bench`: throughput and peak memory of the default pipeline beside bare wink-nlp, with a per-stage breakdown.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'
import { createDefaultPipeline } from '../src/api/index.js'
import type { Doc } from '../src/core/index.js'
import { buildPipeline, runPipeline, type AnyStage } from '../src/pipeline/index.js'
import { readInput } from '../src/readers/index.js'
import { findShared } from './eval/harness.js'

// Stage groups that later issues set throughput targets on (>= 0.5 MB/s per core).
const GROUPS: ReadonlyArray<{ label: string; stages: (names: readonly string[]) => string[] }> = [
  {
    label: 'entities+coreference+actors',
    stages: (names) => names.filter((n) => ['entities', 'coreference', 'actors'].includes(n)),
  },
  {
    label: 'pipeline through events',
    stages: (names) => (names.includes('events') ? names.slice(0, names.indexOf('events') + 1) : []),
  },
]

const { values } = parseArgs({
  options: {
    limit: { type: 'string', default: '2000' },
    file: { type: 'string' },
    warmup: { type: 'string', default: '50' },
  },
})
const limit = Number(values.limit)
const warmup = Number(values.warmup)
if (!Number.isInteger(limit) || limit <= 0 || !Number.isInteger(warmup) || warmup < 0) {
  console.error('bench: --limit must be a positive integer and --warmup a non-negative one')
  process.exit(2)
}

const shared = findShared()
const file =
  values.file ?? (shared === undefined ? undefined : join(shared, 'data', 'news', 'reuters21578.jsonl'))
if (file === undefined) {
  console.log('bench: skipped: no --file given and ../shared (or $DYAD_SHARED) is absent')
  process.exit(0)
}
if (!existsSync(file)) {
  console.log(`bench: skipped: ${file} is absent`)
  process.exit(0)
}

/** Peak resident set size of this process, in MB: VmHWM where /proc exists, else the sampled peak. */
function peakRssMb(sampled: number): number {
  try {
    const match = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync('/proc/self/status', 'utf8'))
    if (match?.[1] !== undefined) return Number(match[1]) / 1024
  } catch {
    // Not Linux: fall back to sampling.
  }
  return sampled / 1024 / 1024
}

const docs: Doc[] = []
let unreadable = 0
for await (const result of readInput(file, { format: 'jsonl' })) {
  if (result.ok) docs.push(result.doc)
  else if (result.skipped !== true) unreadable++
  if (docs.length >= limit) break
}
if (docs.length === 0) {
  console.log(`bench: skipped: no article could be read from ${file}`)
  process.exit(0)
}
const bytes = docs.reduce((n, doc) => n + Buffer.byteLength(doc.text), 0)
const mb = bytes / 1e6
let sampledRss = process.memoryUsage().rss
const rssAfterLoad = sampledRss

// Time each stage's run ourselves by wrapping it; the runner stays the real one.
const base = createDefaultPipeline()
const stageMs = new Map<string, number>()
const stages: AnyStage[] = base.stages.map((stage) => ({
  ...stage,
  run: (doc, ctx) => {
    const t0 = performance.now()
    try {
      return stage.run(doc, ctx)
    } finally {
      stageMs.set(stage.name, (stageMs.get(stage.name) ?? 0) + performance.now() - t0)
    }
  },
}))
const pipeline = buildPipeline(stages)
const names = stages.map((s) => s.name)

const nlp = winkNLP(model)
// wink's `its` helpers are plain functions that never use `this`.
// eslint-disable-next-line @typescript-eslint/unbound-method
const posOf = nlp.its.pos
function runWink(text: string): number {
  const doc = nlp.readDoc(text)
  doc.tokens().out(posOf)
  return doc.tokens().out().length
}

// Warm up both (JIT, lazy dictionaries and models), then reset the clocks.
for (const doc of docs.slice(0, warmup)) {
  runPipeline(pipeline, doc)
  runWink(doc.text)
}
stageMs.clear()

let tokens = 0
let crashed = 0
const t0 = performance.now()
for (const doc of docs) {
  const out = runPipeline(pipeline, doc)
  tokens += out.layers.tokens?.length ?? 0
  if (out.diagnostics.some((d) => d.code === 'stage-crashed')) crashed++
  sampledRss = Math.max(sampledRss, process.memoryUsage().rss)
}
const pipelineMs = performance.now() - t0

let winkTokens = 0
const t1 = performance.now()
for (const doc of docs) winkTokens += runWink(doc.text)
const winkMs = performance.now() - t1

const seconds = (ms: number): number => ms / 1000
const rate = (n: number, ms: number): string =>
  ms <= 0 ? 'n/a' : (n / seconds(ms)).toFixed(n / seconds(ms) >= 100 ? 0 : 2)
const fmtMbS = (ms: number): string => (ms <= 0 ? 'n/a' : (mb / seconds(ms)).toFixed(2))

const lines: string[] = []
lines.push(`Dyad bench: ${docs.length} articles, ${mb.toFixed(2)} MB, ${tokens} tokens from ${file}`)
lines.push(
  `node ${process.version}, ${names.length} stages: ${names.join(' > ')}; warm-up ${Math.min(warmup, docs.length)} articles`,
)
if (unreadable > 0 || crashed > 0)
  lines.push(`(${unreadable} unreadable records skipped; ${crashed} articles with a crashed stage)`)
lines.push('')
lines.push('| run | seconds | MB/s | tokens/s | articles/s |')
lines.push('|---|---:|---:|---:|---:|')
lines.push(
  `| default pipeline | ${seconds(pipelineMs).toFixed(2)} | ${fmtMbS(pipelineMs)} | ${rate(tokens, pipelineMs)} | ${rate(docs.length, pipelineMs)} |`,
)
lines.push(
  `| bare wink-nlp (readDoc+tokens+POS) | ${seconds(winkMs).toFixed(2)} | ${fmtMbS(winkMs)} | ${rate(winkTokens, winkMs)} | ${rate(docs.length, winkMs)} |`,
)
lines.push(`| ratio pipeline / wink (time) | ${(pipelineMs / winkMs).toFixed(2)}x | | | |`)
lines.push('')
lines.push('| stage | seconds | share | MB/s |')
lines.push('|---|---:|---:|---:|')
const stageTotal = [...stageMs.values()].reduce((a, b) => a + b, 0)
for (const name of names) {
  const ms = stageMs.get(name) ?? 0
  lines.push(
    `| ${name} | ${seconds(ms).toFixed(3)} | ${((100 * ms) / (stageTotal || 1)).toFixed(1)}% | ${fmtMbS(ms)} |`,
  )
}
for (const group of GROUPS) {
  const members = group.stages(names)
  const ms = members.reduce((n, name) => n + (stageMs.get(name) ?? 0), 0)
  const note = members.length === 0 ? ' (stages not in pipeline yet)' : ''
  lines.push(
    `| **${group.label}**${note} | ${seconds(ms).toFixed(3)} | ${((100 * ms) / (stageTotal || 1)).toFixed(1)}% | ${members.length === 0 ? 'n/a' : fmtMbS(ms)} |`,
  )
}
lines.push('')
lines.push(
  `peak RSS ${peakRssMb(sampledRss).toFixed(0)} MB (VmHWM); sampled peak during the run ${(sampledRss / 1024 / 1024).toFixed(0)} MB; after loading articles ${(rssAfterLoad / 1024 / 1024).toFixed(0)} MB; heap used ${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(0)} MB`,
)
console.log(lines.join('\n'))
