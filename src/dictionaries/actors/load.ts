// Loads the built-in actor dictionary files and any user files, later files overriding earlier ones.
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ActorDictionary, type DictionarySource } from './actor-dictionary.js'
import { readActorFile } from './read-file.js'
import type { ActorFile } from './schema.js'

/** The folder holding the built-in dictionary files (`dictionaries/actors/` at the package root). */
export const BUILTIN_ACTOR_DIR = fileURLToPath(new URL('../../../dictionaries/actors/', import.meta.url))

/** Built-in files in load order; any other `*.json` in the folder loads after them, sorted by name. */
const BUILTIN_ORDER = ['countries.json', 'curated.json']

/** Lists the built-in dictionary files in load order. */
export function builtinActorFiles(): string[] {
  if (!existsSync(BUILTIN_ACTOR_DIR)) return []
  const present = readdirSync(BUILTIN_ACTOR_DIR).filter((f) => f.endsWith('.json'))
  const ordered = BUILTIN_ORDER.filter((f) => present.includes(f))
  const rest = present.filter((f) => !BUILTIN_ORDER.includes(f)).sort()
  return [...ordered, ...rest].map((f) => join(BUILTIN_ACTOR_DIR, f))
}

const cache = new Map<string, ActorDictionary>()

/**
 * Loads the built-in actor dictionary plus user files (later files add to or override earlier ones).
 * Results are cached per list of files.
 * @param files user dictionary files, in order
 * @param options `builtins: false` loads only the given files (tests of invented worlds)
 * @throws ConfigError (`DYAD_DICTIONARY_INVALID`) naming the file, the path in it and the problem
 * @example const dict = loadActorDictionary(['my-actors.json'])
 */
export function loadActorDictionary(files: readonly string[] = [], options: { builtins?: boolean } = {}): ActorDictionary {
  const paths = [...(options.builtins === false ? [] : builtinActorFiles()), ...files]
  const key = paths.join('\n')
  const hit = cache.get(key)
  if (hit !== undefined) return hit
  const parsed: ActorFile[] = []
  const sources: DictionarySource[] = []
  for (const path of paths) {
    const file = readActorFile(path)
    parsed.push(file)
    sources.push({ path, name: file.name, version: file.version })
  }
  const dict = new ActorDictionary(parsed, sources)
  cache.set(key, dict)
  return dict
}

/** Builds a dictionary from already-parsed files (no disk access), e.g. for tests. */
export function compileActorDictionary(files: readonly ActorFile[]): ActorDictionary {
  return new ActorDictionary(
    files,
    files.map((f) => ({ path: '(memory)', name: f.name, version: f.version })),
  )
}
