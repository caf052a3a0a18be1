// Finds quotation-mark regions per paragraph: curly and straight marks, multi-paragraph quotes, unclosed quotes.
import type { Paragraph } from '../../core/index.js'

/** A span of text between double quotation marks. */
export interface QuoteRegion {
  /** Offset of the opening mark. */
  readonly start: number
  /** Offset just after the closing mark, or the end of the paragraph when unclosed. */
  readonly end: number
  readonly contentStart: number
  readonly contentEnd: number
  readonly isClosed: boolean
  /** True when the quotation runs on across a paragraph break. */
  readonly isMultiParagraph: boolean
}

/** A problem with the marks, reported as a diagnostic by the stage. */
export interface MarkProblem {
  readonly code: 'quote-unclosed' | 'quote-unopened'
  readonly start: number
  readonly end: number
}

type MarkRole = 'open' | 'close' | 'either'

const DOUBLE_MARK = 0x22
const APOSTROPHE = 0x27

const OPENING = new Set(['\u201c', '\u201e', '\u00ab'])
const CLOSING = new Set(['\u201d', '\u00bb'])

function isSpace(c: string | undefined): boolean {
  return c === undefined || c === ' ' || c === '\n' || c === '\r' || c === '\t'
}

/** Decides whether a mark opens or closes: curly marks say so, straight ones by their neighbours. */
function roleOf(original: string, folded: string, at: number, length: number, from: number, to: number): MarkRole {
  const c = original[at] ?? '"'
  if (OPENING.has(c)) return 'open'
  if (CLOSING.has(c)) return 'close'
  const before = at > from ? folded[at - 1] : undefined
  const after = at + length < to ? folded[at + length] : undefined
  const opensAfter = isSpace(before) || (before !== undefined && '([{-/'.includes(before))
  const closesBefore = isSpace(after) || (after !== undefined && '.,;:!?)]}-'.includes(after))
  if (opensAfter && !closesBefore) return 'open'
  if (closesBefore && !opensAfter) return 'close'
  return 'either'
}

/**
 * Whether an opening curly mark is placed as a closing one (“It's over,“ said Lind): after a word or
 * punctuation and before a space or punctuation, as a typo or a keyboard's autocorrect leaves it.
 */
function isTypedAsClosing(folded: string, at: number, length: number, paragraph: Paragraph): boolean {
  const before = at > paragraph.start ? folded[at - 1] : undefined
  const after = at + length < paragraph.end ? folded[at + length] : undefined
  return before !== undefined && !isSpace(before) && !'([{-/'.includes(before) && (isSpace(after) || (after !== undefined && '.,;:!?)]}-'.includes(after)))
}

/** A quotation mark found in the text. */
interface Mark {
  readonly length: number
  readonly role: MarkRole
}

/** Whether exactly three apostrophes start at `at` (module-level: no closure per apostrophe). */
function isTripleAt(folded: string, at: number): boolean {
  return folded[at - 1] !== "'" && folded[at] === "'" && folded[at + 1] === "'" && folded[at + 2] === "'" && folded[at + 3] !== "'"
}

const isLetter = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c)

/**
 * Reads the quotation mark at `i`, if any: a double mark, two apostrophes standing for one (`''`, as
 * some wire copy writes), or in a headline without double marks a curly single mark (headline style).
 */
function markAt(original: string, folded: string, i: number, paragraph: Paragraph, singles: boolean, isOpen = false): Mark | undefined {
  const c = folded[i]
  if (c === '"') return { length: 1, role: roleOf(original, folded, i, 1, paragraph.start, paragraph.end) }
  if (c !== "'") return undefined
  if (folded[i + 1] === "'" && folded[i + 2] !== "'" && folded[i - 1] !== "'") {
    return { length: 2, role: roleOf(original, folded, i, 2, paragraph.start, paragraph.end) }
  }
  // Three apostrophes pair a single mark with a double one: `''' ` closes a nested quote then the
  // quotation (`'a case,''' he said`), ` '''` opens both (`'''Bowl,''' he replied`).
  if (isTripleAt(folded, i) && !isOpen) return { length: 2, role: 'open' }
  if (isTripleAt(folded, i - 1) && isOpen) return { length: 2, role: 'close' }
  if (!singles) return undefined
  if (original[i] === '\u2018' && !isLetter(original[i - 1])) return { length: 1, role: 'open' }
  if (original[i] === '\u2019' && !isLetter(original[i + 1])) return { length: 1, role: 'close' }
  return undefined
}

/** Offset of the first non-space character of a paragraph when it is an opening mark. */
function opensWithMark(original: string, folded: string, paragraph: Paragraph): Mark & { at: number } | undefined {
  let i = paragraph.start
  while (i < paragraph.end && isSpace(folded[i])) i++
  const mark = markAt(original, folded, i, paragraph, false)
  return mark === undefined || mark.role === 'close' ? undefined : { ...mark, at: i }
}

/**
 * Finds quoted regions in story paragraphs, in text order. A paragraph that ends inside a
 * quotation and is followed by one that opens with a mark continues it (newswire convention);
 * otherwise the region is cut at the paragraph end and reported as unclosed.
 * @param original the document text (curly marks tell direction)
 * @param folded the folded view, where every double mark is `"`
 * @param paragraphs story paragraphs in order
 */
export function findQuoteRegions(
  original: string,
  folded: string,
  paragraphs: readonly Paragraph[],
): { regions: QuoteRegion[]; problems: MarkProblem[] } {
  const regions: QuoteRegion[] = []
  const problems: MarkProblem[] = []
  let openAt: number | undefined
  let openLength = 1
  let spansParagraphs = false
  let skipMark: number | undefined
  let nested = 0
  const close = (end: number, contentEnd: number, isClosed: boolean): void => {
    if (openAt === undefined) return
    regions.push({ start: openAt, end, contentStart: openAt + openLength, contentEnd, isClosed, isMultiParagraph: spansParagraphs })
    openAt = undefined
    spansParagraphs = false
    nested = 0
  }
  paragraphs.forEach((paragraph, p) => {
    // Headlines often quote with single marks; only there, and only when no double mark is used.
    const singles = paragraph.role === 'headline' && !folded.slice(paragraph.start, paragraph.end).includes('"')
    for (let i = paragraph.start; i < paragraph.end; i++) {
      // Only a double mark or an apostrophe (the folded form of every quotation mark) can be one.
      const code = folded.charCodeAt(i)
      if (code !== DOUBLE_MARK && code !== APOSTROPHE) continue
      const mark = markAt(original, folded, i, paragraph, singles, openAt !== undefined)
      if (mark === undefined) continue
      if (i === skipMark) {
        i += mark.length - 1
        continue
      }
      if (openAt === undefined) {
        if (mark.role === 'close') problems.push({ code: 'quote-unopened', start: i, end: i + mark.length })
        else {
          openAt = i
          openLength = mark.length
        }
      } else if (mark.role === 'open' && OPENING.has(original[i] ?? '') && opensNestedQuotation(original, i + mark.length, paragraph.end)) {
        // “A “B” C”: a curly opening mark whose next two marks both close opens a quotation inside the open one.
        nested++
      } else if (nested > 0 && mark.role === 'close') {
        nested--
      } else if (mark.role === 'open' && OPENING.has(original[i] ?? '') && !isTypedAsClosing(folded, i, mark.length, paragraph)) {
        // A curly opening mark while a quotation is open: the earlier one was never closed.
        problems.push({ code: 'quote-unclosed', start: openAt, end: i })
        close(trimEnd(folded, openAt, i), trimEnd(folded, openAt, i), false)
        openAt = i
        openLength = mark.length
      } else if (mark.role === 'open' && original[i] === '"' && endsSentenceBefore(folded, i, paragraph.start)) {
        // "…substantial. "His work …": a straight opening mark after a finished sentence while a quotation is open
        // starts its next paragraph, the break lost in the copy; the quotation goes on.
      } else {
        close(i + mark.length, i, true)
      }
      i += mark.length - 1
    }
    if (openAt === undefined) return
    const next = paragraphs[p + 1]
    const continued = next === undefined ? undefined : opensWithMark(original, folded, next)
    if (continued !== undefined) {
      spansParagraphs = true
      skipMark = continued.at
      return
    }
    problems.push({ code: 'quote-unclosed', start: openAt, end: paragraph.end })
    close(paragraph.end, paragraph.end, false)
  })
  return { regions, problems }
}

/** Whether the next two double marks from `from` to `to` are both curly closing marks (“A “B” C”: the mark before opens a nested quotation). */
function opensNestedQuotation(original: string, from: number, to: number): boolean {
  let closings = 0
  for (let k = from; k < to; k++) {
    const c = original[k] ?? ''
    if (c === '"' || OPENING.has(c)) return false
    if (CLOSING.has(c) && ++closings === 2) return true
  }
  return false
}

/** Whether a sentence-final mark and a space stand right before offset `at` ("…substantial. |"). */
function endsSentenceBefore(folded: string, at: number, from: number): boolean {
  let k = at - 1
  if (k <= from || !isSpace(folded[k])) return false
  while (k > from && isSpace(folded[k])) k--
  return '.?!'.includes(folded[k] ?? '')
}

function trimEnd(text: string, from: number, to: number): number {
  let end = to
  while (end > from + 1 && isSpace(text[end - 1])) end--
  return end
}
