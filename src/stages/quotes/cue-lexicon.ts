// Loads the reporting-cue lexicon (`cues.json`, format `dyad-quote-cues@1`): verbs, phrases, group speakers.
import { readFileSync } from 'node:fs'
import { ConfigError, ErrorCode } from '../../core/index.js'

/** How a cue introduces what was said. */
export type CueFrame = 'quote' | 'that' | 'clause' | 'object-to' | 'object-as' | 'whether' | 'to' | 'object-of' | 'noun-that'

/** A multi-word cue and the side its speaker stands on. */
export interface CuePhrase {
  readonly words: readonly string[]
  readonly speaker: 'before' | 'after'
  readonly frames: readonly CueFrame[]
}

/** The compiled lexicon the detector consults. */
export interface CueLexicon {
  readonly name: string
  readonly version: string
  /** Frames per verb lemma. */
  readonly verbs: ReadonlyMap<string, readonly CueFrame[]>
  /** Phrases indexed by their first word (lower case). */
  readonly phrases: ReadonlyMap<string, readonly CuePhrase[]>
  readonly groupSpeakers: ReadonlySet<string>
  /** Audience objects ("reporters"), each as lower-case words. */
  readonly listeners: ReadonlyArray<readonly string[]>
  readonly pronouns: ReadonlySet<string>
  /** Past participles that after a be-form tell the subject's state of mind ("are worried that"), not a passive. */
  readonly stateParticiples: ReadonlySet<string>
  /** Speaker pronouns for an organization or a country ("it"): they continue the last such speaker. */
  readonly thingPronouns: ReadonlySet<string>
  /** Verb lemmas that give a name ("dub", "call"): as a participle after a comma they name the phrase before (cues v15). */
  readonly namingVerbs: ReadonlySet<string>
  /** Lower-case titles before a name ("mr", "dr."): a capitalized word after one is a name (cues v14). */
  readonly honorifics: ReadonlySet<string>
  /** Singular nouns heading a description of a person ("the candidate"): it continues the last person speaker (cues v16). */
  readonly personHeads: ReadonlySet<string>
  /** Nouns for a quotation itself ("quote", "remark", "figure"): "That quote from X", "the “…” figure came from X" name its source (cues v17). */
  readonly quoteNouns: ReadonlySet<string>
  /** Words that tell a person's gender: pronouns and honorifics before a name ("his" → m, "Mrs." → f). */
  readonly genderWords: ReadonlyMap<string, 'm' | 'f'>
  /** Nouns for things that carry words ("a statement saying"): they are not speakers. */
  readonly messageNouns: ReadonlySet<string>
  /** Month names and abbreviations ("april", "jan."): a date after a cue is an adjunct ("said in April that"). */
  readonly monthNames: ReadonlySet<string>
  /** Verb lemmas whose object is the one addressed ("told Lind", "asked the envoy"), never an inverted speaker. */
  readonly addresseeVerbs: ReadonlySet<string>
  /** Verb lemmas whose object speaks for an infinitive cue after it ("led Lind to declare"). */
  readonly controlVerbs: ReadonlySet<string>
  /** Verb lemmas whose that-clause asks for an act ("demanded that Vell explain …"): a base-form cue inside it is no report (cues v18). */
  readonly mandativeVerbs: ReadonlySet<string>
  /** Heads of an indefinite description that brings in a new speaker ("a ministry spokeswoman"), for a "she" after it (cues v19). */
  readonly newSpeakerHeads: ReadonlySet<string>
  /** Verb lemmas of refusing ("decline", "refuse"): a cue right after one and "to" reports nothing ("declined to comment"; cues v20). */
  readonly refusalVerbs: ReadonlySet<string>
  /** Cue lemmas that after a refusal report nothing ("comment"; "declined to say in an interview that …" still reports; cues v20). */
  readonly refusedCues: ReadonlySet<string>
  /**
   * Nouns heading a body or group that can vow or threaten ("government", "rebels", "union"): a common-noun subject of a
   * speech act's own infinitive ("vowed to …") must have one, else the verb means a risk ("prices threaten to rise") (cues v22).
   */
  readonly agentHeads: ReadonlySet<string>
  /** Paragraph labels that are no speaker ("note", "update", "background"): a line opening with one is no transcript turn (cues v20). */
  readonly nonSpeakerLabels: ReadonlySet<string>
  /** Paragraph labels of an interview's questions ("q", "question") and answers ("a", "answer") (cues v20). */
  readonly questionLabels: ReadonlySet<string>
  readonly answerLabels: ReadonlySet<string>
  /** Labels naming the interviewer's side of a transcript ("reporter", "interviewer", "host") (cues v20). */
  readonly interviewerLabels: ReadonlySet<string>
  /** Nouns of the occasion or channel of speaking ("in a statement", "at a news conference", "on Twitter"): such a phrase between a subject and its cue is no part of the speaker (cues v23). */
  readonly occasionNouns: ReadonlySet<string>
  /** Nouns that take a that-clause of their own ("the belief that"): a cue before one does not report that clause (cues v23). */
  readonly complementNouns: ReadonlySet<string>
  /** Nouns for someone other than a possessive's person ("his wife", "her lawyer"): no resolution to the possessor (cues v23). */
  readonly relativeNouns: ReadonlySet<string>
}

const FORMAT = 'dyad-quote-cues@1'
const FRAMES: readonly CueFrame[] = ['quote', 'that', 'clause', 'object-to', 'object-as', 'whether', 'to', 'object-of', 'noun-that']

function fail(source: string, message: string): never {
  throw new ConfigError(ErrorCode.ConfigInvalid, `Quote cue file ${source}: ${message}. See src/stages/quotes/README.md for the format.`)
}

function readStrings(source: string, value: unknown, field: string): string[] {
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) fail(source, `"${field}" must be an array of strings`)
  return (value as string[]).map((v) => v.toLowerCase())
}

function readGenders(source: string, value: unknown): Map<string, 'm' | 'f'> {
  const genders = new Map<string, 'm' | 'f'>()
  if (value === undefined) return genders
  if (typeof value !== 'object' || value === null) fail(source, '"genderWords" must be an object of word → "m" | "f"')
  for (const [word, gender] of Object.entries(value as Record<string, unknown>)) {
    if (gender !== 'm' && gender !== 'f') fail(source, `genderWords.${word} must be "m" or "f"`)
    genders.set(word.toLowerCase(), gender)
  }
  return genders
}

function readFrames(source: string, value: unknown, field: string): CueFrame[] {
  const frames = readStrings(source, value, field)
  for (const frame of frames) {
    if (!(FRAMES as readonly string[]).includes(frame)) fail(source, `${field} has unknown frame "${frame}" (expected ${FRAMES.join(', ')})`)
  }
  return frames as CueFrame[]
}

/**
 * Compiles a parsed cue file into a lexicon.
 * @throws ConfigError when the format tag or a field is wrong
 */
export function compileCueLexicon(data: unknown, source = 'cues'): CueLexicon {
  if (typeof data !== 'object' || data === null) fail(source, 'expected a JSON object')
  const file = data as Record<string, unknown>
  if (file.format !== FORMAT) fail(source, `expected format "${FORMAT}", found ${JSON.stringify(file.format)}`)
  if (!Array.isArray(file.verbs)) fail(source, '"verbs" must be an array')
  const verbs = new Map<string, CueFrame[]>()
  for (const [i, entry] of (file.verbs as unknown[]).entries()) {
    const verb = entry as { lemma?: unknown; frames?: unknown }
    if (typeof verb.lemma !== 'string') fail(source, `verbs[${i}].lemma must be a string`)
    verbs.set(verb.lemma.toLowerCase(), readFrames(source, verb.frames, `verbs[${i}].frames`))
  }
  const phrases = new Map<string, CuePhrase[]>()
  for (const [i, entry] of ((file.phrases ?? []) as unknown[]).entries()) {
    const phrase = entry as { words?: unknown; speaker?: unknown; frames?: unknown }
    const words = readStrings(source, phrase.words, `phrases[${i}].words`)
    if (words.length === 0) fail(source, `phrases[${i}].words is empty`)
    if (phrase.speaker !== 'before' && phrase.speaker !== 'after') fail(source, `phrases[${i}].speaker must be "before" or "after"`)
    const frames = phrase.frames === undefined ? (['quote', 'clause'] as CueFrame[]) : readFrames(source, phrase.frames, `phrases[${i}].frames`)
    const first = words[0] as string
    const list = phrases.get(first) ?? []
    list.push({ words, speaker: phrase.speaker, frames })
    // Longest phrase first, so "in the words of" wins over a shorter phrase with the same first word.
    list.sort((a, b) => b.words.length - a.words.length)
    phrases.set(first, list)
  }
  return {
    name: typeof file.name === 'string' ? file.name : source,
    version: typeof file.version === 'string' ? file.version : '0',
    verbs,
    phrases,
    groupSpeakers: new Set(readStrings(source, file.groupSpeakers ?? [], 'groupSpeakers')),
    listeners: readStrings(source, file.listeners ?? [], 'listeners').map((l) => l.split(/\s+/)),
    pronouns: new Set(readStrings(source, file.pronouns ?? [], 'pronouns')),
    thingPronouns: new Set(readStrings(source, file.thingPronouns ?? [], 'thingPronouns')),
    stateParticiples: new Set(readStrings(source, file.stateParticiples ?? [], 'stateParticiples')),
    honorifics: new Set(readStrings(source, file.honorifics ?? [], 'honorifics')),
    namingVerbs: new Set(readStrings(source, file.namingVerbs ?? [], 'namingVerbs')),
    personHeads: new Set(readStrings(source, file.personHeads ?? [], 'personHeads')),
    agentHeads: new Set(readStrings(source, file.agentHeads ?? [], 'agentHeads')),
    quoteNouns: new Set(readStrings(source, file.quoteNouns ?? [], 'quoteNouns')),
    genderWords: readGenders(source, file.genderWords),
    messageNouns: new Set(readStrings(source, file.messageNouns ?? [], 'messageNouns')),
    monthNames: new Set(readStrings(source, file.monthNames ?? [], 'monthNames')),
    addresseeVerbs: new Set(readStrings(source, file.addresseeVerbs ?? [], 'addresseeVerbs')),
    controlVerbs: new Set(readStrings(source, file.controlVerbs ?? [], 'controlVerbs')),
    mandativeVerbs: new Set(readStrings(source, file.mandativeVerbs ?? [], 'mandativeVerbs')),
    newSpeakerHeads: new Set(readStrings(source, file.newSpeakerHeads ?? [], 'newSpeakerHeads')),
    refusalVerbs: new Set(readStrings(source, file.refusalVerbs ?? [], 'refusalVerbs')),
    refusedCues: new Set(readStrings(source, file.refusedCues ?? [], 'refusedCues')),
    nonSpeakerLabels: new Set(readStrings(source, file.nonSpeakerLabels ?? [], 'nonSpeakerLabels')),
    questionLabels: new Set(readStrings(source, file.questionLabels ?? [], 'questionLabels')),
    answerLabels: new Set(readStrings(source, file.answerLabels ?? [], 'answerLabels')),
    interviewerLabels: new Set(readStrings(source, file.interviewerLabels ?? [], 'interviewerLabels')),
    occasionNouns: new Set(readStrings(source, file.occasionNouns ?? [], 'occasionNouns')),
    complementNouns: new Set(readStrings(source, file.complementNouns ?? [], 'complementNouns')),
    relativeNouns: new Set(readStrings(source, file.relativeNouns ?? [], 'relativeNouns')),
  }
}

/**
 * Loads a cue file from disk (the built-in `cues.json` by default).
 * @throws ConfigError when it cannot be read or is malformed
 */
export function loadCueLexicon(path: string | URL = new URL('./cues.json', import.meta.url)): CueLexicon {
  let data: unknown
  try {
    data = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new ConfigError(ErrorCode.ConfigInvalid, `Cannot read quote cue file ${String(path)}: expected readable JSON.`, { cause: error })
  }
  return compileCueLexicon(data, String(path))
}
