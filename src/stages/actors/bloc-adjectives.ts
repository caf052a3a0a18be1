// Adjectives of blocs and world regions ("Western" → WST), read from `dictionaries/actors/bloc-adjectives.txt`.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** The bloc-adjective list shipped with Dyad. */
const BLOC_ADJECTIVES_FILE = fileURLToPath(new URL('../../../dictionaries/actors/bloc-adjectives.txt', import.meta.url))

let blocAdjectives: ReadonlyMap<string, string> | undefined

/** The bloc adjectives and their region codes, read once from `dictionaries/actors/bloc-adjectives.txt`. */
export function loadBlocAdjectives(): ReadonlyMap<string, string> {
  blocAdjectives ??= parseBlocAdjectives(readFileSync(BLOC_ADJECTIVES_FILE, 'utf8'))
  return blocAdjectives
}

/** Reads a bloc-adjective list: "Adjective CODE" a line (the code last), blank lines and `#` comments ignored. */
export function parseBlocAdjectives(text: string): ReadonlyMap<string, string> {
  const codes = new Map<string, string>()
  for (const line of text.split(/\r?\n/u)) {
    const found = /^(.+?)\s+([A-Z]{3})$/u.exec(line.replace(/#.*/u, '').trim())
    if (found !== null) codes.set(found[1] as string, found[2] as string)
  }
  return codes
}
