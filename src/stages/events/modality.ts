// Modality: reads planned/intent/hypothetical/reported and negation from the verb group, its context and the clause.
import type { Modality } from '../../core/index.js'
import type { CueKind } from '../../dictionaries/patterns/index.js'
import type { Chunk } from './chunks.js'
import type { Clause } from './clauses.js'
import { isNounOfActor, isPossessedNoun, type ChunkedSentence } from './roles.js'

/** Cue word sets, as the pattern set holds them. */
export type Cues = Readonly<Record<CueKind, ReadonlySet<string>>>

/** What modality reading found, with the words that decided it. */
export interface ModalityReading {
  readonly modality: Modality
  readonly negated: boolean
  /** The cue words seen, for explanations. */
  readonly cues: readonly string[]
}

const ORDER: readonly Modality[] = ['hypothetical', 'planned', 'intent', 'reported', 'asserted']

function pick(found: ReadonlySet<Modality>): Modality {
  return ORDER.find((m) => found.has(m)) ?? 'asserted'
}

/** No act nouns: the default of `findGoverningGroup`. */
const NO_ACT_NOUNS: ReadonlySet<string> = new Set()

/**
 * The verb group that governs an infinitive group in the same clause: "agreed on Saturday | to provide",
 * "threatened on Monday | to break". Undefined when the group does not start with "to", or when a noun that owns its
 * infinitive (`actNouns`) stands before it.
 */
export function findGoverningGroup(s: ChunkedSentence, chunk: Chunk, clause: Clause, actNouns: ReadonlySet<string> = NO_ACT_NOUNS): Chunk | undefined {
  if (s.words[chunk.from]?.lower !== 'to') return undefined
  const at = s.chunks.indexOf(chunk)
  // "rejected Tomas Varga's plan to pull out", "rejecting a Belmoran overture to resume talks": the possessor's act,
  // which the verb before does not govern.
  const before = s.chunks[at - 1]
  if (before?.kind === 'NP' && (isPossessedNoun(s, before) || isNounOfActor(s, before, actNouns))) return undefined
  for (let c = at - 1; c >= clause.from && c >= at - 4; c--) {
    const previous = s.chunks[c]
    if (previous?.kind === 'VG') return previous
    // Only time and place phrases may sit between: "agreed in principle on Saturday to …".
    if (previous?.kind === 'O' && s.words[previous.from]?.pos === 'PUNCT') return undefined
  }
  return undefined
}

/** Whether a clause is a report, or sits before a trailing "…, X said". */
export function isReportedClause(s: ChunkedSentence, clause: Clause, trailingReport: number | undefined): boolean {
  if (clause.kind === 'reported') return true
  return trailingReport !== undefined && clause.from < (s.clauses[trailingReport]?.from ?? 0)
}

/**
 * Reads the modality of a verb event whose pattern head is word `verb` in verb group `chunk`.
 * Modals and negation in the group count; matrix verbs before the head ("refused to", "plans to", "ready to") count;
 * the clause kind adds hypothetical (if/unless) and reported.
 */
export function readVerbModality(
  s: ChunkedSentence,
  cues: Cues,
  chunk: Chunk,
  verb: number,
  clause: Clause,
  isReported: boolean,
  actNouns: ReadonlySet<string> = NO_ACT_NOUNS,
): ModalityReading {
  const found = new Set<Modality>()
  const seen: string[] = []
  let negated = false
  const governing = findGoverningGroup(s, chunk, clause, actNouns)
  const positions: number[] = []
  if (governing !== undefined) for (let w = governing.from; w <= governing.to; w++) positions.push(w)
  for (let w = chunk.from; w <= chunk.to; w++) positions.push(w)
  for (const w of positions) {
    const word = s.words[w]
    if (word === undefined) continue
    if (w >= verb) continue
    // Negation precedes the verb it denies ("did not meet", "will never accept"); "agreed to resign without
    // returning" does not negate the resignation.
    if (word.isNegation) {
      negated = true
      seen.push(word.lower)
    }
    const isMatrix = word.pos === 'VERB' || word.pos === 'AUX'
    // "was unable to comment", "unwilling to give": a negating adjective holds the act back as a negating verb does.
    if ((isMatrix || word.pos === 'ADJ') && cues.negating.has(word.lemma)) {
      negated = true
      seen.push(word.lemma)
    }
    // In a report, "would" is the future seen from the past ("said it would blockade"), not a condition.
    if (isReported && word.lower === 'would') found.add('planned')
    else if (word.pos === 'AUX' && (cues.hypothetical.has(word.lower) || cues.hypothetical.has(word.lemma))) found.add('hypothetical')
    if ((word.pos === 'AUX' || isMatrix) && (cues.planned.has(word.lower) || cues.planned.has(word.lemma))) found.add('planned')
    // "Varga is to visit Belmora": "be to" + verb is a schedule (English grammar), not a state.
    if (word.lemma === 'be' && s.words[w + 1]?.lower === 'to' && s.words[w + 2]?.pos === 'VERB') found.add('planned')
    if (isMatrix && word.pos === 'VERB' && cues.intent.has(word.lemma)) found.add('intent')
    if (cues.planned.has(word.lemma) || cues.intent.has(word.lemma) || cues.hypothetical.has(word.lower)) seen.push(word.lower)
  }
  // Words just before the group: "ready to", "willing to", "likely to", "not ready to".
  for (let w = chunk.from - 1; w >= 0 && w >= chunk.from - 3; w--) {
    const word = s.words[w]
    if (word === undefined || word.pos === 'PUNCT' || word.actor !== undefined) break
    if (word.isNegation || (word.pos === 'ADJ' && cues.negating.has(word.lemma))) negated = true
    // "Tomas Varga's plan to pull out", "an offer to mediate": a plan or a promise right before "to" is not yet done.
    if (word.pos === 'NOUN' && w === chunk.from - 1 && s.words[chunk.from]?.lower === 'to') {
      if (cues.planned.has(word.lemma)) found.add('planned')
      if (cues.intent.has(word.lemma)) found.add('intent')
    }
    if (word.pos === 'ADJ' || word.pos === 'ADV' || word.pos === 'VERB') {
      if (cues.intent.has(word.lemma)) found.add('intent')
      if (cues.hypothetical.has(word.lemma)) found.add('hypothetical')
      if (cues.planned.has(word.lemma) && word.pos !== 'ADV') found.add('planned')
      seen.push(word.lower)
    }
  }
  if (isDeniedComplement(s, cues, chunk)) {
    negated = true
    seen.push('that')
  }
  if (clause.kind === 'conditional') found.add('hypothetical')
  if (isAskedOrBarred(s, cues, chunk, governing)) found.add('hypothetical')
  if (isAlleged(s, chunk)) found.add('reported')
  // "… whether Belmoran soldiers had been taken hostage": an embedded question asserts nothing.
  if (s.words[s.chunks[clause.from]?.from ?? -1]?.lower === 'whether') found.add('hypothetical')
  // "Arvenian PM to host Belmoran allies": a headline's bare "to" after its subject is the future.
  if (governing === undefined && s.words[chunk.from]?.lower === 'to' && s.chunks[s.chunks.indexOf(chunk) - 1]?.kind === 'NP' && !hasVerbBefore(s, chunk)) found.add('planned')
  if (isReported) found.add('reported')
  return { modality: pick(found), negated, cues: seen }
}

/**
 * Whether a verb group is the first one of a "that" clause after a negating verb: "Arvenia denied that Belmoran troops
 * attacked Corvia" tells of no attack.
 */
function isDeniedComplement(s: ChunkedSentence, cues: Cues, chunk: Chunk): boolean {
  for (let at = s.chunks.indexOf(chunk) - 1; at >= 1; at--) {
    const before = s.chunks[at]
    if (before === undefined || before.kind === 'VG') return false
    if (before.kind !== 'O' || before.from !== before.to || s.words[before.from]?.lower !== 'that') continue
    const governing = s.chunks[at - 1]
    const verb = governing?.kind === 'VG' ? s.words[governing.verbs[governing.verbs.length - 1] ?? governing.to] : undefined
    return verb !== undefined && verb.pos === 'VERB' && cues.negating.has(verb.lemma)
  }
  return false
}

/** Whether any verb group comes before a chunk in its sentence. */
function hasVerbBefore(s: ChunkedSentence, chunk: Chunk): boolean {
  for (const other of s.chunks) {
    if (other === chunk) return false
    if (other.kind === 'VG') return true
  }
  return false
}

/** Nouns that ask something of someone besides the directive verbs' own nouns ("a demand for Belmora to withdraw"). */
const DIRECTIVE_NOUNS = new Set(['demand', 'invitation', 'plea', 'ultimatum', 'proposal'])

/** Whether an infinitive follows "a demand/call/request for X": what is asked for is not done. */
function followsDirectiveNoun(s: ChunkedSentence, cues: Cues, chunk: Chunk): boolean {
  for (let w = chunk.from - 1; w >= 0 && w >= chunk.from - 6; w--) {
    const word = s.words[w]
    if (word === undefined || word.pos === 'VERB' || word.pos === 'AUX' || word.pos === 'PUNCT') return false
    if (word.pos === 'NOUN' && (DIRECTIVE_NOUNS.has(word.lemma) || cues.objectControl.has(word.lemma))) return true
  }
  return false
}

/** Whether the noun phrase right before an infinitive group follows "for" after an adjective or a noun ("foolish for Japan | to …"). */
function hasForSubject(s: ChunkedSentence, chunk: Chunk): boolean {
  const at = s.chunks.indexOf(chunk)
  const subject = s.chunks[at - 1]
  const preposition = s.chunks[at - 2]
  if (subject?.kind !== 'NP' || preposition?.kind !== 'P' || s.words[preposition.from]?.lower !== 'for') return false
  const before = s.words[preposition.from - 1]
  return before !== undefined && (before.pos === 'ADJ' || before.pos === 'NOUN')
}

/** Verbs whose subject is an event that takes place ("the talks began"): English usage, a closed list. */
const TAKING_PLACE: ReadonlySet<string> = new Set(['start', 'begin', 'open', 'resume', 'happen', 'occur', 'proceed', 'commence', 'take', 'go'])

/** Verbs that lay an act at someone's door without the text asserting it: English usage, a closed list. */
const ALLEGING = new Set(['accuse', 'blame', 'suspect', 'allege', 'charge'])

/**
 * Whether a gerund tells what someone is accused of ("accused Khartoum of violating a ceasefire by killing 75
 * civilians"): the act is a claim, reported, not asserted by the text.
 */
function isAlleged(s: ChunkedSentence, chunk: Chunk): boolean {
  const first = s.words[chunk.from]
  const before = s.words[chunk.from - 1]
  if (first === undefined || first.pos !== 'VERB' || !first.lower.endsWith('ing')) return false
  if (before?.lower !== 'of' && before?.lower !== 'for' && before?.lower !== 'by') return false
  for (let w = chunk.from - 2; w >= 0 && w >= chunk.from - 14; w--) {
    const word = s.words[w]
    if (word === undefined || word.pos === 'PUNCT') return false
    if (word.pos === 'VERB' && ALLEGING.has(word.lemma)) return true
  }
  return false
}

/** Verbs that assert what their object was made to do ("forced the plane to land"): English usage, a closed list. */
const IMPLICATIVE = new Set(['force', 'compel', 'lead', 'enable'])

/**
 * Whether an act is only asked for or warded off, not done: an infinitive whose governing verb passes its object on
 * ("urged Belmora to free the hostages", "ordered his men to lay down their arms"), a gerund after "against"/"from"
 * ("warned officials against visiting Vell", "barred from entering"), or "whether to" ("decides whether to endorse").
 */
function isAskedOrBarred(s: ChunkedSentence, cues: Cues, chunk: Chunk, governing: Chunk | undefined): boolean {
  const before = s.words[chunk.from - 1]
  const first = s.words[chunk.from]
  if (before?.lower === 'whether' && first?.lower === 'to') return true
  if ((before?.lower === 'against' || before?.lower === 'from') && first?.pos === 'VERB' && first.lower.endsWith('ing')) return true
  if (first?.lower === 'to' && followsDirectiveNoun(s, cues, chunk)) return true
  // "it would be foolish for Japan to strike back", "time for Belmora to act": an infinitive with its own "for" subject
  // is weighed, not done.
  if (first?.lower === 'to' && hasForSubject(s, chunk)) return true
  // "Blair urged to launch inquiry", "was asked to resign": the one urged or asked has not done it.
  for (let w = chunk.from; w < chunk.to; w++) {
    const word = s.words[w]
    if (word?.pos === 'VERB' && word.lower.endsWith('ed') && s.words[w + 1]?.lower === 'to' && cues.objectControl.has(word.lemma) && !IMPLICATIVE.has(word.lemma) && !cues.intent.has(word.lemma) && !cues.planned.has(word.lemma) && !cues.planned.has(word.lower)) return true
  }
  if (governing === undefined) return false
  const lemma = s.words[governing.verbs[governing.verbs.length - 1] ?? governing.to]?.lemma ?? ''
  if (!cues.objectControl.has(lemma) || IMPLICATIVE.has(lemma)) return false
  // Object control needs the object between the verbs: "urged Belmora to …", not "wants to …".
  for (let w = governing.to + 1; w < chunk.from; w++) if (s.words[w]?.pos === 'NOUN' || s.words[w]?.pos === 'PROPN' || s.words[w]?.pos === 'PRON') return true
  return false
}

/**
 * Reads the modality of a noun event ("upcoming visit", "ahead of the visit", "visit …, which is scheduled for").
 * @param np chunk position of the noun phrase holding the head noun
 * @param head word position of the head noun
 */
export function readNounModality(
  s: ChunkedSentence,
  cues: Cues,
  np: number,
  head: number,
  clauseIndex: number,
  isReported: boolean,
): ModalityReading {
  const found = new Set<Modality>()
  const seen: string[] = []
  let negated = false
  const chunk = s.chunks[np]
  const from = Math.max(0, (chunk?.from ?? head) - 4)
  for (let w = from; w < head; w++) {
    const word = s.words[w]
    if (word === undefined) continue
    if (word.lower === 'no' && w >= (chunk?.from ?? head)) negated = true
    if (cues.plannedBefore.has(word.lower) || cues.plannedBefore.has(word.lemma)) {
      found.add('planned')
      seen.push(word.lower)
    }
  }
  // A following relative clause or predicate: "…, which is scheduled for May 6", "… will take place".
  const next = s.clauses[clauseIndex + 1]
  const own = s.clauses[clauseIndex]
  const look = next !== undefined && next.kind === 'relative' ? next : undefined
  for (const clause of [look, own]) {
    if (clause === undefined) continue
    for (let c = clause === own ? np + 1 : clause.from; c <= clause.to; c++) {
      const vg = s.chunks[c]
      if (vg?.kind !== 'VG') continue
      for (let w = vg.from; w <= vg.to; w++) {
        const word = s.words[w]
        if (word !== undefined && (word.pos === 'AUX' || word.pos === 'VERB') && (cues.planned.has(word.lower) || cues.planned.has(word.lemma))) {
          found.add('planned')
          seen.push(word.lower)
        }
      }
      // "Trials of the aides may start next week", "the talks could begin on Monday": a modal before a verb of taking
      // place leaves the noun's act open.
      const last = s.words[vg.verbs[vg.verbs.length - 1] ?? vg.to]
      if (clause === own && last !== undefined && TAKING_PLACE.has(last.lemma)) {
        for (let w = vg.from; w < vg.to; w++) {
          const word = s.words[w]
          if (word?.pos === 'AUX' && cues.hypothetical.has(word.lower)) {
            found.add('hypothetical')
            seen.push(word.lower)
          }
        }
      }
      break
    }
  }
  if (isReported) found.add('reported')
  return { modality: pick(found), negated, cues: seen }
}
