// Step 4 of coreference: personal and possessive pronouns linked to the nearest agreeing antecedent.
import type { EntityType } from '../../core/index.js'
import type { CorefView, DraftMention } from './drafts.js'
import { isBareRoleKey, isPluralHead, lastWordOf } from './groups.js'
import type { ClusterState } from './name-clusters.js'
import type { PersonProfile } from './profiles.js'

type Agreement = 'm' | 'f' | 'it' | 'they'

const PRONOUNS: ReadonlyMap<string, Agreement> = new Map([
  ['he', 'm'], ['him', 'm'], ['his', 'm'], ['himself', 'm'],
  ['she', 'f'], ['her', 'f'], ['hers', 'f'], ['herself', 'f'],
  ['its', 'it'], ['itself', 'it'],
  ['they', 'they'], ['them', 'they'], ['their', 'they'], ['themselves', 'they'],
])

/** How many sentences back a pronoun may look for its antecedent. */
const WINDOW = 3
const THING_TYPES: ReadonlySet<EntityType> = new Set(['GPE', 'ORG'])

/**
 * The subject of the sentence holding the pronoun at token `i`: the last person mention before the sentence's
 * first verb (after a colon or semicolon, if any), when that verb comes before the pronoun (a pronoun before it is
 * the subject itself).
 * @param candidates mentions before the pronoun, nearest first
 */
function sentenceSubject(view: CorefView, i: number, sentence: number, sentenceStart: number, candidates: readonly DraftMention[], isPerson: (m: DraftMention) => boolean): DraftMention | undefined {
  let k = i
  while (k > 0 && view.sentenceOfToken[k - 1] === sentence) k--
  // A colon or semicolon opens a clause of its own ("Another reason Lund is calm: while Dorsa spoke, he …").
  for (let c = i - 1; c >= k; c--) {
    const lower = view.lowers[c]
    if (lower === ':' || lower === ';') {
      k = c + 1
      break
    }
  }
  const clauseStart = view.tokens[k]?.start ?? sentenceStart
  while (k < i && view.tokens[k]?.pos !== 'VERB' && view.tokens[k]?.pos !== 'AUX') k++
  if (k >= i) return undefined
  const verbStart = view.tokens[k]?.start ?? 0
  // A possessor ("On Lund's advice, …") is no subject.
  return candidates.find((m) => m.start >= clauseStart && m.end <= verbStart && isPerson(m) && !isPossessor(view, k, m))
}

/** Whether token `k` is a verb or an auxiliary. */
function isVerbAt(view: CorefView, k: number): boolean {
  const pos = view.tokens[k]?.pos
  return pos === 'VERB' || pos === 'AUX'
}

/** Whether token `k` exists and lies in sentence `sentence`. */
function isInSentence(view: CorefView, sentence: number, k: number): boolean {
  return k >= 0 && view.sentenceOfToken[k] === sentence
}

/**
 * The verb group at or before token `k` in the sentence (its first token) and the verb before that group, or
 * undefined when either is missing.
 */
function verbGroupBefore(view: CorefView, sentence: number, k: number): { group: number; previous: number } | undefined {
  let group = k
  while (isInSentence(view, sentence, group) && !isVerbAt(view, group)) group--
  if (!isInSentence(view, sentence, group)) return undefined
  while (isInSentence(view, sentence, group - 1) && isVerbAt(view, group - 1)) group--
  let previous = group - 1
  while (isInSentence(view, sentence, previous) && !isVerbAt(view, previous)) previous--
  return isInSentence(view, sentence, previous) ? { group, previous } : undefined
}

/**
 * Whether a mention heads its phrase: the token after it (from `sentenceFirst`, before the pronoun at `i`) is no noun,
 * name or adjective it modifies, and it is no possessor. (Module-level: no closure per pronoun.)
 */
function isHeadMention(view: CorefView, sentenceFirst: number, i: number, m: DraftMention): boolean {
  let k = sentenceFirst
  while (k < i && (view.tokens[k]?.start ?? 0) < m.end) k++
  const pos = view.tokens[k]?.pos
  // "a US-sponsored resolution": a name hyphened to a word modifies it too.
  const isHyphened = view.lowers[k] === '-' && view.tokens[k]?.start === m.end
  return pos !== 'NOUN' && pos !== 'PROPN' && pos !== 'ADJ' && !isHyphened && !isPossessor(view, k, m)
}

/**
 * The thing an "its" in an embedded clause belongs to: the object of the verb group before the pronoun ("Vell
 * began confronting Kessa over its programme" → Kessa), else that group's subject, the nearest mention between
 * it and the verb before ("Vell said Kessa was keeping its word" → Kessa; "Vell urged Kessa to keep its word" →
 * Kessa). Possessors and names that modify a noun do not count. None when that group is the sentence's first.
 * @param inSentence the sentence's candidate mentions before the pronoun, nearest first
 */
function clauseSubject(view: CorefView, i: number, sentence: number, inSentence: readonly DraftMention[]): DraftMention | undefined {
  const found = verbGroupBefore(view, sentence, i - 1)
  if (found === undefined) return undefined
  let { group, previous } = found
  // A name that modifies a noun ("a U.N. draft resolution") is neither subject nor object.
  let sentenceFirst = previous
  while (isInSentence(view, sentence, sentenceFirst - 1)) sentenceFirst--
  // The object of that verb group first ("confronting Kessa over its programme"), then the group's subject.
  const groupEnd = view.tokens[group]?.end ?? 0
  const pronounStart = view.tokens[i]?.start ?? 0
  const object = inSentence.find((m) => m.start >= groupEnd && m.end <= pronounStart && isHeadMention(view, sentenceFirst, i, m))
  if (object !== undefined) return object
  // The group's subject; a participle with no subject of its own ("the limits set by its deal") defers to the
  // subject of the clause before it, once.
  for (let hop = 0; hop < 2; hop++) {
    const from = view.tokens[previous]?.end ?? 0
    const to = view.tokens[group]?.start ?? 0
    const subject = inSentence.find((m) => m.start >= from && m.end <= to && isHeadMention(view, sentenceFirst, i, m))
    if (subject !== undefined) return subject
    // Only a participle right after a noun ("the limits set by") has no subject of its own.
    const isReducedRelative = hop === 0 && view.tokens[group]?.pos === 'VERB' && !isVerbAt(view, group + 1) && view.tokens[group - 1]?.pos === 'NOUN'
    if (!isReducedRelative) return undefined
    const before = verbGroupBefore(view, sentence, previous)
    if (before === undefined) return undefined
    group = before.group
    previous = before.previous
  }
  return undefined
}

/** Whether a mention ends in or is followed by a possessive "'s" (searched back from token `k`). */
function isPossessor(view: CorefView, k: number, mention: DraftMention): boolean {
  while (k > 0 && (view.tokens[k - 1]?.start ?? 0) >= mention.end) k--
  const next = view.lowers[k]
  if (view.tokens[k]?.start === mention.end && (next === "'s" || next === "'")) return true
  const tail = view.text.slice(mention.end - 2, mention.end)
  return tail === "'s" || tail === '’s'
}

/** Whether a person mention may be of a pronoun's gender: known to agree, or of unknown gender. */
function agreesInGender(profiles: ReadonlyMap<string, PersonProfile>, agreement: Agreement, m: DraftMention): boolean {
  const profile = profiles.get(m.key)
  return profile !== undefined && (profile.gender === undefined || profile.gender === agreement)
}

/** A subject of unknown gender does not outrank one known to agree: whether the subject is known to agree, or the nearest is not known either. */
function isKnownAsWell(profiles: ReadonlyMap<string, PersonProfile>, agreement: Agreement, subject: DraftMention, nearest: DraftMention): boolean {
  return profiles.get(subject.key)?.gender === agreement || profiles.get(nearest.key)?.gender === undefined
}

/** Whether a subject agrees with a pronoun: a pronoun subject ("His remarks …") only for a pronoun of its own gender. */
function agreesAsSubject(view: CorefView, profiles: ReadonlyMap<string, PersonProfile>, agreement: Agreement, subject: DraftMention): boolean {
  return agreesInGender(profiles, agreement, subject) && (subject.kind !== 'pronoun' || PRONOUNS.get(view.text.slice(subject.start, subject.end).toLowerCase()) === agreement)
}

/**
 * Links pronouns: he/she to the nearest person of agreeing gender within three sentences; its to the
 * subject GPE/ORG of its sentence (else the nearest one before it); they/their to the nearest plural
 * demonym ("the Arvenians"). Unresolvable pronouns get no mention.
 * @param earlier every non-pronoun mention, sorted by start
 */
export function findPronounMentions(
  view: CorefView,
  earlier: readonly DraftMention[],
  clusters: ReadonlyMap<string, ClusterState>,
  profiles: ReadonlyMap<string, PersonProfile>,
): DraftMention[] {
  const out: DraftMention[] = []
  let upper = 0
  for (let i = 0; i < view.tokens.length; i++) {
    const token = view.tokens[i]
    // The tag first: most tokens are not pronouns or determiners, and a tag test is cheaper than a lookup.
    if (token === undefined || token.pos !== 'PRON' && token.pos !== 'DET') continue
    const agreement = PRONOUNS.get(view.lowers[i] ?? '')
    if (agreement === undefined) continue
    const sentence = view.sentenceOfToken[i] ?? -1
    const sentenceStart = view.sentences[sentence]?.start ?? 0
    const windowStart = view.sentences[Math.max(0, sentence - WINDOW + 1)]?.start ?? 0
    while (upper < earlier.length && (earlier[upper]?.end ?? Infinity) <= token.start) upper++
    // Candidates: earlier mentions and already linked pronouns, nearest first.
    const candidates: DraftMention[] = []
    for (let k = upper - 1; k >= 0; k--) {
      const m = earlier[k]
      if (m === undefined || m.start < windowStart) break
      candidates.push(m)
    }
    for (let k = out.length - 1; k >= 0; k--) {
      const m = out[k]
      if (m === undefined || m.start < windowStart) break
      candidates.push(m)
    }
    candidates.sort((a, b) => b.start - a.start)
    let chosen: DraftMention | undefined
    if (agreement === 'm' || agreement === 'f') {
      chosen = candidates.find((m) => agreesInGender(profiles, agreement, m))
      // Inside the sentence, its subject outranks a nearer object or possessor ("Lund met Dorsa and said he …").
      if (chosen !== undefined && chosen.start >= sentenceStart) {
        const subject = sentenceSubject(view, i, sentence, sentenceStart, candidates, (m) => profiles.has(m.key))
        if (subject !== undefined && subject.key !== chosen.key && agreesAsSubject(view, profiles, agreement, subject)) chosen = subject
      } else if (chosen !== undefined) {
        // Across sentences, the subject of the antecedent's sentence outranks a nearer object or possessor in it
        // ("Lund met Dorsa in Vell. He said …"), unless only the nearer one is known to be of the pronoun's gender.
        let before = i
        while (before > 0 && (view.tokens[before - 1]?.start ?? 0) >= chosen.end) before--
        const other = view.sentenceOfToken[before - 1] ?? -1
        let last = before
        while (last < i && view.sentenceOfToken[last] === other) last++
        const otherStart = view.sentences[other]?.start ?? 0
        const subject = other >= 0 ? sentenceSubject(view, last, other, otherStart, candidates, (m) => profiles.has(m.key)) : undefined
        if (subject !== undefined && subject.key !== chosen.key && agreesAsSubject(view, profiles, agreement, subject) && isKnownAsWell(profiles, agreement, subject, chosen)) chosen = subject
      }
    } else if (agreement === 'it') {
      const inSentence = candidates.filter((m) => m.start >= sentenceStart && THING_TYPES.has(clusters.get(m.key)?.type ?? 'MISC'))
      let k = i
      while (k > 0 && view.sentenceOfToken[k - 1] === sentence) k--
      while (k < i && view.tokens[k]?.pos !== 'VERB' && view.tokens[k]?.pos !== 'AUX') k++
      const verbStart = k < i ? (view.tokens[k]?.start ?? Infinity) : Infinity
      // The subject of the pronoun's own clause first ("Vell said Kessa was keeping its word" is Kessa's word),
      // then the nearest thing before the sentence's first verb (candidates run nearest first): "SEOUL — Kessa
      // fired … off its coast" is Kessa's coast, not the dateline's.
      chosen = clauseSubject(view, i, sentence, inSentence) ?? inSentence.find((m) => m.end <= verbStart) ?? inSentence[0]
    } else {
      chosen = candidates.find((m) => {
        const cluster = clusters.get(m.key)
        // A bare role ("group:*GOV") takes "they" only as a plural ("officials", "police"), not "the government".
        const isGroup = m.key.startsWith('group:') && (!isBareRoleKey(m.key) || isPluralHead(lastWordOf(view.text, m.end)))
        return (cluster?.target?.kind === 'demonym' || isGroup) && m.kind !== 'pronoun'
      })
    }
    if (chosen === undefined) continue
    const name = clusters.get(chosen.key)?.names[0] ?? ''
    out.push({ start: token.start, end: token.end, kind: 'pronoun', key: chosen.key, reason: `pronoun ${view.lowers[i] ?? ''} → ${name}` })
  }
  return out
}
