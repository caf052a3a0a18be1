// The word view of a sentence: tokens with lowercased lemma and surface, and the actor each token belongs to.
import type { Actor, Doc, PosTag, Sentence, Span, Token } from '../../core/index.js'

/** An actor as events use it: its code and the text it came from. */
export interface ActorRef {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly code: string
  readonly actorId?: string
  /** The coreference cluster, so an actor is never paired with another mention of itself. */
  readonly clusterId?: string
  /** A nationality adjective ("Israeli" in "Israeli attacks"), not a name: the word after it may be its noun. */
  readonly isNationality?: boolean
}

/** A token of a sentence with what the event coder needs of it. */
export interface Word {
  /** Position in the sentence. */
  readonly index: number
  readonly start: number
  readonly end: number
  /** Lowercased surface from the folded text. */
  readonly lower: string
  /** Lowercased lemma. */
  readonly lemma: string
  readonly pos: PosTag
  readonly isNegation: boolean
  /** The actor whose span holds this token, if any. */
  readonly actor: ActorRef | undefined
  /** True inside a date expression ("Saturday", "last week"), which patterns may skip. */
  readonly isDate: boolean
}

/** Pronouns the coreference stage may turn into actors; they stand for an actor named elsewhere. */
export const PRONOUN_TEXTS: ReadonlySet<string> = new Set(['he', 'she', 'it', 'they', 'we', 'his', 'her', 'its', 'their', 'him', 'them', 'us', 'itself', 'themselves', 'himself', 'herself'])

/** Whether an actor's text is a pronoun ("its" → RUS). */
export function isPronounActor(actor: ActorRef): boolean {
  // No pronoun is shorter than two letters or longer than ten ("themselves"): most names fail before any case change.
  const length = actor.text.length
  if (length < 2 || length > 10) return false
  // "US" is a country, "us" a pronoun.
  return PRONOUN_TEXTS.has(actor.text.toLowerCase()) && actor.text !== actor.text.toUpperCase()
}

/** Turns an actor annotation into the reference events carry. */
export function toActorRef(actor: Actor): ActorRef {
  // A demonym without the plural -s is the adjective ("Israeli", "Arvenian"), not the people ("Israelis").
  const isNationality = actor.reason === 'demonym' && !actor.text.endsWith('s')
  return { start: actor.start, end: actor.end, text: actor.text, code: actor.code, actorId: actor.id, clusterId: actor.clusterId, isNationality }
}

/** A plural or past ending, which lets a noun after a noun be read as a verb ("the minister hands over"). */
const INFLECTED_ENDING = /(?:s|ed)$/

/** An abbreviated sum written as one token ("119m", "1.5bn"). */
const SUM = /^\d[\d.,]*(?:m|bn|mn)$/

/** Abbreviations of a sum written apart from its figure ("119 m", "1.5 bn"). */
const SUM_UNITS: ReadonlySet<string> = new Set(['m', 'bn', 'mn', 'million', 'billion', 'trillion'])

/** Whether a UTF-16 code is an ASCII digit. */
function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

/**
 * Characters whose lower case depends on context or changes length (final sigma, dotted capital I), and
 * surrogates (a token edge could split a pair).
 */
const CONTEXTUAL_CASE = /[\u0130\u03a3\ud800-\udfff]/

/**
 * Lower-cases a whole text at once when that gives, token by token, what lower-casing each token would
 * (same length, no context-dependent letters); undefined otherwise.
 */
export function lowerCaseText(text: string): string | undefined {
  return CONTEXTUAL_CASE.test(text) ? undefined : text.toLowerCase()
}

/** Whether spans are sorted by start (as layers are), so a moving pointer can walk them. */
export function isSortedByStart(spans: readonly Span[]): boolean {
  for (let i = 1; i < spans.length; i++) if ((spans[i]?.start ?? 0) < (spans[i - 1]?.start ?? 0)) return false
  return true
}

/** Whether token t ("May") sits between a phrase and a verb, as a modal: no preposition, determiner or number before it ("in May"), a verb after. */
function isHeadlineModal(tokens: readonly Token[], t: number, to: number, previous: Word | undefined): boolean {
  const next = t + 1 < to ? tokens[t + 1] : undefined
  if (next === undefined || (next.pos !== 'VERB' && next.pos !== 'AUX')) return false
  return previous !== undefined && previous.pos !== 'ADP' && previous.pos !== 'DET' && previous.pos !== 'NUM' && previous.pos !== 'PUNCT'
}

/**
 * Builds the words of a sentence. `verbHeads` lists the verbs the coder knows (pattern heads and cue verbs): a token the tagger calls NOUN
 * ("the minister hands over …") is read as a verb when it is such a head, ends in -s/-ed and follows a noun,
 * `dates` (sorted spans of date expressions) mark words patterns may skip.
 * Such a noun is read as a verb unless it is also an event noun (`nounHeads`, "new sanctions against") not right after an actor ("Arvenia attacks").
 */
export function buildWords(
  folded: string,
  tokens: readonly Token[],
  actors: readonly Actor[],
  verbHeads: ReadonlySet<string>,
  nounHeads: ReadonlySet<string> = new Set(),
  dates: readonly Span[] = [],
  lowered?: string,
  range?: { readonly from: number; readonly to: number },
  currencyUnits: ReadonlySet<string> = NO_UNITS,
): Word[] {
  // The sentence's tokens are tokens[from..to) (all of them by default): read in place, not copied out.
  const from = range?.from ?? 0
  const to = range?.to ?? tokens.length
  const words: Word[] = []
  let a = 0
  let d = 0
  // One reference per actor, shared by its tokens (references are read-only and compared by offsets).
  let refOf: Actor | undefined
  let ref: ActorRef | undefined
  for (let t = from; t < to; t++) {
    const i = t - from
    const token = tokens[t]
    if (token === undefined) continue
    while (a < actors.length && (actors[a]?.end ?? 0) <= token.start) a++
    const candidate = actors[a]
    // An actor the actors stage could not code at all (UNK) gives no dyad; its words are read as plain words.
    let actor: ActorRef | undefined
    if (candidate !== undefined && candidate.code !== 'UNK' && candidate.start <= token.start && candidate.end >= token.end) {
      // Read once per actor: a name glued to "-style" or followed by a currency unit stands for no party.
      if (refOf !== candidate) {
        refOf = candidate
        ref = isLikenessModifier(folded, candidate.end) || namesCurrency(folded, candidate.end, currencyUnits) || namesCurrency(folded, candidate.end, HERITAGE_NOUNS) ? undefined : toActorRef(candidate)
      }
      actor = ref
    }
    const lower = lowered === undefined ? folded.slice(token.start, token.end).toLowerCase() : lowered.slice(token.start, token.end)
    let lemma = token.lemma.toLowerCase()
    let pos = token.pos
    const previous = words[i - 1]
    if (
      (pos === 'NOUN' || pos === 'PROPN') &&
      actor === undefined &&
      previous !== undefined &&
      (previous.pos === 'NOUN' || previous.pos === 'PROPN' || previous.lower === ',') &&
      INFLECTED_ENDING.test(lower)
    ) {
      const stem = lower.endsWith('ed') ? lower.slice(0, -2) : lower.slice(0, -1)
      // "staged" → stage, but "raps" → rap, never "rape": only a past form may have dropped an "e".
      const head = verbHeads.has(lemma) ? lemma : verbHeads.has(stem) ? stem : lower.endsWith('ed') && verbHeads.has(stem + 'e') ? stem + 'e' : undefined
      // An event noun ("new sanctions against") stays a noun unless a comma sets it off ("Varga, left, visits").
      const isEventNoun = nounHeads.has(lemma) || nounHeads.has(lower) || nounHeads.has(stem)
      // "Arvenia attacks Belmora", but not "British pounds cash": a verb is not followed by a plain noun.
      const next = t + 1 < to ? tokens[t + 1] : undefined
      const isBeforeNoun = next !== undefined && next.pos === 'NOUN'
      // "save the country pounds 119m", "pounds 1.5bn on aid": a word before an abbreviated sum names its currency.
      const unit = t + 2 < to ? tokens[t + 2] : undefined
      const isBeforeSum = next !== undefined && isDigit(folded.charCodeAt(next.start)) && (SUM.test(folded.slice(next.start, next.end).toLowerCase()) || (next.pos === 'NUM' && unit !== undefined && SUM_UNITS.has(folded.slice(unit.start, unit.end).toLowerCase())))
      // "textile exports fell", "all Brazilian demands.": a noun before a verb or a clause's end heads its phrase.
      const isPhraseHead = next === undefined || next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'PUNCT'
      // "Arvenia attacks Belmora" (a name before it), but "Israeli attacks on Gaza" (a nationality adjective): a noun.
      const isAfterName = previous.actor !== undefined && previous.pos !== 'ADJ' && previous.actor.isNationality !== true
      // "detained in British jails", "the Arvenian talks": after a preposition or determiner and an adjective, a noun.
      const beforePrevious = words[i - 2]
      const isInPhrase = previous.actor?.isNationality === true && (beforePrevious?.pos === 'ADP' || beforePrevious?.pos === 'DET')
      if (head !== undefined && !isBeforeNoun && !isBeforeSum && !isPhraseHead && !isInPhrase && (!isEventNoun || previous.lower === ',' || isAfterName)) {
        pos = 'VERB'
        lemma = head
      }
    }
    // The lemmatizer sometimes cuts too much ("staged" → "stag"): prefer a known verb read off the surface.
    if (pos === 'VERB' && !verbHeads.has(lemma)) lemma = knownVerbStem(lower, verbHeads) ?? lemma
    // Capitalised headline words are often tagged PROPN with the plural kept as lemma.
    if ((pos === 'PROPN' || pos === 'NOUN') && actor === undefined && lemma === lower && lower.endsWith('s') && lower.length > 3) {
      lemma = lower.slice(0, -1)
    }
    while (d < dates.length && (dates[d]?.end ?? 0) <= token.start) d++
    const date = dates[d]
    let isDate = date !== undefined && date.start <= token.start && date.end >= token.end
    // "Belmora May Prosecute Firm": a capitalized "May" before a verb in a headline is the modal, not the month.
    if (lower === 'may' && pos !== 'AUX' && actor === undefined && isHeadlineModal(tokens, t, to, previous)) {
      pos = 'AUX'
      lemma = 'may'
      isDate = false
    }
    words.push({ index: i, start: token.start, end: token.end, lower, lemma, pos, isNegation: token.isNegation, actor, isDate })
  }
  return words
}

/** The stem itself when it is a known verb head. */
function headOf(verbHeads: ReadonlySet<string>, stem: string): string | undefined {
  return verbHeads.has(stem) ? stem : undefined
}

/**
 * The first candidate base form of an inflected verb that is a known verb head, tried in this order: "-ied/-ies" → "-y"
 * ("carries" → carry); "-ed" cut by 2, 1, 3 ("staged" → stage, "planned" → plan); "-ing" cut by 3, with "e", cut by
 * 4; "-es" cut by 2; "-s" cut by 1. Each is built only when the ones before it missed (most verbs match none).
 */
function knownVerbStem(lower: string, verbHeads: ReadonlySet<string>): string | undefined {
  const last = lower.charCodeAt(lower.length - 1)
  // Every candidate needs a final "d", "g" or "s".
  if (last !== 0x64 && last !== 0x67 && last !== 0x73) return undefined
  if (lower.endsWith('ied') || lower.endsWith('ies')) {
    const found = headOf(verbHeads, lower.slice(0, -3) + 'y')
    if (found !== undefined) return found
  }
  if (lower.endsWith('ed')) {
    const found = headOf(verbHeads, lower.slice(0, -2)) ?? headOf(verbHeads, lower.slice(0, -1)) ?? headOf(verbHeads, lower.slice(0, -3))
    if (found !== undefined) return found
  }
  if (lower.endsWith('ing')) {
    const found = headOf(verbHeads, lower.slice(0, -3)) ?? headOf(verbHeads, lower.slice(0, -3) + 'e') ?? headOf(verbHeads, lower.slice(0, -4))
    if (found !== undefined) return found
  }
  if (lower.endsWith('es')) {
    const found = headOf(verbHeads, lower.slice(0, -2))
    if (found !== undefined) return found
  }
  return lower.endsWith('s') ? headOf(verbHeads, lower.slice(0, -1)) : undefined
}

/** "a Madrid-style bombing", "a Belmora-like crisis": a name glued to a likeness suffix names a kind, not an actor. */
const LIKENESS = /^-(?:style|like|type|esque)\b/iu

/** Whether the text right after offset `end` is a likeness suffix ("-style"). */
function isLikenessModifier(folded: string, end: number): boolean {
  return folded.charCodeAt(end) === 45 && LIKENESS.test(folded.slice(end, end + 8))
}

/** Nouns of a person's heritage: "many of Arvenian descent" names a people's origin, not a party (English usage, a closed list). */
const HERITAGE_NOUNS: ReadonlySet<string> = new Set(['descent', 'origin', 'origins', 'extraction', 'ancestry', 'heritage', 'parentage'])

/** No currency units (the default). */
const NO_UNITS: ReadonlySet<string> = new Set()

/** Whether the word right after offset `end` (past one space) is one of `units`: a currency unit ("U.S. dlrs", "Arvenian dollars") or a heritage noun ("of Arvenian descent"). */
function namesCurrency(folded: string, end: number, units: ReadonlySet<string>): boolean {
  if (units.size === 0 || folded.charCodeAt(end) !== 32) return false
  let stop = end + 1
  while (stop < folded.length && stop < end + 12 && /[A-Za-z]/u.test(folded.charAt(stop))) stop++
  return stop > end + 1 && units.has(folded.slice(end + 1, stop).toLowerCase())
}

/** Whether actor `b` lies inside actor `a` (and is not `a`). */
function isInsideActor(a: Actor, b: Actor | undefined): boolean {
  return b !== undefined && b !== a && b.start >= a.start && b.end <= a.end
}

/**
 * Whether actor `a` (at index `i` of `all`) spans a comma and holds other actors ("Dalonia, Belmoran troops"): two
 * phrases, so the inner ones are kept. (Module-level: no closure per document.)
 */
function isSplitActor(all: readonly Actor[], isSorted: boolean, a: Actor, i: number): boolean {
  if (!a.text.includes(',')) return false
  if (!isSorted) return all.some((b) => isInsideActor(a, b))
  // Sorted by start: only neighbours starting at or inside the span can lie inside it.
  for (let j = i - 1; j >= 0 && (all[j]?.start ?? -1) >= a.start; j--) if (isInsideActor(a, all[j])) return true
  for (let j = i + 1; j < all.length && (all[j]?.start ?? Infinity) <= a.end; j++) if (isInsideActor(a, all[j])) return true
  return false
}

/** Returns the actors of a document sorted by start, skipping nested ones (the outer span wins). */
export function outerActors(doc: Pick<Doc, 'layers'>): Actor[] {
  const out: Actor[] = []
  const all = doc.layers.actors ?? []
  const isSorted = isSortedByStart(all)
  for (let i = 0; i < all.length; i++) {
    const actor = all[i]
    if (actor === undefined || isSplitActor(all, isSorted, actor, i)) continue
    const last = out[out.length - 1]
    if (last !== undefined && actor.start < last.end) {
      if (actor.end - actor.start > last.end - last.start) out[out.length - 1] = actor
      continue
    }
    out.push(actor)
  }
  return out
}

/** Returns whether a sentence may carry events (boilerplate never does). */
export function isCodable(sentence: Sentence): boolean {
  return sentence.role !== 'boilerplate'
}
