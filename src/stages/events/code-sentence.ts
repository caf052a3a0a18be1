// Codes one sentence: chunks, clauses, roles, pattern matches and modality, kept together so --explain can show each step.
import type { Modality } from '../../core/index.js'
import type { PatternSet } from '../../dictionaries/patterns/index.js'
import { isSelfVisit, pairs, PRONOUNS, type Candidate } from './candidates.js'
import { chunkWords, type Chunk } from './chunks.js'
import { splitClauses, type Clause } from './clauses.js'
import { bestMatch, chunkIndexOfWords, type PatternMatch } from './match.js'
import { findNounSource } from './noun-source.js'
import { addDemands, addStatements } from './reports.js'
import { findGoverningGroup, isReportedClause, readNounModality, readVerbModality } from './modality.js'
import { clauseOf, findLocativeActor, findRoles, hasChunkOfKind, isAttributiveParticiple, isBareParticiple, isReducedPassive, isStativeGroup, readGroupRight, type ChunkedSentence, type NounGroup, type Roles } from './roles.js'
import { builtinSenses, endsInVoidVerb, isNegatingNounAt, isReporter, opensWithOtherSide, readInfinitiveSense, readNounSense, readPassiveSense, readSentenceSense, readSourceRoleSense, readSubjectSense, readTargetRoleSense, readVerbSense, type Senses } from './senses.js'
import { isPronounActor, type ActorRef, type Word } from './words.js'

export type { Candidate } from './candidates.js'

/** Everything found in one sentence, step by step. */
export interface SentenceCoding extends ChunkedSentence {
  readonly roles: ReadonlyArray<{ readonly chunk: number } & Roles>
  readonly candidates: readonly Candidate[]
}

/** The clause that reports the whole sentence from its end: "…, a spokesman said." */
function findTrailingReport(s: ChunkedSentence, patterns: PatternSet): number | undefined {
  const last = s.clauses.length - 1
  for (let k = last; k >= 1 && k >= last - 1; k--) {
    const clause = s.clauses[k]
    // "…, the court in The Hague, which said …": a relative clause reports what follows it, not the clause before.
    if (clause === undefined || clause.kind === 'relative') continue
    for (let c = clause.from; c <= clause.to; c++) {
      const chunk = s.chunks[c]
      if (chunk?.kind !== 'VG') continue
      const verb = s.words[chunk.verbs[0] ?? chunk.from]
      // "…, says Tomas Varga": a report opening with its verb has its speaker after it.
      const isInverted = !hasChunkOfKind(s, clause.from, c, 'NP')
      const after = isInverted ? readGroupRight(s, c + 1, clause.to) : undefined
      const rest = s.chunks.slice((after?.to ?? c) + 1, clause.to + 1).filter((x) => x.kind === 'VG' || (x.kind === 'NP' && x.actor !== undefined))
      if (verb !== undefined && patterns.cues.reporting.has(verb.lemma) && rest.length === 0) return k
      break
    }
  }
  return undefined
}

/** "According to X, …" or "…, according to X": the clause holding the phrase and X, who reports the rest. */
function findAccordingTo(s: ChunkedSentence): { clause: number; speaker: NounGroup | undefined } | undefined {
  for (let w = 0; w + 1 < s.words.length; w++) {
    if (s.words[w]?.lower !== 'according' || s.words[w + 1]?.lower !== 'to') continue
    const at = chunkIndexOfWords(s)[w] ?? 0
    let np = at + 1
    while (np < s.chunks.length && s.chunks[np]?.kind !== 'NP') np++
    const clause = clauseOf(s, at)
    return { clause, speaker: readGroupRight(s, np, s.clauses[clause]?.to ?? np) }
  }
  return undefined
}

/** Prepositions that may follow an event noun ("visit to", "talks with"): English grammar, a closed class. */
const PREPOSITIONS = new Set(['to', 'with', 'against', 'on', 'of', 'in', 'for', 'from', 'into', 'between', 'by', 'at', 'toward', 'towards', 'over', 'about', 'near'])

const eventNounCache = new WeakMap<PatternSet, ReadonlySet<string>>()

/**
 * Nouns that name an event ("visit", "sanctions"): heads of noun patterns that go on with a slot or a preposition,
 * not the first word of a compound ("troop" in "troop pullback").
 */
function eventNouns(patterns: PatternSet): ReadonlySet<string> {
  const cached = eventNounCache.get(patterns)
  if (cached !== undefined) return cached
  const out = new Set<string>()
  for (const [head, list] of patterns.nouns) {
    const isEventHead = list.some((p) => {
      const first = p.elements[0]
      return first === undefined || first.kind !== 'word' || first.words.some((w) => PREPOSITIONS.has(w))
    })
    if (isEventHead) out.add(head)
  }
  eventNounCache.set(patterns, out)
  return out
}

/**
 * The intent code for a root ("08" yields "035") when the event is intended, or planned in a root whose
 * announcements CAMEO codes as intent ("will provide aid"); unchanged for intent and statement codes.
 */
function applyIntent(code: string, modality: Modality, patterns: PatternSet): string {
  const root = code.slice(0, 2)
  const isIntended = modality === 'intent' || (modality === 'planned' && patterns.plannedAsIntent.has(root))
  if (!isIntended || root === '03') return code
  return patterns.intent.get(root) ?? code
}

/** Options of `codeSentence`. */
export interface CodeSentenceOptions {
  /**
   * Only the candidates matter (the stage; default false, for explanations): roles are worked out only where
   * coding needs them, and a sentence whose chunks hold no pattern head or demand modal stops after chunking,
   * with no clauses or roles listed. The candidates are the same either way.
   */
  readonly candidatesOnly?: boolean
  /** Senses of event words by their object or modifier (default: the built-in senses file). */
  readonly senses?: Senses
  /**
   * The actor that did an act told earlier in the document with one of these verbs ("North Korea fired …"), for a
   * definite act noun in a target slot ("condemned the launch"; see `actDoers` in the senses file). Absent: none.
   */
  readonly doerOf?: (verbs: ReadonlySet<string>) => ActorRef | undefined
  /** The last two actors of different countries named as a pair earlier ("Arvenia and Belmora"), for "the two sides". */
  readonly pairBefore?: () => readonly ActorRef[] | undefined
}

/** A role with the chunk it belongs to, as `SentenceCoding.roles` lists them. */
type ChunkRoles = { chunk: number } & Roles

/** Whether some verb of a verb group heads a verb pattern (by lemma or surface). */
function hasVerbPattern(words: readonly Word[], chunk: Chunk, patterns: PatternSet): boolean {
  for (const v of chunk.verbs) {
    const verb = words[v]
    if (verb !== undefined && (patterns.verbs.has(verb.lemma) || patterns.verbs.has(verb.lower))) return true
  }
  return false
}

/**
 * Whether chunking left something to code: a verb group with a verb pattern or a demand modal, or a noun of a
 * noun phrase (not an actor) that heads a noun pattern. Without one the main loop and the demands find nothing.
 */
function hasCodableChunk(words: readonly Word[], chunks: readonly Chunk[], patterns: PatternSet): boolean {
  const modals = patterns.demand?.modals
  for (const chunk of chunks) {
    if (chunk.kind === 'VG') {
      if (hasVerbPattern(words, chunk, patterns)) return true
      if (modals !== undefined) for (let w = chunk.from; w <= chunk.to; w++) if (modals.has(words[w]?.lower ?? '')) return true
    } else if (chunk.kind === 'NP') {
      for (let w = chunk.from; w <= chunk.to; w++) {
        const word = words[w]
        if (word === undefined || word.actor !== undefined || (word.pos !== 'NOUN' && word.pos !== 'PROPN')) continue
        if (patterns.nouns.has(word.lemma) || patterns.nouns.has(word.lower)) return true
      }
    }
  }
  return false
}

/**
 * Whether the main loop may do anything with a chunk: a noun phrase with a noun (not an actor) heading a noun
 * pattern, or a verb group (with a verb pattern, when only candidates matter; else every group gets its roles).
 */
function mayCodeChunk(words: readonly Word[], chunk: Chunk, patterns: PatternSet, candidatesOnly: boolean): boolean {
  if (chunk.kind === 'VG') return !candidatesOnly || hasVerbPattern(words, chunk, patterns)
  if (chunk.kind !== 'NP') return false
  for (let w = chunk.from; w <= chunk.to; w++) {
    const word = words[w]
    if (word === undefined || word.actor !== undefined || (word.pos !== 'NOUN' && word.pos !== 'PROPN')) continue
    if (patterns.nouns.has(word.lemma) || patterns.nouns.has(word.lower)) return true
  }
  return false
}

/** The last word of clause `k` (the sentence's last word when the clause is unknown). */
function lastWordOfClause(s: ChunkedSentence, k: number): number {
  return s.chunks[s.clauses[k]?.to ?? 0]?.to ?? s.words.length - 1
}

/**
 * A candidate recoded by the sense of its verb's object, when the sense recodes and the candidate has the chosen
 * pattern's root code (module-level: no closure per verb group).
 */
function resenseCandidate(x: Candidate, sense: { readonly code?: string | null } | undefined, chosen: { readonly match: PatternMatch } | undefined): Candidate {
  return sense?.code == null || x.code.slice(0, 2) !== chosen?.match.pattern.code.slice(0, 2) ? x : { ...x, code: sense.code, notes: [...x.notes, SENSE_NOTE] }
}

/** Roots of codes that judge an act rather than do it: statements, support and praise, disapproval, rejection. */
const JUDGING_ROOTS: ReadonlySet<string> = new Set(['01', '05', '11', '12'])

/** The CAMEO code of a verbal defence (052), which speaks for the subject's own act. */
const OWN_ACT_DEFENCE = '052'

/** Judging verbs per pattern set, built once each. */
const JUDGE_VERBS = new WeakMap<PatternSet, ReadonlySet<string>>()

/**
 * Verb heads whose patterns judge an act (roots in `JUDGING_ROOTS`: "condemn", "welcome", "reject"), leaving out the
 * light, intent and planned cues, whose object act is their subject's own ("launched a bid to", "announced plans to").
 */
function judgeVerbs(patterns: PatternSet): ReadonlySet<string> {
  let found = JUDGE_VERBS.get(patterns)
  if (found === undefined) {
    const cues = patterns.cues
    const set = new Set<string>()
    for (const [lemma, options] of patterns.verbs) {
      if (cues.light.has(lemma) || cues.intent.has(lemma) || cues.planned.has(lemma) || cues.negating.has(lemma)) continue
      // "defends the decision to invade": a verbal defence (052) is of one's own act.
      if (options.some((p) => JUDGING_ROOTS.has(p.code.slice(0, 2))) && !options.some((p) => p.code === OWN_ACT_DEFENCE)) set.add(lemma)
    }
    found = set
    JUDGE_VERBS.set(patterns, found)
  }
  return found
}

/** Act nouns per senses and pattern cues, built once each. */
const OWNED_ACT_NOUNS = new WeakMap<Senses, WeakMap<PatternSet['cues'], ReadonlySet<string>>>()

/**
 * Nouns whose infinitive is their owner's act ("a Belmoran decision to expel", "a Corvian offer to mediate"): the
 * senses' act nouns and the nouns of the intent and planned cues.
 */
function ownedActNouns(senses: Senses, patterns: PatternSet): ReadonlySet<string> {
  let byCues = OWNED_ACT_NOUNS.get(senses)
  if (byCues === undefined) {
    byCues = new WeakMap()
    OWNED_ACT_NOUNS.set(senses, byCues)
  }
  let found = byCues.get(patterns.cues)
  if (found === undefined) {
    found = new Set([...senses.actNouns, ...patterns.cues.intent, ...patterns.cues.planned])
    byCues.set(patterns.cues, found)
  }
  return found
}

/**
 * The roles of verb group `c`, worked out once each (findRoles is pure) into `roleMemo`, in the order first asked for.
 * Returned unnamed: under tsx a named closure per coded sentence pays a `__name` call.
 */
function roleLookup(
  s: ChunkedSentence,
  patterns: PatternSet,
  senses: ReturnType<typeof builtinSenses>,
  options: CodeSentenceOptions,
  roleMemo: Map<number, ChunkRoles>,
): (c: number) => ChunkRoles {
  return (c) => {
    let role = roleMemo.get(c)
    if (role === undefined) {
      const verbRoles = findRoles(s, c, patterns.cues.objectControl, ownedActNouns(senses, patterns), judgeVerbs(patterns))
      // "The kidnappers of a Belmoran journalist freed him": the actor of the "of" phrase is another party, no doer.
      const found = verbRoles.subject
      let subject = found !== undefined && found.actors.length > 0 && opensWithOtherSide(s, senses, found) ? { from: found.from, to: found.to, actors: [] } : found
      // "The two NATO allies signed …" after "Erdogan and Mitsotakis met": the pair named before.
      const pair = subject !== undefined && options.pairBefore !== undefined && isPairPhrase(s, senses, subject) ? options.pairBefore() : undefined
      if (subject !== undefined && pair !== undefined) subject = { from: subject.from, to: subject.to, actors: pair }
      // Built literally (no spread), in the spread's key order: one object shape for every verb group.
      role = { chunk: c, subject, isSubjectInherited: verbRoles.isSubjectInherited, isPassive: verbRoles.isPassive, agent: verbRoles.agent }
      roleMemo.set(c, role)
    }
    return role
  }
}

/** The roles of chunk c when it is a verb group inside a clause (every such group has roles), else undefined. */
function verbGroupRoles(s: ChunkedSentence, roleAt: (c: number) => ChunkRoles): (c: number) => ChunkRoles | undefined {
  return (c) => (s.chunks[c]?.kind === 'VG' && s.clauses[clauseOf(s, c)] !== undefined ? roleAt(c) : undefined)
}

/** The speaker of clause k: the subject of the clause reporting it (or a trailing report, or "according to"). */
function speakerLookup(
  s: ChunkedSentence,
  trailing: number | undefined,
  according: ReturnType<typeof findAccordingTo>,
  roleAt: (c: number) => ChunkRoles,
): (k: number) => NounGroup | undefined {
  return (k) => {
    const clause = s.clauses[k]
    // The reporting clause: the one this clause is reported by, or a trailing "…, officials said".
    const by = clause?.reportedBy ?? (trailing !== undefined && k < trailing ? trailing : undefined)
    if (by === undefined) return according !== undefined && according.clause !== k ? according.speaker : undefined
    const reporter = s.clauses[by]
    if (reporter === undefined) return undefined
    for (let c = reporter.from; c <= reporter.to; c++) {
      if (s.chunks[c]?.kind !== 'VG') continue
      // "…, says a top academic": a report opening with its verb names the speaker after it (inversion).
      const opensWithVerb = by > k && !hasChunkOfKind(s, reporter.from, c, 'NP')
      if (opensWithVerb) return s.chunks[c + 1]?.kind === 'NP' && c + 1 <= reporter.to ? readGroupRight(s, c + 1, reporter.to) : undefined
      return roleAt(c).subject
    }
    return undefined
  }
}

/**
 * Codes a sentence from its words. Pure: the same words and patterns give the same result.
 * @example codeSentence(words, patterns).candidates // [{ source: ARV, target: BEL, code: '042', ... }]
 */
export function codeSentence(words: readonly Word[], patterns: PatternSet, options: CodeSentenceOptions = {}): SentenceCoding {
  const chunks: Chunk[] = chunkWords(words, eventNouns(patterns))
  const candidatesOnly = options.candidatesOnly === true
  const senses = options.senses ?? builtinSenses()
  if (candidatesOnly && !hasCodableChunk(words, chunks, patterns)) return { words, chunks, clauses: [], roles: [], candidates: [] }
  const clauses: Clause[] = splitClauses(words, chunks, patterns.cues.reporting)
  const s: ChunkedSentence = { words, chunks, clauses }
  const chunkOf = chunkIndexOfWords(s)
  const trailing = findTrailingReport(s, patterns)
  const according = findAccordingTo(s)
  // Roles of verb groups, worked out once each (findRoles is pure), in the order first asked for.
  const roleMemo = new Map<number, ChunkRoles>()
  const roleAt = roleLookup(s, patterns, senses, options, roleMemo)
  /** The roles of chunk c when it is a verb group inside a clause (every such group has roles), else undefined. */
  const rolesOfVerbGroup = verbGroupRoles(s, roleAt)
  const candidates: Candidate[] = []
  // Words a coded verb pattern used as its own (not its slots): a noun there is part of the verb's event.
  const consumed = new Set<number>()
  // Nouns a coded verb pattern names word for word ("issued an ultimatum to"): a noun event of theirs adds no other side.
  const namedByVerb = new Set<number>()
  const speakerOf = speakerLookup(s, trailing, according, roleAt)

  for (let c = 0; c < chunks.length; c++) {
    const chunk = chunks[c]
    // Only verb groups and noun phrases with a pattern head code anything: skip the rest before finding clauses.
    if (chunk === undefined || !mayCodeChunk(words, chunk, patterns, candidatesOnly)) continue
    const k = clauseOf(s, c)
    const clause = clauses[k]
    if (clause === undefined) continue
    const isReported = isReportedClause(s, clause, trailing) || (according !== undefined && according.clause !== k)

    if (chunk.kind === 'VG') {
      // A group with no verb pattern codes nothing here; its roles wait until something asks for them.
      if (candidatesOnly && !hasVerbPattern(words, chunk, patterns)) continue
      const role = roleAt(c)
      // Each verb of the group may carry the event ("refused to meet", "agreed to provide aid to"): the first one
      // whose pattern finds an actor target wins, else the first that matches at all.
      let chosen: { v: number; match: PatternMatch } | undefined
      const isAdjective = (isBareParticiple(s, chunk) || isAttributiveParticiple(s, chunk)) && role.agent === undefined
      const verbs = isAdjective ? [] : chunk.verbs.filter((v) => !isNominalGerund(s, chunk, v) && !isNominalPlural(s, c, v, patterns) && !isGluedToNonActor(s, v) && !isScareQuoted(s, v) && !isAsParticiple(s, v))
      for (const v of verbs) {
        const verb = words[v]
        if (verb === undefined) continue
        const options = patterns.verbs.get(verb.lemma) ?? patterns.verbs.get(verb.lower)
        if (options === undefined) continue
        // A passive without a "by" agent is read actively when the words after it fit ("is opposed to X", "was engaged in").
        const isPassive = role.isPassive && role.agent !== undefined
        let match = bestMatch(s, chunkOf, options, v, lastWordOfClause(s, k), isPassive)
        // "urge Belmora to meet its commitments": a pattern ending in a verb whose object voids it gives way to another.
        const voided = match?.pattern
        if (voided !== undefined && match !== undefined && endsInVoidVerb(s, senses, voided.elements, match.end)) match = bestMatch(s, chunkOf, options.filter((o) => o !== voided), v, lastWordOfClause(s, k), isPassive)
        if (match === undefined) continue
        if ((match.target?.actors.length ?? 0) > 0 || isPassive) {
          chosen = { v, match }
          break
        }
        // "agreed to resign", "refused to deploy peacekeepers": the governed act carries the event, and the matrix
        // verb (an intent, negating or threatening cue) its modality.
        const previous = chosen === undefined ? undefined : words[chosen.v]
        if (previous === undefined || isMatrixCue(previous.lemma, patterns)) chosen = { v, match }
      }
      // "attacked the decision" is criticism, "met its obligations" no meeting: the object decides the sense. A passive
      // without agent is only coded when read actively ("had been engaged in activities"): its object decides too.
      const sense = chosen === undefined ? undefined : (role.isPassive && role.agent !== undefined ? readPassiveSense(s, senses, chosen.v, role.subject) : readVerbSense(s, senses, chunk, chosen.v, objectChunk(s, c, chosen.match))) ?? readSentenceSense(s, senses, chosen.v) ?? readInfinitiveSense(s, senses, chosen.v) ?? readSubjectSense(s, senses, chosen.v, role.isPassive ? role.agent : role.subject)
      if (sense?.code === null) continue
      // "ended its boycott of talks with Belmora": a pattern gap across a negating noun reads an act that is not done.
      if (chosen !== undefined && hasNegatingNounIn(s, senses, chosen.v + 1, chosen.match.end)) continue
      // "The attacks on Arvenia forced …": the actor an attack struck is not its doer.
      if (chosen !== undefined && !role.isPassive && !role.isSubjectInherited && isStruckPlaceSubject(s, patterns, role.subject)) continue
      // "… when a carriage derailed and dragged other cars into a ravine, killing four people": a harm told after an
      // accident in its clause or the two before takes no doer from another clause (the rescuers in Belmora).
      if (chosen !== undefined && !role.isPassive && role.isSubjectInherited && VIOLENT_ROOTS.has(chosen.match.pattern.code.slice(0, 2)) && (hasAccidentWord(s, k, senses, chosen.v) || hasAccidentWord(s, k - 1, senses, chosen.v) || hasAccidentWord(s, k - 2, senses, chosen.v))) continue
      // A passive without an agent names no doer: it is read actively only when the pattern goes on with its own word
      // ("is opposed to X", "was engaged in"), never when the object slot is what moved ("were killed in", "was taken
      // hostage", and the reduced "Arvenians accused of spying"), which would make the victim the source.
      if (chosen !== undefined && role.agent === undefined && !isSelfDirected(chosen.match.pattern.code) && ((role.isPassive && !isStativeGroup(s, chunk)) || (isReducedPassive(s, c) && takesObject(words[chosen.v], patterns))) && chosen.match.pattern.elements[0]?.kind !== 'word') {
        // "was arrested in Belmora": the place's authority is the doer, the subject the one done to (a guess), for
        // acts a state does on its soil (investigate, coerce, assault, fight); "troops deployed in Belmora" were
        // not sent by Belmora.
        // "tourists killed in a Belmoran bus crash": an accident or a natural disaster has no doer, the place none either.
        const place = isPlaceSourceCode(chosen.match.pattern.code) && !hasAccidentWord(s, k, senses) ? findLocativeActor(s, c) : undefined
        if (place === undefined || role.subject === undefined || role.subject.actors.length === 0) continue
        const located: ChunkRoles = { chunk: c, subject: place, isSubjectInherited: role.isSubjectInherited, isPassive: false, agent: undefined }
        const coded = codeVerb(s, patterns, chunk, chosen.v, { ...chosen.match, target: role.subject }, located, k, isReported, speakerOf(k), senses)
        candidates.push(...coded.map((x) => ({ ...x, confidence: x.confidence * PLACE_SOURCE_FACTOR, notes: [...x.notes, PLACE_SOURCE_NOTE] })))
        continue
      }
      const active = role.isPassive && role.agent === undefined ? { chunk: c, subject: role.subject, isSubjectInherited: role.isSubjectInherited, isPassive: false, agent: role.agent } : role
      // "negotiating with the kidnappers of two Belmoran engineers": the actor of the "of" phrase is another party,
      // not the one dealt with, and no other actor of the clause is either.
      // "The United States condemned the launch" after "North Korea fired a missile": the act noun names its doer.
      // "condemned the beheading of a Belmoran hostage by Corvian rebels": the doer of the act named, never its victim.
      const doer = chosen === undefined ? undefined : victimNounTarget(s, senses, chosen.v, chosen.match, options.doerOf, role.subject)
      if (doer === null && chosen !== undefined) {
        // No doer named: the act is coded with no target ("Bush condemns beheading of U.S. hostage"), never the victim.
        const bare = { ...chosen.match, target: undefined }
        candidates.push(...codeVerb(s, patterns, chunk, chosen.v, bare, active, k, isReported, speakerOf(k), senses, true))
        continue
      }
      const told = chosen === undefined || options.doerOf === undefined || doer !== undefined ? undefined : actDoerTarget(s, senses, chosen.match, options.doerOf, role.subject)
      if (doer != null && chosen !== undefined) chosen = { v: chosen.v, match: doer }
      else if (told !== undefined && chosen !== undefined) chosen = { v: chosen.v, match: told }
      const target = chosen?.match.target
      if (target !== undefined && target.actors.length > 0 && opensWithOtherSide(s, senses, target)) continue
      if (chosen !== undefined) {
        // A sense that recodes the act ("strike an agreement" is 030) does so before modality turns it into a threat or
        // an intent; the candidates then carry the sense note.
        const sensed = sense?.code == null ? chosen.match : { ...chosen.match, pattern: { ...chosen.match.pattern, code: sense.code } }
        const coded = codeVerb(s, patterns, chunk, chosen.v, sensed, active, k, isReported, speakerOf(k), senses).map((x) => (sensed === chosen?.match ? resenseCandidate(x, sense, chosen) : { ...x, notes: [...x.notes, SENSE_NOTE] }))
        candidates.push(...coded)
        // Only a verb event with its own target speaks for the noun; "staged rallies … against X" keeps the noun's slot.
        const hasOwnTarget = coded.some((x) => x.target !== null && !x.notes.includes(NEXT_ACTOR_NOTE))
        if (hasOwnTarget) for (const w of wordsOfVerbPattern(s, chosen.v, chosen.match)) consumed.add(w)
        else if (coded.length > 0) for (const w of wordsOfVerbPattern(s, chosen.v, chosen.match)) if (isPatternWord(chosen.match, s.words[w])) namedByVerb.add(w)
      }
      continue
    }

    if (chunk.kind === 'NP') {
      for (let w = chunk.from; w <= chunk.to; w++) {
        const word = words[w]
        if (word === undefined || word.actor !== undefined || (word.pos !== 'NOUN' && word.pos !== 'PROPN')) continue
        // "postponed the demonstration", "imposed sanctions on": the verb's event already says what became of the noun.
        if (consumed.has(w)) continue
        const options = patterns.nouns.get(word.lemma) ?? patterns.nouns.get(word.lower)
        if (options === undefined) continue
        const match = bestMatch(s, chunkOf, options, w, lastWordOfClause(s, k), false)
        if (match === undefined) continue
        // "a court battle", "a trade war": the modifier decides the sense.
        const nounSense = readNounSense(s, senses, w)
        if (nounSense?.code === null) continue
        // "reconsidering its boycott of talks with Belmora", "the postponement of Varga's visit": the act is not done.
        if (chunks[c - 1]?.kind === 'P' && isNegatingNounAt(s, senses, (chunks[c - 1]?.from ?? 0) - 1)) continue
        const found = findNounSource(s, c, w, k, rolesOfVerbGroup, patterns, speakerOf)
        const sources = match.source?.actors ?? found.actors
        if (sources.length === 0) continue
        let targets = match.target?.actors ?? []
        let factor = 1
        // "Arvenia issues ultimatum to Vell": the verb event already says it, and the noun finds no other side either.
        if (targets.length === 0 && namedByVerb.has(w)) continue
        if (targets.length === 0) {
          // "staged a hunger strike in Arvenia": the next actor in the clause, with less confidence.
          const right = nearestActorRight(s, w, lastWordOfClause(s, k), sources, match.pattern.code)
          if (right !== undefined) {
            targets = [right]
            factor = 0.6
          } else if (isMonadic(match, match.pattern.code, patterns)) {
            // "declared a unilateral ceasefire": an act that needs no other side.
            factor = MONADIC_FACTOR
          } else continue
        }
        let reading = readNounModality(s, patterns.cues, c, w, k, isReported)
        const light = lightVerbBefore(s, c, k, patterns)
        if (light !== undefined && match.source === undefined) {
          // "would tighten the blockade", "did not impose sanctions": the light verb's modals and negation are the noun event's.
          const verbReading = readVerbModality(s, patterns.cues, light, light.verbs[light.verbs.length - 1] ?? light.to, clause, isReported, ownedActNouns(senses, patterns))
          const modality = verbReading.modality === 'reported' || verbReading.modality === 'asserted' ? reading.modality : verbReading.modality
          reading = { ...reading, modality, negated: reading.negated || verbReading.negated }
        }
        let code = applyIntent(nounSense?.code ?? match.pattern.code, reading.modality, patterns)
        // "NATO said it would tighten the blockade of X": an announced coercive act is a threat, as for verbs.
        if (isReported && !reading.negated && reading.modality === 'planned' && patterns.threatenedRoots.has(code.slice(0, 2))) {
          code = patterns.threat.get(code.slice(0, 2)) ?? patterns.threat.get('*') ?? code
          reading = { ...reading, modality: 'asserted' }
        }
        // "ahead of Arvenia's visit … and its talks with …": coordinated nouns share the first one's modality.
        const previous = candidates[candidates.length - 1]
        if (reading.modality === 'asserted' && previous !== undefined && previous.clause === k && previous.notes.includes('noun') && words[chunks[c - 1]?.from ?? -1]?.lower === 'and') {
          reading = { ...reading, modality: previous.modality }
        }
        const confidence = 0.8 * factor * match.pattern.weight * (match.source !== undefined ? 1 : found.factor)
        for (const [a, b] of targets.length === 0 ? sources.map((x): [ActorRef, null] => [x, null]) : pairs(sources, targets)) {
          if (b !== null && isSelfVisit(a, b, match.pattern.code)) continue
          candidates.push({ source: a, target: b, code, pattern: match.pattern, rule: match.pattern.id, triggerFrom: w, triggerTo: w, modality: reading.modality, negated: reading.negated, clause: k, confidence, notes: ['noun', found.how] })
        }
        break
      }
    }
  }
  dropGuessedIntents(s, candidates, patterns)
  dropGluedGuesses(s, candidates)
  dropPartialNegations(s, candidates)
  addDemands(s, rolesOfVerbGroup, candidates, patterns, speakerOf)
  addStatements(s, rolesOfVerbGroup, candidates, trailing)
  const roles: ChunkRoles[] = []
  if (candidatesOnly) {
    roles.push(...roleMemo.values())
    roles.sort((a, b) => a.chunk - b.chunk)
  } else {
    // Every verb group inside a clause, in text order, as the coder saw them.
    for (let c = 0; c < chunks.length; c++) {
      const role = rolesOfVerbGroup(c)
      if (role !== undefined) roles.push(role)
    }
  }
  // Dealings between companies ("Airbus signed a contract with All Nippon Airways") are commerce, not political events.
  const political = candidates.filter((x) => !(isBusiness(x.source) && (x.target === null || isBusiness(x.target))))
  const isRecoded = (senses.sourceRoles.size > 0 || senses.targetRoles.size > 0) && hasRoleSense(political, senses)
  const recoded = isRecoded ? recodeByRole(political, senses) : political
  return { words, chunks, clauses, roles, candidates: senses.targetHeads.size > 0 ? recodeByTargetHead(s, recoded, senses) : recoded }
}

/** The sense of a verb candidate from the last word of its target actor ("seized an Australian journalist" is 181). */
function targetHeadSense(s: ChunkedSentence, x: Candidate, senses: Senses): { code: string | null } | undefined {
  if (x.target === null) return undefined
  const verb = s.words[x.triggerFrom]
  const table = verb === undefined ? undefined : senses.targetHeads.get(verb.lemma) ?? senses.targetHeads.get(verb.lower)
  if (table === undefined) return undefined
  // The head of the noun phrase that holds the target ("an Australian journalist", "Lebanese-American Contractor").
  const start = x.target.start
  let head: string | undefined
  for (let c = 0; c < s.chunks.length; c++) {
    const chunk = s.chunks[c]
    if (chunk === undefined || chunk.kind !== 'NP' || (s.words[chunk.from]?.start ?? Infinity) > start || (s.words[chunk.to]?.end ?? -1) <= start) continue
    // "Lebanese-American Contractor": a hyphen joins the phrase to the next one.
    let last = c
    while (s.chunks[last + 1]?.kind === 'O' && s.words[s.chunks[last + 1]?.from ?? -1]?.lower === '-' && s.chunks[last + 2]?.kind === 'NP') last += 2
    head = s.words[s.chunks[last]?.to ?? -1]?.lower
    break
  }
  const code = head === undefined ? undefined : table.get(head)
  return code === undefined ? undefined : { code }
}

/** Recodes or drops candidates by their target's head word (senses `targetHeads`); the same array when none changes. */
function recodeByTargetHead(s: ChunkedSentence, candidates: readonly Candidate[], senses: Senses): readonly Candidate[] {
  const out: Candidate[] = []
  let changed = false
  for (const x of candidates) {
    const sense = targetHeadSense(s, x, senses)
    if (sense === undefined) out.push(x)
    else {
      changed = true
      if (sense.code !== null) out.push({ ...x, code: sense.code, notes: [...x.notes, 'recoded by the head word of its target'] })
    }
  }
  return changed ? out : candidates
}

/**
 * Drops, in place, the intent of a matrix verb whose target is only a guess when the act it governs is coded on its own
 * ("agreed to extend sanctions against X" is the planned sanctions, not also cooperation with X); a guessed place of the
 * doer's own country becomes no target.
 */
function dropGuessedIntents(s: ChunkedSentence, candidates: Candidate[], patterns: PatternSet): void {
  let hasGuess = false
  for (const x of candidates) if (x.notes.includes(NEXT_ACTOR_NOTE)) hasGuess = true
  if (candidates.length < 2 && !hasGuess) return
  const intent = patterns.cues.intent
  const dropped = new Set<Candidate>()
  let hasOwnPlace = false
  for (const x of candidates) {
    const isGuess = isGuessedIntent(s, x, intent)
    if (isGuess && isOwnPlace(x)) hasOwnPlace = true
    const isInt = isIntentOf(s, x, intent)
    for (const y of candidates) {
      if (y === x || !isGoverned(s, x, y)) continue
      // "agreed to extend sanctions against X"; "X and Y agreed to resume talks": the governed act says it all.
      if ((isGuess && !isGuessedIntent(s, y, intent)) || (isInt && !isIntentOf(s, y, intent) && isSameDyad(x, y))) dropped.add(x)
    }
  }
  if (dropped.size === 0 && !hasOwnPlace) return
  const kept = candidates.filter((x) => !dropped.has(x)).map((x): Candidate => (isGuessedIntent(s, x, intent) && isOwnPlace(x) ? { ...x, target: null, notes: [...x.notes, OWN_PLACE_NOTE] } : x))
  candidates.splice(0, candidates.length, ...kept)
}

/** Whether candidate `y` is the act an infinitive after `x`'s trigger governs (same doer, "to" + verb between, no punctuation). */
function isGoverned(s: ChunkedSentence, x: Candidate, y: Candidate): boolean {
  if (y.clause !== x.clause || y.triggerFrom <= x.triggerTo || y.source.start !== x.source.start) return false
  for (let w = x.triggerFrom + 1; w < y.triggerFrom; w++) {
    const word = s.words[w]
    if (word === undefined || word.pos === 'PUNCT') return false
    if (word.lower === 'to' && s.words[w + 1]?.pos === 'VERB') return true
  }
  return false
}

/** Whether a candidate is an intent cue's act whose target is only a guess. */
function isGuessedIntent(s: ChunkedSentence, x: Candidate, intent: ReadonlySet<string>): boolean {
  return x.notes.includes(NEXT_ACTOR_NOTE) && intent.has(s.words[x.triggerFrom]?.lemma ?? '')
}

/** Whether a candidate is an intent cue's cooperation (root 03). */
function isIntentOf(s: ChunkedSentence, x: Candidate, intent: ReadonlySet<string>): boolean {
  return x.code.startsWith('03') && intent.has(s.words[x.triggerFrom]?.lemma ?? '')
}

/** "pledged to eradicate torture in Vell": a place of one's own country is no partner of an intent. */
function isOwnPlace(x: Candidate): boolean {
  return x.target !== null && x.code.startsWith('03') && x.source.code.length > 3 && isSelfVisit(x.source, x.target, '04')
}

/** Whether two candidates have the same target mention. */
function isSameDyad(x: Candidate, y: Candidate): boolean {
  return x.target !== null && y.target !== null && x.target.start === y.target.start
}

/**
 * Drops, in place, a guessed target of a participle glued to an actor ("Arvenian-backed rebels attacked Belmora"): the
 * act is on the noun it modifies, never on an actor further on.
 */
function dropGluedGuesses(s: ChunkedSentence, candidates: Candidate[]): void {
  let found = false
  for (const x of candidates) if (x.notes.includes(NEXT_ACTOR_NOTE) && isGlued(s, x)) found = true
  if (!found) return
  const kept = candidates.filter((x) => !(x.notes.includes(NEXT_ACTOR_NOTE) && isGlued(s, x)))
  candidates.splice(0, candidates.length, ...kept)
}

/** Whether a candidate's trigger is glued by a hyphen to an actor ("Russian-backed"). */
function isGlued(s: ChunkedSentence, x: Candidate): boolean {
  const verb = s.words[x.triggerFrom]
  const hyphen = s.words[x.triggerFrom - 1]
  return verb !== undefined && hyphen?.lower === '-' && hyphen.end === verb.start && s.words[x.triggerFrom - 2]?.actor !== undefined
}

/**
 * A match whose target slot holds only a definite act noun ("condemned the launch") with the doer of that act told
 * earlier as its target, when the senses list the noun for the verb's root and the doer is not the subject itself.
 */
function actDoerTarget(s: ChunkedSentence, senses: Senses, match: PatternMatch, doerOf: (verbs: ReadonlySet<string>) => ActorRef | undefined, subject: NounGroup | undefined): PatternMatch | undefined {
  const target = match.target
  if (target === undefined || target.actors.length > 0 || target.from !== target.to || senses.actDoers.size === 0) return undefined
  const np = s.chunks[target.from]
  if (np?.kind !== 'NP' || !DEFINITE.has(s.words[np.from]?.lower ?? '')) return undefined
  const head = s.words[np.to]
  const doer = head === undefined ? undefined : senses.actDoers.get(head.lemma) ?? senses.actDoers.get(head.lower)
  if (doer === undefined || !doer.roots.has(match.pattern.code.slice(0, 2))) return undefined
  const actor = doerOf(doer.verbs)
  if (actor === undefined || subject === undefined || subject.actors.length === 0 || subject.actors.some((x) => x.code.slice(0, 3) === actor.code.slice(0, 3))) return undefined
  return { ...match, target: { from: target.from, to: target.to, actors: [actor] } }
}

/**
 * The target of a verb whose slot opens with a harmful act noun and the phrase naming its victim ("condemned the
 * beheading of a Belmoran hostage", "denounced the attack on Corvian soldiers", senses `victimNouns`): the act's doer
 * named in the noun phrase itself ("the Belmoran attack on …", "Belmora's killing of …"), else in a "by" phrase after
 * it, else told earlier (`actDoers`, not the subject's own country). `null` when no doer is found: the victim is never
 * the target, and no guess stands in for it. Undefined when the slot holds no such noun.
 */
function victimNounTarget(s: ChunkedSentence, senses: Senses, v: number, match: PatternMatch, doerOf: ((verbs: ReadonlySet<string>) => ActorRef | undefined) | undefined, subject: NounGroup | undefined): PatternMatch | null | undefined {
  const target = match.target
  if (target === undefined || senses.victimNouns.size === 0) return undefined
  // The slot opens with the noun ("condemn <target>") or the pattern names it before the slot ("welcome * of <target>").
  // "condemns killing of …": the tagger may leave the noun in the verb group, as its last word.
  const at = isVictimNoun(s, senses, match, target.from) ? target.from : (s.chunks[target.from - 2]?.from ?? -1) > v && isVictimNoun(s, senses, match, target.from - 2) ? target.from - 2 : isVictimGerund(s, senses, match, v, target.from - 2) ? target.from - 2 : -1
  const np = s.chunks[at]
  const head = s.words[np?.to ?? -1]
  if (np === undefined || head === undefined) return undefined
  // "the Belmoran attack on …", "Belmora's killing of …", "its offensive against …": the doer modifies the noun.
  const own: ActorRef[] = []
  for (let w = np.from; w < np.to; w++) {
    const actor = s.words[w]?.actor
    if (actor !== undefined && own[own.length - 1] !== actor) own.push(actor)
  }
  if (own.length > 0) return { ...match, target: { from: at, to: at, actors: own } }
  // "… of a Belmoran hostage by Corvian rebels": the agent closes the phrase. "the release of prisoners in Vell": with
  // no agent, the place where it was done stands for its authority, as CAMEO reads a place.
  const last = Math.min(s.chunks.length - 2, Math.max(target.to, at + 2) + 4)
  let place: NounGroup | undefined
  for (let c = at + 2; c <= last; c++) {
    const chunk = s.chunks[c]
    if (chunk === undefined || chunk.kind === 'VG' || (chunk.kind === 'O' && s.words[chunk.from]?.pos === 'PUNCT')) break
    const word = s.words[chunk.from]?.lower
    if (chunk.kind !== 'P' || (word !== 'by' && word !== 'in')) continue
    const group = readGroupRight(s, c + 1, c + 1)
    if (group === undefined || group.actors.length === 0) continue
    if (word === 'by') return { ...match, target: group }
    place ??= group
  }
  if (place !== undefined && !place.actors.some((x) => subject?.actors.some((y) => y.code.slice(0, 3) === x.code.slice(0, 3)) === true)) return { ...match, target: place }
  const doer = doerOf === undefined ? undefined : senses.actDoers.get(head.lemma) ?? senses.actDoers.get(head.lower)
  const actor = doer === undefined || doerOf === undefined ? undefined : doerOf(doer.verbs)
  if (actor === undefined || subject === undefined || subject.actors.some((x) => x.code.slice(0, 3) === actor.code.slice(0, 3))) return null
  return { ...match, target: { from: at, to: at, actors: [actor] } }
}

/**
 * Whether a subject is the victim named by "on"/"against" after a phrase headed by a violent act noun (a noun pattern
 * of roots 18–20: "The attacks on Arvenia forced …", "a raid against Belmoran posts killed …") with no actor of its
 * own: the one struck, not the doer. A place ("a bombing near Vell killed …") stays the doer, as CAMEO reads it.
 */
function isStruckPlaceSubject(s: ChunkedSentence, patterns: PatternSet, subject: NounGroup | undefined): boolean {
  if (subject === undefined || subject.actors.length === 0) return false
  const link = s.chunks[subject.from - 1]
  const np = s.chunks[subject.from - 2]
  if (link?.kind !== 'P' || !VICTIM_PREPOSITIONS.has(s.words[link.from]?.lower ?? '') || np?.kind !== 'NP') return false
  for (let w = np.from; w <= np.to; w++) if (s.words[w]?.actor !== undefined) return false
  const head = s.words[np.to]
  if (head === undefined) return false
  const nouns = patterns.nouns.get(head.lemma) ?? patterns.nouns.get(head.lower)
  return nouns?.some((x) => VIOLENT_ROOTS.has(x.code.slice(0, 2))) === true
}

/** Prepositions after a violent act noun that name the one it struck ("an attack on", "a raid against"). */
const VICTIM_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'against', 'upon'])

/**
 * Whether clause `k` names an accident or a natural disaster (senses `accidents`: "crash", "flood"); given a `trigger`
 * word, not that word, and a verb only by its listed form ("derailed", not "stormed" a camp).
 */
function hasAccidentWord(s: ChunkedSentence, k: number, senses: Senses, trigger?: number): boolean {
  const clause = s.clauses[k]
  if (clause === undefined || senses.accidents.size === 0) return false
  const from = s.chunks[clause.from]?.from ?? 0
  const to = s.chunks[clause.to]?.to ?? -1
  for (let w = from; w <= to; w++) {
    const word = s.words[w]
    if (word === undefined || w === trigger) continue
    if (senses.accidents.has(word.lower) || (senses.accidents.has(word.lemma) && !(trigger !== undefined && word.pos === 'VERB'))) return true
  }
  return false
}

/** Roots of violent acts whose noun's prepositional phrase names where they struck (CAMEO 18–20). */
const VIOLENT_ROOTS: ReadonlySet<string> = new Set(['18', '19', '20'])

/** Whether chunk `c` is the verb group of `v` ending in a listed act noun other than `v` before its victim's preposition ("condemns killing of"). */
function isVictimGerund(s: ChunkedSentence, senses: Senses, match: PatternMatch, v: number, c: number): boolean {
  const group = s.chunks[c]
  const noun = s.words[group?.to ?? -1]
  if (group?.kind !== 'VG' || noun === undefined || group.to === v || group.from > v || group.to < v) return false
  const victim = senses.victimNouns.get(noun.lower)
  const link = s.chunks[c + 1]
  return victim !== undefined && victim.roots.has(match.pattern.code.slice(0, 2)) && link !== undefined && link.from === link.to && victim.prepositions.has(s.words[link.from]?.lower ?? '')
}

/** Whether chunk `c` is a noun phrase headed by a listed harmful act noun with no actor of its own, before the preposition that names its victim. */
function isVictimNoun(s: ChunkedSentence, senses: Senses, match: PatternMatch, c: number): boolean {
  const np = s.chunks[c]
  const head = s.words[np?.to ?? -1]
  if (np?.kind !== 'NP' || head === undefined || head.actor !== undefined) return false
  const victim = senses.victimNouns.get(head.lemma) ?? senses.victimNouns.get(head.lower)
  if (victim === undefined || !victim.roots.has(match.pattern.code.slice(0, 2))) return false
  const link = s.chunks[c + 1]
  return link !== undefined && link.kind !== 'VG' && link.from === link.to && victim.prepositions.has(s.words[link.from]?.lower ?? '')
}

/** Whether a noun group is "the two …" or "both …" ending in a listed plural noun ("the two NATO allies", "both sides"). */
function isPairPhrase(s: ChunkedSentence, senses: Senses, group: NounGroup): boolean {
  const first = s.chunks[group.from]
  const last = s.chunks[group.to]
  if (first === undefined || last === undefined || senses.pairNouns.size === 0) return false
  const opener = s.words[first.from]?.lower
  const isPair = opener === 'both' || (opener === 'the' && s.words[first.from + 1]?.lower === 'two')
  return isPair && senses.pairNouns.has(s.words[last.to]?.lower ?? '')
}

/**
 * Drops, in place, acts denied only as a habit ("Greece and Turkey would not always agree", "did not always meet"): a
 * partial negation says the act happens at times, and names no event.
 */
function dropPartialNegations(s: ChunkedSentence, candidates: Candidate[]): void {
  let found = false
  for (const x of candidates) if (isPartialNegation(s, x)) found = true
  if (!found) return
  const kept = candidates.filter((x) => !isPartialNegation(s, x))
  candidates.splice(0, candidates.length, ...kept)
}

/** Whether "not always" (or "never always") stands within three words before a candidate's trigger. */
function isPartialNegation(s: ChunkedSentence, x: Candidate): boolean {
  for (let w = x.triggerFrom - 1; w >= 1 && w >= x.triggerFrom - 3; w--) {
    if (s.words[w]?.lower === 'always' && s.words[w - 1]?.isNegation === true) return true
  }
  return false
}

/** Determiners that point back to an act told before ("the launch", "this attack"). */
const DEFINITE: ReadonlySet<string> = new Set(['the', 'this', 'that'])

/** The light verb group right before a noun phrase in the same clause ("would tighten | the blockade"), if any. */
function lightVerbBefore(s: ChunkedSentence, np: number, k: number, patterns: PatternSet): Chunk | undefined {
  const verb = s.chunks[np - 1]
  if (verb?.kind !== 'VG' || clauseOf(s, np - 1) !== k) return undefined
  const lemma = s.words[verb.verbs[verb.verbs.length - 1] ?? verb.to]?.lemma ?? ''
  return patterns.cues.light.has(lemma) ? verb : undefined
}

/** Whether word `w` lies in the target or source slot of a match. */
function isInSlot(s: ChunkedSentence, match: PatternMatch, w: number): boolean {
  return [match.target, match.source].some((g) => g !== undefined && w >= (s.chunks[g.from]?.from ?? Infinity) && w <= (s.chunks[g.to]?.to ?? -1))
}

/** Word positions a verb match spans after its head, outside its source and target slots ("postpone * demonstration"). */
function wordsOfVerbPattern(s: ChunkedSentence, v: number, match: PatternMatch): number[] {
  const out: number[] = []
  for (let w = v + 1; w <= match.end; w++) if (!isInSlot(s, match, w)) out.push(w)
  return out
}

/** Whether a noun group is "each other" or "one another": the members of a compound subject act on each other. */
function isEachOther(s: ChunkedSentence, group: NounGroup | undefined): boolean {
  if (group === undefined || group.actors.length > 0) return false
  // The chunker may run on into a bare infinitive ("help [each other fight] terrorism"): the first two words decide.
  const from = s.chunks[group.from]?.from ?? -1
  const phrase = `${s.words[from]?.lower ?? ''} ${s.words[from + 1]?.lower ?? ''}`
  return phrase === 'each other' || phrase === 'one another'
}

/** Whether "that" at `w` opens a clause with a subject and a verb ("that it can win"), not "that evening". */
function isThatClause(s: ChunkedSentence, w: number): boolean {
  return s.words[w]?.lower === 'that' && s.words[w + 1]?.isDate !== true && hasVerbAfter(s, w + 1, s.words.length - 1, true)
}

/** Whether a participle sits between "as" and a preposition ("as opposed to", "as compared with"): a comparison. */
function isAsParticiple(s: ChunkedSentence, v: number): boolean {
  return s.words[v - 1]?.lower === 'as' && s.words[v + 1]?.pos === 'ADP' && (s.words[v]?.lower.endsWith('ed') ?? false)
}

/** Quotation marks, with the "quot;" left behind by HTML-stripped wire copy. */
const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '“', '”', "'", '‘', '’', '``', "''"])

/** Whether a quotation mark (or a stripped "quot;") ends just before word `w`'s position `at` (inclusive). */
function isQuoteBefore(s: ChunkedSentence, at: number): boolean {
  const word = s.words[at]
  if (word === undefined) return false
  if (QUOTE_MARKS.has(word.lower)) return true
  return word.lower === ';' && s.words[at - 1]?.lower === 'quot'
}

/** Whether words from..to hold a negating noun before "of" (a pattern gap: "ended its boycott of talks"). */
function hasNegatingNounIn(s: ChunkedSentence, senses: Senses, from: number, to: number): boolean {
  for (let w = from; w < to; w++) if (isNegatingNounAt(s, senses, w)) return true
  return false
}

/** Whether a verb stands alone in quotation marks ('planes "bombed" the town with leaflets'): a figure of speech. */
function isScareQuoted(s: ChunkedSentence, v: number): boolean {
  const next = s.words[v + 1]
  const isQuoteAfter = next !== undefined && (QUOTE_MARKS.has(next.lower) || (next.lower === 'quot' && s.words[v + 2]?.lower === ';'))
  return isQuoteAfter && isQuoteBefore(s, v - 1)
}

/** Whether a participle is glued by a hyphen to a word that is no actor ("an Arab-backed resolution"): that word did it. */
function isGluedToNonActor(s: ChunkedSentence, v: number): boolean {
  const verb = s.words[v]
  const hyphen = s.words[v - 1]
  const doer = s.words[v - 2]
  if (verb === undefined || hyphen === undefined || doer === undefined || hyphen.lower !== '-') return false
  return hyphen.end === verb.start && doer.end === hyphen.start && doer.actor === undefined
}

/** Whether a word is one of the literal words of a matched pattern ("ultimatum" in "issue * ultimatum to"). */
function isPatternWord(match: PatternMatch, word: Word | undefined): boolean {
  if (word === undefined) return false
  return match.pattern.elements.some((el) => el.kind === 'word' && (el.words.includes(word.lemma) || el.words.includes(word.lower)))
}

/** Whether a verb lends modality to the verb it governs ("agreed to", "refused to", "threatened to"). */
function isMatrixCue(lemma: string, patterns: PatternSet): boolean {
  const cues = patterns.cues
  return cues.intent.has(lemma) || cues.negating.has(lemma) || cues.threatening.has(lemma) || cues.planned.has(lemma)
}

/** The first actor to the right of word `w` in clause `k`: a target the pattern's slot did not catch ("lifted a curfew in Arvenia"). */
function nearestActorRight(s: ChunkedSentence, w: number, end: number, exclude: readonly ActorRef[], code: string, after?: { matchEnd: number; actNouns: ReadonlySet<string>; isObjectControl?: boolean; patterns?: PatternSet }): ActorRef | undefined {
  // Where a meeting happens names no party to it ("to meet in Belmora for talks"); the place of a protest, an
  // attack or a concession stands for its authority, as CAMEO codes it ("staged a strike in Arvenia", "lifted the
  // curfew in Belmora").
  const skipsPlaces = code.startsWith('04')
  let isPastClause = false
  for (let i = w + 1; i <= end; i++) {
    // "killed 18 people as the Arvenian minister declared …": past a word opening a clause with its own verb, an
    // actor does another act; only a place there ("… as fighting raged in Vell") still stands for the scene.
    if (!isPastClause && isClauseOpener(s, i) && hasVerbAfter(s, i + 1, s.words.length - 1)) isPastClause = true
    // "defended the decision to invade Belmora": past a noun's own infinitive after the pattern lies that act's other
    // side, not this one's ("use tear gas to disperse" is the pattern's own).
    if (after !== undefined && i > after.matchEnd && isActNounInfinitive(s, i, after.actNouns)) return undefined
    // "meet kidnappers to seek the release of Belmoran workers": past the object of a meeting, a purpose infinitive is
    // an act of its own; the object without an actor is the other side, and it is unnamed.
    // "asked followers to mount an attack on Belmora", "warned the bloc not to cross …": the unnamed object of a verb
    // that passes it on is the one asked or warned, and the infinitive's other side is not.
    // A concession asked for still benefits the side it names ("asked the court to release Belmoran prisoners").
    if (after !== undefined && i > after.matchEnd && isPurposeInfinitive(s, i) && (skipsPlaces || (after.isObjectControl === true && !isYieldVerb(s.words[i + 1], after.patterns)))) return undefined
    // "dismissed claims that his policy courted the Harvest Party": a noun's "that" clause is what it says, not a party to it.
    if (after !== undefined && i > after.matchEnd && s.words[i]?.lower === 'that' && s.words[i - 1]?.pos === 'NOUN' && s.words[i - 1]?.actor === undefined && hasVerbAfter(s, i + 1, s.words.length - 1, true)) return undefined
    // "agrees to a visit despite certain anger from China": what an act goes ahead despite names no side to it.
    if (i > w + 1 && CONCESSIVES.has(s.words[i]?.lower ?? '')) return undefined
    const actor = s.words[i]?.actor
    // A pronoun ("its dispute") refers back, usually to the source: not a fallback target.
    if (actor === undefined || isPronounActor(actor) || exclude.some((a) => a.start === actor.start)) continue
    // "toured a camp for Belmoran refugees": those a place is for are not the hosts of a visit.
    if (skipsPlaces && (isPlacePhrase(s, i) || isBeneficiaryPhrase(s, i))) continue
    if (isPastClause && !isPlacePhrase(s, i)) continue
    // "Threat to Resign Over Gaza": what a resignation is over is its reason, not a side to it.
    if (code.startsWith('083') && isTopicPhrase(s, i)) continue
    return actor
  }
  return undefined
}

/** Whether the word at `i` opens, after at most two determiners or adjectives, a phrase of "over" or "about" (a topic). */
function isTopicPhrase(s: ChunkedSentence, i: number): boolean {
  for (let w = i - 1; w >= 0 && w >= i - 3; w--) {
    const word = s.words[w]
    if (word === undefined) return false
    if (word.lower === 'over' || word.lower === 'about') return true
    if (word.pos !== 'DET' && word.pos !== 'ADJ') return false
  }
  return false
}

/** Concessive prepositions: what follows is what the act goes ahead despite (English grammar, a closed list). */
const CONCESSIVES: ReadonlySet<string> = new Set(['despite', 'notwithstanding'])

/** Words that open a subordinate clause when a verb follows ("as", "after"): English grammar, a closed list. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['as', 'after', 'before', 'while', 'since', 'until', 'because', 'although', 'though', 'whereas', 'when', 'where'])

/** Whether "to" at `i` opens an infinitive right after a common noun without an actor ("met kidnappers to seek …"). */
function isPurposeInfinitive(s: ChunkedSentence, i: number): boolean {
  // "warned the bloc not to cross": a negation may stand before "to".
  const noun = s.words[i - 1]?.isNegation === true ? s.words[i - 2] : s.words[i - 1]
  return s.words[i]?.lower === 'to' && s.words[i + 1]?.pos === 'VERB' && noun !== undefined && noun.pos === 'NOUN' && noun.actor === undefined
}

/** Whether a verb heads a pattern of a concession (CAMEO root 08: release, withdraw, lift, ease). */
function isYieldVerb(word: Word | undefined, patterns: PatternSet | undefined): boolean {
  if (word === undefined || patterns === undefined) return false
  const options = patterns.verbs.get(word.lemma) ?? patterns.verbs.get(word.lower) ?? []
  return options.some((p) => p.code.startsWith('08'))
}

/** Whether "to" at `i` opens the infinitive of a listed noun ("the decision to invade", "a bid to end"). */
function isActNounInfinitive(s: ChunkedSentence, i: number, actNouns: ReadonlySet<string>): boolean {
  const noun = s.words[i - 1]
  if (s.words[i]?.lower !== 'to' || noun === undefined || noun.pos !== 'NOUN' || s.words[i + 1]?.pos !== 'VERB') return false
  return actNouns.has(noun.lower) || actNouns.has(noun.lemma)
}

/** Whether the word at `i` opens a clause; "such as", "as well as" and "so as" do not. */
function isClauseOpener(s: ChunkedSentence, i: number): boolean {
  const lower = s.words[i]?.lower ?? ''
  if (!CLAUSE_OPENERS.has(lower)) return false
  const before = s.words[i - 1]?.lower
  return lower !== 'as' || (before !== 'such' && before !== 'well' && before !== 'so')
}

/**
 * Whether a verb comes in words [from, end] after no more than a subject ("as [the minister, Ona Brel,] declared");
 * a preposition other than "of" or a conjunction first ("before the election while …") says the word led a phrase.
 */
function hasVerbAfter(s: ChunkedSentence, from: number, end: number, isCompoundSubject = false): boolean {
  for (let i = from; i <= end && i < from + 12; i++) {
    const word = s.words[i]
    if (word === undefined) return false
    if (word.pos === 'VERB' || (word.pos === 'AUX' && i > from)) return true
    // "that the Tories and the Harvest Party appealed": a compound subject may hold "and".
    if (isCompoundSubject && word.pos === 'CCONJ') continue
    if ((word.pos === 'ADP' && word.lower !== 'of') || word.pos === 'CCONJ' || word.pos === 'SCONJ') return false
  }
  return false
}

/** Prepositions that make their object the place of an event: English grammar, a closed list. */
const LOCATIVES = new Set(['in', 'at', 'near', 'inside', 'outside', 'across', 'throughout'])

/** Whether the word at `w` belongs to a noun phrase right after a locative preposition ("in the Belmoran capital"). */
function isPlacePhrase(s: ChunkedSentence, w: number): boolean {
  const at = phraseStart(s, w)
  // A span that takes its preposition in ("in central Vell", as hand-marked spans may) is a place phrase too.
  return LOCATIVES.has(s.words[at - 1]?.lower ?? '') || LOCATIVES.has(s.words[at]?.lower ?? '')
}

/** Where the noun phrase holding word `w` starts, looking back over determiners, adjectives and names. */
function phraseStart(s: ChunkedSentence, w: number): number {
  let at = w
  while (at > 0 && s.words[at - 1] !== undefined && (s.words[at - 1]?.pos === 'DET' || s.words[at - 1]?.pos === 'ADJ' || s.words[at - 1]?.pos === 'PROPN' || s.words[at - 1]?.actor === s.words[w]?.actor)) at--
  return at
}

/** Whether the word at `w` belongs to a noun phrase right after "for" ("a camp for Belmoran refugees"): a beneficiary. */
function isBeneficiaryPhrase(s: ChunkedSentence, w: number): boolean {
  return s.words[phraseStart(s, w) - 1]?.lower === 'for'
}

/** Violence by armed forces is conventional fighting (CAMEO 19), not unconventional assault (18). */
function militaryCode(code: string, source: ActorRef, patterns: PatternSet, phrase: readonly string[]): string {
  const mapped = patterns.military.map.get(code) ?? patterns.military.map.get(code.slice(0, 2))
  if (mapped === undefined) return code
  const role = source.code.slice(3)
  // The role code (ARVMIL), or a military word in the actor's text or its phrase ("Arvenian troops").
  const words = [...source.text.toLowerCase().split(/\s+/), ...phrase]
  const isMilitary = [...patterns.military.roles].some((r) => role.includes(r)) || words.some((w) => patterns.military.words.has(w))
  return isMilitary ? mapped : code
}

/** Lower-cased words of the noun phrases of a group ("Arvenian troops"). */
function groupWords(s: ChunkedSentence, group: NounGroup | undefined): string[] {
  if (group === undefined) return []
  const out: string[] = []
  for (let w = s.chunks[group.from]?.from ?? 0; w <= (s.chunks[group.to]?.to ?? -1); w++) out.push(s.words[w]?.lower ?? '')
  return out
}

/** Whether an actor is a company (role BUS), whatever its country. */
function isBusiness(actor: ActorRef): boolean {
  return actor.code.length >= 6 && actor.code.slice(3).includes('BUS')
}

/** The note of a candidate recoded by the sense its object gives the verb. */
const SENSE_NOTE = 'recoded by the sense of its object'

/** The note of a candidate recoded as a threat of the act it governs. */
const THREAT_NOTE = 'threat of the governed event'

/** Confidence factor of a passive event whose source is the place it happened in (a CAMEO convention, but a guess). */
const PLACE_SOURCE_FACTOR = 0.8

/** Roots whose agentless passive "in X" reads X's authority as the doer: investigate, coerce, assault, fight, mass violence (not accusations, which someone makes). */
const PLACE_SOURCE_ROOTS: ReadonlySet<string> = new Set(['09', '17', '18', '19', '20'])

/** Codes within those roots that anyone does, not the place's authority: abduction, hostage-taking, bombings ("Arvenians kidnapped in Belmora"). */
const PLACE_SOURCE_EXCLUDED: readonly string[] = ['181', '183']

/** Whether an agentless passive of `code` "in X" reads X's authority as the doer. */
function isPlaceSourceCode(code: string): boolean {
  return PLACE_SOURCE_ROOTS.has(code.slice(0, 2)) && !PLACE_SOURCE_EXCLUDED.some((p) => code.startsWith(p))
}

/** The note a candidate carries when its source is the place of an agentless passive. */
const PLACE_SOURCE_NOTE = 'source is the place of a passive without agent'

/**
 * Whether a code is a de-escalation the subject's own side carries out even when told in the passive ("guerrillas
 * have been demobilized", "troops were withdrawn"): CAMEO 087, de-escalate military engagement.
 */
function isSelfDirected(code: string): boolean {
  return code.startsWith('087')
}

/** The noun phrase a verb's object sense is read from: the chunk after the group, past the particles its pattern used ("takes over | the presidency", "pulled out of | the race", "warned that | the dollar"). */
function objectChunk(s: ChunkedSentence, c: number, match: PatternMatch): Chunk | undefined {
  // "pulled out of the elections", "warned that the dollar …": every particle, preposition or complementizer the
  // pattern spells out comes before the object.
  let at = c + 1
  while ((s.chunks[at]?.kind === 'P' || s.chunks[at]?.kind === 'O') && (s.chunks[at]?.to ?? Infinity) <= match.end && at <= c + 3) at++
  return s.chunks[at]
}

/**
 * Whether an -ing verb is a noun: right after another lexical verb of its group and before "of" ("Vell says killing
 * of Belmoran engineer was …", "condemns killing of"), it names the act the other verb is about, which it did not do.
 */
function isNominalGerund(s: ChunkedSentence, chunk: Chunk, v: number): boolean {
  const word = s.words[v]
  if (word === undefined) return false
  // "without them facing torture", "risking arrest": a base form right after a participle or gerund is its object noun.
  const previous = s.words[v - 1]
  if (chunk.verbs.includes(v - 1) && previous?.pos === 'VERB' && /(?:ing|ed)$/u.test(previous.lower) && !/(?:ing|ed|s)$/u.test(word.lower)) return true
  // "pledging to eradicate torture": a base form right after another base form, unless the first takes a bare
  // infinitive ("help rebuild", "let go").
  if (chunk.verbs.includes(v - 1) && previous?.pos === 'VERB' && s.words[v - 2]?.lower === 'to' && !BARE_INFINITIVE_VERBS.has(previous.lemma) && !/(?:ing|ed|s)$/u.test(word.lower)) return true
  // "Lagos Receives Torture Commission Report", "Vell Backs Attack on …": a base form right after a finite -s verb is
  // its object noun, unless that verb takes a bare infinitive ("helps rebuild").
  if (chunk.verbs.includes(v - 1) && previous?.pos === 'VERB' && /[^s]s$/u.test(previous.lower) && !BARE_INFINITIVE_VERBS.has(previous.lemma) && !/(?:ing|ed|s)$/u.test(word.lower)) return true
  // "U.S. Commander Calls Shooting 'Tragic'": an -ing form right after a finite -s verb names what the verb is about,
  // unless that verb takes the subject's own act ("Begins Shelling", "Denies Attacking").
  if (chunk.verbs.includes(v - 1) && previous?.pos === 'VERB' && /[^s]s$/u.test(previous.lower) && word.lower.endsWith('ing') && !GERUND_ACT_VERBS.has(previous.lemma)) return true
  // "in connection with a state prosecutor's killing": after a possessor and with no "of" phrase, the gerund names
  // what befell the possessor; the doer is not told ("Belmora's killing of …" keeps its doer).
  const possessive = s.words[v - 1]?.lower
  if (word.lower.endsWith('ing') && chunk.from === v && (possessive === "'s" || possessive === '’s') && s.words[v + 1]?.lower !== 'of') return true
  // "since his capture a year ago", "after their arrest": a verb right after a possessive determiner is a noun naming
  // what befell the possessor ("her" only after a preposition: "made her resign" is a verb).
  if (chunk.from === v && s.words[v + 1]?.lower !== 'of' && isPossessiveDeterminer(s, v - 1)) return true
  if (!word.lower.endsWith('ing') || s.words[v + 1]?.lower !== 'of') return false
  return chunk.verbs.some((other) => other < v && s.words[other]?.pos === 'VERB')
}

/** Possessive determiners that are never an object pronoun ("his", "their"); "her" counts only after a preposition. */
const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'its', 'their', 'our', 'my', 'your'])

/** Whether word w is a possessive determiner ("since his capture", "after her arrest"). */
function isPossessiveDeterminer(s: ChunkedSentence, w: number): boolean {
  const word = s.words[w]
  if (word === undefined || word.pos === 'VERB') return false
  if (POSSESSIVE_DETERMINERS.has(word.lower)) return true
  const before = s.words[w - 1]
  return word.lower === 'her' && before !== undefined && (before.pos === 'ADP' || before.pos === 'SCONJ')
}

/**
 * Verbs whose -ing complement is their subject's own act ("begins shelling", "denies attacking", "risks losing"):
 * English grammar, a closed list.
 */
const GERUND_ACT_VERBS: ReadonlySet<string> = new Set(['begin', 'start', 'continue', 'keep', 'resume', 'stop', 'halt', 'end', 'finish', 'quit', 'cease', 'deny', 'admit', 'consider', 'risk', 'avoid', 'try', 'go', 'escalate', 'step', 'intensify', 'plan', 'threaten', 'vow', 'pledge', 'promise', 'propose', 'mull', 'weigh', 'contemplate', 'rule'])

/** Verbs followed by a bare infinitive ("help rebuild", "make them leave"): English grammar, a closed list. */
const BARE_INFINITIVE_VERBS: ReadonlySet<string> = new Set(['help', 'let', 'make', 'have', 'see', 'hear', 'watch', 'dare', 'go', 'come', 'bid'])

/**
 * Whether an -s verb is a plural event noun: alone in its group, before "of", after a determiner and a proper noun
 * that modify it ("in the Vell riots of 2002", "the Belmora talks of 1998"), where no finite verb can stand.
 */
function isNominalPlural(s: ChunkedSentence, c: number, v: number, patterns: PatternSet): boolean {
  const chunk = s.chunks[c]
  const word = s.words[v]
  if (chunk?.verbs.length !== 1 || word === undefined || !word.lower.endsWith('s') || s.words[v + 1]?.lower !== 'of') return false
  if (!patterns.nouns.has(word.lemma) && !patterns.nouns.has(word.lower)) return false
  const before = s.chunks[c - 1]
  if (before?.kind !== 'NP' || before.to !== v - 1 || before.from === before.to || s.words[before.from]?.pos !== 'DET') return false
  for (let w = before.from + 1; w <= before.to; w++) if (s.words[w]?.pos !== 'PROPN') return false
  return true
}

/** Whether a verb only takes a direct object in the patterns of its head ("accuse <target>", "arrest <target>"; not "protest"). */
function takesObject(verb: Word | undefined, patterns: PatternSet): boolean {
  if (verb === undefined) return false
  const options = patterns.verbs.get(verb.lemma) ?? patterns.verbs.get(verb.lower) ?? []
  // "protest against", "fight with": a verb that also goes on with a preposition is intransitive too ("protested over").
  const isIntransitive = options.some((p) => { const first = p.elements[0]; return first?.kind === 'word' && first.words.some((x) => PREPOSITIONS.has(x)) })
  return !isIntransitive && options.some((p) => p.elements[0]?.kind === 'target' || p.elements[0]?.kind === 'gap')
}

/** Turns a verb pattern match into candidates: subject or passive agent as source, slot (or fallbacks) as target. */
function codeVerb(
  s: ChunkedSentence,
  patterns: PatternSet,
  chunk: Chunk,
  v: number,
  match: PatternMatch,
  role: Roles,
  k: number,
  isReported: boolean,
  speaker: NounGroup | undefined,
  senses: Senses,
  isTargetless = false,
): Candidate[] {
  const verb = s.words[v]
  const clause = s.clauses[k]
  if (verb === undefined || clause === undefined) return []
  const end = s.chunks[clause.to]?.to ?? s.words.length - 1
  const actNouns = ownedActNouns(senses, patterns)
  let reading = readVerbModality(s, patterns.cues, chunk, v, clause, isReported, actNouns)
  const notes: string[] = []
  let confidence = 0.9 * match.pattern.weight
  let sources = role.subject?.actors ?? []
  let targets = match.target?.actors ?? []
  if (role.isPassive) {
    if (role.agent === undefined) return []
    sources = role.agent.actors
    targets = role.subject?.actors ?? []
    confidence *= 0.9
    notes.push('passive')
  }
  // Not in a clause that hangs inside the report: "…, the Arvenian embassy said" is not "they" of "when they tour Belmora".
  const opener = role.subject === undefined ? undefined : s.words[(s.chunks[role.subject.from]?.from ?? 0) - 1]
  const isEmbedded = clause.kind === 'subordinate' || clause.kind === 'relative' || (opener !== undefined && CLAUSE_OPENERS.has(opener.lower))
  if (sources.length === 0 && role.subject !== undefined && isReported && speaker !== undefined && !isEmbedded) {
    // "Arvenia said it would …": a pronoun subject of a report is the speaker.
    const first = s.words[s.chunks[role.subject.from]?.from ?? -1]
    if (first !== undefined && PRONOUNS.has(first.lower)) {
      sources = speaker.actors
      confidence *= 0.85
      notes.push('pronoun subject is the speaker')
    }
  }
  if (role.isSubjectInherited) {
    confidence *= 0.85
    notes.push('subject from another clause')
  }
  if (verb.pos !== 'VERB') {
    confidence *= 0.85
    notes.push('verb tagged as noun')
  }
  // A head that itself expresses intent ("pledged aid to", "offered troops to") makes the event intended.
  if (reading.modality === 'asserted' && match.pattern.code.startsWith('03') && patterns.cues.intent.has(verb.lemma)) reading = { ...reading, modality: 'intent' }
  let code = applyIntent(match.pattern.code, reading.modality, patterns)
  // "threatened to impose sanctions": the act is a threat of the governed event.
  const governing = findGoverningGroup(s, chunk, clause, actNouns)
  const matrix = [...(governing?.verbs ?? []), ...chunk.verbs.filter((x) => x < v)]
  const isThreat = matrix.some((x) => patterns.cues.threatening.has(s.words[x]?.lemma ?? ''))
  // "will withdraw its troops unless …": a conditional promise of harm or retreat is a threat.
  // The words after the verb up to a reporting verb: "criticised the stance, saying he had accepted it unless …" holds
  // no condition of the criticism.
  const after = wordsBeforeReport(s, v + 1, patterns)
  const isConditional = !reading.negated && (reading.modality === 'planned' || reading.modality === 'asserted') && after.some((w) => patterns.threatConditions.has(w.lower))
  // "may halt mediation if the talks fail": harm held out on a condition is a threat too.
  const isConditionalHarm = !reading.negated && (reading.modality === 'planned' || reading.modality === 'hypothetical') && patterns.threatenedRoots.has(code.slice(0, 2)) && after.some((w) => patterns.harmConditions.has(w.lower))
  // "X said it would blockade Y": an announced coercive act is a threat.
  const isAnnounced = isReported && !reading.negated && reading.modality === 'planned' && patterns.threatenedRoots.has(code.slice(0, 2))
  if ((isThreat || isConditional || isConditionalHarm || isAnnounced) && !code.startsWith('13')) {
    code = patterns.threat.get(code.slice(0, 2)) ?? patterns.threat.get('*') ?? code
    reading = { ...reading, modality: 'asserted' }
    notes.push(THREAT_NOTE)
  }
  // "refused to withdraw", "will not accept refugees": a cooperative act refused is a rejection, not a non-event.
  const refusal = refusalCode(match.pattern.code, reading, matrix.some((x) => patterns.cues.negating.has(s.words[x]?.lemma ?? '')), patterns)
  if (refusal !== undefined && !notes.includes(THREAT_NOTE)) {
    code = refusal
    reading = { ...reading, modality: isReported ? 'reported' : 'asserted', negated: false }
    notes.push('refusal of the governed event')
  }
  const trigger = { triggerFrom: v, triggerTo: Math.max(v, Math.min(match.end, lastLiteral(s, v, match.end))) }
  const make = (a: ActorRef, b: ActorRef | null, c: number, extra: string[]): Candidate => ({ source: a, target: b, code: militaryCode(code, a, patterns, groupWords(s, role.isPassive ? role.agent : role.subject)), pattern: match.pattern, rule: match.pattern.id, ...trigger, modality: reading.modality, negated: reading.negated, clause: k, confidence: c, notes: [...notes, ...extra] })
  if (isTargetless) return sources.map((a) => make(a, null, confidence * MONADIC_FACTOR, ['no target: the act named has no doer told']))
  // "X and Y welcomed the move", "X and Y called for the embargo to be lifted": the slot right after the verb (or its
  // particle) holds a thing, so the members did not do it to each other.
  const slotAt = match.pattern.elements.findIndex((el) => el.kind === 'target')
  // "The decision must be ratified by X and Y": a passive's subject without an actor is the thing object.
  const hasThingSubject = role.isPassive && role.subject !== undefined && role.subject.actors.length === 0
  // "X and Y contributed to the package": a later slot that holds a thing is no other side either (a governed act
  // keeps its reciprocity: "X and Y agreed to allow access to all areas").
  const hasThingSlot = match.target !== undefined && match.target.actors.length === 0 && slotAt > 0 && chunk.verbs[0] === v
  const hasThingObject = (match.target !== undefined && (slotAt === 0 || (slotAt === 1 && match.pattern.elements[0]?.kind === 'word') || hasThingSlot) && !role.isPassive && !isEachOther(s, match.target)) || hasThingSubject
  // A compound subject a gerund inherits ("Reagan and Baker will begin …, a bid … for freeing …") is too far from the
  // act to say its members did it to each other; a coordinated predicate keeps it ("met and agreed to …").
  const isDistant = role.isSubjectInherited && chunk.verbs.length === 1 && (s.words[chunk.verbs[0] ?? -1]?.lower.endsWith('ing') ?? false)
  if (targets.length === 0 && sources.length > 1 && !hasThingObject && !isDistant) {
    // "Arvenia and Belmora met": a reciprocal event between the members of a compound subject; not when the verb
    // has an object that is no actor ("Arvenia and Belmora welcomed the move", "cannot prevent all attacks").
    return pairs(sources, sources).map(([a, b]) => make(a, b, confidence * 0.85, ['reciprocal']))
  }
  // A press agency or an international body that reports the harm ("…, Reuters reported", "…, a U.N. official said") is no victim of it.
  const foreign = speaker?.actors.filter((x) => !sources.some((y) => y.code.slice(0, 3) === x.code.slice(0, 3)) && !isReporter(x, senses)) ?? []
  // Only harm done or threatened implies the speaker as victim ("said Belmora shelled the border"), not "declined to comment".
  const isHarm = Number(match.pattern.code.slice(0, 2)) >= 13
  if (targets.length === 0 && isReported && isHarm && speaker !== undefined && foreign.length > 0) {
    // "Arvenia said Belmora shelled the border": the claimant, from another country, is the implied target.
    targets = foreign
    confidence *= 0.7
    notes.push('target is the speaker')
  }
  const next = s.clauses[k + 1]
  if (targets.length === 0 && sources.length > 0 && (notes.includes(THREAT_NOTE) || code.startsWith('13')) && next?.kind === 'conditional') {
    // "threatened to strike unless Belmora withdraws": the one the condition asks something of is the threatened side.
    const asked = nearestActorRight(s, v, s.chunks[next.to]?.to ?? end, sources, code)
    if (asked !== undefined) targets = [asked]
  }
  // "the Harvest Party has demonstrated that it can win": a bare act verb before a "that" clause shows or says something.
  if (targets.length === 0 && match.end === v && isThatClause(s, v + 1)) return []
  if (targets.length === 0 && sources.length > 0) {
    // "accused ministers of turning Belmora into …": past a gap closed by a preposition lies what the act is about,
    // not its other side, so the guess looks only as far as that word ("lifted the curfew in Belmora" looks on).
    // "the package offered by Indian Prime Minister Dr Manmohan Singh": no other side inside the by-agent's phrase.
    const from = role.isPassive && role.agent !== undefined ? Math.max(v, s.chunks[role.agent.to]?.to ?? v) : v
    const isObjectControl = patterns.cues.objectControl.has(s.words[v]?.lemma ?? '')
    const right = nearestActorRight(s, from, closesGap(match.pattern) && s.words[match.end]?.pos === 'ADP' ? Math.min(end, match.end) : end, sources, code, { matchEnd: match.end, actNouns: senses.actNouns, isObjectControl, patterns })
    if (right !== undefined) {
      targets = [right]
      confidence *= 0.6
      notes.push(NEXT_ACTOR_NOTE)
    }
  }
  if (targets.length === 0 && isMonadic(match, code, patterns)) {
    // "the rebels surrendered", "the president resigned": an act that needs no other side.
    return sources.map((a) => make(a, null, confidence * MONADIC_FACTOR, ['no target']))
  }
  return pairs(sources, targets)
    .filter(([a, b]) => !isSelfVisit(a, b, match.pattern.code))
    .map(([a, b]) => make(a, b, confidence, []))
}

/** The words from `from` up to (not including) the next reporting verb of the sentence, or to its end. */
function wordsBeforeReport(s: ChunkedSentence, from: number, patterns: PatternSet): Word[] {
  let to = from
  while (to < s.words.length) {
    const word = s.words[to]
    if (word !== undefined && word.pos === 'VERB' && patterns.cues.reporting.has(word.lemma)) break
    to++
  }
  return s.words.slice(from, to)
}

/** The sense of a candidate from its source's role, else its target's ("Labour attacked the Tories"). */
function roleSense(x: Candidate, senses: Senses): ReturnType<typeof readSourceRoleSense> {
  return readSourceRoleSense(senses, x.source.code, x.code) ?? readTargetRoleSense(senses, x.target?.code, x.code)
}

/** Whether any candidate is recoded or dropped by the role of its source or target. */
function hasRoleSense(candidates: readonly Candidate[], senses: Senses): boolean {
  for (const x of candidates) if (roleSense(x, senses) !== undefined) return true
  return false
}

/** Recodes or drops candidates by their source's or target's role ("Labour attacked the Tories" is criticism, 111). */
function recodeByRole(candidates: readonly Candidate[], senses: Senses): Candidate[] {
  const out: Candidate[] = []
  for (const x of candidates) {
    const sense = roleSense(x, senses)
    if (sense === undefined) out.push(x)
    else if (sense.code !== null) out.push({ ...x, code: sense.code, notes: [...x.notes, 'recoded by the role of its source or target'] })
  }
  return out
}

/** Cooperative roots (03–08) whose refused acts are rejections (CAMEO 12). */
const COOPERATIVE_ROOTS: ReadonlySet<string> = new Set(['03', '04', '05', '06', '07', '08'])

/**
 * The rejection code for a refused cooperative act: negated under a negating matrix verb ("refused to", "declined
 * to") or announced ("will not", "is not ready to"). A plain past negation ("did not meet") stays a negated event.
 */
function refusalCode(code: string, reading: { modality: Modality; negated: boolean }, isUnderNegatingVerb: boolean, patterns: PatternSet): string | undefined {
  const root = code.slice(0, 2)
  if (!reading.negated || !COOPERATIVE_ROOTS.has(root)) return undefined
  if (!isUnderNegatingVerb && reading.modality !== 'planned' && reading.modality !== 'intent') return undefined
  return patterns.refusal.get(root) ?? patterns.refusal.get('*')
}

/** Whether a pattern without a target slot has a gap closed by a word ("accuse * of", "lift * curfew"). */
function closesGap(pattern: PatternMatch['pattern']): boolean {
  const gap = pattern.elements.findIndex((el) => el.kind === 'gap')
  return gap >= 0 && pattern.elements[gap + 1]?.kind === 'word' && !pattern.elements.some((el) => el.kind === 'target')
}

/** Note on a candidate whose target is the next actor in the clause (a guess). */
const NEXT_ACTOR_NOTE = 'target is the next actor in the clause'
/** Note on an intent whose guessed target was a place of the doer's own country. */
const OWN_PLACE_NOTE = 'own place is no partner'

/** Confidence factor of an event without a target: below the 0.7 of a confident dyad, so a coded dyad reads first. */
const MONADIC_FACTOR = 0.75

/**
 * Whether a match may stand without a target: a root the patterns call monadic, no actor in the target slot, and a
 * pattern that names the act itself: a head without a slot ("resign", "surrender") or literal words beside the slot
 * ("threaten to impose * against <target>"). A bare "verb <target>" with a non-actor object ("offer shares", "seek
 * approval") names no act of its own, except in the roots of `monadicObjectRoots` (force).
 */
function isMonadic(match: PatternMatch, code: string, patterns: PatternSet): boolean {
  const pattern = match.pattern
  // The act's own root or the root it was recoded to: "agreed to resign" (035 from 0831), "will not accept" (120 from 030).
  const root = [pattern.code.slice(0, 2), code.slice(0, 2)].find((r) => patterns.monadicRoots.has(r))
  if ((match.target?.actors.length ?? 0) > 0 || root === undefined) return false
  // "declined to", "agreed to": a head waiting for its infinitive names no act ("the index declined to 51.9 pct").
  const last = pattern.elements[pattern.elements.length - 1]
  if (last?.kind === 'word' && last.words.includes('to')) return false
  // "refuse to * <target>": the gap after "to" holds the act, which the pattern does not name ("refused to say whether").
  if (pattern.elements.some((el, i) => el.kind === 'word' && el.words.includes('to') && pattern.elements[i + 1]?.kind === 'gap')) return false
  // Force on a thing ("attacked the building", "seized the cargo") is an act even with a bare slot.
  return !pattern.hasTarget || pattern.specificity > 1 || patterns.monadicObjectRoots.has(root)
}

/** The last word of a verb match that is part of the pattern text (not a slot), for the trigger span. */
function lastLiteral(s: ChunkedSentence, head: number, end: number): number {
  let last = head
  for (let w = head + 1; w <= end; w++) {
    const word = s.words[w]
    if (word === undefined || word.actor !== undefined || word.pos === 'NOUN' || word.pos === 'PROPN' || word.pos === 'DET') break
    if (word.pos === 'ADP' || word.pos === 'PART' || word.pos === 'VERB') last = w
    else break
  }
  return last
}

