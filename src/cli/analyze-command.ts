// `dyad analyze`: read articles, run the pipeline, print JSON, JSONL or a table.
import { analyzeDoc, createDefaultPipeline, toDocJson } from '../api/index.js'
import { readInput, type InputFormat } from '../readers/index.js'
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
}

/** Output and error sinks, so tests can capture them. */
export interface Io {
  out(text: string): void
  err(text: string): void
}

/**
 * Runs `dyad analyze` and returns the exit code.
 * `json` prints one document (or an array when the input held several), `jsonl` one per line.
 */
export async function runAnalyze(source: string, options: AnalyzeCommandOptions, io: Io): Promise<number> {
  const pipeline = createDefaultPipeline({ actorFiles: options.actors, patternFiles: options.patterns })
  let read = 0
  let failed = 0
  const collected: unknown[] = []
  for await (const result of readInput(source, {
    format: options.input,
    ...(options.published === undefined ? {} : { published: options.published }),
    ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
    ...(options.timeout === undefined ? {} : { timeoutMs: options.timeout }),
  })) {
    if (!result.ok) {
      failed++
      io.err(`dyad: error ${result.error.code}: ${result.error.message}`)
      continue
    }
    read++
    const doc = analyzeDoc(result.doc, { pipeline })
    const json = toDocJson(doc, options.layers)
    if (options.format === 'jsonl') io.out(JSON.stringify(json))
    else if (options.format === 'table') io.out(`${formatTable(json)}\n`)
    else collected.push(json)
  }
  if (options.format === 'json' && collected.length > 0) {
    io.out(JSON.stringify(collected.length === 1 ? collected[0] : collected, null, 2))
  }
  if (read === 0) {
    io.err(`dyad: no article could be read from ${source}`)
    return ExitCode.NothingRead
  }
  if (failed > 0) {
    io.err(`dyad: ${read} article(s) analyzed, ${failed} could not be read`)
    return ExitCode.Partial
  }
  return ExitCode.Ok
}
