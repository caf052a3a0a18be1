// Reading knowledge files (dictionaries, lexicons, codebooks): JSON validated by a zod schema, or a ConfigError naming the problem.
import { readFileSync } from 'node:fs'
import type { z } from 'zod'
import { ConfigError, ErrorCode, describeError } from '../core/index.js'

/** What a data file is, for error messages: `{ kind: 'date lexicon', format: 'dyad-date-lexicon@1' }`. */
export interface DataFileKind {
  /** Words naming the file's role, e.g. "actor dictionary". */
  readonly kind: string
  /** The versioned format name it must follow. */
  readonly format: string
  /** Where the format is documented or how to regenerate the file. */
  readonly hint?: string
}

/** Formats a zod issue path as `people[0].roles[1].from`. */
function formatPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `${out === '' ? '' : '.'}${String(key)}`
  return out === '' ? '(root)' : out
}

/**
 * Validates an already-parsed value against a schema.
 * @param label the file name to put in error messages
 * @throws ConfigError (`DYAD_DICTIONARY_INVALID`) naming the file, up to five paths inside it and their problems
 */
export function parseDataValue<S extends z.ZodType>(value: unknown, schema: S, label: string, what: DataFileKind): z.infer<S> {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  const issues = result.error.issues
  const problems = issues.slice(0, 5).map((issue) => `${formatPath(issue.path)}: ${issue.message}`)
  const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : ''
  const hint = what.hint === undefined ? '' : ` ${what.hint}`
  throw new ConfigError(
    ErrorCode.DictionaryInvalid,
    `${label}: invalid ${what.kind} (${what.format}): ${problems.join('; ')}${more}.${hint}`,
    { cause: result.error },
  )
}

/**
 * Reads a JSON data file and validates it against a schema.
 * @throws ConfigError (`DYAD_DICTIONARY_INVALID`) when it cannot be read, is not JSON, or breaks the schema
 * @example readDataFile('my-actors.json', actorFileSchema, { kind: 'actor dictionary', format: 'dyad-actors@1' })
 */
export function readDataFile<S extends z.ZodType>(file: string | URL, schema: S, what: DataFileKind): z.infer<S> {
  const label = file instanceof URL ? decodeURIComponent(file.pathname) : file
  let raw: string
  try {
    raw = readFileSync(file, 'utf8')
  } catch (error) {
    throw new ConfigError(ErrorCode.DictionaryInvalid, `${label}: cannot read ${what.kind}: ${describeError(error)}`, {
      cause: error,
    })
  }
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch (error) {
    throw new ConfigError(ErrorCode.DictionaryInvalid, `${label}: ${what.kind} is not valid JSON: ${describeError(error)}`, {
      cause: error,
    })
  }
  return parseDataValue(value, schema, label, what)
}
