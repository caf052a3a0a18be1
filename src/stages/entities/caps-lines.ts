// Lines in capitals or title case (headlines) read like the body: a name the body calls an organisation is one in the headline too.
import type { EntityType } from '../../core/index.js'
import type { Candidate } from './candidates.js'
import type { SentenceCandidates } from './consistency.js'
import { isCapsLine } from './org-short-forms.js'
import { isTitleCaseLine } from './title-case-lines.js'

/**
 * Retypes as ORG each candidate of a line in capitals or title case (not from the dictionary) whose text the body of
 * the document names mostly as an organisation ("KORVANE RISES" after "Korvane said"): there the tagger has no case
 * to go by (`isCommon`: whether a lowercased word is mostly written in lowercase, to tell title case). Only towards ORG: the tagger's commonest body error is a company typed as a person, which the headline's
 * reading should not follow.
 * @param sentences each sentence's words and candidates; candidates of capitals lines are replaced in place
 */
export function applyCapsLineTypes(sentences: readonly SentenceCandidates[], isCommon: (lower: string) => boolean): void {
  const capsLines: SentenceCandidates[] = []
  for (const s of sentences) if (s.candidates.length > 0 && (isCapsLine(s.words) || isTitleCaseLine(s.words, isCommon))) capsLines.push(s)
  if (capsLines.length === 0) return
  const bodyTypes = new Map<string, Map<EntityType, number>>()
  for (const s of sentences) {
    if (capsLines.includes(s)) continue
    for (const c of s.candidates) {
      const key = s.words.slice(c.first, c.last + 1).join(' ').toLowerCase()
      const counts = bodyTypes.get(key) ?? new Map<EntityType, number>()
      counts.set(c.type, (counts.get(c.type) ?? 0) + 1)
      bodyTypes.set(key, counts)
    }
  }
  for (const s of capsLines) {
    let updated: Candidate[] | undefined
    s.candidates.forEach((c, i) => {
      if (c.source === 'dictionary') return
      const counts = bodyTypes.get(s.words.slice(c.first, c.last + 1).join(' ').toLowerCase())
      if (counts === undefined) return
      let best: EntityType = c.type
      let most = 0
      for (const [type, n] of counts) if (n > most) [best, most] = [type, n]
      if (best === c.type || best !== 'ORG') return
      updated ??= [...s.candidates]
      updated[i] = { ...c, type: best }
    })
    if (updated !== undefined) s.candidates = updated
  }
}
