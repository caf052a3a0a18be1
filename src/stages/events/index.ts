// The events stage: codes CAMEO/PLOVER events with modality, date, place and evidence from tokens, clauses and actors.
import {
  asActorCode,
  asCameoCode,
  findFirstEndingAfter,
  groupTokensBySentence,
  makeId,
  makeTextSpan,
  matchText,
  publishedDay,
  type Actor,
  type Doc,
  type Entity,
  type Event,
  type EventArgument,
  type Sentence,
  type TextSpan,
  type Timex,
} from '../../core/index.js'
import { loadCodebook, type Codebook } from '../../dictionaries/cameo/index.js'
import { loadPatterns, type PatternSet } from '../../dictionaries/patterns/index.js'
import { defineStage, type StageContext } from '../../pipeline/index.js'
import { codeSentence, type Candidate, type SentenceCoding } from './code-sentence.js'
import { mergeEvents } from './merge.js'
import { builtinSenses } from './senses.js'
import { buildWords, isCodable, isSortedByStart, lowerCaseText, outerActors, type ActorRef, type Word } from './words.js'

export { codeSentence, type Candidate, type SentenceCoding } from './code-sentence.js'
export { chunkWords, chunkText, type Chunk } from './chunks.js'
export { splitClauses, type Clause } from './clauses.js'
export { mergeEvents, eventKey } from './merge.js'
export { formatSentenceCoding } from './explain.js'
export { buildWords, type Word, type ActorRef } from './words.js'

/** Options of the events stage. */
export interface EventsStageOptions {
  /** Extra dyad-patterns@1 files layered over the built-in ones (later files win). */
  readonly patternFiles?: readonly string[]
  /** Keep only events whose confidence is at least this (default 0: keep all). */
  readonly minConfidence?: number
}

/** Granularities precise enough to date an event. */
const DATING = new Set(['day', 'month', 'week', 'year', 'time', 'season', 'quarter', 'half'])

/** Place prepositions that introduce where an event happened. */
const PLACE_PREPOSITIONS = new Set(['in', 'at'])

function argument(doc: Doc, actor: ActorRef): EventArgument {
  // Built literally (no spread), in the same key order, so arguments share few hidden classes.
  const { start, end } = actor
  const text = doc.text.slice(start, end)
  const code = asActorCode(actor.code)
  return actor.actorId !== undefined ? { start, end, text, code, actorId: actor.actorId } : { start, end, text, code }
}

/** Span of a clause in the text. */
function clauseSpan(coding: SentenceCoding, k: number): { start: number; end: number } {
  const clause = coding.clauses[k]
  const from = coding.words[coding.chunks[clause?.from ?? 0]?.from ?? 0]
  const to = coding.words[coding.chunks[clause?.to ?? 0]?.to ?? 0]
  return { start: from?.start ?? 0, end: to?.end ?? 0 }
}

/** Words before a date that make it say when something happened ("on Jan. 12", "last week"), unlike "the 1956 declaration". */
const DATE_LEADS = new Set(['on', 'in', 'at', 'during', 'since', 'from', 'until', 'by', 'last', 'this', 'next', 'early', 'late', 'for', ','])

/** Words opening a relative date that is an adverbial by itself ("next week", "last year", "this month"). */
const RELATIVE_OPENERS = new Set(['last', 'next', 'this'])

/**
 * Whether a date is an adverbial of its clause: led by a preposition, a relative date on its own ("visit Belmora
 * next week"), or a day on its own ("Tuesday").
 */
function isAdverbial(coding: SentenceCoding, timex: Timex): boolean {
  const at = coding.words.findIndex((w) => w.start === timex.start)
  if (at < 0) return false
  const before = coding.words[at - 1]
  const opener = coding.words[at]?.lower ?? ''
  return before === undefined || DATE_LEADS.has(before.lower) || RELATIVE_OPENERS.has(opener) || timex.granularity === 'day' || timex.granularity === 'time'
}

/** The date stated with the event (see `circumstanceSpan`), else the publication day. */
/**
 * The span where an event's circumstances (date, place) may be stated: its clause, stretched over the following
 * clauses of the sentence that code no event of their own ("…, left, in Moscow on Jan. 12"; "…, which is scheduled for May 6").
 */
function circumstanceSpan(coding: SentenceCoding, candidate: Candidate): { start: number; end: number } {
  const own = clauseSpan(coding, candidate.clause)
  let end = own.end
  for (let k = candidate.clause + 1; k < coding.clauses.length; k++) {
    if (coding.candidates.some((c) => c.clause === k)) break
    const kind = coding.clauses[k]?.kind
    if (kind === 'reported' || kind === 'subordinate' || kind === 'conditional') break
    end = clauseSpan(coding, k).end
  }
  return { start: own.start, end }
}

function dateOf(coding: SentenceCoding, candidate: Candidate, dates: readonly Timex[], published: string | undefined): Event['date'] {
  const spans = [circumstanceSpan(coding, candidate)]
  for (const span of spans) {
    const timex = dates.find((d) => d.start >= span.start && d.end <= span.end && d.type === 'DATE' && DATING.has(d.granularity) && /^\d{4}/.test(d.value) && isAdverbial(coding, d))
    if (timex !== undefined) return { value: timex.value, source: 'clause', timexId: timex.id }
  }
  return published === undefined ? { value: '', source: 'none' } : { value: published, source: 'published' }
}

/** A place named in the clause after the trigger: "in Moscow", "at the border of Arvenia". */
function placeOf(doc: Doc, coding: SentenceCoding, candidate: Candidate, places: readonly Entity[]): TextSpan | null {
  const span = circumstanceSpan(coding, candidate)
  const trigger = coding.words[candidate.triggerFrom]
  for (let w = candidate.triggerFrom + 1; w < coding.words.length; w++) {
    const word = coding.words[w]
    if (word === undefined || word.end > span.end) break
    if (!PLACE_PREPOSITIONS.has(word.lower)) continue
    const next = coding.words[w + 1]
    const place = places.find((p) => next !== undefined && p.start >= next.start && p.start <= next.start + 4 && p.end <= span.end)
    if (place !== undefined && trigger !== undefined && place.start > trigger.start) return makeTextSpan(doc.text, place.start, place.end)
  }
  return null
}

/** Builds the event annotation for one candidate. */
function toEvent(
  doc: Doc,
  ctx: StageContext,
  coding: SentenceCoding,
  sentence: Sentence,
  candidate: Candidate,
  codebook: Codebook,
  dates: readonly Timex[],
  places: readonly Entity[],
  published: string | undefined,
): Event | undefined {
  const from = coding.words[candidate.triggerFrom]
  const to = coding.words[candidate.triggerTo]
  if (from === undefined || to === undefined) return undefined
  const entry = codebook.get(candidate.code)
  if (entry === undefined) {
    ctx.report({ severity: 'warning', code: 'event-unknown-code', start: from.start, end: to.end, message: `Pattern ${candidate.rule} gives code ${candidate.code}, which the codebook lacks`, expected: 'a CAMEO code from dictionaries/cameo/cameo-codes.json' })
    return undefined
  }
  const trigger = makeTextSpan(doc.text, from.start, to.end)
  const source = argument(doc, candidate.source)
  const target = candidate.target === null ? null : argument(doc, candidate.target)
  const sentenceSpan = { start: sentence.start, end: sentence.end }
  return {
    id: makeId('ev', trigger, `${candidate.code}:${candidate.source.code}>${candidate.target?.code ?? '-'}:${candidate.source.start}-${candidate.target?.start ?? '-'}`),
    start: trigger.start,
    end: trigger.end,
    by: ctx.by,
    source,
    target,
    code: asCameoCode(candidate.code),
    root: entry.root,
    quad: entry.quad,
    goldstein: codebook.goldstein(candidate.code),
    plover: codebook.plover(candidate.code),
    modality: candidate.modality,
    negated: candidate.negated,
    date: dateOf(coding, candidate, dates, published),
    place: placeOf(doc, coding, candidate, places),
    sentence: sentenceSpan,
    trigger,
    evidence: { source: makeTextSpan(doc.text, source.start, source.end), target: target === null ? null : makeTextSpan(doc.text, target.start, target.end), trigger },
    rule: candidate.rule,
    confidence: Math.round(Math.min(1, Math.max(0, candidate.confidence)) * 1000) / 1000,
    mentions: [{ sentence: sentenceSpan, trigger }],
  }
}

/** Verb and noun heads per pattern set, built once: pattern sets never change after loading. */
const headsByPatterns = new WeakMap<PatternSet, { verbHeads: ReadonlySet<string>; nounHeads: ReadonlySet<string> }>()

/** Verbs the coder knows: pattern heads and cue words. */
function knownVerbs(patterns: PatternSet): Set<string> {
  const out = new Set(patterns.verbs.keys())
  for (const list of Object.values(patterns.cues)) for (const word of list) out.add(word)
  return out
}

/** The verb heads (pattern heads and cue words) and noun-pattern heads of a pattern set, cached. */
function headsOf(patterns: PatternSet): { verbHeads: ReadonlySet<string>; nounHeads: ReadonlySet<string> } {
  let heads = headsByPatterns.get(patterns)
  if (heads === undefined) {
    heads = { verbHeads: knownVerbs(patterns), nounHeads: new Set(patterns.nouns.keys()) }
    headsByPatterns.set(patterns, heads)
  }
  return heads
}

/** The dates lying inside a sentence (as `dates.filter` would give them), walking a pointer over sorted dates. */
function datesWithin(dates: readonly Timex[], from: number, sentence: Sentence): { dates: Timex[]; next: number } {
  let d = from
  while (d < dates.length && (dates[d]?.start ?? Infinity) < sentence.start) d++
  const out: Timex[] = []
  for (let j = d; j < dates.length && (dates[j]?.start ?? Infinity) <= sentence.end; j++) {
    const date = dates[j]
    if (date !== undefined && date.end <= sentence.end) out.push(date)
  }
  return { dates: out, next: d }
}

/**
 * Whether a sentence's words can give a candidate at all: some word stands for a coded actor (every source and
 * target is one), and some word heads a verb or noun pattern or is a demand modal (every candidate starts there).
 */
function mayCode(words: readonly Word[], patterns: PatternSet): boolean {
  let hasActor = false
  let hasHead = false
  const modals = patterns.demand?.modals
  for (const word of words) {
    if (word.actor !== undefined) hasActor = true
    if (!hasHead) {
      hasHead =
        patterns.verbs.has(word.lemma) || patterns.verbs.has(word.lower) || patterns.nouns.has(word.lemma) || patterns.nouns.has(word.lower) || modals?.has(word.lower) === true
    }
    if (hasActor && hasHead) return true
  }
  return false
}

/** Codes every sentence of a document; returns the coding of each, for the stage and for explanations. */
export function codeDocument(doc: Doc, patterns: PatternSet): Array<{ sentence: Sentence; coding: SentenceCoding }> {
  return codeSentences(doc, patterns, false)
}

/**
 * Codes the sentences of a document. `onlyCoded` (the stage) leaves out sentences that cannot give a candidate
 * (see `mayCode`) and works out roles only where coding needs them: the candidates are the same.
 */
function codeSentences(doc: Doc, patterns: PatternSet, onlyCoded: boolean): Array<{ sentence: Sentence; coding: SentenceCoding }> {
  const folded = matchText(doc)
  const actors = outerActors(doc)
  const { verbHeads, nounHeads } = headsOf(patterns)
  const out: Array<{ sentence: Sentence; coding: SentenceCoding }> = []
  const tokens = doc.layers.tokens ?? []
  const sentences = doc.layers.sentences ?? []
  const allDates = doc.layers.dates ?? []
  // Pointers over sentences and dates need both in text order; otherwise each sentence filters every date.
  const canWalkDates = isSortedByStart(sentences) && isSortedByStart(allDates)
  // Lower-cased once, only when some sentence is coded (most short texts name no actor).
  let lowered: string | undefined
  let isLowered = false
  let a = 0
  let d = 0
  // The words of the last sentences that named an actor: an act noun later ("condemned the launch") finds its doer there.
  const recent: Array<readonly Word[]> = []
  const doerOf = doerLookBack(recent)
  const pairBefore = pairLookBack(recent)
  // The next "both"/"the two" at or after the current sentence (-1: not looked for yet): found by indexOf, once per stretch.
  let nextPairWord = -1
  const { currencyUnits } = builtinSenses()
  const options = onlyCoded ? { candidatesOnly: true, doerOf, pairBefore } : { doerOf, pairBefore }
  for (const sentence of sentences) {
    if (!isCodable(sentence)) continue
    while (a < actors.length && (actors[a]?.end ?? 0) <= sentence.start) a++
    let b = a
    while (b < actors.length && (actors[b]?.start ?? Infinity) < sentence.end) b++
    // No coded actor, no dyad: skip the sentence early (most sentences of a long article), before cutting out its tokens;
    // only "the two sides" or "both leaders" after a named pair may still code (see findEarlierPair).
    const hasCoded = b > a && (!onlyCoded || hasCodedActor(actors, a, b))
    let isPairSentence = false
    if (!hasCoded && recent.length > 0) {
      if (!isLowered) {
        lowered = lowerCaseText(folded)
        isLowered = true
      }
      if (nextPairWord < sentence.start) nextPairWord = findPairWord(lowered ?? folded, sentence.start)
      isPairSentence = nextPairWord < sentence.end && findEarlierPair(recent) !== undefined
    }
    if (!hasCoded && !isPairSentence) continue
    const first = findFirstEndingAfter(tokens, sentence.start)
    let last = first
    while (last < tokens.length && (tokens[last]?.start ?? Infinity) < sentence.end) last++
    let dates: Timex[]
    if (canWalkDates) {
      const found = datesWithin(allDates, d, sentence)
      dates = found.dates
      d = found.next
    } else {
      dates = allDates.filter((x) => x.start >= sentence.start && x.end <= sentence.end)
    }
    if (!isLowered) {
      lowered = lowerCaseText(folded)
      isLowered = true
    }
    const words = buildWords(folded, tokens, b > a ? actors.slice(a, b) : [], verbHeads, nounHeads, dates, lowered, { from: first, to: last }, currencyUnits)
    const isCoded = !onlyCoded || isPairSentence || mayCode(words, patterns)
    if (isCoded) out.push({ sentence, coding: codeSentence(words, patterns, options) })
    recent.push(words)
    if (recent.length > RECENT_SENTENCES) recent.shift()
  }
  return out
}

/** The doer look-back over the recent sentences: returned unnamed (under tsx a named closure per document pays a `__name` call). */
function doerLookBack(recent: ReadonlyArray<readonly Word[]>): (verbs: ReadonlySet<string>) => ActorRef | undefined {
  return (verbs) => findEarlierDoer(recent, verbs)
}

/** The named-pair look-back over the recent sentences: returned unnamed, as `doerLookBack`. */
function pairLookBack(recent: ReadonlyArray<readonly Word[]>): () => readonly ActorRef[] | undefined {
  return () => findEarlierPair(recent)
}

/** Whether actors[a..b) holds one the actors stage could code (not UNK). */
function hasCodedActor(actors: readonly Actor[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (actors[i]?.code !== 'UNK') return true
  return false
}

/** The offset of the next "both " or "the two " in lower-cased text from `from` (Infinity when none): a phrase that may stand for a pair named before. */
function findPairWord(lowered: string, from: number): number {
  const both = lowered.indexOf('both ', from)
  const two = lowered.indexOf('the two ', from)
  const found = Math.min(both < 0 ? Infinity : both, two < 0 ? Infinity : two)
  return found
}

/** How many earlier sentences (with an actor) an act noun looks back through for its doer. */
const RECENT_SENTENCES = 8

/** The last two actors of different countries joined by "and" in earlier sentences ("Arvenia and Belmora"), if any. */
function findEarlierPair(recent: ReadonlyArray<readonly Word[]>): readonly ActorRef[] | undefined {
  for (let k = recent.length - 1; k >= 0; k--) {
    const words = recent[k] ?? []
    for (let i = words.length - 2; i > 0; i--) {
      if (words[i]?.lower !== 'and') continue
      const left = words[i - 1]?.actor
      const right = words[i + 1]?.actor
      if (left !== undefined && right !== undefined && left.code.slice(0, 3) !== right.code.slice(0, 3)) return [left, right]
    }
  }
  return undefined
}

/**
 * The actor right before the latest verb of an act in earlier sentences ("North Korea fired a missile" → North Korea),
 * within a few words and not across another verb; undefined when none.
 */
function findEarlierDoer(recent: ReadonlyArray<readonly Word[]>, verbs: ReadonlySet<string>): ActorRef | undefined {
  for (let k = recent.length - 1; k >= 0; k--) {
    const words = recent[k] ?? []
    for (let i = words.length - 1; i > 0; i--) {
      const verb = words[i]
      if (verb === undefined || verb.pos !== 'VERB' || !verbs.has(verb.lemma)) continue
      for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
        const word = words[j]
        // "The Britons were detained (by Corvia)": the subject of a passive is the one the act was done to; its agent did it.
        if (word !== undefined && word.pos === 'AUX' && (word.lemma === 'be' || word.lemma === 'get')) {
          const agent = words[i + 1]?.lower === 'by' ? words[i + 2]?.actor ?? words[i + 3]?.actor : undefined
          if (agent !== undefined) return agent
          break
        }
        if (word === undefined || word.pos === 'VERB' || word.pos === 'ADP' || word.lower === '.') break
        if (word.actor !== undefined) return word.actor
      }
    }
  }
  return undefined
}

/**
 * Explains how one sentence was coded: its chunks, clauses, roles and the patterns that fired.
 * @param sentenceStart offset of the sentence to explain (any offset inside it)
 */
export function explainSentence(doc: Doc, sentenceStart: number, options: EventsStageOptions = {}): SentenceCoding | undefined {
  const patterns = loadPatterns(options.patternFiles ?? [])
  const sentences = groupTokensBySentence(doc).filter(({ sentence }) => sentence.start <= sentenceStart && sentenceStart < sentence.end)
  const found = sentences[0]
  if (found === undefined) return undefined
  const actors = outerActors(doc).filter((x) => x.start >= found.sentence.start && x.end <= found.sentence.end)
  const dates = (doc.layers.dates ?? []).filter((x) => x.start >= found.sentence.start && x.end <= found.sentence.end)
  const { verbHeads, nounHeads } = headsOf(patterns)
  const words = buildWords(matchText(doc), found.tokens, actors, verbHeads, nounHeads, dates, undefined, undefined, builtinSenses().currencyUnits)
  return codeSentence(words, patterns)
}

/**
 * Creates the events stage.
 * @example createEventsStage({ patternFiles: ['my-patterns.json'], minConfidence: 0.6 })
 */
export function createEventsStage(options: EventsStageOptions = {}) {
  const patterns = loadPatterns(options.patternFiles ?? [])
  const codebook = loadCodebook()
  const minConfidence = options.minConfidence ?? 0
  return defineStage({
    name: 'events',
    version: '1',
    reads: ['normalized', 'tokens', 'sentences', 'dates', 'entities', 'mentions', 'clusters', 'actors'],
    writes: ['events'],
    run: (doc, ctx) => {
      const dates = doc.layers.dates ?? []
      const places = (doc.layers.entities ?? []).filter((e) => e.type === 'GPE' || e.type === 'LOC')
      const published = publishedDay(doc)
      const events: Event[] = []
      for (const { sentence, coding } of codeSentences(doc, patterns, true)) {
        for (const candidate of coding.candidates) {
          const event = toEvent(doc, ctx, coding, sentence, candidate, codebook, dates, places, published)
          if (event !== undefined && event.confidence >= minConfidence) events.push(event)
        }
      }
      const merged = mergeEvents(events)
      const seen = new Set<string>()
      const unique = merged.filter((e) => (seen.has(e.id) ? false : (seen.add(e.id), true)))
      unique.sort((x, y) => x.start - y.start || x.end - y.end || x.id.localeCompare(y.id))
      return { events: unique }
    },
  })
}
