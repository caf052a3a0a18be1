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

/**
 * Indexes a cluster file for lookup by lowercase word.
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
  const lists = new Map<string, readonly string[]>()
  const byWord = new Map<string, readonly string[]>()
  file.words.forEach((word, p) => {
    const ids = new Array<string>(levels)
    for (let g = 0; g < levels; g++) ids[g] = nameOf(file.ids[g]?.[p] ?? -1)
    const key = ids.join('/')
    let shared = lists.get(key)
    if (shared === undefined) lists.set(key, (shared = ids))
    byWord.set(word, shared)
  })
  return { levels, idsOf: (lower) => byWord.get(foldApostrophes(lower)) }
}
