// Scanning a text with a global regex without `matchAll`'s per-call regex clone and iterator.

/**
 * Calls `visit` with every match of a global (`g`) regex in `text`, in order, exactly as `matchAll`
 * would list them (empty matches step one character, or one code point under `u`/`v`), but reusing
 * the pattern itself: `matchAll` clones the regex on every call, which costs more than the scan on
 * short news texts. The pattern's `lastIndex` is reset before and after.
 * @example forEachMatch(/\d+/g, 'a 1 b 22', (m) => m[0]) // visits '1', then '22'
 */
export function forEachMatch(pattern: RegExp, text: string, visit: (match: RegExpExecArray) => void): void {
  if (!pattern.global) throw new TypeError(`forEachMatch needs a global regex, got /${pattern.source}/${pattern.flags}`)
  const isUnicode = pattern.unicode || pattern.flags.includes('v')
  pattern.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = pattern.exec(text)) !== null) {
    if (match[0] === '') pattern.lastIndex = advance(text, pattern.lastIndex, isUnicode)
    visit(match)
  }
  pattern.lastIndex = 0
}

/**
 * Calls `visit` with the matches a global scan would find, trying a sticky (`y`) regex only at the listed
 * starts: they must be sorted and hold the start of every possible match (a cheap pass finds them, such as
 * the digits and number words of a text). After a match, starts inside it are skipped, as a scan would.
 * Only the first `count` starts are read (all by default), so a reused buffer can be passed.
 * @example forEachMatchAt(/\d+/y, 'a 1 b 22', [2, 6, 7], (m) => m[0]) // visits '1', then '22'
 */
export function forEachMatchAt(
  pattern: RegExp,
  text: string,
  starts: ArrayLike<number>,
  visit: (match: RegExpExecArray) => void,
  count: number = starts.length,
): void {
  if (!pattern.sticky) throw new TypeError(`forEachMatchAt needs a sticky regex, got /${pattern.source}/${pattern.flags}`)
  let from = 0
  for (let i = 0; i < count; i++) {
    const start = starts[i] ?? 0
    if (start < from) continue
    pattern.lastIndex = start
    const match = pattern.exec(text)
    if (match === null) continue
    visit(match)
    from = start + Math.max(1, match[0].length)
  }
  pattern.lastIndex = 0
}

/** The index after the character at `index`: one code unit, or a whole surrogate pair in unicode mode. */
function advance(text: string, index: number, isUnicode: boolean): number {
  if (!isUnicode || index + 1 >= text.length) return index + 1
  const code = text.charCodeAt(index)
  const next = text.charCodeAt(index + 1)
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1
}

/** Escapes a word for use inside a regex; a space matches any run of whitespace. */
export function escapeWord(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')
}

/**
 * Joins words into a regex alternation, longest first so a longer phrase wins over its prefix.
 * @example wordAlternation(['May', 'May Day']) // 'May\\s+Day|May'
 */
export function wordAlternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeWord)
    .join('|')
}
