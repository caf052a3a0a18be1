// The trained averaged-perceptron tagger: loads the shipped weights and tags a sentence, greedily or with a beam.
import { capClass, casedClusterValue, CLUSTER_REACH, contextFeaturesOf, contextSlots, NEIGHBOURS, wordShape, neighbourFeatures, tagFeatures, tagShape, truecaseWords, wordFeatures, type TaggerInput } from './features.js'
import { ConfigError, ErrorCode, type EntityType } from '../../core/index.js'
import { BeamSearch } from './beam.js'
import { isAllowedAfter, type TokenSpan } from './labels.js'
import { detachString } from './strings.js'
import { addBlock, buildValueBlocks, PairIndex, RowSlab, type ValueBlocks } from './tagger-tables.js'
import type { WordClusters } from './word-clusters.js'

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
  /** The word-cluster file in models/ner the model was trained with (its `k0=`... features), if any. */
  readonly wordClusters?: string
  /** Whether the model was trained with the `first` word class (capitalised given names, see `loadFirstNames`). */
  readonly firstNames?: boolean
  /** Beam width the model was trained and must be decoded with (beam training with early update); absent: greedy. */
  readonly beam?: number
}

const CACHE_LIMIT = 200_000

/** Context slot values are numbered per kind; a slot number must stay below this radix to pack keys. */
const RADIX = 64

/** Token offsets of the neighbours whose word features a token sees. */
const NEIGHBOUR_OFFSETS = Int32Array.from(NEIGHBOURS, ([offset]) => offset)

/** What the tagger knows about one word (see `Tagger.wordOf`), computed once and cached. */
export type TaggerWord = WordEntry

/** What the tagger knows about one word, computed once and cached across sentences and documents. */
interface WordEntry {
  /** Summed word-feature scores: as the token itself, then as each neighbour in `NEIGHBOURS` order. */
  readonly rows: Int32Array
  /** Number of the lowercase word in the word-pair features, or -1. */
  readonly pairId: number
  /** Scores of the (previous label, shape) features, by previous label (the last row is the sentence start). */
  readonly shapeRows: Int32Array
}

/** Numbers strings of one kind (POS tags, gazetteer hits, ...) in order of first sight. */
class SlotNumbers {
  private readonly ids = new Map<string, number>()
  readonly values: string[] = []

  /** Returns the number of a value, adding it when new. */
  idOf(value: string): number {
    let id = this.ids.get(value)
    if (id === undefined) {
      id = this.values.length
      this.ids.set(value, id)
      this.values.push(value)
    }
    return id
  }
}

/** The slot value at digit `place` (base RADIX) of a packed key. */
function slotValue(values: readonly string[], key: number, place: number): string {
  return values[Math.floor(key / RADIX ** place) % RADIX] ?? ''
}

/**
 * A loaded tagger. Weights are kept as the model's integers, so scores are exact sums whatever their order:
 * word features are summed once per word, context features once per combination of POS, case, position,
 * gazetteer and word-class slots (two packed numeric keys), and tag features are tabled per label pair and shape.
 */
export class Tagger {
  /** BIO labels, `O` first. */
  readonly labels: readonly string[]
  /** Beam width of decoding (1: greedy), as the model was trained. */
  private readonly beam: number
  /** The beam search of a beam-trained model (and its buffers). */
  private readonly beamSearch: BeamSearch
  /** Label scores of each token that do not depend on earlier labels (beam decoding), reused across sentences. */
  private emissionBuffer = new Int32Array(0)
  /** One token's label scores before the previous-label features (reused for every token). */
  private readonly baseScores: Int32Array
  /** Each token's (previous label, shape) rows for the beam, reused across sentences. */
  private readonly shapeBuffer: Int32Array[] = []
  private readonly n: number
  private readonly weights = new Map<string, Int32Array>()
  /** Numbers of the words that occur in word-pair features. */
  private readonly pairWords = new Map<string, number>()
  /** `bi=` rows by (word number, left neighbour's number), `biR=` rows by (word number, right neighbour's number). */
  private readonly leftPairs: PairIndex
  private readonly rightPairs: PairIndex
  /** Word-feature weights by value (see `buildValueBlocks`). */
  private readonly valueBlocks: ValueBlocks
  /** Where the rows of new words are cut from. */
  private readonly rowSlab = new RowSlab()
  /** A row of zeros, standing for absent features. */
  private readonly zeroRow: Int32Array
  private readonly words = new Map<string, WordEntry>()
  private readonly upperWords = new Map<string, WordEntry>()
  private readonly lowercaseWords: ReadonlySet<string>
  /** Rows of the `<edge>` feature per neighbour position (a neighbour beyond the sentence). */
  private readonly edgeRows: Int32Array[]
  /** Pair-feature edge words: the sentence start and end. */
  private readonly startPairId: number
  private readonly endPairId: number
  private readonly shapeRowsByShape = new Map<string, Int32Array>()
  private readonly posIds = new SlotNumbers()
  private readonly capIds = new SlotNumbers()
  private readonly gazIds = new SlotNumbers()
  private readonly classIds = new SlotNumbers()
  /** Context rows from POS, case and position (with the bias), and from gazetteer and word classes with case. */
  private readonly posRows = new Map<number, Int32Array>()
  private readonly listRows = new Map<number, Int32Array>()
  /** Scores of the label-pair features, by (label before previous, previous label). */
  private readonly pairRows: Int32Array
  /** allowed[prev * n + label]: whether `label` may follow `prev`; row n stands for the sentence start. */
  private readonly allowed: Uint8Array
  /** Entity type of each label (undefined for `O`), and whether it is a `B-` label. */
  private readonly labelTypes: ReadonlyArray<EntityType | undefined>
  private readonly isBegin: readonly boolean[]
  /** Work buffers reused across sentences. */
  private ids = { pos: new Int32Array(64), cap: new Int32Array(64), gaz: new Int32Array(64), cls: new Int32Array(64) }

  /** Word clusters of the `k0=`... features (undefined for a model trained without them). */
  private readonly clusters: WordClusters | undefined
  /** Summed cluster rows by cluster id list (shared per distinct list) and case class. */
  private readonly clusterBlocks = new Map<readonly string[], Map<string, Int32Array>>()

  /**
   * Builds a tagger from a parsed model file.
   * @param clusters the word clusters named by the model's `wordClusters` (required when it names some)
   */
  constructor(file: TaggerModelFile, clusters?: WordClusters) {
    if (file.wordClusters !== undefined && clusters === undefined) {
      throw new ConfigError(ErrorCode.ModelInvalid, `NER model ${file.name} was trained with the word clusters ${file.wordClusters}; pass them to the Tagger (see loadTagger).`)
    }
    this.clusters = file.wordClusters === undefined ? undefined : clusters
    this.labels = file.labels
    this.beam = Math.max(1, file.beam ?? 1)
    this.lowercaseWords = new Set(file.lowercaseWords ?? [])
    this.labelTypes = file.labels.map((l) => (l === 'O' ? undefined : (l.slice(2) as EntityType)))
    this.isBegin = file.labels.map((l) => l.startsWith('B-'))
    const n = file.labels.length
    this.n = n
    const pairs: Array<[isLeft: boolean, a: number, b: number, row: Int32Array]> = []
    for (const [feature, stored] of Object.entries(file.weights)) {
      const row = new Int32Array(n)
      for (let k = 0; k + 1 < stored.length; k += 2) row[stored[k] ?? 0] = stored[k + 1] ?? 0
      this.weights.set(feature, row)
      // Word pairs are also indexed by the numbers of their two words, so tagging looks them up by number.
      const pair = /^(bi|biR)=([^_]*)_(.*)$/.exec(feature)
      if (pair !== null) pairs.push([pair[1] === 'bi', this.pairWordId(pair[2] ?? ''), this.pairWordId(pair[3] ?? ''), row])
    }
    // Indexed by the token's own word: `bi=` with its left neighbour, `biR=` with its right one.
    this.leftPairs = new PairIndex(
      pairs.filter(([isLeft]) => isLeft).map(([, a, b, row]) => [b, a, row] as const),
      n,
    )
    this.rightPairs = new PairIndex(
      pairs.filter(([isLeft]) => !isLeft).map(([, a, b, row]) => [a, b, row] as const),
      n,
    )
    this.zeroRow = new Int32Array(n)
    this.baseScores = new Int32Array(n)
    this.valueBlocks = buildValueBlocks(this.weights, n, this.clusters?.levels ?? 0)
    this.startPairId = this.pairWords.get('<s>') ?? -1
    this.endPairId = this.pairWords.get('</s>') ?? -1
    this.edgeRows = NEIGHBOURS.map(([, prefix]) => {
      const row = new Int32Array(n)
      this.add(row, `${prefix}=<edge>`)
      return row
    })
    if (this.edgeRows.length !== 4) {
      throw new ConfigError(ErrorCode.ModelInvalid, `The tagger scores exactly 4 neighbour positions; features.ts NEIGHBOURS lists ${this.edgeRows.length}. Update Tagger.tagIndexes with NEIGHBOURS.`)
    }
    this.pairRows = new Int32Array((n + 1) * (n + 1) * n)
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
    this.beamSearch = new BeamSearch(n, this.beam, this.allowed)
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
    const labelIndexes = this.tagIndexes(input, isUpperText)
    const out = new Array<string>(labelIndexes.length)
    for (let i = 0; i < labelIndexes.length; i++) out[i] = this.labels[labelIndexes[i] ?? 0] ?? 'O'
    return out
  }

  /**
   * Returns the typed token runs of a sentence: `labelsToSpans(tag(input, isUpperText))` without label strings.
   * @param words `wordOf` each word with the same `isUpperText`, when the caller keeps them
   */
  tagSpans(input: TaggerInput, isUpperText: boolean, words?: readonly TaggerWord[]): TokenSpan[] {
    const labelIndexes = this.tagIndexes(input, isUpperText, words)
    const spans: TokenSpan[] = []
    let first = -1
    let type: EntityType | undefined
    for (let i = 0; i <= labelIndexes.length; i++) {
      const label = i < labelIndexes.length ? (labelIndexes[i] ?? 0) : 0
      const labelType = this.labelTypes[label]
      // An `O` (or the sentence end) closes a run; a `B-` or a change of type starts a new one.
      if (labelType !== undefined && !this.isBegin[label] && labelType === type) continue
      if (type !== undefined && first >= 0) spans.push({ first, last: i - 1, type })
      first = labelType === undefined ? -1 : i
      type = labelType
    }
    return spans
  }

  /** Returns the label number of every token (greedy left to right, or the model's beam; BIO constraints). */
  private tagIndexes(input: TaggerInput, isUpperText: boolean, known?: readonly TaggerWord[]): Uint8Array {
    const n = this.n
    const words = input.words
    const length = words.length
    const out = new Uint8Array(length)
    let entries = known
    if (entries === undefined || entries.length !== length) {
      const found = new Array<WordEntry>(length)
      for (let i = 0; i < length; i++) found[i] = this.wordOf(words[i] ?? '', isUpperText)
      entries = found
    }
    const canPack = this.numberSlots(input, isUpperText)
    const { pos, cap, gaz, cls } = this.ids
    const pairRows = this.pairRows
    const { leftPairs, rightPairs } = this
    const allowed = this.allowed
    const zero = this.zeroRow
    const [o1 = 0, o2 = 0, o3 = 0, o4 = 0] = NEIGHBOUR_OFFSETS
    const [e1 = zero, e2 = zero, e3 = zero, e4 = zero] = this.edgeRows
    let prevIndex = n
    let prev2Index = n
    // A beam-trained model: the scores that do not depend on earlier labels first, then the beam search.
    if (this.beam > 1 && this.emissionBuffer.length < length * n) this.emissionBuffer = new Int32Array(2 * length * n)
    const emissions = this.beam > 1 ? this.emissionBuffer : undefined
    const base = this.baseScores
    for (let i = 0; i < length; i++) {
      const entry = entries[i] as WordEntry
      const own = entry.rows
      // Each neighbour's rows hold its scores as each neighbour position; beyond the sentence, the edge row.
      const j1 = i + o1
      const j2 = i + o2
      const j3 = i + o3
      const j4 = i + o4
      const r1 = j1 >= 0 && j1 < length ? (entries[j1] as WordEntry).rows : e1
      const r2 = j2 >= 0 && j2 < length ? (entries[j2] as WordEntry).rows : e2
      const r3 = j3 >= 0 && j3 < length ? (entries[j3] as WordEntry).rows : e3
      const r4 = j4 >= 0 && j4 < length ? (entries[j4] as WordEntry).rows : e4
      const b1 = r1 === e1 ? 0 : n
      const b2 = r2 === e2 ? 0 : 2 * n
      const b3 = r3 === e3 ? 0 : 3 * n
      const b4 = r4 === e4 ? 0 : 4 * n
      // Context: POS of the token and its neighbours, case and position; gazetteer hits and word classes.
      // Slot arrays are shifted: POS by 1 (edge tags at 0 and length + 1), lists by 1 with empty edges.
      let context = zero
      let lists = zero
      if (canPack) {
        const capId = cap[i] ?? 0
        // `| 0` keeps the key a small integer (27 bits), which Map hashes without boxing.
        const posKey =
          ((((pos[i] ?? 0) * RADIX + (pos[i + 1] ?? 0)) * RADIX + (pos[i + 2] ?? 0)) * RADIX * 8 +
            capId * 8 +
            (i === 0 ? 4 : 0) +
            (i === length - 1 ? 2 : 0) +
            (isUpperText ? 1 : 0)) |
          0
        context = this.posRow(posKey)
        const listKey =
          (((((((gaz[i + 1] ?? 0) * RADIX + (gaz[i] ?? 0)) * RADIX + (gaz[i + 2] ?? 0)) * RADIX + (cls[i] ?? 0)) * RADIX +
            (cls[i + 1] ?? 0)) *
            RADIX +
            (cls[i + 2] ?? 0)) *
            RADIX +
            (cls[i + 3] ?? 0)) *
          RADIX
        if (listKey !== 0) lists = this.listRow(listKey + capId)
      } else {
        context = new Int32Array(n)
        this.add(context, 'bias')
        for (const f of contextFeaturesOf(contextSlots(input, i, isUpperText))) this.add(context, f)
      }
      // Same features as `bigramFeatures`, looked up by word number.
      let leftRows = zero
      let leftAt = 0
      let rightRows = zero
      let rightAt = 0
      if (entry.pairId >= 0) {
        const left = i === 0 ? this.startPairId : (entries[i - 1] as WordEntry).pairId
        const right = i === length - 1 ? this.endPairId : (entries[i + 1] as WordEntry).pairId
        const l = left >= 0 ? leftPairs.find(entry.pairId, left) : -1
        if (l >= 0) {
          leftRows = leftPairs.rows
          leftAt = l
        }
        const r = right >= 0 ? rightPairs.find(entry.pairId, right) : -1
        if (r >= 0) {
          rightRows = rightPairs.rows
          rightAt = r
        }
      }
      // The scores that do not depend on earlier labels; integer sums, so exact in any order. A beam model's go
      // straight into the token's emission row.
      const scores = emissions ?? base
      const at = emissions === undefined ? 0 : i * n
      for (let c = 0; c < n; c++) {
        scores[at + c] =
          (own[c] ?? 0) +
          (r1[b1 + c] ?? 0) +
          (r2[b2 + c] ?? 0) +
          (r3[b3 + c] ?? 0) +
          (r4[b4 + c] ?? 0) +
          (context[c] ?? 0) +
          (lists[c] ?? 0) +
          (leftRows[leftAt + c] ?? 0) +
          (rightRows[rightAt + c] ?? 0)
      }
      if (emissions !== undefined) continue
      // Tag features, tabled per (previous, one before) label pair and per word shape.
      const pairAt = (prev2Index * (n + 1) + prevIndex) * n
      const shapeAt = prevIndex * n
      const byShape = entry.shapeRows
      let best = 0
      let bestScore = -Infinity
      for (let c = 0; c < n; c++) {
        if (allowed[shapeAt + c] === 0) continue
        const s = (base[c] ?? 0) + (pairRows[pairAt + c] ?? 0) + (byShape[shapeAt + c] ?? 0)
        if (s > bestScore) {
          bestScore = s
          best = c
        }
      }
      out[i] = best
      prev2Index = prevIndex
      prevIndex = best
    }
    if (emissions === undefined) return out
    // Reused as is: the search reads only the first `length` rows. Cutting its length per sentence made V8 trim the
    // backing store and grow it again on the next longer sentence.
    const shapes = this.shapeBuffer
    for (let i = 0; i < length; i++) shapes[i] = (entries[i] as WordEntry).shapeRows
    return this.beamSearch.run(length, { emissions, pairs: pairRows, shapes }).labels
  }

  /**
   * Numbers the context slots of a sentence into the work buffers: POS at `i + 1` (the sentence-edge tags at
   * 0 and `length + 1`), case class at `i`, gazetteer hit and word classes at `i + 1` (0, "none", around).
   * @returns whether every number fits the packing radix (else context rows are computed uncached)
   */
  private numberSlots(input: TaggerInput, isUpperText: boolean): boolean {
    const length = input.words.length
    if (this.ids.pos.length < length + 4) {
      const size = 2 * (length + 4)
      this.ids = { pos: new Int32Array(size), cap: new Int32Array(size), gaz: new Int32Array(size), cls: new Int32Array(size) }
    }
    const { pos, cap, gaz, cls } = this.ids
    // Most words have no gazetteer hit and no word class: '' is numbered without a lookup.
    const noHit = this.gazIds.idOf('')
    const noClass = this.classIds.idOf('')
    let max = 0
    pos[0] = this.posIds.idOf('<s>')
    pos[length + 1] = this.posIds.idOf('</s>')
    gaz[0] = 0
    cls[0] = 0
    for (let i = 0; i < length; i++) {
      const p = this.posIds.idOf(input.pos[i] ?? '')
      const c = this.capIds.idOf(isUpperText ? 'U' : (input.caps[i] ?? ''))
      const hit = input.gazetteer[i] ?? ''
      const wordClass = input.classes[i] ?? ''
      const g = hit === '' ? noHit : this.gazIds.idOf(hit)
      const k = wordClass === '' ? noClass : this.classIds.idOf(wordClass)
      pos[i + 1] = p
      cap[i] = c
      gaz[i + 1] = g
      cls[i + 1] = k
      max = Math.max(max, p, c, g, k)
    }
    for (let i = length + 1; i < length + 4; i++) {
      gaz[i] = 0
      cls[i] = 0
    }
    return Math.max(max, pos[0] ?? 0, pos[length + 1] ?? 0) < RADIX
  }

  /** Returns the slot values of a packed context, in `contextSlots` order (to compute its row once). */
  private slotsOf(posKey: number, lists: number, capId: number): string[] {
    const flags = posKey % 8
    const posTriple = Math.floor(posKey / (RADIX * 8))
    const pos = this.posIds.values
    const gaz = this.gazIds.values
    const cls = this.classIds.values
    // Plain lookups, no closures: this runs on every cache miss.
    return [
      slotValue(pos, posTriple, 1),
      slotValue(pos, posTriple, 2),
      slotValue(pos, posTriple, 0),
      this.capIds.values[capId] ?? '',
      (flags & 4) !== 0 ? '1' : '',
      (flags & 2) !== 0 ? '1' : '',
      (flags & 1) !== 0 ? '1' : '',
      slotValue(gaz, lists, 7),
      slotValue(gaz, lists, 6),
      slotValue(gaz, lists, 5),
      slotValue(cls, lists, 4),
      slotValue(cls, lists, 3),
      slotValue(cls, lists, 2),
      slotValue(cls, lists, 1),
    ]
  }

  /** The summed bias, POS, case and position features of a context (`contextFeaturesOf` minus lists). */
  private posRow(key: number): Int32Array {
    let row = this.posRows.get(key)
    if (row === undefined) {
      row = new Int32Array(this.n)
      this.add(row, 'bias')
      const slots = this.slotsOf(key, 0, Math.floor(key / 8) % RADIX)
      for (const f of contextFeaturesOf(slots)) if (!isListFeature(f)) this.add(row, f)
      if (this.posRows.size >= CACHE_LIMIT) this.posRows.clear()
      this.posRows.set(key, row)
    }
    return row
  }

  /** The summed gazetteer and word-class features of a context (the rest of `contextFeaturesOf`). */
  private listRow(key: number): Int32Array {
    let row = this.listRows.get(key)
    if (row === undefined) {
      row = new Int32Array(this.n)
      for (const f of contextFeaturesOf(this.slotsOf(0, key, key % RADIX))) if (isListFeature(f)) this.add(row, f)
      if (this.listRows.size >= CACHE_LIMIT) this.listRows.clear()
      this.listRows.set(key, row)
    }
    return row
  }

  /**
   * Returns what the tagger knows about a word (cached), computing its feature scores on first sight.
   * The scores are those of `wordFeatures` (the word itself) and `neighbourFeatures` (the word as each
   * neighbour), looked up by value in blocks built at load: one lookup per form, affix, shape and case class.
   */
  wordOf(word: string, isUpperText: boolean): TaggerWord {
    const cache = isUpperText ? this.upperWords : this.words
    let entry = cache.get(word)
    if (entry === undefined) {
      const lower = word.toLowerCase()
      const rows = this.rowSlab.take(this.n * (NEIGHBOURS.length + 1))
      const size = lower.length
      const blocks = this.valueBlocks
      addBlock(rows, blocks.w.get(lower), true)
      if (size > 3) {
        addBlock(rows, blocks.p3.get(lower.slice(0, 3)), false)
        // The suffix counts for the word itself from 4 letters, as a neighbour from 5.
        addBlock(rows, blocks.s3.get(lower.slice(-3)), size > 4)
      }
      if (size > 4) {
        addBlock(rows, blocks.s4.get(lower.slice(-4)), false)
        addBlock(rows, blocks.p4.get(lower.slice(0, 4)), false)
      }
      if (size > 2) addBlock(rows, blocks.s2.get(lower.slice(-2)), false)
      else addBlock(rows, blocks.short, false)
      const cap = isUpperText ? '' : capClass(word)
      if (!isUpperText) {
        addBlock(rows, blocks.sh.get(wordShape(word)), false)
        addBlock(rows, blocks.c.get(cap), true)
      }
      const ids = this.clusters?.idsOf(lower)
      if (ids !== undefined) addBlock(rows, this.clusterBlock(ids, cap), true)
      const pairId = this.pairWords.get(lower) ?? -1
      entry = {
        rows,
        pairId,
        shapeRows: this.shapeRowsOf(tagShape(word, isUpperText)),
      }
      if (cache.size >= CACHE_LIMIT) cache.clear()
      // Kept for long: a copy, not a view into the article the word came from.
      cache.set(detachString(word), entry)
    }
    return entry
  }

  /**
   * The summed cluster features (`k0=`..., and `kc=` unless `cap` is '') of the words with these cluster ids and
   * this case class, computed once per pair: the id lists are shared by all words of the same clusters.
   */
  private clusterBlock(ids: readonly string[], cap: string): Int32Array {
    let byCap = this.clusterBlocks.get(ids)
    if (byCap === undefined) {
      if (this.clusterBlocks.size >= CACHE_LIMIT) this.clusterBlocks.clear()
      this.clusterBlocks.set(ids, (byCap = new Map<string, Int32Array>()))
    }
    let block = byCap.get(cap)
    if (block === undefined) {
      const blocks = this.valueBlocks
      // The blocks hold rows only for the positions that have cluster features (see CLUSTER_REACH).
      block = this.rowSlab.take(this.n * (NEIGHBOURS.length + 1))
      for (let g = 0; g < blocks.k.length; g++) addBlock(block, blocks.k[g]?.get(ids[g] ?? ''), true)
      if (cap !== '') addBlock(block, blocks.kc.get(casedClusterValue(ids, cap)), true)
      byCap.set(cap, block)
    }
    return block
  }

  /** Sums the word features of a word from their strings (the reference `wordOf` must agree with; for tests). */
  wordRowsFromStrings(word: string, isUpperText: boolean): Int32Array {
    const n = this.n
    const rows = new Int32Array(n * (NEIGHBOURS.length + 1))
    for (const f of wordFeatures(word, isUpperText, this.clusters)) this.add(rows, f, 0)
    NEIGHBOURS.forEach(([offset, prefix], k) => {
      const near = Math.abs(offset) <= CLUSTER_REACH ? this.clusters : undefined
      for (const f of neighbourFeatures(word, isUpperText, near)) this.add(rows, `${prefix}${f}`, (k + 1) * n)
    })
    return rows
  }

  /** The (previous label, shape) feature rows of a shape, by previous label. */
  private shapeRowsOf(shape: string): Int32Array {
    let rows = this.shapeRowsByShape.get(shape)
    if (rows === undefined) {
      const n = this.n
      rows = new Int32Array((n + 1) * n)
      for (let p = 0; p <= n; p++) {
        const [, , f] = tagFeatures(this.labelAt(p), '', shape)
        if (f !== undefined) this.add(rows, f, p * n)
      }
      if (this.shapeRowsByShape.size >= CACHE_LIMIT) this.shapeRowsByShape.clear()
      this.shapeRowsByShape.set(shape, rows)
    }
    return rows
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

  private add(scores: Int32Array, feature: string, base = 0): void {
    const row = this.weights.get(feature)
    if (row !== undefined) addRowAt(scores, row, base)
  }
}

/** Returns whether a context feature comes from the gazetteer or the word lists. */
function isListFeature(feature: string): boolean {
  return feature.startsWith('gz') || feature.startsWith('cl')
}

/** Adds `row` into `target` from position `at` on. */
function addRowAt(target: Int32Array, row: Int32Array, at: number): void {
  for (let c = 0; c < row.length; c++) target[at + c] = (target[at + c] ?? 0) + (row[c] ?? 0)
}

