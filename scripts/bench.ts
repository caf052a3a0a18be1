// `npm run bench`: throughput and peak memory of the default pipeline beside bare wink-nlp, with a per-stage breakdown.
import { existsSync, openSync, readFileSync, readSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'
import type { Doc } from '../src/core/index.js'
import type * as Api from '../src/api/index.js'
import type { AnyStage } from '../src/pipeline/index.js'
import type * as Pipelines from '../src/pipeline/index.js'
import type * as Readers from '../src/readers/index.js'
import { findShared, REPO_ROOT } from './eval/harness.js'

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
    from: { type: 'string', default: 'dist' },
  },
})
if (values.from !== 'dist' && values.from !== 'src') {
  console.error(`bench: --from must be dist (the built JavaScript that \`dyad\` runs) or src (the TypeScript through tsx), not ${values.from}`)
  process.exit(2)
}
// What users run is the built JavaScript (`dyad` is dist/cli/main.js), so that is what is timed by default
// (`npm run bench` builds first). `--from src` times the TypeScript sources through tsx instead, which wraps every
// named function expression in a `__name` call each time it is created.
const root = values.from === 'dist' ? join(REPO_ROOT, 'dist') : join(REPO_ROOT, 'src')
const extension = values.from === 'dist' ? 'js' : 'ts'
if (!existsSync(join(root, 'api', `index.${extension}`))) {
  console.error(`bench: ${join(root, 'api', `index.${extension}`)} is missing; run \`npm run build\` first`)
  process.exit(2)
}
const moduleUrl = (path: string): string => pathToFileURL(join(root, `${path}.${extension}`)).href
const { createDefaultPipeline } = (await import(moduleUrl('api/index'))) as typeof Api
const { buildPipeline, runPipeline } = (await import(moduleUrl('pipeline/index'))) as typeof Pipelines
const { readInput } = (await import(moduleUrl('readers/index'))) as typeof Readers
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

/**
 * Wall time, and CPU time in milliseconds. CPU time is what "MB/s per core" means on a busy, shared machine.
 * `cpu` is process CPU (every thread); `thread` is the main thread's own CPU where Linux tells it, else
 * process CPU again. Process CPU also counts V8's background threads (the optimizing compiler still compiles
 * hot functions long after warm-up; GC helpers mark and sweep), whichever stage happens to be running, so
 * per-stage rows use the main thread's CPU and the totals show both.
 */
interface Time {
  wall: number
  cpu: number
  thread: number
}

/** The main thread's schedstat file, read with pread into one buffer (about 2 µs a read), or undefined. */
const schedstat = ((): { fd: number; buffer: Buffer } | undefined => {
  try {
    const fd = openSync('/proc/thread-self/schedstat', 'r')
    const buffer = Buffer.alloc(128)
    readSync(fd, buffer, 0, buffer.length, 0)
    return { fd, buffer }
  } catch {
    return undefined
  }
})()

/** CPU milliseconds of the main thread (nanosecond resolution, Linux schedstat), or undefined elsewhere. */
function mainThreadCpu(): number | undefined {
  if (schedstat === undefined) return undefined
  const n = readSync(schedstat.fd, schedstat.buffer, 0, schedstat.buffer.length, 0)
  let ns = 0
  for (let i = 0; i < n; i++) {
    const c = schedstat.buffer[i] ?? 32
    if (c < 48 || c > 57) break
    ns = ns * 10 + (c - 48)
  }
  return ns / 1e6
}

function now(): Time {
  const { user, system } = process.cpuUsage()
  const cpu = (user + system) / 1000
  return { wall: performance.now(), cpu, thread: mainThreadCpu() ?? cpu }
}

function since(start: Time): Time {
  const end = now()
  return { wall: end.wall - start.wall, cpu: end.cpu - start.cpu, thread: end.thread - start.thread }
}

const ZERO: Time = { wall: 0, cpu: 0, thread: 0 }
const add = (a: Time, b: Time): Time => ({ wall: a.wall + b.wall, cpu: a.cpu + b.cpu, thread: a.thread + b.thread })

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
      stageTime.set(stage.name, add(stageTime.get(stage.name) ?? ZERO, spent))
    }
  },
}))
const pipeline = buildPipeline(stages)
// The totals come from the same stages without the wrappers: 20 clock reads per article cost 3-10% of the run.
const plainPipeline = buildPipeline(base.stages)
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
  runPipeline(plainPipeline, doc)
  runWink(doc.text)
}
stageTime.clear()

/** One timed pass of the pipeline over every article. */
interface Run {
  time: Time
  stages: Map<string, Time>
  tokens: number
  crashed: number
}

/** Times one pass of a pipeline over every article. */
function timePass(timed: typeof pipeline): Run {
  stageTime.clear()
  let runTokens = 0
  let runCrashed = 0
  const start = now()
  for (const [i, doc] of docs.entries()) {
    const out = runPipeline(timed, doc)
    runTokens += out.layers.tokens?.length ?? 0
    if (out.diagnostics.some((d) => d.code === 'stage-crashed')) runCrashed++
    if (i % 10 === 0) sampledRss = Math.max(sampledRss, process.memoryUsage.rss())
  }
  return { time: since(start), stages: new Map(stageTime), tokens: runTokens, crashed: runCrashed }
}

/** Times one pass of bare wink-nlp over every article. */
function timeWink(): { time: Time; tokens: number } {
  let winkTokens = 0
  const start = now()
  for (const doc of docs) winkTokens += runWink(doc.text)
  return { time: since(start), tokens: winkTokens }
}

// On a shared, loaded machine one pass can be slowed by others' work: `--runs N` times N passes of the plain
// pipeline (for the totals), N of the stage-timed one (for the stage rows) and N of bare wink (the baseline),
// interleaved so that all three meet the same hours of the machine, and keeps the one of each with the least
// process CPU.
let best: Run | undefined
let bestTimed: Run | undefined
let bestWink: { time: Time; tokens: number } | undefined
for (let r = 0; r < runs; r++) {
  const plain = timePass(plainPipeline)
  if (best === undefined || plain.time.cpu < best.time.cpu) best = plain
  const wink = timeWink()
  if (bestWink === undefined || wink.time.cpu < bestWink.time.cpu) bestWink = wink
  const timed = timePass(pipeline)
  if (bestTimed === undefined || timed.time.cpu < bestTimed.time.cpu) bestTimed = timed
}
if (best === undefined || bestTimed === undefined || bestWink === undefined) throw new Error('bench: no run was timed')
const pipelineTime = best.time
const tokens = best.tokens
const crashed = best.crashed
const timedTime = bestTimed.time
stageTime.clear()
for (const [name, time] of bestTimed.stages) stageTime.set(name, time)

const winkTokens = bestWink.tokens
const winkTime = bestWink.time

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
  `node ${process.version}, code from ${values.from === 'dist' ? 'dist/ (built JavaScript)' : 'src/ through tsx'}, ${names.length} stages: ${names.join(' > ')}; warm-up ${Math.min(warmup, docs.length)} articles; ${runs === 1 ? '1 run' : `best of ${runs} runs (least process CPU)`}; load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`,
)
if (unreadable > 0 || crashed > 0)
  lines.push(`(${unreadable} unreadable records skipped; ${crashed} articles with a crashed stage)`)
lines.push('')
const threadKnown = schedstat !== undefined
lines.push('| run | wall s | CPU s (all threads) | MB/s per core (all threads) | CPU s (main thread) | MB/s per core (main thread) | MB/s (wall) | tokens/s (main) |')
lines.push('|---|---:|---:|---:|---:|---:|---:|---:|')
for (const [label, time, count] of [
  ['default pipeline', pipelineTime, tokens],
  ['bare wink-nlp (readDoc+tokens+POS)', winkTime, winkTokens],
] as const) {
  const main = threadKnown ? [sec(time.thread), perSecond(mb, time.thread)] : ['n/a', 'n/a']
  lines.push(
    `| ${label} | ${sec(time.wall)} | ${sec(time.cpu)} | ${perSecond(mb, time.cpu)} | ${main[0] ?? ''} | ${main[1] ?? ''} | ${perSecond(mb, time.wall)} | ${perSecond(count, time.thread)} |`,
  )
}
lines.push(
  `| **pipeline / wink** | | ${(pipelineTime.cpu / (winkTime.cpu || 1)).toFixed(2)}x | | ${(pipelineTime.thread / (winkTime.thread || 1)).toFixed(2)}x | | | |`,
)
lines.push(
  threadKnown
    ? `(V8 background threads, mostly the optimizing compiler and GC helpers: ${sec(pipelineTime.cpu - pipelineTime.thread)} s CPU beside the main thread during the pipeline run; a longer --limit or --warmup shrinks the compiler's part)`
    : '(main-thread CPU is not available on this system: every CPU figure is process CPU)',
)
lines.push('')
lines.push(
  `Stage rows come from a separate pass with a clock around every stage (${sec(timedTime.thread)} s main-thread CPU against ${sec(pipelineTime.thread)} s without the clocks).`,
)
const cpuLabel = threadKnown ? 'main-thread CPU' : 'process CPU'
lines.push(`| stage | wall s | CPU s (${cpuLabel}) | share | MB/s per core |`)
lines.push('|---|---:|---:|---:|---:|')
const totalCpu = [...stageTime.values()].reduce((n, t) => n + t.thread, 0)
for (const name of names) {
  const time = stageTime.get(name) ?? ZERO
  lines.push(
    `| ${name} | ${sec(time.wall)} | ${sec(time.thread)} | ${share(time.thread, totalCpu)} | ${perSecond(mb, time.thread)} |`,
  )
}
const groups = [...GROUPS, { label: 'whole pipeline (sum of stages)', stages: (all: readonly string[]) => [...all] }]
for (const group of groups) {
  const members = group.stages(names)
  const time = members.reduce((sum, name) => add(sum, stageTime.get(name) ?? ZERO), ZERO)
  if (members.length === 0) {
    lines.push(`| **${group.label}** (not in the pipeline yet) | | | | n/a |`)
    continue
  }
  lines.push(
    `| **${group.label}** | ${sec(time.wall)} | ${sec(time.thread)} | ${share(time.thread, totalCpu)} | ${perSecond(mb, time.thread)} |`,
  )
}
lines.push('')
const mib = (bytes: number): string => (bytes / 1024 / 1024).toFixed(0)
lines.push(
  `peak RSS ${peakRssMb(sampledRss).toFixed(0)} MB (VmHWM, whole process); sampled peak during the run ${mib(sampledRss)} MB; after loading the articles ${mib(rssAfterLoad)} MB; heap used at the end ${mib(process.memoryUsage().heapUsed)} MB`,
)
console.log(lines.join('\n'))
