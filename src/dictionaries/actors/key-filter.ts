// Cheap pre-tests for the dictionary's hot lookups: a "certainly absent" key filter and a folding check.

/** Number of bits of a key filter (a power of two). */
const FILTER_BITS = 1 << 16

/** A filter hash of a key: its length and first, middle and last characters, mixed. */
function filterHash(key: string): number {
  const n = key.length
  if (n === 0) return 0
  const h = ((key.charCodeAt(0) * 31 + key.charCodeAt(n >> 1)) * 31 + key.charCodeAt(n - 1)) * 31 + n
  return Math.imul(h, 0x9e3779b1) >>> 16
}

/**
 * A one-hash bit filter over a set of keys: `mayHave` is false only for keys never added, so a map lookup
 * behind it can be skipped. Reading three characters is much cheaper than hashing a fresh string.
 */
export class KeyFilter {
  private readonly bits = new Uint32Array(FILTER_BITS / 32)

  /** Adds a key. */
  add(key: string): void {
    const h = filterHash(key)
    this.bits[h >>> 5] = (this.bits[h >>> 5] ?? 0) | (1 << (h & 31))
  }

  /** False when the key was certainly never added. */
  mayHave(key: string): boolean {
    const h = filterHash(key)
    return ((this.bits[h >>> 5] ?? 0) & (1 << (h & 31))) !== 0
  }
}

/** Whether a character code is whitespace as the regex `\s` reads it. */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13)
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
}

/**
 * Tells whether `foldName` would change a text: a curly quote, modifier apostrophe or Unicode dash, whitespace
 * other than single spaces between words, or whitespace at either end.
 * @example changesUnderFolding('Ilse Brandt') // false
 */
export function changesUnderFolding(text: string): boolean {
  const n = text.length
  // Whitespace right before (or at the very start) makes any whitespace a change: collapsed or trimmed.
  let afterSpace = true
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c === 32) {
      if (afterSpace) return true
      afterSpace = true
      continue
    }
    if (c >= 0x80 && (c === 0x2018 || c === 0x2019 || c === 0x02bc || (c >= 0x2010 && c <= 0x2015))) return true
    if (isSpace(c)) return true
    afterSpace = false
  }
  return n > 0 && afterSpace
}
