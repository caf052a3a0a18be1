// Tells hard-wrapped running text (wire copy broken into lines of a fixed width) from text whose lines end where they mean to.
import { isSpaceCode } from '../../core/index.js'

/** At least this many wrapped line breaks (a line followed by an unindented, non-blank line). */
const MIN_BREAKS = 3

/** The longest line of a hard-wrapped text is at most this long (wire copy wraps at 60–80 columns). */
const MAX_WIDTH = 100

/** A wrapped line fills at least this share of the longest line. */
const FILL = 0.7

/** At least this share of the wrapped lines fill the width. */
const MIN_FILLED = 0.75

/** At least this share of the wrapped lines go on with a lowercase word (a sentence running on). */
const MIN_LOWER_NEXT = 0.3

/**
 * Returns whether a line of the text is longer than `MAX_WIDTH` without its trailing whitespace, scanning the text
 * without splitting it: most texts that are not hard-wrapped are told apart at their first paragraph.
 */
function hasLongLine(text: string): boolean {
  let from = 0
  while (from <= text.length) {
    let to = text.indexOf('\n', from)
    if (to < 0) to = text.length
    // A line no longer than the width untrimmed is no longer trimmed; only a longer one is trimmed to be sure.
    if (to - from > MAX_WIDTH && text.slice(from, to).trimEnd().length > MAX_WIDTH) return true
    from = to + 1
  }
  return false
}

/**
 * Returns whether a text is hard-wrapped: its lines are at most 100 characters, and of its line breaks inside a
 * paragraph (the next line neither blank nor indented) at least three, most lines before them fill the width
 * and many lines after them go on with a lowercase word ("... elected Tomas\nVarga as chief executive,
 * succeeding\nLind Dorsa ..."). Headline lists and one-sentence-per-line text start their lines with capitals,
 * and their lengths vary. In hard-wrapped text a line break says nothing about where a name ends.
 * @example isHardWrapped('Kessa Corp said it had elected Tomas\nVarga as its new chief executive officer, succeeding\nLind Dorsa, who will retire at the end of the month, the\ncompany said in a statement issued in Belmora today.') // true
 */
export function isHardWrapped(text: string): boolean {
  if (text.indexOf('\n') < 0) return false
  if (hasLongLine(text)) return false
  // Lines are read in place (offsets, no split into trimmed copies): Reuters-style wire copy takes every step.
  let width = 0
  for (let from = 0; from <= text.length; ) {
    let to = text.indexOf('\n', from)
    if (to < 0) to = text.length
    width = Math.max(width, trimmedEnd(text, from, to) - from)
    from = to + 1
  }
  if (width > MAX_WIDTH) return false
  let breaks = 0
  let filled = 0
  let lowerNext = 0
  // Each line that has a next one: [from, to), then the next line from `to + 1`.
  let from = 0
  let to = text.indexOf('\n')
  while (to >= 0) {
    const nextFrom = to + 1
    const nextBreak = text.indexOf('\n', nextFrom)
    const nextTo = nextBreak < 0 ? text.length : nextBreak
    const length = trimmedEnd(text, from, to) - from
    // A blank line, or a next line that is blank or indented, is no break inside a paragraph.
    const next = nextFrom < nextTo ? text.charCodeAt(nextFrom) : -1
    if (length > 0 && next >= 0 && !isSpaceCode(next)) {
      breaks++
      if (length >= FILL * width) filled++
      if (next >= 97 && next <= 122) lowerNext++
    }
    from = nextFrom
    to = nextBreak
  }
  return breaks >= MIN_BREAKS && filled >= MIN_FILLED * breaks && lowerNext >= MIN_LOWER_NEXT * breaks
}

/** Where `text[from, to)` ends without its trailing white space (as `trimEnd` cuts it). */
function trimmedEnd(text: string, from: number, to: number): number {
  let end = to
  while (end > from && isSpaceCode(text.charCodeAt(end - 1))) end--
  return end
}
