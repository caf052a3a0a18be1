// Reads a misspelled country name ("Ethopia", "Afganistan") as the country one edit away, as a guess.
import type { ActorDictionary } from '../../dictionaries/actors/index.js'

/** Shortest name read this way: shorter words are too often other names one letter apart. */
const MIN_LENGTH = 6

/**
 * Tells whether two words are at most one edit apart (insertion, deletion, substitution or the swap of
 * two neighbouring letters), comparing case-insensitively.
 */
export function isOneEditApart(a: string, b: string): boolean {
  return isOneEditApartLower(a.toLowerCase(), b.toLowerCase())
}

/** `isOneEditApart` on words already lower-cased. */
function isOneEditApartLower(x: string, y: string): boolean {
  if (x === y) return true
  if (Math.abs(x.length - y.length) > 1) return false
  let i = 0
  while (i < x.length && i < y.length && x[i] === y[i]) i++
  if (x.length === y.length) {
    if (x.slice(i + 1) === y.slice(i + 1)) return true
    return x[i] === y[i + 1] && x[i + 1] === y[i] && x.slice(i + 2) === y.slice(i + 2)
  }
  const [short, long] = x.length < y.length ? [x, y] : [y, x]
  return short.slice(i) === long.slice(i + 1)
}

/** A country name as the near match compares it. */
interface IndexedName {
  readonly code: string
  readonly name: string
  readonly lower: string
}

/** Country names by length (with their lower case), and answers already given, built once per dictionary. */
interface NearIndex {
  readonly byLength: Map<number, IndexedName[]>
  readonly answers: Map<string, string | null>
}

const nearIndexes = new WeakMap<ActorDictionary, NearIndex>()

/** Most answers kept before the cache starts afresh. */
const ANSWER_LIMIT = 10_000

function nearIndexOf(dict: ActorDictionary): NearIndex {
  let index = nearIndexes.get(dict)
  if (index === undefined) {
    const byLength = new Map<number, IndexedName[]>()
    for (const [code, entry] of dict.countries) {
      for (const name of entry.names) {
        const list = byLength.get(name.length) ?? []
        list.push({ code, name, lower: name.toLowerCase() })
        byLength.set(name.length, list)
      }
    }
    index = { byLength, answers: new Map() }
    nearIndexes.set(dict, index)
  }
  return index
}

/**
 * Finds the one country whose name is one edit away from `text` (a place name the dictionary lacks).
 * Only names within one letter of the text's length can be one edit away, so only those are compared.
 * @returns its code, or undefined when none or several are that close, or the text is short
 * @example findNearCountry(dict, 'Ethopia') // 'ETH'
 */
export function findNearCountry(dict: ActorDictionary, text: string): string | undefined {
  if (text.length < MIN_LENGTH || !/^\p{Lu}/u.test(text)) return undefined
  const index = nearIndexOf(dict)
  const known = index.answers.get(text)
  if (known !== undefined) return known ?? undefined
  const lower = text.toLowerCase()
  const found = new Set<string>()
  for (let length = text.length - 1; length <= text.length + 1; length++) {
    for (const { code, name, lower: nameLower } of index.byLength.get(length) ?? []) {
      if (!isOneEditApartLower(nameLower, lower)) continue
      if (dict.lookupName(name)?.kind === 'country') found.add(code)
    }
  }
  const [only] = found
  const answer = found.size === 1 && only !== undefined ? only : undefined
  if (index.answers.size >= ANSWER_LIMIT) index.answers.clear()
  index.answers.set(text, answer ?? null)
  return answer
}
