// Beam search over BIO label sequences for the NER tagger, with the early-update signal beam training needs.

/**
 * The scores of a sentence's labels, in three parts that add up: a label's score at token `i` after the labels
 * `prev2`, `prev` is `emissions[i * n + c] + pairs[(prev2 * (n + 1) + prev) * n + c] + shapes[i][prev * n + c]`
 * (label number `n`, one past the last label, stands for the sentence start).
 */
export interface LabelScores {
  /** Scores that do not depend on earlier labels, `n` per token. */
  readonly emissions: ArrayLike<number>
  /** Scores of the two previous labels, `n` per pair. */
  readonly pairs: ArrayLike<number>
  /** Per token, scores of the previous label (with that token's shape), `n` per previous label. */
  readonly shapes: ReadonlyArray<ArrayLike<number>>
}

/** Scores of a token without a shape row. */
const NO_SCORES = new Int32Array(0)

/** What a beam search found. */
export interface BeamResult {
  /** Label numbers of the best sequence; with a gold sequence, only up to `goldLostAt` when that is not -1. */
  readonly labels: Uint8Array
  /**
   * Training only: the token where the gold sequence first left the beam (early update), or with `maxViolation`
   * the token where the best prefix outscored the gold prefix most; -1 when there is nothing to learn there.
   */
  readonly goldLostAt: number
}

/**
 * A beam search over label sequences that keeps its work buffers across sentences (one per tagger: not
 * reentrant). Sequences ending in the same two labels score the rest of the sentence alike, so only the best
 * of them is kept. Ties go to the earlier sequence, then the lower label: width 1 is greedy decoding.
 */
export class BeamSearch {
  private labels = new Uint8Array(0)
  private parents = new Int32Array(0)
  private scores: Float64Array
  private prevs: Int32Array
  private prev2s: Int32Array
  private golds: Uint8Array
  private nextScores: Float64Array
  private nextPrevs: Int32Array
  private nextPrev2s: Int32Array
  private nextGolds: Uint8Array
  private readonly nextItem: Int32Array
  private readonly nextLabel: Int32Array
  /** Best candidate per new state (previous label, label), valid where its stamp is the current one. */
  private readonly stateStamp: Int32Array
  private readonly stateAt: Int32Array
  private stamp = 0
  private readonly candScore: Float64Array
  private readonly candItem: Int32Array
  private readonly candLabel: Int32Array

  /**
   * @param n number of labels
   * @param width number of partial sequences kept at each token
   * @param allowed allowed[prev * n + c]: whether label c may follow label prev (row n: the sentence start)
   */
  constructor(
    private readonly n: number,
    private readonly width: number,
    private readonly allowed: Uint8Array,
  ) {
    this.scores = new Float64Array(width)
    this.prevs = new Int32Array(width)
    this.prev2s = new Int32Array(width)
    this.golds = new Uint8Array(width)
    this.nextScores = new Float64Array(width)
    this.nextPrevs = new Int32Array(width)
    this.nextPrev2s = new Int32Array(width)
    this.nextGolds = new Uint8Array(width)
    this.nextItem = new Int32Array(width)
    this.nextLabel = new Int32Array(width)
    this.stateStamp = new Int32Array((n + 1) * n)
    this.stateAt = new Int32Array((n + 1) * n)
    this.candScore = new Float64Array(width * n)
    this.candItem = new Int32Array(width * n)
    this.candLabel = new Int32Array(width * n)
  }

  /**
   * Puts a candidate into the kept list, best first, at most `width` long; a candidate must score strictly more
   * than a kept one to pass it, so ties keep the earlier candidate.
   * @returns how many are kept now
   */
  private keep(kept: number, score: number, item: number, label: number): number {
    const { nextScores, nextItem, nextLabel, width } = this
    if (kept === width && score <= (nextScores[kept - 1] ?? 0)) return kept
    let to = kept < width ? kept++ : kept - 1
    while (to > 0 && score > (nextScores[to - 1] ?? 0)) {
      nextScores[to] = nextScores[to - 1] ?? 0
      nextItem[to] = nextItem[to - 1] ?? 0
      nextLabel[to] = nextLabel[to - 1] ?? 0
      to--
    }
    nextScores[to] = score
    nextItem[to] = item
    nextLabel[to] = label
    return kept
  }

  /**
   * Finds the best label sequence of a sentence of `length` tokens.
   * @param gold the gold label numbers (training): the search stops where the gold sequence leaves the beam
   * @param maxViolation with `gold`: search the whole sentence and report the prefix where the best sequence beats
   *   the gold one by most (max-violation update, Huang, Fayong and Guo 2012) instead of stopping early
   * @example new BeamSearch(13, 4, allowed).run(words.length, scores).labels
   */
  run(length: number, label: LabelScores, gold?: ArrayLike<number>, maxViolation = false): BeamResult {
    const { emissions, pairs, shapes } = label
    const { n, width, allowed, stateStamp, stateAt, candScore, candItem, candLabel, nextItem, nextLabel } = this
    if (this.labels.length < length * width) {
      this.labels = new Uint8Array(2 * length * width)
      this.parents = new Int32Array(2 * length * width)
    }
    const { labels, parents } = this
    let size = 1
    this.scores[0] = 0
    this.prevs[0] = n
    this.prev2s[0] = n
    this.golds[0] = 1
    let goldScore = 0
    let worst = 0
    let worstAt = -1
    for (let i = 0; i < length; i++) {
      const { scores, prevs, prev2s, golds, nextScores, nextPrevs, nextPrev2s, nextGolds } = this
      const at = i * n
      const shape = shapes[i] ?? NO_SCORES
      let kept = 0
      if (hasDistinctPrevs(prevs, size)) {
        // Every (previous label, label) state comes from one item: candidates go straight into the kept list, in
        // the order the general path below would list them, so ties break alike.
        for (let b = 0; b < size; b++) {
          const prev = prevs[b] ?? n
          const base = scores[b] ?? 0
          const pairAt = ((prev2s[b] ?? n) * (n + 1) + prev) * n
          const shapeAt = prev * n
          for (let c = 0; c < n; c++) {
            if (allowed[shapeAt + c] === 0) continue
            kept = this.keep(kept, base + (emissions[at + c] ?? 0) + (pairs[pairAt + c] ?? 0) + (shape[shapeAt + c] ?? 0), b, c)
          }
        }
      } else {
        if (this.stamp >= 0x3fffffff) {
          stateStamp.fill(0)
          this.stamp = 0
        }
        const stamp = ++this.stamp
        let cands = 0
        for (let b = 0; b < size; b++) {
          const prev = prevs[b] ?? n
          const base = scores[b] ?? 0
          const pairAt = ((prev2s[b] ?? n) * (n + 1) + prev) * n
          const shapeAt = prev * n
          for (let c = 0; c < n; c++) {
            if (allowed[shapeAt + c] === 0) continue
            const s = base + (emissions[at + c] ?? 0) + (pairs[pairAt + c] ?? 0) + (shape[shapeAt + c] ?? 0)
            const state = prev * n + c
            if (stateStamp[state] === stamp) {
              const at = stateAt[state] ?? 0
              if (s > (candScore[at] ?? 0)) {
                candScore[at] = s
                candItem[at] = b
                candLabel[at] = c
              }
              continue
            }
            stateStamp[state] = stamp
            stateAt[state] = cands
            candScore[cands] = s
            candItem[cands] = b
            candLabel[cands] = c
            cands++
          }
        }
        // Keep the `width` best candidates, best first; a later candidate must score strictly more to pass one.
        for (let k = 0; k < cands; k++) kept = this.keep(kept, candScore[k] ?? 0, candItem[k] ?? 0, candLabel[k] ?? 0)
      }
      let goldKept = false
      for (let k = 0; k < kept; k++) {
        const b = nextItem[k] ?? 0
        const c = nextLabel[k] ?? 0
        labels[i * width + k] = c
        parents[i * width + k] = b
        nextPrev2s[k] = prevs[b] ?? n
        nextPrevs[k] = c
        const isGold = gold !== undefined && golds[b] === 1 && gold[i] === c ? 1 : 0
        nextGolds[k] = isGold
        if (isGold === 1) goldKept = true
      }
      // Swap the buffers: the kept items become the current ones.
      this.scores = nextScores
      this.nextScores = scores
      this.prevs = nextPrevs
      this.nextPrevs = prevs
      this.prev2s = nextPrev2s
      this.nextPrev2s = prev2s
      this.golds = nextGolds
      this.nextGolds = golds
      size = kept
      if (gold !== undefined && maxViolation) {
        const g = gold[i] ?? 0
        const g1 = i > 0 ? (gold[i - 1] ?? 0) : n
        const g2 = i > 1 ? (gold[i - 2] ?? 0) : n
        goldScore += (emissions[at + g] ?? 0) + (pairs[(g2 * (n + 1) + g1) * n + g] ?? 0) + ((shapes[i] ?? NO_SCORES)[g1 * n + g] ?? 0)
        // The best item is the gold prefix itself when it leads: no violation there.
        const violation = nextGolds[0] === 1 ? 0 : (nextScores[0] ?? 0) - goldScore
        if (violation > worst) {
          worst = violation
          worstAt = i
        }
        continue
      }
      if (gold !== undefined && !goldKept) return { labels: this.backtrack(i), goldLostAt: i }
    }
    if (worstAt >= 0) return { labels: this.backtrack(worstAt), goldLostAt: worstAt }
    return { labels: this.backtrack(length - 1), goldLostAt: -1 }
  }

  /** Follows the best item of step `last` back to the first token. */
  private backtrack(last: number): Uint8Array {
    const out = new Uint8Array(last + 1)
    let k = 0
    for (let i = last; i >= 0; i--) {
      out[i] = this.labels[i * this.width + k] ?? 0
      k = this.parents[i * this.width + k] ?? 0
    }
    return out
  }
}

/** Returns whether the first `size` items all end in different labels (then no two candidates share a state). */
function hasDistinctPrevs(prevs: Int32Array, size: number): boolean {
  for (let a = 1; a < size; a++) {
    const p = prevs[a]
    for (let b = 0; b < a; b++) if (prevs[b] === p) return false
  }
  return true
}
