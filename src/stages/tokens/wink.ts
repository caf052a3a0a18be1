// wink-nlp, loaded once, with character offsets rebuilt from token text and preceding spaces.
import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'
import type { PosTag } from '../../core/index.js'

type WinkNlp = ReturnType<typeof winkNLP>

let nlp: WinkNlp | undefined

/**
 * wink annotations we use: sentence boundaries and POS (lemmas come with POS). Its NER, negation
 * and sentiment passes are skipped: nothing reads them (we flag negation from lemmas), they leave
 * tokens, POS, lemmas and sentences unchanged, and they cost a third of wink's time.
 */
const WINK_PIPE = ['sbd', 'pos']

/** wink's lemmatizer addon: a word (lower-cased), its POS tag and wink's lexicon cache give the lemma. */
type Lemmatize = (value: string, pos: string, cache: unknown) => string

/** Most words kept by `rememberLemmas`; past it the lemmatizer runs as before. */
const LEMMA_MEMO_LIMIT = 200_000

/**
 * wink's lemmatizer with its answers kept per POS tag and word. For one model it is a pure function of
 * the two (exception lists, suffix rules, and POS look-ups in the model's fixed lexicon, which words
 * added later never change), so the same lemmas come back; its rules and look-ups were a tenth of
 * this stage's time. wink calls it only for words without a single dictionary lemma.
 */
export function rememberLemmas(lemmatize: Lemmatize): Lemmatize {
  const byPos = new Map<string, Map<string, string>>()
  let size = 0
  return (value, pos, cache) => {
    let words = byPos.get(pos)
    if (words === undefined) {
      words = new Map()
      byPos.set(pos, words)
    }
    let lemma = words.get(value)
    if (lemma === undefined) {
      lemma = lemmatize(value, pos, cache)
      if (size < LEMMA_MEMO_LIMIT) {
        words.set(value, lemma)
        size++
      }
    }
    return lemma
  }
}

/** Returns the shared wink-nlp instance (loading its model on first use). */
export function getWink(): WinkNlp {
  if (nlp === undefined) {
    // A copy of the model whose lemmatizer remembers its answers; the shared model object is left alone.
    const lemmatize = model.addons.lemmatize as Lemmatize | undefined
    const addons = lemmatize === undefined ? model.addons : { ...model.addons, lemmatize: rememberLemmas(lemmatize) }
    nlp = winkNLP({ ...model, addons }, WINK_PIPE)
  }
  return nlp
}

/** A token as wink-nlp sees it, with offsets into the analysed string. */
export interface WinkToken {
  readonly start: number
  readonly end: number
  readonly pos: PosTag
  readonly lemma: string
  readonly isNegationWord: boolean
}

/** Tokens and sentences (as token index ranges) of one string. */
export interface WinkAnalysis {
  readonly tokens: WinkToken[]
  readonly sentences: Array<{ first: number; last: number }>
}

const NEGATION_LEMMAS = new Set(['not', 'never', 'no', 'neither', 'nor', 'without'])

/**
 * Whether a lemma is a negation word in any case. Every one starts with "n" or "w", so other lemmas
 * are ruled out by their first letter, without a lower-cased copy of each.
 */
function isNegationLemma(lemma: string): boolean {
  const first = lemma.charCodeAt(0) | 0x20
  if (first !== 0x6e && first !== 0x77) return false
  return NEGATION_LEMMAS.has(lemma) || NEGATION_LEMMAS.has(lemma.toLowerCase())
}

/**
 * Where a possessive clitic starts in a token wink kept whole ("Arvenia's" -> 7), or 0 for none.
 * wink's tokenizer learns the words it reads: a word first seen before punctuation ("Arvenia's.") is kept whole
 * and, once learned, stays whole everywhere after, in this document and the next, where an unlearned
 * "Arvenia's army" is split. Splitting every such token keeps tokens a function of the text alone.
 */
export function possessiveAt(value: string): number {
  const n = value.length
  if (n < 3) return 0
  const s = value.charCodeAt(n - 1) | 0x20
  const mark = value.charCodeAt(n - 2)
  if (s !== 0x73 || (mark !== 0x27 && mark !== 0x2019)) return 0
  const before = value.charCodeAt(n - 3)
  const isLetter = (before >= 0x41 && before <= 0x5a) || (before >= 0x61 && before <= 0x7a) || before > 0x7f || before === 0x2e
  return isLetter ? n - 2 : 0
}

/**
 * Tokens of one string as parallel columns (no object per token), and sentences as index ranges into them.
 * Token `k` spans `[starts[k], ends[k])` with `pos[k]`, `lemmas[k]` and `isNegation[k]` (1 or 0).
 */
export interface WinkColumns {
  readonly count: number
  readonly starts: readonly number[]
  readonly ends: readonly number[]
  readonly pos: PosTag[]
  readonly lemmas: string[]
  readonly isNegation: readonly number[]
  readonly sentences: Array<{ first: number; last: number }>
}

/** `readWinkColumns`' map from wink's token indexes to ours (first and last), reused across texts and grown as needed. */
let keepBuffer = new Int32Array(1024)
let keepLastBuffer = new Int32Array(1024)

/**
 * Tokenizes, splits sentences, tags POS and lemmatizes one string, into columns.
 * Offsets are rebuilt from each token's text and its count of preceding spaces; when wink changes
 * a token's text, the token is found by searching forward, so offsets never drift.
 */
export function readWinkColumns(text: string): WinkColumns {
  const wink = getWink()
  // wink's `its` helpers are plain functions that never use `this`.
  /* eslint-disable @typescript-eslint/unbound-method */
  const its = wink.its
  const doc = wink.readDoc(text)
  const values = doc.tokens().out(its.value)
  const spaces = doc.tokens().out(its.precedingSpaces)
  const tags = doc.tokens().out(its.pos)
  const lemmaValues: string[] = doc.tokens().out(its.lemma as never)
  const sentenceSpans = doc.sentences().out(its.span as never) as unknown as Array<[number, number]>
  /* eslint-enable @typescript-eslint/unbound-method */
  const size = values.length
  // Plain arrays, filled in order: a typed array per text is an allocation outside the JS heap, which costs more
  // than the columns themselves.
  const starts: number[] = []
  const ends: number[] = []
  const pos: PosTag[] = []
  const lemmas: string[] = []
  const isNegation: number[] = []
  // Our first and last index of each wink token, -1 for the whitespace tokens dropped (work buffers reused across
  // texts: every index below `size` is written before it is read).
  if (keepBuffer.length < size) {
    keepBuffer = new Int32Array(2 * size)
    keepLastBuffer = new Int32Array(2 * size)
  }
  const keep = keepBuffer
  const keepLast = keepLastBuffer
  let count = 0
  let cursor = 0
  for (let i = 0; i < size; i++) {
    const value = values[i] ?? ''
    let start = cursor + (spaces[i] ?? '').length
    if (!text.startsWith(value, start)) {
      const found = text.indexOf(value, cursor)
      start = found >= 0 ? found : start
    }
    const end = Math.min(text.length, start + value.length)
    cursor = end
    const tag = (tags[i] ?? 'X') as PosTag
    if (tag === 'SPACE' || value.trim() === '') {
      keep[i] = -1
      keepLast[i] = -1
      continue
    }
    keep[i] = count
    const clitic = possessiveAt(value)
    if (clitic > 0 && end - start === value.length) {
      // A possessive wink kept on the word (see `possessiveAt`): the word, then the clitic, as wink splits
      // it on a word it has not learned.
      const stem = value.slice(0, clitic)
      const stemLower = stem.toLowerCase()
      starts.push(start)
      ends.push(start + clitic)
      pos.push(tag === 'PROPN' && stem === stemLower ? 'NOUN' : tag)
      lemmas.push(stemLower)
      isNegation.push(0)
      count++
      starts.push(start + clitic)
      ends.push(end)
      pos.push('PART')
      lemmas.push(value.slice(clitic).toLowerCase())
      isNegation.push(0)
      keepLast[i] = count
      count++
      continue
    }
    keepLast[i] = count
    const lemma = lemmaValues[i] ?? value.toLowerCase()
    starts.push(start)
    ends.push(end)
    pos.push(tag)
    lemmas.push(lemma)
    isNegation.push(isNegationLemma(lemma) ? 1 : 0)
    count++
  }
  const sentences: Array<{ first: number; last: number }> = []
  for (const [first, last] of sentenceSpans) {
    // Map wink's token indexes to ours, skipping whitespace tokens we dropped. The maps are reused buffers: indexes
    // from `size` on hold another text's entries and count as dropped.
    const top = Math.min(last, size - 1)
    let a = first
    while (a <= top && (keep[a] ?? -1) < 0) a++
    let b = top
    while (b >= a && (keep[b] ?? -1) < 0) b--
    if (a <= b) sentences.push({ first: keep[a] ?? 0, last: keepLast[b] ?? 0 })
  }
  return { count, starts, ends, pos, lemmas, isNegation, sentences }
}

/**
 * Tokenizes, splits sentences, tags POS and lemmatizes one string, one object per token
 * (`readWinkColumns` gives the same without the objects).
 */
export function analyzeWithWink(text: string): WinkAnalysis {
  const columns = readWinkColumns(text)
  const tokens: WinkToken[] = []
  for (let k = 0; k < columns.count; k++) {
    tokens.push({
      start: columns.starts[k] ?? 0,
      end: columns.ends[k] ?? 0,
      pos: columns.pos[k] ?? 'X',
      lemma: columns.lemmas[k] ?? '',
      isNegationWord: columns.isNegation[k] === 1,
    })
  }
  return { tokens, sentences: columns.sentences }
}
