// Character folding that keeps length: each code unit maps to exactly one code unit.

/** Folding table: curly quotes to straight, dashes to "-", unusual spaces to " ". */
const FOLD = new Map<string, string>()
for (const c of '\u2018\u2019\u201a\u201b\u2032\u02bc\u0060\u00b4') FOLD.set(c, "'")
for (const c of '\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb') FOLD.set(c, '"')
for (const c of '\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d') FOLD.set(c, '-')
for (const c of '\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\v\f')
  FOLD.set(c, ' ')
// Zero-width characters cannot be deleted without shifting offsets, so they become spaces.
for (const c of '\u200b\u200c\u200d\u2060\ufeff\u00ad') FOLD.set(c, ' ')
for (const c of '\u2028\u2029\u0085') FOLD.set(c, '\n')
FOLD.set('\u2026', '.')
// C0 controls other than tab and line breaks carry no text.
for (let code = 0; code < 0x20; code++) {
  const c = String.fromCharCode(code)
  if (c !== '\n' && c !== '\r' && !FOLD.has(c)) FOLD.set(c, ' ')
}
FOLD.set('\u007f', ' ')

/** The folded text and how many code units changed. */
export interface Folded {
  readonly folded: string
  readonly changed: number
}

/** The folding table by UTF-16 code unit; for ASCII an array (-1: unchanged), so the common case needs no lookup in a map. */
const FOLD_CODES = new Map<number, number>()
const ASCII_FOLD = new Int32Array(0x80).fill(-1)
for (const [from, to] of FOLD) {
  const code = from.charCodeAt(0)
  if (code < 0x80) ASCII_FOLD[code] = to.charCodeAt(0)
  else FOLD_CODES.set(code, to.charCodeAt(0))
}

/** Whether a code unit is a letter or digit (ASCII, or any non-ASCII code unit, for speed). */
function isWordCode(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code >= 0x80
}

/**
 * Folds quotes, dashes, spaces and line endings one code unit for one, so offsets are shared.
 * A lone `\r` (old Mac line end) becomes `\n`; the `\r` of `\r\n` becomes a space; a backslash between two words
 * becomes a space.
 * @example foldText('“Hi” – ok').folded // '"Hi" - ok'
 */
export function foldText(text: string): Folded {
  let changed = 0
  let out = ''
  let runStart = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    let replacement: number
    if (code === 0x0d) replacement = text.charCodeAt(i + 1) === 0x0a ? 0x20 : 0x0a
    // A backslash joining two words is a line break some feeds write ("West\Bank", "draft\resolution").
    else if (code === 0x5c) {
      if (!isWordCode(text.charCodeAt(i - 1)) || !isWordCode(text.charCodeAt(i + 1))) continue
      replacement = 0x20
    } else if (code < 0x80) {
      replacement = ASCII_FOLD[code] ?? -1
      if (replacement < 0) continue
    } else {
      const folded = FOLD_CODES.get(code)
      if (folded === undefined) continue
      replacement = folded
    }
    out += text.slice(runStart, i) + String.fromCharCode(replacement)
    runStart = i + 1
    changed++
  }
  out += text.slice(runStart)
  return { folded: out, changed }
}
