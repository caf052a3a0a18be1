// Binary search over annotations sorted by start, shared by the actors stage's modules.

/** Index of the first span starting at or after `offset`, in spans sorted by start. */
export function firstStartingAt(spans: ReadonlyArray<{ readonly start: number }>, offset: number): number {
  let lo = 0
  let hi = spans.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((spans[mid]?.start ?? 0) < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}
