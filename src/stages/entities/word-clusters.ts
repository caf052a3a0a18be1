// Distributional word clusters (k-means over word embeddings) as tagger features: cluster ids of a lowercase word.

/** The shipped cluster file (`models/ner/word-clusters.json`), written by `scripts/build-word-clusters.ts`. */
export interface WordClusterFile {
  readonly format: 'dyad-word-clusters@1'
  readonly version: string
  /** Where the vectors came from, their licence and the attribution to keep. */
  readonly source: { readonly package: string; readonly licence: string; readonly attribution: string }
  /** How the clusters were computed. */
  readonly method: string
  /** Number of clusters at each granularity, coarse to fine. */
  readonly granularities: readonly number[]
  /** Lowercase words, most frequent first. */
  readonly words: readonly string[]
  /** Per granularity, the cluster number of each word of `words`. */
  readonly ids: ReadonlyArray<readonly number[]>
}

/** The file name of the shipped clusters in models/ner. */
export const WORD_CLUSTERS_FILE = 'word-clusters.json'

/** Cluster lookups: the cluster of a lowercase word at each granularity. */
export interface WordClusters {
  /** How many granularities each word has. */
  readonly levels: number
  /** Returns the word's cluster ids (as strings, coarse to fine), or undefined for an unknown word. */
  idsOf(lower: string): readonly string[] | undefined
}

/** Curly apostrophes are straight in the embeddings' vocabulary ("’s" is "'s"). */
function foldApostrophes(lower: string): string {
  return lower.includes('’') || lower.includes('‘') ? lower.replace(/[’‘]/g, "'") : lower
}

/** Returns whether `word` equals the stretch `[from, to)` of `joined`. */
function equalsAt(word: string, joined: string, from: number, to: number): boolean {
  if (word.length !== to - from) return false
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== joined.charCodeAt(from + k)) return false
  return true
}

/** FNV-1a over the UTF-16 code units of a string. */
function hashOf(word: string): number {
  let h = 0x811c9dc5
  for (let k = 0; k < word.length; k++) h = Math.imul(h ^ word.charCodeAt(k), 0x01000193)
  return h >>> 0
}

/**
 * Indexes a cluster file for lookup by lowercase word. The words sit in one string with offsets, found through a
 * hash table of numbers: flat data the garbage collector does not walk (a map of 150,000 words cost 18 MB).
 * @example clustersOf(file).idsOf('minister') // ['12', '201', '877']
 */
export function clustersOf(file: WordClusterFile): WordClusters {
  const levels = file.granularities.length
  // Id strings are shared: each granularity has at most a few thousand distinct ones.
  const names = new Map<number, string>()
  const nameOf = (id: number): string => {
    let name = names.get(id)
    if (name === undefined) names.set(id, (name = String(id)))
    return name
  }
  // Words of one cluster mostly share their coarser clusters too, so the id lists are shared (saves memory).
  const listIndex = new Map<string, number>()
  const lists: Array<readonly string[]> = []
  const listOfWord = new Int32Array(file.words.length)
  file.words.forEach((_, p) => {
    const ids = new Array<string>(levels)
    for (let g = 0; g < levels; g++) ids[g] = nameOf(file.ids[g]?.[p] ?? -1)
    const key = ids.join('/')
    let at = listIndex.get(key)
    if (at === undefined) {
      at = lists.length
      listIndex.set(key, at)
      lists.push(ids)
    }
    listOfWord[p] = at
  })
  // An open-addressing hash table of word numbers over one joined string of the words.
  const joined = file.words.join('')
  const starts = new Int32Array(file.words.length + 1)
  let size = 1
  while (size < 2 * file.words.length) size *= 2
  const mask = size - 1
  const table = new Int32Array(size)
  file.words.forEach((word, p) => {
    starts[p + 1] = (starts[p] ?? 0) + word.length
    let h = hashOf(word) & mask
    while (table[h] !== 0) h = (h + 1) & mask
    table[h] = p + 1
  })
  const idsOf = (lower: string): readonly string[] | undefined => {
    const word = foldApostrophes(lower)
    let h = hashOf(word) & mask
    for (let entry = table[h] ?? 0; entry !== 0; entry = table[h] ?? 0) {
      const p = entry - 1
      if (equalsAt(word, joined, starts[p] ?? 0, starts[p + 1] ?? 0)) return lists[listOfWord[p] ?? 0]
      h = (h + 1) & mask
    }
    return undefined
  }
  return { levels, idsOf }
}
