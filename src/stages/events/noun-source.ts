// Noun-event sources: who does "Arvenia's visit", "its talks with", "sanctions … announced by", "imposed sanctions on".
import type { PatternSet } from '../../dictionaries/patterns/index.js'
import { PRONOUNS } from './candidates.js'
import { clauseOf, findAgent, isPassiveGroup, type ChunkedSentence, type NounGroup, type Roles } from './roles.js'
import type { ActorRef } from './words.js'

/** Possessive pronouns whose owner is named earlier in the sentence. */
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their'])


/**
 * Finds who does a noun event: a possessor or modifier before the head ("Arvenia's visit", "Arvenian troops' attack"),
 * the owner of an "X's support of sanctions" chain, or the subject of a light verb whose object it is ("imposed sanctions").
 */
export function findNounSource(
  s: ChunkedSentence,
  np: number,
  head: number,
  k: number,
  rolesAt: (c: number) => Roles | undefined,
  patterns: PatternSet,
  speakerOf: (k: number) => NounGroup | undefined,
): { actors: ActorRef[]; factor: number; how: string } {
  const chunk = s.chunks[np]
  const before = (chunk?.actors ?? []).filter((a) => a.end <= (s.words[head]?.start ?? 0))
  const last = before[before.length - 1]
  if (last !== undefined) return { actors: [last], factor: 1, how: 'possessor' }
  if (s.words[s.chunks[np - 1]?.from ?? -1]?.lower === 'of') {
    const owner = s.chunks[np - 2]
    const actor = owner?.kind === 'NP' ? (owner.actor ?? owner.actors[owner.actors.length - 1]) : undefined
    if (actor !== undefined) return { actors: [actor], factor: 0.9, how: 'owner of the phrase' }
  }
  const first = s.words[chunk?.from ?? -1]
  if (first !== undefined && POSSESSIVE_PRONOUNS.has(first.lower)) {
    // "his negotiations with …": the nearest actor before it; a person for "his"/"her", anyone for "its"/"their".
    const wantsPerson = first.lower === 'his' || first.lower === 'her'
    for (let w = (chunk?.from ?? 0) - 1; w >= 0; w--) {
      const actor = s.words[w]?.actor
      if (actor !== undefined && (!wantsPerson || actor.code.length > 3)) return { actors: [actor], factor: 0.8, how: `antecedent of "${first.lower}"` }
    }
  }
  // "Sanctions against Corvia were announced by Dalonia": the agent of a passive light verb after the phrase.
  const next = s.chunks[np + 1]?.kind === 'VG' ? np + 1 : s.chunks[np + 3]?.kind === 'VG' && s.chunks[np + 1]?.kind === 'P' ? np + 3 : -1
  const after = s.chunks[next]
  if (after !== undefined && clauseOf(s, next) === k && isPassiveGroup(s, after)) {
    const lemma = s.words[after.verbs[after.verbs.length - 1] ?? after.to]?.lemma ?? ''
    const agent = findAgent(s, next)
    if (patterns.cues.light.has(lemma) && agent !== undefined && agent.actors.length > 0) return { actors: [...agent.actors], factor: 0.9, how: `agent of "${lemma}"` }
  }
  const verb = s.chunks[np - 1]
  const role = verb?.kind === 'VG' ? rolesAt(np - 1) : undefined
  if (verb?.kind === 'VG' && role !== undefined && clauseOf(s, np - 1) === k) {
    const lemma = s.words[verb.verbs[verb.verbs.length - 1] ?? verb.to]?.lemma ?? ''
    if (patterns.cues.light.has(lemma) && role.subject !== undefined) {
      const first = s.words[s.chunks[role.subject.from]?.from ?? -1]
      // "NATO said it would tighten the blockade of Belmora": a pronoun subject of a report is the speaker.
      const speaker = role.subject.actors.length === 0 && first !== undefined && PRONOUNS.has(first.lower) ? speakerOf(k) : undefined
      const actors = speaker?.actors ?? role.subject.actors
      return { actors: [...actors], factor: 0.95, how: `subject of "${lemma}"` }
    }
  }
  return { actors: [], factor: 0, how: 'none' }
}
