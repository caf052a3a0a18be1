// The trained averaged-perceptron tagger: loads the shipped weights and tags a sentence greedily, left to right.
import { contextFeaturesOf, contextSlots, NEIGHBOURS, neighbourFeatures, tagFeatures, tagShape, truecaseWords, wordFeatures, type TaggerInput } from './features.js'
import { isAllowedAfter } from './labels.js'

/** The model file as written by `scripts/train-ner.ts`. */
export interface TaggerModelFile {
  readonly format: 'dyad-ner-model@1'
  readonly name: string
  readonly version: string
  readonly labels: readonly string[]
  /** Weights are stored as integers; divide by `scale`. */
  readonly scale: number
  /** Feature -> flat pairs `[labelIndex, weight, labelIndex, weight, ...]`. */
  readonly weights: Readonly<Record<string, readonly number[]>>
  /** Words written mostly in lowercase in the training text, for truecasing ALL-CAPS lines. */
  readonly lowercaseWords?: readonly string[]
}

const CACHE_LIMIT = 200_000

/** Word-feature score rows of one word: as the token itself, then as each neighbour in `NEIGHBOURS` order. */
type WordRows = Float32Array

/** A loaded tagger. Scores of word-only features are cached per word, which keeps tagging fast. */
export class Tagger {
  /** BIO labels, `O` first. */
  readonly labels: readonly string[]
  private readonly weights = new Map<string, Float32Array>()
  /** Numbers of the words that occur in word-pair features. */
  private readonly pairWords = new Map<string, number>()
  /** Multiplier that packs two word numbers into one key: a power of two above the number of pair words. */
  private readonly pairBase: number
  /** `bi=` rows by (left word, word) and `biR=` rows by (word, right word), keyed `a * pairBase + b`. */
  private readonly leftPairs = new Map<number, Float32Array>()
  private readonly rightPairs = new Map<number, Float32Array>()
  private readonly wordCache = new Map<string, WordRows>()
  private readonly lowercaseWords: ReadonlySet<string>
  private readonly contextCache = new Map<string, Float32Array>()
  private readonly shapeCache = new Map<string, string>()
  private readonly shapeRows = new Map<string, Float32Array>()
  /** Scores of the label-pair features, by (label before previous, previous label). */
  private readonly pairRows: Float32Array
  /** allowed[prev * n + label]: whether `label` may follow `prev`; row n stands for the sentence start. */
  private readonly allowed: Uint8Array

  /** Builds a tagger from a parsed model file. */
  constructor(file: TaggerModelFile) {
    this.labels = file.labels
    this.lowercaseWords = new Set(file.lowercaseWords ?? [])
    const n = file.labels.length
    const pairs: Array<[isLeft: boolean, a: number, b: number, row: Float32Array]> = []
    for (const [feature, stored] of Object.entries(file.weights)) {
      const row = new Float32Array(n)
      for (let k = 0; k + 1 < stored.length; k += 2) row[stored[k] ?? 0] = (stored[k + 1] ?? 0) / file.scale
      this.weights.set(feature, row)
      // Word pairs are also indexed by the numbers of their two words, so tagging looks them up by number.
      const pair = /^(bi|biR)=([^_]*)_(.*)$/.exec(feature)
      if (pair !== null) pairs.push([pair[1] === 'bi', this.pairWordId(pair[2] ?? ''), this.pairWordId(pair[3] ?? ''), row])
    }
    // Keys stay small integers (a * base + b below 2^30), which maps hash fastest.
    this.pairBase = 2 ** Math.ceil(Math.log2(this.pairWords.size + 1))
    for (const [isLeft, a, b, row] of pairs) (isLeft ? this.leftPairs : this.rightPairs).set(a * this.pairBase + b, row)
    this.pairRows = new Float32Array((n + 1) * (n + 1) * n)
    for (let p2 = 0; p2 <= n; p2++) {
      for (let p1 = 0; p1 <= n; p1++) {
        const [t1, t12] = tagFeatures(this.labelAt(p1), this.labelAt(p2), '')
        const base = (p2 * (n + 1) + p1) * n
        if (t1 !== undefined) this.add(this.pairRows, t1, base)
        if (t12 !== undefined) this.add(this.pairRows, t12, base)
      }
    }
    this.allowed = new Uint8Array((n + 1) * n)
    for (let p = 0; p <= n; p++) {
      for (let c = 0; c < n; c++) this.allowed[p * n + c] = isAllowedAfter(this.labels[p] ?? 'O', this.labels[c] ?? 'O') ? 1 : 0
    }
  }

  /**
   * Guesses the usual case of ALL-CAPS words: common words in lowercase, others capitalised ("PUTIN VISITS
   * JAPAN" -> "Putin visits Japan"), so the tagger can read case as in running text.
   */
  truecase(words: readonly string[]): string[] {
    return truecaseWords(words, this.lowercaseWords)
  }

  /** Returns whether a lowercase word is mostly written in lowercase (a common word, not a name). */
  isCommonWord(lower: string): boolean {
    return this.lowercaseWords.has(lower)
  }

  /** Returns the BIO label of every token, choosing the best allowed label after the previous one. */
  tag(input: TaggerInput, isUpperText: boolean): string[] {
    const n = this.labels.length
    const out: string[] = []
    const scores = new Float32Array(n)
    const words = input.words
    const rows = words.map((w) => this.wordRows(w, isUpperText))
    // Word numbers for the pair features, with the sentence edges at both ends (-1: in no pair).
    const ids = [this.pairWords.get('<s>') ?? -1, ...input.lower.map((w) => this.pairWords.get(w) ?? -1), this.pairWords.get('</s>') ?? -1]
    let prevIndex = n
    let prev2Index = n
    for (let i = 0; i < words.length; i++) {
      const own = rows[i]
      if (own === undefined) scores.fill(0)
      else scores.set(own.subarray(0, n))
      for (let k = 0; k < NEIGHBOURS.length; k++) {
        const [offset, prefix] = NEIGHBOURS[k] ?? [0, '']
        const row = rows[i + offset]
        if (row === undefined) {
          this.add(scores, `${prefix}=<edge>`)
          continue
        }
        const base = (k + 1) * n
        for (let c = 0; c < n; c++) scores[c] = (scores[c] ?? 0) + (row[base + c] ?? 0)
      }
      const context = this.contextRow(contextSlots(input, i, isUpperText))
      for (let c = 0; c < n; c++) scores[c] = (scores[c] ?? 0) + (context[c] ?? 0)
      // Same features as `bigramFeatures`, looked up by word number.
      const w0 = ids[i + 1] ?? -1
      if (w0 >= 0) {
        const left = ids[i] ?? -1
        const right = ids[i + 2] ?? -1
        if (left >= 0) this.addRow(scores, this.leftPairs.get(left * this.pairBase + w0))
        if (right >= 0) this.addRow(scores, this.rightPairs.get(w0 * this.pairBase + right))
      }
      this.addTagFeatures(scores, prevIndex, prev2Index, words[i] ?? '', isUpperText)
      let best = 0
      let bestScore = -Infinity
      for (let c = 0; c < n; c++) {
        if (this.allowed[prevIndex * n + c] === 0) continue
        const s = scores[c] ?? 0
        if (s > bestScore) {
          bestScore = s
          best = c
        }
      }
      const label = this.labels[best] ?? 'O'
      out.push(label)
      prev2Index = prevIndex
      prevIndex = best
    }
    return out
  }

  /** Sums the context features of a token, cached by the slots they depend on. */
  private contextRow(slots: readonly string[]): Float32Array {
    const key = slots.join('\u0001')
    let row = this.contextCache.get(key)
    if (row === undefined) {
      row = new Float32Array(this.labels.length)
      this.add(row, 'bias')
      for (const f of contextFeaturesOf(slots)) this.add(row, f)
      if (this.contextCache.size >= CACHE_LIMIT) this.contextCache.clear()
      this.contextCache.set(key, row)
    }
    return row
  }

  /**
   * Adds the features that depend on the previous tags. Their scores are tabled per (previous, one before)
   * label pair and per word shape, so no feature string is built per token.
   */
  private addTagFeatures(scores: Float32Array, prevIndex: number, prev2Index: number, word: string, isUpperText: boolean): void {
    const n = this.labels.length
    let shape = isUpperText ? 'U' : this.shapeCache.get(word)
    if (shape === undefined) {
      shape = tagShape(word, isUpperText)
      if (this.shapeCache.size >= CACHE_LIMIT) this.shapeCache.clear()
      this.shapeCache.set(word, shape)
    }
    let byShape = this.shapeRows.get(shape)
    if (byShape === undefined) {
      byShape = new Float32Array((n + 1) * n)
      for (let p = 0; p <= n; p++) {
        const [, , f] = tagFeatures(this.labelAt(p), '', shape)
        if (f !== undefined) this.add(byShape, f, p * n)
      }
      this.shapeRows.set(shape, byShape)
    }
    const pair = (prev2Index * (n + 1) + prevIndex) * n
    const shapeBase = prevIndex * n
    for (let c = 0; c < n; c++) {
      scores[c] = (scores[c] ?? 0) + (this.pairRows[pair + c] ?? 0) + (byShape[shapeBase + c] ?? 0)
    }
  }

  /** The label at an index, with index `labels.length` standing for the sentence start. */
  private labelAt(index: number): string {
    return this.labels[index] ?? '<s>'
  }

  private pairWordId(word: string): number {
    let id = this.pairWords.get(word)
    if (id === undefined) {
      id = this.pairWords.size
      this.pairWords.set(word, id)
    }
    return id
  }

  private addRow(scores: Float32Array, row: Float32Array | undefined): void {
    if (row === undefined) return
    for (let c = 0; c < row.length; c++) scores[c] = (scores[c] ?? 0) + (row[c] ?? 0)
  }

  private add(scores: Float32Array, feature: string, base = 0): void {
    const row = this.weights.get(feature)
    if (row === undefined) return
    for (let c = 0; c < row.length; c++) scores[base + c] = (scores[base + c] ?? 0) + (row[c] ?? 0)
  }

  /** Returns the summed scores of a word's own features and of its features as each neighbour, computed once per word. */
  private wordRows(word: string, isUpperText: boolean): WordRows {
    const key = isUpperText ? `U\u0000${word}` : word
    let rows = this.wordCache.get(key)
    if (rows === undefined) {
      const n = this.labels.length
      rows = new Float32Array(n * (NEIGHBOURS.length + 1))
      for (const f of wordFeatures(word, isUpperText)) this.add(rows, f, 0)
      const asNeighbour = neighbourFeatures(word, isUpperText)
      NEIGHBOURS.forEach(([, prefix], k) => {
        for (const f of asNeighbour) this.add(rows as Float32Array, `${prefix}${f}`, (k + 1) * n)
      })
      if (this.wordCache.size >= CACHE_LIMIT) this.wordCache.clear()
      this.wordCache.set(key, rows)
    }
    return rows
  }
}
