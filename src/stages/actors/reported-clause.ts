// Finds what a person is reported to have said in a sentence ("X said she feared Belmora ..."), whose places are not theirs.
import { readFileSync } from 'node:fs'
import { findFirstStartingAt, type Token } from '../../core/index.js'

/** A span of `doc.text`. */
interface Span {
  readonly start: number
  readonly end: number
}

/** Where the reporting-verb list lives (one lemma a line, `#` comments). */
const REPORTING_VERBS_FILE = new URL('../../../dictionaries/actors/reporting-verbs.txt', import.meta.url)

let reportingVerbs: ReadonlySet<string> | undefined

/** The lemmas of verbs that open a reported clause, read once from `dictionaries/actors/reporting-verbs.txt`. */
export function loadReportingVerbs(): ReadonlySet<string> {
  reportingVerbs ??= parseReportingVerbs(readFileSync(REPORTING_VERBS_FILE, 'utf8'))
  return reportingVerbs
}

/** Reads a reporting-verb list: one lemma a line, blank lines and `#` comments ignored, lower-cased. */
export function parseReportingVerbs(text: string): ReadonlySet<string> {
  const lemmas = new Set<string>()
  for (const line of text.split(/\r?\n/u)) {
    const word = line.replace(/#.*/u, '').trim().toLowerCase()
    if (word !== '') lemmas.add(word)
  }
  return lemmas
}

/** Most tokens between a person and their verb (an apposition or relative clause set off by commas fits). */
const MAX_DISTANCE = 16

/** Prepositions of where or when the person spoke ("said in Vell", "said on Friday"), which open no clause. */
const SETTING_PREPOSITIONS = new Set(['in', 'at', 'on', 'during', 'after', 'before'])

/**
 * The span of a sentence that reports what the person at `person` said, after their reporting verb ("Lisa
 * Vell said she feared that Belmora …"), past who was told ("told reporters"), a phrase of where or when
 * they spoke ("said in Vell that") and the clause's subject when it is a name ("said Belmora is committed
 * …": often the speaker's own country). The person's verb is the first verb after them, past a comma-set
 * aside ("Lisa Vell, who visited Belmora, said …"). What precedes the person ("Belmora will …, Lisa Vell
 * said") is left alone, for the same reason as the subject.
 * @returns the reported span, or none when the person's verb reports nothing
 * @example reportedSpans(text, tokens, sentence, person, verbs) // [{ start: 15, end: 40 }]
 */
export function reportedSpans(text: string, tokens: readonly Token[], sentence: Span, person: Span, verbs: ReadonlySet<string>): Span[] {
  let i = findFirstStartingAt(tokens, person.end)
  let inAside = false
  let verb: Token | undefined
  for (let seen = 0; i < tokens.length && seen < MAX_DISTANCE; i++, seen++) {
    const t = tokens[i] as Token
    if (t.end > sentence.end) return []
    if (text.slice(t.start, t.end) === ',') {
      // A comma right after the person opens an aside; the next one closes it.
      if (seen === 0) inAside = true
      else if (inAside) inAside = false
      else return []
      continue
    }
    if (inAside || t.pos !== 'VERB') continue
    verb = t
    break
  }
  if (verb === undefined || !verbs.has(verb.lemma.toLowerCase())) return []
  let j = i + 1
  // "told reporters", "told a news conference": who was told is not what was said.
  if (verb.lemma.toLowerCase() === 'tell') j = skipWhile(tokens, j, sentence.end, (t) => t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN')
  const next = tokens[j]
  if (next !== undefined && next.pos === 'ADP' && SETTING_PREPOSITIONS.has(next.lemma.toLowerCase())) {
    // Past the setting: its preposition, then determiners, names, nouns and numbers.
    j = skipWhile(tokens, j + 1, sentence.end, (t) => t.pos === 'PROPN' || t.pos === 'DET' || t.pos === 'NUM' || t.pos === 'NOUN')
  }
  if (tokens[j]?.pos === 'SCONJ' && tokens[j]?.lemma.toLowerCase() === 'that') j++
  // The clause's own subject when it is a name ("said Belmora is committed to …") is most often the speaker's
  // country speaking through them, so the reported span starts after it.
  j = skipWhile(tokens, j, sentence.end, (t) => t.pos === 'DET')
  j = skipWhile(tokens, j, sentence.end, (t) => t.pos === 'PROPN')
  const clauseStart = tokens[j]?.start
  return clauseStart !== undefined && clauseStart < sentence.end ? [{ start: clauseStart, end: sentence.end }] : []
}

/** Index of the first token from `from` that fails `keep` or leaves the sentence ending at `end`. */
function skipWhile(tokens: readonly Token[], from: number, end: number, keep: (t: Token) => boolean): number {
  let j = from
  while (j < tokens.length) {
    const t = tokens[j] as Token
    if (t.end > end || !keep(t)) break
    j++
  }
  return j
}
