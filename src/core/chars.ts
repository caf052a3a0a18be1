// Character-code helpers shared by stages that scan text without regexes: white space, ASCII letter runs, folding checks.

/** Whether a UTF-16 code unit is white space as the regex `\s` reads it. */
export function isSpaceCode(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13)
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
}

/** For each ASCII code, its letter's index 0-25 ignoring case, or -1. */
export const ASCII_LETTER_INDEX = Int8Array.from({ length: 0x80 }, (_, code) => {
  const letter = (code | 0x20) - 0x61
  return letter >= 0 && letter <= 25 ? letter : -1
})

/** Returns the 0-25 index of an ASCII letter (either case), or -1 for any other code unit. */
export function asciiLetterIndex(c: number): number {
  return c < 0x80 ? (ASCII_LETTER_INDEX[c] ?? -1) : -1
}

/**
 * Characters that a case-insensitive unicode regex folds to an ASCII letter (long s to "s", the Kelvin sign
 * to "k"): in a text holding one, a pattern may match a word its ASCII letter runs do not show.
 */
export const FOLDS_TO_ASCII_LETTER: ReadonlySet<number> = new Set([0x017f, 0x212a])

/** Where `walkLetterRun` leaves its result (reused by the caller, so no object is made per run). */
export interface LetterRun {
  /** Offset just past the run. */
  end: number
  /** The trie node the whole run leads to, 0 when the run is no word's prefix. */
  node: number
}

/**
 * Reads the run of ASCII letters that starts at `start` (whose first letter has index `first`) and walks a
 * 26-way letter trie along it: `children[node * 26 + letter]` is the next node, node 0 means "no word", and
 * the first letter leads to `children[first]`. Puts the run's end and the node reached into `out`.
 */
export function walkLetterRun(text: string, start: number, first: number, children: Int32Array, out: LetterRun): void {
  const length = text.length
  let node = children[first] ?? 0
  let i = start + 1
  for (; i < length; i++) {
    const letter = asciiLetterIndex(text.charCodeAt(i))
    if (letter < 0) break
    if (node !== 0) node = children[node * 26 + letter] ?? 0
  }
  out.end = i
  out.node = node
}

/**
 * Whether folding a name would change it: a curly single quote or modifier apostrophe, with `dashes` also a
 * Unicode dash (U+2010-2015), white space other than single spaces between words, or white space at either end.
 * @example changesUnderNameFolding('Ilse Brandt', true) // false
 */
export function changesUnderNameFolding(text: string, dashes: boolean): boolean {
  const n = text.length
  // White space right before (or at the very start) makes any white space a change: collapsed or trimmed.
  let afterSpace = true
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c === 32) {
      if (afterSpace) return true
      afterSpace = true
      continue
    }
    if (c >= 0x80) {
      if (c === 0x2018 || c === 0x2019 || c === 0x02bc) return true
      if (dashes && c >= 0x2010 && c <= 0x2015) return true
    }
    // A backslash joining words is a feed's line break ("West\\Bank"): it folds to a space.
    if (isSpaceCode(c) || c === 92) return true
    afterSpace = false
  }
  return n > 0 && afterSpace
}
