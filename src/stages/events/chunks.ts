// Chunker: noun phrases and verb groups (with auxiliaries, modals, negation and "to") from POS tags.
import { isPronounActor, type ActorRef, type Word } from './words.js'

/** What a chunk is: a noun phrase, a verb group, a preposition, or anything else (punctuation, conjunctions, adverbs). */
export type ChunkKind = 'NP' | 'VG' | 'P' | 'O'

/** A run of words. `from` and `to` are word positions, `to` inclusive. */
export interface Chunk {
  readonly kind: ChunkKind
  readonly from: number
  readonly to: number
  /** NP: the actors inside, in order. */
  readonly actors: readonly ActorRef[]
  /** NP: the actor that stands for the whole phrase (the one at its head, else the last). */
  readonly actor: ActorRef | undefined
  /** VG: positions of the verbs in the group, matrix verb first. */
  readonly verbs: readonly number[]
}

/** Relative pronouns that open a clause rather than a noun phrase. */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'whom', 'whose', 'that'])

const NP_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'X', 'SYM'])

/** Personal pronouns: each is a noun phrase of its own ("on Wednesday | they would meet"). */
const PERSONAL_PRONOUNS = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they', 'me', 'him', 'us', 'them'])

/** Tags that make a run of noun-phrase words a real noun phrase rather than a predicate ("is ready to"). */
const NOMINAL_TAGS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM', 'X', 'SYM'])

/** Whether a word is a personal pronoun that is not itself an actor. */
function isPersonalPronoun(w: Word | undefined): boolean {
  return w !== undefined && w.pos === 'PRON' && w.actor === undefined && PERSONAL_PRONOUNS.has(w.lower)
}

/**
 * Whether a word may start (or, with `previous` inside the phrase, continue) a noun phrase.
 * @param previous the word before, when it belongs to the phrase being extended
 */
function isNpWord(word: Word, previous: Word | undefined, next?: Word, isContinuation = false): boolean {
  if (isContinuation && (isPersonalPronoun(word) || isPersonalPronoun(previous))) return false
  if (word.actor !== undefined) return true
  if (word.pos === 'PART' && (word.lower === "'s" || word.lower === "'")) return true
  if (!NP_TAGS.has(word.pos)) return false
  if (word.pos === 'PRON' && RELATIVE_PRONOUNS.has(word.lower)) return false
  // "called the launch an outrageous act", "gave the leader a majority": an indefinite article after a noun opens a
  // second object.
  if (isContinuation && word.pos === 'DET' && (word.lower === 'a' || word.lower === 'an') && previous !== undefined && previous.isDate !== true && (previous.pos === 'NOUN' || previous.pos === 'PROPN' || previous.actor !== undefined)) return false
  // An adjective after a noun ("Putin ready to …") starts a predicate, not the same phrase, unless a noun
  // follows it ("European Community foreign ministers").
  if (word.pos === 'ADJ' && previous !== undefined && (previous.pos === 'NOUN' || previous.pos === 'PROPN') && next?.pos !== 'NOUN') return false
  // "that" as a determiner is fine, as a conjunction it is not part of an NP; wink tags the latter SCONJ.
  return true
}

function isVerbWord(word: Word): boolean {
  return word.pos === 'VERB' || word.pos === 'AUX'
}

/** Whether a word can sit inside a verb group between verbs ("has not yet", "to"). */
function isVerbFiller(word: Word): boolean {
  return (word.pos === 'PART' && (word.isNegation || word.lower === 'to')) || word.pos === 'ADV' || word.isNegation
}

/**
 * Splits a sentence's words into chunks. Actors never straddle chunks: an actor span is kept in one NP.
 * `eventNouns` (noun-pattern heads) mark phrases that name an event rather than an actor.
 * @example chunkWords(words) // [NP "Arvenia", VG "did not meet", NP "Belmora", O "."]
 */
export function chunkWords(words: readonly Word[], eventNouns: ReadonlySet<string> = new Set()): Chunk[] {
  const chunks: Chunk[] = []
  let i = 0
  while (i < words.length) {
    const word = words[i]
    if (word === undefined) break
    const previous = words[i - 1]
    if (word.actor !== undefined || (isNpWord(word, previous, words[i + 1]) && !isVerbWord(word))) {
      let j = i
      while (j + 1 < words.length) {
        const next = words[j + 1]
        const current = words[j]
        if (next === undefined || current === undefined) break
        const sameActor = current.actor !== undefined && next.actor === current.actor
        if (sameActor || (isNpWord(next, current, words[j + 2], true) && (!isVerbWord(next) || next.actor !== undefined))) j++
        else break
      }
      // A run of adjectives or determiners alone ("is ready to") is a predicate, not a noun phrase.
      let hasNominal = false
      for (let k = i; k <= j; k++) {
        const w = words[k]
        if (w !== undefined && (w.actor !== undefined || NOMINAL_TAGS.has(w.pos))) hasNominal = true
      }
      chunks.push(makeChunk(words, eventNouns, hasNominal ? 'NP' : 'O', i, j, []))
      i = j + 1
      continue
    }
    const startsVerbGroup =
      isVerbWord(word) ||
      (isVerbFiller(word) && leadsToVerb(words, i))
    if (startsVerbGroup) {
      let j = i
      const verbs: number[] = isVerbWord(word) ? [i] : []
      while (j + 1 < words.length) {
        const next = words[j + 1]
        if (next === undefined) break
        if (isVerbWord(next) && next.actor === undefined) {
          verbs.push(j + 1)
          j++
        } else if (isVerbFiller(next)) {
          // Only keep fillers that lead to another verb.
          let k = j + 1
          while (k < words.length && words[k] !== undefined && isVerbFiller(words[k] as Word)) k++
          const after = words[k]
          if (after !== undefined && isVerbWord(after) && after.actor === undefined) j = k - 1
          else break
        } else break
      }
      chunks.push(makeChunk(words, eventNouns, 'VG', i, j, orderVerbs(words, verbs)))
      i = j + 1
      continue
    }
    chunks.push(makeChunk(words, eventNouns, word.pos === 'ADP' ? 'P' : 'O', i, i, []))
    i++
  }
  return chunks
}

/** Builds one chunk over words `from`..`to`, with the actors inside and the actor that stands for the phrase. */
function makeChunk(words: readonly Word[], eventNouns: ReadonlySet<string>, kind: ChunkKind, from: number, to: number, verbs: number[]): Chunk {
  // Only a noun phrase lists actors or stands for one.
  if (kind !== 'NP') return { kind, from, to, actors: NO_ACTORS, actor: undefined, verbs }
  const actors: ActorRef[] = []
  for (let k = from; k <= to; k++) {
    const actor = words[k]?.actor
    if (actor !== undefined && actors[actors.length - 1] !== actor && !hasActorAt(actors, actor.start)) actors.push(actor)
  }
  const head = words[to]
  const headActor = head?.actor
  // A possessor ("Arvenia's president") or modifier ("Arvenian troops") stands for the phrase when its head has none,
  // but an event noun ("Arvenia's visit") stands for the event, not for an actor.
  const isEvent = head !== undefined && headActor === undefined && (eventNouns.has(head.lemma) || eventNouns.has(head.lower))
  // A possessive pronoun ("its troops") does not stand for the phrase: the troops are not the country.
  let modifier: ActorRef | undefined
  for (let k = actors.length - 1; k >= 0; k--) {
    const a = actors[k] as ActorRef
    if (!isPronounActor(a)) {
      modifier = a
      break
    }
  }
  const actor = kind === 'NP' && !isEvent ? (headActor ?? modifier) : undefined
  return { kind, from, to, actors: kind === 'NP' ? actors : [], actor, verbs }
}

/** The actor list of every chunk that is not a noun phrase: shared, and never changed (lists are read-only). */
const NO_ACTORS: readonly ActorRef[] = []

/** Whether an actor starting at `start` is already listed. */
function hasActorAt(actors: readonly ActorRef[], start: number): boolean {
  for (const a of actors) if (a.start === start) return true
  return false
}

/** Whether the fillers from word `i` on (up to three words ahead) lead to a verb ("has not yet met"). */
function leadsToVerb(words: readonly Word[], i: number): boolean {
  for (let k = i + 1; k < words.length && k < i + 4; k++) {
    const w = words[k]
    if (w === undefined) break
    if (isVerbWord(w)) return true
    if (!isVerbFiller(w)) return false
  }
  return false
}

/** Orders a verb group's verbs: auxiliaries and modals are dropped when a lexical verb follows them. */
function orderVerbs(words: readonly Word[], verbs: number[]): number[] {
  const lexical = verbs.filter((v) => words[v]?.pos === 'VERB')
  return lexical.length > 0 ? lexical : verbs.slice(-1)
}

/** Returns the text of a chunk, for explanations. */
export function chunkText(text: string, words: readonly Word[], chunk: Chunk): string {
  const first = words[chunk.from]
  const last = words[chunk.to]
  return first === undefined || last === undefined ? '' : text.slice(first.start, last.end)
}
