// Reads interview and transcript layouts: paragraphs opening with a speaker label and a colon ("LIND: …", "Q: …", "A: …").
import type { Doc, Entity, Paragraph, Span, Token } from '../../core/index.js'
import type { CueLexicon } from './cue-lexicon.js'
import type { QuoteDraft, SpeakerDraft } from './detect-quotes.js'

/** What the transcript reader needs of a prepared sentence. */
export interface TurnSentence {
  readonly paragraphIndex: number
  readonly tokens: readonly Token[]
  readonly lower: readonly (string | undefined)[]
  readonly isHeadline: boolean
  readonly cues: ReadonlyArray<{ readonly first: number }>
}

/** Who speaks a labelled paragraph: a named label, the interviewee (an answer), or the interviewer (a question). */
type TurnKind = 'named' | 'answer' | 'question'

/** A paragraph that opens with a speaker label. */
interface Turn {
  readonly paragraph: number
  readonly kind: TurnKind
  /** The label's name (without a parenthetical or a description after a comma). */
  readonly label: { start: number; end: number }
  /** The colon after the label (none for "Q." / "A."), the turn's cue. */
  readonly colon: { start: number; end: number } | null
  /** Where the spoken words start, after the colon. */
  readonly contentStart: number
  /** Whether the label reads as a person's by itself: an honorific, a parenthetical aside, a description. */
  readonly personLike: boolean
}

/** Most tokens a label may hold before its colon ("ANA LIND, foreign minister of Arvenia:"). */
const MAX_LABEL_TOKENS = 10

/** A label name in capitals ("LIND", "PRIME MINISTER LIND", "O'NEILL"). */
const CAPITALS_NAME = /^\p{Lu}[\p{Lu}.'’ -]*\p{Lu}\.?$/u
/** A label name in title case, up to four words ("Varga", "Ostra Daily"). */
const TITLE_NAME = /^\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){0,3}$/u

/** Reason given to an answer's speaker. */
export const INTERVIEWEE_REASON = 'interviewee named in the introduction'
/** Reason given when a question has no named speaker. */
export const QUESTION_REASON = 'a question put by the interviewer'

/**
 * "LIND: We will sign it in May." / "Q: Will you reopen the port?" / "A: Only when …": in an interview or
 * transcript each paragraph opens with a label and a colon, and the words after it are speech by the labelled person
 * (an answer by the person the introduction names, a question by the interviewer). Needs two labelled paragraphs;
 * a label that is no speaker (`NOTE:`, `UPDATE:`, a figure `Q3:`, a dateline place `OSTRA:`) never counts.
 * Returns the drafts with each turn's quotations credited and a direct quote added for a turn without quotation marks.
 */
export function readTranscriptTurns(
  doc: Doc,
  paragraphs: readonly Paragraph[],
  works: readonly TurnSentence[],
  drafts: QuoteDraft[],
  lexicon: CueLexicon,
): QuoteDraft[] {
  const found: Turn[] = []
  let paragraph = -1
  for (let w = 0; w < works.length; w++) {
    const work = works[w] as TurnSentence
    if (work.paragraphIndex === paragraph) continue
    paragraph = work.paragraphIndex
    if (work.isHeadline) continue
    const turn = turnOf(doc, works, w, lexicon)
    if (turn !== undefined) found.push(turn)
  }
  if (found.length === 0) return drafts
  const entities = doc.layers.entities ?? []
  const sure = found.filter((turn) => turn.kind !== 'named' || isSpeakerLabel(doc, turn, found, entities))
  const inCapitals = (turn: Turn): boolean => turn.kind === 'named' && CAPITALS_NAME.test(doc.text.slice(turn.label.start, turn.label.end))
  // Two labelled turns make a transcript. Short of that, a label in capitals still stands for the "I" after it.
  const transcript = sure.length >= 2
  // In a transcript a label in capitals speaks too ("PRIME MINISTER LIND:" met once), unless it is a place; the
  // story's first paragraph keeps a dateline ("OSTRA: Prime Minister Varga on Friday …") out.
  const opening = works.find((work) => !work.isHeadline)?.paragraphIndex
  const turns = transcript
    ? found.filter((turn) => sure.includes(turn) || (turn.paragraph !== opening && inCapitals(turn) && !isPlace(turn, entities)))
    : found.filter(inCapitals)
  if (turns.length === 0) return drafts
  const interviewee = intervieweeBefore(doc, turns, paragraphs, entities, lexicon)
  const byParagraph = new Map<number, { turn: Turn; speaker: SpeakerDraft }>()
  for (const turn of turns) {
    // The label as written speaks ("LIND", "Q", "A"); an answer's label stands for the interviewee.
    const label = { start: turn.label.start, end: turn.label.end }
    const speaker: SpeakerDraft =
      turn.kind === 'named'
        ? { ...label, reason: 'transcript label before the answer' }
        : turn.kind === 'question'
          ? { ...label, reason: QUESTION_REASON }
          : interviewee === undefined
            ? { ...label, reason: 'answer label (the interviewee is not named)' }
            : { ...label, reason: INTERVIEWEE_REASON, resolveAs: interviewee }
    byParagraph.set(turn.paragraph, { turn, speaker })
  }
  // An answer or a named turn that runs on over unlabelled paragraphs before the next turn: "I" there is still its speaker.
  const runOn = transcript ? continuedTurns(turns, byParagraph) : undefined
  const hasDirect = new Set<number>()
  const credited = drafts.map((draft) => {
    const entry = byParagraph.get(draft.paragraphIndex)
    if (entry === undefined) {
      const target = runOn?.get(draft.paragraphIndex)
      const speaker = draft.speaker
      if (target === undefined || speaker === null || speaker.inherited !== undefined || speaker.resolveAs !== undefined || !isFirstPerson(doc, speaker)) return draft
      return { ...draft, speaker: { ...speaker, reason: 'first person in a turn running on', resolveAs: target } }
    }
    // A labelled turn is one quote unless it holds a direct one; a question or an answer, unless it holds any.
    if (draft.kind === 'direct' || entry.turn.kind !== 'named') hasDirect.add(draft.paragraphIndex)
    const speaker = draft.speaker
    if (!transcript) return speaker !== null && speaker.inherited === undefined && isFirstPerson(doc, speaker) ? { ...draft, speaker: entry.speaker } : draft
    if (speaker === null) return draft.kind === 'indirect' ? draft : withSpeaker(draft, entry.speaker, entry.turn.colon)
    if (speaker.inherited !== undefined) return draft
    if (speaker.start >= entry.turn.label.start && speaker.end <= entry.turn.contentStart) return withSpeaker(draft, entry.speaker, entry.turn.colon)
    if (!isFirstPerson(doc, speaker)) return draft
    // "I" under a label is the labelled person; in an answer it stays "I" as written and resolves to the interviewee.
    if (entry.turn.kind === 'named') return { ...draft, speaker: entry.speaker }
    const interviewee = entry.speaker.resolveAs
    if (entry.turn.kind !== 'answer' || interviewee === undefined) return draft
    return { ...draft, speaker: { ...speaker, reason: `first person in an answer (${INTERVIEWEE_REASON})`, resolveAs: interviewee } }
  })
  if (!transcript) return credited
  for (const { turn, speaker } of byParagraph.values()) {
    // A question or an answer adds no quote of its own: its attributions ("I think …") and quotations speak for it.
    if (hasDirect.has(turn.paragraph) || turn.kind !== 'named') continue
    const end = trimmedEnd(doc.text, turn.contentStart, (paragraphs[turn.paragraph] as Paragraph).end)
    if (end <= turn.contentStart) continue
    const span = { start: turn.contentStart, end }
    credited.push(withSpeaker({ ...span, kind: 'direct', content: span, cue: turn.colon, speaker: null, paragraphIndex: turn.paragraph }, speaker, turn.colon))
  }
  credited.sort((a, b) => a.start - b.start || a.end - b.end)
  return credited
}

/**
 * The paragraphs between an answer (with a known interviewee) or a named turn and the next turn, with whom their
 * "I" stands for: the interviewee or the label. Paragraphs after the last turn are left alone (the story may go on).
 */
function continuedTurns(turns: readonly Turn[], byParagraph: ReadonlyMap<number, { turn: Turn; speaker: SpeakerDraft }>): Map<number, Span> {
  const runOn = new Map<number, Span>()
  for (let t = 0; t + 1 < turns.length; t++) {
    const turn = turns[t] as Turn
    const entry = byParagraph.get(turn.paragraph)
    if (entry === undefined || turn.kind === 'question') continue
    const target = turn.kind === 'answer' ? entry.speaker.resolveAs : { start: entry.speaker.start, end: entry.speaker.end }
    if (target === undefined) continue
    for (let p = turn.paragraph + 1; p < (turns[t + 1] as Turn).paragraph; p++) runOn.set(p, target)
  }
  return runOn
}

/** A draft with a turn's speaker, and the turn's colon as the cue of a direct quote that had none. */
function withSpeaker(draft: QuoteDraft, speaker: SpeakerDraft, colon: Span | null): QuoteDraft {
  const { noSpeakerReason: _reason, ...rest } = draft
  return { ...rest, speaker, cue: draft.cue ?? (draft.kind === 'direct' ? colon : null) }
}

/** First-person pronouns that, in a turn, stand for its speaker. */
const FIRST_PERSON = new Set(['i', 'we'])

function isFirstPerson(doc: Doc, speaker: SpeakerDraft): boolean {
  return speaker.end - speaker.start <= 2 && FIRST_PERSON.has(doc.text.slice(speaker.start, speaker.end).toLowerCase())
}

/** The end of a paragraph's text without trailing white space. */
function trimmedEnd(text: string, start: number, end: number): number {
  let e = end
  while (e > start && /\s/.test(text[e - 1] ?? '')) e--
  return e
}

/**
 * Whether what follows token `from` in the paragraph reads as speech: two words with letters and a verb, an
 * auxiliary or a question mark ("Lind: 1,769." is a tally, "Subs: Marsh, Dorn, Keel." a line-up, not a turn).
 */
function isSpeech(doc: Doc, works: readonly TurnSentence[], w: number, from: number): boolean {
  const paragraph = (works[w] as TurnSentence).paragraphIndex
  let words = 0
  let verb = false
  for (let s = w, k = from; s < works.length && (words < 2 || !verb); s++, k = 0) {
    const work = works[s] as TurnSentence
    if (work.paragraphIndex !== paragraph) break
    for (; k < work.tokens.length && (words < 2 || !verb); k++) {
      const token = work.tokens[k] as Token
      if (token.pos === 'VERB' || token.pos === 'AUX' || work.lower[k] === '?') verb = true
      if (words < 2 && /^\p{L}/u.test(doc.text.slice(token.start, token.start + 1))) words++
    }
  }
  return words >= 2 && verb
}

/** The label that opens a paragraph's first sentence, if it reads as one. */
function turnOf(doc: Doc, works: readonly TurnSentence[], w: number, lexicon: CueLexicon): Turn | undefined {
  const work = works[w] as TurnSentence
  const next = works[w + 1]
  const first = work.tokens[0]
  if (first === undefined) return undefined
  const firstLower = work.lower[0] ?? ''
  // "Q. Will you …" / "A. We will …": the letter and its full stop are one token; the sentence may end right after it.
  if (firstLower.length === 2 && firstLower.endsWith('.') && (lexicon.questionLabels.has(firstLower) || lexicon.answerLabels.has(firstLower))) {
    const after = work.tokens[1] ?? (next?.paragraphIndex === work.paragraphIndex ? next.tokens[0] : undefined)
    if (after === undefined) return undefined
    const kind = lexicon.answerLabels.has(firstLower) ? 'answer' : 'question'
    return { paragraph: work.paragraphIndex, kind, label: { start: first.start, end: first.end }, colon: null, contentStart: after.start, personLike: false }
  }
  let colon = -1
  for (let k = 1; k < Math.min(work.tokens.length - 1, MAX_LABEL_TOKENS + 1); k++) {
    if (work.lower[k] === ':') {
      colon = k
      break
    }
  }
  if (colon < 1 || work.cues.some((c) => c.first < colon)) return undefined
  const contentStart = (work.tokens[colon + 1] as Token).start
  const colonToken = work.tokens[colon] as Token
  const colonSpan = { start: colonToken.start, end: colonToken.end }
  const labelEnd = (work.tokens[colon - 1] as Token).end
  // The name ends at a comma ("ANA LIND, foreign minister") or an opening bracket ("VARGA (to reporters)").
  let nameLast = colon - 1
  let personLike = false
  for (let k = 1; k < colon; k++) {
    const lower = work.lower[k]
    if (lower === ',' || lower === '(') {
      const after = work.tokens[k + 1]
      // An aside opens in lower case ("(to reporters)", unlike "(Reuters)") or is a party tag ("(R-Vell)"); a
      // description may open in capitals ("TOMAS VARGA, Belmoran envoy").
      if (after === undefined || (lower === '(' && !/^(?:\p{Ll}|\p{Lu}-\p{Lu})/u.test(doc.text.slice(after.start, after.start + 3)))) return undefined
      nameLast = k - 1
      personLike = true
      break
    }
  }
  const nameEnd = (work.tokens[nameLast] as Token).end
  let nameStart = first.start
  // "Mr. LIND", "Sen. VARGA": an honorific before the name.
  if (lexicon.honorifics.has(firstLower) && nameLast >= 1) {
    nameStart = (work.tokens[1] as Token).start
    personLike = true
  }
  const name = doc.text.slice(nameStart, nameEnd)
  const whole = doc.text.slice(first.start, labelEnd).toLowerCase()
  if (/\d/.test(whole) || lexicon.nonSpeakerLabels.has(whole) || lexicon.nonSpeakerLabels.has(name.toLowerCase())) return undefined
  const lowerName = name.toLowerCase()
  if (!personLike && lexicon.questionLabels.has(lowerName)) return { paragraph: work.paragraphIndex, kind: 'question', label: { start: first.start, end: nameEnd }, colon: colonSpan, contentStart, personLike }
  if (!personLike && lexicon.answerLabels.has(lowerName)) return { paragraph: work.paragraphIndex, kind: 'answer', label: { start: first.start, end: nameEnd }, colon: colonSpan, contentStart, personLike }
  // A named turn must read as speech; a question or an answer may be a word or two ("When?", "And the talks?").
  if (!isSpeech(doc, works, w, colon + 1)) return undefined
  // "REPORTER:", "HOST:": the interviewer's side of a transcript speaks as labelled.
  if (lexicon.interviewerLabels.has(lowerName)) return { paragraph: work.paragraphIndex, kind: 'named', label: { start: first.start, end: nameEnd }, colon: colonSpan, contentStart, personLike: true }
  if (!CAPITALS_NAME.test(name) && !TITLE_NAME.test(name)) return undefined
  return { paragraph: work.paragraphIndex, kind: 'named', label: { start: first.start, end: nameEnd }, colon: colonSpan, contentStart, personLike }
}

/**
 * Whether a named label speaks: it reads as a person's by itself, opens two or more turns, or its last word is a word
 * of a person's or organization's name met elsewhere in the text; a label a place entity covers is a dateline.
 */
function isSpeakerLabel(doc: Doc, turn: Turn, turns: readonly Turn[], entities: readonly Entity[]): boolean {
  if (isPlace(turn, entities)) return false
  if (turn.personLike) return true
  const lastWord = lastWordOf(doc, turn)
  let repeats = 0
  for (const other of turns) if (lastWordOf(doc, other) === lastWord) repeats++
  // A label in title case ("Clinton: Keep it") may head a section: only a repeated one is a speaker.
  if (repeats >= 2) return true
  if (!CAPITALS_NAME.test(doc.text.slice(turn.label.start, turn.label.end))) return false
  for (const e of entities) {
    if ((e.type !== 'PERSON' && e.type !== 'ORG') || (e.start < turn.contentStart && e.end > turn.label.start)) continue
    if (turns.some((t) => e.start >= t.label.start && e.end <= t.label.end)) continue
    const words = e.text.toLowerCase().split(/\s+/)
    if (words.includes(lastWord)) return true
  }
  return false
}

/** Whether a place entity covers a label (a dateline, "OSTRA:"). */
function isPlace(turn: Turn, entities: readonly Entity[]): boolean {
  for (const e of entities) {
    if (e.start > turn.label.start) break
    if ((e.type === 'GPE' || e.type === 'LOC') && e.end >= turn.label.end) return true
  }
  return false
}

/** A label's last word in lower case ("PRESIDENT VARGA" → "varga"). */
function lastWordOf(doc: Doc, turn: Turn): string {
  const key = doc.text.slice(turn.label.start, turn.label.end).toLowerCase()
  return key.slice(key.lastIndexOf(' ') + 1)
}

/** The lower-case word right before an offset, past spaces ("reporter" in "Herald reporter Pol Dorn"). */
function wordBefore(text: string, at: number): string {
  let end = at
  while (end > 0 && text[end - 1] === ' ') end--
  let start = end
  while (start > 0 && /[\p{L}'’-]/u.test(text[start - 1] ?? '')) start--
  return text.slice(start, end).toLowerCase()
}

/** The first person named in the story text before the first question or answer, not after an interviewer's title: the interviewee. */
function intervieweeBefore(doc: Doc, turns: readonly Turn[], paragraphs: readonly Paragraph[], entities: readonly Entity[], lexicon: CueLexicon): SpeakerDraft | undefined {
  const firstQa = turns.find((t) => t.kind !== 'named')
  if (firstQa === undefined) return undefined
  const before = (paragraphs[firstQa.paragraph] as Paragraph).start
  const headline = paragraphs.find((p) => p.role === 'headline')
  const from = headline === undefined ? 0 : headline.end
  for (const e of entities) {
    if (e.start >= before) break
    if (e.type !== 'PERSON' || e.start < from || turns.some((t) => e.start >= t.label.start && e.end <= t.contentStart)) continue
    // "Herald reporter Pol Dorn spoke with Ana Lind": the one asking is no interviewee.
    if (lexicon.interviewerLabels.has(wordBefore(doc.text, e.start))) continue
    return { start: e.start, end: e.end, reason: INTERVIEWEE_REASON }
  }
  return undefined
}
