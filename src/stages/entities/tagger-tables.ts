// Lookup tables of the tagger: word-feature weights grouped by value, and word-pair partners searched by number.
import { NEIGHBOURS } from './features.js'

/**
 * Word-feature weights grouped by value, each a block of rows: the word itself (row 0), then the word as each
 * neighbour in `NEIGHBOURS` order. Families whose features exist only for the word itself fill row 0 alone.
 */
export interface ValueBlocks {
  /** `w=` (and `L2w=`, ...): by lowercase form. */
  readonly w: Map<string, Int32Array>
  /** `s3=` (and `L2s3=`, ...): by last three letters. */
  readonly s3: Map<string, Int32Array>
  /** `c=` (and `L2c=`, ...): by capitalisation class. */
  readonly c: Map<string, Int32Array>
  readonly p3: Map<string, Int32Array>
  readonly p4: Map<string, Int32Array>
  readonly s2: Map<string, Int32Array>
  readonly s4: Map<string, Int32Array>
  readonly sh: Map<string, Int32Array>
  readonly short: Int32Array | undefined
  /** `k0=`, `k1=`, ... (and `L2k0=`, ...): by cluster id, one map per cluster granularity. */
  readonly k: ReadonlyArray<Map<string, Int32Array>>
  /** `kc=`: by cluster and capitalisation class. */
  readonly kc: Map<string, Int32Array>
}

/**
 * Groups the word-feature weights by value, so a new word costs one lookup per value, not per feature.
 * @param clusterLevels how many word-cluster granularities the features have
 */
export function buildValueBlocks(weights: ReadonlyMap<string, Int32Array>, n: number, clusterLevels = 0): ValueBlocks {
  const blocks: ValueBlocks = {
    w: new Map(),
    s3: new Map(),
    c: new Map(),
    p3: new Map(),
    p4: new Map(),
    s2: new Map(),
    s4: new Map(),
    sh: new Map(),
    short: weights.get('short'),
    k: Array.from({ length: clusterLevels }, () => new Map<string, Int32Array>()),
    kc: new Map(),
  }
  // Feature head -> family and row: `w` row 0, `L2w` row 1, ... in NEIGHBOURS order.
  const heads = new Map<string, [family: Map<string, Int32Array>, row: number, rows: number]>()
  const withNeighbours: Array<[name: string, family: Map<string, Int32Array>]> = [
    ['w', blocks.w],
    ['s3', blocks.s3],
    ['c', blocks.c],
    ...blocks.k.map((family, g): [string, Map<string, Int32Array>] => [`k${g}`, family]),
    ['kc', blocks.kc],
  ]
  for (const [name, family] of withNeighbours) {
    heads.set(name, [family, 0, NEIGHBOURS.length + 1])
    NEIGHBOURS.forEach(([, prefix], k) => heads.set(`${prefix}${name}`, [family, k + 1, NEIGHBOURS.length + 1]))
  }
  for (const family of ['p3', 'p4', 's2', 's4', 'sh'] as const) heads.set(family, [blocks[family], 0, 1])
  for (const [feature, row] of weights) {
    const eq = feature.indexOf('=')
    const head = eq < 0 ? undefined : heads.get(feature.slice(0, eq))
    if (head === undefined) continue
    const [family, at, rows] = head
    const value = feature.slice(eq + 1)
    let block = family.get(value)
    if (block === undefined) family.set(value, (block = new Int32Array(n * rows)))
    block.set(row, at * n)
  }
  return blocks
}

/** Adds a value block into a word's rows: its row for the word itself, and with `asNeighbour` its neighbour rows too. */
export function addBlock(rows: Int32Array, block: Int32Array | undefined, asNeighbour: boolean): void {
  if (block === undefined) return
  const to = Math.min(block.length, asNeighbour ? rows.length : rows.length / (NEIGHBOURS.length + 1))
  for (let c = 0; c < to; c++) rows[c] = (rows[c] ?? 0) + (block[c] ?? 0)
}

/**
 * Word-pair feature rows found by the numbers of both words (the token's own word and its neighbour), in an
 * open-addressing hash table of typed arrays: one probe or two, where a sorted search per word took up to nine.
 */
export class PairIndex {
  /** Both word numbers of each slot (own word -1: empty) and where the slot's row starts in `rows`. */
  private readonly owns: Int32Array
  private readonly others: Int32Array
  private readonly starts: Int32Array
  private readonly mask: number
  /** The rows, `n` values each. */
  readonly rows: Int32Array

  /**
   * @param pairs (own word number, neighbour word number, row) of every pair feature; a repeated pair keeps its first row
   * @param n row length (number of labels)
   */
  constructor(pairs: ReadonlyArray<readonly [own: number, other: number, row: Int32Array]>, n: number) {
    let size = 16
    while (size < 2 * pairs.length) size *= 2
    this.mask = size - 1
    this.owns = new Int32Array(size).fill(-1)
    this.others = new Int32Array(size)
    this.starts = new Int32Array(size)
    this.rows = new Int32Array(pairs.length * n)
    let used = 0
    for (const [own, other, row] of pairs) {
      let slot = pairSlot(own, other) & this.mask
      while (this.owns[slot] !== -1 && !(this.owns[slot] === own && this.others[slot] === other)) slot = (slot + 1) & this.mask
      if (this.owns[slot] !== -1) continue
      this.owns[slot] = own
      this.others[slot] = other
      this.starts[slot] = used * n
      this.rows.set(row, used * n)
      used++
    }
  }

  /** Returns where the row of the pair (own, other) starts in `rows`, or -1 when the model has no such pair. */
  find(own: number, other: number): number {
    const { owns, others, mask } = this
    let slot = pairSlot(own, other) & mask
    for (;;) {
      const at = owns[slot] ?? -1
      if (at === -1) return -1
      if (at === own && others[slot] === other) return this.starts[slot] ?? -1
      slot = (slot + 1) & mask
    }
  }
}

/** Mixes two word numbers into a table position (multiplicative hashing). */
function pairSlot(own: number, other: number): number {
  return (Math.imul(own, 0x9e3779b1) ^ Math.imul(other + 0x7f4a7c15, 0x85ebca77)) >>> 7
}

/**
 * Hands out zeroed `Int32Array` rows cut from large shared buffers. V8 gives every typed array above 64
 * bytes its own off-heap buffer, costly to allocate and to collect; views into one slab are plain objects.
 */
export class RowSlab {
  private slab: Int32Array
  private used = 0

  /** @param slabSize how many values each shared buffer holds */
  constructor(private readonly slabSize = 1 << 16) {
    this.slab = new Int32Array(slabSize)
  }

  /** Returns a zeroed row of `size` values. */
  take(size: number): Int32Array {
    if (size > this.slabSize) return new Int32Array(size)
    if (this.used + size > this.slab.length) {
      this.slab = new Int32Array(this.slabSize)
      this.used = 0
    }
    const row = this.slab.subarray(this.used, this.used + size)
    this.used += size
    return row
  }
}
