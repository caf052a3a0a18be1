// A small seeded random generator for the training and data-building scripts, so their output is reproducible.

/** Returns a generator of numbers in [0, 1) from a seed (mulberry32): the same seed gives the same sequence. */
export function makeRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
