// A tagger ORG or place that stands where a person speaks ("according to Lida Marosh", "Lida Marosh said") is a person.
import type { EntityType } from '../../core/index.js'
import type { Candidate } from './candidates.js'
import type { RuleLexicon } from './rules.js'

/** Types the tagger gives unknown people in speaker position ("according to Lida Marosh" as GPE). */
const SPEAKER_MISTYPES: ReadonlySet<EntityType> = new Set(['ORG', 'GPE', 'LOC'])

/** A person's initials written with full stops ("A.W.", "J."). */
const DOTTED_INITIALS = /^(?:\p{Lu}\.){1,3}$/u

/** Verbs after which the name before is a speaker. */
const SPEECH_VERBS = new Set(['said', 'says', 'told', 'added', 'stated'])

/**
 * Retypes a model ORG, GPE or LOC of two or three capitalised words as PERSON when it follows "according to" or precedes a
 * speech verb, holds no organisation, place or event head word and no known name ("Hamas", "Islamic Jihad"
 * stay organisations only when known; a head word like "Party" keeps them ORG).
 * A name of common words only ("Federal Reserve said") stays an organisation.
 * @param known type of a known name spanning exactly `[first, last]`, if any
 * @param isCommon whether a lowercased word is mostly written in lowercase
 */
export function retypeSpeaker(
  c: Candidate,
  words: readonly string[],
  lex: RuleLexicon,
  known: (first: number, last: number) => EntityType | undefined,
  isCommon: (lower: string) => boolean = () => false,
): Candidate {
  if (!SPEAKER_MISTYPES.has(c.type) || c.source !== 'model' || c.last === c.first || c.last - c.first > 2) return c
  const before = `${words[c.first - 2] ?? ''} ${words[c.first - 1] ?? ''}`.toLowerCase()
  // Places speak by metonymy ("South Kessa said"), so for them only "according to" counts.
  const isSpeaker = before === 'according to' || (c.type === 'ORG' && SPEECH_VERBS.has(words[c.last + 1] ?? ''))
  if (!isSpeaker) return c
  for (let k = c.first; k <= c.last; k++) {
    const w = words[k] ?? ''
    const lower = w.toLowerCase()
    // Title case only: an acronym or all-capitals word is an organisation's mark; a person's initials before the
    // surname are not ("A.W. Clausen said"), unless they are a known name ("U.S.").
    if (k < c.last && DOTTED_INITIALS.test(w) && known(k, k) === undefined) continue
    if (w.length < 2 || w === w.toUpperCase() || w.charAt(0) !== w.charAt(0).toUpperCase()) return c
    if (lex.orgHeads.has(lower) || lex.locHeads.has(lower) || lex.miscHeads.has(lower) || known(k, k) !== undefined) return c
    // A title inside ("State Colin Powell") means the title rules already cut the person out of this span.
    if (lex.titles.has(lower) || lex.titleCore.has(lower)) return c
  }
  let allCommon = true
  for (let k = c.first; k <= c.last && allCommon; k++) allCommon = isCommon((words[k] ?? '').toLowerCase())
  return allCommon ? c : { ...c, type: 'PERSON' }
}
