// Analyzers for `dyad analyze`: in this thread, or a pool of worker threads that keeps results in input order.
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { analyzeDoc, toDocJson, type DocJson } from '../api/index.js'
import { describeError, type Doc } from '../core/index.js'
import type { Pipeline } from '../pipeline/index.js'

/** The result of analyzing one document: its JSON and any stage crashes, or why analysis failed. */
export type Outcome =
  | { readonly ok: true; readonly json: DocJson; readonly crashes: readonly string[] }
  | { readonly ok: false; readonly message: string }

/** Something that analyzes documents, possibly in parallel. */
export interface Analyzer {
  analyze(doc: Doc): Promise<Outcome>
  /** How many documents may usefully be in flight at once. */
  readonly capacity: number
  close(): Promise<void>
}

/** Analyzes one document in this thread, catching anything the runner did not. */
export function analyzeToOutcome(doc: Doc, pipeline: Pipeline, includeLayers: boolean): Outcome {
  try {
    const analyzed = analyzeDoc(doc, { pipeline })
    const crashes = analyzed.diagnostics
      .filter((d) => d.code === 'stage-crashed')
      .map((d) => `${d.stage}: ${d.message}`)
    return { ok: true, json: toDocJson(analyzed, includeLayers), crashes }
  } catch (error) {
    return { ok: false, message: describeError(error) }
  }
}

/** An analyzer that runs the pipeline in this thread, one document at a time. */
export function createInlineAnalyzer(pipeline: Pipeline, includeLayers: boolean): Analyzer {
  return {
    capacity: 1,
    analyze: (doc) => Promise.resolve(analyzeToOutcome(doc, pipeline, includeLayers)),
    close: () => Promise.resolve(),
  }
}

/** What each worker needs to build its own pipeline. */
export interface WorkerSetup {
  readonly actorFiles: readonly string[]
  readonly patternFiles: readonly string[]
  readonly includeLayers: boolean
}

/** A message from a worker: the outcome for document number `seq`. */
export interface WorkerReply {
  readonly seq: number
  readonly outcome: Outcome
}

interface PoolWorker {
  readonly worker: Worker
  readonly pending: Map<number, (outcome: Outcome) => void>
  isAlive: boolean
}

function spawnWorker(setup: WorkerSetup): Worker {
  const isSource = import.meta.url.endsWith('.ts')
  const file = new URL(`./analyze-worker.${isSource ? 'ts' : 'js'}`, import.meta.url)
  if (!isSource) return new Worker(file, { workerData: setup })
  // Under tsx (tests, `node --import tsx src/cli/main.ts`) the worker is TypeScript: a small bootstrap
  // registers tsx's loader in the worker first (execArgv `--import tsx` does not reach workers on Node 20).
  const api = JSON.stringify(import.meta.resolve('tsx/esm/api'))
  const bootstrap = `import(${api}).then((tsx) => { tsx.register(); return import(${JSON.stringify(file.href)}) })`
  return new Worker(bootstrap, { eval: true, workerData: setup })
}

/**
 * A pool of `jobs` worker threads, each with its own pipeline. Results come back as promises, so the
 * caller keeps input order by awaiting them in order. A worker that dies fails only its own documents.
 */
export function createWorkerPool(jobs: number, setup: WorkerSetup): Analyzer {
  const size = Math.max(1, Math.min(jobs, availableParallelism() * 2))
  const workers: PoolWorker[] = []
  let seq = 0
  for (let i = 0; i < size; i++) {
    const entry: PoolWorker = { worker: spawnWorker(setup), pending: new Map(), isAlive: true }
    entry.worker.on('message', (reply: WorkerReply) => {
      entry.pending.get(reply.seq)?.(reply.outcome)
      entry.pending.delete(reply.seq)
    })
    const fail = (message: string): void => {
      entry.isAlive = false
      for (const resolve of entry.pending.values()) resolve({ ok: false, message })
      entry.pending.clear()
    }
    entry.worker.on('error', (error) => fail(`analysis worker crashed: ${describeError(error)}`))
    entry.worker.on('exit', (code) => fail(`analysis worker exited (code ${code})`))
    workers.push(entry)
  }
  return {
    capacity: size * 2,
    analyze(doc) {
      const live = workers.filter((w) => w.isAlive)
      if (live.length === 0)
        return Promise.resolve({ ok: false, message: 'no analysis worker is left running' })
      // The least busy worker takes the next document.
      const target = live.reduce((a, b) => (b.pending.size < a.pending.size ? b : a))
      const id = seq++
      return new Promise<Outcome>((resolve) => {
        target.pending.set(id, resolve)
        target.worker.postMessage({ seq: id, doc })
      })
    },
    async close() {
      await Promise.all(
        workers.map(async (w) => {
          w.isAlive = false
          w.worker.removeAllListeners('exit')
          await w.worker.terminate()
        }),
      )
    },
  }
}
