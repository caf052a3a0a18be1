// Wire-service company marks: a stock ticker in angle brackets after a company ("Kessa Corp <KSC>") and an unlisted
// company set in angle brackets ("<Dorn Foods Inc>") make organisations of the name and the ticker.
import type { Candidate } from './candidates.js'
import type { SentenceCandidates } from './consistency.js'
import { isCapsLine } from './org-short-forms.js'

/** A ticker: one to six capitals, possibly with a dot ("KSC", "F", "BRK.A"). */
const TICKER = /^[A-Z][A-Z.]{0,5}$/

/** Longest company name set in angle brackets, in tokens. */
const MAX_BRACKETED = 8

/** Words that may stand lowercase inside a bracketed company name ("<Dorn and Sons Ltd>"). */
const JOINERS = new Set(['and', '&', 'of', 'de', 'du', 'la', 'the', '-', '.', ',', "'s", '\u2019s'])

/** A word starting with an uppercase letter or a digit. */
const UPPER_START = /^[\p{Lu}\d]/u

/** Returns whether words `[from, to]` can be a company name: capitalised first and last word, only names and joiners between. */
function isNameRun(words: readonly string[], from: number, to: number): boolean {
  if (!UPPER_START.test(words[from] ?? '') || !UPPER_START.test(words[to] ?? '')) return false
  for (let k = from; k <= to; k++) {
    const w = words[k] ?? ''
    if (!UPPER_START.test(w) && !JOINERS.has(w.toLowerCase())) return false
  }
  return true
}

/**
 * Returns 0 when the words of a line in capitals before `from` can all belong to a company name opening the line:
 * letter words, none that never starts a name; otherwise undefined.
 */
function headlineOpening(words: readonly string[], from: number, isNonName: (lower: string) => boolean): number | undefined {
  if (from > 5) return undefined
  for (let k = 0; k < from; k++) {
    const w = words[k] ?? ''
    if (!/^\p{Lu}[\p{Lu}&.'-]*$/u.test(w) || isNonName(w.toLowerCase())) return undefined
  }
  return 0
}

/**
 * Adds ORG rule candidates for the wire's company marks in each sentence and retypes as ORG the candidate right
 * before a ticker; a capitalised run right before a ticker that no candidate covers is added too (one word in a
 * line in capitals). Returns the marked names, lowercased, for document consistency ("korvane" of "Korvane <KRV>").
 * @param sentences each sentence's words and candidates; candidates are replaced in place
 * @param isNonName lowercased words that never start a name ("the", "monday")
 * @param isIncomplete lowercased words that are no company name alone (common words, company forms: "oil", "inc")
 */
export function applyWireBrackets(
  sentences: readonly SentenceCandidates[],
  isNonName: (lower: string) => boolean,
  isIncomplete: (lower: string) => boolean,
): Set<string> {
  const names = new Set<string>()
  for (const s of sentences) {
    const { words } = s
    if (!words.includes('<')) continue
    const caps = isCapsLine(words)
    let candidates: Candidate[] = s.candidates
    // In a line in capitals only a one-word name is sure to be the company's whole name ("KORVANE <KRV> SETS PAYOUT").
    const addName = (first: number, last: number): void => {
      if (!caps || first === last) names.add(words.slice(first, last + 1).join(' ').toLowerCase())
    }
    const mark = (first: number, last: number, isName: boolean): void => {
      candidates = [...candidates.filter((c) => !(c.first >= first && c.last <= last && c.source !== 'dictionary')), { first, last, type: 'ORG', source: 'rule' }]
      if (isName) addName(first, last)
    }
    for (let open = 0; open < words.length; open++) {
      if (words[open] !== '<') continue
      let close = open + 1
      while (close < words.length && close - open <= MAX_BRACKETED + 1 && words[close] !== '>') close++
      if (words[close] !== '>' || close === open + 1 || !isNameRun(words, open + 1, close - 1)) continue
      const isTicker = close === open + 2 && TICKER.test(words[open + 1] ?? '')
      mark(open + 1, close - 1, !isTicker)
      if (!isTicker) continue
      const before = open - 1
      const named = candidates.find((c) => c.last === before && c.first !== open + 1)
      // A headline opens with the company: a common word or company form before the ticker is only its end ("STANDARD OIL <SO>").
      const openingAt = caps ? headlineOpening(words, named?.first ?? before, isNonName) : undefined
      const incomplete = isIncomplete((words[before] ?? '').toLowerCase())
      if (openingAt !== undefined && incomplete && UPPER_START.test(words[before] ?? '')) {
        mark(openingAt, before, false)
        continue
      }
      // A common word or company form alone is no company's name ("... Lynch and Co <MER>").
      if (incomplete && (named === undefined || named.first === named.last)) continue
      if (named !== undefined) {
        if (named.type !== 'ORG') candidates = candidates.map((c) => (c === named ? { ...c, type: 'ORG' } : c))
        addName(named.first, named.last)
        continue
      }
      if (!UPPER_START.test(words[before] ?? '') || candidates.some((c) => c.first <= before && c.last >= before)) continue
      let first = before
      while (!caps && first > 0 && UPPER_START.test(words[first - 1] ?? '') && !isNonName((words[first - 1] ?? '').toLowerCase()) && !candidates.some((c) => c.last === first - 1)) first--
      if (isNonName((words[first] ?? '').toLowerCase())) continue
      mark(first, before, true)
    }
    s.candidates = candidates.sort((a, b) => a.first - b.first || a.last - b.last)
  }
  return names
}
