// The dates stage: finds date, time, duration and set expressions and resolves them against the publication date.
import {
  findFirstTokenEndingAfter,
  createSentenceLookup,
  makeId,
  matchText,
  publishedDay,
  type Doc,
  type SentenceTokens,
  type Timex,
  type Token,
} from '../../core/index.js'
import { defineStage, type StageContext } from '../../pipeline/index.js'
import { parseDay, type Day } from './calendar.js'
import { loadDateLexicon, type DateLexicon } from './lexicon.js'
import { recognizeDates } from './recognize.js'
import { createDateRules, type Candidate, type DateRule, type RuleEnv } from './rules.js'
import { detectTense, type Tense } from './tense.js'

export { loadDateLexicon, DEFAULT_DATE_LEXICON, type DateLexicon } from './lexicon.js'

/** Options of the dates stage. */
export interface DatesStageOptions {
  /** A lexicon file in `dyad-date-lexicon@1` format; defaults to the built-in English one. */
  readonly lexiconFile?: string | URL
}

/**
 * Creates the dates stage, which writes `dates`: one `Timex` per expression, sorted, never overlapping.
 * @example createDatesStage().run(doc, ctx).dates[0]?.value // '2016-01-12'
 */
export function createDatesStage(options: DatesStageOptions = {}) {
  const lexicon = loadDateLexicon(options.lexiconFile)
  const rules = createDateRules(lexicon)
  return defineStage({
    name: 'dates',
    version: '2',
    reads: ['normalized', 'tokens', 'sentences'],
    writes: ['dates'],
    run: (doc, ctx) => ({ dates: findDates(doc, ctx, rules, lexicon) }),
  })
}

/** The dates stage with the built-in lexicon. */
export const datesStage = createDatesStage()

/**
 * What the date rules may ask about a document: its folded text, publication day, and the tense and POS
 * around an offset (from the `tokens` and `sentences` layers).
 */
export function createRuleEnv(doc: Doc, lexicon: DateLexicon): RuleEnv {
  return new DocumentRuleEnv(doc, lexicon)
}

/**
 * The rule environment of one document, as a class: its methods live on the prototype, so no closure is
 * made per document.
 */
class DocumentRuleEnv implements RuleEnv {
  readonly text: string
  readonly reference: Day | undefined
  readonly lexicon: DateLexicon
  private readonly tokens: readonly Token[]
  // Only a few matches ask for tense or POS, so a sentence's tokens are sliced when first asked for and
  // POS is found by binary search, instead of indexing every token of every document up front.
  private readonly sentenceAt: (offset: number) => SentenceTokens | undefined

  constructor(doc: Doc, lexicon: DateLexicon) {
    this.text = matchText(doc)
    const day = publishedDay(doc)
    this.reference = day === undefined ? undefined : parseDay(day)
    this.lexicon = lexicon
    this.tokens = doc.layers.tokens ?? []
    this.sentenceAt = createSentenceLookup(doc)
  }

  tenseAt(start: number, end: number): Tense {
    const found = this.sentenceAt(start)
    return detectTense(found?.tokens ?? [], this.text, start, end, this.lexicon, found?.sentence.role === 'headline')
  }

  posAt(offset: number): string | undefined {
    const token = this.tokens[findFirstTokenEndingAfter(this.tokens, offset)]
    return token?.start === offset ? token.pos : undefined
  }
}

/** Finds and resolves every date expression of a document. */
function findDates(doc: Doc, ctx: StageContext, rules: readonly DateRule[], lexicon: DateLexicon): Timex[] {
  const env = createRuleEnv(doc, lexicon)
  const candidates = recognizeDates(rules, env)
  let unanchoredCount = 0
  let first: Candidate | undefined
  for (const candidate of candidates) {
    if (candidate.anchor !== 'none') continue
    unanchoredCount++
    first ??= candidate
  }
  if (first !== undefined) {
    ctx.report({
      code: 'date-unanchored',
      severity: 'warning',
      message: `${unanchoredCount} relative date expression(s) left unresolved: the document has no usable publication date${
        doc.meta.published === undefined ? '' : ` ("${doc.meta.published}")`
      }.`,
      start: first.start,
      end: first.end,
      expected: 'meta.published as YYYY-MM-DD',
    })
  }
  const timexes: Timex[] = []
  for (const c of candidates) {
    timexes.push({
      id: makeId('tmx', c, c.type),
      start: c.start,
      end: c.end,
      by: ctx.by,
      text: doc.text.slice(c.start, c.end),
      value: c.value,
      granularity: c.granularity,
      type: c.type,
      anchor: c.anchor,
      rule: c.rule,
    })
  }
  return timexes
}

