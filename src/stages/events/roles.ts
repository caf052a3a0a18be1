// Roles: the subject of a verb group (left, across relative clauses and coordinated predicates), passive agents, and noun-phrase groups.
import type { Chunk } from './chunks.js'
import type { Clause } from './clauses.js'
import { isPronounActor, type ActorRef, type Word } from './words.js'

/** A noun-phrase group: one NP, or several joined by commas and "and"/"or", with the actors they stand for. */
export interface NounGroup {
  /** Chunk positions of the first and last NP. */
  readonly from: number
  readonly to: number
  readonly actors: readonly ActorRef[]
}

/** The roles found around one verb group. */
export interface Roles {
  readonly subject: NounGroup | undefined
  /** True when the subject came from another clause (relative antecedent, coordinated predicate). */
  readonly isSubjectInherited: boolean
  readonly isPassive: boolean
  /** The "by X" agent of a passive verb group. */
  readonly agent: NounGroup | undefined
}

/** The sentence as the role finder sees it. */
export interface ChunkedSentence {
  readonly words: readonly Word[]
  readonly chunks: readonly Chunk[]
  readonly clauses: readonly Clause[]
}

function isWord(s: ChunkedSentence, chunk: Chunk | undefined, ...values: string[]): boolean {
  return chunk !== undefined && values.includes(s.words[chunk.from]?.lower ?? '')
}

/** Possessive determiners: "his plan to withdraw" names the doer of the plan ("its", "their"): English grammar. */
const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your'])

/** Subordinators the tagger may read as prepositions; before a noun phrase and its verb they open a clause. */
const CLAUSE_PREPOSITIONS: ReadonlySet<string> = new Set(['after', 'before', 'as', 'since', 'until', 'once', 'because', 'while'])

/** Punctuation an apposition search may cross. */
const APPOSITION_PUNCTUATION: ReadonlySet<string> = new Set([',', '(', ')', '-'])
/** Relative pronouns that end a leftward subject search. */
const SUBJECT_RELATIVES: ReadonlySet<string> = new Set(['who', 'which', 'that'])

/** Whether chunks [from, to) hold one of the given kind (no slice). */
export function hasChunkOfKind(s: ChunkedSentence, from: number, to: number, kind: Chunk['kind']): boolean {
  for (let c = Math.max(0, from); c < to && c < s.chunks.length; c++) if (s.chunks[c]?.kind === kind) return true
  return false
}

/** The actor an NP stands for, looking through "of" ("the leader of Arvenia") when the NP itself has none. */
function actorOfNp(s: ChunkedSentence, c: number, limit: number, isSlot: boolean): { actor: ActorRef | undefined; to: number } {
  const chunk = s.chunks[c]
  if (chunk === undefined) return { actor: undefined, to: c }
  if (chunk.actor !== undefined) return { actor: chunk.actor, to: c }
  // In a slot, the owner of an event noun is the participant: "dismissed Arvenia's request", "condemned Belmora's attack".
  if (isSlot) {
    // The last actor that is not a pronoun, read backwards in place.
    for (let k = chunk.actors.length - 1; k >= 0; k--) {
      const owner = chunk.actors[k]
      if (owner !== undefined && !isPronounActor(owner)) return { actor: owner, to: c }
    }
  }
  const of = s.chunks[c + 1]
  const next = s.chunks[c + 2]
  if (c + 2 <= limit && isWord(s, of, 'of') && next?.kind === 'NP' && next.actor !== undefined) return { actor: next.actor, to: c + 2 }
  return { actor: undefined, to: c }
}

/**
 * Reads the NP group starting at chunk `c`: "Arvenia, Belmora and Corvia", "the ambassador of Arvenia".
 * In a pattern slot (`isSlot`) the owner of an event noun stands for the phrase.
 * @returns undefined when chunk `c` is not an NP
 */
export function readGroupRight(s: ChunkedSentence, c: number, limit: number, isSlot = false): NounGroup | undefined {
  if (s.chunks[c]?.kind !== 'NP') return undefined
  const actors: ActorRef[] = []
  let at = c
  let end = c
  for (;;) {
    const { actor, to } = actorOfNp(s, at, limit, isSlot)
    if (actor !== undefined && !actors.some((a) => a.start === actor.start)) actors.push(actor)
    end = to
    const joiner = s.chunks[end + 1]
    const next = s.chunks[end + 2]
    // "the United States, the Philippines' longtime ally": a possessed noun after a comma describes the member before.
    if (end + 2 <= limit && isWord(s, joiner, ',', 'and', 'or') && next?.kind === 'NP' && next.actor !== undefined && actor !== undefined && !isDescription(s, end)) {
      at = end + 2
      // "Arvenia, Belmora, and Corvia"
      continue
    }
    const conj = s.chunks[end + 2]
    const after = s.chunks[end + 3]
    if (end + 3 <= limit && isWord(s, joiner, ',') && isWord(s, conj, 'and', 'or') && after?.kind === 'NP' && after.actor !== undefined) {
      at = end + 3
      continue
    }
    // An apposition without an actor of its own ("the UN refugee agency, UNHCR, out of …") belongs to the group.
    if (end + 3 <= limit && actors.length > 0 && isWord(s, joiner, ',') && next?.kind === 'NP' && next.actor === undefined && isWord(s, s.chunks[end + 3], ',')) {
      end += 3
    }
    break
  }
  return { from: c, to: end, actors }
}

/** Reads the NP group ending at chunk `c`, walking left over "X, Y and" and "the leader of". */
function readGroupLeft(s: ChunkedSentence, c: number, floor: number): NounGroup | undefined {
  if (s.chunks[c]?.kind !== 'NP') return undefined
  let from = c
  // "the leader of Arvenia": the group starts at the governing NP.
  if (from - 2 >= floor && isWord(s, s.chunks[from - 1], 'of') && s.chunks[from - 2]?.kind === 'NP') from -= 2
  // A list ends with "and"/"or" before its last member; "The party's leader, Ona Brel," is one actor in apposition,
  // named by the member that is a name rather than a description ("Belmora, a key Arvenian ally,").
  const isList = isWord(s, s.chunks[from - 1], 'and', 'or')
  // "the army chief and his rival, commander Dagalo,": the name after a possessed description joins the list before it.
  if (!isList && from - 4 >= floor && isWord(s, s.chunks[from - 1], ',') && isOwnedDescription(s, from - 2) && isWord(s, s.chunks[from - 3], 'and') && s.chunks[from - 4]?.actor !== undefined && s.chunks[from]?.actor !== undefined) {
    const first = readGroupRight(s, from - 4, from - 4)
    const last = readGroupRight(s, from, c)
    if (first !== undefined && last !== undefined) return { from: from - 4, to: last.to, actors: [...first.actors, ...last.actors] }
  }
  if (!isList && from - 2 >= floor && isWord(s, s.chunks[from - 1], ',') && s.chunks[from - 2]?.kind === 'NP' && s.chunks[from - 2]?.actor !== undefined) {
    const opensWithDeterminer = (c: number): boolean => s.words[s.chunks[c]?.from ?? -1]?.pos === 'DET'
    if (opensWithDeterminer(from) && !opensWithDeterminer(from - 2)) return readGroupRight(s, from - 2, from - 2)
  }
  while (isList && from - 2 >= floor && isWord(s, s.chunks[from - 1], 'and', 'or', ',') && s.chunks[from - 2]?.kind === 'NP' && s.chunks[from - 2]?.actor !== undefined) {
    from -= 2
    if (from - 1 >= floor && isWord(s, s.chunks[from - 1], ',') && s.chunks[from - 2]?.kind === 'NP' && s.chunks[from - 2]?.actor !== undefined) continue
  }
  return readGroupRight(s, from, c)
}

/**
 * Whether the noun phrase two chunks after `end`, behind a comma, describes the member before and ends the group: "the
 * United States, the Philippines' longtime ally" (the tagger may cut a plural possessive off: "the Philippines | ' |
 * longtime ally").
 */
function isDescription(s: ChunkedSentence, end: number): boolean {
  const next = s.chunks[end + 2]
  if (next === undefined || !isWord(s, s.chunks[end + 1], ',')) return false
  if (isPossessedNoun(s, next)) return !isWord(s, s.chunks[end + 3], 'and', 'or', ',')
  const isCutPossessive = isWord(s, s.chunks[end + 3], "'", "'s", '’s') && s.chunks[end + 4]?.kind === 'NP' && s.chunks[end + 4]?.actor === undefined
  return isCutPossessive && !isWord(s, s.chunks[end + 5], 'and', 'or', ',')
}

/** Whether chunk `c` is a noun phrase with no actor opened by a possessive pronoun ("his rival", "their counterparts"). */
function isOwnedDescription(s: ChunkedSentence, c: number): boolean {
  const chunk = s.chunks[c]
  return chunk?.kind === 'NP' && chunk.actor === undefined && POSSESSIVE_PRONOUNS.has(s.words[chunk.from]?.lower ?? '')
}

/** Possessive pronouns that open a description of someone named next ("his rival, X"). */
const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their'])

/** Whether a verb group has no lexical verb ("is", "has been"). */
function isCopula(s: ChunkedSentence, chunk: Chunk): boolean {
  for (let w = chunk.from; w <= chunk.to; w++) if (s.words[w]?.pos === 'VERB') return false
  return true
}

/** The nearest NP with an actor to the left of chunk `c`, crossing only noun phrases, commas and brackets. */
function findAppositionActor(s: ChunkedSentence, c: number, floor: number): NounGroup | undefined {
  for (let k = c - 1; k >= floor && k >= c - 8; k--) {
    const chunk = s.chunks[k]
    if (chunk === undefined) return undefined
    if (chunk.kind === 'NP') {
      if (chunk.actor !== undefined) return readGroupLeft(s, k, floor)
      continue
    }
    const first = s.words[chunk.from]
    const isPunct = chunk.kind === 'O' && APPOSITION_PUNCTUATION.has(first?.lower ?? '')
    // A participle without auxiliary ("using", "including", "armed") modifies the noun before it.
    const isParticiplePhrase = chunk.kind === 'VG' && chunk.verbs.length === 1 && first?.pos === 'VERB' && /(?:ing|ed|en)$/.test(first.lower)
    if (!isPunct && !isParticiplePhrase && chunk.kind !== 'P') return undefined
  }
  return undefined
}

/** Prepositions of motion and time, which never place people in a country or side (unlike "officials in Vell"). */
const NON_MEMBERSHIP_PREPOSITIONS = ['into', 'onto', 'toward', 'towards', 'against', 'over', 'through', 'after', 'before', 'during', 'since', 'until', 'despite']

/**
 * Whether a participle clause ("…, killing 700 people") opens right after a passive or a copula ("after the region
 * was flooded, killing …"): what the participle tells is the result of that happening, and the doer is not the
 * subject of an earlier clause.
 */
function followsStateOrPassive(s: ChunkedSentence, vg: number, from: number): boolean {
  const chunk = s.chunks[vg]
  const word = s.words[chunk?.from ?? -1]
  if (chunk === undefined || vg !== from || chunk.verbs.length !== 1 || word?.pos !== 'VERB' || !word.lower.endsWith('ing')) return false
  for (let c = from - 1; c >= 0; c--) {
    const previous = s.chunks[c]
    if (previous?.kind !== 'VG') continue
    // "…, destroying crops and killing 700 people": coordinated participles share the first one's reading.
    const k = clauseOf(s, c)
    if (s.clauses[k]?.from === c) return followsStateOrPassive(s, c, c)
    return isCopula(s, previous) || isPassiveGroup(s, previous)
  }
  return false
}

/** Prepositions that put a participle's act in time beside the matrix verb's ("before starting", "after meeting"). */
const TIME_PREPOSITIONS = ['before', 'after', 'while', 'since', 'upon', 'on', 'without', 'by', 'when']

/** Whether a verb group opens with the infinitive marker ("to help", "to quickly end"). */
function isInfinitiveGroup(s: ChunkedSentence, vg: number): boolean {
  const chunk = s.chunks[vg]
  return chunk !== undefined && s.words[chunk.from]?.lower === 'to'
}

/** Whether a verb group is a lone -ing participle without auxiliary ("demanding", "killing"). */
function isBareIngGroup(s: ChunkedSentence, vg: number): boolean {
  const chunk = s.chunks[vg]
  const word = s.words[chunk?.from ?? -1]
  if (chunk === undefined || chunk.verbs.length !== 1 || chunk.verbs[0] !== chunk.to) return false
  // "by once again asking": adverbs may open the group.
  for (let w = chunk.from; w < chunk.to; w++) if (s.words[w]?.pos !== 'ADV') return false
  const verb = s.words[chunk.to]
  return word !== undefined && verb?.pos === 'VERB' && verb.lower.endsWith('ing')
}

/** Whether a verb group opens (after adverbs) with an -ing verb, bare ("holding") or with its infinitive ("claiming to hold"). */
function opensWithIngVerb(s: ChunkedSentence, vg: number): boolean {
  const chunk = s.chunks[vg]
  if (chunk === undefined || chunk.kind !== 'VG') return false
  for (let w = chunk.from; w <= chunk.to; w++) {
    const word = s.words[w]
    if (word?.pos === 'ADV') continue
    return word?.pos === 'VERB' && word.lower.endsWith('ing') && (w === chunk.to || s.words[w + 1]?.lower === 'to')
  }
  return false
}

/** Finds the clause holding chunk `c`. */
export function clauseOf(s: ChunkedSentence, c: number): number {
  return s.clauses.findIndex((clause) => clause.from <= c && c <= clause.to)
}

/** The subject of the first verb group of a clause, if it has one, for inheritance. */
function subjectOfClause(s: ChunkedSentence, k: number, depth: number): { group: NounGroup | undefined; found: boolean } {
  const clause = s.clauses[k]
  if (clause === undefined) return { group: undefined, found: false }
  for (let c = clause.from; c <= clause.to; c++) {
    if (s.chunks[c]?.kind === 'VG') return { group: findSubject(s, c, depth + 1).subject, found: true }
  }
  // A clause without a verb ("Former minister Komura, right,"): its last NP with an actor that is not the object
  // of a preposition is the subject of what follows; else its first NP.
  let first: number | undefined
  for (let c = clause.to; c >= clause.from; c--) {
    if (s.chunks[c]?.kind !== 'NP') continue
    const before = s.chunks[c - 1]
    if (c > clause.from && before?.kind === 'P' && !isWord(s, before, 'of')) continue
    first = c
    if (s.chunks[c]?.actor !== undefined) return { group: readGroupLeft(s, c, clause.from), found: true }
  }
  if (first !== undefined) return { group: readGroupLeft(s, first, clause.from), found: true }
  return { group: undefined, found: false }
}

/** Finite auxiliaries and modals: English grammar. */
const FINITE_AUXILIARIES: readonly string[] = ['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should', 'do', 'does', 'did']

/** Whether clause `k` ends in a coordinating "and"/"or". */
function endsInConjunction(s: ChunkedSentence, k: number): boolean {
  const clause = s.clauses[k]
  return clause !== undefined && isWord(s, s.chunks[clause.to], 'and', 'or')
}

/**
 * The relative clause whose list of predicates clause `k` continues, if any: a relative clause ending in "and"/"or"
 * ("that killed 20 people and | wounded 600"), or a restrictive one (no comma before its pronoun) ending in a comma
 * and followed by coordinated predicates that close with "and"/"or" ("that has killed 20, | wounded 600 and | shut
 * down the ports"). A relative set off by commas ("Varga, who arrived Monday, met Brandt and …") is left alone.
 */
function relativeContinuedBy(s: ChunkedSentence, k: number): number | undefined {
  // "a major who led the uprising and | are preparing to storm …": an auxiliary of its own may agree with another
  // subject (here the main clause's), so only a bare predicate continues the relative.
  if (isWord(s, s.chunks[s.clauses[k]?.from ?? -1], ...FINITE_AUXILIARIES)) return undefined
  let isList = endsInConjunction(s, k)
  for (let p = k - 1; p >= 0; p--) {
    const previous = s.clauses[p]
    if (previous === undefined) return undefined
    if (previous.kind === 'relative') {
      if (!hasChunkOfKind(s, previous.from, previous.to + 1, 'VG')) return undefined
      if (endsInConjunction(s, p)) return p === k - 1 ? p : undefined
      const isRestrictive = !isWord(s, s.chunks[previous.from - 1], ',')
      return isList && isRestrictive && isWord(s, s.chunks[previous.to], ',') ? p : undefined
    }
    // Only bare predicates ("wounded 600 and") continue a list; a clause with its own subject ends it.
    if (previous.kind !== 'coordinate' || s.chunks[previous.from]?.kind !== 'VG') return undefined
    isList ||= endsInConjunction(s, p)
  }
  return undefined
}

/**
 * Finds the subject of the verb group at chunk `vg`: the nearest NP group to its left in the clause,
 * else the antecedent of a relative clause, else the subject of the previous clause (coordinated predicates,
 * participial clauses), skipping relative clauses in between.
 */
export function findSubject(s: ChunkedSentence, vg: number, depth = 0): { subject: NounGroup | undefined; isInherited: boolean } {
  const k = clauseOf(s, vg)
  const clause = s.clauses[k]
  if (clause === undefined || depth > 4) return { subject: undefined, isInherited: false }
  let fallback: number | undefined
  // "Varga hopes to visit Belmora before starting talks": the participle after a time word is the matrix subject's act.
  // "… while criticizing Corvia": the same for a subordinator the tagger left outside the prepositions.
  const opener = s.chunks[vg - 1]
  if (isBareIngGroup(s, vg) && isWord(s, opener, ...TIME_PREPOSITIONS) && (opener?.kind === 'P' || opener?.kind === 'O')) {
    for (let c = vg - 2; c >= 0; c--) if (s.chunks[c]?.kind === 'VG') return { subject: findSubject(s, c, depth + 1).subject, isInherited: true }
    return { subject: undefined, isInherited: false }
  }
  for (let c = vg - 1; c >= clause.from; c--) {
    const chunk = s.chunks[c]
    // A copula ("is ready to", "was quick to") does not end the search for the subject.
    if (chunk?.kind === 'VG' && !isCopula(s, chunk)) {
      const word = s.words[chunk.from]
      const isParticiple = chunk.verbs.length === 1 && word?.pos === 'VERB' && /(?:ing|ed|en)$/.test(word.lower)
      // "Arvenian aircraft including helicopters killed …": look across a participle to an actor.
      if (isParticiple && fallback === undefined) {
        const named = findAppositionActor(s, c + 1, clause.from)
        if (named !== undefined) return { subject: named, isInherited: false }
      }
      // "Varga has written to Brandt demanding an answer" (the writer demands) but "aid diverted to rebels fighting
      // the government" (the rebels fight): a participle after the object of a preposition has no sure subject.
      if (fallback !== undefined && isBareIngGroup(s, vg)) return { subject: undefined, isInherited: false }
      break
    }
    if (chunk?.kind === 'NP') {
      const word = s.words[chunk.from]
      // A relative pronoun heads its own clause; "that"/"which" tagged as NP still means: use the antecedent.
      if (word !== undefined && word.pos === 'PRON' && SUBJECT_RELATIVES.has(word.lower)) break
      // "a man who they say murdered …", "a man who police believe killed …": the verb after a report inside a
      // relative clause is the antecedent's.
      if (c + 1 === vg && isReportAfterRelative(s, c, vg)) break
      const before = s.chunks[c - 1]
      // "… after the country's worst earthquake in years killed 24": a subordinator the tagger read as a preposition
      // opens a clause whose subject this phrase is.
      if (before?.kind === 'P' && CLAUSE_PREPOSITIONS.has(s.words[before.from]?.lower ?? '') && c - 1 > clause.from) return { subject: readGroupLeft(s, c, c), isInherited: false }
      // The object of a preposition ("on Tuesday", "in Vell") is rarely the subject: look further left first.
      if (before?.kind === 'P' && !isWord(s, before, 'of') && c - 1 > clause.from) {
        fallback ??= c
        continue
      }
      // "Corvian rebels holding three Belmoran workers hostage demanded …": the object of a participle phrase after
      // the subject is not the subject; the head of that phrase is.
      const isGlued = s.words[(s.chunks[vg]?.from ?? 0) - 1]?.lower === '-'
      // So for a participle with its infinitive: "Militants claiming to hold three Belmoran workers met …".
      if (!isGlued && opensWithIngVerb(s, c - 1) && s.chunks[c - 2]?.kind === 'NP' && c - 2 >= clause.from) return { subject: readGroupLeft(s, c - 2, clause.from), isInherited: false }
      const group = readGroupLeft(s, c, clause.from)
      // "urged the international community to help": the object of the verb before an infinitive does it, even when
      // it names no actor; the one urging does not.
      if (group !== undefined && group.actors.length === 0 && isInfinitiveGroup(s, vg) && s.chunks[group.from - 1]?.kind === 'VG') return { subject: group, isInherited: false }
      if (group !== undefined && group.actors.length === 0) {
        // "The APEC (APEC) forum", "Qatar's emir, Sheikh Hamad, launched", "Arvenian aircraft using missiles
        // killed": an actor across an apposition or a participle phrase.
        const named = findAppositionActor(s, group.from, clause.from)
        if (named !== undefined) return { subject: named, isInherited: false }
        // "Demonstrators in Vell", "a camp for Corvian refugees": the actor of the prepositional phrase.
        // "Demonstrators in Vell", "militants loyal to Arvenia" tie people to a place or side; a motion or a time
        // ("crashes into a Belmoran mountain", "after Belmora's elections") does not.
        // Not the object of a verb before a gerund ("to stand trial in Vell for allegedly abusing …"): no sure subject there.
        if (fallback !== undefined && s.chunks[group.from - 1]?.kind === 'VG' && isBareIngGroup(s, vg)) return { subject: undefined, isInherited: false }
        const located = fallback === undefined || isWord(s, s.chunks[fallback - 1], ...NON_MEMBERSHIP_PREPOSITIONS) ? undefined : readGroupLeft(s, fallback, clause.from)
        if (located !== undefined && located.actors.length > 0) return { subject: located, isInherited: false }
      }
      return { subject: group, isInherited: false }
    }
  }
  if (fallback !== undefined) return { subject: readGroupLeft(s, fallback, clause.from), isInherited: false }
  if (clause.kind === 'relative' && clause.antecedent !== undefined) {
    const ante = clauseOf(s, clause.antecedent)
    return { subject: readGroupLeft(s, clause.antecedent, s.clauses[ante]?.from ?? 0), isInherited: true }
  }
  if (clause.kind === 'reported' || clause.kind === 'conditional' || clause.kind === 'subordinate') return { subject: undefined, isInherited: false }
  // "the violence that has killed 20 people, wounded 600 and shut down the ports": predicates listed after a
  // restrictive relative clause are its own; their subject is its antecedent, not the main clause's subject.
  const relative = clause.kind === 'coordinate' ? relativeContinuedBy(s, k) : undefined
  if (relative !== undefined) return { subject: subjectOfClause(s, relative, depth).group, isInherited: true }
  if (followsStateOrPassive(s, vg, clause.from)) return { subject: undefined, isInherited: false }
  // "as distraught mourners besieged a base, demanding …": a participle adjunct after a comma belongs to the verb right
  // before it when that verb opens its own clause, even when its subject names no actor.
  const adjunctSubject = isBareIngGroup(s, vg) && isWord(s, s.chunks[vg - 1], ',') ? subjectOfOpeningVerb(s, vg, depth) : undefined
  if (adjunctSubject !== undefined) return { subject: adjunctSubject, isInherited: true }
  // The nearest earlier clause with a subject; one without an actor ("a body linked to …") yields to an earlier one that has one.
  let first: NounGroup | undefined
  let seen = 0
  for (let p = k - 1; p >= 0 && seen < 3; p--) {
    const previous = s.clauses[p]
    if (previous === undefined) continue
    // A relative clause is skipped, unless it has no verb (then "that" was a complementizer: "the fact that Arvenia, …, joined").
    if (previous.kind === 'relative' && hasChunkOfKind(s, previous.from, previous.to + 1, 'VG')) continue
    const { group, found } = subjectOfClause(s, p, depth)
    if (!found) continue
    if (group !== undefined && group.actors.length > 0) return { subject: group, isInherited: true }
    first ??= group
    seen++
  }
  return first === undefined ? { subject: undefined, isInherited: false } : { subject: first, isInherited: true }
}

/** Verbs of saying and believing that sit inside a relative clause before its own verb ("who they say murdered"): English usage, a closed list. */
const RELATIVE_REPORTS: ReadonlySet<string> = new Set(['say', 'believe', 'allege', 'claim', 'think', 'suspect', 'fear', 'suggest'])

/** Whether noun phrase c opens a relative clause ("who | they") and its verb group vg opens with a report and goes on to another verb ("say murdered"). */
function isReportAfterRelative(s: ChunkedSentence, c: number, vg: number): boolean {
  const group = s.chunks[vg]
  const opener = s.chunks[c - 1]
  if (group === undefined || group.verbs.length < 2 || opener === undefined) return false
  const relative = s.words[opener.to]
  if (relative === undefined || (relative.lower !== 'who' && relative.lower !== 'that')) return false
  return RELATIVE_REPORTS.has(s.words[group.verbs[0] ?? -1]?.lemma ?? '')
}

/**
 * The subject of the nearest verb group before chunk `vg` when that group is the first of a main or subordinate clause
 * (not a relative clause, not a second verb of its clause: "the way the government operates", "troops backed by …
 * stormed").
 */
function subjectOfOpeningVerb(s: ChunkedSentence, vg: number, depth: number): NounGroup | undefined {
  for (let c = vg - 2; c >= 0 && c >= vg - 10; c--) {
    if (s.chunks[c]?.kind !== 'VG') continue
    const k = clauseOf(s, c)
    const clause = s.clauses[k]
    if (clause === undefined || clause.kind === 'relative' || clause.kind === 'reported') return undefined
    // "… as mourners besieged …": a subordinator the splitter left in the clause opens one all the same.
    const isOpened = s.chunks[c - 1]?.kind === 'NP' && isWord(s, s.chunks[c - 2], ...CLAUSE_PREPOSITIONS, 'when')
    if (hasChunkOfKind(s, clause.from, c, 'VG') && !isOpened) return undefined
    return findSubject(s, c, depth + 1).subject
  }
  return undefined
}

/** Irregular past participles that do not end in -ed/-en (English morphology, a closed list). */
const IRREGULAR_PARTICIPLES = new Set([
  'shot', 'hit', 'held', 'met', 'sent', 'struck', 'caught', 'fought', 'sought', 'brought', 'left', 'kept', 'found',
  'led', 'told', 'bought', 'put', 'cut', 'set', 'won', 'hurt', 'beat', 'seen', 'given', 'taken', 'shown', 'thrown',
  'bound', 'built', 'spent', 'lost', 'paid', 'laid', 'sold', 'said', 'heard', 'made', 'done', 'known', 'drawn', 'slain',
])

/** Forms that can only be past participles, never a finite verb ("given", not "gave"). */
const PARTICIPLE_ONLY = new Set([
  'given', 'taken', 'shown', 'seen', 'known', 'done', 'written', 'driven', 'beaten', 'broken', 'chosen', 'spoken',
  'stolen', 'thrown', 'drawn', 'grown', 'flown', 'forgotten', 'hidden', 'risen', 'shaken', 'sworn', 'torn', 'worn', 'gone', 'been',
])

/**
 * Whether a verb group is a bare participle without an auxiliary ("…, given its ties with X"): an adjunct,
 * not a finite verb, so it carries no active event.
 */
export function isBareParticiple(s: ChunkedSentence, vg: Chunk): boolean {
  if (vg.verbs.length !== 1) return false
  for (let w = vg.from; w <= vg.to; w++) if (s.words[w]?.pos === 'AUX') return false
  return PARTICIPLE_ONLY.has(s.words[vg.verbs[0] ?? -1]?.lower ?? '')
}

/**
 * Whether a one-verb group is a participle used as an adjective before its noun: "the occupied zone", "a besieged
 * town", "its banned party". Such a word describes the noun; it reports no event.
 */
export function isAttributiveParticiple(s: ChunkedSentence, vg: Chunk): boolean {
  if (vg.verbs.length !== 1 || vg.verbs[0] !== vg.to) return false
  // "the hardest hit area": the group may open with adverbs before its one verb.
  for (let w = vg.from; w < vg.to; w++) if (s.words[w]?.pos !== 'ADV') return false
  const verb = s.words[vg.to]
  const before = s.words[vg.to - 1]
  const after = s.words[vg.to + 1]
  // "Freed Belmoran Hostages Say …", "Asia ; Freed UN Hostages Say …": a past participle opening a headline (or a
  // segment after a semicolon or colon) before a noun phrase and its verb describes that noun.
  if (verb !== undefined && after !== undefined && isParticiple(verb.lower) && !verb.lower.endsWith('ing') && (before === undefined || before.lower === ';' || before.lower === ':')) {
    const at = s.chunks.indexOf(vg)
    return s.chunks[at + 1]?.kind === 'NP' && s.chunks[at + 2]?.kind === 'VG'
  }
  if (verb === undefined || before === undefined || after === undefined || (!isParticiple(verb.lower) && !verb.lower.endsWith('ing'))) return false
  // "the occupied zone", "Saddam's jailed aides": after a determiner or a possessive.
  const isDeterminer = before.pos === 'DET' || before.pos === 'PRON' || before.lower === "'s" || before.lower === '’s'
  if (isDeterminer && (after.pos === 'NOUN' || after.pos === 'PROPN' || after.pos === 'ADJ')) return true
  // "the hardest hit area", "a recently signed deal": a participle after a determiner and a modifier describes the noun.
  const beforeThat = s.words[vg.to - 2]
  if ((before.pos === 'ADV' || before.pos === 'ADJ') && beforeThat?.pos === 'DET' && after.pos === 'NOUN') return true
  // "gored by fighting bulls (yesterday)", "amid renewed reports": a participle between a preposition and a plain
  // noun describes the noun.
  const next = s.words[vg.to + 2]
  if (before.pos !== 'ADP' && before.pos !== 'SCONJ') return false
  // "as jailed Corvian leader Oren Kask": an adjective or a name and then the noun may follow.
  // (Not an -ing form: "charged with abusing Belmoran prisoners" takes an object.)
  if (!verb.lower.endsWith('ing') && (after.pos === 'ADJ' || after.pos === 'PROPN') && next?.pos === 'NOUN') return true
  // "as jailed intifada leader Oren Kask pulled out": before a whole noun phrase and its own verb group.
  if (!verb.lower.endsWith('ing') && isPhraseWithVerb(s, s.chunks.indexOf(vg) + 1)) return true
  return after.pos === 'NOUN' && (next?.pos !== 'NOUN' || next.isDate)
}

/** Whether chunk c is a noun phrase followed right away by a verb group with a finite verb ("leader Oren Kask | pulled"). */
function isPhraseWithVerb(s: ChunkedSentence, c: number): boolean {
  const phrase = s.chunks[c]
  const group = s.chunks[c + 1]
  if (phrase?.kind !== 'NP' || group?.kind !== 'VG') return false
  const first = s.words[group.from]
  return first !== undefined && first.lower !== 'to' && !first.lower.endsWith('ing')
}

/** Participles that after "be" name a stance, not something done to the subject ("is opposed to", "was engaged in"): English usage, a closed list. */
const STATIVE_PARTICIPLES = new Set(['opposed', 'committed', 'engaged', 'involved', 'determined', 'prepared', 'dedicated', 'allied', 'united', 'resolved'])

/** Whether a verb group ends in a stative participle ("is opposed to X"): the subject holds the stance. */
export function isStativeGroup(s: ChunkedSentence, vg: Chunk): boolean {
  return STATIVE_PARTICIPLES.has(s.words[vg.verbs[vg.verbs.length - 1] ?? vg.to]?.lower ?? '')
}

/** Prepositions a passive participle of a transitive verb takes when its object moved to subject ("accused of", "charged with", "arrested for"): English grammar, a closed list. */
const PASSIVE_PREPOSITIONS = new Set(['of', 'with', 'for', 'over', 'after', 'in', 'on'])

/**
 * Whether a one-verb group without an auxiliary is a reduced passive: a participle right after its noun phrase
 * and followed by one of `PASSIVE_PREPOSITIONS` ("three Arvenians accused of spying", "soldiers charged with abuse"),
 * or ending a headline (`isHeadlinePassive`).
 * The caller checks that the verb takes an object, since intransitive verbs read the same ("rebels retreated after").
 */
export function isReducedPassive(s: ChunkedSentence, c: number): boolean {
  const vg = s.chunks[c]
  if (vg === undefined) return false
  if (isHeadlinePassive(s, c)) return true
  if (vg.verbs.length !== 1) return false
  // Adverbs may sit in the group ("already detained in"), nothing else.
  for (let w = vg.from; w <= vg.to; w++) if (w !== vg.verbs[0] && s.words[w]?.pos !== 'ADV') return false
  const verb = s.words[vg.verbs[0] ?? -1]
  // "five Arvenians killed Saturday in …", "reporters held hostage with …": a date or the state the participle
  // leaves its object in may sit between the participle and its preposition.
  let next = vg.to + 1
  while ((s.words[next]?.isDate === true || CAPTIVE_WORDS.has(s.words[next]?.lower ?? '') || (s.words[next]?.pos === 'ADV' && s.words[next + 1]?.isDate === true)) && next < vg.to + 6) next++
  const after = s.words[next]
  if (verb === undefined || after === undefined || vg.verbs[0] !== vg.to || !isParticiple(verb.lower)) return false
  // Its subject sits right before it ("Arvenians accused of") or before the comma of an apposition ("Varga, already
  // detained in Vell,"); not "Arvenia, which last year accused of …".
  const before = s.chunks[c - 1]
  const isApposition = before?.kind === 'O' && s.words[before.from]?.lower === ',' && s.chunks[c - 2]?.kind === 'NP'
  // "A Bosnian Serb general accused of": a head word the chunker left outside its phrase.
  const isLooseHead = isLooseHeadWord(s, before) && s.chunks[c - 2]?.kind === 'NP'
  // "Arvenian PM sacked, arrested for corruption": a participle coordinated with one right after its noun phrase.
  const first = s.chunks[c - 2]
  const isCoordinated = isWord(s, before, ',', 'and') && first?.kind === 'VG' && isBareParticipleGroup(s, first) && s.chunks[c - 3]?.kind === 'NP'
  if (before?.kind !== 'NP' && !isApposition && !isLooseHead && !isCoordinated) return false
  // "three Corvian drivers reportedly kidnapped.": after a hearsay adverb, a participle that ends its clause lost its
  // object to the noun before it ("Arvenia reportedly attacked Belmora" keeps its object).
  const isHearsay = vg.from < vg.to && HEARSAY_ADVERBS.has(s.words[vg.to - 1]?.lower ?? '')
  const isClauseEnd = after.lower === '.' || after.lower === ',' || after.lower === ';' || after.pos === 'CCONJ'
  if (isHearsay && isClauseEnd) return true
  // "a hunt for three Belmoran workers kidnapped last month.": after the object of a preposition, a participle that
  // ends its clause lost its object to that phrase.
  if (isClauseEnd && before?.kind === 'NP' && s.chunks[c - 2]?.kind === 'P') return true
  // "Ilse Brandt, kidnapped a week ago today, …": a participle in apposition that ends there lost its object to the name.
  if (isApposition && after.lower === ',' && next > vg.to + 1) return true
  // "Cartel Boss Sent to Belmora", "Rebel Leader Sentenced to Death": in a headline (no full stop) "to" follows passives too.
  const isHeadline = s.words[s.words.length - 1]?.lower !== '.'
  if (isHeadline && after.lower === 'to' && before?.kind === 'NP' && s.words[next + 1]?.pos !== 'VERB') return true
  // "A Belmoran mother sentenced to death by stoning was acquitted …": a participle before "to" and a noun, whose
  // clause goes on to a verb group opening with an auxiliary, is a reduced relative on the noun before it.
  if (after.lower === 'to' && before?.kind === 'NP' && s.words[next + 1]?.pos !== 'VERB' && reachesAuxiliaryGroup(s, c)) return true
  // "Guard HQ attacked near Vell", "Financier Jailed Six Months": a headline tells acts in the present ("Arvenia Attacks
  // Belmora"), so a participle after its noun phrase and before a place or a span of time is passive.
  if (isHeadline && before?.kind === 'NP' && vg.from === vg.to && (after.pos === 'NUM' || (after.pos === 'ADP' && after.lower !== 'by' && after.lower !== 'to'))) return true
  return (after.pos === 'ADP' || after.pos === 'SCONJ') && PASSIVE_PREPOSITIONS.has(after.lower)
}

/** Whether the clause of verb group c goes on, past prepositional phrases only, to a verb group opening with an auxiliary ("was acquitted"). */
function reachesAuxiliaryGroup(s: ChunkedSentence, c: number): boolean {
  for (let at = c + 1; at <= c + 8; at++) {
    const chunk = s.chunks[at]
    if (chunk === undefined) return false
    if (chunk.kind === 'VG') return s.words[chunk.from]?.pos === 'AUX'
    if (chunk.kind !== 'P' && chunk.kind !== 'NP') return false
  }
  return false
}

/** Words for the state a captor leaves someone in ("held hostage", "taken captive"): English usage, a closed list. */
const CAPTIVE_WORDS: ReadonlySet<string> = new Set(['hostage', 'hostages', 'captive', 'captives', 'prisoner', 'prisoners'])

/** Adverbs of hearsay that sit before a reduced passive ("reportedly kidnapped"): English usage, a closed list. */
const HEARSAY_ADVERBS: ReadonlySet<string> = new Set(['reportedly', 'allegedly', 'apparently', 'presumably', 'possibly', 'probably', 'purportedly', 'supposedly', 'believed'])

/** Whether a chunk is one noun or adjective the chunker left outside a phrase ("general", "terrorist"). */
function isLooseHeadWord(s: ChunkedSentence, chunk: Chunk | undefined): boolean {
  const word = s.words[chunk?.from ?? -1]
  return chunk?.kind === 'O' && chunk.from === chunk.to && (word?.pos === 'NOUN' || word?.pos === 'ADJ')
}

/**
 * Whether a verb group is a headline's reduced passive: a participle after a noun that ends a sentence without a
 * full stop, or before a bracketed source tag ("Arvenian rebel leader killed", "Belmoran envoy expelled (AFP)"),
 * having lost its object to the noun phrase. The tagger may read a headline noun before it as a verb ("suspect
 * killed"), so verbs without an auxiliary may precede it in the group.
 */
function isHeadlinePassive(s: ChunkedSentence, c: number): boolean {
  const vg = s.chunks[c]
  if (vg === undefined) return false
  const last = vg.verbs[vg.verbs.length - 1]
  const verb = s.words[last ?? -1]
  if (verb === undefined || last !== vg.to || !isParticiple(verb.lower)) return false
  const next = s.words[vg.to + 1]
  // "Vell Governor Assassinated; Bombing Kills 10": a semicolon joins two headlines (no full stop at the end).
  // "Four Belmoran soldiers killed, Varga pulls out of talks": a comma before a second headline clause joins them too.
  const isHeadlineJoint = (next?.lower === ';' || (next?.lower === ',' && isPhraseWithVerb(s, c + 2))) && s.words[s.words.length - 1]?.lower !== '.'
  if (next !== undefined && next.lower !== '(' && !isHeadlineJoint) return false
  for (let w = vg.from; w < vg.to; w++) {
    const word = s.words[w]
    if (word === undefined || word.pos === 'AUX' || word.isNegation || word.lower === 'to') return false
  }
  const before = s.chunks[c - 1]
  return before?.kind === 'NP' || isLooseHeadWord(s, before)
}

/** Whether a word looks like a past participle ("attacked", "taken", "shot"). */
function isParticiple(lower: string): boolean {
  return /(?:ed|en)$/.test(lower) || IRREGULAR_PARTICIPLES.has(lower)
}

/**
 * Whether a verb group is passive: its last verb is a past participle right after a form of "be"/"get"
 * ("was attacked", "has been shelled") or a bare participle before "by" ("occupied by Arvenia"); not "is scheduled
 * to meet" (passive matrix, active event verb).
 */
export function isPassiveGroup(s: ChunkedSentence, vg: Chunk): boolean {
  const last = vg.verbs[vg.verbs.length - 1] ?? vg.to
  const verb = s.words[last]
  if (verb === undefined || verb.pos !== 'VERB' || !isParticiple(verb.lower)) return false
  // A reduced relative: "the Gaza Strip, occupied by Arvenia in 1948, …".
  const next = s.words[vg.to + 1]
  // Not a measure: "shortened by one hour the nightly curfew", "cut by ten percent".
  const isMeasure = s.words[vg.to + 2]?.pos === 'NUM'
  // "a civilian allegedly killed by Arvenian troops", "a boy feared kidnapped by traffickers": adverbs or a raising
  // participle may open the group.
  let isBare = true
  for (let w = vg.from; w < last && isBare; w++) isBare = s.words[w]?.pos === 'ADV' || (s.words[w]?.pos === 'VERB' && isParticiple(s.words[w]?.lower ?? ''))
  if (isBare && next?.lower === 'by' && next.pos === 'ADP' && !isMeasure) return true
  for (let w = last - 1; w >= vg.from; w--) {
    const word = s.words[w]
    if (word === undefined) return false
    if (word.pos === 'ADV' || word.isNegation) continue
    // "were reported killed", "was feared kidnapped": a raised passive, whose last participle is still passive.
    if (word.pos === 'VERB' && isParticiple(word.lower)) continue
    // "is being investigated": the tagger may leave "being" unlemmatised or call it a verb.
    if (word.lower === 'being' || word.lower === 'been') return true
    // "stood accused of", "stands charged with": "stand" before a participle is a passive's "be".
    if (word.lemma === 'stand' && w === last - 1) return true
    return word.pos === 'AUX' && (word.lemma === 'be' || word.lemma === 'get')
  }
  return false
}

/**
 * Whether a bare participle is coordinated with a passive before it ("was shot and killed", "have been arrested and
 * accused of", "being betrayed by a friend and sent to"): it shares that group's auxiliary, so it is passive too.
 */
function isCoordinatedPassive(s: ChunkedSentence, vg: number, depth: number): boolean {
  const chunk = s.chunks[vg]
  const previous = s.chunks[vg - 2]
  if (chunk === undefined || previous?.kind !== 'VG' || depth > 2 || !isBareParticipleGroup(s, chunk)) return false
  if (!isWord(s, s.chunks[vg - 1], 'and', 'or', ',')) return false
  return isPassiveGroup(s, previous) || isCoordinatedPassive(s, vg - 2, depth + 1)
}

/** Whether a verb group is one past participle, with adverbs at most ("killed", "later released"). */
function isBareParticipleGroup(s: ChunkedSentence, vg: Chunk): boolean {
  if (vg.verbs.length !== 1 || vg.verbs[0] !== vg.to) return false
  for (let w = vg.from; w < vg.to; w++) if (s.words[w]?.pos !== 'ADV') return false
  const verb = s.words[vg.to]
  return verb !== undefined && verb.pos === 'VERB' && isParticiple(verb.lower)
}

/**
 * The place of a passive event without an agent: the first "in X" after the verb group, in its clause, whose group
 * holds an actor ("was arrested in Belmora", "were killed in a bombing in Vell"). CAMEO reads the authority of
 * that place as the doer when the text names none.
 */
export function findLocativeActor(s: ChunkedSentence, vg: number): NounGroup | undefined {
  const clause = s.clauses[clauseOf(s, vg)]
  if (clause === undefined) return undefined
  for (let c = vg + 1; c < clause.to; c++) {
    const chunk = s.chunks[c]
    if (chunk?.kind === 'VG') return undefined
    if (chunk?.kind !== 'P' || !isWord(s, chunk, 'in')) continue
    const group = readGroupRight(s, c + 1, clause.to)
    if (group !== undefined && group.actors.length > 0) return group
  }
  return undefined
}

/** Finds the "by X" agent after a passive verb group within its clause. */
export function findAgent(s: ChunkedSentence, vg: number): NounGroup | undefined {
  const clause = s.clauses[clauseOf(s, vg)]
  if (clause === undefined) return undefined
  for (let c = vg + 1; c <= clause.to && c <= vg + 6; c++) {
    if (!isWord(s, s.chunks[c], 'by') || s.chunks[c]?.kind !== 'P') continue
    const agent = readGroupRight(s, c + 1, clause.to)
    // "murdered by a group linked to Abu Musab al-Zarqawi": an unnamed agent stands for the side it is tied to.
    return agent !== undefined && agent.actors.length === 0 ? (affiliatedGroup(s, agent, clause.to) ?? agent) : agent
  }
  return findClosingAgent(s, vg)
}

/** Words that tie an unnamed group to a side ("linked to", "loyal to", "allied with"): English usage, a closed list. */
const AFFILIATION_WORDS: ReadonlySet<string> = new Set(['linked', 'tied', 'allied', 'affiliated', 'connected', 'loyal', 'close'])

/** The actor a group without one is tied to by "linked to X", "loyal to X" right after it, if any. */
function affiliatedGroup(s: ChunkedSentence, group: NounGroup, limit: number): NounGroup | undefined {
  const tie = s.chunks[group.to + 1]
  const preposition = s.chunks[group.to + 2]
  if (tie === undefined || tie.from !== tie.to || !AFFILIATION_WORDS.has(s.words[tie.from]?.lower ?? '')) return undefined
  if (preposition?.kind !== 'P' || !isWord(s, preposition, 'to', 'with') || s.chunks[group.to + 3]?.actor === undefined) return undefined
  return readGroupRight(s, group.to + 3, limit)
}

/**
 * "X has been accused of …, much of it …, by Belmoran officials.": a ", by X" that closes the sentence after a
 * parenthetical is the agent of the passive before it.
 */
function findClosingAgent(s: ChunkedSentence, vg: number): NounGroup | undefined {
  const last = s.chunks.length - 1
  for (let c = last; c > vg + 1; c--) {
    const chunk = s.chunks[c]
    if (chunk?.kind === 'O' && s.words[chunk.from]?.pos === 'PUNCT' && c === last) continue
    if (chunk?.kind === 'NP') continue
    if (chunk?.kind !== 'P' || !isWord(s, chunk, 'by') || !isWord(s, s.chunks[c - 1], ',')) return undefined
    const group = readGroupRight(s, c + 1, last)
    // The group must run to the end of the sentence: only its closing punctuation may follow.
    return group !== undefined && group.to >= last - 1 ? group : undefined
  }
  return undefined
}

/**
 * The subject of an infinitive group from its governing group: "Arvenia agreed on Monday | to withdraw" (the governing
 * subject) unless the governing verb passes its object on ("urged Belmora | to withdraw", `objectControl`).
 */
function findControlledSubject(s: ChunkedSentence, vg: number, objectControl: ReadonlySet<string>, actNouns: ReadonlySet<string>, judgeVerbs: ReadonlySet<string>): { subject: NounGroup | undefined; isInherited: boolean } | undefined {
  const chunk = s.chunks[vg]
  const k = clauseOf(s, vg)
  const clause = s.clauses[k]
  if (chunk === undefined || clause === undefined || s.words[chunk.from]?.lower !== 'to') return undefined
  // "a demand for Belmora to recognise Dalonia", "time for Arvenia to act": the noun phrase after "for" is the subject.
  if (vg - 2 >= clause.from && s.chunks[vg - 1]?.kind === 'NP' && isWord(s, s.chunks[vg - 2], 'for')) return { subject: readGroupRight(s, vg - 1, vg - 1), isInherited: false }
  // "put pressure on Belmora (on Friday) to free the prisoners", "an appeal to Belmora to …": the one pressed acts.
  const pressed = isDateChunk(s, vg - 1) && s.chunks[vg - 2]?.kind === 'P' ? vg - 3 : vg - 1
  const asker = s.chunks[pressed - 2]
  const askerHead = asker?.kind === 'NP' ? s.words[asker.to] : undefined
  if (pressed - 2 >= clause.from && s.chunks[pressed]?.kind === 'NP' && isWord(s, s.chunks[pressed - 1], 'on', 'upon', 'to') && askerHead?.pos === 'NOUN' && objectControl.has(askerHead.lemma)) {
    return { subject: readGroupRight(s, pressed, pressed), isInherited: false }
  }
  // "amid reports of a plot to kidnap him": a noun in a prepositional phrase heads its own infinitive, whose doer the
  // sentence does not name.
  const headed = s.chunks[vg - 1]
  const isPossessive = POSSESSIVE_DETERMINERS.has(s.words[headed?.from ?? -1]?.lower ?? '')
  if (vg - 2 >= clause.from && headed?.kind === 'NP' && !isPossessive && headed.actor === undefined && s.words[headed.to]?.pos === 'NOUN' && s.words[headed.to]?.actor === undefined && s.chunks[vg - 2]?.kind === 'P' && !isWord(s, s.chunks[vg - 2], 'for', 'on', 'upon', 'to')) {
    return { subject: readGroupRight(s, vg - 1, vg - 1), isInherited: false }
  }
  // "the decision by Belmora to expel diplomats": the agent of the noun before "to" acts.
  if (vg - 3 >= clause.from && s.chunks[vg - 1]?.kind === 'NP' && s.chunks[vg - 1]?.actor !== undefined && isWord(s, s.chunks[vg - 2], 'by') && s.chunks[vg - 3]?.kind === 'NP') return { subject: readGroupRight(s, vg - 1, vg - 1), isInherited: false }
  // "Tomas Varga's plan to pull troops out", "Belmora's decision to expel": the possessor of the noun before "to" acts.
  const possessed = s.chunks[vg - 1]
  // Not a place a preposition leads to ("sent planes to Arvenia's Vell region to help …"), unless it names an act.
  const possessedHead = s.words[possessed?.to ?? -1]
  const isDestination = s.chunks[vg - 2]?.kind === 'P' && !actNouns.has(possessedHead?.lower ?? '') && !actNouns.has(possessedHead?.lemma ?? '')
  if (vg - 1 >= clause.from && possessed?.kind === 'NP' && !isDestination && isPossessedNoun(s, possessed)) return { subject: readGroupRight(s, vg - 1, vg - 1), isInherited: false }
  // "a United Nations decision to impose an embargo", "the Belmoran plan to build": an actor naming the noun's owner acts.
  if (vg - 1 >= clause.from && possessed?.kind === 'NP' && isNounOfActor(s, possessed, actNouns)) return { subject: readGroupRight(s, vg - 1, vg - 1), isInherited: false }
  for (let c = vg - 1; c >= clause.from && c >= vg - 6; c--) {
    const previous = s.chunks[c]
    if (previous?.kind === 'O' && s.words[previous.from]?.pos === 'PUNCT') return undefined
    if (previous?.kind !== 'VG') continue
    const lemma = s.words[previous.verbs[previous.verbs.length - 1] ?? previous.to]?.lemma ?? ''
    // "Arvenia was urged by Belmora to negotiate", "was ordered by Congress to work with": the one urged, the passive's
    // subject, acts; its by-agent only asked.
    if (c + 2 === vg - 1 && isWord(s, s.chunks[c + 1], 'by') && isPassiveGroup(s, previous)) return { subject: findSubject(s, c).subject, isInherited: true }
    if (objectControl.has(lemma) && hasChunkOfKind(s, c + 1, vg, 'NP')) return undefined
    // "condemned attempts to force Varga to resign": an act noun that a verb judges, owned by no one named, is someone
    // else's; its infinitive has no doer the sentence names.
    if (c === vg - 2 && judgeVerbs.has(lemma) && isUnownedActNoun(s, vg - 1, actNouns)) return { subject: undefined, isInherited: false }
    const governing = findControlledSubject(s, c, objectControl, actNouns, judgeVerbs) ?? findSubject(s, c)
    return { subject: governing.subject, isInherited: true }
  }
  return undefined
}

/** Whether chunk c is a noun phrase ending in an act noun with no actor and no possessive in it ("attempts", "the efforts"). */
function isUnownedActNoun(s: ChunkedSentence, c: number, actNouns: ReadonlySet<string>): boolean {
  const np = s.chunks[c]
  const head = s.words[np?.to ?? -1]
  if (np?.kind !== 'NP' || head === undefined || head.pos !== 'NOUN' || (!actNouns.has(head.lower) && !actNouns.has(head.lemma))) return false
  for (let w = np.from; w <= np.to; w++) {
    const word = s.words[w]
    if (word === undefined || word.actor !== undefined || word.pos === 'PRON' || word.lower === "'s" || word.lower === '’s' || POSSESSIVE_DETERMINERS.has(word.lower)) return false
  }
  return true
}

/** Whether a noun phrase is an actor's possessive before a plain noun head ("Tomas Varga's plan", "Belmora's decision"). */
export function isPossessedNoun(s: ChunkedSentence, np: Chunk): boolean {
  const head = s.words[np.to]
  if (head === undefined || head.actor !== undefined || head.pos !== 'NOUN') return false
  for (let w = np.from + 1; w < np.to; w++) {
    const lower = s.words[w]?.lower
    if ((lower === "'s" || lower === '’s' || lower === "'") && s.words[w - 1]?.actor !== undefined) return true
  }
  return false
}

/**
 * Whether a noun phrase ends in a listed act noun right after an actor that modifies it ("a United Nations decision",
 * "the Belmoran plan"); not an institution ("the Reagan administration", which an object-control verb passes on).
 */
export function isNounOfActor(s: ChunkedSentence, np: Chunk, actNouns: ReadonlySet<string>): boolean {
  const head = s.words[np.to]
  const before = s.words[np.to - 1]
  if (np.to <= np.from || head === undefined || head.actor !== undefined || head.pos !== 'NOUN') return false
  return before?.actor !== undefined && !isPronounActor(before.actor) && (actNouns.has(head.lower) || actNouns.has(head.lemma))
}

/** Whether chunk `c` is a noun phrase of date words only ("Wednesday", "last week"). */
function isDateChunk(s: ChunkedSentence, c: number): boolean {
  const chunk = s.chunks[c]
  if (chunk?.kind !== 'NP') return false
  for (let w = chunk.from; w <= chunk.to; w++) if (s.words[w]?.isDate !== true && s.words[w]?.pos !== 'DET' && s.words[w]?.pos !== 'ADJ') return false
  return true
}

/** No act nouns: the default of `findRoles`. */
const NO_WORDS: ReadonlySet<string> = new Set()

/**
 * Finds all roles around the verb group at chunk `vg`; `objectControl` lists verbs whose object does what follows,
 * `actNouns` nouns whose infinitive is their owner's act ("a Belmoran decision to expel"), `judgeVerbs` verbs that
 * judge an act rather than do it ("condemned attempts to …").
 */
export function findRoles(s: ChunkedSentence, vg: number, objectControl: ReadonlySet<string> = NO_WORDS, actNouns: ReadonlySet<string> = NO_WORDS, judgeVerbs: ReadonlySet<string> = NO_WORDS): Roles {
  const chunk = s.chunks[vg]
  const { subject, isInherited } = findControlledSubject(s, vg, objectControl, actNouns, judgeVerbs) ?? findSubject(s, vg)
  const isPassive = chunk !== undefined && (isPassiveGroup(s, chunk) || isCoordinatedPassive(s, vg, 0))
  return { subject, isSubjectInherited: isInherited, isPassive, agent: isPassive ? findAgent(s, vg) : undefined }
}
