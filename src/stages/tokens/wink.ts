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

/** Returns the shared wink-nlp instance (loading its model on first use). */
export function getWink(): WinkNlp {
  nlp ??= winkNLP(model, WINK_PIPE)
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
 * Tokenizes, splits sentences, tags POS and lemmatizes one string.
 * Offsets are rebuilt from each token's text and its count of preceding spaces; when wink changes
 * a token's text, the token is found by searching forward, so offsets never drift.
 */
export function analyzeWithWink(text: string): WinkAnalysis {
  const wink = getWink()
  // wink's `its` helpers are plain functions that never use `this`.
  /* eslint-disable @typescript-eslint/unbound-method */
  const its = wink.its
  const doc = wink.readDoc(text)
  const values = doc.tokens().out(its.value)
  const spaces = doc.tokens().out(its.precedingSpaces)
  const pos = doc.tokens().out(its.pos)
  const lemmas: string[] = doc.tokens().out(its.lemma as never)
  const sentenceSpans = doc.sentences().out(its.span as never) as unknown as Array<[number, number]>
  /* eslint-enable @typescript-eslint/unbound-method */
  const tokens: WinkToken[] = []
  const keep: number[] = []
  let cursor = 0
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? ''
    let start = cursor + (spaces[i] ?? '').length
    if (!text.startsWith(value, start)) {
      const found = text.indexOf(value, cursor)
      start = found >= 0 ? found : start
    }
    const end = Math.min(text.length, start + value.length)
    cursor = end
    keep.push(tokens.length)
    const tag = (pos[i] ?? 'X') as PosTag
    if (tag === 'SPACE' || value.trim() === '') {
      keep[keep.length - 1] = -1
      continue
    }
    const lemma = lemmas[i] ?? value.toLowerCase()
    tokens.push({ start, end, pos: tag, lemma, isNegationWord: NEGATION_LEMMAS.has(lemma.toLowerCase()) })
  }
  const sentences: Array<{ first: number; last: number }> = []
  for (const [first, last] of sentenceSpans) {
    // Map wink's token indexes to ours, skipping whitespace tokens we dropped.
    let a = first
    while (a <= last && (keep[a] ?? -1) < 0) a++
    let b = last
    while (b >= a && (keep[b] ?? -1) < 0) b--
    if (a <= b) sentences.push({ first: keep[a] ?? 0, last: keep[b] ?? 0 })
  }
  return { tokens, sentences }
}
