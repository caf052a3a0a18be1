// explain: how each sentence of a text was coded (chunks, clauses, roles, patterns), for `dyad explain`.
import type { Doc } from '../core/index.js'
import { explainSentence, formatSentenceCoding } from '../stages/events/index.js'
import { analyze, type AnalyzeInput, type AnalyzeOptions } from './analyze.js'

/** The explanation of one sentence. */
export interface SentenceExplanation {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly role: string
  /** Chunks, clauses, roles and candidate events, one step per line. */
  readonly lines: readonly string[]
}

/**
 * Analyzes a text and explains the event coding of every sentence.
 * @example explain('Arvenia accused Belmora of shelling the border.').map((s) => s.lines.join('\n'))
 */
export function explain(input: AnalyzeInput, options: AnalyzeOptions = {}): SentenceExplanation[] {
  return explainDoc(analyze(input, options), options)
}

/** Explains the event coding of every sentence of an analyzed document. */
export function explainDoc(doc: Doc, options: Pick<AnalyzeOptions, 'patternFiles'> = {}): SentenceExplanation[] {
  const patternFiles = options.patternFiles ?? []
  return (doc.layers.sentences ?? []).map((sentence) => {
    const text = doc.text.slice(sentence.start, sentence.end)
    if (sentence.role === 'boilerplate') {
      return { start: sentence.start, end: sentence.end, text, role: sentence.role, lines: ['boilerplate: never coded'] }
    }
    const coding = explainSentence(doc, sentence.start, { patternFiles })
    const lines = coding === undefined ? ['no tokens'] : formatSentenceCoding(doc, coding)
    return { start: sentence.start, end: sentence.end, text, role: sentence.role, lines }
  })
}
