// String helpers for the stage's long-lived caches.

/** V8 keeps substrings of at least this many UTF-16 units as views into the string they were cut from. */
const SLICE_VIEW_MIN_LENGTH = 13

/**
 * Returns a copy of a string that does not keep a larger string alive. A word cut from an article with
 * `slice` may be a view into the whole article; kept as a cache key it would keep the article in memory.
 * @example detachString(articleText.slice(100, 120)) // same characters, its own storage
 */
export function detachString(text: string): string {
  return text.length < SLICE_VIEW_MIN_LENGTH ? text : [...text].join('')
}
