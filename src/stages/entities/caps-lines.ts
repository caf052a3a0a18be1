// Lines in capitals or a title-case headline read like the body: a name the body calls an organisation is one there too.
import type { EntityType } from '../../core/index.js'
import type { Candidate } from './candidates.js'
import type { SentenceCandidates } from './consistency.js'
import { isCapsLine } from './org-short-forms.js'
import { isTitleCaseLine } from './title-case-lines.js'

/** Returns a candidate's words, lowercased and joined by spaces. */
function keyOf(words: readonly string[], c: Candidate): string {
  return words.slice(c.first, c.last + 1).join(' ').toLowerCase()
}

/**
 * Retypes as ORG each candidate of a line in capitals, or of a title-case opening line (not from the dictionary),
 * whose text the body of the document names mostly as an organisation ("KORVANE RISES" after "Korvane said"):
 * there the tagger has no case to go by. Only towards ORG: the tagger's commonest body error is a company typed as
 * a person, which the headline's reading should not follow.
 * @param sentences each sentence's words and candidates; candidates of the headline lines are replaced in place
 * @param isCommon whether a lowercased word is mostly written in lowercase (to tell title case)
 */
export function applyCapsLineTypes(sentences: readonly SentenceCandidates[], isCommon: (lower: string) => boolean): void {
  const headlines = new Set<SentenceCandidates>()
  sentences.forEach((s, i) => {
    if (s.candidates.length > 0 && (isCapsLine(s.words) || (i === 0 && isTitleCaseLine(s.words, isCommon)))) headlines.add(s)
  })
  if (headlines.size === 0) return
  // The headline names to look for, and their first words: most body names are passed over without building a key.
  const wanted = new Map<string, Map<EntityType, number>>()
  const firstWords = new Set<string>()
  for (const s of headlines) {
    for (const c of s.candidates) {
      if (c.source === 'dictionary') continue
      wanted.set(keyOf(s.words, c), new Map())
      firstWords.add((s.words[c.first] ?? '').toLowerCase())
    }
  }
  if (wanted.size === 0) return
  for (const s of sentences) {
    if (headlines.has(s)) continue
    for (const c of s.candidates) {
      if (!firstWords.has((s.words[c.first] ?? '').toLowerCase())) continue
      const counts = wanted.get(keyOf(s.words, c))
      if (counts !== undefined) counts.set(c.type, (counts.get(c.type) ?? 0) + 1)
    }
  }
  for (const s of headlines) {
    let updated: Candidate[] | undefined
    s.candidates.forEach((c, i) => {
      if (c.source === 'dictionary' || c.type === 'ORG') return
      const counts = wanted.get(keyOf(s.words, c))
      if (counts === undefined) return
      let best: EntityType | undefined
      let most = 0
      for (const [type, n] of counts) if (n > most) [best, most] = [type, n]
      if (best !== 'ORG') return
      updated ??= [...s.candidates]
      updated[i] = { ...c, type: 'ORG' }
    })
    if (updated !== undefined) s.candidates = updated
  }
}
