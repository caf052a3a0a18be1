// The structure stage: paragraphs with their role (headline, body, caption, boilerplate) and boilerplate spans.
import { makeId, matchText, type Boilerplate, type Paragraph, type ParagraphRole, type Producer, type Span } from '../../core/index.js'
import { defineStage } from '../../pipeline/index.js'
import { LINE_RULES, TRAILING_CREDIT } from './boilerplate-rules.js'

/**
 * Splits text into paragraphs: at blank lines, and at a line break followed by indentation
 * (hard-wrapped wire copy starts paragraphs that way). Single line breaks inside a paragraph
 * are kept when the next line does not look like a new block. A text with a line longer than hard-wrapped copy
 * ever writes is not wrapped: there every line break ends a paragraph (text taken from web pages or feeds).
 */
export function splitParagraphs(text: string): Span[] {
  const spans: Span[] = []
  const breaks = isHardWrapped(text) ? WRAPPED_BREAKS : LINE_BREAKS
  breaks.lastIndex = 0
  let start = 0
  for (let match = breaks.exec(text); match !== null; match = breaks.exec(text)) {
    pushTrimmed(text, spans, start, match.index)
    start = match.index + match[0].length
  }
  pushTrimmed(text, spans, start, text.length)
  return spans
}

/**
 * Paragraph breaks of hard-wrapped copy: a blank line, an indented line, a list item, or a short label after a line
 * that ended a sentence (in "… told\nReuters: “…”" the line break only wraps the sentence). Every branch opens with the
 * line break, so the engine only tries the pattern at line breaks.
 */
const WRAPPED_BREAKS = /\n[ \t]*\n\s*|\n(?=[ \t]{2,}\S)|\n(?=\s*[-*•]\s)|\n(?<=[.!?:;"'”’)\]][ \t]*\n)(?=\s*[A-Z][^\n]{0,40}:\s)/g

/** Paragraph breaks of text that is not wrapped: any line break. */
const LINE_BREAKS = /\n\s*/g

/** Longest line that hard-wrapped copy writes (wire services wrap near 70 characters). */
const MAX_WRAPPED_LINE = 120

/** Whether no line of the text is longer than hard-wrapped copy writes. */
function isHardWrapped(text: string): boolean {
  let start = 0
  while (start < text.length) {
    const end = text.indexOf('\n', start)
    const lineEnd = end < 0 ? text.length : end
    if (lineEnd - start > MAX_WRAPPED_LINE) return false
    start = lineEnd + 1
  }
  return true
}

/** Adds `text[from, to)` without its surrounding whitespace to `spans`, unless nothing is left (module-level: no closure per document). */
function pushTrimmed(text: string, spans: Span[], from: number, to: number): void {
  let s = from
  let e = to
  while (s < e && /\s/.test(text[s] ?? '')) s++
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--
  if (e > s) spans.push({ start: s, end: e })
}

/** Adds a boilerplate span of a kind (module-level: no closure per document). */
function addBoilerplate(out: Boilerplate[], text: string, by: Producer, span: Span, kind: Boilerplate['kind']): void {
  out.push({ id: makeId('bp', span), ...span, by, kind, text: text.slice(span.start, span.end) })
}

/** Lines of a paragraph, as spans. */
function splitLines(text: string, span: Span): Span[] {
  const out: Span[] = []
  let start = span.start
  while (start <= span.end) {
    // The next line break inside the span (found natively, not char by char), or the span's end.
    const found = text.indexOf('\n', start)
    const lineEnd = found < 0 || found > span.end ? span.end : found
    let s = start
    let e = lineEnd
    while (s < e && /\s/.test(text[s] ?? '')) s++
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--
    if (e > s) out.push({ start: s, end: e })
    start = lineEnd + 1
  }
  return out
}

/** The first whole-line rule a line matches. */
function findLineRule(line: string): (typeof LINE_RULES)[number] | undefined {
  for (const rule of LINE_RULES) if (rule.pattern.test(line)) return rule
  return undefined
}

/**
 * A headline is a short first block with no sentence-final punctuation, or the known title. A headline may end with
 * a quoted sentence (`Lind on Tarn: 'We Will Not Back Down.'`): then its words are in title case.
 */
function isHeadline(text: string, span: Span, title: string | undefined, paragraphCount: number): boolean {
  const block = text.slice(span.start, span.end).trim()
  if (title !== undefined && title.trim() !== '' && block.startsWith(title.trim().slice(0, 60))) return true
  if (paragraphCount < 2 || block.includes('\n') || block.length > 320) return false
  if (/[.!?]["']$/.test(block)) return isTitleCase(block)
  return !/[.!?]["')\]]?$/.test(block)
}

/** Fewest words, and share of them capitalized, that make a line title case. */
const TITLE_CASE_WORDS = 4
const TITLE_CASE_SHARE = 0.75

/** Whether most words of a line start with a capital ("Lind on Tarn Talks: 'We Will Not Back Down.'"). */
function isTitleCase(line: string): boolean {
  const words = line.match(/\p{L}[\p{L}'-]*/gu) ?? []
  if (words.length < TITLE_CASE_WORDS) return false
  const capitalized = words.filter((w) => /^\p{Lu}/u.test(w)).length
  return capitalized >= words.length * TITLE_CASE_SHARE
}

/** Writes `paragraphs` and `boilerplate`. */
export const structureStage = defineStage({
  name: 'structure',
  version: '2',
  reads: ['normalized'],
  writes: ['paragraphs', 'boilerplate'],
  run: (doc, ctx) => {
    const text = matchText(doc)
    const blocks = splitParagraphs(text)
    const paragraphs: Paragraph[] = []
    const boilerplate: Boilerplate[] = []
    blocks.forEach((block, index) => {
      let role: ParagraphRole = 'body'
      const lines = splitLines(text, block)
      let boilerplateLines = 0
      for (const line of lines) {
        const lineText = text.slice(line.start, line.end)
        const rule = findLineRule(lineText)
        if (rule !== undefined) {
          addBoilerplate(boilerplate, doc.text, ctx.by, line, rule.kind)
          boilerplateLines++
          continue
        }
        const credit = TRAILING_CREDIT.exec(lineText)
        // A trailing credit makes the rest of a short block a photo caption.
        if (credit?.[1] !== undefined && lineText.length < 600) {
          const at = line.start + credit.index + credit[0].indexOf(credit[1])
          addBoilerplate(boilerplate, doc.text, ctx.by, { start: at, end: line.end }, 'credit')
          if (at === line.start) boilerplateLines++
          else role = 'caption'
        }
      }
      if (boilerplateLines === lines.length) role = 'boilerplate'
      else if (index === 0 && role === 'body' && isHeadline(text, block, doc.meta.title, blocks.length)) role = 'headline'
      paragraphs.push({ id: makeId('par', block), ...block, by: ctx.by, role, index })
    })
    return { paragraphs, boilerplate }
  },
})
