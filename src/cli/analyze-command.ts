// `dyad analyze`: read articles, run the pipeline, print JSON, JSONL or a table; errors go to stderr per article.
import { createDefaultPipeline } from '../api/index.js'
import { describeError, DyadError } from '../core/index.js'
import type { Pipeline } from '../pipeline/index.js'
import { readInput, type InputFormat, type ReadOptions, type ReadResult } from '../readers/index.js'
import { createInlineAnalyzer, createWorkerPool, type Outcome } from './analyzer.js'
import { ExitCode } from './exit-codes.js'
import { formatTable } from './format-table.js'

/** Options of `dyad analyze`, as parsed from the command line. */
export interface AnalyzeCommandOptions {
  readonly published?: string
  readonly format: 'json' | 'jsonl' | 'table'
  readonly input: InputFormat
  readonly layers: boolean
  readonly actors: string[]
  readonly patterns: string[]
  readonly maxBytes?: number
  readonly timeout?: number
  /** Worker threads analyzing in parallel (default 1: analyze in this thread). Output order is kept. */
  readonly jobs?: number
}

/** Output and error sinks, so tests can capture them. Each call is one line. */
export interface Io {
  out(text: string): void
  err(text: string): void
}

/** What `runAnalyze` may be handed instead of building it (tests, embedding). */
export interface AnalyzeDeps {
  /** A prebuilt pipeline (runs in this thread, whatever `jobs` says); default: the default pipeline with the `--actors`/`--patterns` files. */
  readonly pipeline?: Pipeline
  /** Passed to the readers (stdin stream for "-"). */
  readonly stdin?: ReadOptions['stdin']
}

/** Tallies of one run, for the closing summary and the exit code. */
interface Tally {
  analyzed: number
  failed: number
  crashed: number
  skipped: number
}

/** Prints `json` output as it comes: one object for a single document, an array for several. */
function createJsonPrinter(io: Io): { add(text: string): void; finish(): void } {
  // One document is held back, so the last one is printed without a trailing comma.
  let pending: string | undefined
  let count = 0
  const indent = (text: string): string => text.replace(/^/gm, '  ')
  return {
    add(text) {
      if (pending !== undefined) {
        if (count === 1) io.out('[')
        io.out(`${indent(pending)},`)
      }
      pending = text
      count++
    },
    finish() {
      if (pending === undefined) return
      if (count === 1) io.out(pending)
      else io.out(`${indent(pending)}\n]`)
    },
  }
}

/** One step of the output, in input order: a read failure or notice, or an analyzed document. */
type Step =
  | { readonly kind: 'unread'; readonly result: Extract<ReadResult, { ok: false }> }
  | { readonly kind: 'analyzed'; readonly name: string; readonly outcome: Outcome }

/** Reads several sources one after the other, as one stream of results. */
async function* readAll(sources: readonly string[], options: ReadOptions): AsyncGenerator<ReadResult> {
  for (const source of sources) yield* readInput(source, options)
}

/**
 * Runs `dyad analyze` on one or more sources, in order, and returns the exit code (see `exit-codes.ts`).
 * `json` prints one document (or an array when the input held several), `jsonl` one per line, `table` a summary.
 */
export async function runAnalyze(
  source: string | readonly string[],
  options: AnalyzeCommandOptions,
  io: Io,
  deps: AnalyzeDeps = {},
): Promise<number> {
  const sources = typeof source === 'string' ? [source] : source
  let pipeline: Pipeline
  try {
    pipeline =
      deps.pipeline ?? createDefaultPipeline({ actorFiles: options.actors, patternFiles: options.patterns })
  } catch (error) {
    const code = error instanceof DyadError ? error.code : 'DYAD_CONFIG_INVALID'
    io.err(`dyad: error ${code}: ${describeError(error)}`)
    return ExitCode.Usage
  }
  const readOptions: ReadOptions = {
    format: options.input,
    ...(options.published === undefined ? {} : { published: options.published }),
    ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
    ...(options.timeout === undefined ? {} : { timeoutMs: options.timeout }),
    ...(deps.stdin === undefined ? {} : { stdin: deps.stdin }),
  }
  const tally: Tally = { analyzed: 0, failed: 0, crashed: 0, skipped: 0 }
  const json = createJsonPrinter(io)
  const emit = (step: Step): void => {
    if (step.kind === 'unread') {
      const { error, skipped } = step.result
      if (skipped === true) {
        tally.skipped++
        io.err(`dyad: skipped ${error.message}`)
      } else {
        tally.failed++
        io.err(`dyad: error ${error.code}: ${error.message}`)
      }
      return
    }
    const { name, outcome } = step
    if (!outcome.ok) {
      // The runner already turns stage crashes into diagnostics; this covers anything else.
      tally.failed++
      io.err(`dyad: error DYAD_DOC_INVALID: ${name}: analysis failed: ${outcome.message}`)
      return
    }
    if (outcome.crashes.length > 0) {
      tally.crashed++
      for (const crash of outcome.crashes) io.err(`dyad: warning: ${name}: stage ${crash}`)
    }
    let text: string
    try {
      text =
        options.format === 'jsonl'
          ? JSON.stringify(outcome.json)
          : options.format === 'table'
            ? `${formatTable(outcome.json)}\n`
            : JSON.stringify(outcome.json, null, 2)
    } catch (error) {
      // A document a stage filled with something unprintable fails alone; the batch goes on.
      tally.failed++
      io.err(`dyad: error DYAD_DOC_INVALID: ${name}: could not be printed: ${describeError(error)}`)
      return
    }
    tally.analyzed++
    if (options.format === 'json') json.add(text)
    else io.out(text)
  }
  const jobs = options.jobs ?? 1
  const analyzer =
    deps.pipeline === undefined && jobs > 1
      ? createWorkerPool(jobs, {
          actorFiles: options.actors,
          patternFiles: options.patterns,
          includeLayers: options.layers,
        })
      : createInlineAnalyzer(pipeline, options.layers)
  // Steps wait here in input order; a bounded queue keeps workers busy without reading ahead unboundedly.
  const queue: Array<Promise<Step>> = []
  try {
    for await (const result of readAll(sources, readOptions)) {
      queue.push(
        result.ok
          ? analyzer.analyze(result.doc).then((outcome): Step => ({
              kind: 'analyzed',
              name: result.doc.meta.source ?? result.doc.id,
              outcome,
            }))
          : Promise.resolve({ kind: 'unread', result }),
      )
      while (queue.length >= analyzer.capacity) {
        const next = queue.shift()
        if (next !== undefined) emit(await next)
      }
    }
    for (const next of queue.splice(0)) emit(await next)
  } finally {
    await analyzer.close()
  }
  if (options.format === 'json') json.finish()
  const summary = `${tally.analyzed} article(s) analyzed, ${tally.failed} could not be read${tally.crashed > 0 ? `, ${tally.crashed} with a crashed stage` : ''}${tally.skipped > 0 ? `, ${tally.skipped} file(s) skipped` : ''}`
  if (tally.analyzed === 0) {
    io.err(`dyad: nothing could be read from ${sources.join(', ')} (${summary})`)
    return ExitCode.NothingRead
  }
  if (tally.failed > 0 || tally.crashed > 0) {
    io.err(`dyad: ${summary}`)
    return ExitCode.Partial
  }
  if (tally.skipped > 0) io.err(`dyad: ${summary}`)
  return ExitCode.Ok
}
