// Step 2 of coreference: titles before a person's name ("Russian Foreign Minister Sergey Lavrov"),
// appositions after it ("Alexander Panov, former Russian Ambassador to Japan") and affiliations
// ("Ivan Petrov of the Vell Institute") become title mentions.
import type { Entity } from '../../core/index.js'
import { readTitle, type ActorDictionary } from '../../dictionaries/actors/index.js'
import { agentAt, type CorefView, type DraftMention } from './drafts.js'

const DETERMINERS = new Set(['the', 'a', 'an'])
const APPOSITION_STOPS = new Set([',', ';', ':', '"', '“', '”', 'who', 'which', 'that', 'whose', 'whom', '.', '!', '?'])
/** Longest apposition read, in tokens. */
const MAX_APPOSITION = 30

function isCapitalised(text: string): boolean {
  return /^\p{Lu}/u.test(text)
}

/** Whether token `k` is a lowercase adjective or noun. */
function isPlainWord(view: CorefView, k: number): boolean {
  const token = view.tokens[k]
  return token !== undefined && (token.pos === 'ADJ' || token.pos === 'NOUN') && !isCapitalised(view.text.slice(token.start, token.end))
}

/** Capitalised words a role word's complement may hold ("for Home Affairs"), at most. */
const MAX_COMPLEMENT = 4

/**
 * The "of"/"for" complement of a role word ending at token `j`: capitalised words (and "and", "the") after
 * "of" or "for" right after a role word ("Minister for Interior", "Commissioner for Human Rights").
 * @returns the index of "of"/"for", or -1
 */
function roleComplementAt(view: CorefView, dict: ActorDictionary, j: number, sentence: number): number {
  let k = j
  let words = 0
  while (k >= 0 && view.sentenceOfToken[k] === sentence && words <= MAX_COMPLEMENT) {
    const token = view.tokens[k]
    const lower = view.lowers[k] ?? ''
    if (token === undefined) return -1
    if (lower === 'of' || lower === 'for') break
    const isWord = isCapitalised(view.text.slice(token.start, token.end)) && view.entityOfToken[k]?.type !== 'PERSON'
    if (!isWord && lower !== 'and' && lower !== 'the') return -1
    if (isWord) words++
    k--
  }
  if (k < 1 || words === 0 || words > MAX_COMPLEMENT || view.sentenceOfToken[k] !== sentence) return -1
  for (let n = Math.min(4, k); n >= 1; n--) {
    const match = agentAt(view, dict, k - n)
    if (match !== undefined && match.length === n && match.kind === 'title') return k
  }
  return -1
}

/** Whether token `k` of the sentence names a country: a nationality or place entity, or a word the dictionary places. */
function isCountryWordAt(view: CorefView, dict: ActorDictionary, k: number, sentence: number): boolean {
  const token = view.tokens[k]
  if (token === undefined || view.sentenceOfToken[k] !== sentence) return false
  const entity = view.entityOfToken[k]
  if (entity !== undefined) return entity.type === 'NORP' || entity.type === 'GPE'
  const surface = view.text.slice(token.start, token.end)
  return isCapitalised(surface) && dict.countryOf(surface) !== undefined
}

/** Finds the title right before a person's name; returns its first token index or -1. */
function findTitleBefore(view: CorefView, dict: ActorDictionary, first: number): number {
  const sentence = view.sentenceOfToken[first] ?? -1
  let j = first - 1
  let start = -1
  let hasTitle = false
  // Once a plain noun qualifies the role word, another role word before it starts another phrase ("police arrest
  // radical cleric X": "arrest" is no part of a police title); "former" and other modifiers still belong.
  let afterNoun = false
  while (j >= 0 && view.sentenceOfToken[j] === sentence) {
    const token = view.tokens[j]
    const lower = view.lowers[j] ?? ''
    if (token === undefined) break
    const entity = view.entityOfToken[j]
    if (entity !== undefined) {
      if (entity.type === 'PERSON') break
      start = j
      while (j > 0 && view.entityOfToken[j - 1] === entity) j--
      start = j
      j--
      continue
    }
    // A hyphenated role word split by the tokenizer ("Secretary - General").
    if (view.lowers[j - 1] === '-' && j >= 2 && view.sentenceOfToken[j - 2] === sentence) {
      const joined = dict.matchAgent([`${view.lowers[j - 2] ?? ''}-${lower}`], 0)
      if (joined !== undefined && joined.kind !== 'organization') {
        if (joined.kind !== 'modifier') hasTitle = true
        j -= 3
        start = j + 1
        continue
      }
    }
    // Role words, possibly several words long: try phrases ending at j.
    const hasTitleAfter = hasTitle
    let matched = 0
    let isModifier = false
    for (let n = Math.min(4, j + 1); n >= 1 && matched === 0; n--) {
      const match = agentAt(view, dict, j - n + 1)
      if (match !== undefined && match.length === n && view.sentenceOfToken[j - n + 1] === sentence) {
        matched = n
        isModifier = match.kind === 'modifier'
        if (!afterNoun && match.kind !== 'modifier' && match.kind !== 'organization') hasTitle = true
      }
    }
    if (matched > 0 && afterNoun && !isModifier) break
    // A plural role word before a title names other people ("told reporters President X").
    if (matched === 1 && hasTitleAfter && token.pos === 'NOUN' && lower.endsWith('s') && token.lemma.toLowerCase() !== lower) break
    if (matched > 0) {
      j -= matched
      start = j + 1
      continue
    }
    const surface = view.text.slice(token.start, token.end)
    // "Lebanon's new President", "the acting Prime Minister": plain adjectives inside a title; "budget secretary",
    // "coast guard commander": nouns that qualify the role word after them.
    if ((token.pos === 'ADJ' || token.pos === 'NOUN') && !isCapitalised(surface) && start === j + 1) {
      if (token.pos === 'NOUN') afterNoun = true
      start = j
      j--
      continue
    }
    // "Iranian Oil Minister X", "Kuwaiti Information Minister X": a capitalised portfolio noun between a country word
    // and a role word written in capitals ("Oil" alone before "Minister X" could be a name's, so the country decides).
    if (hasTitle && start === j + 1 && isCapitalised(surface) && (token.pos === 'NOUN' || token.pos === 'PROPN') && isCapitalised(view.text.slice(view.tokens[start]?.start ?? 0, view.tokens[start]?.end ?? 0)) && isCountryWordAt(view, dict, j - 1, sentence)) {
      start = j
      j--
      continue
    }
    // "Ecuador energy and mines minister X": two qualifying nouns joined by "and" (not two roles: "director and
    // columnist X" reads its last role only).
    if (lower === 'and' && start === j + 1 && isPlainWord(view, start) && view.tokens[start]?.pos === 'NOUN' && agentAt(view, dict, start) === undefined && isPlainWord(view, j - 1) && view.tokens[j - 1]?.pos === 'NOUN' && view.sentenceOfToken[j - 1] === sentence) {
      start = j
      j--
      continue
    }
    // "Minister for Interior X", "Secretary of State for Foreign Affairs X": a role word's "of/for" complement.
    const complement = start === j + 1 || start < 0 ? roleComplementAt(view, dict, j, sentence) : -1
    if (complement >= 0) {
      start = complement
      j = complement - 1
      continue
    }
    const isPossessive = (lower === "'s" || lower === "'") && token.pos === 'PART'
    const isHyphen = lower === '-' && start === j + 1
    if ((isCapitalised(surface) && dict.countryOf(surface) !== undefined) || isHyphen || isPossessive) {
      start = j
      j--
      continue
    }
    break
  }
  if (!hasTitle || start < 0) return -1
  // A title never starts with a possessive, a hyphen, "and" or a plain adjective or noun ("said new President X",
  // "told reporters President X"): those belong to the title only after a country or another role word.
  while (start < first && (["'s", "'", '-', 'and'].includes(view.lowers[start] ?? '') || (isPlainWord(view, start) && agentAt(view, dict, start) === undefined))) start++
  return start < first ? start : -1
}

/** Finds an apposition after a person's name; returns [first, last] token indexes or undefined. */
function findApposition(view: CorefView, dict: ActorDictionary, afterName: number): [number, number] | undefined {
  if (view.lowers[afterName] !== ',') return undefined
  const sentence = view.sentenceOfToken[afterName]
  let first = afterName + 1
  if (DETERMINERS.has(view.lowers[first] ?? '')) first++
  const firstEntity = view.entityOfToken[first]
  if (firstEntity?.type === 'PERSON') return undefined
  let depth = 0
  let last = -1
  for (let k = first; k < view.tokens.length && k < first + MAX_APPOSITION; k++) {
    const token = view.tokens[k]
    const lower = view.lowers[k] ?? ''
    if (token === undefined || view.sentenceOfToken[k] !== sentence) break
    if (lower === '(') depth++
    if (lower === ')') depth--
    if (depth <= 0 && APPOSITION_STOPS.has(lower)) break
    if (depth <= 0 && (token.pos === 'VERB' || token.pos === 'AUX') && view.entityOfToken[k] === undefined) {
      return undefined
    }
    last = k
  }
  if (last < first) return undefined
  const start = view.tokens[first]?.start ?? 0
  const end = view.tokens[last]?.end ?? 0
  const entities = view.entities.filter((e) => e.start >= start && e.end <= end)
  const reading = readTitle(dict, view.text, start, end, entities)
  if (!reading.hasTitle) return undefined
  // The role word must come early ("former Russian Ambassador", not "a man who later became ambassador").
  let earliest = -1
  for (let k = first; k <= Math.min(last, first + 5) && earliest < 0; k++) {
    const match = agentAt(view, dict, k)
    if (match !== undefined && (match.kind === 'title' || match.kind === 'modifier')) earliest = k
  }
  return earliest < 0 ? undefined : [first, last]
}

/** Prepositions naming where a role word's holder serves ("ambassador in Vell", "envoy to Belmora"). */
const HOST_WORDS = new Set(['in', 'to', 'at'])

/** Longest title read before a comma and a name ("The president of the Republic of Belmora, Mara Lind"), in tokens. */
const MAX_LEFT_APPOSITION = 8

/** Tags that end a title read leftwards from a comma before a name ("of" is read through: "president of Belmora"). */
const LEFT_APPOSITION_STOPS = new Set(['VERB', 'AUX', 'PUNCT', 'SCONJ', 'CCONJ', 'PRON', 'ADP', 'ADV'])

/**
 * Finds a title set off by a comma before a person's name ("Belmora's president, Mara Lind, said", "the president
 * of Belmora, Mara Lind."): the phrase from the clause start or the last verb, punctuation or conjunction up to the
 * comma, when it holds a role word and the name is closed by a comma or the sentence end. Returns [first, last]
 * token indexes.
 */
function findTitleBeforeComma(view: CorefView, dict: ActorDictionary, first: number, afterName: number): [number, number] | undefined {
  const comma = first - 1
  if (view.lowers[comma] !== ',' || !(view.lowers[afterName] === ',' || view.lowers[afterName] === '.')) return undefined
  const sentence = view.sentenceOfToken[first]
  let start = comma
  for (let k = comma - 1; k >= 0 && comma - k <= MAX_LEFT_APPOSITION && view.sentenceOfToken[k] === sentence; k--) {
    const token = view.tokens[k]
    const lower = view.lowers[k] ?? ''
    if (token === undefined || view.entityOfToken[k]?.type === 'PERSON') return undefined
    const isPossessive = (lower === "'s" || lower === "'" || lower === '\u2019s') && token.pos === 'PART'
    // "Belmora's ambassador in Vell, Lena Dorsa": a role word's host place reads through.
    const isHost = HOST_WORDS.has(lower) && agentAt(view, dict, k - 1)?.kind === 'title'
    if (LEFT_APPOSITION_STOPS.has(token.pos) && !isPossessive && lower !== 'of' && !isHost) break
    start = k
  }
  while (start < comma && (DETERMINERS.has(view.lowers[start] ?? '') || view.lowers[start] === 'of')) start++
  // "for likening the reporter, Lind": a gerund opens no title.
  if (start >= comma || (view.lowers[start] ?? '').endsWith('ing')) return undefined
  // The phrase must end in its role word ("Belmora's president", "the president of Belmora"), not in a plain noun.
  const lastStart = view.tokens[start]?.start ?? 0
  const lastEnd = view.tokens[comma - 1]?.end ?? 0
  const entities = view.entities.filter((e) => e.start >= lastStart && e.end <= lastEnd)
  const reading = readTitle(dict, view.text, lastStart, lastEnd, entities)
  if (!reading.hasTitle) return undefined
  // The role word comes before an "of"/host tail ("the president of Belmora", "envoy to the United Nations").
  let head = comma - 1
  let tail = head
  while (tail > start && (view.entityOfToken[tail] !== undefined || view.lowers[tail] === 'the')) tail--
  const tailWord = view.lowers[tail]
  if (tail < comma - 1 && (tailWord === 'of' || HOST_WORDS.has(tailWord ?? ''))) head = tail - 1
  const match = agentAt(view, dict, head)
  if (match === undefined || match.kind !== 'title') return undefined
  // A plural head ("two board members, Lind, …") lists people rather than naming one.
  const headToken = view.tokens[head + match.length - 1]
  if (headToken === undefined || headToken.lemma.toLowerCase() !== view.lowers[head + match.length - 1]) return undefined
  return [start, comma - 1]
}

/** Index of the first token starting at or after `offset`, or undefined past the end. */
function firstTokenAt(view: CorefView, offset: number): number | undefined {
  let lo = 0
  let hi = view.tokens.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((view.tokens[mid]?.start ?? 0) < offset) lo = mid + 1
    else hi = mid
  }
  return lo < view.tokens.length ? lo : undefined
}

const AFFILIATION = new Set(['of', 'at', 'from'])

/** Finds "of/at/from (the) <organization>" or "of <country>" right after a person's name; returns [first, last] token indexes. */
function findAffiliation(view: CorefView, afterName: number): [number, number] | undefined {
  if (!AFFILIATION.has(view.lowers[afterName] ?? '')) return undefined
  let k = afterName + 1
  if (DETERMINERS.has(view.lowers[k] ?? '')) k++
  const organization = view.entityOfToken[k]
  const isPlace = organization?.type === 'GPE' && view.lowers[afterName] === 'of'
  if (organization === undefined || (organization.type !== 'ORG' && !isPlace) || view.tokens[k]?.start !== organization.start) return undefined
  let last = k
  while (last + 1 < view.tokens.length && (view.tokens[last + 1]?.end ?? Infinity) <= organization.end) last++
  return [afterName, last]
}

/**
 * Returns title mentions for every person name that has a title before it or an apposition after it.
 * @param names the name mentions from step 1
 */
export function findTitleMentions(view: CorefView, dict: ActorDictionary, names: readonly DraftMention[]): DraftMention[] {
  const out: DraftMention[] = []
  for (const name of names) {
    const entity: Entity | undefined = name.entity
    if (entity === undefined || entity.type !== 'PERSON') continue
    // The entity may be a type-repaired copy (see name-clusters.ts): find its first token by offset too.
    const first = view.firstTokenOfEntity.get(entity) ?? firstTokenAt(view, entity.start)
    if (first === undefined) continue
    const titleStart = findTitleBefore(view, dict, first)
    if (titleStart >= 0) {
      const start = view.tokens[titleStart]?.start ?? 0
      const end = view.tokens[first - 1]?.end ?? 0
      if (end > start) out.push({ start, end, kind: 'title', key: name.key, reason: `title before ${entity.text}` })
    }
    let afterName = first
    while (afterName < view.tokens.length && (view.tokens[afterName]?.start ?? Infinity) < entity.end) afterName++
    const leftApposition = titleStart >= 0 ? undefined : findTitleBeforeComma(view, dict, first, afterName)
    if (leftApposition !== undefined) {
      const start = view.tokens[leftApposition[0]]?.start ?? 0
      const end = view.tokens[leftApposition[1]]?.end ?? 0
      out.push({ start, end, kind: 'title', key: name.key, reason: `title set off before ${entity.text}` })
    }
    const apposition = findApposition(view, dict, afterName)
    if (apposition !== undefined) {
      const start = view.tokens[apposition[0]]?.start ?? 0
      const end = view.tokens[apposition[1]]?.end ?? 0
      out.push({ start, end, kind: 'title', key: name.key, reason: `apposition to ${entity.text}` })
    }
    // "Dmitri Trenin of the Carnegie Center": the organization a person speaks for.
    const affiliation = apposition === undefined ? findAffiliation(view, afterName) : undefined
    if (affiliation !== undefined) {
      const start = view.tokens[affiliation[0]]?.start ?? 0
      const end = view.tokens[affiliation[1]]?.end ?? 0
      out.push({ start, end, kind: 'title', key: name.key, reason: `apposition (affiliation) to ${entity.text}` })
    }
  }
  return out
}
