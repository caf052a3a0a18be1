// Reads and validates one actor dictionary file, turning every problem into a ConfigError that names it.
import { parseDataValue, readDataFile, type DataFileKind } from '../data-file.js'
import { actorFileSchema, type ActorFile } from './schema.js'

const ACTOR_FILE: DataFileKind = {
  kind: 'actor dictionary',
  format: 'dyad-actors@1',
  hint: 'See docs/actor-dictionary.md for the format.',
}

/**
 * Validates an already-parsed value as an actor dictionary file.
 * @param label the file name to put in error messages
 * @throws ConfigError (`DYAD_DICTIONARY_INVALID`) naming the file, the path inside it and the problem
 */
export function parseActorFile(value: unknown, label: string): ActorFile {
  return parseDataValue(value, actorFileSchema, label, ACTOR_FILE)
}

/**
 * Reads a JSON actor dictionary file from disk and validates it.
 * @throws ConfigError (`DYAD_DICTIONARY_INVALID`) when it cannot be read, is not JSON, or breaks the schema
 */
export function readActorFile(path: string): ActorFile {
  return readDataFile(path, actorFileSchema, ACTOR_FILE)
}
