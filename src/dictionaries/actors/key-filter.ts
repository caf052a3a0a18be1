// Cheap pre-tests for the dictionary's hot lookups: a "certainly absent" key filter and a folding check.
import { changesUnderNameFolding } from '../../core/index.js'

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

/**
 * Tells whether `foldName` would change a text: a curly quote, modifier apostrophe or Unicode dash, whitespace
 * other than single spaces between words, or whitespace at either end.
 * @example changesUnderFolding('Ilse Brandt') // false
 */
export function changesUnderFolding(text: string): boolean {
  return changesUnderNameFolding(text, true)
}
