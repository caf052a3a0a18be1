// Where figure patterns can start: one pass over a text lists number starts and lead-word starts, so each pattern is tried only there.
import { ASCII_LETTER_INDEX, asciiLetterIndex, FOLDS_TO_ASCII_LETTER, walkLetterRun, type LetterRun } from '../../core/index.js'

/** Sorted offsets where a match of each kind of pattern may start. */
export interface StartLists {
  /** A digit after a non-digit, a "." before a digit, or a number word or "between" opening a run of letters. */
  readonly number: number[]
  /** A currency word ("dlrs", "u.s. dollars") opening a run of letters. */
  readonly currency: number[]
  /** A fraction word ("half", "a third") opening a run of letters. */
  readonly fraction: number[]
}

/** Lists the starts of a text's candidate figures. */
export interface StartFinder {
  /**
   * @returns the start lists, or undefined when the text holds a character that a case-insensitive
   * unicode regex folds to an ASCII letter (long s, Kelvin sign): a match may then start where no run shows
   */
  find(text: string): StartLists | undefined
}

/** The lead words of each kind: the first run of ASCII letters of every entry, lower-cased. */
export interface LeadWords {
  readonly number: readonly string[]
  readonly currency: readonly string[]
  readonly fraction: readonly string[]
}

const NUMBER = 1
const CURRENCY = 2
const FRACTION = 4

/** The run `walkLetterRun` fills, reused across runs and texts. */
const RUN: LetterRun = { end: 0, node: 0 }

/**
 * The first run of ASCII letters of each entry, lower-cased ("u.s. dollars" gives "u", "a third" gives "a").
 * @returns undefined when an entry does not open with a letter, so its matches cannot be found by words
 */
export function leadWords(entries: Iterable<string>): string[] | undefined {
  const out = new Set<string>()
  for (const entry of entries) {
    const run = /^[a-z]+/i.exec(entry)?.[0]
    if (run === undefined) return undefined
    out.add(run.toLowerCase())
  }
  return [...out]
}

/**
 * Compiles lead words into a trie over lower-cased ASCII letters, walked once per text with no string
 * made per word.
 * @example createStartFinder({ number: ['two'], currency: [], fraction: [] }).find('Two or 3.5 or .5')?.number // [0, 7, 14]
 */
export function createStartFinder(words: LeadWords): StartFinder {
  // Node n's child for letter c is children[n * 26 + c] (0: none); kinds[n] flags the kinds of the word ending there.
  const children: number[] = []
  const kinds: number[] = [0]
  const add = (word: string, kind: number): void => {
    let node = 0
    for (let i = 0; i < word.length; i++) {
      const letter = ASCII_LETTER_INDEX[word.charCodeAt(i)] ?? -1
      if (letter < 0) throw new RangeError(`lead word "${word}" is not made of ASCII letters`)
      let child = children[node * 26 + letter] ?? 0
      if (child === 0) {
        child = kinds.length
        kinds.push(0)
        children[node * 26 + letter] = child
      }
      node = child
    }
    kinds[node] = (kinds[node] ?? 0) | kind
  }
  for (const word of words.number) add(word, NUMBER)
  for (const word of words.currency) add(word, CURRENCY)
  for (const word of words.fraction) add(word, FRACTION)
  const next = Int32Array.from({ length: kinds.length * 26 }, (_, i) => children[i] ?? 0)
  const kindAt = Int32Array.from(kinds)
  return {
    find(text) {
      const lists: StartLists = { number: [], currency: [], fraction: [] }
      const length = text.length
      const run = RUN
      let i = 0
      while (i < length) {
        const code = text.charCodeAt(i)
        const letter = asciiLetterIndex(code)
        if (letter >= 0) {
          // A run of letters: walk the trie while the run is a lead word's prefix, then end it.
          const runStart = i
          walkLetterRun(text, i, letter, next, run)
          i = run.end
          if (run.node !== 0) addStart(lists, kindAt[run.node] ?? 0, runStart)
          continue
        }
        if (code >= 0x30 && code <= 0x39) {
          const previous = i > 0 ? text.charCodeAt(i - 1) : 0
          if (previous < 0x30 || previous > 0x39) lists.number.push(i)
        } else if (code === 0x2e) {
          const following = i + 1 < length ? text.charCodeAt(i + 1) : 0
          if (following >= 0x30 && following <= 0x39) lists.number.push(i)
        } else if (code > 0x7f && FOLDS_TO_ASCII_LETTER.has(code)) return undefined
        i++
      }
      return lists
    },
  }
}

/** Adds a lead word's start to the list of each kind it opens. */
function addStart(lists: StartLists, kind: number, start: number): void {
  if ((kind & NUMBER) !== 0) lists.number.push(start)
  if ((kind & CURRENCY) !== 0) lists.currency.push(start)
  if ((kind & FRACTION) !== 0) lists.fraction.push(start)
}
