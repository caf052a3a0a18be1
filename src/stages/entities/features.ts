// Features of the NER sequence tagger: word form, shape, affixes, POS, gazetteer hits, neighbours, sentence position.
//
// Training (scripts/train-ner.ts) and tagging use this one module, so the features always agree.
import type { WordClusters } from './word-clusters.js'

/** One sentence as the tagger sees it. */
export interface TaggerInput {
  /** Token surfaces. */
  readonly words: readonly string[]
  /** UPOS tags, one per token. */
  readonly pos: readonly string[]
  /** Gazetteer hit per token, e.g. `GPE:B`, or '' for none. */
  readonly gazetteer: readonly string[]
  /** Word-list classes per token (title, org head, ...), joined by '|', or ''. */
  readonly classes: readonly string[]
  /** Lowercased token surfaces. */
  readonly lower: readonly string[]
  /** Capitalisation class per token (see `capClass`). */
  readonly caps: readonly string[]
}

/** Neighbour positions whose word features a token sees, with the prefix that marks them. */
export const NEIGHBOURS: ReadonlyArray<readonly [offset: number, prefix: string]> = [
  [-2, 'L2'],
  [-1, 'L1'],
  [1, 'R1'],
  [2, 'R2'],
]

/**
 * Returns the word shape: letters to X/x, digits to d, runs longer than two cut to two.
 * @example wordShape('McCain') // 'XxXx'
 */
export function wordShape(word: string): string {
  let shape = ''
  let last = ''
  let run = 0
  for (const ch of word.length > 24 ? word.slice(0, 24) : word) {
    let c: string
    if (ch >= 'a' && ch <= 'z') c = 'x'
    else if (ch >= 'A' && ch <= 'Z') c = 'X'
    else if (ch >= '0' && ch <= '9') c = 'd'
    else if (ch.toLowerCase() !== ch.toUpperCase()) c = ch === ch.toLowerCase() ? 'x' : 'X'
    else c = ch
    run = c === last ? run + 1 : 1
    last = c
    if (run <= 2) shape += c
  }
  return shape
}

/** Returns the coarse capitalisation class of a word. */
export function capClass(word: string): string {
  const first = word.charAt(0)
  const hasLetter = word.toLowerCase() !== word.toUpperCase()
  if (!hasLetter) return /\d/.test(word) ? 'num' : 'sym'
  if (word === word.toUpperCase()) return word.length === 1 ? 'init' : 'upper'
  if (first === first.toUpperCase() && first !== first.toLowerCase()) return 'title'
  if (word === word.toLowerCase()) return 'lower'
  return 'mixed'
}

/** Neighbours at most this far from the token give it their word-cluster features (±2 added noise on held-out GMB). */
export const CLUSTER_REACH = 1

/**
 * Adds the word-cluster features of a lowercase word (`k0=12`, `k1=201`, ... coarse to fine). A word the
 * clusters do not know has none: a marker for it lumped rare names with initials, numbers and punctuation,
 * and lost 0.7 F1 on held-out GMB sentences.
 */
function pushClusterFeatures(out: string[], lower: string, clusters: WordClusters | undefined): void {
  const ids = clusters?.idsOf(lower)
  if (ids === undefined) return
  for (let g = 0; g < ids.length; g++) out.push(`k${g}=${ids[g]}`)
}

/**
 * The middle-granularity cluster of a known word joined with its capitalisation class (`kc=201_title`): the
 * vectors are lowercase, so case tells a capitalised "Turkey" from the bird's cluster-mates.
 */
export function casedClusterFeature(word: string, lower: string, clusters: WordClusters | undefined): string | undefined {
  const ids = clusters?.idsOf(lower)
  return ids === undefined ? undefined : `kc=${casedClusterValue(ids, capClass(word))}`
}

/** The value of the `kc=` feature of a word with these cluster ids and this capitalisation class. */
export function casedClusterValue(ids: readonly string[], cap: string): string {
  return `${ids[Math.min(1, ids.length - 1)] ?? ''}_${cap}`
}

/**
 * Lists the features of a word that depend on the word alone, unprefixed (the caller adds the position prefix).
 * `isUpperText` marks an ALL-CAPS sentence, where case says nothing and only the lowercase form counts.
 * @param clusters word clusters the model was trained with, if any
 */
export function wordFeatures(word: string, isUpperText: boolean, clusters?: WordClusters): string[] {
  const lower = word.toLowerCase()
  const out = [`w=${lower}`]
  pushClusterFeatures(out, lower, clusters)
  if (!isUpperText) {
    out.push(`sh=${wordShape(word)}`, `c=${capClass(word)}`)
    const kc = casedClusterFeature(word, lower, clusters)
    if (kc !== undefined) out.push(kc)
  }
  const n = lower.length
  if (n > 3) out.push(`p3=${lower.slice(0, 3)}`, `s3=${lower.slice(-3)}`)
  if (n > 4) out.push(`s4=${lower.slice(-4)}`, `p4=${lower.slice(0, 4)}`)
  if (n > 2) out.push(`s2=${lower.slice(-2)}`)
  if (n <= 2) out.push(`short`)
  return out
}

/** Features for neighbouring words (fewer than for the token itself). */
export function neighbourFeatures(word: string, isUpperText: boolean, clusters?: WordClusters): string[] {
  const lower = word.toLowerCase()
  const out = [`w=${lower}`]
  pushClusterFeatures(out, lower, clusters)
  if (!isUpperText) {
    out.push(`c=${capClass(word)}`)
    const kc = casedClusterFeature(word, lower, clusters)
    if (kc !== undefined) out.push(kc)
  }
  if (lower.length > 4) out.push(`s3=${lower.slice(-3)}`)
  return out
}

/** Returns whether a sentence is written in capitals (a headline or a wire slug). */
export function isUpperSentence(words: readonly string[]): boolean {
  let upper = 0
  let letters = 0
  for (const w of words) {
    if (w.toLowerCase() === w.toUpperCase()) continue
    letters++
    if (w === w.toUpperCase()) upper++
  }
  return letters >= 2 && upper / letters > 0.8
}

/**
 * Lists the features of token `i` that do not depend on earlier tags: the token's own word features,
 * its neighbours' (prefixed), POS, gazetteer, word classes and sentence position.
 * @param clusters word clusters the model was trained with, if any
 */
export function positionFeatures(input: TaggerInput, i: number, isUpperText: boolean, clusters?: WordClusters): string[] {
  const { words } = input
  const out: string[] = ['bias']
  const word = words[i] ?? ''
  for (const f of wordFeatures(word, isUpperText, clusters)) out.push(f)
  for (const [offset, prefix] of NEIGHBOURS) {
    const neighbour = words[i + offset]
    if (neighbour === undefined) {
      out.push(`${prefix}=<edge>`)
      continue
    }
    const near = Math.abs(offset) <= CLUSTER_REACH ? clusters : undefined
    for (const f of neighbourFeatures(neighbour, isUpperText, near)) out.push(`${prefix}${f}`)
  }
  for (const f of contextFeatures(input, i, isUpperText)) out.push(f)
  for (const f of bigramFeatures(input.lower, i)) out.push(f)
  return out
}

/** The inputs of token `i` that its context features depend on, in a fixed order (one string per slot). */
export function contextSlots(input: TaggerInput, i: number, isUpperText: boolean): string[] {
  const { words, pos, gazetteer, classes } = input
  return [
    pos[i] ?? '',
    pos[i - 1] ?? '<s>',
    pos[i + 1] ?? '</s>',
    isUpperText ? 'U' : (input.caps[i] ?? ''),
    i === 0 ? '1' : '',
    i === words.length - 1 ? '1' : '',
    isUpperText ? '1' : '',
    gazetteer[i] ?? '',
    gazetteer[i - 1] ?? '',
    gazetteer[i + 1] ?? '',
    classes[i - 1] ?? '',
    classes[i] ?? '',
    classes[i + 1] ?? '',
    classes[i + 2] ?? '',
  ]
}

/** Word-pair features of token `i`: with its left and its right neighbour, from lowercased words. */
export function bigramFeatures(lower: readonly string[], i: number): string[] {
  const w0 = lower[i] ?? ''
  return [`bi=${lower[i - 1] ?? '<s>'}_${w0}`, `biR=${w0}_${lower[i + 1] ?? '</s>'}`]
}

/** Features of a token from POS, gazetteer, word classes and position (no word forms), given its `contextSlots`. */
export function contextFeaturesOf(slots: readonly string[]): string[] {
  const [p0, pl, pr, cap, isFirst, isLast, upper, g0, gl, gr, cl, c0, cr, cr2] = slots
  const out: string[] = []
  out.push(`pos=${p0}`, `posL=${pl}`, `posR=${pr}`, `posLR=${pl}_${pr}`, `pos0R=${p0}_${pr}`, `posc=${p0}_${cap}`)
  if (isFirst === '1') out.push(`first`, `first_c=${cap}`)
  if (isLast === '1') out.push('last')
  if (upper === '1') out.push('upper-text')
  if (g0 !== '') out.push(`gz=${g0}`, `gzc=${g0}_${cap}`)
  if (gl !== '') out.push(`gzL=${gl}`)
  if (gr !== '') out.push(`gzR=${gr}`)
  for (const [prefix, c] of [
    ['clL', cl],
    ['cl', c0],
    ['clR', cr],
    ['clR2', cr2],
  ] as const) {
    if (c === undefined || c === '') continue
    for (const part of c.split('|')) out.push(`${prefix}=${part}`)
  }
  return out
}

/** Features of token `i` from POS, gazetteer, word classes and position (no word forms). */
export function contextFeatures(input: TaggerInput, i: number, isUpperText: boolean): string[] {
  return contextFeaturesOf(contextSlots(input, i, isUpperText))
}

/** The shape the tag features pair with the previous tag ('U' throughout ALL-CAPS text). */
export function tagShape(word: string, isUpperText: boolean): string {
  return isUpperText ? 'U' : wordShape(word)
}

/** Features that depend on the tags already given to the two previous tokens. */
export function tagFeatures(prev: string, prev2: string, shape: string): string[] {
  return [`t1=${prev}`, `t12=${prev2}_${prev}`, `t1sh=${prev}_${shape}`]
}

/**
 * Guesses the usual case of ALL-CAPS words: words mostly written in lowercase go to lowercase, longer others
 * are capitalised, short ones ("NATO", "US") stay as they are.
 * @param lowercaseWords words mostly written in lowercase in running text
 * @example truecaseWords(['PUTIN', 'VISITS', 'JAPAN'], new Set(['visits'])) // ['Putin', 'visits', 'Japan']
 */
export function truecaseWords(words: readonly string[], lowercaseWords: ReadonlySet<string>): string[] {
  return words.map((w, i) => {
    const lower = w.toLowerCase()
    if (lower === w.toUpperCase()) return w
    if (lowercaseWords.has(lower)) return i === 0 ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower
    return w.length <= 4 ? w : w.charAt(0) + lower.slice(1)
  })
}
