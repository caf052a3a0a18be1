// The figures stage: numbers, percentages, money and ranges, with what they measure and which way they changed.
import {
  findFirstTokenEndingAfter,
  createSentenceLookup,
  makeId,
  matchText,
  type Doc,
  type Figure,
  type Timex,
  type Token,
} from '../../core/index.js'
import { defineStage, type StageContext } from '../../pipeline/index.js'
import { loadFigureLexicon } from './lexicon.js'
import { createFigureReader, type FigureReader } from './measure.js'
import { createFigureRecognizer, type FigureRecognizer } from './recognize.js'

export { loadFigureLexicon, DEFAULT_FIGURE_LEXICON, type FigureLexicon } from './lexicon.js'

/** Options of the figures stage. */
export interface FiguresStageOptions {
  /** A lexicon file in `dyad-figure-lexicon@1` format; defaults to the built-in English one. */
  readonly lexiconFile?: string | URL
}

/**
 * Creates the figures stage, which writes `figures`: one `Figure` per number, percentage, amount or range
 * that is not part of a date, a name or a code.
 * @example createFiguresStage().run(doc, ctx).figures[0]?.unit // 'percent'
 */
export function createFiguresStage(options: FiguresStageOptions = {}) {
  const lexicon = loadFigureLexicon(options.lexiconFile)
  const recognizer = createFigureRecognizer(lexicon)
  const reader = createFigureReader(lexicon)
  const nameWords: ReadonlySet<string> = new Set(lexicon.nameWordsBefore)
  return defineStage({
    name: 'figures',
    version: '1',
    reads: ['normalized', 'tokens', 'sentences', 'dates'],
    writes: ['figures'],
    run: (doc, ctx) => ({ figures: findFigures(doc, ctx, nameWords, recognizer, reader) }),
  })
}

/** A capital letter at the start of a word (names: "Article 9", "World War Two"). */
const STARTS_UPPER = /^\p{Lu}/u

/** Whether a text starts with a capital letter: ASCII answers at once, anything else asks the unicode class. */
function startsUpper(text: string): boolean {
  const first = text.charCodeAt(0)
  if (first >= 0x41 && first <= 0x5a) return true
  if (first < 0x80) return false
  return STARTS_UPPER.test(text)
}

/** The figures stage with the built-in lexicon. */
export const figuresStage = createFiguresStage()

/** Finds the figures of a document and reads each one's measure and change from its sentence. */
function findFigures(
  doc: Doc,
  ctx: StageContext,
  nameWords: ReadonlySet<string>,
  recognizer: FigureRecognizer,
  reader: FigureReader,
): Figure[] {
  const text = matchText(doc)
  const dates = doc.layers.dates ?? []
  const sentenceAt = createSentenceLookup(doc)
  const allTokens = doc.layers.tokens ?? []
  const figures: Figure[] = []
  for (const raw of recognizer.recognize(text)) {
    // Dates are sorted and never overlap, so the first one ending after the figure's start is the only candidate.
    const date = dates[findFirstDateEndingAfter(dates, raw.start)]
    if (date !== undefined && date.start < raw.end) continue
    const sentence = sentenceAt(raw.start)
    const tokens = sentence?.tokens ?? []
    const previous = findLastEndingBy(tokens, raw.start)
    const previousWord = previous === undefined ? '' : text.slice(previous.start, previous.end)
    if (raw.isBare) {
      // "Article 9", "Boeing 747": a bare number right after a name word or a proper noun names something.
      const lowered = previousWord.toLowerCase()
      if (nameWords.has(lowered.endsWith('.') ? lowered.slice(0, -1) : lowered)) continue
      if (
        previous !== undefined &&
        previous.pos === 'PROPN' &&
        previous !== tokens[0] &&
        startsUpper(previousWord)
      )
        continue
      // "World War Two", "the Group of Seven": a capitalized number word inside a name.
      const first = tokenStartingAt(allTokens, raw.start)
      if (startsUpper(text.slice(raw.start, raw.start + 1)) && first !== undefined && first !== tokens[0])
        continue
    }
    const reading = reader.read(tokens, text, doc.text, raw, { isCount: raw.unit === undefined })
    // Optional fields are added in a fixed order, without spreads: the key order (and so the JSON) stays
    // the same, and figures share a few hidden classes instead of one fresh copy per conditional spread.
    const figure: Mutable<Figure> = {
      id: makeId('fig', raw, raw.kind),
      start: raw.start,
      end: raw.end,
      by: ctx.by,
      text: doc.text.slice(raw.start, raw.end),
      kind: raw.kind,
      value: raw.value,
    }
    if (raw.high !== undefined) figure.high = raw.high
    if (raw.unit !== undefined) figure.unit = raw.unit
    if (reading.measure !== undefined) figure.measure = reading.measure
    if (reading.change !== undefined) figure.change = reading.change
    figures.push(figure)
  }
  return figures
}

/** A figure under construction: its optional fields are filled in one by one. */
type Mutable<T> = { -readonly [K in keyof T]: T[K] }


/**
 * The last token ending at or before an offset, by binary search: tokens are sorted and never overlap,
 * so their ends increase, and the one before the first token ending after the offset is the answer.
 */
function findLastEndingBy(tokens: readonly Token[], offset: number): Token | undefined {
  return tokens[findFirstTokenEndingAfter(tokens, offset) - 1]
}

/** `findFirstEndingAfter` for dates only, so the search sees one object shape (see `findFirstTokenEndingAfter`). */
function findFirstDateEndingAfter(dates: readonly Timex[], offset: number): number {
  let lo = 0
  let hi = dates.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((dates[mid]?.end ?? 0) <= offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The token starting exactly at an offset, by binary search over the sorted, non-overlapping tokens. */
function tokenStartingAt(tokens: readonly Token[], offset: number): Token | undefined {
  const token = tokens[findFirstTokenEndingAfter(tokens, offset)]
  return token?.start === offset ? token : undefined
}
