// Event senses: objects and modifiers that recode or drop a coded event ("attacked the decision" → 111), from `dyad-event-senses@1` files.
import { join } from 'node:path'
import { z } from 'zod'
import { findPackageRoot } from '../../dictionaries/cameo/index.js'
import { readDataFile } from '../../dictionaries/data-file.js'
import type { PatternElement } from '../../dictionaries/patterns/index.js'
import type { Chunk } from './chunks.js'
import type { ChunkedSentence, NounGroup } from './roles.js'

const words = z.array(z.string().min(1)).min(1)
const code = z.union([z.string().regex(/^\d{3,4}$/), z.null()])

/** The `dyad-event-senses@1` format (see the events README, "Event senses"). */
const sensesFileSchema = z.object({
  format: z.literal('dyad-event-senses@1'),
  name: z.string().min(1),
  version: z.string().min(1),
  description: z.string().optional(),
  verbObjects: z.array(z.object({ verbs: words, objects: words, code, note: z.string().optional() })),
  nounModifiers: z.array(z.object({ nouns: words, modifiers: words, code, note: z.string().optional() })),
  nounObjects: z.array(z.object({ nouns: words, prepositions: words, objects: words, code, note: z.string().optional() })).optional(),
  sentenceWords: z.array(z.object({ verbs: words, words, scores: z.boolean().optional(), code, note: z.string().optional() })).optional(),
  infinitives: z.array(z.object({ verbs: words, code, note: z.string().optional() })).optional(),
  subjects: z.array(z.object({ verbs: words, subjects: words, code, note: z.string().optional() })).optional(),
  otherSides: z.array(z.object({ heads: words, note: z.string().optional() })).optional(),
  actNouns: z.array(z.object({ nouns: words, note: z.string().optional() })).optional(),
  sourceRoles: z.array(z.object({ roles: z.array(z.string().regex(/^[A-Z]{3}$/u)).min(1), roots: z.array(z.string().regex(/^\d{2}$/u)).min(1), code, note: z.string().optional() })).optional(),
  targetRoles: z.array(z.object({ roles: z.array(z.string().regex(/^[A-Z]{3}$/u)).min(1), roots: z.array(z.string().regex(/^\d{2}$/u)).min(1), code, note: z.string().optional() })).optional(),
  actDoers: z.array(z.object({ nouns: words, verbs: words, roots: z.array(z.string().regex(/^\d{2}$/u)).min(1), note: z.string().optional() })).optional(),
  pairNouns: z.array(z.object({ nouns: words, note: z.string().optional() })).optional(),
  accidents: z.array(z.object({ words, note: z.string().optional() })).optional(),
  targetHeads: z.array(z.object({ verbs: words, heads: words, code, note: z.string().optional() })).optional(),
  victimNouns: z.array(z.object({ nouns: words, prepositions: words, roots: z.array(z.string().regex(/^\d{2}$/u)).min(1), note: z.string().optional() })).optional(),
  currencyUnits: z.array(z.object({ words, note: z.string().optional() })).optional(),
  negatingNouns: z.array(z.object({ nouns: words, note: z.string().optional() })).optional(),
  partitiveNouns: z.array(z.object({ nouns: words, note: z.string().optional() })).optional(),
  reporters: z.array(z.object({ codes: z.array(z.string().regex(/^[A-Z]{3}$/u)), roles: z.array(z.string().regex(/^[A-Z]{3}$/u)), note: z.string().optional() })).optional(),
})

/** The built-in senses file. */
export const BUILTIN_SENSES_FILE = join(findPackageRoot(), 'dictionaries', 'patterns', 'senses.json')

/** Compiled senses: verb → object word → code (null: no event); noun → modifier word → code. */
export interface Senses {
  readonly verbObjects: ReadonlyMap<string, ReadonlyMap<string, string | null>>
  readonly nounModifiers: ReadonlyMap<string, ReadonlyMap<string, string | null>>
  /** Noun → "preposition object" → code (null: no event): "demand for imports" is the market's, no party's. */
  readonly nounObjects: ReadonlyMap<string, ReadonlyMap<string, string | null>>
  /** Verb → the sentence words (and whether a score counts) that decide its sense. */
  readonly sentenceWords: ReadonlyMap<string, ReadonlyArray<{ readonly words: ReadonlySet<string>; readonly scores: boolean; readonly code: string | null }>>
  /** Verb → code (null: no event) when "to" and a verb follow it ("fighting hard to keep"). */
  readonly infinitives: ReadonlyMap<string, string | null>
  /** Verb → subject noun → code (null: no event): "floods kill", "a blast hit". */
  readonly subjects: ReadonlyMap<string, ReadonlyMap<string, string | null>>
  /** Nouns whose "of" phrase names someone other than them ("the kidnappers of a Belmoran journalist", "allies of Arvenia"). */
  readonly otherSides: ReadonlySet<string>
  /** Nouns whose infinitive names an act of its own ("the decision to invade"): a target guess does not look past it. */
  readonly actNouns: ReadonlySet<string>
  /** Source role (PTY) → event root (18) → code (null: no event): a party's "attack" is verbal. */
  readonly sourceRoles: ReadonlyMap<string, ReadonlyMap<string, string | null>>
  /** Target role (PTY) → event root (18) → code (null: no event): "Arvenia attacked the Harvest Party" is verbal. */
  readonly targetRoles: ReadonlyMap<string, ReadonlyMap<string, string | null>>
  /** Act noun ("launch") → the verbs that did it earlier ("fired") and the roots of verbs whose target it can stand for. */
  readonly actDoers: ReadonlyMap<string, ActDoer>
  /** Plural nouns that, after "the two" or "both", stand for a pair named before ("the two allies", "both sides"). */
  readonly pairNouns: ReadonlySet<string>
  /** Act noun ("beheading") → the prepositions that name the one it was done to ("of") and the roots of verbs whose target it can stand for. */
  readonly victimNouns: ReadonlyMap<string, VictimNoun>
  /** Verb → last word of its target actor's text → code (null: no event): "seized an Australian journalist" is an abduction. */
  readonly targetHeads: ReadonlyMap<string, ReadonlyMap<string, string | null>>
  /** Words of accidents and natural disasters that no one does ("bus crash", "flood"): no place stands in for a doer. */
  readonly accidents: ReadonlySet<string>
  /** Currency units ("dlrs", "yen"): an actor right before one names a currency ("a 26 mln Arvenian dlr loan"), no party. */
  readonly currencyUnits: ReadonlySet<string>
  /** Nouns that undo or hold back what their "of" phrase names ("its boycott of talks", "the postponement of the visit"): that act is not done. */
  readonly negatingNouns: ReadonlySet<string>
  /** Nouns of a share or a count that, after a number, make a partitive whose object is the noun after "of" ("meet 40 pct of its needs"). */
  readonly partitiveNouns: ReadonlySet<string>
  /** Actor code prefixes (UNO) and roles (MED) of those who report harm rather than suffer it: no implied victim as speaker. */
  readonly reporterCodes: ReadonlySet<string>
  /** Roles of reporters (MED): see `reporterCodes`. */
  readonly reporterRoles: ReadonlySet<string>
  /** `name@version` of every file. */
  readonly versions: readonly string[]
}

/** How a harmful act noun in a target slot ("condemned the beheading of a Belmoran hostage") names its victim, never the target. */
export interface VictimNoun {
  readonly prepositions: ReadonlySet<string>
  readonly roots: ReadonlySet<string>
}

/** How a definite act noun ("condemned the launch") finds its doer: an earlier verb of the act, and the verbs that may ask. */
export interface ActDoer {
  readonly verbs: ReadonlySet<string>
  readonly roots: ReadonlySet<string>
}

function addAll(into: Map<string, Map<string, string | null>>, heads: readonly string[], keys: readonly string[], value: string | null): void {
  for (const head of heads) {
    const table = into.get(head.toLowerCase()) ?? new Map<string, string | null>()
    for (const key of keys) table.set(key.toLowerCase(), value)
    into.set(head.toLowerCase(), table)
  }
}

const cache = new Map<string, Senses>()
let builtin: Senses | undefined

/** The built-in senses file, compiled once (what `codeSentence` reads when given no senses). */
export function builtinSenses(): Senses {
  builtin ??= loadSenses()
  return builtin
}

/**
 * Loads and compiles senses files (later files win per verb and object).
 * @throws ConfigError naming the file and the problem when a file is invalid
 * @example loadSenses([BUILTIN_SENSES_FILE]).verbObjects.get('attack')?.get('decision') // '111'
 */
export function loadSenses(files: readonly string[] = [BUILTIN_SENSES_FILE]): Senses {
  const key = files.join('\n')
  const cached = cache.get(key)
  if (cached !== undefined) return cached
  const verbObjects = new Map<string, Map<string, string | null>>()
  const nounModifiers = new Map<string, Map<string, string | null>>()
  const nounObjects = new Map<string, Map<string, string | null>>()
  const sentenceWords = new Map<string, Array<{ words: ReadonlySet<string>; scores: boolean; code: string | null }>>()
  const infinitives = new Map<string, string | null>()
  const subjects = new Map<string, Map<string, string | null>>()
  const otherSides = new Set<string>()
  const actNouns = new Set<string>()
  const sourceRoles = new Map<string, Map<string, string | null>>()
  const targetRoles = new Map<string, Map<string, string | null>>()
  const actDoers = new Map<string, ActDoer>()
  const pairNouns = new Set<string>()
  const victimNouns = new Map<string, VictimNoun>()
  const accidents = new Set<string>()
  const targetHeads = new Map<string, Map<string, string | null>>()
  const currencyUnits = new Set<string>()
  const negatingNouns = new Set<string>()
  const partitiveNouns = new Set<string>()
  const reporterCodes = new Set<string>()
  const reporterRoles = new Set<string>()
  const versions: string[] = []
  for (const file of files) {
    const data = readDataFile(file, sensesFileSchema, { kind: 'event senses file', format: 'dyad-event-senses@1', hint: 'See src/stages/events/README.md (event senses).' })
    versions.push(`${data.name}@${data.version}`)
    for (const rule of data.verbObjects) addAll(verbObjects, rule.verbs, rule.objects, rule.code)
    for (const rule of data.nounModifiers) addAll(nounModifiers, rule.nouns, rule.modifiers, rule.code)
    for (const rule of data.nounObjects ?? []) addAll(nounObjects, rule.nouns, rule.prepositions.flatMap((p) => rule.objects.map((o) => `${p} ${o}`)), rule.code)
    for (const rule of data.sentenceWords ?? []) {
      const entry = { words: new Set(rule.words.map((w) => w.toLowerCase())), scores: rule.scores === true, code: rule.code }
      for (const verb of rule.verbs) sentenceWords.set(verb.toLowerCase(), [...(sentenceWords.get(verb.toLowerCase()) ?? []), entry])
    }
    for (const rule of data.infinitives ?? []) for (const verb of rule.verbs) infinitives.set(verb.toLowerCase(), rule.code)
    for (const rule of data.subjects ?? []) addAll(subjects, rule.verbs, rule.subjects, rule.code)
    for (const rule of data.otherSides ?? []) for (const head of rule.heads) otherSides.add(head.toLowerCase())
    for (const rule of data.actNouns ?? []) for (const noun of rule.nouns) actNouns.add(noun.toLowerCase())
    for (const rule of data.pairNouns ?? []) for (const noun of rule.nouns) pairNouns.add(noun.toLowerCase())
    for (const rule of data.actDoers ?? []) {
      const doer: ActDoer = { verbs: new Set(rule.verbs.map((v) => v.toLowerCase())), roots: new Set(rule.roots) }
      for (const noun of rule.nouns) actDoers.set(noun.toLowerCase(), doer)
    }
    for (const rule of data.targetHeads ?? []) addAll(targetHeads, rule.verbs, rule.heads, rule.code)
    for (const rule of data.accidents ?? []) for (const word of rule.words) accidents.add(word.toLowerCase())
    for (const rule of data.currencyUnits ?? []) for (const word of rule.words) currencyUnits.add(word.toLowerCase())
    for (const rule of data.negatingNouns ?? []) for (const noun of rule.nouns) negatingNouns.add(noun.toLowerCase())
    for (const rule of data.partitiveNouns ?? []) for (const noun of rule.nouns) partitiveNouns.add(noun.toLowerCase())
    for (const rule of data.reporters ?? []) {
      for (const code of rule.codes) reporterCodes.add(code)
      for (const role of rule.roles) reporterRoles.add(role)
    }
    for (const rule of data.victimNouns ?? []) {
      const victim: VictimNoun = { prepositions: new Set(rule.prepositions.map((w) => w.toLowerCase())), roots: new Set(rule.roots) }
      for (const noun of rule.nouns) victimNouns.set(noun.toLowerCase(), victim)
    }
    for (const [rules, table] of [[data.sourceRoles, sourceRoles], [data.targetRoles, targetRoles]] as const) {
      for (const rule of rules ?? []) {
        for (const role of rule.roles) {
          const roots = table.get(role) ?? new Map<string, string | null>()
          for (const root of rule.roots) roots.set(root, rule.code)
          table.set(role, roots)
        }
      }
    }
  }
  const senses: Senses = { verbObjects, nounModifiers, nounObjects, sentenceWords, infinitives, subjects, otherSides, actNouns, sourceRoles, targetRoles, actDoers, pairNouns, victimNouns, accidents, targetHeads, currencyUnits, negatingNouns, partitiveNouns, reporterCodes, reporterRoles, versions }
  cache.set(key, senses)
  return senses
}

/** What a sense says of an event: keep it, recode it (`code`), or drop it (`code: null`). */
export type SenseReading = { readonly code: string | null } | undefined

/**
 * The sense of a verb event from its object: the head noun of the first noun phrase right after the verb group
 * ("attacked [Mr Blair's words]" → words), skipping only determiners and adjectives inside that phrase.
 */
export function readVerbSense(s: ChunkedSentence, senses: Senses, verbGroup: Chunk, verb: number, nextChunk: Chunk | undefined): SenseReading {
  const head = s.words[verb]
  if (head === undefined || nextChunk === undefined || nextChunk.kind !== 'NP') return undefined
  if (verb !== (verbGroup.verbs[verbGroup.verbs.length - 1] ?? -1)) return undefined
  // "engage in trade wars", "fight a legal battle": a fight noun as object takes its modifier's sense, as it does alone.
  const objectSense = s.words[nextChunk.to]?.pos === 'NOUN' ? readNounSense(s, senses, nextChunk.to) : undefined
  if (objectSense !== undefined) return objectSense
  const table = senses.verbObjects.get(head.lemma) ?? senses.verbObjects.get(head.lower)
  if (table === undefined) return undefined
  // The head of the first run of common nouns that are no actor and no date: "[Mr Blair's] words", "the way [the Iraq
  // war …]", "first time buyers", "13.6 billion dlrs [last year]", "a parliamentary motion".
  const noun = partitiveHeadAfter(s, senses, nextChunk) ?? headNounOf(s, nextChunk.from, nextChunk.to) ?? possessedHeadAfter(s, nextChunk)
  // "*": any object that is not an actor ("prevent an increase", "prevent them both from …").
  const any = table.get('*')
  // Only a phrase right after the verb group is its direct object: "demonstrated in the city" has none.
  if (any !== undefined && s.chunks[s.chunks.indexOf(verbGroup) + 1] === nextChunk) {
    // A date is no object: "demonstrated Friday against …".
    let hasActor = false
    let onlyDates = true
    for (let w = nextChunk.from; w <= nextChunk.to; w++) {
      if (s.words[w]?.actor !== undefined) hasActor = true
      if (s.words[w]?.isDate !== true) onlyDates = false
    }
    if (!hasActor && !onlyDates) return { code: any }
  }
  const found = noun === undefined ? undefined : table.get(noun)
  if (found !== undefined) return { code: found }
  // "giving the Tory leader a majority": in a double object the second phrase names what is given, whether the
  // chunker ran the two together (an indefinite article after a noun) or not.
  const second = nextPhraseAfter(s, s.chunks.indexOf(nextChunk))
  let thing = second === undefined ? undefined : headNounOf(s, second.from, second.to)
  // "hit a five-[year] high": the second half of a compound split at its hyphen counts even as a date word.
  if (second !== undefined && thing === undefined && isTightHyphen(s, second.from - 1)) thing = s.words[second.to]?.lower
  for (let w = nextChunk.from + 1; w < nextChunk.to && thing === undefined; w++) {
    const article = s.words[w]
    if ((article?.lower === 'a' || article?.lower === 'an') && isPlainNoun(s, w - 1)) thing = headNounOf(s, w + 1, nextChunk.to)
  }
  const secondFound = thing === undefined ? undefined : table.get(thing)
  return secondFound === undefined ? undefined : { code: secondFound }
}

/**
 * Whether a pattern that ends in a verb of its own ("urge <target> to negotiate|talk|meet") ends in one whose object
 * makes it no event ("urge Belmora to meet its commitments"): that pattern does not fit, and a shorter one may.
 */
export function endsInVoidVerb(s: ChunkedSentence, senses: Senses, elements: readonly PatternElement[], end: number): boolean {
  if (elements[elements.length - 1]?.kind !== 'word') return false
  const verb = s.words[end]
  if (verb === undefined || verb.pos !== 'VERB') return false
  const table = senses.verbObjects.get(verb.lemma) ?? senses.verbObjects.get(verb.lower)
  const phrase = s.chunks.find((c) => c.from === end + 1)
  if (table === undefined || phrase?.kind !== 'NP') return false
  const noun = partitiveHeadAfter(s, senses, phrase) ?? headNounOf(s, phrase.from, phrase.to) ?? possessedHeadAfter(s, phrase)
  return noun !== undefined && table.get(noun) === null
}

/**
 * The sense of a passive verb event from its subject, which is the active verb's object: "a news conference given by
 * Varga" reads as "Varga gave a news conference". Only the subject's last noun phrase counts, and only a plain noun.
 */
export function readPassiveSense(s: ChunkedSentence, senses: Senses, verb: number, subject: NounGroup | undefined): SenseReading {
  const head = s.words[verb]
  const phrase = subject === undefined ? undefined : s.chunks[subject.to]
  if (head === undefined || phrase === undefined || phrase.kind !== 'NP') return undefined
  const table = senses.verbObjects.get(head.lemma) ?? senses.verbObjects.get(head.lower)
  const last = s.words[phrase.to]
  if (table === undefined || last === undefined || !isPlainNoun(s, phrase.to)) return undefined
  const found = table.get(last.lower)
  return found === undefined ? undefined : { code: found }
}

/** Quotation marks. */
const QUOTES: ReadonlySet<string> = new Set(['"', '“', '”', "'", '‘', '’', '``', "''"])

/**
 * The noun phrase after chunk `c`, past loose articles, quotes and modifiers the chunker left outside it ("gave a
 * U.N. official a \"very positive message\"").
 */
function nextPhraseAfter(s: ChunkedSentence, c: number): Chunk | undefined {
  for (let at = c + 1; at <= c + 5; at++) {
    const chunk = s.chunks[at]
    if (chunk === undefined) return undefined
    if (chunk.kind === 'NP') return chunk
    if (chunk.kind !== 'O') return undefined
    for (let w = chunk.from; w <= chunk.to; w++) {
      const pos = s.words[w]?.pos
      const word = s.words[w]?.lower
      // Only quotes among punctuation: "gave Belmora, its ally, …" is an apposition, "hostage-takers demands" one phrase;
      // a hyphen written tight joins a compound the tokenizer split ("hit a five-year high").
      if (isTightHyphen(s, w)) continue
      if (pos === 'PUNCT' ? !QUOTES.has(word ?? '') : pos !== 'DET' && pos !== 'ADV' && pos !== 'ADJ') return undefined
    }
  }
  return undefined
}

/** Whether word `w` is a hyphen with no space on either side ("five-year"). */
function isTightHyphen(s: ChunkedSentence, w: number): boolean {
  const word = s.words[w]
  const before = s.words[w - 1]
  const after = s.words[w + 1]
  return (word?.lower === '-' || word?.lower === '‐') && before !== undefined && after !== undefined && before.end === word.start && after.start === word.end
}

/** The head noun after "of" when a phrase is only a count or a quantifier: a partitive ("shipped [200] of its cars", "[some] of its troops"). */
function partitiveHeadAfter(s: ChunkedSentence, senses: Senses, phrase: Chunk): string | undefined {
  const at = s.chunks.indexOf(phrase)
  const of = s.chunks[at + 1]
  const whole = s.chunks[at + 2]
  if (of?.kind !== 'P' || s.words[of.from]?.lower !== 'of' || whole?.kind !== 'NP') return undefined
  // Only a count or a quantifier is partitive; "$50,000 worth of goods" names its goods as a value, not a share.
  // A share after a number counts too: "[40 pct] of the market's needs", "[two thirds] of its output".
  for (let w = phrase.from; w <= phrase.to; w++) {
    const word = s.words[w]
    const isShare = w > phrase.from && s.words[w - 1]?.pos === 'NUM' && (senses.partitiveNouns.has(word?.lower ?? '') || senses.partitiveNouns.has(word?.lemma ?? ''))
    if (word?.pos !== 'NUM' && word?.pos !== 'DET' && word?.pos !== 'PRON' && !isShare) return undefined
  }
  return headNounOf(s, whole.from, whole.to) ?? possessedHeadAfter(s, whole)
}

/**
 * The head noun after a possessor that the chunker cut off from its noun: "meet [the country's] growing [demand]",
 * where the participle before the noun was read as a verb. Only a phrase ending in "'s" continues.
 */
function possessedHeadAfter(s: ChunkedSentence, phrase: Chunk): string | undefined {
  const last = s.words[phrase.to]?.lower
  if (last !== "'s" && last !== '’s') return undefined
  const at = s.chunks.indexOf(phrase)
  let next = s.chunks[at + 1]
  // One word read as a verb: before a noun phrase a participle modifier ("growing demand"), else the noun itself
  // ("the market's needs").
  if (next?.kind === 'VG' && next.from === next.to) {
    const after = s.chunks[at + 2]
    if (after?.kind !== 'NP' || after.from !== next.to + 1) return s.words[next.from]?.lower
    if (!/(?:ing|ed)$/u.test(s.words[next.from]?.lower ?? '')) return undefined
    next = after
  }
  return next?.kind === 'NP' ? headNounOf(s, next.from, next.to) : undefined
}

/**
 * The head of the first run of common nouns that are no actor and no date in words from..to: "[Mr Blair's] words",
 * "the way [the Iraq war …]", "first time buyers", "13.6 billion dlrs [last year]", "a parliamentary motion",
 * "the world's deadliest diseases" (past a possessor).
 */
function headNounOf(s: ChunkedSentence, from: number, to: number): string | undefined {
  for (let w = from; w <= to; w++) {
    // "the market's needs": the last word after a possessor is its noun even when tagged a verb.
    const before = s.words[w - 1]?.lower
    if (w === to && w > from && (before === "'s" || before === '’s') && s.words[w]?.pos === 'VERB') return s.words[w]?.lower
    if (!isPlainNoun(s, w)) continue
    while (w + 1 <= to && isPlainNoun(s, w + 1)) w++
    // "the world's deadliest diseases": a possessor is no head; the noun after it is.
    const next = s.words[w + 1]?.lower
    // A phrase that ends in its possessor ("[the market's] needs") has its head outside.
    if (next === "'s" || next === '’s' || next === "'" || next === '’') {
      if (w + 1 < to) continue
      return undefined
    }
    return s.words[w]?.lower
  }
  return undefined
}

/** Whether word `w` is a common noun with no actor and no date ("his Budget": a capitalized one the tagger calls proper counts). */
function isPlainNoun(s: ChunkedSentence, w: number): boolean {
  const word = s.words[w]
  return word !== undefined && (word.pos === 'NOUN' || word.pos === 'PROPN') && word.actor === undefined && !word.isDate
}

/** The sense of a verb followed by "to" and a verb ("fighting hard to keep", "seek to profit"). */
export function readInfinitiveSense(s: ChunkedSentence, senses: Senses, verb: number): SenseReading {
  const head = s.words[verb]
  if (head === undefined) return undefined
  const key = senses.infinitives.has(head.lemma) ? head.lemma : head.lower
  if (!senses.infinitives.has(key)) return undefined
  let w = verb + 1
  // "fighting hard to", "working closely to", "sought Wednesday to": a manner or date word may come between.
  while (w <= verb + 3 && (s.words[w]?.pos === 'ADV' || s.words[w]?.pos === 'ADJ' || s.words[w]?.isDate === true)) w++
  // "what they consider to be …": "be" counts as the verb, whatever its tag.
  const next = s.words[w + 1]
  if (s.words[w]?.lower !== 'to' || (next?.pos !== 'VERB' && next?.lemma !== 'be')) return undefined
  return { code: senses.infinitives.get(key) ?? null }
}

/**
 * The sense of a verb event from its subject phrase: a disaster, accident or fight with no named doer ("China's worst
 * floods kill 172", "the full force of Hurricane Ivan has hit …", "AIDS hits …"), whatever actor the phrase also names.
 */
export function readSubjectSense(s: ChunkedSentence, senses: Senses, verb: number, subject: NounGroup | undefined): SenseReading {
  const head = s.words[verb]
  if (head === undefined || subject === undefined) return undefined
  const table = senses.subjects.get(head.lemma) ?? senses.subjects.get(head.lower)
  if (table === undefined) return undefined
  // "Skirmish outside a Belmoran camp kills 5": the subject read may be the object of a preposition whose head
  // phrase is the real doer, so the phrases before it joined by prepositions count too.
  let from = subject.from
  while (s.chunks[from - 1]?.kind === 'P' && s.chunks[from - 2]?.kind === 'NP') from -= 2
  // "Arvenia flooding kills nine": the tagger may put the disaster noun into the verb group, before its verb. A passive's
  // agent ("killed by a Belmoran land mine") comes after the verb and is read to its end.
  const groupEnd = s.chunks[subject.to]?.to ?? -1
  for (let w = s.chunks[from]?.from ?? 0; w < Math.max(verb, groupEnd + 1); w++) {
    // Actor words count too: the tagger may take a disease for an organization ("AIDS hits …").
    const word = s.words[w]
    if (word === undefined) continue
    if (w > groupEnd && word.pos !== 'VERB' && word.pos !== 'NOUN') break
    const found = table.get(word.lower)
    if (found !== undefined) return { code: found }
  }
  return undefined
}

/** A score such as "2-1" or "89-53". */
const SCORE = /^\d{1,3}-\d{1,3}$/

/** The sense of a verb event from the words of its sentence ("beat Brazil 2-1 in the Olympic final" is sport). */
export function readSentenceSense(s: ChunkedSentence, senses: Senses, verb: number): SenseReading {
  const head = s.words[verb]
  if (head === undefined) return undefined
  const rules = senses.sentenceWords.get(head.lemma) ?? senses.sentenceWords.get(head.lower)
  if (rules === undefined) return undefined
  for (const rule of rules) {
    if (s.words.some((w) => rule.words.has(w.lower) || (rule.scores && SCORE.test(w.lower)))) return { code: rule.code }
  }
  return undefined
}

/** The sense of a noun event from the word right before it ("a [court] battle", "a [trade] war"). */
export function readNounSense(s: ChunkedSentence, senses: Senses, noun: number): SenseReading {
  const head = s.words[noun]
  const before = s.words[noun - 1]
  if (head === undefined) return undefined
  const table = senses.nounModifiers.get(head.lemma) ?? senses.nounModifiers.get(head.lower)
  const found = before === undefined ? undefined : table?.get(before.lower)
  if (found !== undefined) return { code: found }
  // "its demand for imports": the object of the preposition right after the noun decides.
  const objects = senses.nounObjects.get(head.lemma) ?? senses.nounObjects.get(head.lower)
  const preposition = s.words[noun + 1]
  if (objects === undefined || preposition === undefined) return undefined
  const phrase = s.chunks.find((c) => c.from === noun + 2)
  const object = phrase?.kind === 'NP' ? headNounOf(s, phrase.from, phrase.to) : undefined
  const byObject = object === undefined ? undefined : objects.get(`${preposition.lower} ${object}`)
  return byObject === undefined ? undefined : { code: byObject }
}

/**
 * Whether a group opens with a noun whose "of" phrase names another party ("the kidnappers of a Belmoran journalist",
 * "key allies of Arvenia"): the actors inside that phrase did not do what the group does.
 */
export function opensWithOtherSide(s: ChunkedSentence, senses: Senses, group: NounGroup): boolean {
  const first = s.chunks[group.from]
  if (first?.kind !== 'NP' || group.to <= group.from) return false
  const of = s.chunks[group.from + 1]
  if (of === undefined || s.words[of.from]?.lower !== 'of') return false
  for (let w = first.to; w >= first.from; w--) {
    const word = s.words[w]
    if (word === undefined || word.actor !== undefined) return false
    if (word.pos === 'NOUN' || word.pos === 'PROPN') return senses.otherSides.has(word.lower) || senses.otherSides.has(word.lemma)
  }
  return false
}

/**
 * The sense of an event from its source's role: force "used" by a political party ("Labour attacked the Tories",
 * "the Harvest Party hit out at …") is words, so the file recodes it (to 111) or drops it.
 * @example readSourceRoleSense(senses, 'ARVPTY', '180') // { code: '111' }
 */
export function readSourceRoleSense(senses: Senses, source: string, code: string): SenseReading {
  return readRoleSense(senses.sourceRoles, source, code)
}

/** The sense of an event from its target's role: force "used" against a political party is words (`targetRoles`). */
export function readTargetRoleSense(senses: Senses, target: string | undefined, code: string): SenseReading {
  return target === undefined ? undefined : readRoleSense(senses.targetRoles, target, code)
}

function readRoleSense(table: ReadonlyMap<string, ReadonlyMap<string, string | null>>, actor: string, code: string): SenseReading {
  const roles = actor.slice(3)
  for (let at = 0; at + 3 <= roles.length; at += 3) {
    const found = table.get(roles.slice(at, at + 3))?.get(code.slice(0, 2))
    if (found !== undefined) return { code: found }
  }
  return undefined
}

/** Whether an actor reports harm rather than suffers it: a listed code prefix (UNO) or a listed role in its code (…MED). */
export function isReporter(actor: { readonly code: string }, senses: Senses): boolean {
  if (senses.reporterCodes.has(actor.code.slice(0, 3))) return true
  for (let i = 3; i + 3 <= actor.code.length; i += 3) if (senses.reporterRoles.has(actor.code.slice(i, i + 3))) return true
  return false
}

/** Whether the word at `w` is a negating noun before "of" ("boycott of", "postponement of"): what follows is not done. */
export function isNegatingNounAt(s: ChunkedSentence, senses: Senses, w: number): boolean {
  const word = s.words[w]
  if (word === undefined || word.actor !== undefined || word.pos !== 'NOUN' || s.words[w + 1]?.lower !== 'of') return false
  return senses.negatingNouns.has(word.lower) || senses.negatingNouns.has(word.lemma)
}
