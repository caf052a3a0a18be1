// Fast lookups from sentences to their tokens, shared by every stage that walks tokens.
import type { Doc } from './doc.js'
import type { Sentence, Token } from './layers/text.js'
import { findFirstEndingAfter, type Span } from './offsets.js'

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
  for (let i = findFirstEndingAfter(tokens, span.start); i < tokens.length; i++) {
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
    const firstToken = findFirstEndingAfter(tokens, sentence.start)
    let last = firstToken
    while (last < tokens.length && (tokens[last]?.start ?? Infinity) < sentence.end) last++
    out.push({ sentence, tokens: tokens.slice(firstToken, last), firstToken })
  }
  return out
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
