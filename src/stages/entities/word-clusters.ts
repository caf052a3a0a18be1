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

/** Compares `word` with the stretch `[from, to)` of `joined`, by UTF-16 code units (the order of `<` on strings). */
function compareAt(word: string, joined: string, from: number, to: number): number {
  const n = Math.min(word.length, to - from)
  for (let k = 0; k < n; k++) {
    const d = word.charCodeAt(k) - joined.charCodeAt(from + k)
    if (d !== 0) return d
  }
  return word.length - (to - from)
}

/**
 * Indexes a cluster file for lookup by lowercase word. The words sit in one sorted string with offsets, searched
 * by halving: flat data the garbage collector does not walk, where a map of 150,000 words slowed every collection.
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
  const order = [...file.words.keys()].sort((a, b) => {
    const x = file.words[a] ?? ''
    const y = file.words[b] ?? ''
    return x < y ? -1 : x > y ? 1 : 0
  })
  const joined = order.map((p) => file.words[p] ?? '').join('')
  const starts = new Int32Array(order.length + 1)
  const listOfSorted = new Int32Array(order.length)
  order.forEach((p, k) => {
    starts[k + 1] = (starts[k] ?? 0) + (file.words[p] ?? '').length
    listOfSorted[k] = listOfWord[p] ?? 0
  })
  const idsOf = (lower: string): readonly string[] | undefined => {
    const word = foldApostrophes(lower)
    let lo = 0
    let hi = order.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const d = compareAt(word, joined, starts[mid] ?? 0, starts[mid + 1] ?? 0)
      if (d === 0) return lists[listOfSorted[mid] ?? 0]
      if (d < 0) hi = mid - 1
      else lo = mid + 1
    }
    return undefined
  }
  return { levels, idsOf }
}
