// Offsets: half-open [start, end) spans in UTF-16 code units (JS string indices), with converters.

/** A half-open span `[start, end)` in UTF-16 code units of `Doc.text`. */
export interface Span {
  readonly start: number
  readonly end: number
}

/**
 * Returns the text a span covers.
 * @example spanText('Hello world', { start: 6, end: 11 }) // 'world'
 */
export function spanText(text: string, span: Span): string {
  return text.slice(span.start, span.end)
}

/** Returns true when `span` lies inside `[0, length]` and is not reversed. */
export function isSpanInRange(span: Span, length: number): boolean {
  return (
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    span.start >= 0 &&
    span.end <= length &&
    span.start <= span.end
  )
}

/** Returns true when `inner` lies within `outer` (bounds included). */
export function isSpanWithin(inner: Span, outer: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end
}

/** Returns true when the two spans share at least one code unit. */
export function doSpansOverlap(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end
}

/** Orders spans by start, then end: the order every layer is kept in. */
export function compareSpans(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end
}

/**
 * Converts a UTF-16 offset to a Unicode code point offset (as Python or Rust chars count).
 * @param text the document text
 * @param utf16 offset in code units
 * @returns offset in code points
 */
export function toCodePointOffset(text: string, utf16: number): number {
  let points = 0
  for (let i = 0; i < utf16 && i < text.length; i++) {
    const code = text.charCodeAt(i)
    // A high surrogate followed by a low one is a single code point.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) i++
    }
    points++
  }
  return points
}

/** Converts a code point offset back to a UTF-16 offset. */
export function fromCodePointOffset(text: string, points: number): number {
  let i = 0
  for (let seen = 0; seen < points && i < text.length; seen++) {
    const code = text.codePointAt(i) ?? 0
    i += code > 0xffff ? 2 : 1
  }
  return i
}

/** Converts a UTF-16 offset to a UTF-8 byte offset (as most C tools and files count). */
export function toByteOffset(text: string, utf16: number): number {
  return Buffer.byteLength(text.slice(0, utf16), 'utf8')
}

/** Converts a UTF-8 byte offset to a UTF-16 offset; a byte inside a character maps to that character's start. */
export function fromByteOffset(text: string, bytes: number): number {
  const buf = Buffer.from(text, 'utf8')
  let cut = Math.min(bytes, buf.length)
  // Step back over UTF-8 continuation bytes (10xxxxxx) so the cut lands on a character boundary.
  while (cut > 0 && cut < buf.length && ((buf[cut] ?? 0) & 0xc0) === 0x80) cut--
  return buf.subarray(0, cut).toString('utf8').length
}

/**
 * Finds the index of the first span whose end is greater than `offset`, by binary search.
 * Layers are sorted, so this finds the first annotation that can contain or follow `offset`.
 */
export function findFirstEndingAfter(spans: readonly Span[], offset: number): number {
  let lo = 0
  let hi = spans.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((spans[mid]?.end ?? 0) <= offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Returns the spans of a sorted, non-overlapping layer that lie inside `outer`. */
export function spansWithin<T extends Span>(spans: readonly T[], outer: Span): T[] {
  const out: T[] = []
  for (let i = findFirstEndingAfter(spans, outer.start); i < spans.length; i++) {
    const span = spans[i]
    if (span === undefined || span.start >= outer.end) break
    if (span.start >= outer.start && span.end <= outer.end) out.push(span)
  }
  return out
}

/**
 * Finds the index of the first span whose start is at or after `offset`, by binary search over spans sorted by
 * start (every span before it starts earlier).
 */
export function findFirstStartingAt(spans: ReadonlyArray<{ readonly start: number }>, offset: number): number {
  let lo = 0
  let hi = spans.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((spans[mid]?.start ?? 0) < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}
