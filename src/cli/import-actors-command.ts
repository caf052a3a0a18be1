// `dyad import-actors`: convert a Phoenix/PETRARCH actors or agents file into a dyad-actors@1 JSON file.
import { readFileSync, writeFileSync } from 'node:fs'
import { basename } from 'node:path'
import { importPhoenix } from '../dictionaries/petrarch/index.js'
import { ExitCode } from './exit-codes.js'

/** Options of `dyad import-actors`, as parsed from the command line. */
export interface ImportActorsOptions {
  /** Output file; stdout when absent or "-". */
  readonly output?: string
  readonly name?: string
  /** Two-digit years up to this value are read as 20yy. */
  readonly pivot?: number
}

/** Output and error sinks, so tests can capture them. */
export interface ImportIo {
  out(text: string): void
  err(text: string): void
}

/**
 * Runs `dyad import-actors <phoenix-file> -o out.json` and returns the exit code.
 * Lines the importer cannot use are listed on stderr (first 20) and counted.
 */
export function runImportActors(source: string, options: ImportActorsOptions, io: ImportIo): number {
  let text: string
  try {
    text = readFileSync(source, 'utf8')
  } catch (error) {
    io.err(
      `dyad import-actors: cannot read ${source}: ${error instanceof Error ? error.message : String(error)}`,
    )
    return ExitCode.NothingRead
  }
  const name = options.name ?? basename(source).replace(/\.txt$/, '')
  const { file, skipped } = importPhoenix(text, {
    name,
    ...(options.pivot === undefined ? {} : { pivot: options.pivot }),
  })
  const json = `${JSON.stringify(file, null, 1)}\n`
  if (options.output === undefined || options.output === '-') io.out(json.trimEnd())
  else writeFileSync(options.output, json)
  for (const line of skipped.slice(0, 20)) io.err(`${source}:${line.line}: skipped: ${line.reason}`)
  const counts = [
    `${file.countries?.length ?? 0} countries`,
    `${file.people?.length ?? 0} people`,
    `${file.organizations?.length ?? 0} organizations`,
    `${file.agents?.reduce((n, a) => n + a.words.length, 0) ?? 0} agent words`,
  ].join(', ')
  io.err(
    `dyad import-actors: ${counts}; ${skipped.length} line(s) skipped${options.output === undefined || options.output === '-' ? '' : ` → ${options.output}`}`,
  )
  return skipped.length > 0 ? ExitCode.Partial : ExitCode.Ok
}
