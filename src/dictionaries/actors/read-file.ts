// Reads and validates one actor dictionary file, turning every problem into a ConfigError that names it.
import { readFileSync } from 'node:fs'
import { ConfigError, ErrorCode, describeError } from '../../core/index.js'
import { actorFileSchema, type ActorFile } from './schema.js'

/** Formats a zod issue path as `people[0].roles[1].from`. */
function formatPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `${out === '' ? '' : '.'}${String(key)}`
  return out === '' ? '(root)' : out
}

/**
 * Validates an already-parsed value as an actor dictionary file.
 * @param label the file name to put in error messages
 * @throws ConfigError (`DYAD_DICTIONARY_INVALID`) naming the file, the path inside it and the problem
 */
export function parseActorFile(value: unknown, label: string): ActorFile {
  const result = actorFileSchema.safeParse(value)
  if (result.success) return result.data
  const problems = result.error.issues.slice(0, 5).map((issue) => `${formatPath(issue.path)}: ${issue.message}`)
  const more = result.error.issues.length > 5 ? ` (and ${result.error.issues.length - 5} more)` : ''
  throw new ConfigError(
    ErrorCode.DictionaryInvalid,
    `${label}: invalid actor dictionary: ${problems.join('; ')}${more}. See docs/actor-dictionary.md for the format.`,
    { cause: result.error },
  )
}

/**
 * Reads a JSON actor dictionary file from disk and validates it.
 * @throws ConfigError (`DYAD_DICTIONARY_INVALID`) when it cannot be read, is not JSON, or breaks the schema
 */
export function readActorFile(path: string): ActorFile {
  let raw: string
  try {
    raw = readFileSync(path, 'utf8')
  } catch (error) {
    throw new ConfigError(ErrorCode.DictionaryInvalid, `${path}: cannot read actor dictionary: ${describeError(error)}`, {
      cause: error,
    })
  }
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch (error) {
    throw new ConfigError(ErrorCode.DictionaryInvalid, `${path}: actor dictionary is not valid JSON: ${describeError(error)}`, {
      cause: error,
    })
  }
  return parseActorFile(value, path)
}
