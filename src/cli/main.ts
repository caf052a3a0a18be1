#!/usr/bin/env node
// The dyad command line: delivery only, it calls the library and prints.
import { readFileSync } from 'node:fs'
import { Command, InvalidArgumentError, Option } from 'commander'
import { DyadError, describeError } from '../core/index.js'
import { runAnalyze, type AnalyzeCommandOptions } from './analyze-command.js'
import { ExitCode } from './exit-codes.js'
import { runImportActors, type ImportActorsOptions } from './import-actors-command.js'
import { runExplain, type ExplainOptions } from './explain-command.js'

/** The package version (src/cli and dist/cli both sit two levels below package.json). */
function readVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version?: unknown
    }
    return typeof pkg.version === 'string' ? pkg.version : 'unknown'
  } catch {
    return 'unknown'
  }
}

function parseDay(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  const [year, month, day] = (match ?? []).slice(1).map(Number)
  const date =
    year === undefined || month === undefined || day === undefined
      ? undefined
      : new Date(Date.UTC(year, month - 1, day))
  // Date.parse accepts 2024-02-30 (rolling into March); a publication day must exist.
  if (date === undefined || date.getUTCMonth() !== (month ?? 0) - 1 || date.getUTCDate() !== day) {
    throw new InvalidArgumentError(`expected a date as YYYY-MM-DD, got "${value}"`)
  }
  return value
}

function parsePositive(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n <= 0)
    throw new InvalidArgumentError(`expected a positive whole number, got "${value}"`)
  return n
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value]
}

// `dyad analyze … | head` closes stdout early: stop quietly instead of crashing on EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? ExitCode.Ok)
  throw error
})

const io = {
  out: (text: string) => process.stdout.write(`${text}\n`),
  err: (text: string) => process.stderr.write(`${text}\n`),
}

const program = new Command()
program
  .name('dyad')
  .description(
    'Turn foreign-affairs news into event data: entities, actor codes, CAMEO events, quotes and dates.',
  )
  .version(readVersion())
  .exitOverride()
  .configureOutput({ writeErr: (text) => process.stderr.write(text) })

program
  .command('analyze')
  .description('Analyze articles from files, directories, URLs or stdin ("-")')
  .argument('<sources...>', 'files, directories, http(s) URLs, or - for stdin, read in order')
  .option('--published <YYYY-MM-DD>', 'publication date for articles that carry none', parseDay)
  .addOption(
    new Option('--format <format>', 'output format').choices(['json', 'jsonl', 'table']).default('json'),
  )
  .addOption(
    new Option('--input <format>', 'input format')
      .choices(['auto', 'text', 'html', 'jsonl', 'feed'])
      .default('auto'),
  )
  .option('--layers', 'include every raw layer (tokens, sentences, mentions...) in JSON output', false)
  .option('--actors <file>', 'extra actor dictionary file (repeatable; later files win)', collect, [])
  .option('--patterns <file>', 'extra event pattern file (repeatable)', collect, [])
  .option('--max-bytes <n>', 'largest input accepted, in bytes', parsePositive)
  .option('--timeout <ms>', 'network timeout for URLs, in milliseconds', parsePositive)
  .option('--jobs <n>', 'worker threads analyzing in parallel (output order is kept)', parsePositive, 1)
  .action(async (sources: string[], options: AnalyzeCommandOptions) => {
    process.exitCode = await runAnalyze(sources, options, io)
  })

program
  .command('import-actors')
  .description(
    'Convert a Phoenix/PETRARCH actors or agents file into a dyad-actors@1 dictionary (docs/actor-dictionary.md)',
  )
  .argument('<phoenix-file>', 'Phoenix .actors.txt or agents file')
  .option('-o, --output <file>', 'output JSON file (stdout when absent)')
  .option('--name <name>', 'dictionary name (defaults to the file name)')
  .option('--pivot <yy>', 'two-digit years up to this are 20yy (default 30)', parsePositive)
  .action((source: string, options: ImportActorsOptions) => {
    process.exitCode = runImportActors(source, options, io)
  })

program
  .command('explain')
  .description('Show how each sentence is coded: chunks, clauses, roles and the pattern that fired')
  .argument('<source>', 'a text file, - for stdin, or the text itself in quotes')
  .option('--published <YYYY-MM-DD>', 'publication date', parseDay)
  .option('--actors <file>', 'extra actor dictionary file (repeatable)', collect, [])
  .option('--patterns <file>', 'extra event pattern file (repeatable)', collect, [])
  .option('--grep <text>', 'explain only sentences containing this text')
  .action((source: string, options: ExplainOptions) => {
    process.exitCode = runExplain(source, options, io)
  })

try {
  await program.parseAsync(process.argv)
} catch (error) {
  const { code, exitCode } = error as { code?: string; exitCode?: number }
  if (
    code === 'commander.helpDisplayed' ||
    code === 'commander.version' ||
    (code === 'commander.help' && exitCode === 0)
  ) {
    process.exitCode = ExitCode.Ok
  } else if (typeof code === 'string' && code.startsWith('commander.')) {
    process.exitCode = ExitCode.Usage
  } else if (error instanceof DyadError) {
    process.stderr.write(`dyad: error ${error.code}: ${error.message}\n`)
    process.exitCode = ExitCode.Usage
  } else {
    process.stderr.write(`dyad: unexpected error: ${describeError(error)}\n`)
    process.exitCode = ExitCode.Usage
  }
}
