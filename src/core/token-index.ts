// Fast lookups from sentences to their tokens, shared by every stage that walks tokens.
import type { Doc } from './doc.js'
import type { Sentence, Token } from './layers/text.js'
import type { Span } from './offsets.js'

/** A sentence with its tokens, as stages usually walk them. */
export interface SentenceTokens {
  readonly sentence: Sentence
  readonly tokens: readonly Token[]
  /** Index of the sentence's first token in the doc's token layer. */
  readonly firstToken: number
}

/** Returns the tokens whose spans lie inside `span`, using binary search on the sorted layer. */
export function tokensWithin(tokens: readonly Token[], span: Span): Token[] {
  const out: Token[] = []
  for (let i = findFirstTokenEndingAfter(tokens, span.start); i < tokens.length; i++) {
    const token = tokens[i]
    if (token === undefined || token.start >= span.end) break
    if (token.start >= span.start) out.push(token)
  }
  return out
}

/** Pairs each sentence of a document with its tokens. */
export function groupTokensBySentence(doc: Pick<Doc, 'layers'>): SentenceTokens[] {
  const tokens = doc.layers.tokens ?? []
  const sentences = doc.layers.sentences ?? []
  const out: SentenceTokens[] = []
  for (const sentence of sentences) {
    const firstToken = findFirstTokenEndingAfter(tokens, sentence.start)
    let last = firstToken
    while (last < tokens.length && (tokens[last]?.start ?? Infinity) < sentence.end) last++
    out.push({ sentence, tokens: tokens.slice(firstToken, last), firstToken })
  }
  return out
}

/**
 * `findFirstEndingAfter` for tokens only: the index of the first token ending after `offset`. Every token has
 * one object shape, so this search stays monomorphic, while the shared one sees every layer's annotations
 * and its property reads go megamorphic in a full pipeline.
 */
export function findFirstTokenEndingAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0
  let hi = tokens.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((tokens[mid]?.end ?? 0) <= offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Returns the surface text of a token. */
export function tokenText(doc: Pick<Doc, 'text'>, token: Span): string {
  return doc.text.slice(token.start, token.end)
}

/** The sentence (with its tokens) holding an offset, by binary search over sentences sorted by offset. */
export function findSentenceAt(sentences: readonly SentenceTokens[], offset: number): SentenceTokens | undefined {
  let low = 0
  let high = sentences.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const candidate = sentences[middle]
    if (candidate === undefined) return undefined
    if (offset < candidate.sentence.start) high = middle - 1
    else if (offset >= candidate.sentence.end) low = middle + 1
    else return candidate
  }
  return undefined
}

/**
 * Returns a lookup from an offset to the sentence holding it, with its tokens, for stages that ask about
 * a few sentences only: each sentence's tokens are sliced on its first lookup and kept, instead of grouping
 * every sentence up front. Gives the same `SentenceTokens` as `findSentenceAt(groupTokensBySentence(doc), offset)`.
 */
export function createSentenceLookup(doc: Pick<Doc, 'layers'>): (offset: number) => SentenceTokens | undefined {
  const tokens = doc.layers.tokens ?? []
  const sentences = doc.layers.sentences ?? []
  const seen = new Map<number, SentenceTokens>()
  return (offset) => {
    let low = 0
    let high = sentences.length - 1
    while (low <= high) {
      const middle = (low + high) >> 1
      const sentence = sentences[middle]
      if (sentence === undefined) return undefined
      if (offset < sentence.start) high = middle - 1
      else if (offset >= sentence.end) low = middle + 1
      else {
        let found = seen.get(middle)
        if (found === undefined) {
          const firstToken = findFirstTokenEndingAfter(tokens, sentence.start)
          let last = firstToken
          while (last < tokens.length && (tokens[last]?.start ?? Infinity) < sentence.end) last++
          found = { sentence, tokens: tokens.slice(firstToken, last), firstToken }
          seen.set(middle, found)
        }
        return found
      }
    }
    return undefined
  }
}
