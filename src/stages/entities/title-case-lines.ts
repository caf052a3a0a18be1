// Headlines in title case ("Kessa Profit Rises on Strong Sales"): every word has a capital, so a capital is no
// evidence of a name. A span there is cut to a name the body knows, or loses the common words at its edges.
import type { EntityType } from '../../core/index.js'
import type { Candidate } from './candidates.js'
import type { SentenceCandidates } from './consistency.js'
import { isCapsLine } from './org-short-forms.js'

/** Words of at least this many letters decide whether a line is in title case (short ones may stay lowercase: "for", "to"). */
const MIN_WORD = 4

/** A word that starts with an uppercase letter. */
const UPPER_START = /^\p{Lu}/u

/** A word with a letter or digit. */
const WORDLIKE = /[\p{L}\p{N}]/u

/**
 * Returns whether a line is written in title case: not in capitals, no final period, at least three words of four
 * or more letters, nine in ten of them capitalised, two of them common words ("Retailers Vie for Back-To-School
 * Buyers"). A sentence full of names ends in a period or has no capitalised common words ("Minister Lida Marosh met
 * Tomas Varga in Vell.").
 * @param isCommon whether a lowercased word is mostly written in lowercase
 */
export function isTitleCaseLine(words: readonly string[], isCommon: (lower: string) => boolean): boolean {
  if (words[words.length - 1] === '.') return false
  let long = 0
  let upper = 0
  let commonUpper = 0
  for (const w of words) {
    if (w.length < MIN_WORD || !/^\p{L}+$/u.test(w)) continue
    long++
    if (!UPPER_START.test(w)) continue
    upper++
    if (isCommon(w.toLowerCase())) commonUpper++
  }
  return long >= 3 && upper >= 0.9 * long && commonUpper >= 2 && !isCapsLine(words)
}

/** What the rule needs to know about words. */
export interface TitleCaseWords {
  /** Whether a lowercased word is mostly written in lowercase. */
  readonly isCommon: (lower: string) => boolean
  /** Whether a lowercased word is a company form ("inc", "co."): the body's "Kessa Co." names "Kessa" too. */
  readonly isCompanyForm: (lower: string) => boolean
  /** Whether a lowercased word is an organisation or place head ("court", "army"): after a name it stays ("Kessa Court"). */
  readonly isHead: (lower: string) => boolean
}

/** Collects the names of the body (lines in mixed case) that open with a word of the headline, lowercased, with their most frequent type. */
function bodyNames(sentences: readonly SentenceCandidates[], headlines: ReadonlySet<SentenceCandidates>, lex: TitleCaseWords): Map<string, EntityType> {
  const headlineWords = new Set<string>()
  for (const s of headlines) for (const w of s.words) headlineWords.add(w.toLowerCase())
  const counts = new Map<string, Map<EntityType, number>>()
  const add = (key: string, type: EntityType): void => {
    const byType = counts.get(key) ?? new Map<EntityType, number>()
    byType.set(type, (byType.get(type) ?? 0) + 1)
    counts.set(key, byType)
  }
  for (const s of sentences) {
    if (headlines.has(s) || isCapsLine(s.words)) continue
    for (const c of s.candidates) {
      if (!headlineWords.has((s.words[c.first] ?? '').toLowerCase())) continue
      const words = s.words.slice(c.first, c.last + 1).map((w) => w.toLowerCase())
      add(words.join(' '), c.type)
      let end = words.length
      while (end > 1 && lex.isCompanyForm(words[end - 1] ?? '')) end--
      if (end < words.length) add(words.slice(0, end).join(' '), c.type)
    }
  }
  const names = new Map<string, EntityType>()
  for (const [key, byType] of counts) {
    let best: EntityType | undefined
    let most = 0
    for (const [type, n] of byType) if (n > most) [best, most] = [type, n]
    if (best !== undefined) names.set(key, best)
  }
  return names
}

/**
 * Cuts the candidates of a title-case headline (not from the dictionary): a candidate holding a name of the body becomes
 * the longest such name, with the body's type ("Ohio Sues Best Buy" -> "Best Buy" when the body names "Best Buy
 * Co."); otherwise common words, numbers and marks are dropped from its edges ("Medtronic Quarterly Earnings Rise"
 * -> "Medtronic"), and what is left stands only if the body uses one of its words in a name; a candidate of common
 * words only is dropped ("Dollar Rises Vs Euro"). A span ending in a head word after a name keeps the head and the
 * names before it ("Kessa Rebels Storm Dorn Court" -> "Dorn Court"). Only the document's opening line is read as a headline.
 * @param sentences each sentence's words and candidates; candidates of title-case lines are replaced in place
 */
export function applyTitleCaseLines(sentences: readonly SentenceCandidates[], lex: TitleCaseWords): void {
  // Only the opening line is taken for a headline: elsewhere a short run of names ("Reuters - Kessa Airlines Inc.") reads as title case too.
  const opening = sentences[0]
  if (opening === undefined || !opening.candidates.some((c) => c.source !== 'dictionary') || !isTitleCaseLine(opening.words, lex.isCommon)) return
  const headlines = new Set([opening])
  const known = bodyNames(sentences, headlines, lex)
  const bodyWords = new Set<string>()
  for (const key of known.keys()) for (const w of key.split(' ')) bodyWords.add(w)
  const isEdgeWord = (word: string): boolean => !WORDLIKE.test(word) || /^[\d.,]+$/.test(word) || lex.isCommon(word.toLowerCase())
  for (const s of headlines) {
    const textOf = (first: number, last: number): string => s.words.slice(first, last + 1).join(' ').toLowerCase()
    const updated: Candidate[] = []
    for (const c of s.candidates) {
      if (c.source === 'dictionary' || known.has(textOf(c.first, c.last))) {
        updated.push(c)
        continue
      }
      // A name and a head word ("Kessa Court") is kept as one, not cut to the name the body knows.
      const endsInHead = c.last > c.first && lex.isHead((s.words[c.last] ?? '').toLowerCase()) && !isEdgeWord(s.words[c.last - 1] ?? '')
      if (endsInHead) {
        let first = c.last - 1
        while (first > c.first && !isEdgeWord(s.words[first - 1] ?? '')) first--
        updated.push(first === c.first ? c : { ...c, first })
        continue
      }
      const inner = longestKnown(c, textOf, known)
      if (inner !== undefined) {
        updated.push(inner)
        continue
      }
      let { first, last } = c
      while (first <= last && isEdgeWord(s.words[first] ?? '')) first++
      while (last >= first && isEdgeWord(s.words[last] ?? '')) last--
      if (first > last) continue
      if (first === c.first && last === c.last) {
        updated.push(c)
        continue
      }
      // What is left of a cut span stands only if the body uses one of its words in a name ("Kmart Swings" -> "Kmart").
      let inBody = false
      for (let k = first; k <= last && !inBody; k++) inBody = bodyWords.has((s.words[k] ?? '').toLowerCase())
      if (inBody) updated.push({ ...c, first, last })
    }
    s.candidates = updated
  }
}

/** Returns the longest span inside `c` (shorter than it) that the body names, typed as the body types it. */
function longestKnown(c: Candidate, textOf: (first: number, last: number) => string, known: ReadonlyMap<string, EntityType>): Candidate | undefined {
  for (let size = c.last - c.first; size >= 1; size--) {
    for (let first = c.first; first + size - 1 <= c.last; first++) {
      const type = known.get(textOf(first, first + size - 1))
      if (type !== undefined) return { ...c, first, last: first + size - 1, type }
    }
  }
  return undefined
}
