// Document-level consistency: a name the document calls a person elsewhere is a person here too.
import type { Candidate } from './candidates.js'

/** One sentence's words and chosen candidates. */
export interface SentenceCandidates {
  readonly words: readonly string[]
  candidates: Candidate[]
}

/** The people of a document, lowercased: names and surnames to add when untagged, and first words too for retyping. */
interface People {
  /** Full names of PERSON candidates with two or more words, and their last words (surnames). */
  readonly names: Set<string>
  /** Their first words as well ("Park" of "Park Jin", where the family name comes first). */
  readonly parts: Set<string>
}

/**
 * Collects the people of a document from its PERSON candidates of two or more words. The first word of a name of
 * two or three words that is a family name written first ("Park" of "Park Jin", "Xi" of "Xi Jinping") is added
 * like a surname.
 */
function collectPeople(sentences: readonly SentenceCandidates[], isFamilyFirst: (lower: string) => boolean): People {
  const names = new Set<string>()
  const parts = new Set<string>()
  for (const s of sentences) {
    for (const c of s.candidates) {
      if (c.type !== 'PERSON' || c.last === c.first) continue
      const full = s.words.slice(c.first, c.last + 1).join(' ').toLowerCase()
      names.add(full)
      parts.add(full)
      const surname = (s.words[c.last] ?? '').toLowerCase()
      if (surname.length >= 3) {
        names.add(surname)
        parts.add(surname)
      }
      const first = (s.words[c.first] ?? '').toLowerCase()
      if (first.length >= 3) parts.add(first)
      // Hyphens of a given name ("Ki-moon", tokenized "Ki" "-" "moon") join its parts into one word.
      let hyphens = 0
      for (let k = c.first + 1; k < c.last; k++) if (s.words[k] === '-' || s.words[k] === '‐') hyphens += 2
      if (c.last - c.first - hyphens <= 2 && isFamilyFirst(first)) names.add(first)
    }
  }
  return { names, parts }
}

/** Words before a place's name that make it the place, not a person of that surname ("in Scarborough", "the West"). */
const PLACE_MARKERS = new Set(['the', 'in', 'to', 'from', 'of', 'at', 'into', 'across', 'for', 'on', 'near', 'outside', 'inside', 'through', 'toward', 'towards', 'via', 'around', 'throughout', 'within', 'visit', 'visited', 'visiting', 'northern', 'southern', 'eastern', 'western', 'central'])

/** Words before a month that keep it a time ("early May", "last May", "since May"). */
const TIME_WORDS = new Set(['early', 'late', 'mid', 'last', 'next', 'this', 'since', 'until', 'till', 'by', 'during', 'before', 'after'])

/** Whether a word before a month makes it a time. */
function isTimeWord(word: string): boolean {
  return TIME_WORDS.has(word.toLowerCase())
}

/** Honorifics that make the name after them a person's ("Mr Houston"). */
const HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sen.', 'rep.', 'gov.', 'sir', 'lord', 'lady', 'dame'])

/**
 * Whether a place's one-word name at `at` reads as a surname: after an honorific ("Mr Houston"), or standing alone
 * in running text: in mixed case, with no capitalized word right before or after it ("Real Madrid", "Shell Canada")
 * and no "the" or preposition before it ("in Scarborough").
 */
function readsAsSurname(words: readonly string[], at: number): boolean {
  const word = words[at] ?? ''
  const before = words[at - 1] ?? ''
  if (HONORIFICS.has(before.toLowerCase())) return true
  if (word === word.toUpperCase() || PLACE_MARKERS.has(before.toLowerCase())) return false
  const after = words[at + 1] ?? ''
  return !(at > 0 && opensUpper(before)) && !opensUpper(after)
}

/** Returns whether a word's first character changes when lowercased (an ASCII one only from A to Z). */
function opensUpper(word: string): boolean {
  const code = word.charCodeAt(0)
  if (code < 128) return code >= 65 && code <= 90
  const first = word.charAt(0)
  return first !== first.toLowerCase()
}

/**
 * Retypes model candidates whose text is a person named elsewhere in the document, or the first or last word
 * of one ("Panov" after "Alexander Panov", "Park" after "Park Jin"), and adds surnames the tagger left out (and
 * family names written first), when they are capitalised and untagged. Dictionary candidates keep their type, except
 * a one-word place other than a country or region that is a person's surname and reads as one ("Mr Houston", "West
 * said" after "Cornel West").
 * @param isIgnored words never added (titles, words that are no names)
 * @param isFamilyFirst lowercase family names written before the given name in English news ("park", "xi")
 * @param isCountryName lowercase names of countries and regions, never read as a surname ("china", "ohio")
 * @param isMonthSurname lowercase months that are also family names ("may"), read as the surname where they read as one
 */
export function applyDocumentConsistency(
  sentences: readonly SentenceCandidates[],
  isIgnored: (lower: string) => boolean,
  isFamilyFirst: (lower: string) => boolean = () => false,
  isCountryName: (lower: string) => boolean = () => false,
  isMonthSurname: (lower: string) => boolean = () => false,
): void {
  const { names: people, parts } = collectPeople(sentences, isFamilyFirst)
  if (people.size === 0) return
  for (const s of sentences) {
    const updated: Candidate[] = []
    for (const c of s.candidates) {
      // Only a model candidate of another type may be retyped: the others keep their text unbuilt.
      const text = s.words.slice(c.first, c.last + 1).join(' ').toLowerCase()
      // A place's one-word name that is the surname of a person named in the document ("Cornel West … West said",
      // "Joe Scarborough … Scarborough asked") is that person, unless "the" or a preposition makes it the place
      // ("the West", "in Scarborough").
      const isSurnameRegion = c.source === 'dictionary' && (c.type === 'LOC' || c.type === 'GPE') && c.first === c.last && people.has(text) && !isCountryName(text) && readsAsSurname(s.words, c.first)
      const isPerson = (c.source === 'model' && c.type !== 'PERSON' && parts.has(text)) || isSurnameRegion
      updated.push(isSurnameRegion ? { ...c, type: 'PERSON', source: 'rule' } : isPerson ? { ...c, type: 'PERSON' } : c)
    }
    const taken = new Uint8Array(s.words.length)
    for (const c of updated) for (let k = c.first; k <= c.last; k++) taken[k] = 1
    for (let k = 0; k < s.words.length; k++) {
      const word = s.words[k] ?? ''
      if (taken[k] === 1 || word.length < 2 || !opensUpper(word)) continue
      const lower = word.toLowerCase()
      if ((word.length < 3 && !isFamilyFirst(lower)) || !people.has(lower)) continue
      // "Theresa May … May said", "Ban Ki-moon … Ban said": a month or a family name written first that is also a
      // common word, when it is the surname of a person named in the document, is that person after an honorific or
      // before a lower-case word ("May said", not "in May", "May 12" or "the ban").
      const isSurnameWord = (isMonthSurname(lower) && !isTimeWord(s.words[k - 1] ?? '')) || isFamilyFirst(lower)
      if (isIgnored(lower) && !(isSurnameWord && readsAsSurname(s.words, k) && /^[\p{Ll},’']/u.test(s.words[k + 1] ?? ''))) continue
      updated.push({ first: k, last: k, type: 'PERSON', source: 'rule' })
    }
    s.candidates = updated.sort((a, b) => a.first - b.first || a.last - b.last)
  }
}
