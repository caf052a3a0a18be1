// Reads posts embedded in a story as a social network prints them: the post's words, then a dash, the author's
// name, their handle in parentheses and the date ("… pic.twitter.com/x — Ana Lind (@AnaLind) May 5, 2016").
import type { Paragraph, Span } from '../../core/index.js'
import type { QuoteDraft, SpeakerDraft } from './detect-quotes.js'

/** Reason given to the author of an embedded post. */
export const POST_AUTHOR_REASON = 'author of an embedded post (name and handle after the dash)'

/**
 * The signature closing an embedded post: a dash, a display name (no parenthesis, dash or line break), the handle in
 * parentheses and a month-day-year date. Groups: dash, name, handle.
 */
const SIGNATURE =
  /(—|–|--|&mdash;) ?([^\s()—–\n][^()—–\n]{0,59}?) \((@[A-Za-z0-9_]{1,15})\),? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? \d{4}/g

/** A quotation mark, straight or curly, inside a post's words. */
const QUOTATION_MARK = /["\u201c\u201d]/

/** Most characters of a post's words (a long post and its links). */
const MAX_POST_CHARS = 600

/** Opening tag a crawl may leave before a post's words (`<tweet id="…" author="@…">`). */
const OPENING_TAG = /^<[a-z][^<>\n]*>$/i

/**
 * Drafts for the embedded posts of a document, one per signature: the words before the dash in the same paragraph
 * (after any opening tag), or the whole paragraph before when the signature opens its own (as an HTML page's
 * block quotation reads once its tags are gone). The author's name and handle are the speaker, the dash the cue.
 * Kinds go by quotation marks, as everywhere in this stage (and in PolNeAR's annotation of embedded posts): a post
 * stands without marks, so it is `indirect`, or `mixed` when it quotes words of its own.
 */
export function readEmbeddedPosts(text: string, paragraphs: readonly Paragraph[]): QuoteDraft[] {
  const drafts: QuoteDraft[] = []
  // A post signature always holds "(@": most documents have none, and are skipped at once.
  if (!text.includes('(@')) return drafts
  paragraphs.forEach((paragraph, index) => {
    const inside = text.slice(paragraph.start, paragraph.end)
    if (!inside.includes('(@')) return
    for (const match of inside.matchAll(SIGNATURE)) {
      const dashStart = paragraph.start + (match.index ?? 0)
      const dash = { start: dashStart, end: dashStart + (match[1] ?? '').length }
      const nameStart = paragraph.start + (match.index ?? 0) + match[0].indexOf(match[2] ?? '')
      const speakerEnd = paragraph.start + (match.index ?? 0) + match[0].indexOf(')') + 1
      const words = postWords(text, paragraphs, index, paragraph, dash.start)
      if (words === undefined) continue
      const speaker: SpeakerDraft = { start: nameStart, end: speakerEnd, reason: POST_AUTHOR_REASON }
      const kind = QUOTATION_MARK.test(text.slice(words.start, words.end)) ? 'mixed' : 'indirect'
      drafts.push({ ...words, kind, content: words, cue: dash, speaker, paragraphIndex: words.paragraphIndex })
    }
  })
  return drafts
}

/** The span of a post's words before its signature's dash at `dashStart`, trimmed, or undefined when there are none. */
function postWords(text: string, paragraphs: readonly Paragraph[], index: number, paragraph: Paragraph, dashStart: number): (Span & { paragraphIndex: number }) | undefined {
  const before = text.slice(paragraph.start, dashStart)
  if (before.trim() === '') {
    const previous = paragraphs[index - 1]
    return previous === undefined ? undefined : trimmed(text, previous.start, previous.end, index - 1)
  }
  // The words of a line of their own: after the last line break, and after an opening tag ending there.
  let start = paragraph.start + before.lastIndexOf('\n') + 1
  const tagEnd = text.lastIndexOf('>', dashStart - 1)
  const tagStart = tagEnd >= start ? text.lastIndexOf('<', tagEnd) : -1
  if (tagStart >= start && OPENING_TAG.test(text.slice(tagStart, tagEnd + 1))) start = tagEnd + 1
  return trimmed(text, start, dashStart, index)
}

/** A span without surrounding white space, when it holds words and is no longer than a post. */
function trimmed(text: string, from: number, to: number, paragraphIndex: number): (Span & { paragraphIndex: number }) | undefined {
  let start = from
  let end = to
  while (start < end && /\s/.test(text[start] ?? '')) start++
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--
  if (end - start > MAX_POST_CHARS || !/\p{L}/u.test(text.slice(start, end))) return undefined
  return { start, end, paragraphIndex }
}
