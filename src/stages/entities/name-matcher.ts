// Whole-token, longest-match lookup of known names (gazetteer and actor dictionary) over a sentence's tokens.

/** A name to find, with the category it signals (an entity type, or `CITY` for the city gazetteer). */
export interface KnownName {
  readonly text: string
  readonly category: string
  /** Where it came from: lower numbers win ties (dictionary 0, gazetteer 1). */
  readonly rank: number
}

/** A hit: token indexes `[first, last]`. */
export interface NameHit {
  readonly first: number
  readonly last: number
  readonly name: KnownName
}

/** The names that begin with one lowercase word, longest first (look them up once per word with `startsOf`). */
export type NameStarts = readonly Entry[]

interface Entry {
  readonly parts: readonly string[]
  readonly name: KnownName
  /** Short and all-capital names ("US", "AP") match only with exactly this case. */
  readonly exact: readonly string[] | undefined
}

/**
 * Splits a name into the pieces the tokens stage makes: at spaces, and around hyphens and slashes.
 * @example splitName('Asia-Pacific region') // ['Asia', '-', 'Pacific', 'region']
 */
export function splitName(text: string): string[] {
  return text
    .split(/\s+/)
    .flatMap((part) => part.split(/([-\u2010-\u2014/])/))
    .flatMap((part) => (/^[A-Za-z]+['\u2019]s$/.test(part) ? [part.slice(0, -2), part.slice(-2)] : [part]))
    .filter((part) => part !== '')
}

/**
 * The token sequences a name may appear as. The tokens stage splits most hyphenated words ("Asia-Pacific") but
 * keeps some whole ("Co-operation", "anti-war"), so a name with a hyphen is also indexed with its hyphenated
 * words kept whole.
 * @example nameVariants('Security and Co-operation') // [['Security', 'and', 'Co', '-', 'operation'], ['Security', 'and', 'Co-operation']]
 */
export function nameVariants(text: string): string[][] {
  const split = splitName(text)
  if (!/[-\u2010-\u2014]/.test(text)) return [split]
  const whole = text
    .split(/\s+/)
    .flatMap((part) => (/^[A-Za-z]+['\u2019]s$/.test(part) ? [part.slice(0, -2), part.slice(-2)] : [part]))
    .filter((part) => part !== '')
  return whole.length === split.length ? [split] : [split, whole]
}

/** Returns whether a name must match with its exact case: short names and acronyms. */
export function isCaseSensitiveName(text: string): boolean {
  const letters = text.replace(/[^A-Za-z]/g, '')
  return letters.length <= 3 || (letters === letters.toUpperCase() && letters.length <= 6)
}

/** Finds known names in token sequences. */
export class NameMatcher {
  private readonly byFirst = new Map<string, Entry[]>()

  /** Indexes names; for the same token sequence, the lower rank wins. */
  constructor(names: Iterable<KnownName>) {
    const seen = new Map<string, Entry>()
    for (const name of names) {
      for (const parts of nameVariants(name.text)) {
        if (parts.length === 0) continue
        const lower = parts.map((p) => p.toLowerCase())
        const exact = isCaseSensitiveName(name.text) ? parts : undefined
        const key = `${exact === undefined ? '' : 'E:'}${exact === undefined ? lower.join(' ') : parts.join(' ')}`
        const old = seen.get(key)
        if (old !== undefined && old.name.rank <= name.rank) continue
        seen.set(key, { parts: lower, name, exact })
      }
    }
    for (const entry of seen.values()) {
      const first = entry.parts[0] ?? ''
      const list = this.byFirst.get(first) ?? []
      list.push(entry)
      this.byFirst.set(first, list)
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.parts.length - a.parts.length || a.name.rank - b.name.rank)
  }

  /** Returns the names that begin with a lowercase word, if any (to pass to `find` for many sentences). */
  startsOf(lower: string): NameStarts | undefined {
    return this.byFirst.get(lower)
  }

  /**
   * Finds non-overlapping names, longest first from the left.
   * @param words token surfaces of one sentence
   * @param accept decides on a hit whose case is loose (e.g. demands a capital first letter); all pass without it
   * @param lower the words lowercased, when the caller has them already
   * @param starts `startsOf` each lowercased word, when the caller has them already
   */
  find(
    words: readonly string[],
    accept?: (hit: NameHit) => boolean,
    lower: readonly string[] = words.map((w) => w.toLowerCase()),
    starts?: ReadonlyArray<NameStarts | undefined>,
  ): NameHit[] {
    const hits: NameHit[] = []
    for (let i = 0; i < words.length; ) {
      const list = starts === undefined ? this.byFirst.get(lower[i] ?? '') : starts[i]
      const hit = list === undefined ? undefined : this.longestAt(list, words, lower, i, accept)
      if (hit === undefined) {
        i++
        continue
      }
      hits.push(hit)
      i = hit.last + 1
    }
    return hits
  }

  private longestAt(
    list: NameStarts,
    words: readonly string[],
    lower: readonly string[],
    i: number,
    accept: ((hit: NameHit) => boolean) | undefined,
  ): NameHit | undefined {
    outer: for (const entry of list) {
      const n = entry.parts.length
      if (i + n > words.length) continue
      for (let k = 1; k < n; k++) if (lower[i + k] !== entry.parts[k]) continue outer
      if (entry.exact !== undefined) {
        for (let k = 0; k < n; k++) if (words[i + k] !== entry.exact[k]) continue outer
      }
      const hit = { first: i, last: i + n - 1, name: entry.name }
      if (entry.exact === undefined && accept !== undefined && !accept(hit)) continue
      return hit
    }
    return undefined
  }
}
