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

/** Collects the people of a document from its PERSON candidates of two or more words. */
function collectPeople(sentences: readonly SentenceCandidates[]): People {
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
    }
  }
  return { names, parts }
}

/**
 * Retypes model candidates whose text is a person named elsewhere in the document, or the first or last word
 * of one ("Panov" after "Alexander Panov", "Park" after "Park Jin"), and adds surnames the tagger left out,
 * when they are capitalised and untagged. Dictionary candidates keep their type: the dictionary knows better.
 */
export function applyDocumentConsistency(sentences: readonly SentenceCandidates[], isIgnored: (lower: string) => boolean): void {
  const { names: people, parts } = collectPeople(sentences)
  if (people.size === 0) return
  for (const s of sentences) {
    const updated: Candidate[] = []
    for (const c of s.candidates) {
      const text = s.words.slice(c.first, c.last + 1).join(' ').toLowerCase()
      const isPerson = c.source === 'model' && c.type !== 'PERSON' && parts.has(text)
      updated.push(isPerson ? { ...c, type: 'PERSON' } : c)
    }
    const taken = new Uint8Array(s.words.length)
    for (const c of updated) for (let k = c.first; k <= c.last; k++) taken[k] = 1
    s.words.forEach((word, k) => {
      if (taken[k] === 1 || word.length < 3) return
      const first = word.charAt(0)
      const lower = word.toLowerCase()
      if (first === first.toLowerCase() || !people.has(lower) || isIgnored(lower)) return
      updated.push({ first: k, last: k, type: 'PERSON', source: 'rule' })
    })
    s.candidates = updated.sort((a, b) => a.first - b.first || a.last - b.last)
  }
}
