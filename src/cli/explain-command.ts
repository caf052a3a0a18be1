// `dyad explain`: shows how each sentence was coded (chunks, clauses, roles, the pattern that fired).
import { readFileSync } from 'node:fs'
import { explain } from '../api/index.js'
import { ExitCode } from './exit-codes.js'
import type { Io } from './analyze-command.js'

/** Options of `dyad explain`. */
export interface ExplainOptions {
  readonly published?: string
  readonly actors: string[]
  readonly patterns: string[]
  /** Explain only sentences containing this text. */
  readonly grep?: string
}

/**
 * Runs `dyad explain` on a text file (or "-" for stdin) and returns the exit code.
 * The argument may also be a sentence in quotes when it is not a readable file.
 */
export function runExplain(source: string, options: ExplainOptions, io: Io): number {
  let text: string
  try {
    text = source === '-' ? readFileSync(0, 'utf8') : readFileSync(source, 'utf8')
  } catch {
    // Not a file: treat the argument itself as the text to explain.
    text = source
  }
  if (text.trim() === '') {
    io.err('dyad: error DYAD_INPUT_EMPTY: nothing to explain')
    return ExitCode.NothingRead
  }
  const sentences = explain(text, {
    actorFiles: options.actors,
    patternFiles: options.patterns,
    ...(options.published === undefined ? {} : { published: options.published }),
  })
  for (const sentence of sentences) {
    if (options.grep !== undefined && !sentence.text.includes(options.grep)) continue
    io.out(`## [${sentence.role}] ${sentence.text.replace(/\s+/g, ' ')}`)
    for (const line of sentence.lines) io.out(`  ${line}`)
  }
  return ExitCode.Ok
}
