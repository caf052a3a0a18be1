// The tokens stage: tokens with POS and lemmas, and sentences, via one wink-nlp pass per document.
import { makeId, matchText, type Producer, type Sentence, type SentenceRole, type Span, type Token } from '../../core/index.js'
import { defineStage } from '../../pipeline/index.js'
import { readWinkColumns } from './wink.js'

export { analyzeWithWink, getWink, readWinkColumns, type WinkColumns } from './wink.js'

/** A stretch of text no sentence may cross: a paragraph, or a boilerplate fragment inside one. */
interface Segment extends Span {
  readonly role: SentenceRole
  readonly paragraphId: string
}

/** Cuts paragraphs at boilerplate fragments, so no sentence spans story text and boilerplate. */
function listSegments(
  paragraphs: ReadonlyArray<Span & { role: SentenceRole; id: string }>,
  boilerplate: readonly Span[],
): Segment[] {
  const segments: Segment[] = []
  let b = 0
  for (const paragraph of paragraphs) {
    while (b < boilerplate.length && (boilerplate[b]?.end ?? 0) <= paragraph.start) b++
    let from = paragraph.start
    for (let i = b; i < boilerplate.length; i++) {
      const fragment = boilerplate[i]
      if (fragment === undefined || fragment.start >= paragraph.end) break
      if (fragment.start > from) segments.push({ start: from, end: fragment.start, role: paragraph.role, paragraphId: paragraph.id })
      segments.push({ start: fragment.start, end: fragment.end, role: 'boilerplate', paragraphId: paragraph.id })
      from = fragment.end
    }
    if (paragraph.end > from) segments.push({ start: from, end: paragraph.end, role: paragraph.role, paragraphId: paragraph.id })
  }
  return segments
}

/**
 * Returns true when the token at `start` cannot open a sentence: a comma, semicolon, colon or closing
 * bracket, or a lower-case word (not a mixed-case name such as "eBay").
 */
function isContinuation(text: string, start: number): boolean {
  const c = text[start] ?? ''
  if (c === ',' || c === ';' || c === ':' || c === ')') return true
  const next = text[start + 1] ?? ''
  return c >= 'a' && c <= 'z' && !(next >= 'A' && next <= 'Z')
}

/** How far back and forward a bracket split by a sentence break is looked for. */
const BRACKET_REACH = 12

/**
 * Returns true when a break at `start` falls inside a short bracket: the sentence before has a "(" in its last
 * characters that nothing closes, and the word at `start` closes it ("(R-S." | "C.)": wink splits party tags).
 */
function splitsBracket(text: string, previousStart: number, start: number): boolean {
  const from = Math.max(previousStart, start - BRACKET_REACH)
  // Only the last few characters are read (lastIndexOf would run back to the text's start when none is there).
  let open = -1
  for (let i = start - 1; i >= from; i--) {
    const c = text[i]
    if (c === ')') return false
    if (c === '(') {
      open = i
      break
    }
  }
  if (open < 0) return false
  for (let i = start; i < start + BRACKET_REACH && i < text.length; i++) {
    const c = text[i]
    if (c === ')') return true
    if (c === ' ' || c === '\n' || c === '(') return false
  }
  return false
}

/**
 * Returns true when a sentence opening with token `a` splits a closing "''" (two apostrophes for a closing double quote,
 * as some newspapers type it): `a` is a lone "'" right after the previous sentence's last "'" ("…work.'" | "' Mr. X said").
 */
function splitsDoubledQuote(text: string, previousEnd: number, a: Token): boolean {
  return a.end - a.start === 1 && text[a.start] === "'" && a.start === previousEnd && text[previousEnd - 1] === "'"
}

/** Longest stock ticker in angle brackets that a break may fall inside ("<VELL.V>", "<BRK.A.N>"). */
const TICKER_REACH = 12

/**
 * Returns true when a break at `start` falls inside a stock ticker in angle brackets, as wire copy writes them after a
 * company's name ("Vell Marine <VELL.V> said": wink ends a sentence at "<VELL." and starts one at "V>").
 */
function splitsTicker(text: string, start: number): boolean {
  let open = -1
  for (let i = start - 1; i >= 0 && start - i <= TICKER_REACH; i--) {
    const c = text.charCodeAt(i)
    if (c === 60) {
      open = i
      break
    }
    if (!isTickerChar(c)) return false
  }
  if (open < 0) return false
  for (let i = start; i < text.length && i - open <= TICKER_REACH; i++) {
    const c = text.charCodeAt(i)
    if (c === 62) return true
    if (!isTickerChar(c)) return false
  }
  return false
}

/** Whether a character code may stand inside a ticker: a capital, a digit, a dot or a hyphen. */
function isTickerChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 45
}

/** Returns true for a wink token that glues a closing bracket to the punctuation after it ("):" before a quotation). */
function isGluedBracket(text: string, start: number, end: number): boolean {
  if (end - start !== 2) return false
  const a = text[start]
  const b = text[start + 1]
  return (a === ')' || a === ']') && (b === ':' || b === ';' || b === ',' || b === '.')
}

/** What `pushSentence` reads and writes while a document's sentences are built. */
interface SentenceBuilder {
  readonly text: string
  readonly tokens: readonly Token[]
  readonly segmentOf: Int32Array
  readonly segments: readonly Segment[]
  readonly sentences: Sentence[]
  readonly by: Producer
  /** Segment index of the last sentence pushed (-1 before the first). */
  previousSegment: number
}

/**
 * Adds the sentence of tokens `[first, last]`. A "sentence" that opens with a comma or a lower-case word continues the
 * previous one: wink splits after abbreviations such as "(D-Ark.)," or "pct. in". (Module-level: no closure per document.)
 */
function pushSentence(builder: SentenceBuilder, first: number, last: number): void {
  const { text, tokens, segmentOf, segments, sentences } = builder
  const b = tokens[last]
  const segmentIndex = first < tokens.length ? (segmentOf[first] ?? -1) : -1
  const segment = segments[segmentIndex]
  let a = tokens[first]
  if (a === undefined || b === undefined || segment === undefined) return
  const previous = sentences[sentences.length - 1]
  if (previous !== undefined && builder.previousSegment === segmentIndex && splitsDoubledQuote(text, previous.end, a)) {
    // The opening "'" is the second half of the previous sentence's closing "''": it goes back to that sentence.
    sentences.pop()
    const span = { start: previous.start, end: a.end }
    sentences.push({ ...previous, id: makeId('sen', span), end: a.end })
    if (first < last) pushSentence(builder, first + 1, last)
    return
  }
  if (previous !== undefined && builder.previousSegment === segmentIndex && (isContinuation(text, a.start) || splitsBracket(text, previous.start, a.start) || splitsTicker(text, a.start))) {
    sentences.pop()
    a = { ...a, start: previous.start }
  }
  builder.previousSegment = segmentIndex
  const span = { start: a.start, end: b.end }
  sentences.push({ id: makeId('sen', span), start: span.start, end: span.end, by: builder.by, role: segment.role, paragraphId: segment.paragraphId })
}

/** Per-token work buffers of the stage, reused across documents (typed arrays of a document's size live outside the JS heap). */
interface WorkBuffers {
  /** Segment index of each kept token; up to two tokens per wink token (a glued "):" is split in two). */
  readonly segmentOf: Int32Array
  /** Our index of each wink token, -1 when it is dropped. */
  readonly keptIndex: Int32Array
  /** 1 where a wink token was split in two: its last part is the token after `keptIndex`. */
  readonly glued: Uint8Array
}

let work: WorkBuffers = { segmentOf: new Int32Array(2048), keptIndex: new Int32Array(1024), glued: new Uint8Array(1024) }

/** The work buffers for `count` wink tokens: grown when too small, `glued` cleared (the others are written before read). */
function workBuffers(count: number): WorkBuffers {
  if (work.keptIndex.length < count) {
    work = { segmentOf: new Int32Array(4 * count), keptIndex: new Int32Array(2 * count), glued: new Uint8Array(2 * count) }
  }
  work.glued.fill(0, 0, count)
  return work
}

/**
 * Writes `tokens` and `sentences`. wink-nlp analyses the whole folded text once (one call per
 * paragraph cost three times as much); its sentences are then cut at paragraph and boilerplate
 * boundaries, so a sentence never crosses either.
 */
export const tokensStage = defineStage({
  name: 'tokens',
  version: '4',
  reads: ['normalized', 'paragraphs', 'boilerplate'],
  writes: ['tokens', 'sentences'],
  run: (doc, ctx) => {
    const text = matchText(doc)
    const segments = listSegments(doc.layers.paragraphs ?? [], doc.layers.boilerplate ?? [])
    const analysis = readWinkColumns(text)
    const tokens: Token[] = []
    // Segment index of each kept token; tokens outside every segment (stray whitespace) are dropped.
    // Up to two tokens per wink token (a glued "):" is split in two).
    const { segmentOf, keptIndex, glued } = workBuffers(analysis.count)
    let s = 0
    for (let k = 0; k < analysis.count; k++) {
      const tokenStart = analysis.starts[k] ?? 0
      while (s < segments.length && (segments[s]?.end ?? 0) <= tokenStart) s++
      const segment = segments[s]
      if (segment === undefined || tokenStart < segment.start) {
        keptIndex[k] = -1
        continue
      }
      const start = tokenStart
      const end = Math.min(analysis.ends[k] ?? 0, segment.end)
      keptIndex[k] = tokens.length
      if (isGluedBracket(text, start, end)) {
        // "):" becomes ")" and ":", so a colon before a quotation reads as one.
        segmentOf[tokens.length] = s
        tokens.push({ id: makeId('tok', { start, end: start + 1 }), start, end: start + 1, by: ctx.by, pos: 'PUNCT', lemma: text.charAt(start), isNegation: false })
        glued[k] = 1
        segmentOf[tokens.length] = s
        tokens.push({ id: makeId('tok', { start: start + 1, end }), start: start + 1, end, by: ctx.by, pos: 'PUNCT', lemma: text.charAt(start + 1), isNegation: false })
        continue
      }
      segmentOf[tokens.length] = s
      // Built literally (no spread) so every token shares one hidden class.
      tokens.push({
        id: makeId('tok', { start, end }),
        start,
        end,
        by: ctx.by,
        pos: analysis.pos[k] ?? 'X',
        lemma: analysis.lemmas[k] ?? '',
        isNegation: analysis.isNegation[k] === 1,
      })
    }
    const sentences: Sentence[] = []
    const builder: SentenceBuilder = { text, tokens, segmentOf, segments, sentences, by: ctx.by, previousSegment: -1 }
    for (const range of analysis.sentences) {
      let first = -1
      for (let i = range.first; i <= range.last; i++) {
        const k = keptIndex[i] ?? -1
        if (k < 0) continue
        if (first >= 0 && segmentOf[k] !== segmentOf[first]) {
          pushSentence(builder, first, k - 1)
          first = k
        } else if (first < 0) first = k
      }
      if (first >= 0) {
        let last = first
        for (let i = range.last; i >= range.first; i--) {
          const k = keptIndex[i] ?? -1
          if (k >= 0) {
            last = k + (glued[i] ?? 0)
            break
          }
        }
        pushSentence(builder, first, last)
      }
    }
    return { tokens, sentences }
  },
})
