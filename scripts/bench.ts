// `npm run bench`: throughput and peak memory of the default pipeline beside bare wink-nlp, with a per-stage breakdown.
import { existsSync, readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
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
    runs: { type: 'string', default: '1' },
  },
})
const limit = Number(values.limit)
const warmup = Number(values.warmup)
const runs = Number(values.runs)
if (!Number.isInteger(limit) || limit <= 0 || !Number.isInteger(warmup) || warmup < 0 || !Number.isInteger(runs) || runs <= 0) {
  console.error('bench: --limit and --runs must be positive integers and --warmup a non-negative one')
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

/** Wall and CPU time in milliseconds. CPU time is what "MB/s per core" means on a busy, shared machine. */
interface Time {
  wall: number
  cpu: number
}

function now(): Time {
  const { user, system } = process.cpuUsage()
  return { wall: performance.now(), cpu: (user + system) / 1000 }
}

/**
 * CPU milliseconds of the main thread alone (Linux: /proc/self/task/<pid>/stat, 10 ms ticks), or
 * undefined elsewhere. Process CPU also counts V8's background threads: the optimizing compiler still
 * compiles hot functions long after warm-up, and GC helpers mark and sweep, so process CPU runs ahead
 * of the stages' own time; main-thread CPU is what the per-stage rows add up to.
 */
function mainThreadCpu(): number | undefined {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return (Number(fields[11]) + Number(fields[12])) * 10
  } catch {
    return undefined
  }
}

function since(start: Time): Time {
  const end = now()
  return { wall: end.wall - start.wall, cpu: end.cpu - start.cpu }
}

// Time each stage's run ourselves by wrapping it; the runner stays the real one.
const base = createDefaultPipeline()
const stageTime = new Map<string, Time>()
const stages: AnyStage[] = base.stages.map((stage) => ({
  ...stage,
  run: (doc, ctx) => {
    const start = now()
    try {
      return stage.run(doc, ctx)
    } finally {
      const spent = since(start)
      const sum = stageTime.get(stage.name) ?? { wall: 0, cpu: 0 }
      stageTime.set(stage.name, { wall: sum.wall + spent.wall, cpu: sum.cpu + spent.cpu })
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
stageTime.clear()

/** One timed pass of the pipeline over every article. */
interface Run {
  time: Time
  main: number | undefined
  stages: Map<string, Time>
  tokens: number
  crashed: number
}

// On a shared, loaded machine one pass can be slowed by others' work: `--runs N` times N passes and
// keeps the one with the least process CPU (its stage rows come from that same pass).
let best: Run | undefined
for (let r = 0; r < runs; r++) {
  stageTime.clear()
  let runTokens = 0
  let runCrashed = 0
  const mainStart = mainThreadCpu()
  const start = now()
  for (const [i, doc] of docs.entries()) {
    const out = runPipeline(pipeline, doc)
    runTokens += out.layers.tokens?.length ?? 0
    if (out.diagnostics.some((d) => d.code === 'stage-crashed')) runCrashed++
    if (i % 10 === 0) sampledRss = Math.max(sampledRss, process.memoryUsage.rss())
  }
  const time = since(start)
  const mainEnd = mainThreadCpu()
  const main = mainStart === undefined || mainEnd === undefined ? undefined : mainEnd - mainStart
  if (best === undefined || time.cpu < best.time.cpu)
    best = { time, main, stages: new Map(stageTime), tokens: runTokens, crashed: runCrashed }
}
if (best === undefined) throw new Error('bench: no run was timed')
const pipelineTime = best.time
const pipelineMain = best.main
const tokens = best.tokens
const crashed = best.crashed
stageTime.clear()
for (const [name, time] of best.stages) stageTime.set(name, time)

let winkTokens = 0
const winkStart = now()
for (const doc of docs) winkTokens += runWink(doc.text)
const winkTime = since(winkStart)

const sec = (ms: number): string => (ms / 1000).toFixed(ms >= 10_000 ? 1 : 2)
const perSecond = (n: number, ms: number): string => {
  if (ms <= 0) return 'n/a'
  const value = n / (ms / 1000)
  return value.toFixed(value >= 100 ? 0 : 2)
}
const share = (ms: number, total: number): string => `${((100 * ms) / (total || 1)).toFixed(1)}%`

const lines: string[] = []
lines.push(
  `Dyad bench: ${docs.length} articles, ${mb.toFixed(2)} MB (UTF-8, 10^6 bytes), ${tokens} tokens, from ${file}`,
)
lines.push(
  `node ${process.version}, ${names.length} stages: ${names.join(' > ')}; warm-up ${Math.min(warmup, docs.length)} articles; ${runs === 1 ? '1 run' : `best of ${runs} runs (least process CPU)`}; load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`,
)
if (unreadable > 0 || crashed > 0)
  lines.push(`(${unreadable} unreadable records skipped; ${crashed} articles with a crashed stage)`)
lines.push('')
lines.push('| run | wall s | CPU s | MB/s per core (CPU) | MB/s (wall) | tokens/s (CPU) | articles/s (CPU) |')
lines.push('|---|---:|---:|---:|---:|---:|---:|')
for (const [label, time, count] of [
  ['default pipeline', pipelineTime, tokens],
  ['bare wink-nlp (readDoc+tokens+POS)', winkTime, winkTokens],
] as const) {
  lines.push(
    `| ${label} | ${sec(time.wall)} | ${sec(time.cpu)} | ${perSecond(mb, time.cpu)} | ${perSecond(mb, time.wall)} | ${perSecond(count, time.cpu)} | ${perSecond(docs.length, time.cpu)} |`,
  )
}
lines.push(
  `| **pipeline / wink** (CPU time) | | ${(pipelineTime.cpu / (winkTime.cpu || 1)).toFixed(2)}x | | | | |`,
)
if (pipelineMain !== undefined) {
  lines.push(
    `| default pipeline, main thread only | | ${sec(pipelineMain)} | ${perSecond(mb, pipelineMain)} | | | |`,
  )
  lines.push(
    `(V8 background threads, mostly the optimizing compiler: ${sec(pipelineTime.cpu - pipelineMain)} s CPU beside the main thread; a longer --limit or --warmup shrinks it)`,
  )
}
lines.push('')
lines.push('| stage | wall s | CPU s | share (CPU) | MB/s per core (CPU) |')
lines.push('|---|---:|---:|---:|---:|')
const totalCpu = [...stageTime.values()].reduce((n, t) => n + t.cpu, 0)
for (const name of names) {
  const time = stageTime.get(name) ?? { wall: 0, cpu: 0 }
  lines.push(
    `| ${name} | ${sec(time.wall)} | ${sec(time.cpu)} | ${share(time.cpu, totalCpu)} | ${perSecond(mb, time.cpu)} |`,
  )
}
for (const group of GROUPS) {
  const members = group.stages(names)
  const time = members.reduce(
    (sum, name) => {
      const t = stageTime.get(name) ?? { wall: 0, cpu: 0 }
      return { wall: sum.wall + t.wall, cpu: sum.cpu + t.cpu }
    },
    { wall: 0, cpu: 0 },
  )
  if (members.length === 0) {
    lines.push(`| **${group.label}** (not in the pipeline yet) | | | | n/a |`)
    continue
  }
  lines.push(
    `| **${group.label}** | ${sec(time.wall)} | ${sec(time.cpu)} | ${share(time.cpu, totalCpu)} | ${perSecond(mb, time.cpu)} |`,
  )
}
lines.push('')
const mib = (bytes: number): string => (bytes / 1024 / 1024).toFixed(0)
lines.push(
  `peak RSS ${peakRssMb(sampledRss).toFixed(0)} MB (VmHWM, whole process); sampled peak during the run ${mib(sampledRss)} MB; after loading the articles ${mib(rssAfterLoad)} MB; heap used at the end ${mib(process.memoryUsage().heapUsed)} MB`,
)
console.log(lines.join('\n'))
