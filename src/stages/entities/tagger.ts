// The trained averaged-perceptron tagger: loads the shipped weights and tags a sentence greedily, left to right.
import { contextFeatures, NEIGHBOURS, neighbourFeatures, tagFeatures, wordFeatures, type TaggerInput } from './features.js'
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
}

const CACHE_LIMIT = 100_000

/** A loaded tagger. Scores of word-only features are cached per word, which keeps tagging fast. */
export class Tagger {
  /** BIO labels, `O` first. */
  readonly labels: readonly string[]
  private readonly weights = new Map<string, Float32Array>()
  private readonly wordCache = new Map<string, Float32Array>()

  /** Builds a tagger from a parsed model file. */
  constructor(file: TaggerModelFile) {
    this.labels = file.labels
    const n = file.labels.length
    for (const [feature, pairs] of Object.entries(file.weights)) {
      const row = new Float32Array(n)
      for (let k = 0; k + 1 < pairs.length; k += 2) row[pairs[k] ?? 0] = (pairs[k + 1] ?? 0) / file.scale
      this.weights.set(feature, row)
    }
  }

  /** Returns the BIO label of every token, choosing the best allowed label after the previous one. */
  tag(input: TaggerInput, isUpperText: boolean): string[] {
    const n = this.labels.length
    const out: string[] = []
    const scores = new Float32Array(n)
    let prev = '<s>'
    let prev2 = '<s>'
    for (let i = 0; i < input.words.length; i++) {
      scores.fill(0)
      const word = input.words[i] ?? ''
      this.addCached(scores, '', word, isUpperText)
      for (const [offset, prefix] of NEIGHBOURS) {
        const neighbour = input.words[i + offset]
        if (neighbour === undefined) this.add(scores, `${prefix}=<edge>`)
        else this.addCached(scores, prefix, neighbour, isUpperText)
      }
      this.add(scores, 'bias')
      for (const f of contextFeatures(input, i, isUpperText)) this.add(scores, f)
      for (const f of tagFeatures(prev, prev2, word, isUpperText)) this.add(scores, f)
      let best = 0
      let bestScore = -Infinity
      for (let c = 0; c < n; c++) {
        const label = this.labels[c] ?? 'O'
        if (!isAllowedAfter(prev, label)) continue
        const s = scores[c] ?? 0
        if (s > bestScore) {
          bestScore = s
          best = c
        }
      }
      const label = this.labels[best] ?? 'O'
      out.push(label)
      prev2 = prev
      prev = label
    }
    return out
  }

  private add(scores: Float32Array, feature: string): void {
    const row = this.weights.get(feature)
    if (row === undefined) return
    for (let c = 0; c < row.length; c++) scores[c] = (scores[c] ?? 0) + (row[c] ?? 0)
  }

  /** Adds the summed scores of a word's own (prefix '') or neighbour features, computing them once per word. */
  private addCached(scores: Float32Array, prefix: string, word: string, isUpperText: boolean): void {
    const key = `${prefix}\u0000${isUpperText ? 'U' : ''}\u0000${word}`
    let sum = this.wordCache.get(key)
    if (sum === undefined) {
      sum = new Float32Array(this.labels.length)
      const features = prefix === '' ? wordFeatures(word, isUpperText) : neighbourFeatures(word, isUpperText)
      for (const f of features) this.add(sum, prefix === '' ? f : `${prefix}${f}`)
      if (this.wordCache.size >= CACHE_LIMIT) this.wordCache.clear()
      this.wordCache.set(key, sum)
    }
    for (let c = 0; c < sum.length; c++) scores[c] = (scores[c] ?? 0) + (sum[c] ?? 0)
  }
}
