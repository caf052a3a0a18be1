// Quotations nested inside a quotation ("“Lind told me, ‘We will win,’ and left,” Varga said."), each with its own speaker.
import type { Doc, Span, Token } from '../../core/index.js'
import { findFirstStartingAt } from '../../core/index.js'
import type { CueLexicon } from './cue-lexicon.js'
import type { QuoteDraft, SpeakerDraft } from './detect-quotes.js'

/** Reason given to the speaker of a nested quotation. */
export const NESTED_REASON = 'speaker named inside the quotation around it'

/** First-person words that, inside a quotation, stand for its speaker ("I told him, ‘…’"). */
const FIRST_PERSON = new Set(['i', 'we'])
/** Pronouns that may speak a nested quotation. */
const PRONOUNS = new Set(['i', 'we', 'he', 'she', 'they'])
/** Most tokens read before or after a nested quotation for its cue and speaker. */
const WINDOW = 6

/**
 * Finds quotations in single curly marks inside the content of a direct, partial or mixed quotation, attributed by a
 * cue within that content: "Lind told me, ‘We will win’" (speaker and cue before) or "‘We will win,’ Lind said" /
 * "‘…,’ said Lind" (after). A nested quotation with no such cue stays part of the outer one only. The first person
 * ("I said, ‘…’") stands for the outer quotation's speaker.
 * @param tokens the document's tokens, sorted by start
 */
export function findNestedQuotes(doc: Doc, drafts: readonly QuoteDraft[], tokens: readonly Token[], lexicon: CueLexicon): QuoteDraft[] {
  const nested: QuoteDraft[] = []
  for (const outer of drafts) {
    if (outer.kind === 'indirect') continue
    for (const inner of innerQuotations(doc.text, outer.content)) {
      // A quotation handing over to its cue ends with a comma, "?" or "!" ("‘We will win,’ Lind said"); after a full stop
      // a new sentence starts ("‘Little Vell.’ I admit …").
      const handsOver = /[,?!]/.test(doc.text[inner.close - 1] ?? '')
      const found = attributionBefore(doc, tokens, outer.content.start, inner.open, lexicon) ?? (handsOver ? attributionAfter(doc, tokens, inner.close + 1, outer.content.end, lexicon) : undefined)
      if (found === undefined) continue
      const isFirstPerson = FIRST_PERSON.has(doc.text.slice(found.speaker.start, found.speaker.end).toLowerCase())
      const outerSpeaker = outer.speaker === null ? undefined : (outer.speaker.inherited ?? outer.speaker)
      const speaker: SpeakerDraft =
        isFirstPerson && outerSpeaker !== undefined
          ? { ...found.speaker, reason: `${NESTED_REASON} (the first person of its speaker)`, resolveAs: outerSpeaker.resolveAs ?? { start: outerSpeaker.start, end: outerSpeaker.end } }
          : { ...found.speaker, reason: NESTED_REASON }
      // Without the comma that hands over to the cue ("‘We will win,’ Lind said").
      const end = doc.text[inner.close - 1] === ',' ? inner.close - 1 : inner.close
      const content = { start: inner.open + 1, end }
      nested.push({ ...content, kind: 'direct', content, cue: found.cue, speaker, paragraphIndex: outer.paragraphIndex })
    }
  }
  return nested
}

/** Pairs of single curly marks inside a span that enclose two or more words: ‘ after a blank or punctuation, ’ before one. */
function innerQuotations(text: string, span: Span): Array<{ open: number; close: number }> {
  const out: Array<{ open: number; close: number }> = []
  for (let i = span.start; i < span.end; i++) {
    if (text[i] !== '\u2018' || !/[\s(:,\u2014\u201c]|^$/u.test(text[i - 1] ?? '') || !/[\p{L}\p{N}]/u.test(text[i + 1] ?? '')) continue
    for (let j = i + 2; j < span.end; j++) {
      if (text[j] !== '\u2019' || /[\p{L}\p{N}]/u.test(text[j + 1] ?? '') || /\s/.test(text[j - 1] ?? '')) continue
      if (/\s/.test(text.slice(i + 1, j))) out.push({ open: i, close: j })
      i = j
      break
    }
  }
  return out
}

/** Whether a token is a cue verb that can frame a quotation. */
function isQuoteCue(lexicon: CueLexicon, token: Token | undefined): boolean {
  return token !== undefined && token.pos === 'VERB' && (lexicon.verbs.get(token.lemma.toLowerCase())?.includes('quote') ?? false)
}

/** The speaker (names or a pronoun) ending right before token `at`, read leftwards, not before `from`. */
function speakerEndingAt(doc: Doc, tokens: readonly Token[], at: number, from: number): Span | undefined {
  const last = tokens[at]
  if (last === undefined || last.start < from) return undefined
  if (last.pos === 'PRON' && PRONOUNS.has(doc.text.slice(last.start, last.end).toLowerCase())) return { start: last.start, end: last.end }
  if (last.pos !== 'PROPN') return undefined
  let first = at
  while (first > 0 && tokens[first - 1]?.pos === 'PROPN' && (tokens[first - 1] as Token).start >= from) first--
  return { start: (tokens[first] as Token).start, end: last.end }
}

/** "Lind told me, ‘…’", "he said: ‘…’": a speaker, a cue and at most a listener and a comma or colon before the mark. */
function attributionBefore(doc: Doc, tokens: readonly Token[], from: number, open: number, lexicon: CueLexicon): { speaker: Span; cue: Span } | undefined {
  let k = findFirstStartingAt(tokens, open) - 1
  const stop = Math.max(0, k - WINDOW)
  while (k >= stop && (tokens[k] as Token).start >= from && /^[,:]$/.test(doc.text.slice((tokens[k] as Token).start, (tokens[k] as Token).end))) k--
  // A listener after the cue ("told me", "asked him").
  if (k >= stop && !isQuoteCue(lexicon, tokens[k]) && tokens[k]?.pos === 'PRON' && isQuoteCue(lexicon, tokens[k - 1])) k--
  const cue = tokens[k]
  if (k < stop || cue === undefined || cue.start < from || !isQuoteCue(lexicon, cue)) return undefined
  const speaker = speakerEndingAt(doc, tokens, k - 1, from)
  return speaker === undefined ? undefined : { speaker, cue: { start: cue.start, end: cue.end } }
}

/** "‘…,’ Lind said" / "‘…,’ said Lind": right after the closing mark, a speaker then a cue, or a cue then names. */
function attributionAfter(doc: Doc, tokens: readonly Token[], from: number, to: number, lexicon: CueLexicon): { speaker: Span; cue: Span } | undefined {
  let k = findFirstStartingAt(tokens, from)
  while (k < tokens.length && (tokens[k] as Token).end <= to && /^[,.!?]$/.test(doc.text.slice((tokens[k] as Token).start, (tokens[k] as Token).end))) k++
  const first = tokens[k]
  if (first === undefined || first.end > to) return undefined
  if (isQuoteCue(lexicon, first)) {
    let last = k + 1
    if (tokens[last]?.pos !== 'PROPN') return undefined
    while (tokens[last + 1]?.pos === 'PROPN' && (tokens[last + 1] as Token).end <= to) last++
    return { speaker: { start: (tokens[k + 1] as Token).start, end: (tokens[last] as Token).end }, cue: { start: first.start, end: first.end } }
  }
  let c = k
  while (tokens[c]?.pos === 'PROPN' && c - k < 4) c++
  if (c === k && first.pos === 'PRON' && PRONOUNS.has(doc.text.slice(first.start, first.end).toLowerCase())) c = k + 1
  const cue = tokens[c]
  if (c === k || cue === undefined || cue.end > to || !isQuoteCue(lexicon, cue)) return undefined
  return { speaker: { start: first.start, end: (tokens[c - 1] as Token).end }, cue: { start: cue.start, end: cue.end } }
}
