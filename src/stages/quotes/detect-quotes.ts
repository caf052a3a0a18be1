// Detects quotations and reported speech: quote-mark regions attributed to cues, then indirect speech.
import type { Doc, Paragraph, QuoteKind, Span, Token } from '../../core/index.js'
import { findFirstStartingAt, groupTokensBySentence, isSpaceCode, matchText } from '../../core/index.js'
import type { CueFrame, CueLexicon, CuePhrase } from './cue-lexicon.js'
import {
  clauseSubject,
  datelineEnd,
  COMPOUND_NOUNS,
  isInnerHyphen,
  isPossessiveWord,
  mainClauseStart,
  nounPhraseEndingAt,
  nounPhraseStartingAt,
  sentenceSubject,
  skipLeftModifiers,
  type SentenceView,
  type TokenRange,
} from './noun-phrase.js'
import { findQuoteRegions, type MarkProblem, type QuoteRegion } from './quote-marks.js'
import { readEmbeddedPosts } from './embedded-posts.js'
import { readTranscriptTurns } from './transcript-turns.js'

/** A cue found in a sentence, as token indices within it. */
interface Cue extends TokenRange {
  readonly frames: readonly CueFrame[]
  /** Where the speaker stands: phrases say so; verbs take either side. */
  readonly side: 'before' | 'after' | 'either'
  /** Last index of the cue proper, before any listener ("told reporters"). */
  readonly verbLast: number
}

/** A speaker span with how it was found. */
export interface SpeakerDraft extends Span {
  readonly reason: string
  /** A speaker copied from an earlier quote keeps that quote's resolution. */
  readonly inherited?: SpeakerDraft
  /** Where to resolve the speaker when the span itself cannot be ("who" → the phrase before it). */
  readonly resolveAs?: Span
}

/** A detected quote before speaker resolution. */
export interface QuoteDraft extends Span {
  readonly kind: QuoteKind
  readonly content: Span
  readonly cue: Span | null
  readonly speaker: SpeakerDraft | null
  readonly noSpeakerReason?: string
  readonly paragraphIndex: number
}

/** A sentence prepared for walking. */
interface SentenceWork extends SentenceView {
  readonly paragraphIndex: number
  readonly cues: Cue[]
  /** Region index per token, or -1 outside quotation marks. */
  readonly regionOf: readonly number[]
  /** Cues already used to attribute a full quotation; they do not introduce indirect speech too. */
  readonly usedCues: Set<Cue>
  /** The original surface of a token. */
  readonly surface: (token: Token) => string
  /** True for the headline (or the first paragraph, which is where a title lands in plain text). */
  readonly isHeadline: boolean
  /** Nouns for things that carry words, from the lexicon. */
  readonly messageNouns: ReadonlySet<string>
  /** Month names, from the lexicon. */
  readonly monthNames: ReadonlySet<string>
  /** Group nouns that may speak ("officials", "supporters"), from the lexicon. */
  readonly groupSpeakers: ReadonlySet<string>
  /** Verb lemmas whose object is the one addressed, from the lexicon. */
  readonly addresseeVerbs: ReadonlySet<string>
  /** Verb lemmas whose object speaks for an infinitive cue after it, from the lexicon. */
  readonly controlVerbs: ReadonlySet<string>
  /** Participles that after a be-form tell the subject's state of mind ("are worried that"), from the lexicon. */
  readonly stateParticiples: ReadonlySet<string>
  /** Pronouns that stand for a single named speaker ("he", "she"), from the lexicon. */
  readonly speakerPronouns: ReadonlySet<string>
  /** Nouns that name a person ("candidate", "senator"), from the lexicon. */
  readonly personHeads: ReadonlySet<string>
  /** Nouns heading a body or group that can vow or threaten ("government", "rebels"), from the lexicon. */
  readonly agentHeads: ReadonlySet<string>
  /** Nouns of the occasion or channel of speaking ("a statement", "an interview"), from the lexicon. */
  readonly occasionNouns: ReadonlySet<string>
  /** Nouns that take a that-clause of their own ("the belief that"), from the lexicon. */
  readonly complementNouns: ReadonlySet<string>
  /** Cues by their first and last token index. */
  readonly cueAtFirst: ReadonlyMap<number, Cue>
  readonly cueAtLast: ReadonlyMap<number, Cue>
}

/** Longest reported clause or speaker window read, in tokens: keeps every step linear on runaway sentences. */
const MAX_CLAUSE_TOKENS = 120
const WINDOW = 40

const TRAILING = new Set(['.', ',', ';', ':', '!', '?', '-', '(', ')'])
const QUOTE_MARKS = new Set(['"', '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb'])

function isQuoteMark(text: string): boolean {
  return QUOTE_MARKS.has(text)
}

/** A number for a word's length and first character, to rule out most words before a Map lookup. */
function phraseKey(word: string): number {
  return word.length * 65536 + word.charCodeAt(0)
}

/** Phrase keys per lexicon, computed once. */
const phraseKeysOf = new WeakMap<CueLexicon, ReadonlySet<number>>()

function phraseKeys(lexicon: CueLexicon): ReadonlySet<number> {
  let keys = phraseKeysOf.get(lexicon)
  if (keys === undefined) {
    keys = new Set([...lexicon.phrases.keys()].map(phraseKey))
    phraseKeysOf.set(lexicon, keys)
  }
  return keys
}

/** Whether a cue word the tagger read as a noun at `i` is the verb: after a name, pronoun or relative pronoun, before punctuation. */
function isMistaggedVerb(view: SentenceView, regionOf: readonly number[], i: number): boolean {
  const prev = view.tokens[i - 1]?.pos
  const next = view.tokens[i + 1]
  return (
    (prev === 'PROPN' || prev === 'PRON' || prev === 'NOUN' || RELATIVE_PRONOUNS.has(view.lower[i - 1] ?? '')) &&
    (next === undefined || next.pos === 'PUNCT' || view.lower[i + 1] === 'that' || regionOf[i + 1] !== -1)
  ) || (prev === 'NUM' && next?.pos === 'PRON' && SUBJECT_PRONOUNS.has(view.lower[i + 1] ?? '')) || // "Six in 10 say/NOUN they …"
    isInvertedAfterQuotation(view, regionOf, i) ||
    // "the newspaper quotes/NOUN a source close to the firm": after a noun and before a determiner or a name.
    (view.lower[i] === 'quotes' && (prev === 'NOUN' || prev === 'PROPN') && (next?.pos === 'DET' || next?.pos === 'PROPN' || next?.pos === 'NUM'))
}

/** Tags that open the noun phrase of an inverted speaker ("“…,” notes one broker", "smiles Lind"). */
const INVERTED_SUBJECT_TAGS = new Set(['DET', 'NUM', 'PROPN', 'NOUN', 'ADJ'])

/**
 * Whether a word in the present tense right after a quotation closed by a comma, question or exclamation mark, with
 * a noun phrase after it, is the verb of an inverted frame the tagger read as a noun ("“…,” notes/NOUN one broker").
 */
function isInvertedAfterQuotation(view: SentenceView, regionOf: readonly number[], i: number): boolean {
  if (regionOf[i] !== -1 || regionOf[i - 1] === -1 || regionOf[i - 1] === undefined || !/[^s]s$/.test(view.lower[i] ?? '')) return false
  const closing = view.lower[i - 2] ?? ''
  return (closing === ',' || closing === '?' || closing === '!') && INVERTED_SUBJECT_TAGS.has(view.tokens[i + 1]?.pos ?? '')
}

/** Pronouns that can only be a clause subject. */
const SUBJECT_PRONOUNS = new Set(['i', 'he', 'she', 'we', 'they'])

/**
 * Whether a capitalized word inside a body sentence is part of a name between names ("Paul Sperry of Counter
 * Jihad", "Belmora Watch Group"), not a cue verb: the tagger reads such words as verbs.
 */
function isNamePart(view: SentenceView, folded: string, i: number): boolean {
  const token = view.tokens[i] as Token
  const code = folded.charCodeAt(token.start)
  if (code < 65 || code > 90) return false
  const prev = view.tokens[i - 1]
  const next = view.tokens[i + 1]
  return next?.pos === 'PROPN' && (prev?.pos === 'PROPN' || (view.lower[i - 1] === 'of' && view.tokens[i - 2]?.pos === 'PROPN'))
}

/** Whether a capitalized verb inside a body sentence stands right before "said" ("“…,” Read said"): it is a name. */
function isNameBeforeSay(view: SentenceView, folded: string, i: number): boolean {
  const code = folded.charCodeAt((view.tokens[i] as Token).start)
  return code >= 65 && code <= 90 && view.tokens[i + 1]?.lemma === 'say'
}

/** Words after which a past participle before a noun modifies it ("Lind’s proposed credit", "the reported deal"). */
const PARTICIPLE_MODIFIER_OPENERS = new Set(["'s", '\u2019s', 'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your'])

/** Whether the past participle at `i` is an adjective between a possessive or article and a noun. */
function isParticipleAdjective(view: SentenceView, i: number): boolean {
  const next = view.tokens[i + 1]?.pos
  return (view.lower[i] ?? '').endsWith('ed') && PARTICIPLE_MODIFIER_OPENERS.has(view.lower[i - 1] ?? '') && (next === 'NOUN' || next === 'ADJ' || next === 'PROPN')
}

/** The first (longest) phrase whose words stand at `i` outside quotation marks; plain loops, no closures per token. */
function phraseAt(view: SentenceView, regionOf: ArrayLike<number>, phrases: readonly CuePhrase[] | undefined, i: number): CuePhrase | undefined {
  if (phrases === undefined) return undefined
  for (const phrase of phrases) {
    let k = 0
    while (k < phrase.words.length && view.lower[i + k] === phrase.words[k] && regionOf[i + k] === -1) k++
    if (k === phrase.words.length) return phrase
  }
  return undefined
}

/** Finds cues (verbs by lemma, phrases by words) outside quotation marks in a sentence. */
function findCues(view: SentenceView, regionOf: readonly number[], lexicon: CueLexicon, folded: string, isHeadline: boolean): Cue[] {
  const cues: Cue[] = []
  const phraseOpeners = phraseKeys(lexicon)
  for (let i = 0; i < view.tokens.length; i++) {
    if (regionOf[i] !== -1) continue
    const lower = view.lower[i] ?? ''
    // A cheap numeric test (length and first letter) spares most tokens the phrase lookup.
    const phrase = phraseOpeners.has(phraseKey(lower)) ? phraseAt(view, regionOf, lexicon.phrases.get(lower), i) : undefined
    let cue: Cue | undefined
    if (phrase !== undefined) {
      const last = i + phrase.words.length - 1
      cue = { first: i, last, verbLast: last, frames: phrase.frames, side: phrase.speaker }
    } else {
      const token = view.tokens[i] as Token
      const pos = token.pos
      // The tagger reads "Varga notes." as a noun; after a name or pronoun and before punctuation it is the verb.
      // "…, which notes, “…”": after a relative pronoun (tagged DET) it is the verb too.
      const isVerb =
        (pos === 'VERB' && !isParticipleAdjective(view, i) && !isNounAfterIndefiniteArticle(view, i)) ||
        (token.lemma === 'say' && pos !== 'NOUN') ||
        (pos === 'NOUN' && isMistaggedVerb(view, regionOf, i) && !isNounAfterIndefiniteArticle(view, i))
      // Only a verb is looked up, so most tokens never build a lower-case lemma.
      const frames = isVerb && !(isHeadline || i === 0 || (!isNamePart(view, folded, i) && !isNameBeforeSay(view, folded, i))) ? undefined : isVerb ? lexicon.verbs.get(token.lemma.toLowerCase()) : undefined
      // "self-proclaimed", "so-called": a verb joined by a hyphen to the word before is a modifier, never a cue.
      // "a think tank", "a talk show": a verb opening a compound noun is no cue either.
      const isCompoundNoun = frames !== undefined && COMPOUND_NOUNS.has(`${lower} ${view.lower[i + 1] ?? ''}`)
      if (frames !== undefined && !isCompoundNoun && !isInnerHyphen(view, i - 1) && !isNamingParticiple(view, regionOf, lexicon, i) && !isAskedForAct(view, regionOf, lexicon, i) && !isRefusedReport(view, lexicon, i)) cue = { first: i, last: i, verbLast: i, frames, side: 'either' }
    }
    if (cue === undefined) continue
    cues.push(withListener(view, cue, lexicon))
    i = cue.last
  }
  return cues
}

/** Words after a refused cue that still open a report of their own ("declined to say whether …"). */
const REPORT_OPENERS = new Set(['whether', 'if', 'that', 'what', 'why', 'how', 'when', 'who', 'where', 'which'])

/**
 * Whether the verb at `i` follows a refusal, with or without "to" ("declined to comment", "refused to comment on the ships", "declined comment"):
 * nothing is reported and no quotation framed, unless an indirect question or a that-clause follows ("declined to say whether").
 */
function isRefusedReport(view: SentenceView, lexicon: CueLexicon, i: number): boolean {
  if (i < 1 || !lexicon.refusedCues.has((view.tokens[i] as Token).lemma.toLowerCase())) return false
  // "declined to comment", or "declined comment" with the cue read as a verb.
  const refusal = view.tokens[view.lower[i - 1] === 'to' ? i - 2 : i - 1]
  if (refusal === undefined) return false
  if (refusal.pos !== 'VERB' || !lexicon.refusalVerbs.has(refusal.lemma.toLowerCase())) return false
  return !REPORT_OPENERS.has(view.lower[i + 1] ?? '')
}

/** Most words between a mandative verb's "that" and a base-form cue (the clause's subject). */
const MAX_MANDATED_SUBJECT = 10

/**
 * Whether the verb at `i` is a base form right inside the that-clause of a mandative verb ("demanded that the
 * ministry explain its decision", "urged on Monday that Vell say more"): an act asked for, not a report.
 */
function isAskedForAct(view: SentenceView, regionOf: readonly number[], lexicon: CueLexicon, i: number): boolean {
  const token = view.tokens[i] as Token
  if (view.lower[i] !== token.lemma.toLowerCase()) return false
  for (let k = i - 1; k >= Math.max(1, i - MAX_MANDATED_SUBJECT); k--) {
    const pos = view.tokens[k]?.pos
    if (view.lower[k] === 'that') {
      // The mandative verb, perhaps before a short time adjunct ("demanded on Tuesday that").
      for (let v = k - 1; v >= Math.max(0, k - 4); v--) {
        const verb = view.tokens[v] as Token
        if (verb.pos === 'VERB') return lexicon.mandativeVerbs.has(verb.lemma.toLowerCase())
        if (verb.pos !== 'ADP' && verb.pos !== 'PROPN' && verb.pos !== 'NUM' && verb.pos !== 'NOUN' && verb.pos !== 'ADV') return false
      }
      return false
    }
    if (regionOf[k] !== -1 || pos === 'VERB' || pos === 'AUX' || (pos === 'PUNCT' && !isInnerHyphen(view, k))) return false
  }
  return false
}

/** Participles of perceiving that a passive puts before a cue's participle ("was heard saying", "can be seen telling"). */
const PERCEIVED = new Set(['heard', 'overheard', 'seen'])

/** Forms of "quote" before "as saying". */
const QUOTE_FORMS = new Set(['quoted', 'quotes', 'quote', 'quoting'])

/**
 * The one quoted in "X quoted Y as saying" (Y) or "Y was quoted (by X) as saying" (Y, the passive's subject),
 * reading left from the "as" at `as`.
 */
function quotedAsSaying(view: SentenceWork, as: number): TokenRange | undefined {
  let verb = as - 1
  // "was quoted by the Vell agency as saying": skip the agent.
  for (let k = as - 1; k > 0 && as - k <= 8 && view.regionOf[k] === -1; k--) {
    if (view.lower[k] === 'by' && QUOTE_FORMS.has(view.lower[k - 1] ?? '')) {
      verb = k - 1
      break
    }
  }
  if (QUOTE_FORMS.has(view.lower[verb] ?? '')) {
    // Passive: the subject before the be-form.
    let aux = verb - 1
    while (view.tokens[aux]?.pos === 'ADV') aux--
    if (!BE_FORMS.has(view.lower[aux] ?? '')) return undefined
    return nounPhraseEndingAt(view, skipLeftModifiers(view, aux - 1))
  }
  // Active: the object between "quoted" and "as", with a "by"/"of" tail ("a statement by the army").
  const object = nounPhraseEndingAt(view, as - 1)
  if (object === undefined) return undefined
  if (QUOTE_FORMS.has(view.lower[object.first - 1] ?? '')) return object
  const head = view.lower[object.first - 1] === 'by' || view.lower[object.first - 1] === 'of' ? nounPhraseEndingAt(view, object.first - 2) : undefined
  if (head !== undefined && QUOTE_FORMS.has(view.lower[head.first - 1] ?? '')) return { first: head.first, last: object.last }
  return describedObjectQuoted(view, as)
}

/** Most tokens between "quoted" and "as" read as one object with the words that describe it. */
const MAX_QUOTED_OBJECT = 10

/**
 * The object of "quoted" with words describing it before "as" ("quotes a source close to the company as saying"):
 * a phrase opening as a noun phrase, holding no verb, comma or quotation mark.
 */
function describedObjectQuoted(view: SentenceWork, as: number): TokenRange | undefined {
  for (let k = as - 2; k > 0 && as - k <= MAX_QUOTED_OBJECT; k--) {
    const token = view.tokens[k] as Token
    if (view.regionOf[k] !== -1 || view.lower[k] === ',') return undefined
    if (QUOTE_FORMS.has(view.lower[k] ?? '')) return nounPhraseStartingAt(view, k + 1)?.first === k + 1 ? { first: k + 1, last: as - 1 } : undefined
    if (token.pos === 'VERB' || token.pos === 'AUX') return undefined
  }
  return undefined
}

/**
 * The object of an active "quoted" cue followed by "as" ("“…,” the agency quoted Varga as saying"): a quotation
 * before the frame meets "quoted" before "saying", and the one quoted speaks, not the one quoting.
 */
function objectQuotedAs(view: SentenceWork, cue: Cue): TokenRange | undefined {
  if (cue.first !== cue.last || !QUOTE_FORMS.has(view.lower[cue.first] ?? '')) return undefined
  const object = nounPhraseStartingAt(view, cue.last + 1)
  if (object === undefined) return undefined
  let after = object.last + 1
  // "quoted Varga, the envoy, as saying": an apposition set off by commas may follow the name.
  if (view.lower[after] === ',') {
    for (let k = after + 1; k < after + MAX_QUOTED_APPOSITION && k < view.tokens.length; k++) {
      if (view.lower[k] !== ',') continue
      after = k + 1
      break
    }
  }
  if (view.lower[after] === 'as') return object
  // "quotes a source close to the company as saying": words describing the object before "as saying", read back from it.
  const as = view.lower.indexOf('as', after)
  const isQuotedAsSaying = as > 0 && as - object.first <= MAX_QUOTED_OBJECT && (view.lower[as + 1] ?? '').endsWith('ing')
  return isQuotedAsSaying ? describedObjectQuoted(view, as) : undefined
}

/**
 * The object of "quoted" ending a sentence that a quotation opened ("“…,” the agency quoted one protester."), with
 * the words describing it ("a source close to the company"): the one quoted spoke the quotation before.
 */
function objectQuotedLast(view: SentenceWork, cue: Cue): TokenRange | undefined {
  if (cue.first !== cue.last || (view.lower[cue.first] !== 'quoted' && view.lower[cue.first] !== 'quotes') || view.regionOf[cue.last + 1] !== -1) return undefined
  if (nounPhraseStartingAt(view, cue.last + 1)?.first !== cue.last + 1) return undefined
  let last = view.tokens.length - 1
  while (last > cue.last && view.tokens[last]?.pos === 'PUNCT' && view.regionOf[last] === -1 && view.lower[last] !== ',') last--
  if (last <= cue.last || last - cue.last > MAX_QUOTED_OBJECT) return undefined
  for (let k = cue.last + 1; k <= last; k++) {
    const pos = view.tokens[k]?.pos
    // "quoted a senior official on Friday": the date is no part of who was quoted.
    const isDate = DAY_NAMES.has(view.lower[k] ?? '') || ((view.lower[k] === 'on' || view.lower[k] === 'in') && (DAY_NAMES.has(view.lower[k + 1] ?? '') || view.monthNames.has(view.lower[k + 1] ?? '')))
    if (isDate && k > cue.last + 1) return { first: cue.last + 1, last: k - 1 }
    if (pos === 'VERB' || pos === 'AUX' || pos === 'PUNCT' || view.regionOf[k] !== -1) return undefined
  }
  return { first: cue.last + 1, last }
}

/** Most tokens of an apposition between "quoted" and "as saying". */
const MAX_QUOTED_APPOSITION = 10

/** Most words of an apposition read back over before a naming participle. */
const MAX_APPOSITION_WORDS = 15

/** Words that may stand between a naming participle and the name it gives ("dubbed a “…”", "known as “…”"). */
const NAME_LEADS = new Set(['a', 'an', 'the', 'as'])

/** Tags that open a complement after a quotation: an active naming verb's ("called “the talks” a farce"). */
const COMPLEMENT_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'NUM'])

/**
 * Whether the verb at `i` is a naming participle set off by a comma with the name right after it ("a new screen,
 * dubbed a “retina display,” which …", "Apps, commonly called “small programs,” sold"): it names the phrase before
 * the comma, which says nothing. An active verb whose quotation is followed by a complement still speaks.
 */
function isNamingParticiple(view: SentenceView, regionOf: readonly number[], lexicon: CueLexicon, i: number): boolean {
  const token = view.tokens[i]
  if (token === undefined || !(view.lower[i] ?? '').endsWith('ed') || !lexicon.namingVerbs.has(token.lemma.toLowerCase())) return false
  let k = i - 1
  while (view.tokens[k]?.pos === 'ADV') k--
  if (view.lower[k] !== ',') return false
  // "what Bay Buchanan, treasurer for the campaign, called “…”": a comma that closes an apposition after a name
  // leaves the name as the verb's subject.
  for (let j = k - 1; j > 0 && k - j <= MAX_APPOSITION_WORDS; j--) {
    if (view.lower[j] !== ',' || regionOf[j] !== -1) continue
    if (view.tokens[j - 1]?.pos === 'PROPN') return false
    break
  }
  let q = i + 1
  if (NAME_LEADS.has(view.lower[q] ?? '')) q++
  const region = regionOf[q]
  if (region === undefined || region === -1) return false
  let after = q
  while (regionOf[after] === region) after++
  return !COMPLEMENT_TAGS.has(view.tokens[after]?.pos ?? '') || RELATIVE_PRONOUNS.has(view.lower[after] ?? '')
}

/** Quantifiers that stand alone for people before "who" ("some who", "many who"). */
const PEOPLE_QUANTIFIERS = new Set(['some', 'many', 'most', 'few', 'several', 'others', 'all', 'half'])

/**
 * Whether the token at `i` before a "who" is a quantity ("some", "18%", "four in 10") or a coordinator ("and who");
 * "one who" stands for someone named before ("as one who believes").
 */
function isUnnamedAntecedent(view: SentenceView, i: number): boolean {
  const lower = view.lower[i] ?? ''
  return PEOPLE_QUANTIFIERS.has(lower) || lower === '%' || (view.tokens[i]?.pos === 'NUM' && lower !== 'one') || lower === 'and' || lower === 'but'
}

/** Words that open a noun phrase, so a cue word right after them is a noun the tagger misread ("a Vell comment"). */
const ARTICLES = new Set(['a', 'an', 'the', 'his', 'its', 'their'])

/**
 * Whether token `i` is a bare noun-like form after an article, directly or across one name or adjective
 * ("the comment", "a Vell comment"). Inflected forms stay verbs ("the Kremlin said"), and so does a base form
 * after a plural name ("the Democrats say").
 */
function followsArticle(view: SentenceView, i: number): boolean {
  const token = view.tokens[i]
  if (token === undefined || view.lower[i] !== token.lemma.toLowerCase()) return false
  if (ARTICLES.has(view.lower[i - 1] ?? '')) return true
  const between = view.tokens[i - 1]?.pos
  const isSingularName = between === 'PROPN' && !(view.lower[i - 1] ?? '').endsWith('s')
  return (isSingularName || between === 'ADJ') && ARTICLES.has(view.lower[i - 2] ?? '')
}

/** Whether a one-word cue is a past participle between a noun and a quotation, naming it ("a class called “Vell”"). */
function namesQuotedTitle(view: SentenceWork, cue: Cue): boolean {
  return cue.first === cue.last && view.tokens[cue.first - 1]?.pos === 'NOUN' && (view.lower[cue.first] ?? '').endsWith('ed') && view.regionOf[cue.last + 1] !== -1 && view.regionOf[cue.last + 1] !== undefined
}

/** Cue verbs that take no object for their audience: a listener word after one is its inverted subject. */
const NO_LISTENER_VERBS = new Set(['say', 'add'])

/**
 * Whether a base form at `i` closes a phrase opened by "a" or "an" ("an Egyptian report that …", "a new study
 * shows"): a singular subject would take "reports", so the word is the phrase's noun, not a cue.
 */
function isNounAfterIndefiniteArticle(view: SentenceView, i: number): boolean {
  if (view.lower[i] !== view.tokens[i]?.lemma.toLowerCase()) return false
  for (let k = i - 1; k >= 0 && i - k <= MAX_ARTICLE_MODIFIERS + 1; k--) {
    const lower = view.lower[k] ?? ''
    if (lower === 'a' || lower === 'an') return true
    const pos = view.tokens[k]?.pos
    if (pos !== 'ADJ' && pos !== 'PROPN' && pos !== 'NOUN') return false
  }
  return false
}

/** Most modifiers between an article and the noun it opens that `endsArticlePhrase` looks across. */
const MAX_ARTICLE_MODIFIERS = 3

/** Whether a base form at `i` ends a phrase opened by an article across modifiers ("the national RNC file"; not "his friends jeered"). */
function endsArticlePhrase(view: SentenceView, i: number): boolean {
  // An inflected form stays a verb ("the old diplomat smiled:").
  if (view.lower[i] !== view.tokens[i]?.lemma.toLowerCase()) return false
  for (let k = i - 1; k >= 0 && i - k <= MAX_ARTICLE_MODIFIERS + 1; k--) {
    if (DESCRIPTION_ARTICLES.has(view.lower[k] ?? '')) return true
    const pos = view.tokens[k]?.pos
    if (pos !== 'ADJ' && pos !== 'PROPN' && pos !== 'NOUN') return false
  }
  return false
}

/**
 * Extends a cue over an audience object ("told reporters"), which is neither speaker nor content. Only a verb that
 * takes the one addressed as its object has one: after "said" or "added" such a phrase is the inverted subject
 * ("…, said supporters of Lind").
 */
function withListener(view: SentenceView, cue: Cue, lexicon: CueLexicon): Cue {
  const lemma = view.tokens[cue.verbLast]?.lemma.toLowerCase() ?? ''
  if (NO_LISTENER_VERBS.has(lemma)) return cue
  for (const words of lexicon.listeners) {
    if (words.every((w, k) => view.lower[cue.last + 1 + k] === w)) return { ...cue, last: cue.last + words.length }
  }
  return cue
}

function tokenSpan(view: SentenceView, range: TokenRange): Span {
  return { start: (view.tokens[range.first] as Token).start, end: (view.tokens[range.last] as Token).end }
}

/**
 * Whether the subject starting at offset `start`, before the cue at token `cueFirst`, opens a clause embedded in an
 * earlier one: after `whether`/`if` or right after another cue ("Lind put off deciding whether Vell Watch could
 * question Varga but said …", "Lind said Vell Watch could sue but added …"), so a cue coordinated later is not its.
 */
function opensEmbeddedClause(view: SentenceView, cues: readonly Cue[], cueFirst: number, start: number): boolean {
  let k = cueFirst - 1
  while (k > 0 && cueFirst - k < 16 && (view.tokens[k]?.start ?? -1) > start) k--
  if (view.tokens[k]?.start !== start) return false
  const before = view.lower[k - 1] ?? ''
  return before === 'whether' || before === 'that' || before === 'if' || cues.some((c) => c.last === k - 1 && c.frames.includes('clause'))
}

/** Finds the speaker of a cue: subject on the left, inverted subject on the right, or the sentence subject. */
function speakerOfCue(view: SentenceWork, cue: Cue, cues: readonly Cue[], speakers: Map<Cue, SpeakerDraft | null>): SpeakerDraft | null {
  const known = speakers.get(cue)
  if (known !== undefined) return known
  const draft = findSpeakerOfCue(view, cue, cues, speakers)
  speakers.set(cue, draft)
  return draft
}

/**
 * A speaker draft for a token range, or null when there is none. Words inside a quotation are what was said, never who
 * said it; nor is a time phrase ("last month when asked"): it says when. (Module-level: no closure per cue.)
 */
function speakerDraft(view: SentenceWork, range: TokenRange | undefined, reason: string): SpeakerDraft | null {
  if (range === undefined || isQuoted(view, range) || isTimePhrase(view, range)) return null
  // Built literally, in the spread's key order (start, end, reason): no spread of a fresh span per draft.
  return { start: (view.tokens[range.first] as Token).start, end: (view.tokens[range.last] as Token).end, reason }
}

/** Whether a quotation region covers any token in [from, end). */
function hasRegionIn(work: SentenceWork, from: number, end: number): boolean {
  for (let k = from; k < end; k++) if (work.regionOf[k] !== -1) return true
  return false
}

/** Words after "as" that make a phrase of it rather than a complement ("as soon as", "as well", "as if"). */
const AS_PHRASE_WORDS = new Set(['soon', 'well', 'long', 'much', 'far', 'many', 'if', 'though', 'usual', 'expected', 'planned', 'part', 'such'])

/** Whether a noun, name, adjective or pronoun stands in [from, end): the complement after "as" ("as a partner"). */
function hasNominalAfter(work: SentenceWork, from: number, end: number): boolean {
  for (let k = from; k < end; k++) {
    const pos = work.tokens[k]?.pos
    if (pos === 'NOUN' || pos === 'PROPN' || pos === 'ADJ' || pos === 'PRON') return true
  }
  return false
}

/** Whether the reported words come right after an agent ending before `at`: "as …", or a quotation (after a comma or colon). */
function wordsFollowAgent(view: SentenceWork, at: number): boolean {
  if (view.lower[at] === 'as' || view.regionOf[at] !== -1) return true
  return (view.lower[at] === ',' || view.lower[at] === ':') && view.regionOf[at + 1] !== -1
}

function findSpeakerOfCue(view: SentenceWork, cue: Cue, cues: readonly Cue[], speakers: Map<Cue, SpeakerDraft | null>): SpeakerDraft | null {
  if (cue.side === 'after') return speakerDraft(view, sourceAfterPhrase(view, cue.last + 1), `after "${view.lower.slice(cue.first, cue.verbLast + 1).join(' ')}"`)
  const left = skipLeftModifiers(view, skipParenthesisLeft(view, skipLeftModifiers(view, cue.first - 1)))
  const leftToken = view.tokens[left]
  const isParticiple = (view.lower[cue.first] ?? '').endsWith('ing')
  // The comma may sit inside a quoted title before the participle (`on “Morning Joe,” adding`).
  const isAfterComma = view.lower[left] === ',' || (view.regionOf[left] !== -1 && leftToken?.pos === 'PUNCT')
  // "while adding", "before saying", "upon saying": a participle after a subordinator also speaks for the main subject.
  const isAfterSubordinator = PARTICIPLE_SUBORDINATORS.has(view.lower[left] ?? '')
  // "Lind, who told Vell when asked about it: “…”": a reduced clause ("when asked", "if pressed") has the
  // main clause's subject; the tagger reads "when" as an adverb, so look at the word right before the cue.
  // The question itself ("when asked whether …") was put by someone unnamed, so it keeps no speaker.
  if (isUnnamedQuestion(view, cue)) return null
  const isReducedClause = REDUCED_CLAUSE_OPENERS.has(view.lower[cue.first - 1] ?? '') && cue.first === cue.verbLast && !isParticiple
  if (isReducedClause) {
    const earlier = cueBefore(cues, cue.first)
    const inherited = earlier === undefined ? null : speakerOfCue(view, earlier, cues, speakers)
    if (inherited !== null) return { ...inherited, reason: 'subject of the main clause' }
    return speakerDraft(view, clauseSubject(view, cue.first - 1) ?? sentenceSubject(view, cue.first - 1), 'subject of the main clause')
  }
  // "The agency quoted Varga as saying", "Varga was quoted (by the agency) as saying": the one quoted speaks.
  const quoted = isParticiple && view.lower[cue.first - 1] === 'as' ? quotedAsSaying(view, cue.first - 1) : undefined
  if (quoted !== undefined) return speakerDraft(view, quoted, 'the one quoted as saying')
  const object = objectQuotedAs(view, cue)
  if (object !== undefined) return speakerDraft(view, object, 'the one quoted as saying')
  if (isParticiple && (leftToken === undefined || isAfterComma || isAfterSubordinator)) {
    // "..., adding that ...": the speaker is the subject of the main clause. A cue the tagger took from a
    // noun ("posted a Vell comment of her own, saying") has no subject to lend.
    const before = cueBefore(cues, cue.first)
    // "a class called “Vell” …, writing": a participle naming a quoted title after its noun is no clause of its own.
    const earlier = before !== undefined && (followsArticle(view, before.first) || namesQuotedTitle(view, before)) ? undefined : before
    const inherited = earlier === undefined ? null : speakerOfCue(view, earlier, cues, speakers)
    if (inherited !== null) return { ...inherited, reason: 'subject of the main clause' }
    // "When his family moved, his mother refused, insisting …": an opening subordinate clause has its own subject.
    // "Writing in the Herald, Varga outlined …": a participle opening the sentence speaks for the subject after its comma.
    const main = clauseSubject(view, cue.first, false, mainClauseStart(view, cue.first)) ?? clauseSubject(view, cue.first) ?? (isInOpeningPhrase(view, cue.first) ? subjectAfterOpeningPhrase(view, cue.last + 1) : undefined)
    return speakerDraft(view, main ?? sentenceSubject(view, cue.first), 'subject of the main clause')
  }
  // "those who said": a demonstrative standing alone is the antecedent too.
  const isDemonstrativeBefore = DEMONSTRATIVES.has(view.lower[left - 1] ?? '') && view.lower[left] === 'who'
  if (RELATIVE_PRONOUNS.has(view.lower[left] ?? '') && (isNominalToken(view.tokens[left - 1]) || isDemonstrativeBefore)) {
    // "a sign that said", "a message that read", "a reply from Lind who wrote": the relative pronoun speaks for the thing before it.
    const near = isDemonstrativeBefore ? { first: left - 1, last: left - 1 } : nounPhraseEndingAt(view, left - 1)
    // "an analyst at Vell Capital who said": a "who" after a name the person works at, for or with stands for that person.
    const affiliated = near !== undefined && view.lower[left] === 'who' && AFFILIATIONS.has(view.lower[near.first - 1] ?? '') ? nounPhraseEndingAt(view, near.first - 2) : undefined
    const antecedent = affiliated !== undefined && isDescriptionHead(view, affiliated.last) && isCapitalizedToken(view, near?.last ?? -1) ? affiliated : near
    if (antecedent !== undefined && !isQuoted(view, antecedent)) return { ...tokenSpan(view, { first: left, last: left }), reason: 'relative pronoun', resolveAs: tokenSpan(view, antecedent) }
  }
  // "some who warned", "18% who say", "four in 10 who said", "and who believe": a quantity or a coordinated relative
  // clause stands for people the writer does not name; the relative pronoun itself is the speaker.
  if (view.lower[left] === 'who' && isUnnamedAntecedent(view, left - 1)) return { ...tokenSpan(view, { first: left, last: left }), reason: 'relative pronoun (unnamed people)' }
  if (view.lower[left] === 'and' || view.lower[left] === 'but') {
    // "Lind said the talks failed but added, “…”": a coordinated cue shares the subject of the cue before it.
    const earlier = cueBefore(cues, cue.first)
    // A new clause after a comma in between ("As I asked, he looked up and said") has its own subject.
    let isNewClause = false
    for (let k = (earlier?.last ?? left) + 1; k < left && !isNewClause; k++) isNewClause = view.lower[k] === ',' && startsClause(view, k + 1)
    const isSpeech = earlier !== undefined && !isNewClause && earlier.side !== 'after' && earlier.frames.some((f) => SPEECH_FRAMES.has(f))
    const inherited = earlier === undefined || !isSpeech ? null : speakerOfCue(view, earlier, cues, speakers)
    // Only a subject standing before that cue; an inverted or borrowed one may belong elsewhere.
    if (inherited !== null && earlier !== undefined && inherited.end <= (view.tokens[earlier.first]?.start ?? 0)) {
      if (!opensEmbeddedClause(view, cues, earlier.first, inherited.start)) return { ...inherited, reason: 'subject of the coordinated cue' }
      // The cue that reports that clause shares its subject instead ("issued a statement saying his plan
      // “…” and said …": not "his plan").
      const outer = cueBefore(cues, earlier.first)
      const outerSpeaker = outer === undefined || outer.side === 'after' || !outer.frames.some((f) => SPEECH_FRAMES.has(f)) ? null : speakerOfCue(view, outer, cues, speakers)
      if (outerSpeaker !== null && outer !== undefined && outerSpeaker.end <= (view.tokens[outer.first]?.start ?? 0)) return { ...outerSpeaker, reason: 'subject of the coordinated cue' }
    }
  }
  // "The defeat led Varga to declare", "prompted the Herald, which tracks votes, to state": the object speaks.
  const controlled = view.lower[left] === 'to' ? objectOfControlVerb(view, left) : undefined
  if (controlled !== undefined) return speakerDraft(view, controlled, 'object of the verb before "to"')
  // "Lind erred in saying", "Varga called for denying …", "Lind accused the envoy of asking": a gerund after a
  // preposition speaks for the subject of the clause that governs it, as PolNeAR credits it; so does one right after a
  // verb ("Lind has started asking", "kept asking her", "can campaign saying").
  const isGerundAfterPreposition = isParticiple && (((leftToken?.pos === 'ADP' || leftToken?.pos === 'SCONJ') && GERUND_PREPOSITIONS.has(view.lower[left] ?? '')) || leftToken?.pos === 'VERB')
  if (view.lower[left] === 'to' || view.lower[left] === 'by' || view.lower[left] === 'and' || view.lower[left] === 'but' || view.lower[left] === 'that' || isGerundAfterPreposition) {
    // "went on to say", "began by saying", "smiled and said", "a video that said": the subject of the governing verb speaks.
    // "In addition to stating …, Varga has argued": an opening phrase's participle has the subject after its comma.
    const opening = isParticiple && isInOpeningPhrase(view, cue.first) ? subjectAfterOpeningPhrase(view, cue.last + 1) : undefined
    const governing = opening ?? clauseSubject(view, cue.first, true) ?? sentenceSubject(view, cue.first)
    // "It is important to note", "it seems unfair to tell", "for Lind to assert": an "it" governing the verb is
    // the writer's placeholder (or stands for a thing), never the one who speaks.
    if (governing !== undefined && governing.first === governing.last && view.lower[governing.first] === 'it') return null
    // After a preposition the gerund may describe a thing ("a visit would be part of continuing contacts"): only a
    // name, a pronoun, a group or a person noun speaks then.
    if (isGerundAfterPreposition && governing !== undefined && !namesSomeone(view, governing)) return null
    return speakerDraft(view, governing, 'subject of the governing verb')
  }
  if (isParticiple && view.messageNouns.has(view.lower[left] ?? '')) {
    // "released a statement saying": the statement carries the words; the subject speaks.
    return speakerDraft(view, clauseSubject(view, cue.first, true), 'subject of the clause (the words came in a message)')
  }
  if ((view.lower[left] === 'who' || view.lower[left] === 'which') && (view.lower[left - 1] === ',' || DASHES.has(view.lower[left - 1] ?? ''))) {
    // "Mike Lee, who declared", "the sign — which read": the relative pronoun speaks for the phrase before the comma or dash.
    const near = nounPhraseEndingAt(view, skipParenthesisLeft(view, left - 2))
    // "the court in The Hague, which said": a place after "in"/"at" locates the phrase before it, which speaks.
    const located = near !== undefined && LOCATING_PREPOSITIONS.has(view.lower[near.first - 1] ?? '') && isPlaceAfterPreposition(view, near.last) ? nounPhraseEndingAt(view, near.first - 2) : undefined
    const antecedent = located ?? near
    if (antecedent !== undefined) return { ...tokenSpan(view, { first: left, last: left }), reason: 'relative pronoun', resolveAs: tokenSpan(view, antecedent) }
  }
  // "a plan criticized by Lind as “…”", "an option seen by aides as a “…”": a participle right after its noun, with
  // an agent after "by" and the words after that agent, is a passive with no auxiliary; the agent speaks, not the
  // noun. ("…, a claim denied by Lind" puts the words before: Lind answers them, and did not say them.)
  const isReducedPassive = cue.first === cue.verbLast && !isParticiple && view.lower[cue.last + 1] === 'by' && (leftToken?.pos === 'NOUN' || leftToken?.pos === 'PROPN') && left === cue.first - 1 && view.tokens[cue.last + 2]?.pos !== 'VERB'
  if (isReducedPassive) {
    const agent = nounPhraseStartingAt(view, cue.last + 2)
    if (agent !== undefined && wordsFollowAgent(view, agent.last + 1)) return speakerDraft(view, agent, 'agent of a passive cue (after its noun)')
  }
  if (isPassiveCue(view, left, cue)) {
    // "Lind was asked by host Tomas Varga, “…”": the agent after "by" speaks.
    const agent = view.lower[cue.last + 1] === 'by' ? nounPhraseStartingAt(view, cue.last + 2) : undefined
    return agent === undefined ? null : speakerDraft(view, agent, 'agent of a passive cue')
  }
  if (leftToken !== undefined && view.lower[left] !== ',' && leftToken.pos !== 'PUNCT') {
    const np = nounPhraseEndingAt(view, left)
    // "In a separate interview Keating said", "Earlier this week Varga said": an opening phrase with no comma ran into the subject.
    const named = np === undefined || isParticiple ? undefined : nameAfterOpeningPhrase(view, np)
    if (named !== undefined) return speakerDraft(view, named, 'subject of cue (after an opening phrase)')
    // "emailed supporters saying": a group right after a verb is its object, the ones written to.
    const isGroupObject = np !== undefined && view.tokens[np.first - 1]?.pos === 'VERB' && view.groupSpeakers.has(view.lower[np.last] ?? '')
    // "with 30 percent of voters saying", "with Sen. Lind calling it “…”": after "with" the phrase is the participle's subject.
    if (np !== undefined && isParticiple && view.lower[np.first - 1] === 'with') return speakerDraft(view, np, 'subject of the participle after "with"')
    if (np !== undefined && isParticiple && (isPrepositionObject(view, np) || isGroupObject)) {
      // "wrote to supporters saying", "posted on Facebook writing": the phrase is a preposition's object and
      // the participle's speaker is the subject of the main clause. (For a finite cue, "a source speaking to
      // Lind said", reading the sentence subject instead lost more than it won on the training split.)
      const earlier = cueBefore(cues, cue.first)
      const inherited = earlier === undefined ? null : speakerOfCue(view, earlier, cues, speakers)
      if (inherited !== null) return { ...inherited, reason: 'subject of the main clause' }
      return speakerDraft(view, clauseSubject(view, np.first) ?? sentenceSubject(view, np.first), 'subject of the main clause')
    }
    // "a source close to Lind said", "people familiar with the matter said", "an aide speaking to Vell
    // Radio said": the phrase before the adjective (or participle) and its preposition is the subject; the
    // preposition's object only describes it.
    const at = np?.first ?? 0
    const describer = np === undefined ? undefined : view.tokens[at - 2]
    const isDescriber = describer?.pos === 'ADJ' || (describer?.pos === 'VERB' && /(?:ing|ed)$/.test(view.lower[at - 2] ?? ''))
    const described = describer !== undefined && view.tokens[at - 1]?.pos === 'ADP' && view.lower[at - 1] !== 'of' && isDescriber ? nounPhraseEndingAt(view, at - 3) : undefined
    if (described !== undefined) return speakerDraft(view, described, 'subject of cue (described by the phrase after it)')
    // "Lind and Varga both stressed", "the rivals have all urged": a floating quantifier follows the subject.
    if (np !== undefined && np.first === np.last && FLOATING_QUANTIFIERS.has(view.lower[np.first] ?? '')) {
      let head = skipLeftModifiers(view, np.first - 1)
      // "Lind and Varga, the two rivals, both said": over an apposition between commas.
      if (view.lower[head] === ',') head = appositionOpening(view, head) - 1
      const phrase = head >= 0 && isNominalToken(view.tokens[head]) ? nounPhraseEndingAt(view, head) : undefined
      const floated = phrase === undefined ? undefined : coordinationEndingWith(view, phrase) ?? phrase
      if (floated !== undefined) return speakerDraft(view, floated, 'subject of cue (before "both"/"all")')
    }
    // "Lind Varga (R-Vell), a supporter of the plan told …": an apposition the writer left unclosed.
    const unclosed = np === undefined ? undefined : nameBeforeUnclosedApposition(view, np.first)
    if (unclosed !== undefined) return speakerDraft(view, unclosed, 'subject of cue (before an unclosed apposition)')
    const listed = np === undefined ? undefined : nameBeforeUnclosedListing(view, np.first)
    if (listed !== undefined) return speakerDraft(view, listed, 'subject of cue (before an unclosed apposition)')
    const restricted = np === undefined ? undefined : subjectBeforeRelativeClause(view, np.first - 1)
    if (restricted !== undefined) return speakerDraft(view, restricted, 'subject of cue (before a relative clause)')
    // "A spokesman for the ministry said", "Officials in Vell said", "Lind in a statement said": the phrase before the
    // prepositions is the head.
    const headed = np === undefined ? undefined : subjectBeforePrepositions(view, np)
    // "Lind and his allies in Congress have argued": a coordination may open the phrase.
    if (headed !== undefined) return speakerDraft(view, coordinationEndingWith(view, headed) ?? headed, 'subject of cue (head before a prepositional phrase)')
    // "Vell and Tarn have said", "Lind, Varga and Dorn said": a coordination opening the clause speaks as one.
    const coordinated = np === undefined ? undefined : coordinationEndingWith(view, np)
    if (coordinated !== undefined) return speakerDraft(view, coordinated, 'subject of cue (coordinated)')
    // "…, an allegation Tehran dismissed as “…”", "a charge Vell denies": a noun with a that-clause of its own, then a
    // name: the name is the subject of a relative clause with no "that".
    const relativeSubject = np === undefined ? undefined : nameAfterComplementNoun(view, np)
    if (relativeSubject !== undefined) return speakerDraft(view, relativeSubject, 'subject of cue (after the noun it describes)')
    if (np !== undefined) return speakerDraft(view, np, 'subject of cue')
    const misread = misreadSubject(view, left, cue.first) ?? misreadNounSubject(view, left, cue.first)
    if (misread !== undefined) return speakerDraft(view, misread, 'subject of cue (a word the tagger misread)')
    // "A news report published Wednesday said", "a court document filed Thursday says": a past participle (with a
    // time word, skipped above) after a common noun describes that noun, the subject.
    const reduced = np === undefined && isReducedRelative(view, left) ? nounPhraseEndingAt(view, left - 1) : undefined
    if (reduced !== undefined) return speakerDraft(view, reduced, 'subject of cue (described by a participle after it)')
    if (cue.side === 'before') return null
  }
  // "Varga — who ran in 2010 — told reporters": an aside between dashes stands between.
  // A participle after a dash ("a basic task - bragging - conceding") continues the clause before it.
  const isDashAside = DASHES.has(view.lower[left] ?? '') && view.regionOf[left] === -1 && !isParticiple && !isInnerHyphen(view, left)
  const dashed = isDashAside ? dashAsideSpeaker(view, left) : undefined
  if (dashed !== undefined) return speakerDraft(view, dashed, 'subject of cue (across an aside between dashes)')
  // "The port has helped trade, said Lind Varga, a professor.": after a whole clause and its comma, a name after
  // the cue that ends the sentence or opens an apposition is the inverted subject, not the clause's subject.
  const inverted = view.lower[left] === ',' && view.regionOf[left] === -1 ? invertedAfterClause(view, left, cue) : undefined
  if (inverted !== undefined) return speakerDraft(view, inverted, 'after cue (inverted, after a clause)')
  // "Varga, the former diplomat, said": an apposition or relative clause stands between.
  const beforeComma = view.tokens[skipParenthesisLeft(view, left - 1)]
  // The apposition may end in a quoted title ("Varga, author of “The Open Border,” said"), its comma inside the marks.
  const endsInTitle = view.regionOf[left - 1] !== -1 && left > 0 && view.regionOf[left] === -1
  if (view.lower[left] === ',' && beforeComma !== undefined && (beforeComma.pos === 'NOUN' || beforeComma.pos === 'PROPN' || beforeComma.pos === 'NUM' || endsInTitle)) {
    const apposition = appositionSpeaker(view, left)
    if (apposition !== undefined) return speakerDraft(view, apposition, 'subject of cue (across an apposition)')
  }
  // "…, “a disgrace,” said Varga" keeps its inverted subject.
  const titleComma = commaClosingTitle(view, left)
  if (titleComma !== undefined && invertedSubject(view, cue.last + 1) === undefined) {
    const apposition = appositionSpeaker(view, titleComma)
    if (apposition !== undefined) return speakerDraft(view, apposition, 'subject of cue (across an apposition ending in a title)')
  }
  if (cue.side === 'before') return null
  // Inversion after a comma, a quotation or at the sentence start: "..., said Varga", "say experts".
  // "…, told her supporters, “…”": after "tell" or "ask" stands the one addressed, not the speaker,
  // unless the cue follows a quotation ("“Why?” asked the envoy").
  const isAfterQuotation = view.regionOf[left] !== -1 || (view.lower[left] === ',' && view.regionOf[left - 1] !== -1 && left > 0)
  const isAddressed = !isAfterQuotation && view.addresseeVerbs.has(view.tokens[cue.first]?.lemma.toLowerCase() ?? '')
  if (!isAfterQuotation && view.lower[left] === ',') {
    // "Scot Lind, executive director of Vell Now/ADV, said the numbers …": an apposition the tagger ended
    // oddly still follows the sentence's subject; what comes after the cue is its object, not an inverted subject.
    const subject = sentenceSubject(view, left)
    if (subject !== undefined && view.lower[subject.last + 1] === ',' && !isTimePhrase(view, subject)) return speakerDraft(view, subject, 'sentence subject (before an apposition)')
  }
  if ((leftToken === undefined || leftToken.pos === 'PUNCT') && !isAddressed) {
    const right = invertedSubject(view, cue.last + 1)
    // "..., said Varga." but not "..., says the plan will fail": an inverted subject is not followed by a verb.
    const afterRight = right === undefined ? undefined : view.tokens[right.last + 1]?.pos
    // A participle after it describes the subject ("said a man calling himself Vell").
    // So does a past participle with its agent ("said the statement quoted by Vell Radio").
    const verbAfter = view.lower[(right?.last ?? 0) + 1] ?? ''
    const isParticipleAfter = afterRight === 'VERB' && (verbAfter.endsWith('ing') || (verbAfter.endsWith('ed') && view.lower[(right?.last ?? 0) + 2] === 'by'))
    if (right !== undefined && ((afterRight !== 'VERB' && afterRight !== 'AUX') || isParticipleAfter) && !isFramedObject(view, cue, right)) return speakerDraft(view, right, 'after cue (inverted)')
  }
  if (view.lower[left] === ',' || leftToken?.pos === 'PUNCT') return speakerDraft(view, sentenceSubject(view, left), 'sentence subject (before an apposition)')
  return null
}

/**
 * Whether the phrase after a cue is its object, by the word after it that the cue's frame wants ("accused Varga of",
 * "urged Varga to act", "sees Varga as"): no inverted subject then ("Lind, without naming him, also accused Varga of …").
 */
function isFramedObject(view: SentenceWork, cue: Cue, np: TokenRange): boolean {
  const after = view.lower[np.last + 1]
  if (after === 'of') return cue.frames.includes('object-of')
  if (after === 'as') return cue.frames.includes('object-as')
  return after === 'to' && cue.frames.includes('object-to') && isVerbForm(view.tokens[np.last + 2])
}

/**
 * A subject the tagger broke, ending at `left` right before the cue: a capitalized name read as a verb or
 * adverb at the clause start ("Cross/VERB said", "Jolly/ADV said"), or a phrase with a participle or
 * adjective after it ("those surveyed said", "voters polled said", "voters overall said").
 */
function misreadSubject(view: SentenceWork, left: number, cueFirst: number): TokenRange | undefined {
  const token = view.tokens[left]
  if (token === undefined || view.regionOf[left] !== -1) return undefined
  const lower = view.lower[left] ?? ''
  const before = view.tokens[left - 1]
  const opensClause = left === 0 || before?.pos === 'PUNCT' || before?.pos === 'CCONJ'
  // "When asked", "Why not say": question words and subordinators are no names.
  const isClauseWord = QUESTION_WORDS.has(lower) || SUBORDINATORS.has(lower) || REDUCED_CLAUSE_OPENERS.has(lower)
  if ((MISREAD_NAME_TAGS.has(token.pos) || token.pos === 'ADV') && opensClause && !isClauseWord && /^\p{Lu}/u.test(view.surface(token))) return { first: left, last: left }
  // "Judicial Watch/VERB stated": a capitalized word right before the cue after a proper noun ends the name.
  if (MISREAD_NAME_TAGS.has(token.pos) && left === cueFirst - 1 && before?.pos === 'PROPN' && /^\p{Lu}/u.test(view.surface(token))) {
    const name = nounPhraseEndingAt(view, left - 1)
    if (name !== undefined) return { first: name.first, last: left }
  }
  const isPostModifier = (token.pos === 'VERB' && lower.endsWith('ed')) || token.pos === 'ADJ'
  // The modifier stands right before the cue ("those surveyed said", not "an interview aired when asked").
  if (!isPostModifier || before === undefined || left !== cueFirst - 1) return undefined
  if (DEMONSTRATIVES.has(view.lower[left - 1] ?? '')) return { first: left - 1, last: left }
  const np = isNominalToken(before) ? nounPhraseEndingAt(view, left - 1) : undefined
  return np === undefined ? undefined : { first: np.first, last: left }
}

/**
 * A noun the tagger read as a verb or adjective right before the cue, after a determiner or adjective ("the same
 * polling/VERB suggests", "Another ranking/ADJ says", "some analyses/VERB suggest"), or a quantifier read as an
 * adjective standing alone ("few/ADJ believe"): the phrase from its determiner is the subject.
 */
function misreadNounSubject(view: SentenceWork, left: number, cueFirst: number): TokenRange | undefined {
  const token = view.tokens[left]
  // Only auxiliaries and adverbs between ("has vowed", "also said").
  if (token === undefined || view.regionOf[left] !== -1 || view.tokens.slice(left + 1, cueFirst).some((t) => t.pos !== 'AUX' && t.pos !== 'ADV')) return undefined
  const lower = view.lower[left] ?? ''
  const opensClause = left === 0 || view.tokens[left - 1]?.pos === 'PUNCT' || view.tokens[left - 1]?.pos === 'CCONJ'
  if (token.pos === 'ADJ' && opensClause && STANDALONE_QUANTIFIERS.has(lower)) return { first: left, last: left }
  if (token.pos !== 'VERB' && token.pos !== 'ADJ') return undefined
  // Inflected verbs stay verbs unless they look like plural or gerund nouns.
  if (token.pos === 'VERB' && !/(?:ing|ses|ies)$/.test(lower)) return undefined
  let first = left
  while (first > 0 && first > left - 6) {
    if (view.tokens[first - 1]?.pos === 'ADJ' || view.tokens[first - 1]?.pos === 'NOUN') first--
    // "The self-described democratic/ADJ socialist/ADJ said": a hyphenated modifier.
    else if (first >= 3 && isInnerHyphen(view, first - 2)) first -= 3
    else break
  }
  const opener = view.tokens[first - 1]
  // The phrase opens its clause ("would do the same again replied" has its subject before).
  const beforeOpener = view.tokens[first - 2]
  const opensItsClause = beforeOpener === undefined || beforeOpener.pos === 'PUNCT' || beforeOpener.pos === 'CCONJ' || beforeOpener.pos === 'SCONJ' || first - 2 < datelineEnd(view)
  if (opener?.pos === 'DET' && opensItsClause && !RELATIVE_PRONOUNS.has(view.lower[first - 1] ?? '')) return { first: first - 1, last: left }
  // "Recent/PROPN polling/VERB shows": a capitalized modifier opening the sentence.
  if (first === left && opener !== undefined && first - 1 === datelineEnd(view) && /^\p{Lu}/u.test(view.surface(opener)) && opener.pos === 'PROPN' && token.pos === 'VERB') return { first: first - 1, last: left }
  return undefined
}

/** Quantifiers the tagger reads as adjectives that stand alone as a subject ("few believe", "many worried"). */
const STANDALONE_QUANTIFIERS = new Set(['few', 'many', 'most', 'several'])

/** Most tokens of an apposition read back over between commas before a floated quantifier. */
const MAX_FLOATED_APPOSITION = 12

/** The index of the comma opening an apposition whose closing comma is at `close`, or `close` when there is none. */
function appositionOpening(view: SentenceWork, close: number): number {
  for (let k = close - 1; k > 0 && close - k <= MAX_FLOATED_APPOSITION; k--) {
    if (view.regionOf[k] !== -1) break
    if (view.lower[k] === ',') return k
  }
  return close
}

/** Quantifiers that float after their subject ("they both said", "have all urged"). */
const FLOATING_QUANTIFIERS = new Set(['both', 'all', 'each'])

/** Determiners that stand for people before a participle ("those surveyed"). */
const DEMONSTRATIVES = new Set(['those', 'these'])

/** Most words a restrictive relative clause between a subject and its cue may hold. */
const MAX_RELATIVE_WORDS = 12

/**
 * "officials who spoke with the paper said", "groups that have endorsed him say": the subject stands before
 * a relative clause with no commas. Walks left from `from` to "who" (or "that"/"which" right before a verb)
 * after a noun, with a verb between; returns the noun phrase before it.
 */
function subjectBeforeRelativeClause(view: SentenceWork, from: number): TokenRange | undefined {
  let hasVerbBetween = false
  for (let k = from; k >= 1 && from - k < MAX_RELATIVE_WORDS; k--) {
    const token = view.tokens[k] as Token
    // A comma, a quotation or a coordinator ("cells that can turn … and researchers hope") ends the clause.
    if (token.pos === 'PUNCT' || token.pos === 'CCONJ' || view.regionOf[k] !== -1) return undefined
    const lower = view.lower[k] ?? ''
    const isRelative = lower === 'who' || ((lower === 'that' || lower === 'which') && (view.tokens[k + 1]?.pos === 'VERB' || view.tokens[k + 1]?.pos === 'AUX'))
    if (isRelative) {
      // "economists who favor/NOUN consumption taxes agree": a "who" clause has a verb, whatever the tagger says.
      const hasVerbAfterWho = lower === 'who'
      if (!(hasVerbBetween || hasVerbAfterWho) || !isNominalToken(view.tokens[k - 1])) return undefined
      const antecedent = nounPhraseEndingAt(view, k - 1)
      return antecedent !== undefined && !isQuoted(view, antecedent) ? antecedent : undefined
    }
    if (token.pos === 'VERB' || token.pos === 'AUX') hasVerbBetween = true
  }
  return undefined
}

/** Words that may introduce a participle cue whose speaker is the main clause's subject. */
const PARTICIPLE_SUBORDINATORS = new Set(['while', 'before', 'after', 'upon', 'when', 'since', 'without', 'by'])

/**
 * Whether a phrase's head (the word before its first "of", else its last word) is a name, a pronoun, a group noun or
 * a person noun ("Lind", "he", "people", "the former senator of Vell"; not "the 2012 Vell port attack").
 */
function namesSomeone(view: SentenceWork, range: TokenRange): boolean {
  let head = range.last
  for (let k = range.first + 1; k <= range.last; k++) {
    if (view.lower[k] === 'of') {
      head = k - 1
      break
    }
  }
  const pos = view.tokens[head]?.pos
  const lower = view.lower[head] ?? ''
  return pos === 'PROPN' || pos === 'PRON' || view.groupSpeakers.has(lower) || view.personHeads.has(lower)
}

/**
 * Whether a speaker span can vow or threaten: its head (before an "of" phrase) is a name, a pronoun, or a noun for a
 * person, a group or a body. A span outside the sentence is left as it is.
 */
function canAct(work: SentenceWork, span: Span): boolean {
  const first = findFirstStartingAt(work.tokens, span.start)
  let last = first
  while (last + 1 < work.tokens.length && (work.tokens[last + 1] as Token).end <= span.end) last++
  if (first >= work.tokens.length || (work.tokens[first] as Token).end > span.end) return true
  if (namesSomeone(work, { first, last })) return true
  let head = last
  for (let k = first + 1; k <= last; k++) if (work.lower[k] === 'of') {
    head = k - 1
    break
  }
  return work.agentHeads.has(work.lower[head] ?? '') || work.agentHeads.has((work.tokens[head] as Token).lemma.toLowerCase())
}

/** Prepositions whose gerund object ("for saying", "in writing", "of announcing") speaks for the governing clause's subject. */
const GERUND_PREPOSITIONS = new Set(['for', 'in', 'of', 'from', 'about', 'on', 'at', 'into', 'against'])

/** Words that open a reduced clause before a past participle ("when asked", "if pressed", "once told"). */
const REDUCED_CLAUSE_OPENERS = new Set(['when', 'if', 'unless', 'until', 'though', 'although', 'while'])

/** Pronouns opening a relative clause with no comma before them ("a sign that read", "Lind who wrote"). */
const RELATIVE_PRONOUNS = new Set(['that', 'who', 'which'])

/** Forms of "be" that make a following participle passive. */
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being'])

/**
 * "Varga was asked, “…”": a passive cue, whose subject is the one addressed, not the speaker. A be-form
 * stands between the subject and a cue that is not an -ing form ("was saying" still speaks).
 */
function isPassiveCue(view: SentenceWork, left: number, cue: Cue): boolean {
  if ((view.lower[cue.first] ?? '').endsWith('ing') || cue.side !== 'either') return false
  // "party bosses are worried that …": a state of mind, whose subject holds the view.
  if (view.stateParticiples.has(view.lower[cue.first] ?? '')) return false
  for (let i = Math.max(0, left + 1); i < cue.first; i++) if (BE_FORMS.has(view.lower[i] ?? '')) return true
  return false
}

/** Whether a noun phrase is the object of a preposition ("to supporters", "on Tuesday"), not a subject. */
function isPrepositionObject(view: SentenceView, range: TokenRange): boolean {
  const before = view.tokens[range.first - 1]
  return before?.pos === 'ADP' && view.lower[range.first - 1] !== 'of'
}

/** Whether any token of a range lies inside quotation marks. */
function isQuoted(view: SentenceWork, range: TokenRange): boolean {
  for (let i = range.first; i <= range.last; i++) if (view.regionOf[i] !== -1) return true
  return false
}

function isNominalToken(token: Token | undefined): boolean {
  return token?.pos === 'NOUN' || token?.pos === 'PROPN'
}

/** Most capitalized words read as one name when the tagger splits it. */
const MAX_NAME_WORDS = 5

/** Possessive determiners that may open an inverted subject ("said its chairman"). */
const POSSESSIVE_OPENERS = new Set(['his', 'her', 'its', 'their', 'our'])

/**
 * The inverted subject right after a cue ("said Varga"). The tagger often reads part of a name after a
 * verb as a verb ("said Tomas/VERB Varga", "said Lind Varga/VERB"), so a run of capitalized words that is
 * longer than the noun phrase is taken as the name.
 */
function invertedSubject(view: SentenceWork, at: number): TokenRange | undefined {
  const found = invertedPhrase(view, at)
  return found === undefined ? undefined : (namedInApposition(view, found) ?? found)
}

/** Most words a description after an inverted cue may run on through prepositional phrases before its comma. */
const MAX_DESCRIPTION_TAIL = 10

/** Tags of a description's prepositional tail ("of the British union Unite"). */
const DESCRIPTION_TAIL_TAGS = new Set(['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'])

/** Prepositions that may open a description's tail. */
const DESCRIPTION_PREPOSITIONS = new Set(['of', 'at', 'for', 'with', 'in'])

/** Tags that end an apposition naming a described speaker ("said its chairman, Sir Anthony Vell."). */
const APPOSITION_ENDS = new Set(['.', ',', ';', '!', '?'])

/**
 * The name set off by a comma after a described speaker with no name of its own ("said its chairman, Sir
 * Anthony Vell.", "said the group's leader, Mara Lind, who …"): the name is who spoke.
 */
function namedInApposition(view: SentenceWork, described: TokenRange): TokenRange | undefined {
  for (let k = described.first; k <= described.last; k++) if (view.tokens[k]?.pos === 'PROPN') return undefined
  // "said the general secretary of the union Unite, Tony Vell", "said chief officer at Vell Asset Management, Lind
  // Varga": the description may run on through prepositional phrases to its comma.
  let comma = described.last + 1
  while (comma < view.tokens.length && comma - described.last <= MAX_DESCRIPTION_TAIL && (DESCRIPTION_TAIL_TAGS.has(view.tokens[comma]?.pos ?? '') || isMisreadNameAt(view, comma)) && view.regionOf[comma] === -1) comma++
  if (comma > described.last + 1 && !DESCRIPTION_PREPOSITIONS.has(view.lower[described.last + 1] ?? '')) return undefined
  if (view.lower[comma] !== ',') return undefined
  const name = nounPhraseStartingAt(view, comma + 1)
  if (name === undefined || isQuoted(view, name)) return undefined
  for (let k = name.first; k <= name.last; k++) if (view.tokens[k]?.pos !== 'PROPN') return undefined
  const after = view.lower[name.last + 1]
  return after === undefined || APPOSITION_ENDS.has(after) ? name : undefined
}

/** The phrase right after a cue, before any apposition (see `invertedSubject`). */
function invertedPhrase(view: SentenceWork, at: number): TokenRange | undefined {
  // "said its chairman", "says their report": a possessive determiner opens the phrase after it.
  if (POSSESSIVE_OPENERS.has(view.lower[at] ?? '') && view.tokens[at]?.pos === 'PRON') {
    const after = nounPhraseStartingAt(view, at + 1)
    if (after !== undefined && view.tokens[at + 1]?.pos !== 'PRON') return { first: at, last: after.last }
  }
  const np = nounPhraseStartingAt(view, at)
  let last = at - 1
  while (last + 1 < view.tokens.length && last + 1 - at < MAX_NAME_WORDS) {
    const t = view.tokens[last + 1] as Token
    // "said First Vell's Johnson": a possessive between capitalized words joins an organization to its person.
    const owner = view.tokens[last + 2]
    if (last >= at && t.pos === 'PART' && isPossessiveMarker(view.lower[last + 1]) && owner !== undefined && owner.pos === 'PROPN' && /^\p{Lu}/u.test(view.surface(owner))) {
      last += 2
      continue
    }
    if (t.pos === 'PUNCT' || view.regionOf[last + 1] !== -1 || !/^\p{Lu}/u.test(view.surface(t)) || DAY_NAMES.has(view.lower[last + 1] ?? '')) break
    last++
  }
  if (np !== undefined && np.last >= last) {
    // "said Margaret Hoover/VERB", "said Rina Lind of Rights Watch/VERB": a capitalized word right after the
    // phrase that the tagger read as a verb is the end of the name.
    let end = np.last
    while (end + 1 - np.first < MAX_NAME_WORDS + 2 && isMisreadNameAt(view, end + 1)) end++
    return { first: np.first, last: end }
  }
  if (last < at) return np
  return { first: at, last }
}

/** Whether token `i` is a capitalized word, outside quotation marks, that the tagger misread as a verb or adjective. */
function isMisreadNameAt(view: SentenceWork, i: number): boolean {
  const t = view.tokens[i]
  return t !== undefined && MISREAD_NAME_TAGS.has(t.pos) && view.regionOf[i] === -1 && /^\p{Lu}/u.test(view.surface(t)) && !DAY_NAMES.has(view.lower[i] ?? '')
}

/** Tokens that are a quotation mark, or half of a doubled apostrophe. */
const MARK_TOKENS = new Set(["'", '"', '\u2018', '\u2019', '\u201c', '\u201d', "''"])

/**
 * "Varga, author of “The Open Border,” put it": when `at` closes a quotation that holds its comma and follows a
 * word of the writer's (a title inside an apposition, not a quotation opening the sentence), the comma's index.
 */
function commaClosingTitle(view: SentenceWork, at: number): number | undefined {
  const region = view.regionOf[at]
  if (region === undefined || region === -1) return undefined
  // A doubled apostrophe (''…,'') closes in two tokens.
  let comma = at - 1
  while (comma >= 0 && view.regionOf[comma] === region && MARK_TOKENS.has(view.lower[comma] ?? '')) comma--
  if (view.lower[comma] !== ',' || view.regionOf[comma] !== region) return undefined
  let open = comma
  while (open > 0 && view.regionOf[open - 1] === region) open--
  const before = view.tokens[open - 1]
  return before !== undefined && before.pos !== 'PUNCT' ? comma : undefined
}

/** Punctuation that may follow an inverted subject ending its clause ("said Varga." / "said Varga, a professor"). */
const AFTER_INVERTED = new Set(['.', ',', '(', ';', '!', '?'])

/**
 * "The port has helped trade, said Lind Varga, a professor.": `comma` before the cue closes a stretch holding a
 * verb (a whole clause), and a name right after the cue ends at punctuation; returns that name. Never after
 * "tell"/"ask" (the one addressed follows them).
 */
function invertedAfterClause(view: SentenceWork, comma: number, cue: Cue): TokenRange | undefined {
  if (view.addresseeVerbs.has(view.tokens[cue.first]?.lemma.toLowerCase() ?? '')) return undefined
  const right = invertedSubject(view, cue.last + 1)
  if (right === undefined || !AFTER_INVERTED.has(view.lower[right.last + 1] ?? '.')) return undefined
  if (view.tokens[right.first]?.pos !== 'PROPN' && !isMisreadNameAt(view, right.first)) return undefined
  let start = comma - 1
  while (start >= 0 && comma - start < WINDOW && !(view.lower[start] === ',' && view.regionOf[start] === -1)) start--
  return hasVerb(view, start + 1, comma, view.regionOf) ? right : undefined
}

/**
 * "led Varga to declare", "prompted the Herald, which tracks votes, to state": the noun phrase (before an aside
 * between commas) right after a verb that makes its object act, before the "to" at `to`.
 */
function objectOfControlVerb(view: SentenceWork, to: number): TokenRange | undefined {
  let end = to - 1
  if (view.lower[end] === ',' && view.regionOf[end] === -1) {
    let k = end - 1
    while (k >= 0 && end - k < WINDOW && !(view.lower[k] === ',' && view.regionOf[k] === -1)) k--
    if (k < 0 || view.lower[k] !== ',') return undefined
    end = k - 1
  }
  // "led some to speculate": a lone quantifier is an object too.
  if (!isNominalToken(view.tokens[end]) && view.tokens[end]?.pos !== 'PRON' && view.tokens[end]?.pos !== 'DET') return undefined
  const np = nounPhraseEndingAt(view, end)
  const verb = np === undefined ? undefined : view.tokens[np.first - 1]
  if (np === undefined || verb?.pos !== 'VERB' || !view.controlVerbs.has(verb.lemma.toLowerCase()) || isQuoted(view, np)) return undefined
  return np
}

/** Articles that open a description set off after a name ("Lind, a veteran diplomat …"). */
const DESCRIPTION_ARTICLES = new Set(['a', 'an', 'the'])

/**
 * "Lind Varga (R-Vell), a supporter of the plan told", "Varga, a diplomat who served in Belmora said": a
 * description opened by a comma after a name and never closed before the cue. `from` is the first token of
 * the phrase before the cue; walks left to the comma, which must follow a name opening its clause (after
 * punctuation or the sentence start, never a preposition: "In Vell, the envoy said"). Returns the name.
 */
function nameBeforeUnclosedApposition(view: SentenceWork, from: number): TokenRange | undefined {
  let comma = from - 1
  let hasVerbBeforeRelative = false
  for (; comma >= 0 && from - comma < WINDOW; comma--) {
    const lower = view.lower[comma] ?? ''
    if (view.regionOf[comma] !== -1) return undefined
    if (lower === ',') break
    const pos = view.tokens[comma]?.pos
    if (RELATIVE_PRONOUNS.has(lower)) hasVerbBeforeRelative = false
    else if (pos === 'VERB' || pos === 'AUX') hasVerbBeforeRelative = true
    else if (pos === 'PUNCT' || pos === 'CCONJ') return undefined
  }
  // A bare phrase ("Clinton, a top aide said, “…”") is a cue set off inside the clause, not an apposition.
  if (comma <= 0 || comma + 1 >= from || view.lower[comma] !== ',' || hasVerbBeforeRelative || !DESCRIPTION_ARTICLES.has(view.lower[comma + 1] ?? '')) return undefined
  const end = skipParenthesisLeft(view, comma - 1)
  if (view.tokens[end]?.pos !== 'PROPN') return undefined
  const name = nounPhraseEndingAt(view, end)
  if (name === undefined || isTimePhrase(view, name)) return undefined
  // The name opens the sentence (after a dateline) or follows a closing quotation mark ("on “Vell Today,” Lind, …").
  const isOpening = name.first <= datelineEnd(view) || (name.first > 0 && view.regionOf[name.first - 1] !== -1)
  return isOpening ? { first: name.first, last: comma - 1 } : undefined
}

/**
 * "Dan Lind, oil analyst with Vell, Tarn and Co said": a name opening the sentence, then a description that links to
 * an organization named as a list (its commas each before a name) and runs up to the cue unclosed. The phrase the
 * cue follows (`Co`) is the list's end; the name speaks. Undefined for a list of names ("Lind, Varga and Dorn said").
 */
function nameBeforeUnclosedListing(view: SentenceWork, from: number): TokenRange | undefined {
  const start = datelineEnd(view)
  const name = nounPhraseStartingAt(view, start)
  if (name === undefined || name.last + 2 >= from || view.lower[name.last + 1] !== ',') return undefined
  for (let k = name.first; k <= name.last; k++) if (view.tokens[k]?.pos !== 'PROPN') return undefined
  const opener = view.tokens[name.last + 2]
  if (opener === undefined || /^\p{Lu}/u.test(view.surface(opener)) || !(opener.pos === 'NOUN' || opener.pos === 'ADJ' || DESCRIPTION_ARTICLES.has(view.lower[name.last + 2] ?? ''))) return undefined
  let hasLink = false
  let hasListComma = false
  for (let k = name.last + 2; k < from; k++) {
    const t = view.tokens[k] as Token
    if (view.regionOf[k] !== -1 || t.pos === 'VERB' || t.pos === 'AUX') return undefined
    if (t.pos === 'ADP') hasLink = true
    else if (view.lower[k] === ',') {
      // A comma inside the description only separates the names of a firm, after its preposition.
      if (!hasLink || view.tokens[k + 1]?.pos !== 'PROPN') return undefined
      hasListComma = true
    }
  }
  return hasLink && hasListComma ? name : undefined
}

/** Dash tokens that may set off an aside ("—", "–", "--", a spaced "-"). */
const DASHES = new Set(['\u2014', '\u2013', '--', '-'])

/**
 * "Varga — who ran in 2010 — told", "Lind -- a veteran of three wars -- said": the phrase before the opening
 * dash speaks; "her adviser — Tomas Varga — said": a name with no verb filling the aside speaks. `close` is
 * the dash right before the cue; undefined when no opening dash stands within the window.
 */
function dashAsideSpeaker(view: SentenceWork, close: number): TokenRange | undefined {
  const dash = view.lower[close] ?? ''
  let open = -1
  for (let k = close - 1; k > 0 && k > close - WINDOW; k--) {
    if (view.lower[k] === dash && view.regionOf[k] === -1 && !isInnerHyphen(view, k)) {
      open = k
      break
    }
  }
  if (open <= 0 || open + 1 >= close) return undefined
  if (view.tokens[open + 1]?.pos === 'PROPN' && !hasVerb(view, open + 1, close, view.regionOf)) {
    const inside = nounPhraseEndingAt(view, skipParenthesisLeft(view, close - 1))
    if (inside !== undefined && inside.first === open + 1) return inside
  }
  const end = skipParenthesisLeft(view, open - 1)
  if (!isNominalToken(view.tokens[end]) || view.regionOf[end] !== -1) return undefined
  const np = nounPhraseEndingAt(view, end)
  // "Lind Varga, director of Vell Now, or VN — which …": a phrase after a coordinator is not the subject.
  if (np === undefined || isTimePhrase(view, np) || view.tokens[np.first - 1]?.pos === 'CCONJ') return undefined
  return np
}

/** Steps left over a parenthesis or a ticker ending at `index` ("Senator Lind (R-Vell) said", "Dorn Corp <DRN.N> said"); returns the index before it. */
function skipParenthesisLeft(view: SentenceView, index: number): number {
  // A stock ticker in angle brackets reads like a party tag ("Dorn Corp <DRN.N> said").
  const close = view.lower[index]
  if (close !== ')' && close !== '>') return index
  const open = close === ')' ? '(' : '<'
  for (let i = index - 1; i >= 0 && index - i < 12; i--) if (view.lower[i] === open) return i - 1
  return index
}

/** What a comma-bounded stretch before a cue is, read leftwards from the cue. */
type Segment = 'name' | 'aside' | 'description' | 'other'

/** Most comma-bounded stretches read leftwards before a cue. */
const MAX_SEGMENTS = 5

/**
 * Classifies the tokens [from, to) between two commas: an age ("58"), the state after a city ("Wilmington,
 * N.C."), a relative clause, participle or prepositional phrase ("who lives in Vell", "speaking at a rally",
 * "of Flint", "during a meeting in Vell") are asides; a phrase opening with a name is a name; one opening with
 * a determiner, adjective or noun a description ("a swing state").
 */
function classifySegment(view: SentenceWork, from: number, to: number): Segment {
  const first = view.tokens[from]
  if (first === undefined || from >= to) return 'other'
  const lower = view.lower[from] ?? ''
  let isNumber = true
  let isShortName = to - from <= 3
  for (let k = from; k < to; k++) {
    const pos = view.tokens[k]?.pos
    if (pos !== 'NUM') isNumber = false
    if (pos !== 'PROPN' && view.lower[k] !== '.') isShortName = false
  }
  if (isNumber) return 'aside'
  // "in Columbus, Ohio,": a short name after a place the preposition brings is that place's state.
  if (isShortName && view.lower[from - 1] === ',' && isPlaceAfterPreposition(view, from - 2)) return 'aside'
  // "while Lind Varga, the governor, said": a subordinator before a name opens the speaker's clause.
  if (first.pos === 'SCONJ' && view.tokens[from + 1]?.pos === 'PROPN' && !hasVerb(view, from + 1, to)) return 'name'
  if (RELATIVE_SUBJECTS.has(lower) || first.pos === 'ADP' || first.pos === 'SCONJ' || (first.pos === 'VERB' && /(?:ing|ed)$/.test(lower))) return 'aside'
  if (first.pos === 'PROPN') return 'name'
  if (first.pos === 'DET' || first.pos === 'ADJ' || first.pos === 'NOUN') return 'description'
  return 'other'
}

/** Prepositions that place the phrase before them ("the court in The Hague"). */
const LOCATING_PREPOSITIONS = new Set(['in', 'at'])

/** Prepositions tying a person to where they work ("an analyst at Vell Capital", "a spokesman for the ministry"). */
const AFFILIATIONS = new Set(['at', 'for', 'with'])

/** Whether the name ending at `last` follows a preposition ("in Columbus", "of Flint"). */
function isPlaceAfterPreposition(view: SentenceWork, last: number): boolean {
  let k = last
  while (k >= 0 && k > last - 4 && view.tokens[k]?.pos === 'PROPN') k--
  return k < last && view.tokens[k]?.pos === 'ADP'
}

/**
 * "Benford, 58, who lives in Vell, says", "Cory Lind, 22, of Flint, Mich., said", "Lind, speaking at a rally in
 * Wilmington, N.C., warned": the name before a run of asides (and descriptions) speaks. Only when at least one
 * aside was crossed; otherwise the apposition rules decide.
 */
function nameBeforeAsides(view: SentenceWork, comma: number): TokenRange | undefined {
  let end = comma
  let asides = 0
  let descriptions = 0
  for (let n = 0; n < MAX_SEGMENTS; n++) {
    let start = end - 1
    while (start >= 0 && start > comma - WINDOW && !(view.lower[start] === ',' && view.regionOf[start] === -1)) start--
    // A stretch cut by the window, not by a comma or the sentence start, is no segment.
    if (start >= 0 && view.lower[start] !== ',') return undefined
    const kind = classifySegment(view, start + 1, end)
    if (kind === 'name') {
      // "Goldberg, editor of The Vell Herald, a daily in Arvenia, wrote": two descriptions in a row count as an aside.
      if (asides === 0 && descriptions < 2) return undefined
      // The whole stretch is the name ("Sen. Lind Varga (R-Vell)"), or, after a subordinator, all but it.
      const np = nounPhraseEndingAt(view, skipParenthesisLeft(view, end - 1))
      const opening = view.tokens[start + 1]?.pos === 'SCONJ' ? start + 2 : start + 1
      return np !== undefined && np.first === opening ? np : undefined
    }
    if (kind === 'other' || start < 0 || view.lower[start] !== ',') return undefined
    if (kind === 'aside') asides++
    else if (kind === 'description') descriptions++
    end = start
  }
  return undefined
}

/** Relative pronouns that open a clause describing the phrase before them ("Lind, who …,"). */
const RELATIVE_SUBJECTS = new Set(['who', 'which', 'whose'])

/** Heads of time phrases ("last month", "Saturday afternoon"), which say when, never who. */
const TIME_HEADS = new Set([
  'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'night', 'morning', 'afternoon', 'evening', 'weekend',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
])
/** Time nouns that are also surnames ("Day", "Week", "Morning"): capitalized and alone, they name a person. */
const NAME_LIKE_TIME_HEADS = new Set(['day', 'week', 'month', 'year', 'night', 'morning', 'evening', 'weekend'])

/** Whether the token at `i` is written with a capital first letter. */
function isCapitalizedToken(view: SentenceView, i: number): boolean {
  const token = view.tokens[i]
  const code = token === undefined ? 0 : (view.surface?.(token) ?? '').charCodeAt(0)
  return code >= 65 && code <= 90
}

/** Words that may stand before a time head in a time phrase. */
const TIME_MODIFIERS = new Set(['last', 'this', 'next', 'that', 'each', 'every', 'the', 'a', 'early', 'late', 'same', 'previous', 'following'])

/** Whether a noun phrase is a time phrase: a time head with only time words before it. */
function isTimePhrase(view: SentenceView, range: TokenRange): boolean {
  if (!TIME_HEADS.has(view.lower[range.last] ?? '')) return false
  // "Day said": a capitalized time noun standing alone (no weekday, no "Today") is a surname.
  if (range.first === range.last && NAME_LIKE_TIME_HEADS.has(view.lower[range.first] ?? '') && isCapitalizedToken(view, range.first)) return false
  for (let k = range.first; k < range.last; k++) {
    const lower = view.lower[k] ?? ''
    if (!TIME_MODIFIERS.has(lower) && !TIME_HEADS.has(lower)) return false
  }
  return true
}

/**
 * The speaker when a comma stands before the cue: "Varga, the former diplomat, said" (the name before the
 * apposition), "her adviser, Tomas Varga, said" (the name in it), "Varga, 58, told" and, when the segment
 * holds a verb ("Varga, who attended the talks, said"), the sentence subject.
 */
function appositionSpeaker(view: SentenceWork, comma: number): TokenRange | undefined {
  const named = nameBeforeAsides(view, comma)
  if (named !== undefined) return named
  let previousComma = -1
  for (let k = comma - 1; k >= Math.max(0, comma - WINDOW); k--) {
    // A comma inside a quoted title ("author of “The Open Border,”") does not bound the apposition.
    if (view.lower[k] === ',' && view.regionOf[k] === -1) {
      previousComma = k
      break
    }
  }
  const segmentStart = previousComma + 1
  if (hasVerb(view, segmentStart, comma, view.regionOf)) {
    // "Lind, who coined the word, once said", "Lind, asked about the deaths, had said": a relative clause or a
    // participle describes the phrase right before it, which speaks.
    const opener = view.tokens[segmentStart]
    const isModifier =
      RELATIVE_SUBJECTS.has(view.lower[segmentStart] ?? '') || (opener?.pos === 'VERB' && /(?:ed|ing)$/.test(view.lower[segmentStart] ?? ''))
    const described = isModifier && previousComma > 0 ? nounPhraseEndingAt(view, skipParenthesisLeft(view, previousComma - 1)) : undefined
    if (described !== undefined && !isTimePhrase(view, described)) return described
    return sentenceSubject(view, comma)
  }
  const last = nounPhraseEndingAt(view, skipParenthesisLeft(view, comma - 1))
  // "Lind, prime minister since 2014, said": a year or a number ending the aside names no one.
  const inside = last !== undefined && last.first === last.last && view.tokens[last.last]?.pos === 'NUM' ? undefined : last
  // "her adviser, Tomas Varga, said" names the speaker inside; "Dorn, U.S. trade envoy and delegate to the talks,
  // said" and "Pringle, United's vice president for human resources, said" only describe the name before them.
  const before = previousComma > 0 ? nounPhraseEndingAt(view, skipParenthesisLeft(view, previousComma - 1)) : undefined
  if (inside !== undefined && view.tokens[segmentStart]?.pos === 'PROPN') {
    if (!hasLinkWord(view, segmentStart, inside.first)) return inside
    // "One pastor backing Lind, Tomas Varga of Vell Church in Ostra, said": a name opening the aside, right before its
    // link, speaks, unless a name opening the clause stands before the aside ("Tim Dorn, Group Economist at Vell, said").
    const opening = nounPhraseStartingAt(view, segmentStart)
    const linkAfter = opening === undefined ? undefined : view.tokens[opening.last + 1]?.pos
    const isNamedSubject = before !== undefined && isBareName(view, before.first, before.last) && (before.first <= datelineEnd(view) || view.tokens[before.first - 1]?.pos === 'PUNCT')
    if (!isNamedSubject && opening !== undefined && view.tokens[opening.last]?.pos === 'PROPN' && (linkAfter === 'ADP' || linkAfter === 'CCONJ')) return opening
  }
  return before ?? inside
}

/**
 * Whether a preposition, or a coordinator before a word that is no name, stands in [from, to): a description's
 * head links to a further phrase ("envoy and delegate to the talks"); a list of names ("Lind and Ana Varga") does not.
 */
function hasLinkWord(view: SentenceView, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const pos = view.tokens[i]?.pos
    if (pos === 'ADP' || (pos === 'CCONJ' && view.tokens[i + 1]?.pos !== 'PROPN')) return true
  }
  return false
}

/** The end (exclusive, in tokens) of the clause that starts at `from`: the sentence end, or a comma before another cue. */
function clauseEnd(view: SentenceWork, from: number, _cues: readonly Cue[]): number {
  const limit = Math.min(view.tokens.length, from + MAX_CLAUSE_TOKENS)
  for (let i = from + 1; i < limit; i++) {
    if (view.lower[i] !== ',') continue
    if (view.cueAtFirst.has(i + 1)) return i
    // "…, a charge Vell denies", "…, a claim the ministry rejected": the writer's comment on the whole clause.
    if (view.tokens[i + 1]?.pos === 'DET' && isComplementNoun(view, i + 2) && view.lower[i + 3] !== 'that' && view.regionOf[i] === -1) return i
  }
  return limit
}

/** Trims punctuation (but not closing quotation marks) from both ends of a token range given as [from, to). */
function trimRange(view: SentenceView, from: number, to: number, doc: Doc): Span | undefined {
  let a = from
  let b = to - 1
  while (a <= b && TRAILING.has(view.lower[a] ?? '')) a++
  while (b >= a && (TRAILING.has(view.lower[b] ?? '') || (isQuoteMark(doc.text.slice(view.tokens[b]?.start ?? 0, view.tokens[b]?.end ?? 0)) && !hasOpenMarkBefore(view, a, b, doc)))) b--
  if (a > b) return undefined
  return tokenSpan(view, { first: a, last: b })
}

function hasOpenMarkBefore(view: SentenceView, from: number, at: number, doc: Doc): boolean {
  let marks = 0
  for (let i = from; i < at; i++) {
    const t = view.tokens[i]
    if (t !== undefined && isQuoteMark(doc.text.slice(t.start, t.end))) marks++
  }
  return marks % 2 === 1
}

/**
 * Whether a sentence-final participle cue with an object of its own follows a clause that is already a report by a
 * finite cue ("Lind demanded that Vell explain the sale, citing concerns about …"): that clause is the other cue's
 * content, and what the participle cites is its object, so it reports no clause.
 */
function isParticipleAfterReport(work: SentenceWork, cue: Cue): boolean {
  if (cue.first !== cue.last || !(work.lower[cue.first] ?? '').endsWith('ing')) return false
  const next = cue.last + 1
  if (next >= work.tokens.length || work.regionOf[next] !== -1 || work.tokens[next]?.pos === 'PUNCT') return false
  return work.cues.some((other) => other.last < cue.first - 1 && other.side !== 'after' && !(work.lower[other.first] ?? '').endsWith('ing') && reportsOwnClause(work, other))
}

/** Whether a token range holds a finite verb (a clause rather than a bare phrase). */
function hasVerb(view: SentenceView, from: number, to: number, regionOf?: readonly number[]): boolean {
  for (let i = from; i < to; i++) {
    // Verbs inside a quoted title are not the writer's.
    if (regionOf !== undefined && regionOf[i] !== -1) continue
    const pos = view.tokens[i]?.pos
    if (pos === 'VERB' || pos === 'AUX') return true
  }
  return false
}

/** Most words of the writer's own a clause may hold around a quotation and still count as a partial quote. */
const MAX_FRAME_WORDS = 4

/** Counts the words of a span outside quotation regions, not counting a leading "that". */
function unquotedWords(text: string, span: Span, quoted: readonly Span[]): number {
  let outside = ''
  let at = span.start
  for (const q of quoted) {
    outside += text.slice(at, q.start) + ' '
    at = q.end
  }
  outside += text.slice(at, span.end)
  const words = outside.split(/\s+/).filter((w) => /\w/.test(w))
  return words[0]?.toLowerCase() === 'that' ? words.length - 1 : words.length
}

/**
 * Detects quotes in a document that has paragraphs, tokens and sentences.
 * @returns the drafts in text order and problems with the quotation marks
 */
export function detectQuotes(
  doc: Doc,
  lexicon: CueLexicon,
  isPerson: (span: Span) => boolean = () => false,
  isOrganization: (span: Span) => boolean = () => false,
): { drafts: QuoteDraft[]; problems: MarkProblem[] } {
  const folded = matchText(doc)
  const paragraphs = (doc.layers.paragraphs ?? []).filter((p) => p.role !== 'boilerplate')
  const { regions, problems } = findQuoteRegions(doc.text, folded, paragraphs)
  // Sentences and paragraphs are both in text order: a pointer finds each sentence's story paragraph
  // without hashing ids (a sentence of a boilerplate paragraph meets another paragraph's id and is skipped).
  let p = 0
  const works: SentenceWork[] = []
  const lowered = lowerCaseView(folded)
  // One function per document, not one per sentence.
  const surface = (t: Token): string => doc.text.slice(t.start, t.end)
  let r = 0
  for (const group of groupTokensBySentence(doc)) {
    while (p < paragraphs.length && (paragraphs[p] as Paragraph).end <= group.sentence.start) p++
    const index = paragraphs[p]?.id === group.sentence.paragraphId ? p : undefined
    if (index === undefined || group.sentence.role === 'boilerplate') continue
    const tokens = group.tokens
    // One pass over the tokens: lower-case surface and quotation region.
    // Sized once (every slot is filled below): no growth copies.
    const lower = new Array<string>(tokens.length)
    const regionOf = new Array<number>(tokens.length)
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token
      lower[i] = lowered === undefined ? folded.slice(t.start, t.end).toLowerCase() : lowered.slice(t.start, t.end)
      while (r < regions.length && (regions[r] as QuoteRegion).end <= t.start) r++
      const region = regions[r]
      regionOf[i] = region !== undefined && region.start <= t.start && t.end <= region.end ? r : -1
    }
    const view = { tokens, lower }
    const isHeadline = group.sentence.role === 'headline' || index === 0
    const cues = findCues(view, regionOf, lexicon, folded, isHeadline)
    const hasCues = cues.length > 0
    works.push({
      tokens,
      lower,
      paragraphIndex: index,
      regionOf,
      cues,
      // Most sentences have no cue: they share empty collections, which only cues are ever added to.
      usedCues: hasCues ? new Set() : NO_USED_CUES,
      surface,
      isHeadline,
      messageNouns: lexicon.messageNouns,
      monthNames: lexicon.monthNames,
      groupSpeakers: lexicon.groupSpeakers,
      addresseeVerbs: lexicon.addresseeVerbs,
      controlVerbs: lexicon.controlVerbs,
      stateParticiples: lexicon.stateParticiples,
      speakerPronouns: lexicon.pronouns,
      personHeads: lexicon.personHeads,
      agentHeads: lexicon.agentHeads,
      occasionNouns: lexicon.occasionNouns,
      complementNouns: lexicon.complementNouns,
      honorifics: lexicon.honorifics,
      cueAtFirst: hasCues ? indexCues(cues, 'first') : NO_CUE_INDEX,
      cueAtLast: hasCues ? indexCues(cues, 'last') : NO_CUE_INDEX,
    })
  }
  const drafts: QuoteDraft[] = []
  const speakers = new Map<Cue, SpeakerDraft | null>()
  attributeRegions(doc, regions, works, speakers, drafts, isPerson, isOrganization, lexicon.quoteNouns)
  for (const work of works) {
    detectIndirect(doc, regions, work, speakers, drafts)
    if (work.isHeadline) detectHeadlineStatement(doc, regions, work, drafts, lexicon.nonSpeakerLabels)
  }
  drafts.sort((a, b) => a.start - b.start || a.end - b.end)
  const credited = readTranscriptTurns(doc, paragraphs, works, drafts, lexicon)
  // A cue whose subject the phrase reader missed (a tagger slip: "a top tech operative/ADJ, warned") takes
  // the nearest speaker named right before it.
  {
    const isSpeaker = speakerTest(isPerson, isOrganization)
    for (let d = 0; d < credited.length; d++) {
      const draft = credited[d] as QuoteDraft
      if (draft.speaker !== null || draft.cue === null || draft.noSpeakerReason !== 'no speaker next to the cue') continue
      const at = locate(works, draft.cue.start)
      if (at === undefined) continue
      const speaker = speakerBeforeCue(at.work, at.index, isSpeaker)
      if (speaker === undefined) continue
      const { noSpeakerReason: _r, ...rest } = draft
      credited[d] = { ...rest, speaker }
    }
  }
  const posts = readEmbeddedPosts(doc.text, paragraphs)
  return { drafts: posts.length === 0 ? credited : withPosts(credited, posts), problems }
}

/** The drafts with embedded posts added in text order; a post replaces a draft of the very same words. */
function withPosts(drafts: readonly QuoteDraft[], posts: readonly QuoteDraft[]): QuoteDraft[] {
  const kept = drafts.filter((d) => !posts.some((post) => post.content.start === d.content.start && post.content.end === d.content.end))
  return [...kept, ...posts].sort((a, b) => a.start - b.start || a.end - b.end)
}

/** Most tokens read back from a cue for a speaker its phrase reader missed. */
const MAX_NEAREST_SPEAKER = 15

/** Whether a span names a person or an organization: returned unnamed (under tsx a named closure per document pays a `__name` call). */
function speakerTest(isPerson: (span: Span) => boolean, isOrganization: (span: Span) => boolean): (span: Span) => boolean {
  return (span) => isPerson(span) || isOrganization(span)
}

/**
 * The person, organization or `he`/`she` named right before a cue whose subject the phrase reader missed
 * (`Hendler, a top tech operative/ADJ, warned`): read back from the cue, never past a verb, a quotation, a
 * coordinator, a semicolon or a colon; a capitalized word or the sentence's first word tagged as a verb is a misread name.
 */
function speakerBeforeCue(work: SentenceWork, cueIndex: number, isSpeaker: (span: Span) => boolean): SpeakerDraft | undefined {
  for (let k = cueIndex - 1; k >= Math.max(0, cueIndex - MAX_NEAREST_SPEAKER); k--) {
    const t = work.tokens[k] as Token
    const lower = work.lower[k] ?? ''
    if (work.regionOf[k] !== -1 || lower === ';' || lower === ':' || t.pos === 'CCONJ') return undefined
    if (t.pos === 'VERB' || t.pos === 'AUX') {
      if (k === 0 || /^\p{Lu}/u.test(work.surface(t))) continue
      return undefined
    }
    const single = { first: k, last: k }
    if (t.pos === 'PRON') {
      if (work.speakerPronouns.has(lower)) return { ...tokenSpan(work, single), reason: 'nearest speaker before the cue' }
      continue
    }
    if ((t.pos !== 'PROPN' && t.pos !== 'NOUN' && t.pos !== 'ADJ') || !isSpeaker(tokenSpan(work, single))) continue
    // "Sylvia Heal/VERB agreed": the misread capitalized words after the name are part of it.
    let last = k
    while (last + 1 < cueIndex && work.tokens[last + 1]?.pos === 'VERB' && /^\p{Lu}/u.test(work.surface(work.tokens[last + 1] as Token))) last++
    let first = nounPhraseEndingAt(work, k)?.first ?? k
    while (first > 0 && work.tokens[first - 1]?.pos === 'VERB' && /^\p{Lu}/u.test(work.surface(work.tokens[first - 1] as Token))) first--
    return { ...tokenSpan(work, { first, last }), reason: 'nearest speaker before the cue' }
  }
  return undefined
}

/** Whether only the writer's punctuation, outside quotation marks, stands before token `index` of a sentence. */
function onlyPunctuationBefore(work: SentenceWork, index: number): boolean {
  for (let k = 0; k < index; k++) if (work.regionOf[k] !== -1 || (work.tokens[k] as Token).pos !== 'PUNCT') return false
  return true
}

/** The number of white-space separated words between two offsets (as `split(/\s+/)` without empty pieces), without building them. */
function countWords(text: string, start: number, end: number): number {
  let words = 0
  let inWord = false
  for (let i = start; i < end; i++) {
    const space = isSpaceCode(text.charCodeAt(i))
    if (!space && !inWord) words++
    inWord = !space
  }
  return words
}

/** Shared by sentences with no cue; nothing is ever added to it, since only a sentence's own cues are. */
const NO_USED_CUES: Set<Cue> = new Set()
const NO_CUE_INDEX: ReadonlyMap<number, Cue> = new Map()

/** Cues by their first or last token index. */
function indexCues(cues: readonly Cue[], end: 'first' | 'last'): Map<number, Cue> {
  const map = new Map<number, Cue>()
  for (const cue of cues) map.set(cue[end], cue)
  return map
}

/**
 * The whole folded text in lower case, when slicing it gives each token's own lower case: the same
 * length (no letter whose lower case is longer, such as "İ") and no capital sigma (whose lower case
 * depends on the letters around it). Otherwise undefined, and tokens are lower-cased one by one.
 */
function lowerCaseView(folded: string): string | undefined {
  const lowered = folded.toLowerCase()
  return lowered.length === folded.length && !folded.includes('\u03a3') ? lowered : undefined
}

/** Where a token offset falls: the sentence and token index. */
function locate(works: readonly SentenceWork[], offset: number): { work: SentenceWork; index: number; workIndex: number } | undefined {
  let lo = 0
  let hi = works.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    const tokens = (works[mid] as SentenceWork).tokens
    if ((tokens[tokens.length - 1]?.end ?? 0) <= offset) lo = mid + 1
    else hi = mid
  }
  const work = works[lo]
  if (work === undefined) return undefined
  let a = 0
  let b = work.tokens.length
  while (a < b) {
    const mid = (a + b) >>> 1
    if ((work.tokens[mid] as Token).end <= offset) a = mid + 1
    else b = mid
  }
  return a >= work.tokens.length ? undefined : { work, index: a, workIndex: lo }
}

/** Attributes each quotation-mark region to a cue in its frame, an earlier cue, or the previous speaker. */
function attributeRegions(
  doc: Doc,
  regions: readonly QuoteRegion[],
  works: readonly SentenceWork[],
  speakers: Map<Cue, SpeakerDraft | null>,
  drafts: QuoteDraft[],
  isPerson: (span: Span) => boolean,
  isOrganization: (span: Span) => boolean,
  quoteNouns: ReadonlySet<string>,
): void {
  let previous: { speaker: SpeakerDraft; paragraphIndex: number; at: number } | undefined
  // One closure per document, not one per quotation.
  const isSpeaker = speakerTest(isPerson, isOrganization)
  regions.forEach((region, regionIndex) => {
    const opening = locate(works, region.start)
    const closing = locate(works, region.end - 1)
    if (opening === undefined || closing === undefined) return
    // The comma before the closing mark belongs to the frame ("...,” Varga said), not to what was said.
    let contentEnd = region.contentEnd
    while (contentEnd > region.contentStart && ' \n,;:'.includes(doc.text[contentEnd - 1] ?? '')) contentEnd--
    const content = { start: region.contentStart, end: contentEnd }
    const base = { start: region.start, end: region.end, content, paragraphIndex: opening.work.paragraphIndex }
    const open = opening.work
    const close = closing.work
    // Text of the writer's own before the opening mark, in the same sentence.
    const startsSentence = onlyPunctuationBefore(open, opening.index) || followsSentenceEnd(doc.text, region.start)
    const words = countWords(doc.text, content.start, content.end)
    if (!startsSentence && isWorkTitle(doc.text, content, open, opening.index)) {
      // "told CNN’s “State of the Union”", "on “Meet the Press”": the name of a show, book or paper, said by nobody.
      drafts.push({ ...base, kind: 'partial', cue: null, speaker: null, noSpeakerReason: 'a title (of a show, book, film or paper)' })
      return
    }
    const label = capitalLabelBefore(open, opening.index)
    if (label !== undefined && words >= 4) {
      // "HOW THE BORDER REOPENED “Vell officials said …”": a digest's all-capitals headline names the quoted story.
      drafts.push({ ...base, kind: 'direct', cue: null, speaker: label })
      previous = { speaker: label, paragraphIndex: base.paragraphIndex, at: base.start }
      return
    }
    // "“…,” came the reply from Lind", "“…,” was the message from Lind": the writer presents the words and their source.
    const presented = sourcePresentedAfter(close, closing.index, regionIndex, quoteNouns, isSpeaker)
    if (presented !== undefined) {
      drafts.push({ ...base, kind: startsSentence ? 'direct' : 'partial', cue: null, speaker: presented })
      if (startsSentence) previous = { speaker: presented, paragraphIndex: base.paragraphIndex, at: base.start }
      return
    }
    const lead = findLeadCue(open, opening.index)
    const after = rejectLeads(
      findFrameCue(close, closing.index, regionIndex, sameParagraph(close, works[closing.workIndex + 1]), /[,?!]/.test(doc.text[region.contentEnd - 1] ?? '')),
      doc.text[region.contentEnd - 1] === ',',
      doc.text[region.contentEnd - 1] === '.',
    )
    // "Lind fired back: “…,” referencing …": a participle after the quotation goes on from the cue before it.
    const isParticipleAfter = after !== undefined && after.speaker === undefined && (after.work.lower[after.cue.first] ?? '').endsWith('ing')
    // "When Vell shouted, “Now,” Lind joked, “…”": a frame that introduces the next quotation leaves this one to the cue before it.
    const afterIntroducesNext = after !== undefined && introducesQuotation(after.work, after.cue.last + 1)
    const frame =
      ((isParticipleAfter || afterIntroducesNext) && lead?.isLeadWithPunctuation === true ? lead : after) ??
      (lead?.isLeadWithPunctuation === true ? lead : undefined) ??
      findFrameInNextSentence(works, closing.workIndex, regionIndex) ??
      lead ??
      (doc.text[region.contentEnd - 1] === ',' || (startsSentence && endsMidSentence(doc.text, region.contentEnd))
        ? findSentenceFinalFrame(close, closing.index, regionIndex)
        : // "Lind’s “excesses” are sickening, Varga said Tuesday in Vell.": a comma-framed cue ending the sentence reports all before it.
          findSentenceFinalFrame(close, closing.index, regionIndex, true))
    if (frame !== undefined) {
      let speaker =
        frame.speaker !== undefined
          ? frame.speaker
          : speakerOfCue(frame.work, frame.cue, frame.work.cues, speakers)
      if (frame.speaker !== undefined) speakers.set(frame.cue, speaker)
      // "Lind was asked: “…”": a passive cue's subject is the one asked, never the speaker.
      const isPassiveLead = frame === lead && isPassiveCue(frame.work, skipLeftModifiers(frame.work, frame.cue.first - 1), frame.cue)
      if (speaker === null && frame === lead && open.lower[opening.index - 1] === ':' && !isPassiveLead) {
        // "Lind has since apologized for what happened: “…”": the verb before the colon has no subject of
        // its own, so the subject of the clause nearest the colon speaks.
        speaker = draftOf(open, colonSpeaker(open, opening.index - 1), 'subject of the sentence introducing the quotation')
      }
      // "And continued: “…”": a cue after nothing but a coordinator has no subject of its own either.
      const isBareCoordinated = frame.cue.first === 1 && COORDINATORS.has(frame.work.lower[0] ?? '')
      if (speaker === null && previous !== undefined && ((frame.work.lower[frame.cue.first] ?? '').endsWith('ing') || isBareCoordinated)) {
        // "Adding, “...”" opens a sentence: the previous speaker goes on.
        speaker = { ...previous.speaker, reason: 'continues the previous speaker', inherited: previous.speaker }
      }
      const startsUpper = /^\p{Lu}/u.test(doc.text.slice(content.start, content.end))
      const isDirect = startsSentence || frame.isLeadWithPunctuation || (frame === lead && startsUpper)
      if (isDirect) frame.work.usedCues.add(frame.cue)
      const kind: QuoteKind = isDirect || readsAsSentence(doc.text, region, words) ? 'direct' : 'partial'
      drafts.push({ ...base, kind, cue: cueSpan(frame.work, frame.cue), speaker, ...(speaker === null ? { noSpeakerReason: 'no speaker next to the cue' } : {}) })
      if (speaker !== null) previous = { speaker, paragraphIndex: base.paragraphIndex, at: base.start }
      return
    }
    // A quotation after a comma or colon is introduced: a cue that only reports a noun's that-clause does not
    // ("dismissed the story about the emails, “…”"); a quoted fragment in its object is its ("dismissed the “hoax”").
    const isIntroduced = open.lower[opening.index - 1] === ',' || open.lower[opening.index - 1] === ':'
    const earlier = isIntroduced ? quotationCueBefore(open.cues, opening.index) : cueBefore(open.cues, opening.index)
    if (open.lower[opening.index - 1] === ':' && earlier === undefined) {
      // "The statement reads: “...”": a colon introduces the quotation; its subject speaks.
      const speaker = draftOf(open, colonSpeaker(open, opening.index - 1), 'subject of the sentence introducing the quotation')
      drafts.push({ ...base, kind: 'direct', cue: null, speaker, ...(speaker === null ? { noSpeakerReason: 'no subject before the colon' } : {}) })
      if (speaker !== null) previous = { speaker, paragraphIndex: base.paragraphIndex, at: base.start }
      return
    }
    const credited = open.lower[opening.index - 1] === ':' ? dashNameBeforeColon(open, opening.index - 1) : undefined
    if (earlier !== undefined && credited !== undefined) {
      // "Pollsters agree - Lind Varga: “…”": a name set off by a dash before the colon is the speaker, not the cue's subject.
      drafts.push({ ...base, kind: 'direct', cue: null, speaker: credited })
      previous = { speaker: credited, paragraphIndex: base.paragraphIndex, at: base.start }
      return
    }
    if (earlier !== undefined) {
      // "When asked why, Lind responded in a message: “…”": with no speaker for the cue, the clause before the colon gives it.
      const speaker =
        speakerOfCue(open, earlier, open.cues, speakers) ??
        (open.lower[opening.index - 1] === ':' ? draftOf(open, colonSpeaker(open, opening.index - 1), 'subject of the sentence introducing the quotation') : null)
      // "Lee declared in the spin room, “I’m sending a signal.”": a full sentence after a comma or colon.
      const introduced = (open.lower[opening.index - 1] === ',' || open.lower[opening.index - 1] === ':') && /^\p{Lu}/u.test(doc.text.slice(content.start, content.end))
      drafts.push({ ...base, kind: startsSentence || introduced ? 'direct' : 'partial', cue: cueSpan(open, earlier), speaker, ...(speaker === null ? { noSpeakerReason: 'no speaker next to the cue' } : {}) })
      if (speaker !== null) previous = { speaker, paragraphIndex: base.paragraphIndex, at: base.start }
      return
    }
    // A quotation of a sentence or more: four words or more, or a shorter one that ends its own sentence (“No.”, “Nobody believes it.”).
    const isFullQuotation = startsSentence && (words >= 4 || (words >= 1 && closesOwnSentence(doc.text, region.contentEnd, region.end)))
    const dashed = isFullQuotation ? findDashAttribution(works, closing.workIndex) : undefined
    if (dashed !== undefined) {
      drafts.push({ ...base, kind: 'direct', cue: null, speaker: dashed })
      previous = { speaker: dashed, paragraphIndex: base.paragraphIndex, at: base.start }
      return
    }
    const source = sourceNamedAfter(works, closing.workIndex, closing.index, quoteNouns, isSpeaker)
    if (source !== undefined) {
      drafts.push({ ...base, kind: isFullQuotation ? 'direct' : 'partial', cue: null, speaker: source })
      if (isFullQuotation) previous = { speaker: source, paragraphIndex: base.paragraphIndex, at: base.start }
      return
    }
    const introduction = startsSentence ? findIntroduction(works, opening.workIndex) : undefined
    if (introduction !== undefined) {
      const { work, cue } = introduction
      const speaker =
        cue !== undefined
          ? speakerOfCue(work, cue, work.cues, speakers)
          : draftOf(work, colonSpeaker(work, work.tokens.length - 1), 'subject of the sentence introducing the quotation')
      if (cue !== undefined) work.usedCues.add(cue)
      drafts.push({ ...base, kind: 'direct', cue: cue === undefined ? null : cueSpan(work, cue), speaker, ...(speaker === null ? { noSpeakerReason: 'no speaker in the introducing sentence' } : {}) })
      if (speaker !== null) previous = { speaker, paragraphIndex: base.paragraphIndex, at: base.start }
      return
    }
    const told = isFullQuotation ? speakerOfPreviousSentence(works, opening.workIndex, previous?.at ?? -1, speakers) : undefined
    if (told !== undefined) {
      drafts.push({ ...base, kind: 'direct', cue: null, speaker: told })
      previous = { speaker: told, paragraphIndex: base.paragraphIndex, at: base.start }
      return
    }
    if (isFullQuotation && previous !== undefined && base.paragraphIndex - previous.paragraphIndex <= 1) {
      const speaker = { ...previous.speaker, reason: 'continues the previous quotation', inherited: previous.speaker }
      drafts.push({ ...base, kind: 'direct', cue: null, speaker })
      // A run of bare quotation paragraphs goes on with the same speaker, one paragraph at a time.
      previous = { speaker: previous.speaker, paragraphIndex: base.paragraphIndex, at: base.start }
      return
    }
    const actor = isFullQuotation ? personActingBefore(works, opening.workIndex, isPerson) : undefined
    if (actor !== undefined) {
      drafts.push({ ...base, kind: 'direct', cue: null, speaker: actor })
      previous = { speaker: actor, paragraphIndex: base.paragraphIndex, at: base.start }
      return
    }
    const governing = isFullQuotation ? undefined : personGoverningQuotation(open, opening.index, isSpeaker)
    if (governing !== undefined) {
      drafts.push({ ...base, kind: 'partial', cue: governing.cue, speaker: governing.speaker })
      return
    }
    const possessor = isFullQuotation ? undefined : possessorOfQuotation(open, opening.index, isPerson)
    if (possessor !== undefined) {
      drafts.push({ ...base, kind: 'partial', cue: null, speaker: possessor })
      return
    }
    // "“It’s a big moment,” said Lind. Unless rivals quit, “it’s very difficult to see how he is stopped.”": a
    // quotation that ends the sentence after the one holding the last attributed quotation goes on from it.
    const before = works[opening.workIndex - 1]
    const endsSentence = closing.index >= close.tokens.length - 2
    if (!isFullQuotation && words >= 4 && endsSentence && previous !== undefined && before !== undefined && before.paragraphIndex === open.paragraphIndex && previous.paragraphIndex === open.paragraphIndex && (before.tokens[0]?.start ?? 0) <= previous.at) {
      const speaker = { ...previous.speaker, reason: 'continues the previous quotation', inherited: previous.speaker }
      drafts.push({ ...base, kind: 'partial', cue: null, speaker })
      return
    }
    const holder = isFullQuotation ? undefined : subjectHoldingQuotation(open, opening.index, isSpeaker)
    if (holder !== undefined) {
      drafts.push({ ...base, kind: 'partial', cue: null, speaker: holder })
      return
    }
    drafts.push({
      ...base,
      kind: isFullQuotation ? 'direct' : 'partial',
      cue: null,
      speaker: null,
      noSpeakerReason: isFullQuotation ? 'no cue and no earlier speaker nearby' : 'no cue in the sentence (scare quotes or a title)',
    })
  })
}

/** Most words of the writer's an opening participial phrase may hold before its comma ("Writing in the Vell Herald on Monday,"). */
const MAX_OPENING_PHRASE = 24

/** Whether token `i` is a past participle right after a common noun ("a report published"), not after an auxiliary. */
function isReducedRelative(view: SentenceWork, i: number): boolean {
  // A sentence's first word may be a common noun the tagger read as a name for its capital ("Figures/PROPN released").
  const isNoun = view.tokens[i - 1]?.pos === 'NOUN' || (i - 1 === datelineEnd(view) && view.tokens[i - 1]?.pos === 'PROPN' && /s$/.test(view.lower[i - 1] ?? ''))
  return view.tokens[i]?.pos === 'VERB' && (view.lower[i] ?? '').endsWith('ed') && isNoun && view.regionOf[i] === -1
}

/**
 * Prepositions whose phrase may stand between a subject and its verb: "a spokesman for", "officials in Vell",
 * "supporters of Lind", "aides to Lind", "protesters outside the embassy", "Lind in a statement".
 */
const SUBJECT_PREPOSITIONS = new Set(['for', 'at', 'in', 'on', 'from', 'of', 'to', 'with', 'outside', 'inside', 'near', 'across', 'along', 'around', 'among', 'within', 'throughout'])

/** Most prepositional phrases read between a subject and its verb. */
const MAX_SUBJECT_PHRASES = 3

/** Words that before "of" count out part of the group after it ("some of the delegates", "many of Lind's allies"). */
const PARTITIVES = new Set(['some', 'many', 'most', 'several', 'few', 'all', 'none', 'both', 'each', 'one', 'two', 'three', 'four', 'five', 'half', 'dozens', 'hundreds', 'thousands', 'millions', 'majority', 'number'])

/**
 * The subject when the phrase before the cue ends a chain of prepositional phrases after it: "A spokesman for the
 * ministry said", "Officials in Vell said", "Supporters of Lind said", "Some of the delegates said". A phrase of the
 * occasion or channel ("in a statement", "at a news conference", "on Twitter") or of a date ("in March") tells where
 * or when the words were said: it and the phrases after it are no part of the speaker ("Lind in an interview with
 * Vell Radio said" → Lind). The head must open its clause (after the sentence start, a punctuation mark or a
 * conjunction), or it is itself an object.
 */
function subjectBeforePrepositions(view: SentenceWork, np: TokenRange): TokenRange | undefined {
  let phrase = np
  let last = np.last
  let head: TokenRange | undefined
  for (let hops = 0; hops < MAX_SUBJECT_PHRASES; hops++) {
    const preposition = phrase.first - 1
    const word = view.lower[preposition] ?? ''
    if (view.tokens[preposition]?.pos !== 'ADP' || !SUBJECT_PREPOSITIONS.has(word)) break
    const before = word === 'of' && PARTITIVES.has(view.lower[preposition - 1] ?? '') ? partitiveEndingAt(view, preposition - 1) : nounPhraseEndingAt(view, preposition - 1)
    if (before === undefined || isQuoted(view, before)) return undefined
    if (isOccasionPhrase(view, phrase)) last = before.last
    phrase = before
    head = before
  }
  if (head === undefined) return undefined
  const opener = view.tokens[head.first - 1]
  const opensClause = opener === undefined || opener.pos === 'PUNCT' || opener.pos === 'CCONJ' || opener.pos === 'SCONJ' || SUBORDINATORS.has(view.lower[head.first - 1] ?? '')
  return opensClause ? { first: head.first, last } : undefined
}

/** A partitive word at `at`, with the article before it if any ("some", "the majority", "a number"). */
function partitiveEndingAt(view: SentenceView, at: number): TokenRange {
  const article = view.lower[at - 1]
  return { first: article === 'the' || article === 'a' ? at - 1 : at, last: at }
}

/** Whether a preposition's object names the occasion or channel of speaking, or a date ("a statement", "Twitter", "March", "2015"). */
function isOccasionPhrase(view: SentenceWork, phrase: TokenRange): boolean {
  const head = view.lower[phrase.last] ?? ''
  if (view.occasionNouns.has(head) || view.monthNames.has(head) || isTimePhrase(view, phrase)) return true
  return view.tokens[phrase.last]?.pos === 'NUM' && /^(?:1[89]|20)\d\d$/.test(head)
}

/** Tags of the words that may open a sentence before its participle ("In addition to stating", "After saying"). */
const OPENING_PARTICLE_TAGS = new Set(['ADP', 'SCONJ', 'ADV', 'PART', 'CCONJ'])

/** Whether only a preposition or subordinator run stands between the sentence start and token `at`. */
function isInOpeningPhrase(view: SentenceWork, at: number): boolean {
  for (let k = datelineEnd(view); k < at; k++) {
    const token = view.tokens[k]
    if (token === undefined || !(OPENING_PARTICLE_TAGS.has(token.pos) || (token.pos === 'NOUN' && view.lower[k] === 'addition'))) return false
  }
  return true
}

/** The subject of the main clause after an opening phrase that ends at a comma: the phrase right before its verb. */
function subjectAfterOpeningPhrase(view: SentenceWork, from: number): TokenRange | undefined {
  // Words of the writer's own only: a quotation inside the phrase does not end it ("Acknowledging that Lind
  // “says odd things,” though, Varga …").
  let words = 0
  for (let k = from; k < view.tokens.length && words < MAX_OPENING_PHRASE; k++) {
    if (view.regionOf[k] !== -1) continue
    words++
    if (view.lower[k] !== ',') continue
    // An adverb set off after the comma ("though,", "however,") stands before the subject.
    if (view.tokens[k + 1]?.pos === 'ADV' && view.lower[k + 2] === ',') k += 2
    const np = nounPhraseStartingAt(view, k + 1)
    if (np === undefined) return undefined
    let verb = np.last + 1
    while (view.tokens[verb]?.pos === 'ADV') verb++
    const pos = view.tokens[verb]?.pos
    return pos === 'VERB' || pos === 'AUX' ? np : undefined
  }
  return undefined
}

/** Most words an adjunct may hold between a cue and the comma or colon before its quotation ("saying at one point,"). */
const MAX_LEAD_ADJUNCT = 5

/** Tags a prepositional adjunct after a cue may hold ("at one point", "in a statement on Friday"). */
const ADJUNCT_TAGS = new Set(['ADP', 'DET', 'NUM', 'ADJ', 'NOUN', 'PROPN'])

/** The last token of a cue right before a short prepositional adjunct that ends at `last` ("said | in a statement"). */
function cueBeforeAdjunct(work: SentenceWork, last: number): number | undefined {
  for (let k = last; k >= 0 && last - k < MAX_LEAD_ADJUNCT; k--) {
    if (work.regionOf[k] !== -1 || !ADJUNCT_TAGS.has(work.tokens[k]?.pos ?? '')) return undefined
    if (work.tokens[k]?.pos === 'ADP' && work.cueAtLast.has(k - 1)) return k - 1
  }
  return undefined
}

/** Coordinators that may open a sentence before a cue with no subject ("And continued:"). */
const COORDINATORS = new Set(['and', 'but'])

/** Words a short aside may take between a cue's comma and the quotation it introduces (`Lind joked, again using an accent, “…`). */
const MAX_ASIDE_TOKENS = 12

/**
 * Whether a comma or colon at `at` introduces a quotation: an opening mark right after it, or after a short
 * aside that ends in a comma (`Lind joked, “…`, `Lind joked, again using an accent, “…`).
 */
function introducesQuotation(work: SentenceWork, at: number): boolean {
  const mark = work.lower[at]
  if (mark !== ',' && mark !== ':') return false
  const end = Math.min(work.tokens.length, at + 2 + MAX_ASIDE_TOKENS)
  for (let k = at + 1; k < end; k++) {
    if (work.regionOf[k] !== -1) return k === at + 1 || work.lower[k - 1] === ',' || work.lower[k - 1] === ':'
  }
  return false
}

/**
 * The named person whose sentence comes right before a cue-less quotation with no earlier speaker nearby ("Burry
 * had a sell recommendation on Vell. “We're looking at growth.”"): the subject that opens that sentence, directly
 * before its verb. The sentence may end the paragraph before the quotation's ("Ana Varga, a teacher, shook her
 * head.¶“The numbers are not there.”"), and then a he or she acting there speaks too.
 */
function personActingBefore(works: readonly SentenceWork[], workIndex: number, isPerson: (span: Span) => boolean): SpeakerDraft | undefined {
  const current = works[workIndex]
  const work = works[workIndex - 1]
  if (current === undefined || work === undefined) return undefined
  const isParagraphBefore = current.paragraphIndex - work.paragraphIndex === 1
  if (work.paragraphIndex !== current.paragraphIndex && !isParagraphBefore) return undefined
  if (work.regionOf.some((r) => r !== -1)) return undefined
  // "Then he turned to …", "Later, Varga said …": an opening adverb stands before the subject.
  let opening = datelineEnd(work)
  if (work.tokens[opening]?.pos === 'ADV' && /^\p{Lu}/u.test(work.surface(work.tokens[opening] as Token))) opening += work.lower[opening + 1] === ',' ? 2 : 1
  // "Asked about Lind, she paused.": an opening participle phrase ends at its comma.
  else if (work.tokens[opening]?.pos === 'VERB' && /(?:ed|ing)$/.test(work.lower[opening] ?? '')) {
    const comma = work.lower.indexOf(',', opening)
    if (comma > opening && comma - opening <= MAX_ASIDE_TOKENS) opening = comma + 1
  }
  const subject = nounPhraseStartingAt(work, opening)
  if (subject === undefined) return undefined
  let verb = subject.last + 1
  // "Subroto, attending a conference, blamed …": an aside set off by commas may stand before the verb.
  if (work.lower[verb] === ',') {
    let k = verb + 1
    while (k < work.tokens.length && k - verb <= MAX_ASIDE_TOKENS && work.lower[k] !== ',') k++
    verb = work.lower[k] === ',' ? k + 1 : verb
  }
  verb = skipRightModifiers(work, verb)
  const pos = work.tokens[verb]?.pos
  if (pos !== 'VERB' && pos !== 'AUX') return undefined
  const span = tokenSpan(work, subject)
  const isNamed = work.tokens.slice(subject.first, subject.last + 1).some((t) => t.pos === 'PROPN')
  // "The judge then turned to me. “…”": a definite description of a person, which coreference may resolve.
  const isDescribed = work.lower[subject.first] === 'the' && work.personHeads.has(work.lower[subject.last] ?? '')
  // (In the same paragraph a pronoun is too often the one the quotation talks about: "He had only performed in
  // Zimbabwe. “… the whole of Africa would have embraced him.”")
  const isPronoun = isParagraphBefore && subject.first === subject.last && work.speakerPronouns.has(work.lower[subject.first] ?? '')
  return (isNamed && isPerson(span)) || isDescribed || isPronoun ? { ...span, reason: 'person acting in the sentence before the quotation' } : undefined
}

/** Skips adverbs rightwards from `index` ("previously had"). */
function skipRightModifiers(work: SentenceWork, index: number): number {
  let k = index
  while (work.tokens[k]?.pos === 'ADV') k++
  return k
}

/** A name set off by a dash right before a colon ("… - Lind Varga:"), as digests credit a quoted source. */
function dashNameBeforeColon(work: SentenceWork, colon: number): SpeakerDraft | undefined {
  const named = nounPhraseEndingAt(work, colon - 1)
  if (named === undefined || !/^[-\u2013\u2014]+$/.test(work.lower[named.first - 1] ?? '')) return undefined
  if (!work.tokens.slice(named.first, named.last + 1).some((t) => t.pos === 'PROPN')) return undefined
  return { ...tokenSpan(work, named), reason: 'name after a dash before the colon' }
}

/** Fewest words in an all-capitals headline label. */
const MIN_LABEL_WORDS = 2

/**
 * An all-capitals headline right before an opening mark, as news digests print them ("[Reuters.] HOW THE
 * BORDER REOPENED “…”"): every word from the sentence start (or a closing bracket) up to the mark is in
 * capitals. The label speaks for the quoted story.
 */
function capitalLabelBefore(work: SentenceWork, openIndex: number): SpeakerDraft | undefined {
  let first = openIndex
  let words = 0
  for (let k = openIndex - 1; k >= 0 && openIndex - k <= 24; k--) {
    const text = work.surface(work.tokens[k] as Token)
    if (text === ']' || text === '.') break
    // A dateline ("VELL (Reuters) —") is not a headline.
    if (work.regionOf[k] !== -1 || text === '(' || /^[-\u2013\u2014]+$/.test(text)) return undefined
    if (/\p{Ll}/u.test(text)) return undefined
    if (/\p{Lu}/u.test(text)) words++
    first = k
  }
  while (first < openIndex && work.tokens[first]?.pos === 'PUNCT') first++
  if (words < MIN_LABEL_WORDS || first >= openIndex) return undefined
  return { ...tokenSpan(work, { first, last: openIndex - 1 }), reason: 'all-capitals headline before the quotation' }
}

/** Whether a quotation opening at `at` follows a finished sentence (`ready.” “Then`), which the tagger may not split. */
function followsSentenceEnd(text: string, at: number): boolean {
  let i = at - 1
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--
  if (i === at - 1) return false
  while (i >= 0 && (text[i] === '"' || text[i] === "'" || text[i] === '\u201d' || text[i] === '\u2019')) i--
  return i >= 0 && '.!?'.includes(text[i] ?? '')
}

/**
 * A quotation ending in a comma announces its frame, which may come after an aside and end the sentence:
 * "“…,” as the report put it, Varga said." Takes the last listed cue of the sentence when nothing but
 * punctuation and time adjuncts follows it.
 */
function findSentenceFinalFrame(work: SentenceWork, closeIndex: number, regionIndex: number, needsComma = false): Frame | undefined {
  let i = closeIndex
  while (i < work.tokens.length && work.regionOf[i] === regionIndex) i++
  // The frame must end the sentence within a clause's length, which keeps runaway sentences linear.
  if (work.tokens.length - i > MAX_CLAUSE_TOKENS) return undefined
  const cue = work.cues.findLast((c) => c.first >= i && c.side !== 'after' && c.frames.includes('quote'))
  if (cue === undefined) return undefined
  for (let k = i; k < cue.first; k++) if (work.regionOf[k] !== -1) return undefined
  // After the cue: punctuation and time adjuncts; after a comma-framed cue also a verbless tail (an
  // inverted subject, "in Vell").
  // ", posting photos of Lind": a participle takes an object, never an inverted subject.
  const isFramed = isCommaFramed(work, cue) && !(work.lower[cue.last] ?? '').endsWith('ing')
  if (needsComma && !isFramed) return undefined
  for (let k = skipAdjuncts(work, cue.last + 1); k < work.tokens.length; k++) {
    const pos = work.tokens[k]?.pos
    if (pos === 'PUNCT' && work.lower[k] !== ':') continue
    if (!isFramed || pos === 'VERB' || pos === 'AUX' || pos === 'PUNCT' || work.regionOf[k] !== -1) return undefined
  }
  // ", said Varga, director of …": the inverted subject after a comma-framed cue speaks.
  const inverted = work.lower[cue.first - 1] === ',' ? invertedSubject(work, cue.last + 1) : undefined
  if (inverted !== undefined && !isQuoted(work, inverted)) return { work, cue, isLeadWithPunctuation: false, speaker: { ...tokenSpan(work, inverted), reason: 'after cue (inverted)' } }
  return { work, cue, isLeadWithPunctuation: false }
}

/** Whether a sentence-final cue follows a comma, directly (", said Varga") or after its subject (", Varga said"). */
function isCommaFramed(work: SentenceWork, cue: Cue): boolean {
  const left = skipLeftModifiers(work, cue.first - 1)
  if (work.lower[left] === ',') return true
  const subject = left >= 0 ? nounPhraseEndingAt(work, left) : undefined
  return subject !== undefined && work.lower[subject.first - 1] === ','
}

/**
 * Whether a quotation's sentence runs on past its closing mark: the content ends in a letter or digit
 * ("“… who worked so hard” for the victory, Sanders said.").
 */
function endsMidSentence(text: string, contentEnd: number): boolean {
  return /[\p{L}\p{N}]/u.test(text[contentEnd - 1] ?? '')
}

/**
 * Whether a quotation's words end a sentence of their own: terminal punctuation inside the closing mark, then the
 * paragraph's end, another quotation or a capitalised word.
 */
function closesOwnSentence(text: string, contentEnd: number, end: number): boolean {
  if (!/[.!?]/.test(text[contentEnd - 1] ?? '')) return false
  let i = end
  while (i < text.length && (text[i] === ' ' || text[i] === '\u00a0')) i++
  return i >= text.length || /[\n\r“"‘'\p{Lu}]/u.test(text[i] ?? '')
}

/** Nouns that name a work, so a quotation right after them is its title ("the show “Vell Tonight”"). */
const WORK_NOUNS = new Set(['show', 'program', 'programme', 'book', 'film', 'movie', 'documentary', 'song', 'column', 'series', 'newspaper', 'magazine', 'podcast'])

/** Short words a title leaves in lower case ("Meet the Press", "State of the Union"). */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'vs', 'vs.'])

/** Most words a quoted title holds. */
const MAX_TITLE_WORDS = 8

/**
 * Whether a quotation inside a sentence is the title of a work: its words all capitalised (short function words
 * aside), after a possessive ("CNN’s “State of the Union”"), "on" ("on “Meet the Press”") or a noun naming a work.
 */
function isWorkTitle(text: string, content: Span, work: SentenceWork, openIndex: number): boolean {
  const before = work.lower[openIndex - 1] ?? ''
  const isPossessive = work.tokens[openIndex - 1]?.pos === 'PART' && /^['’]s?$/.test(before)
  // Not after "in": "wrote in “Vell Dorn” on the ballot" gives a name as words written.
  if (!isPossessive && before !== 'on' && !WORK_NOUNS.has(before)) return false
  const words = text.slice(content.start, content.end).replace(/[.,:;!?]+$/, '').split(/\s+/).filter((w) => /\p{L}/u.test(w))
  if (words.length === 0 || words.length > MAX_TITLE_WORDS || !/^\p{Lu}/u.test(words[0] ?? '')) return false
  return words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || TITLE_SMALL_WORDS.has(w))
}

/** Fewest words of a quotation inside the writer's sentence that reads as a sentence of its own. */
const MIN_SENTENCE_WORDS = 4

/**
 * Whether a quotation inside the writer's sentence is a full sentence, so direct, not a fragment: it starts with a
 * capital, holds a word in lower case (no title), and follows a colon or a dash or ends with its own stop
 * (`wife: "She signed an agreement," he told`, `asked the crowd "If Lind can't tell us, why should we?"`).
 */
function readsAsSentence(text: string, region: QuoteRegion, words: number): boolean {
  if (words < MIN_SENTENCE_WORDS) return false
  const content = text.slice(region.contentStart, region.contentEnd)
  if (!/^\p{Lu}/u.test(content) || !/\s(?!(?:a|an|the|of|and|or|in|on|at|to|for|with|by|from)\s)\p{Ll}/u.test(content)) return false
  let before = region.start - 1
  while (before >= 0 && (text[before] === ' ' || text[before] === '\u00a0')) before--
  return ':\u2014\u2013-'.includes(text[before] ?? '.') || /[.?!]\s*$/.test(content)
}

/** Cue frames that report speech (a sentence ending in one names who is talking). */
const SPEECH_FRAMES: ReadonlySet<CueFrame> = new Set(['quote', 'that', 'clause'])

/**
 * The speaker of a cue-less quotation paragraph named in the sentence just before it, in the same or the
 * previous paragraph ("Varga said in a statement. “There is …”"), when that cue comes after the last
 * attributed quotation (`after`).
 */
/** Subjects that name no speaker of a later quotation: first and second person, indefinite pronouns. */
const UNNAMED_SUBJECTS = new Set(['i', 'we', 'you', 'something', 'anything', 'everything', 'nothing', 'someone', 'anyone', 'everyone', 'nobody'])

/** Whether a speaker span is a single token among `UNNAMED_SUBJECTS`. */
function isUnnamedSubject(work: SentenceWork, span: Span): boolean {
  for (let k = 0; k < work.tokens.length; k++) {
    const t = work.tokens[k] as Token
    if (t.start === span.start) return t.end === span.end && UNNAMED_SUBJECTS.has(work.lower[k] ?? '')
  }
  return false
}

function speakerOfPreviousSentence(works: readonly SentenceWork[], workIndex: number, after: number, speakers: Map<Cue, SpeakerDraft | null>): SpeakerDraft | undefined {
  const current = works[workIndex]
  const work = works[workIndex - 1]
  if (current === undefined || work === undefined || current.paragraphIndex - work.paragraphIndex > 1) return undefined
  if (work.tokens.length > MAX_CLAUSE_TOKENS) return undefined
  // A sentence that attributed a full quotation already gave the previous speaker; the continuation rule keeps it.
  if (work.usedCues.size > 0) return undefined
  // The main clause's cue, not one in a relative clause after it ("…, which the report estimated").
  // A frame closing the sentence ("…, it said in its monthly report.") reports all of it, whatever cue comes before;
  // else the first cue, a noun-that one included ("expressed fears that …").
  const spoken = closingFrameCue(work) ?? work.cues.find((c) => c.side !== 'after' && c.frames.some((f) => SPEECH_FRAMES.has(f) || f === 'noun-that'))
  // "The ministry issued a statement apologizing for the remarks, which included …": putting out a message is
  // speaking too, and comes before any cue later in the sentence.
  const issued = issuedMessage(work)
  const cue = issued !== undefined && (spoken === undefined || issued.first < spoken.first) ? issued : spoken
  if (cue === undefined || (work.tokens[cue.first]?.start ?? 0) < after) return undefined
  const speaker = speakerOfCue(work, cue, work.cues, speakers)
  // "…Blackpool. “Obviously we failed. I just hope …": a first- or second-person subject outside the marks is most
  // often the quotation itself, its marks lost between paragraphs; an indefinite pronoun names no one.
  if (speaker === null || isUnnamedSubject(work, speaker) || isEmbeddedSubject(work, speaker)) return undefined
  return { ...speaker, reason: 'named in the sentence before the quotation', inherited: speaker }
}

/**
 * The cue of a frame that closes its sentence after a comma: a comma, a short subject, the cue, then no other verb
 * before the end ("Further purchases are expected by China, it said in its monthly report.").
 */
function closingFrameCue(work: SentenceWork): Cue | undefined {
  const cue = work.cues.at(-1)
  if (cue === undefined || cue.side === 'after' || !cue.frames.includes('quote') || work.regionOf[cue.first] !== -1) return undefined
  const left = skipLeftModifiers(work, cue.first - 1)
  const subject = nounPhraseEndingAt(work, left)
  if (subject === undefined || work.lower[subject.first - 1] !== ',' || subject.last - subject.first > 4) return undefined
  for (let k = cue.verbLast + 1; k < work.tokens.length; k++) {
    const pos = work.tokens[k]?.pos
    if (pos === 'VERB' || pos === 'AUX' || work.lower[k] === 'that' || work.regionOf[k] !== -1) return undefined
  }
  return cue
}

/**
 * Words that open a clause inside the sentence, whose subject does not speak for it ("whether they are who they say").
 * Not "what": in "what Jamie hopes will be a return" the one hoping goes on to speak.
 */
const EMBEDDED_CLAUSE_WORDS = new Set(['who', 'whom', 'whether', 'how', 'where', 'when', 'why'])

/**
 * Whether a cue's speaker stands inside a clause embedded in the sentence: a relative pronoun after the sentence's
 * first words ("… the ministry who are expected to …", "… the show, which suggests …"), or a subject after a
 * question word ("whether an individual is who they say they are").
 */
function isEmbeddedSubject(work: SentenceWork, speaker: Span): boolean {
  const first = work.tokens.findIndex((t) => t.start === speaker.start)
  if (first <= datelineEnd(work)) return false
  const isRelative = first === work.tokens.findIndex((t) => t.end === speaker.end) && RELATIVE_PRONOUNS.has(work.lower[first] ?? '')
  return isRelative || EMBEDDED_CLAUSE_WORDS.has(work.lower[first - 1] ?? '')
}

/** Verb lemmas that put out a message ("issued a statement", "released a letter"). */
const ISSUING_VERBS = new Set(['issue', 'release', 'publish', 'post', 'send', 'circulate'])

/**
 * A verb outside quotation marks that puts out a message, its object one of the lexicon's message nouns after at
 * most two modifiers ("issued a statement", "released a brief written statement"), as a cue of its own.
 */
function issuedMessage(work: SentenceWork): Cue | undefined {
  for (let k = 1; k < work.tokens.length - 1; k++) {
    const token = work.tokens[k] as Token
    if (token.pos !== 'VERB' || work.regionOf[k] !== -1 || !ISSUING_VERBS.has(token.lemma)) continue
    let object = k + 1
    if (work.tokens[object]?.pos === 'DET') object++
    for (let modifiers = 0; modifiers < 2 && !work.messageNouns.has(work.lower[object] ?? '') && work.tokens[object]?.pos === 'ADJ'; modifiers++) object++
    if (work.messageNouns.has(work.lower[object] ?? '') && work.tokens[object]?.pos === 'NOUN') return { first: k, last: k, verbLast: k, frames: ['quote'], side: 'either' }
  }
  return undefined
}

function draftOf(view: SentenceView, range: TokenRange | undefined, reason: string): SpeakerDraft | null {
  return range === undefined ? null : { ...tokenSpan(view, range), reason }
}

/**
 * The sentence that introduces a quotation with a colon ("Varga continued:" before a quoted paragraph),
 * in the same or the previous paragraph, with its last cue when it has one.
 */
function findIntroduction(works: readonly SentenceWork[], workIndex: number): { work: SentenceWork; cue: Cue | undefined } | undefined {
  const current = works[workIndex]
  const work = works[workIndex - 1]
  if (work === undefined || current === undefined || current.paragraphIndex - work.paragraphIndex > 1) return undefined
  if (work.lower[work.lower.length - 1] !== ':') return undefined
  return { work, cue: work.cues.at(-1) }
}

/**
 * The speaker of a colon-introduced quotation: a name right before the colon ("… pollster Lind Varga:"),
 * else the subject of the clause nearest the colon ("Varga continued:", "Lind called them on it:").
 */
function colonSpeaker(work: SentenceWork, colon: number): TokenRange | undefined {
  const presented = presentedSource(work, colon)
  if (presented !== undefined) return presented
  // A headline "Lind on Tarn Talks: “…”" gives the name before the topic.
  const topicAt = work.isHeadline && work.lower[colon] === ':' ? nameBeforeTopic(work, colon) : -1
  if (topicAt > 0) return { first: 0, last: topicAt - 1 }
  const named = nounPhraseEndingAt(work, colon - 1)
  // "Varga in December:" or "a message to Lind:" name a time or a listener, not the speaker.
  if (named !== undefined && !isPrepositionObject(work, named) && work.tokens.slice(named.first, named.last + 1).some((t) => t.pos === 'PROPN')) return named
  const subject = clauseSubject(work, colon, true) ?? sentenceSubject(work, colon)
  // "His message to the chancellor was:": a preposition's object only describes the phrase before it.
  if (subject !== undefined && isPrepositionObject(work, subject)) {
    const head = nounPhraseEndingAt(work, subject.first - 2)
    // An object pronoun ("watching him on the rack") is no head.
    const isObjectPronoun = head !== undefined && head.first === head.last && work.tokens[head.first]?.pos === 'PRON' && !SUBJECT_PRONOUNS.has(work.lower[head.first] ?? '')
    if (head !== undefined && !isQuoted(work, head) && !isObjectPronoun) return head
  }
  return subject
}

/** Forms of "be" after a sentence-opening "here" that present what follows ("Here's Lind in 1992:"). */
const PRESENTING_BE = new Set(["'s", '\u2019s', 'is', 'are'])

/**
 * The source a sentence presents before a colon: "Here's Lind in December 1992: “…”" gives `Lind`, "From the
 * report: “…”" gives `the report`.
 */
function presentedSource(work: SentenceWork, colon: number): TokenRange | undefined {
  const at = datelineEnd(work)
  const opener = work.lower[at]
  if (opener === 'here' && PRESENTING_BE.has(work.lower[at + 1] ?? '')) {
    const np = nounPhraseStartingAt(work, at + 2)
    // "Here's the deal:" presents the writer's point, not a source: only a name counts.
    const isNamed = np !== undefined && work.tokens.slice(np.first, np.last + 1).some((t) => t.pos === 'PROPN')
    return np !== undefined && isNamed && np.last < colon ? np : undefined
  }
  if (opener === 'from') {
    const np = nounPhraseStartingAt(work, at + 1)
    return np !== undefined && np.last === colon - 1 ? np : undefined
  }
  return undefined
}

/** Verbs that make a quoted phrase a description, not someone's words ("is “passive”", "seems “odd”"). */
const COPULAS = new Set(['be', 'seem', 'appear', 'become', 'remain', 'look', 'sound', 'feel', 'get'])

/**
 * A person or organization whose own verb governs a quoted phrase with no cue ("Lind supports “fair pay”",
 * "Varga thanked them for “stepping up”", "Lind issued a statement, “…”"): the phrase is read as their
 * words. Places and copulas ("Arvenia is “passive”") leave it a scare quote.
 */
function personGoverningQuotation(work: SentenceWork, openIndex: number, isPerson: (span: Span) => boolean): { speaker: SpeakerDraft; cue: Span } | undefined {
  let from = openIndex - 1
  // "issued a statement, “…”", "coined a new phrase, “…”": the noun the words name and its comma stand
  // between the verb and the words.
  const named = work.tokens[from - 1]
  if ((work.lower[from] === ',' || work.lower[from] === ':') && (work.messageNouns.has(work.lower[from - 1] ?? '') || (work.lower[from] === ',' && named?.pos === 'NOUN'))) from--
  for (let v = from; v >= Math.max(0, from - 12); v--) {
    const t = work.tokens[v] as Token
    if (work.regionOf[v] !== -1 || t.pos === 'PUNCT') return undefined
    if (t.pos !== 'VERB') continue
    if (COPULAS.has(t.lemma)) return undefined
    const end = skipLeftModifiers(work, v - 1)
    // "Nordhaus, co-founder of the institute, welcomed “…”": the subject stands before an apposition.
    const isAfterApposition = work.lower[end] === ',' && work.regionOf[end] === -1 && end > 0 && isNominalToken(work.tokens[skipParenthesisLeft(work, end - 1)])
    const subject = isAfterApposition ? appositionSpeaker(work, end) : end >= 0 ? nounPhraseEndingAt(work, end) : undefined
    // "Lind released a statement Thursday condemning “…”": a participle after its object hands on to the verb before it.
    const isParticiple = (work.lower[v] ?? '').endsWith('ing')
    if (subject === undefined) {
      // "Gibbs derided and insulted “the left”": a verb coordinated with one before it shares that verb's subject.
      if (isParticiple || COORDINATORS.has(work.lower[end] ?? '')) continue
      return undefined
    }
    const span = tokenSpan(work, subject)
    // "He supports “fair pay”": a personal pronoun subject stands for a person too.
    const isPronoun = subject.first === subject.last && work.speakerPronouns.has(work.lower[subject.first] ?? '')
    if (isPerson(span) || isPronoun) return { speaker: { ...span, reason: 'person whose verb governs the quotation' }, cue: tokenSpan(work, { first: v, last: v }) }
    if (isParticiple) {
      v = subject.first
      continue
    }
    return undefined
  }
  return undefined
}

/**
 * The careful default for a quoted phrase that no cue, governing verb or possessor claims: the subject of the
 * sentence's main clause (or of a clause coordinated after it), when it is a person, an organization or `he`/`she` and its predicate is not a be-form
 * before a noun or adjective ("Lind dismissed the plan as “desperate”" → Lind; "Arvenia is “passive”" → none).
 * A phrase opened by a possessive ("His proposals were a “new deal”") is a thing, never the speaker.
 */
function subjectHoldingQuotation(work: SentenceWork, openIndex: number, isSpeaker: (span: Span) => boolean): SpeakerDraft | undefined {
  // "When Lind arrived, Varga dismissed the “…”": an opening subordinate clause or phrase has a subject of its own.
  const main = clauseSubject(work, openIndex, false, mainClauseStart(work, openIndex)) ?? clauseSubject(work, openIndex)
  if (main === undefined) return undefined
  const nearest = clauseSubject(work, openIndex, true)
  // "Lind spoke and the crowd cheered “…”": a coordinated clause with a subject of its own holds the phrase.
  const isCoordinated = nearest !== undefined && nearest.first !== main.first && (COORDINATORS.has(work.lower[nearest.first - 1] ?? '') || work.lower[nearest.first - 1] === ';')
  const subject = isCoordinated ? nearest : main
  if (POSSESSIVE_OPENERS.has(work.lower[subject.first] ?? '')) return undefined
  let verb = skipRightModifiers(work, subject.last + 1)
  while (verb < openIndex && work.tokens[verb]?.pos === 'AUX') verb++
  if (BE_FORMS.has(work.lower[verb - 1] ?? '') && work.tokens[verb]?.pos !== 'VERB') return undefined
  const span = tokenSpan(work, subject)
  const isPronoun = subject.first === subject.last && work.speakerPronouns.has(work.lower[subject.first] ?? '')
  return isPronoun || isSpeaker(span) ? { ...span, reason: 'subject of the clause holding the quotation' } : undefined
}

/** Possessive pronouns that own someone's words ("his promise of “…”"). */
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their'])

/**
 * A person's words named by a possessive: "Lind's “fair deal” promise", "Lind's pledge of “fair pay”",
 * "his call for “calm”". The possessor (a person, or a possessive pronoun) owns the quoted phrase when only
 * nouns, adjectives and "of"/"for"/"against" stand between; a copula or a verb breaks the link.
 */
function possessorOfQuotation(work: SentenceWork, openIndex: number, isPerson: (span: Span) => boolean): SpeakerDraft | undefined {
  const owner = (marker: number): SpeakerDraft | undefined => {
    if (POSSESSIVE_PRONOUNS.has(work.lower[marker] ?? '') && work.tokens[marker]?.pos === 'PRON') {
      return { ...tokenSpan(work, { first: marker, last: marker }), reason: 'possessor of the quoted words' }
    }
    if (!isPossessiveMarker(work.lower[marker])) return undefined
    const np = nounPhraseEndingAt(work, marker - 1)
    if (np === undefined) return undefined
    const span = tokenSpan(work, { first: np.first, last: marker })
    return isPerson(tokenSpan(work, np)) ? { ...span, reason: 'possessor of the quoted words' } : undefined
  }
  // "Lind's slogan is “…”", "in Lind's words, “…”": a be-form or a comma before the mark still leaves the words the possessor's.
  let from = openIndex - 1
  if (work.lower[from] === ',') from--
  // "Lind's answer was that “…”": a "that" after the be-form too.
  if (work.lower[from] === 'that' && BE_FORMS.has(work.lower[from - 1] ?? '')) from--
  if (BE_FORMS.has(work.lower[from] ?? '') && work.tokens[from - 1]?.pos === 'NOUN') from--
  // Left of the opening mark: "Lind's pledge of “…”".
  for (let k = from; k >= Math.max(0, from - 4); k--) {
    const found = owner(k)
    if (found !== undefined) return found
    const t = work.tokens[k] as Token
    const isLink = t.pos === 'NOUN' || t.pos === 'ADJ' || POSSESSION_LINKS.has(work.lower[k] ?? '')
    if (!isLink || work.regionOf[k] !== -1) return undefined
  }
  return undefined
}

/** Prepositions that link a possessed noun to the quoted words ("pledge of", "call for", "attack on"). */
const POSSESSION_LINKS = new Set(['of', 'for', 'against', 'on'])

const isPossessiveMarker = (lower: string | undefined): boolean => lower === "'s" || lower === '\u2019s' || lower === "'" || lower === '\u2019'

/**
 * The last cue before token `index` that may introduce a quotation: a cue that only reports a noun's that-clause
 * ("dismissed the story about the emails, “…”") introduces none.
 */
function quotationCueBefore(cues: readonly Cue[], index: number): Cue | undefined {
  let cue = cueBefore(cues, index)
  while (cue !== undefined && cue.frames.every((f) => f === 'noun-that')) cue = cueBefore(cues, cue.first)
  return cue
}

/** The last cue that ends before token `index` (cues are in text order). */
function cueBefore(cues: readonly Cue[], index: number): Cue | undefined {
  let lo = 0
  let hi = cues.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((cues[mid] as Cue).last < index) lo = mid + 1
    else hi = mid
  }
  return cues[lo - 1]
}

function cueSpan(work: SentenceWork, cue: Cue): Span {
  return tokenSpan(work, { first: cue.first, last: cue.last })
}

/**
 * A verb missing from the lexicon that still frames a quotation ("“Go back,” Varga barked."): right after
 * the quotation or its speaker, a verb that ends the sentence or is followed only by a modifier.
 */
function unlistedFrameVerb(work: SentenceWork, at: number): Cue | undefined {
  const token = work.tokens[at]
  if (token === undefined || work.regionOf[at] !== -1) return undefined
  // The tagger reads a past tense after a name as an adjective ("Lind fumed/ADJ on Tuesday").
  const isVerb = token.pos === 'VERB' || (token.pos === 'ADJ' && (work.lower[at] ?? '').endsWith('ed'))
  // A capitalized word after a quotation is a name the tagger misread ("“…,” Blunt/VERB, after a pause, said").
  const code = work.surface(token).charCodeAt(0)
  if (!isVerb || (code >= 65 && code <= 90)) return undefined
  let last = at
  if (work.tokens[at + 1]?.pos === 'ADP' && work.lower[at + 1] === 'back') last = at + 1
  const next = work.tokens[last + 1]
  // "“Go back,” Varga barked and left": a coordinator may follow the verb too.
  if (next !== undefined && next.pos !== 'PUNCT' && next.pos !== 'ADV' && next.pos !== 'ADP' && next.pos !== 'SCONJ' && next.pos !== 'CCONJ' && next.pos !== 'PROPN' && next.pos !== 'DET') return undefined
  return { first: at, last, verbLast: last, frames: ['quote'], side: 'either' }
}

/**
 * Drops a frame whose cue ends in a colon ("“A.” Lind said: “B.”"): it introduces the next quotation,
 * unless the quotation ended with a comma, which announces a frame ("“A,” Lind said: …"). After a quotation closed
 * by a full stop, a cue that reports a clause of its own starts the next sentence's report, not this quotation's
 * frame ("Lind said, “No.” Aides said the envoy would stay", a sentence the tagger did not split).
 */
function rejectLeads(frame: Frame | undefined, endsWithComma: boolean, endsWithStop: boolean): Frame | undefined {
  if (frame === undefined || endsWithComma) return frame
  if (frame.work.lower[frame.cue.last + 1] === ':') return undefined
  return endsWithStop && reportsOwnClause(frame.work, frame.cue) ? undefined : frame
}

/** The next sentence when it is in the same paragraph. */
function sameParagraph(work: SentenceWork, next: SentenceWork | undefined): SentenceWork | undefined {
  return next !== undefined && next.paragraphIndex === work.paragraphIndex ? next : undefined
}

/** A cue that frames a quotation, with the speaker phrase when the frame itself showed it. */
interface Frame {
  readonly work: SentenceWork
  readonly cue: Cue
  readonly isLeadWithPunctuation: boolean
  readonly speaker?: SpeakerDraft
}

/** A cue right after a closing mark: `", Varga said`, `", said Varga`, `", to quote Varga`. */
function findFrameCue(work: SentenceWork, closeIndex: number, regionIndex: number, next?: SentenceWork, allowsUnlisted = true): Frame | undefined {
  // A verb outside the lexicon frames only a quotation that ends like a statement handed over (`,” Lind
  // barked`); after a bare phrase it is the writer's own verb (`Lind's pledge of “open borders” won the vote`).
  const unlisted = (at: number): Cue | undefined => (allowsUnlisted ? unlistedFrameVerb(work, at) : undefined)
  let i = closeIndex
  while (i < work.tokens.length && work.regionOf[i] === regionIndex) i++
  while (i < work.tokens.length && (work.lower[i] === ',' || work.lower[i] === '-')) i++
  const atI = work.cueAtFirst.get(i)
  const direct = (atI !== undefined && atI.frames.length > 0 ? atI : undefined) ?? unlisted(i)
  if (direct !== undefined) return { work, cue: direct, isLeadWithPunctuation: false }
  const found = nounPhraseStartingAt(work, i)
  // After a bare phrase (no comma in or after the marks) the words run on in the writer's sentence.
  const isHandedOver = allowsUnlisted || work.lower[i - 1] === ','
  if (found === undefined) return findLooseFrame(work, i, next, isHandedOver)
  // "on “The Late Show” last month when asked": a time phrase after a quoted title starts no frame.
  if (isTimePhrase(work, found)) return undefined
  // The tagger sometimes reads a surname as a verb ("Mr. Burr said"): capitalized words extend the name.
  let last = found.last
  while (last + 1 < work.tokens.length && last - found.last < 2 && work.tokens[last + 1]?.pos !== 'PUNCT' && /^\p{Lu}/u.test(work.surface(work.tokens[last + 1] as Token))) last++
  const np = { first: found.first, last }
  let j = np.last + 1
  // "“…,” Varga's spokesman, Pol Dorn, said": a name filling the apposition after a description speaks.
  let named: TokenRange | undefined
  // "Brent Bozell, founder of the Media Research Center, said": skip an apposition with no verb.
  if (work.lower[j] === ',') {
    // A longer apposition may hold a verb ("Varga, who won the primaries, said"); then the cue must end
    // the frame (nothing but punctuation or a short adjunct after it) to be the quotation's.
    for (let comma = j + 1; comma < Math.min(work.tokens.length, j + WINDOW); comma++) {
      if (work.lower[comma] !== ',') continue
      const cue = work.cueAtFirst.get(comma + 1)
      if (cue === undefined || cue.side === 'after') continue
      const isShort = comma - j < 16 && !hasVerb(work, j + 1, comma)
      const introducesClause = work.lower[cue.last + 1] === 'that' || startsClause(work, cue.last + 1)
      if (isShort || !introducesClause) j = comma + 1
      if (isShort && isDescriptionHead(work, np.last) && isBareName(work, np.last + 2, comma - 1)) named = { first: np.last + 2, last: comma - 1 }
      break
    }
  }
  while (j < work.tokens.length && (work.tokens[j]?.pos === 'ADV' || work.tokens[j]?.pos === 'AUX')) j++
  // "“…?” a reporter can be heard asking Lind": a perception passive before the cue's participle.
  if (PERCEIVED.has(work.lower[j] ?? '') && BE_FORMS.has(work.lower[j - 1] ?? '') && (work.lower[j + 1] ?? '').endsWith('ing')) j++
  // A mistagged verb may have been read as the phrase's last noun ("Varga notes").
  let after: Cue | undefined
  for (let k = i + 1; k <= j && after === undefined; k++) {
    const cue = work.cueAtFirst.get(k)
    if (cue !== undefined && cue.side !== 'after' && (k === j || k <= np.last)) after = cue
  }
  after ??= unlisted(j)
  if (after === undefined && np.last > np.first && work.tokens[np.last]?.pos === 'NOUN' && PARTICLES.has(work.lower[np.last + 1] ?? '')) {
    // "“…,” Varga shot back": the tagger read the verb as the phrase's last noun.
    const cue: Cue = { first: np.last, last: np.last + 1, verbLast: np.last + 1, frames: ['quote'], side: 'either' }
    return { work, cue, isLeadWithPunctuation: false, speaker: { ...tokenSpan(work, { first: np.first, last: np.last - 1 }), reason: 'subject of cue' } }
  }
  if (after !== undefined && named !== undefined) return { work, cue: after, isLeadWithPunctuation: false, speaker: { ...tokenSpan(work, named), reason: 'subject of cue (named in the apposition)' } }
  const quoted = after === undefined ? undefined : (objectQuotedAs(work, after) ?? objectQuotedLast(work, after))
  if (after !== undefined && quoted !== undefined) return { work, cue: after, isLeadWithPunctuation: false, speaker: { ...tokenSpan(work, quoted), reason: 'the one quoted as saying' } }
  if (after !== undefined) return { work, cue: after, isLeadWithPunctuation: false, speaker: { ...tokenSpan(work, { first: np.first, last: Math.min(np.last, after.first - 1) }), reason: 'subject of cue' } }
  return findLooseFrame(work, i, next, isHandedOver)
}

/**
 * The name ending a phrase that an opening prepositional or time phrase ran into for want of a comma: in "In a
 * separate interview Keating said" the phrase read before the cue is "a separate interview Keating"; the name after
 * its last lower-case noun is the subject. Only at the sentence start, after nothing but adverbs and prepositions.
 */
function nameAfterOpeningPhrase(view: SentenceWork, np: TokenRange): TokenRange | undefined {
  let first = np.last
  while (first > np.first && view.tokens[first - 1]?.pos === 'PROPN' && /^\p{Lu}/u.test(view.surface(view.tokens[first - 1] as Token))) first--
  const head = view.tokens[first - 1]
  if (first <= np.first || view.tokens[first]?.pos !== 'PROPN' || head === undefined || head.pos !== 'NOUN' || /^\p{Lu}/u.test(view.surface(head))) return undefined
  const start = datelineEnd(view)
  let hasOpener = false
  for (let k = start; k < np.first; k++) {
    const pos = view.tokens[k]?.pos
    // "As the columnist Ana Lind wrote" opens a clause whose whole subject, title and name, speaks.
    if (pos === 'ADP' && view.lower[k] !== 'as') hasOpener = true
    else if (pos !== 'ADV' && pos !== 'DET' && pos !== 'ADJ') return undefined
  }
  // "Earlier this week Varga said": a time phrase opening the phrase needs no preposition.
  const isTimed = isTimePhrase(view, { first: np.first, last: first - 1 })
  return hasOpener || isTimed ? { first, last: np.last } : undefined
}

/** Coordinators joining the phrases of a coordinated subject. */
const SUBJECT_COORDINATORS = new Set(['and', '&'])

/**
 * The whole coordinated subject whose last phrase is `np` ("Vell and Tarn", "Lind, Varga and Dorn", "the ministry and
 * the Vell Fund"), when it opens the sentence or follows a comma, colon or subordinator; undefined otherwise ("met Vell
 * and Tarn said" has a verb before it).
 */
function coordinationEndingWith(view: SentenceWork, np: TokenRange): TokenRange | undefined {
  if (!SUBJECT_COORDINATORS.has(view.lower[np.first - 1] ?? '')) return undefined
  let first = np.first
  let at = np.first - 2
  for (let conjuncts = 0; conjuncts < 4; conjuncts++) {
    const phrase = at >= 0 ? nounPhraseEndingAt(view, at) : undefined
    if (phrase === undefined || phrase.last !== at || view.regionOf[phrase.first] !== -1) return undefined
    first = phrase.first
    // "Lind, Varga and Dorn": a comma before the phrase may join one more.
    if (view.lower[first - 1] === ',' && view.tokens[first - 2]?.pos === 'PROPN' && view.tokens[phrase.first]?.pos === 'PROPN') {
      at = first - 2
      continue
    }
    break
  }
  const before = view.tokens[first - 1]
  const opens = first <= datelineEnd(view) || before === undefined || before.pos === 'PUNCT' || before.pos === 'SCONJ' || view.lower[first - 1] === 'that' || view.lower[first - 1] === 'both'
  return opens ? { first, last: np.last } : undefined
}

/** Whether token `at` is a lower-case common noun heading a description ("spokesman" in "Varga's spokesman"). */
function isDescriptionHead(work: SentenceWork, at: number): boolean {
  const t = work.tokens[at]
  return t !== undefined && t.pos === 'NOUN' && !/^\p{Lu}/u.test(work.surface(t))
}

/** Whether tokens [first, last] are a bare name: two to four capitalized proper nouns (or initials) and nothing else. */
function isBareName(work: SentenceWork, first: number, last: number): boolean {
  if (last - first < 1 || last - first > 3) return false
  for (let k = first; k <= last; k++) {
    const t = work.tokens[k]
    if (t === undefined || t.pos !== 'PROPN' || work.regionOf[k] !== -1 || !/^\p{Lu}/u.test(work.surface(t))) return false
  }
  return true
}

/** Tags the tagger gives a capitalized name it misreads ("Will/AUX Estrada", "Lind/VERB"). */
const MISREAD_NAME_TAGS = new Set(['AUX', 'VERB', 'ADJ', 'X'])

/** Punctuation that may sit inside a speaker description ("Sen. Lind (R-Vell)", "the tall, 71-year-old envoy"). */
const DESCRIPTION_PUNCTUATION = new Set([',', '(', ')', '-', "'", '\u2019', '.'])

/**
 * A listed cue a few words after a quotation, when everything between is a verbless description:
 * "“…,” a spokesman for the committee said", "“…,” Sen. Lind (R-Vell) said Saturday".
 */
function findLooseFrame(work: SentenceWork, at: number, next: SentenceWork | undefined, isHandedOver = true): Frame | undefined {
  const first = work.tokens[at]
  // A capitalized first word may be a name the tagger misread ("Will/AUX Estrada").
  if (first === undefined || (!CLAUSE_OPENERS.has(first.pos) && !(MISREAD_NAME_TAGS.has(first.pos) && /^\p{Lu}/u.test(work.surface(first))))) return undefined
  // "Looking ahead to the vote, he pledged": a capitalized participle opens a phrase, not a name.
  if (first.pos === 'VERB' && (work.lower[at] ?? '').endsWith('ing')) return undefined
  for (let k = at + 1; k < Math.min(work.tokens.length, at + 14); k++) {
    const t = work.tokens[k] as Token
    const found = work.cueAtFirst.get(k)
    const cue = found !== undefined && found.side !== 'after' && found.frames.includes('quote') ? found : undefined
    if (cue !== undefined) {
      // "a nod to the “Star Voyage” sequel hitting the theaters, remarking": a participle speaks for the main
      // subject, never for the words after a quoted title.
      if ((work.lower[k] ?? '').endsWith('ing')) return undefined
      let last = k - 1
      while (last > at && (work.lower[last] === ',' || work.lower[last] === '-')) last--
      // "the “debt stack” confusing and called": a description names someone (a noun or pronoun) and ends in it, not in a conjunction.
      if (work.tokens[last]?.pos === 'CCONJ' || !hasNominal(work, at, last)) return undefined
      // "The Tories, he said, can cut crime": a cue set off by commas before a predicate reports the clause around it.
      const afterAside = work.tokens[cue.last + 2]?.pos
      const isAside = work.lower[cue.last + 1] === ',' && (afterAside === 'AUX' || afterAside === 'VERB')
      const introducesClause = work.lower[cue.last + 1] === 'that' || startsClause(work, cue.last + 1) || isAside
      // "the “less painful” option, our correspondent added": after a bare phrase, the phrase after its last comma speaks.
      const from = isHandedOver ? at : phraseAfterLastComma(work, at, last) ?? at
      return introducesClause ? undefined : { work, cue, isLeadWithPunctuation: false, speaker: { ...tokenSpan(work, { first: from, last }), reason: 'subject of cue' } }
    }
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !/(ing|ed)$/.test(work.lower[k] ?? ''))) return undefined
    // "said “Vell” five times, and then mentioned": a coordinator after a comma opens the writer's next clause.
    if (t.pos === 'CCONJ' && work.lower[k - 1] === ',') return undefined
    if (t.pos === 'PUNCT' && !DESCRIPTION_PUNCTUATION.has(work.lower[k] ?? '')) return undefined
    if (work.regionOf[k] !== -1) return undefined
  }
  // The tagger may end the sentence at an abbreviation inside the description ("Sen. Lind (R-Vell.) said").
  const opening = next?.cueAtFirst.get(0)
  const cue = opening !== undefined && opening.side !== 'after' && opening.frames.includes('quote') ? opening : undefined
  if (next === undefined || cue === undefined || work.tokens.length - at > 14) return undefined
  let last = work.tokens.length - 1
  while (last > at && (work.lower[last] === ',' || work.lower[last] === '-')) last--
  const introducesClause = next.lower[cue.last + 1] === 'that' || startsClause(next, cue.last + 1)
  return introducesClause ? undefined : { work: next, cue, isLeadWithPunctuation: false, speaker: { ...tokenSpan(work, { first: at, last }), reason: 'subject of cue' } }
}

/** Whether a noun, name or pronoun stands between tokens `from` and `to` (inclusive). */
function hasNominal(work: SentenceWork, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const pos = work.tokens[k]?.pos
    if (pos === 'NOUN' || pos === 'PROPN' || pos === 'PRON' || pos === 'NUM' || (pos !== undefined && MISREAD_NAME_TAGS.has(pos) && /^\p{Lu}/u.test(work.surface(work.tokens[k] as Token)))) return true
  }
  return false
}

/** The start of the noun phrase after the last comma of a description ending at `last`, when it fills the rest. */
function phraseAfterLastComma(work: SentenceWork, at: number, last: number): number | undefined {
  for (let k = last; k > at; k--) {
    if (work.lower[k] !== ',') continue
    const np = nounPhraseEndingAt(work, last)
    // "our correspondent": a possessive pronoun the phrase reader leaves out opens it too.
    const opensWithPronoun = np !== undefined && np.first === k + 2 && work.tokens[k + 1]?.pos === 'PRON'
    return np !== undefined && (np.first === k + 1 || opensWithPronoun) ? k + 1 : undefined
  }
  return undefined
}

/** "- Sanders." as its own paragraph after a quotation: the fact-check convention of naming the speaker. */
function findDashAttribution(works: readonly SentenceWork[], workIndex: number): SpeakerDraft | undefined {
  const current = works[workIndex]
  for (let w = workIndex + 1; w < works.length && w <= workIndex + 3; w++) {
    const work = works[w] as SentenceWork
    // "“…” — Tomas Varga, Arvenian foreign minister" on the same line (or a text with no line breaks): the sentence
    // right after the quotation is a dash and a name standing alone, or before a comma.
    if (current !== undefined && w === workIndex + 1 && work.paragraphIndex === current.paragraphIndex) {
      const credited = DASHES.has(work.lower[0] ?? '') ? creditedName(work) : undefined
      if (credited !== undefined) return { ...tokenSpan(work, credited), reason: 'named after a dash after the quotation' }
    }
    if (current === undefined || work.paragraphIndex !== current.paragraphIndex + 1) continue
    if (work.lower[0] !== '-') return undefined
    // A name standing alone, as a credit: not a bullet opening a sentence ("- Shares in Vell Holdings closed …").
    const np = creditedName(work)
    return np === undefined ? undefined : { ...tokenSpan(work, np), reason: 'named after a dash below the quotation' }
  }
  return undefined
}

/** The name after a sentence-opening dash that credits a quotation: capitalized, then the end, a stop or a comma. */
function creditedName(work: SentenceWork): TokenRange | undefined {
  const np = nounPhraseStartingAt(work, 1)
  const first = work.tokens[1]
  if (np === undefined || first === undefined || !/^\p{Lu}/u.test(work.surface(first))) return undefined
  if (!work.tokens.slice(np.first, np.last + 1).some((t) => t.pos === 'PROPN')) return undefined
  const after = work.lower[np.last + 1]
  return after === undefined || after === ',' || after === '.' ? np : undefined
}

/** Forms of `come` before `from` that name where a quotation came from ("the “…” figure came from the campaign"). */
const COME_FORMS = new Set(['came', 'comes', 'come'])

/** Determiners that open a sentence about the quotation before it ("That quote from Lind …"). */
const QUOTE_DETERMINERS = new Set(['that', 'this', 'the'])

/**
 * The source named right after a quotation: `“…” figure came from X` (a noun from `quoteNouns` optional) in the
 * quotation's sentence, or `That quote from X …` opening the next sentence of its paragraph (or running on in the
 * same one), when X is a person or an organization.
 */
function sourceNamedAfter(works: readonly SentenceWork[], workIndex: number, closingIndex: number, quoteNouns: ReadonlySet<string>, isSpeaker: (span: Span) => boolean): SpeakerDraft | undefined {
  const current = works[workIndex]
  if (current === undefined) return undefined
  let view = current
  let at = closingIndex + 1
  if (at >= current.tokens.length || (at === current.tokens.length - 1 && current.tokens[at]?.pos === 'PUNCT')) {
    const next = works[workIndex + 1]
    // A quotation paragraph may be followed by the paragraph that names its source ("“…” ¶ That was the message from Lind").
    const isQuotationParagraph = next !== undefined && next.paragraphIndex === current.paragraphIndex + 1 && current.regionOf[0] !== -1
    if (next === undefined || (next.paragraphIndex !== current.paragraphIndex && !isQuotationParagraph)) return undefined
    const presented = presentingSentence(next, quoteNouns)
    if (presented !== undefined) return sourceAfter(next, presented, isSpeaker)
    if (next.paragraphIndex !== current.paragraphIndex) return undefined
    view = next
    at = 0
  } else {
    // "“…,” was the message from Lind", "“…,” came the reply from Lind".
    const presented = presentingSentence(current, quoteNouns, at)
    if (presented !== undefined) return sourceAfter(current, presented, isSpeaker)
  }
  // "That quote from Lind": a determiner and a quotation noun make `from` enough; otherwise `came from` is needed.
  const named = QUOTE_DETERMINERS.has(view.lower[at] ?? '') && quoteNouns.has(view.lower[at + 1] ?? '')
  if (named) at += 2
  else if (view !== current) return undefined
  else if (quoteNouns.has(view.lower[at] ?? '')) at++
  const came = COME_FORMS.has(view.lower[at] ?? '')
  if (came) at++
  if ((!came && !named) || view.lower[at] !== 'from' || view.regionOf[at] !== -1) return undefined
  return sourceAfter(view, at + 1, isSpeaker)
}

/** Words that open a sentence presenting the quotation before it ("That was the message …", "Such was the verdict …"). */
const PRESENTING_OPENERS = new Set(['that', 'this', 'those', 'these', 'such', 'so'])

/**
 * Where the source starts in a sentence (from `at`) that presents the quotation before it: "That was the message
 * from Lind", "Those were the words of Lind", "“…,” came the reply from Lind", "So said Lind". Undefined otherwise.
 */
function presentingSentence(view: SentenceWork, quoteNouns: ReadonlySet<string>, at = 0): number | undefined {
  let k = at
  if (k === 0) {
    if (!PRESENTING_OPENERS.has(view.lower[0] ?? '')) return undefined
    // "So said Lind": the source right after the verb.
    if (view.lower[0] === 'so') return view.tokens[1]?.lemma === 'say' ? 2 : undefined
    k = 1
  }
  if (!BE_FORMS.has(view.lower[k] ?? '') && !COME_FORMS.has(view.lower[k] ?? '')) return undefined
  k++
  if (POSSESSIVE_ARTICLES.has(view.lower[k] ?? '')) k++
  if (view.tokens[k]?.pos === 'ADJ') k++
  if (!quoteNouns.has(view.lower[k] ?? '')) return undefined
  k++
  return view.lower[k] === 'from' || view.lower[k] === 'of' ? k + 1 : undefined
}

/** The source a sentence names right after a quotation's closing mark and a comma ("“…,” came the reply from Lind"). */
function sourcePresentedAfter(work: SentenceWork, closeIndex: number, regionIndex: number, quoteNouns: ReadonlySet<string>, isSpeaker: (span: Span) => boolean): SpeakerDraft | undefined {
  let i = closeIndex
  while (i < work.tokens.length && work.regionOf[i] === regionIndex) i++
  while (i < work.tokens.length && work.lower[i] === ',') i++
  if (i === 0 || i >= work.tokens.length) return undefined
  const at = presentingSentence(work, quoteNouns, i)
  return at === undefined ? undefined : sourceAfter(work, at, isSpeaker)
}

/** Articles and possessives before a quotation noun ("the message", "her reply"). */
const POSSESSIVE_ARTICLES = new Set(['the', 'a', 'his', 'her', 'their', 'its'])

/** The speaker phrase starting at `at`, when it names a person or an organization. */
function sourceAfter(view: SentenceWork, at: number, isSpeaker: (span: Span) => boolean): SpeakerDraft | undefined {
  const phrase = nounPhraseStartingAt(view, at)
  if (phrase === undefined || isQuoted(view, phrase)) return undefined
  const span = tokenSpan(view, phrase)
  return isSpeaker(span) ? { ...span, reason: 'source named after the quotation' } : undefined
}

/**
 * The tagger ends a sentence at `?”` or `!”`, so "“Ready?” he asked." arrives as two sentences: when a
 * quotation closes its sentence, the frame may open the next one in the same paragraph.
 */
function findFrameInNextSentence(works: readonly SentenceWork[], workIndex: number, regionIndex: number): Frame | undefined {
  const current = works[workIndex]
  const next = works[workIndex + 1]
  if (current === undefined || next === undefined || next.paragraphIndex !== current.paragraphIndex) return undefined
  const last = current.regionOf[current.regionOf.length - 1]
  const penultimate = current.regionOf[current.regionOf.length - 2]
  if (last !== regionIndex && penultimate !== regionIndex) return undefined
  if (next.regionOf[0] !== -1) return undefined
  const frame = findFrameCue(next, 0, regionIndex)
  if (frame === undefined) return undefined
  // "The deal was announced.": a passive verb frames nothing said before it.
  for (let k = frame.cue.first - 1; k >= 0 && k >= frame.cue.first - 3; k--) {
    if (BE_FORMS.has(next.lower[k] ?? '')) return undefined
    if (next.tokens[k]?.pos !== 'ADV' && next.tokens[k]?.pos !== 'AUX') break
  }
  // Only a listed cue, or a verb after a lower-case start ("he barked"), frames across a sentence break.
  const isListed = next.cues.includes(frame.cue)
  const startsLower = /^\p{Ll}/u.test(next.lower[0] === undefined ? '' : matchFirst(next))
  // "“Right?” Trump went on, as if …", "“Why?” Hannity pressed.": after a question or exclamation, an
  // unlisted verb with nothing but punctuation after it (and its particle) closes the frame too.
  const closing = last === regionIndex ? current.tokens.length - 1 : current.tokens.length - 2
  const isAfterQuestion = current.lower[closing - 1] === '?' || current.lower[closing - 1] === '!'
  const isBareVerb = next.tokens[frame.cue.last + 1]?.pos === 'PUNCT' || (PARTICLES.has(next.lower[frame.cue.last + 1] ?? '') && next.tokens[frame.cue.last + 2]?.pos === 'PUNCT')
  if (!isListed && !startsLower && !(isAfterQuestion && isBareVerb)) return undefined
  // "He said the talks failed." after a quotation is a new statement, not the quotation's frame (also past a
  // time adjunct: "Lind warned Saturday that …").
  const after = skipAdjuncts(next, frame.cue.last + 1)
  const clause = nounPhraseStartingAt(next, after)
  const verbAfter = clause === undefined ? undefined : next.tokens[clause.last + 1]?.pos
  const startsClause = next.lower[after] === 'that' || verbAfter === 'VERB' || verbAfter === 'AUX'
  // "Cross called the election “…”": a cue with its subject before it and an object after it is the
  // writer's next statement (after a cue that opens the sentence the phrase is its inverted subject; the
  // one addressed may follow "asked", "told").
  const isAddressed = next.addresseeVerbs.has(next.tokens[frame.cue.first]?.lemma.toLowerCase() ?? '')
  if (clause !== undefined && frame.cue.first > 0 && !isAddressed) return undefined
  // "Mr. Varga asked her to call Dorn.": the one addressed and an act asked of them are the writer's next statement.
  // (The cue may hold the one addressed: "asked her" + "to call".)
  const toAt = next.lower[after] === 'to' ? after : clause !== undefined ? clause.last + 1 : -1
  if (isAddressed && toAt > 0 && next.lower[toAt] === 'to' && next.tokens[toAt + 1]?.pos === 'VERB') return undefined
  // "Asked whether the feud mattered, Lind said …": an opening participle and its question frame the next clause.
  if (frame.cue.first === 0 && QUESTION_COMPLEMENTS.has(next.lower[after] ?? '')) return undefined
  // "Lind said: “…”" introduces the next quotation rather than closing the previous one.
  const introducesNext = next.lower[after] === ':' || (next.lower[after] === ',' && next.regionOf[after + 1] !== -1)
  return startsClause || introducesNext ? undefined : frame
}

/** Words that open what a sentence-opening "Asked" asks about ("Asked whether …, Lind said"), not a frame's speaker. */
const QUESTION_COMPLEMENTS = new Set(['whether', 'if', 'about', 'why', 'how', 'what', 'when', 'where', 'who', 'to'])

/** Verb particles that may end an unlisted speech verb ("shot back", "spoke up"). */
const PARTICLES = new Set(['back', 'up', 'out', 'in', 'on', 'off'])

/** The surface of a sentence's first token, with its case. */
function matchFirst(work: SentenceWork): string {
  const t = work.tokens[0]
  return t === undefined ? '' : work.surface(t)
}

/** A cue right before an opening mark: `Varga said: "`, `Varga told reporters, "`, `Varga said "`. */
function findLeadCue(work: SentenceWork, openIndex: number): Frame | undefined {
  let i = openIndex - 1
  let punctuated = false
  while (i >= 0 && (work.lower[i] === ',' || work.lower[i] === ':')) {
    punctuated = true
    i--
  }
  // "Lind fired back forcefully:", "Varga said simply,": a manner adverb may follow the cue.
  if (punctuated && work.tokens[i]?.pos === 'ADV' && (work.lower[i] ?? '').endsWith('ly') && work.regionOf[i] === -1) i--
  // "Lind said, and I quote, “…”": the writer's aside stands between the cue and the quotation.
  if (punctuated && work.lower[i] === 'quote' && work.lower[i - 1] === 'i') {
    let k = i - 2
    if (work.lower[k] === 'and') k--
    if (work.lower[k] === ',') k--
    if (work.cueAtLast.has(k)) i = k
  }
  // "saying at one point, “…”", "said in a statement: “…”": a short prepositional adjunct may follow the cue.
  // (Only a cue that frames quotations: "dismissed the story about the emails, “…”" is no frame.)
  if (punctuated && !work.cueAtLast.has(i)) {
    const adjunctCue = cueBeforeAdjunct(work, i)
    if (adjunctCue !== undefined && work.cueAtLast.get(adjunctCue)?.frames.includes('quote') === true) i = adjunctCue
  }
  const atLast = work.cueAtLast.get(i)
  let cue = atLast !== undefined && atLast.frames.includes('quote') ? atLast : undefined
  if (cue === undefined && punctuated) {
    // "Lind shot back, “...”": an unlisted verb (with its particle) right before the colon or comma.
    const isParticle = work.tokens[i]?.pos === 'ADP' || (work.tokens[i]?.pos === 'ADV' && PARTICLES.has(work.lower[i] ?? ''))
    // The tagger may read the verb before a particle as a noun after a name ("Lind shot/NOUN back:").
    const isVerbBefore = work.tokens[i - 1]?.pos === 'VERB' || (work.tokens[i - 1]?.pos === 'NOUN' && work.tokens[i - 2]?.pos === 'PROPN' && PARTICLES.has(work.lower[i] ?? ''))
    const verbAt = work.tokens[i]?.pos === 'VERB' ? i : isVerbBefore && isParticle ? i - 1 : -1
    // "putting it into the national RNC file/VERB:": a word after an article and its modifiers is a noun.
    if (verbAt >= 0 && work.regionOf[verbAt] === -1 && !endsArticlePhrase(work, verbAt) && !isPredicateAdjective(work, verbAt)) {
      // "He said if the bill was enacted, “…”": an unlisted verb inside a clause that follows a listed cue is not the frame.
      cue = listedCueBeforeClause(work, verbAt) ?? { first: verbAt, last: i, verbLast: i, frames: ['quote'], side: 'either' }
    }
  }
  return cue === undefined ? undefined : { work, cue, isLeadWithPunctuation: punctuated }
}

/**
 * Whether an unlisted "verb" after a form of "be" is an uninflected word, an adjective the tagger misread ("her reply
 * was blunt:", "Varga was very clear:"): the clause's subject then speaks, where a participle ("was asked") is passive.
 */
function isPredicateAdjective(work: SentenceWork, at: number): boolean {
  let k = at - 1
  if (work.tokens[k]?.pos === 'ADV') k--
  return BE_FORMS.has(work.lower[k] ?? '') && work.tokens[at]?.lemma === work.lower[at]
}

/** Words that open a conditional or time clause between a cue and its quotation ("said if …, “…”"). */
const LEAD_CLAUSE_OPENERS = new Set(['if', 'when', 'unless', 'once', 'after', 'before', 'while', 'as', 'because', 'since', 'until', 'although', 'though'])

/** Most tokens of such a clause read back from its verb. */
const MAX_LEAD_CLAUSE = 15

/**
 * The listed quotation cue before a conditional or time clause that holds the unlisted verb at `verbAt`
 * ("He said if the bill was enacted, “…”", "Lind said in the spring, when the story broke, “…”").
 */
function listedCueBeforeClause(work: SentenceWork, verbAt: number): Cue | undefined {
  for (let k = verbAt - 1; k > 0 && verbAt - k <= MAX_LEAD_CLAUSE; k--) {
    const lower = work.lower[k] ?? ''
    if (work.regionOf[k] !== -1 || lower === ';' || lower === ':') return undefined
    if (!LEAD_CLAUSE_OPENERS.has(lower)) continue
    const before = work.lower[k - 1] === ',' ? k - 2 : k - 1
    const at = work.cueAtLast.has(before) ? before : cueBeforeAdjunct(work, before)
    const cue = at === undefined ? undefined : work.cueAtLast.get(at)
    return cue !== undefined && cue.frames.includes('quote') ? cue : undefined
  }
  return undefined
}

/** Regions overlapping a span, found by binary search (regions are in text order and do not overlap). */
function regionsOverlapping(regions: readonly QuoteRegion[], span: Span): QuoteRegion[] {
  let lo = 0
  let hi = regions.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((regions[mid] as QuoteRegion).end <= span.start) lo = mid + 1
    else hi = mid
  }
  const out: QuoteRegion[] = []
  for (let i = lo; i < regions.length && (regions[i] as QuoteRegion).start < span.end; i++) out.push(regions[i] as QuoteRegion)
  return out
}

/** Detects indirect speech in a sentence: cue + that-clause, bare clause, object + to/as, "according to". */
function detectIndirect(doc: Doc, regions: readonly QuoteRegion[], work: SentenceWork, speakers: Map<Cue, SpeakerDraft | null>, drafts: QuoteDraft[]): void {
  for (const cue of work.cues) {
    if (work.usedCues.has(cue)) continue
    const clause = indirectContent(doc, work, cue)
    if (clause === undefined) continue
    const content = beforeOwnQuotation(doc, work, clause, regions, drafts)
    if (content === undefined) continue
    // Quoted material inside the clause: mostly quoted means the partial quote already covers it.
    // A clause that is mostly quoted ("that its leadership “has no strategy”") is the partial quote itself.
    const overlapping = regionsOverlapping(regions, content)
    const quoted = overlapping.filter((q) => q.start >= content.start && q.end <= content.end)
    if (quoted.length > 0 && unquotedWords(doc.text, content, quoted) <= MAX_FRAME_WORDS) continue
    if (quoted.length < overlapping.length) continue
    const speaker = speakerOfCue(work, cue, work.cues, speakers)
    // "Price swings threaten to rock markets": a speech act's own infinitive after a subject that cannot speak is a risk.
    if (work.lower[findFirstStartingAt(work.tokens, content.start)] === 'to' && speaker !== null && !canAct(work, speaker.resolveAs ?? speaker)) continue
    drafts.push({
      ...content,
      kind: quoted.length > 0 ? 'mixed' : 'indirect',
      content,
      cue: cueSpan(work, cue),
      speaker,
      paragraphIndex: work.paragraphIndex,
      ...(speaker === null ? { noSpeakerReason: isUnnamedQuestion(work, cue) ? 'a question put by someone unnamed' : 'no speaker next to the cue' } : {}),
    })
  }
}

/** Words a reported clause is cut before when a quotation with a frame of its own follows them. */
const CLAUSE_BREAKS = new Set([',', ';', ':', '\u2014', '\u2013', '--'])

/**
 * Cuts a reported clause before a full quotation inside it that already has its own frame: in "when asked whether
 * Vell would sue, Lind said, “We will see.”" the question ends at the comma before "Lind said", and in "Asked
 * whether …, Varga shot back: “…”" before "Varga". The cut falls at the last comma, colon, semicolon or dash before
 * that quotation's speaker or cue. Returns `clause` when no such quotation is inside it or no break stands before its
 * frame, and undefined when nothing with a verb is left before the cut.
 */
function beforeOwnQuotation(doc: Doc, work: SentenceWork, clause: Span, regions: readonly QuoteRegion[], drafts: readonly QuoteDraft[]): Span | undefined {
  if (!regionsOverlapping(regions, clause).some((q) => q.start >= clause.start && q.end <= clause.end)) return clause
  let cut = clause.end
  for (const draft of drafts) {
    // Only a frame that introduces the quotation ("he said, “…”"); a frame after it ("“…,” the president will say,
    // according to excerpts") is itself part of what the outer cue reports.
    if (draft.kind !== 'direct' || draft.cue === null || draft.cue.end > draft.start || draft.start < clause.start || draft.end > clause.end) continue
    let frameStart = draft.cue.start
    if (draft.speaker !== null && draft.speaker.start >= clause.start) frameStart = Math.min(frameStart, draft.speaker.start)
    if (frameStart < cut) cut = frameStart
  }
  if (cut === clause.end) return clause
  let last = -1
  for (let i = 0; i < work.tokens.length; i++) {
    const t = work.tokens[i] as Token
    if (t.start < clause.start) continue
    if (t.end > cut) break
    if (CLAUSE_BREAKS.has(work.lower[i] ?? '') && work.regionOf[i] === -1) last = i
  }
  const from = work.tokens.findIndex((t) => t.start >= clause.start)
  // No break between: the frame opens the clause ("fans chanted, “…,” the Tribune reports") and stays in it.
  if (last <= from) return clause
  if (!hasVerb(work, from, last)) return undefined
  return trimRange(work, from, last, doc)
}

/**
 * Whether a cue is a reduced clause putting a question ("when asked whether …", "when asked in May if …"): no one
 * named asks it.
 */
function isUnnamedQuestion(view: SentenceWork, cue: Cue): boolean {
  if (!REDUCED_CLAUSE_OPENERS.has(view.lower[cue.first - 1] ?? '') || cue.first !== cue.verbLast || (view.lower[cue.first] ?? '').endsWith('ing')) return false
  let next = skipAdjuncts(view, cue.last + 1)
  if (view.lower[next] === 'in' && view.monthNames.has(view.lower[next + 1] ?? '')) next += 2
  return QUESTION_WORDS.has(view.lower[next] ?? '')
}


/** A verb in the present tense, as a headline writes its action ("heckles", "slams"), not a passive ("briefed"). */
const PRESENT_TENSE = /[^s]s$/

/** Most tokens before a headline's colon when a name and a topic fill them ("Lind on …:"). */
const MAX_TOPIC_LABEL = 16

/** Most tokens of the name opening a "Name on Topic:" headline label. */
const MAX_TOPIC_SPEAKER = 4

/**
 * The index of "on" after a name of one to four words opening a headline ("Lind on Tarn Talks:", "Sen. Ana Varga On
 * Belmora:"), or -1: the words before it are the speaker, those after it the topic.
 */
function nameBeforeTopic(work: SentenceWork, colon: number): number {
  for (let k = 1; k <= MAX_TOPIC_SPEAKER && k < colon - 1; k++) {
    const token = work.tokens[k - 1] as Token
    if (token.pos !== 'PROPN' && work.surface(token) !== '.') return -1
    if (work.lower[k] === 'on') return k
  }
  return -1
}

/** "Varga: Belmora Must Lift Tariffs": a headline that gives a short speaker, a colon and the statement. */
function detectHeadlineStatement(doc: Doc, regions: readonly QuoteRegion[], work: SentenceWork, drafts: QuoteDraft[], nonSpeakerLabels: ReadonlySet<string>): void {
  const colon = work.lower.indexOf(':')
  // "Lind on Tarn Talks: ‘We Will Not Back Down’": a name, then the topic it speaks on.
  const topicAt = colon > 2 ? nameBeforeTopic(work, colon) : -1
  if (colon < 1 || (colon > 6 && topicAt < 0) || colon > MAX_TOPIC_LABEL || work.regionOf[colon] !== -1) return
  // "Accord on rail link reached: …", "Lind briefed on talks: …": words before the colon with a lower-case verb are
  // a clause, no label; one in the present tense after a name gives that name ("Lind heckles hecklers: …").
  const verbAt = work.tokens.findIndex((t, k) => k > 0 && k < colon && t.pos === 'VERB' && !isCapitalized(work.surface(t)))
  if (verbAt > 0 && !(PRESENT_TENSE.test(work.lower[verbAt] ?? '') && work.tokens.slice(0, verbAt).every((t) => t.pos === 'PROPN'))) return
  const head = work.tokens.slice(0, verbAt > 0 ? verbAt : topicAt < 0 ? colon : topicAt)
  // Taggers often misread a headline's first name as a verb, so the speaker is judged by its shape:
  // short, capitalized, no punctuation, no auxiliary ("Lynch:", "Clinton camp:", "Dr. Ben Carson:").
  if (head.some((t) => t.pos === 'AUX' || (t.pos === 'PUNCT' && work.surface(t) !== '.'))) return
  if (!/^\p{Lu}/u.test(work.surface(head[0] as Token)) || work.cues.some((c) => c.first < colon)) return
  // "Vell talks: Arvenia says it will attend": a "say" whose subject opens the statement after the colon makes the
  // words before the colon a topic, not a speaker ("Lind: Varga thinks …" and "Lind: …, Varga says" keep Lind).
  if (work.cues.some((c) => c.first > colon + 1 && work.tokens[c.first]?.lemma === 'say' && nounPhraseEndingAt(work, c.first - 1)?.first === colon + 1)) return
  const label = work.lower.slice(0, colon).join(' ')
  const surface = doc.text.slice(head[0]?.start ?? 0, head[head.length - 1]?.end ?? 0)
  // Labels that are no speaker ("UPDATE: …", "Analysis: …", "Interview: …") come from the lexicon.
  if (nonSpeakerLabels.has(label) || (surface.length > 3 && surface === surface.toUpperCase())) return
  const content = trimRange(work, colon + 1, work.tokens.length, doc)
  if (content === undefined || work.tokens.length - colon < 4) return
  const quoted = regionsOverlapping(regions, content).filter((q) => q.start >= content.start && q.end <= content.end)
  const reason = verbAt > 0 ? 'subject of the headline clause before a colon' : topicAt < 0 ? 'headline speaker before a colon' : 'headline speaker named before the topic and a colon'
  const speaker: SpeakerDraft = { ...tokenSpan(work, { first: 0, last: head.length - 1 }), reason }
  const isMostlyQuoted = quoted.length > 0 && unquotedWords(doc.text, content, quoted) <= MAX_FRAME_WORDS
  // Only a quotation after a topic label is the named one's words ("Lind on Tarn: Talks resume" is a news line).
  if (topicAt >= 0 && !isMostlyQuoted) return
  if (isMostlyQuoted) {
    // "Campbell: E-mail row ‘silly fuss’": the statement is mostly its quotation, whose speaker is the headline's
    // when the label is a name ("Here’s the deal: “…”" presents, it does not speak).
    if (!head.every((t) => /^\p{Lu}/u.test(work.surface(t)) || work.surface(t) === '.')) return
    drafts.forEach((draft, d) => {
      if (draft.speaker === null && draft.cue === null && quoted.some((q) => q.start === draft.start)) {
        const { noSpeakerReason: _reason, ...rest } = draft
        drafts[d] = { ...rest, cue: tokenSpan(work, { first: colon, last: colon }), speaker }
      }
    })
    return
  }
  drafts.push({ ...content, kind: quoted.length > 0 ? 'mixed' : 'indirect', content, cue: tokenSpan(work, { first: colon, last: colon }), speaker, paragraphIndex: work.paragraphIndex })
}

/**
 * The source after a phrase whose speaker follows it ("according to Varga"). After "to" the tagger often reads a noun
 * as an infinitive ("according to polls/VERB", "to census/VERB data"): such a word and the nouns after it are the source.
 */
function sourceAfterPhrase(view: SentenceWork, at: number): TokenRange | undefined {
  const np = nounPhraseStartingAt(view, at)
  if (np !== undefined || view.lower[at - 1] !== 'to' || view.tokens[at]?.pos !== 'VERB' || /(?:ing|ed)$/.test(view.lower[at] ?? '')) return np
  let last = at
  while (view.tokens[last + 1]?.pos === 'NOUN' || view.tokens[last + 1]?.pos === 'PROPN') last++
  return { first: at, last }
}

/** The reported clause a cue introduces, if its frame is met. */
function indirectContent(doc: Doc, work: SentenceWork, cue: Cue): Span | undefined {
  const next = cue.last + 1
  const n = work.tokens.length
  const isPhraseAfter = cue.side === 'after'
  if (isPhraseAfter) {
    const np = sourceAfterPhrase(work, next)
    if (np === undefined) return undefined
    if (cue.first === 0 || (cue.first <= 2 && work.tokens.slice(0, cue.first).every((t) => t.pos !== 'VERB' && t.pos !== 'NOUN' && t.pos !== 'PROPN'))) {
      // "According to Varga, [apposition,] content." A long source ("early results of exit polls conducted
      // for …") runs to the first comma.
      let i = np.last + 1
      while (i < Math.min(n, next + WINDOW) && work.lower[i] !== ',' && work.regionOf[i] === -1 && !(work.tokens[i]?.pos === 'PUNCT' && work.lower[i] !== '-')) i++
      if (work.lower[i] !== ',') return undefined
      for (let guard = 0; guard < 4; guard++) {
        let comma = -1
        for (let k = i + 1; k < Math.min(work.tokens.length, i + WINDOW); k++) {
          if (work.lower[k] === ',') {
            comma = k
            break
          }
        }
        if (comma < 0 || hasVerb(work, i + 1, comma)) break
        i = comma
      }
      return trimRange(work, i + 1, clauseEnd(work, i + 1, work.cues), doc)
    }
    // "Content, according to Varga." (the comma may be missing: "Lind leads by 27 delegates according to a count").
    const before = work.lower[cue.first - 1] === ',' ? cue.first - 1 : cue.first
    if (before === cue.first && (cue.first < 3 || work.regionOf[cue.first - 1] !== -1 || !hasVerb(work, 0, cue.first))) return undefined
    return trimRange(work, Math.max(datelineEnd(work), before - MAX_CLAUSE_TOKENS), before, doc)
  }
  const frames = cue.frames
  const start = skipAdjuncts(work, next)
  // "As one envoy put it, the talks are dead" / "The talks are dead, as one envoy put it": after "as" and its speaker,
  // the words are the clause on the other side of the frame's comma.
  if (work.lower[cue.verbLast] === 'it') {
    const as = (nounPhraseEndingAt(work, cue.first - 1)?.first ?? 0) - 1
    if (as >= 0 && work.lower[as] === 'as') {
      if (work.lower[next] === ',' && work.regionOf[next] === -1 && startsClause(work, next + 1)) return trimRange(work, next + 1, clauseEnd(work, next + 1, work.cues), doc)
      const comma = as - 1
      const endsSentence = next >= n || work.tokens[next]?.pos === 'PUNCT'
      if (comma > 0 && work.lower[comma] === ',' && endsSentence && !hasRegionIn(work, 0, comma) && hasVerb(work, datelineEnd(work), comma)) return trimRange(work, datelineEnd(work), comma, doc)
    }
  }
  if (frames.includes('that') && work.lower[start] === 'that') return trimRange(work, start, openingClauseEnd(work, cue, start), doc)
  // "said in a televised address to the nation that …", "wrote in a letter to the council that …", "said on Monday
  // after meeting Varga that …": prepositional phrases between the cue and "that".
  const thatAfterPhrases = frames.includes('that') ? Math.max(thatAfterPrepositions(work, next), thatAfterPrepositions(work, start)) : -1
  if (thatAfterPhrases > 0) return trimRange(work, thatAfterPhrases, openingClauseEnd(work, cue, thatAfterPhrases), doc)
  if (frames.includes('that') && work.addresseeVerbs.has(work.tokens[cue.first]?.lemma.toLowerCase() ?? '')) {
    // "told the Vell Post on Friday that …", "assured Lind that …", "told the Herald in an interview published on
    // Sunday that …": the one addressed stands before "that".
    const addressed = nounPhraseStartingAt(work, start)
    const nameEnd = addressed === undefined ? -1 : afterMisreadName(work, addressed.last + 1)
    const afterAddressed = nameEnd < 0 ? -1 : skipAdjuncts(work, nameEnd)
    const thatAfterPhrases = afterAddressed > 0 && work.lower[afterAddressed] !== 'that' ? Math.max(thatAfterPrepositions(work, nameEnd, true), thatAfterPrepositions(work, afterAddressed)) : -1
    const that = thatAfterPhrases > 0 ? thatAfterPhrases : afterAddressed
    if (that > 0 && work.lower[that] === 'that' && work.regionOf[that] === -1) return trimRange(work, that, openingClauseEnd(work, cue, that), doc)
    // "told reporters he would resign", "told the Vell Post he thinks …": a bare clause after the one addressed.
    const clauseAt = cue.last > cue.verbLast ? start : that
    if (clauseAt > 0 && work.regionOf[clauseAt] === -1 && startsClause(work, clauseAt)) return trimRange(work, clauseAt, openingClauseEnd(work, cue, clauseAt), doc)
  }
  if ((frames.includes('that') || frames.includes('clause')) && work.lower[start] === ',' && work.regionOf[start] === -1 && start === next) {
    // "said, however, that …", "says, win or lose in Vell, he is staying": an aside between commas.
    let close = -1
    for (let k = start + 1; k < Math.min(n, start + 10); k++) {
      if (work.regionOf[k] !== -1 || work.tokens[k]?.pos === 'AUX' || (work.tokens[k]?.pos === 'PUNCT' && work.lower[k] !== ',')) break
      if (work.lower[k] === ',') {
        close = k
        break
      }
    }
    const after = close + 1
    if (close > start + 1 && frames.includes('that') && work.lower[after] === 'that') return trimRange(work, after, openingClauseEnd(work, cue, after), doc)
    if (close > start + 1 && frames.includes('clause') && startsClause(work, after)) return trimRange(work, after, openingClauseEnd(work, cue, after), doc)
  }
  if (frames.includes('noun-that')) {
    // "expressed deep concern that …", "rejected claims that …": the object is a noun whose that-clause is reported.
    let noun = start
    while (noun < start + MAX_NOUN_MODIFIERS && (NOUN_MODIFIER_TAGS.has(work.tokens[noun]?.pos ?? '') || isPossessiveWord(work.lower[noun]))) noun++
    const that = noun + 1
    if (isComplementNoun(work, noun) && work.lower[that] === 'that' && work.regionOf[that] === -1 && startsClause(work, that + 1)) return trimRange(work, that, openingClauseEnd(work, cue, that), doc)
  }
  // "asked whether the border would reopen", "wondered why Belmora waited": an indirect question.
  if (frames.includes('whether') && QUESTION_WORDS.has(work.lower[start] ?? '')) return trimRange(work, start, openingClauseEnd(work, cue, start), doc)
  if (frames.includes('whether') && work.addresseeVerbs.has(work.tokens[cue.first]?.lemma.toLowerCase() ?? '')) {
    // "asked Varga whether …", "asked the students if they …": the one addressed stands before the question.
    const addressed = nounPhraseStartingAt(work, start)
    const question = addressed === undefined ? -1 : skipAdjuncts(work, addressed.last + 1)
    if (question > 0 && QUESTION_WORDS.has(work.lower[question] ?? '') && work.regionOf[question] === -1 && hasVerb(work, question + 1, clauseEnd(work, question, work.cues))) {
      return trimRange(work, question, openingClauseEnd(work, cue, question), doc)
    }
  }
  // A day or month right after a cue ending in "on" makes "on" a date's preposition, not the cue's ("called on Thursday
  // for changes to …").
  const isDateAfterOn = work.lower[cue.last] === 'on' && (DAY_NAMES.has(work.lower[next] ?? '') || work.monthNames.has(work.lower[next] ?? ''))
  if (frames.includes('object-to') && !isDateAfterOn) {
    // "expects the visit of Varga to Vell to be friendly": an object, then "to" and a verb, with no verb or comma between.
    const np = nounPhraseStartingAt(work, next)
    for (let i = next + 1; np !== undefined && i < Math.min(n - 1, next + 16); i++) {
      const pos = work.tokens[i]?.pos
      if (pos === 'VERB' || pos === 'AUX' || pos === 'PUNCT') break
      const after = work.tokens[i + 1]?.pos
      if (work.lower[i] === 'to' && (after === 'VERB' || after === 'AUX')) return trimRange(work, next, objectClauseEnd(work, i + 1, clauseEnd(work, next, work.cues)), doc)
    }
  }
  if (frames.includes('to') && work.lower[start] === 'to' && work.regionOf[start] === -1 && isVerbForm(work.tokens[start + 1])) {
    // "vowed to keep the border open", "threatened to close the port": the speech act's own infinitive.
    return trimRange(work, start, objectClauseEnd(work, start + 1, clauseEnd(work, start, work.cues)), doc)
  }
  if (frames.includes('object-of') && !isDateAfterOn) {
    // "accused Belmora of violating the truce": the one accused and what of, with no verb or punctuation between.
    const np = nounPhraseStartingAt(work, next)
    const of = np === undefined ? -1 : np.last + 1
    if (of > 0 && work.lower[of] === 'of' && work.regionOf[of] === -1 && of + 1 < n) return trimRange(work, next, objectClauseEnd(work, of + 1, clauseEnd(work, next, work.cues)), doc)
  }
  if (frames.includes('object-as') && !isDateAfterOn) {
    // "sees Belmora as a partner", "views the visit of Varga as a mistake": an object, then "as" and what it is taken
    // for, with no verb or punctuation between; quoted words there are a partial quotation of their own.
    const np = nounPhraseStartingAt(work, next)
    for (let i = next + 1; np !== undefined && i < Math.min(n - 1, next + 16); i++) {
      const pos = work.tokens[i]?.pos
      if (pos === 'VERB' || pos === 'AUX' || pos === 'PUNCT' || work.regionOf[i] !== -1) break
      if (work.lower[i] !== 'as' || i <= np.first) continue
      // "as soon as", "as well", "as if": no complement.
      if (AS_PHRASE_WORDS.has(work.lower[i + 1] ?? '')) break
      // The complement is a phrase: it ends at the first comma, semicolon or dash ("…, officials said").
      let end = clauseEnd(work, next, work.cues)
      for (let k = i + 1; k < end; k++) {
        if (work.regionOf[k] === -1 && (work.lower[k] === ',' || work.lower[k] === ';' || work.lower[k] === '\u2014' || work.lower[k] === '\u2013' || work.lower[k] === '--')) {
          end = k
          break
        }
      }
      if (!hasRegionIn(work, i + 1, end) && hasNominalAfter(work, i + 1, end)) return trimRange(work, next, end, doc)
      break
    }
  }
  // "Arvenia will not yield, VNA quoted Dorn as saying.", "…, Dorn was quoted as saying by VNA.": the clause before the
  // frame's comma is what the one quoted said.
  const quotedAsComma = commaBeforeQuotedAs(work, cue)
  if (quotedAsComma > 0 && hasVerb(work, datelineEnd(work), quotedAsComma)) return trimRange(work, Math.max(datelineEnd(work), quotedAsComma - MAX_CLAUSE_TOKENS), quotedAsComma, doc)
  if (frames.includes('clause') || frames.includes('quote')) {
    // Cue at the end: "Arvenia is ready, Varga said." / "..., said Varga."
    const left = skipLeftModifiers(work, cue.first - 1)
    const nearest = left >= 0 && work.lower[left] !== ',' ? nounPhraseEndingAt(work, left) : undefined
    // "…, a diplomat in Vell said": the subject may end in prepositional phrases.
    const subject = nearest === undefined ? undefined : (subjectBeforePrepositions(work, nearest) ?? nearest)
    const commaAt = subject !== undefined ? subject.first - 1 : work.lower[cue.first - 1] === ',' ? cue.first - 1 : -1
    // "…, the official said, speaking on condition of anonymity": a participle phrase after a comma is no clause of
    // the cue's own.
    const participleComma = participleCommaAfter(work, cue.last + 1)
    const verbAfter = hasVerb(work, cue.last + 1, participleComma >= 0 ? participleComma : Math.min(n, cue.last + 1 + MAX_CLAUSE_TOKENS))
    // A dateline ("VELL, May 5 (Reuters) -") opens the sentence but is no part of what was said.
    const from = Math.max(datelineEnd(work), commaAt - MAX_CLAUSE_TOKENS)
    if (commaAt > 0 && work.lower[commaAt] === ',' && !verbAfter && hasVerb(work, from, commaAt) && !(subject === undefined && isParticipleAfterReport(work, cue))) {
      return trimRange(work, from, commaAt, doc)
    }
    // "This campaign, he says, is different": a cue set off by commas inside the clause it reports, whose
    // verb comes after it; the content runs across the cue.
    // "The deal, Lind told reporters in Vell, was weak": a prepositional phrase may follow a cue with its own subject
    // before its comma ("Lind, asked about the deaths in Vell, had said" is a participle, no frame).
    const afterAdjuncts = skipAdjuncts(work, cue.last + 1)
    const resume = subject === undefined ? afterAdjuncts : commaAfterPrepositions(work, afterAdjuncts)
    // The words after the cue are a predicate whose subject stands before the cue ("…, she said, is not so
    // simple"), or the part before the cue has no verb of its own.
    let predicate = resume + 1
    while (work.tokens[predicate]?.pos === 'ADV') predicate++
    const predicatePos = work.tokens[predicate]?.pos
    // (A cue there is a frame of its own: "in Vell, a swing state/VERB, said he …".)
    const isPredicateAfter = (predicatePos === 'AUX' || (predicatePos === 'VERB' && !(work.lower[predicate] ?? '').endsWith('ing'))) && !work.cueAtFirst.has(predicate)
    if (commaAt > 0 && work.lower[commaAt] === ',' && work.lower[resume] === ',' && work.regionOf[resume] === -1 && (isPredicateAfter || !hasVerb(work, from, commaAt)) && verbAfter) {
      const end = clauseEnd(work, resume + 1, work.cues)
      if (hasVerb(work, resume + 1, end)) return trimRange(work, from, end, doc)
    }
  }
  const opener = work.lower[start] ?? ''
  const needsComma = COMMA_CLOSED_OPENERS.has(opener)
  if (frames.includes('clause') && (needsComma || CONDITIONAL_OPENERS.has(opener)) && work.regionOf[start] === -1) {
    // "said if elected he would …": a conditional clause, then the main clause's subject and verb.
    let sawComma = false
    for (let k = start + 2; k < Math.min(n, start + 25); k++) {
      const pos = work.tokens[k]?.pos
      if (work.regionOf[k] !== -1 || (pos === 'PUNCT' && work.lower[k] !== ',')) break
      if (work.lower[k] === ',') sawComma = true
      if ((pos === 'PRON' || pos === 'PROPN') && (sawComma || !needsComma) && startsClause(work, k)) return trimRange(work, start, openingClauseEnd(work, cue, start), doc)
    }
  }
  if (frames.includes('clause') && start < n && startsClause(work, start)) {
    // "Varga said Arvenia is ready", "Varga said Tuesday the talks had failed".
    return trimRange(work, start, openingClauseEnd(work, cue, start), doc)
  }
  return undefined
}

/** The index after a name's words that the tagger split off as a verb or a noun ("the Vell Herald/VERB newspaper"). */
function afterMisreadName(work: SentenceWork, from: number): number {
  let k = from
  while (k < from + 3 && work.regionOf[k] === -1 && ((work.tokens[k]?.pos === 'VERB' && isCapitalized(work.surface(work.tokens[k] as Token))) || ((work.tokens[k]?.pos === 'NOUN' || work.tokens[k]?.pos === 'PROPN') && k > from))) k++
  return k
}

/** Prepositions of a place or a time after a cue ("told reporters in Vell,"; not "added to its troubles,"). */
const PLACE_TIME_PREPOSITIONS = new Set(['in', 'at', 'on', 'during', 'after', 'before', 'outside', 'near'])

/** The comma closing a run of prepositional phrases at `from` ("in Vell," after a cue), else `from`. */
function commaAfterPrepositions(work: SentenceWork, from: number): number {
  if (work.tokens[from]?.pos !== 'ADP' || !PLACE_TIME_PREPOSITIONS.has(work.lower[from] ?? '')) return from
  for (let k = from + 1; k < Math.min(work.tokens.length, from + MAX_PHRASES_BEFORE_THAT); k++) {
    if (work.regionOf[k] !== -1) return from
    if (work.lower[k] === ',') return k > from + 1 ? k : from
    if (!PHRASE_TAGS.has(work.tokens[k]?.pos ?? '') && !isPossessiveWord(work.lower[k])) return from
  }
  return from
}

/** Most tokens of the prepositional phrases read between a cue and its "that". */
const MAX_PHRASES_BEFORE_THAT = 14

/** The name after a determiner and a noun that takes a that-clause ("an allegation Tehran", "a charge Vell"), or undefined. */
function nameAfterComplementNoun(view: SentenceWork, np: TokenRange): TokenRange | undefined {
  const noun = np.first + 1
  if (view.tokens[np.first]?.pos !== 'DET' || noun >= np.last || !isComplementNoun(view, noun)) return undefined
  const name = view.tokens[noun + 1]
  return name?.pos === 'PROPN' && isCapitalized(view.surface(name)) ? { first: noun + 1, last: np.last } : undefined
}

/** Most words between a noun-that cue and its noun ("expressed its deep concern that"). */
const MAX_NOUN_MODIFIERS = 3

/** Tags of the words that may stand between a noun-that cue and its noun. */
const NOUN_MODIFIER_TAGS = new Set(['DET', 'ADJ', 'ADV'])

/** Whether the token at `at` is a common noun that takes a that-clause of its own ("the belief", not "Vell News"). */
function isComplementNoun(work: SentenceWork, at: number): boolean {
  const token = work.tokens[at]
  return token !== undefined && work.complementNouns.has(work.lower[at] ?? '') && !isCapitalized(work.surface(token))
}

/** Words tagged as prepositions that after a cue open no adjunct: a particle ("find out that"), "of" after a noun misread as a verb ("revived hopes/VERB of his foes that"). */
const NOT_ADJUNCT_OPENERS = new Set(['that', 'of', 'out', 'up', 'off', 'down'])

/** Tags of the words a run of prepositional phrases is made of ("in a televised address to the nation"). */
const PHRASE_TAGS = new Set(['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'])

/**
 * The index of a complementizer "that" after prepositional phrases starting at `from` ("in a letter to the council
 * that", "on Monday after meeting Varga that", "in an interview published on Sunday that"), or -1. The run must open
 * with a preposition (with `continuesPhrase` also "of", continuing the one addressed: "told members of the council
 * that") and hold only phrase words, possessives, and participles after a noun or a preposition; the "that" must open
 * a clause (not "a report that was published") and follow no noun that takes a that-clause of its own ("the belief").
 */
function thatAfterPrepositions(work: SentenceWork, from: number, continuesPhrase = false): number {
  if (work.tokens[from]?.pos !== 'ADP' || (NOT_ADJUNCT_OPENERS.has(work.lower[from] ?? '') && !(continuesPhrase && work.lower[from] === 'of'))) return -1
  for (let k = from + 1; k < Math.min(work.tokens.length, from + MAX_PHRASES_BEFORE_THAT); k++) {
    if (work.regionOf[k] !== -1) return -1
    const lower = work.lower[k] ?? ''
    // "added to the belief that …": the clause belongs to the noun before "that".
    if (lower === 'that') return startsClause(work, k + 1) && !isComplementNoun(work, k - 1) ? k : -1
    const token = work.tokens[k] as Token
    const previous = work.tokens[k - 1]?.pos
    // "after meeting Varga", "an interview published on Sunday", "a televised address": participles in the phrase.
    const isParticiple = token.pos === 'VERB' && /(?:ing|ed)$/.test(lower) && (previous === 'ADP' || previous === 'NOUN' || previous === 'PROPN' || previous === 'DET')
    // "a televised address/VERB": a noun of the occasion the tagger read as a verb.
    const isOccasion = token.pos === 'VERB' && work.occasionNouns.has(lower) && (previous === 'DET' || previous === 'ADJ' || previous === 'VERB')
    if (!PHRASE_TAGS.has(token.pos) && !isParticiple && !isOccasion && !isPossessiveWord(lower) && !isInnerHyphen(work, k)) return -1
  }
  return -1
}

/** The index of a comma right after a cue's adjuncts that a participle follows ("said, speaking on …"), or -1. */
function participleCommaAfter(work: SentenceWork, from: number): number {
  const after = skipAdjuncts(work, from)
  // skipAdjuncts steps over a comma closing an adjunct ("said Monday, speaking …").
  const comma = after > from && work.lower[after - 1] === ',' ? after - 1 : after
  const next = work.tokens[comma + 1]
  return work.lower[comma] === ',' && work.regionOf[comma] === -1 && next?.pos === 'VERB' && (work.lower[comma + 1] ?? '').endsWith('ing') ? comma : -1
}

/** Most tokens between the comma before a "quoted … as saying" frame and its participle. */
const MAX_QUOTED_AS_FRAME = 12

/**
 * The comma before a "quoted … as saying" frame that ends its sentence ("…, VNA quoted Dorn as saying.", "…, Dorn was
 * quoted as saying by VNA."), or -1.
 */
function commaBeforeQuotedAs(work: SentenceWork, cue: Cue): number {
  if (work.lower[cue.first - 1] !== 'as' || !(work.lower[cue.first] ?? '').endsWith('ing')) return -1
  let after = cue.last + 1
  if (work.lower[after] === 'by') after = (nounPhraseStartingAt(work, after + 1)?.last ?? work.tokens.length) + 1
  if (after < work.tokens.length && work.tokens[after]?.pos !== 'PUNCT') return -1
  let sawQuoted = false
  for (let k = cue.first - 2; k >= 0 && cue.first - k <= MAX_QUOTED_AS_FRAME; k--) {
    if (work.regionOf[k] !== -1) return -1
    if (work.lower[k] === ',') return sawQuoted ? k : -1
    sawQuoted ||= QUOTE_FORMS.has(work.lower[k] ?? '')
  }
  return -1
}

/** Words that open a conditional clause a cue may report before its main clause ("said if elected he would …"). */
const CONDITIONAL_OPENERS = new Set(['if', 'unless', 'once', 'despite', 'although', 'though'])
/** Words that open a time or reason clause a cue may report only when a comma closes it ("said when it ends, Vell would …"). */
const COMMA_CLOSED_OPENERS = new Set(['when', 'after', 'before', 'because', 'while'])

/** Words that open a subordinate clause before the main one ("When Lind suggested that …, Varga said"). */
const SUBORDINATORS = new Set(['when', 'if', 'as', 'after', 'before', 'while', 'although', 'though', 'because', 'since', 'once', 'until', 'unless', 'whether'])

/**
 * Where the clause a cue reports ends. A cue in a clause that opens the sentence ("Asked which county was
 * his favorite, he demurred", "When Lind suggested that Vell would sue, Varga fired back") reports only up
 * to the comma before the main clause; otherwise up to the sentence end or the comma before another cue.
 */
function openingClauseEnd(work: SentenceWork, cue: Cue, start: number): number {
  const end = coordinatedMainVerb(work, cue, start, clauseEnd(work, start, work.cues))
  // The sentence opens with a subordinator or a participle ("Asked if he thought …, Lind responded").
  const opener = work.lower[0] ?? ''
  const opensWithClause = SUBORDINATORS.has(opener) || (work.tokens[0]?.pos === 'VERB' && /(?:ed|ing)$/.test(opener))
  const opensSentence = cue.first === 0 || (opensWithClause && !work.lower.slice(0, cue.first).includes(','))
  if (!opensSentence) return end
  for (let k = start + 1; k < end; k++) {
    if (work.lower[k] === ',' && work.regionOf[k] === -1 && startsClause(work, k + 1)) return k
  }
  return end
}

/** Auxiliaries heading a reported clause that a simple past or present verb after "and" cannot continue. */
const CLAUSE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'should', 'might', 'may', 'must'])

/**
 * Where a reported clause ends before a verb coordinated with its cue: "said Vell was hiding its aims and called on
 * Lind to act" reports up to "aims"; "called" has no subject of its own and the cue's tense, while the reported
 * clause is headed by an auxiliary it cannot share. A clause headed by a plain verb ("said the army shelled the town
 * and killed ten") keeps the coordinated verb. Returns `end` when there is none.
 */
function coordinatedMainVerb(work: SentenceWork, cue: Cue, start: number, end: number): number {
  const cueWord = work.lower[cue.verbLast] ?? ''
  const cueLemma = work.tokens[cue.verbLast]?.lemma.toLowerCase() ?? ''
  if (cueWord === cueLemma || cueWord.endsWith('ing')) return end
  const isPresent = cueWord.endsWith('s')
  let head = -1
  for (let k = start + 1; k < end; k++) {
    if (work.regionOf[k] !== -1) return end
    const t = work.tokens[k] as Token
    if (head < 0) {
      if (t.pos === 'VERB' && !(work.lower[k] ?? '').endsWith('ing') && work.lower[k - 1] !== 'to') return end
      if (t.pos === 'AUX') {
        if (!CLAUSE_AUXILIARIES.has(work.lower[k] ?? '')) return end
        head = k
      }
      continue
    }
    if (work.lower[k] !== 'and') continue
    let v = k + 1
    while (work.tokens[v]?.pos === 'ADV' && v < end) v++
    const verb = work.tokens[v]
    const word = work.lower[v] ?? ''
    if (verb?.pos !== 'VERB' || work.regionOf[v] !== -1 || !reportsOwnClause(work, work.cueAtFirst.get(v)) || word === verb.lemma.toLowerCase() || word.endsWith('ing') || word.endsWith('s') !== isPresent) continue
    return work.lower[k - 1] === ',' ? k - 1 : k
  }
  return end
}

/**
 * Whether a cue's own reported clause follows it ("and said the talks failed", "and called on Lind to act"), so
 * cutting the clause before it loses nothing: the words go to the cue's own quote.
 */
function reportsOwnClause(work: SentenceWork, cue: Cue | undefined): boolean {
  if (cue === undefined) return false
  const at = skipAdjuncts(work, cue.last + 1)
  if (cue.frames.includes('that') && work.lower[at] === 'that') return true
  if (cue.frames.includes('clause') && startsClause(work, at)) return true
  if (!cue.frames.includes('object-to')) return false
  const np = nounPhraseStartingAt(work, cue.last + 1)
  const to = np === undefined ? -1 : np.last + 1
  return to > 0 && work.lower[to] === 'to' && work.tokens[to + 1]?.pos === 'VERB'
}

/** Coordinators that, after a comma, end an infinitive complement ("urged Lind to act, but vowed to wait"). */
const COMPLEMENT_ENDERS = new Set(['and', 'but'])

/**
 * Where an object and infinitive complement ends ("called on Vell to act, but vowed to wait" → "Vell to act"): at a
 * comma before `and`/`but` that opens the speaker's next act (an inflected verb with no subject) or a new clause
 * ("…, but Belmora refused"); a list of infinitives ("to act, wait, and talk") or an adjunct after the coordinator stays.
 */
function objectClauseEnd(work: SentenceWork, from: number, end: number): number {
  for (let k = from; k < end - 2; k++) {
    if (work.lower[k] !== ',' || work.regionOf[k] !== -1 || !COMPLEMENT_ENDERS.has(work.lower[k + 1] ?? '')) continue
    const verb = work.tokens[k + 2] as Token
    const word = work.lower[k + 2] ?? ''
    if ((verb.pos === 'VERB' && word !== verb.lemma.toLowerCase() && !word.endsWith('ing')) || startsClause(work, k + 2)) return k
  }
  return end
}

/** Whether a token is a verb or an auxiliary (an infinitive's verb after "to"). */
function isVerbForm(token: Token | undefined): boolean {
  return token !== undefined && (token.pos === 'VERB' || token.pos === 'AUX')
}

/** Words that open an indirect question. */
const QUESTION_WORDS = new Set(['whether', 'if', 'why', 'how', 'what', 'when', 'where', 'who', 'which'])

/** Whether a word starts with an upper-case letter. */
function isCapitalized(word: string): boolean {
  const first = word[0]
  return first !== undefined && first !== first.toLowerCase()
}

/** Most tokens read for the verb of a bare reported clause after its subject's first word. */
const MAX_SUBJECT_TOKENS = 16

/** Tokens read for that verb whatever stands between (the reading before session 9). */
const SHORT_SUBJECT_TOKENS = 10

/** Tags of a plain noun phrase with its prepositional phrases ("demarcation of most of the country's border"). */
const PLAIN_PHRASE_TAGS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'ADP', 'PART'])

/** Words that may open a bare reported clause: a subject's first word. */
const CLAUSE_OPENERS = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'NUM', 'ADJ'])

/**
 * Whether a bare clause starts at `at`: a subject-like word, then a finite verb within a few words and
 * before any punctuation ("the polling station never closed", "he and Varga differ").
 */
function startsClause(work: SentenceWork, at: number): boolean {
  const first = work.tokens[at]
  if (first === undefined || work.regionOf[at] !== -1) return false
  // A name inside the sentence the tagger read as a verb ("said Cook provided …") opens a clause too.
  const isMisreadName = first.pos === 'VERB' && at > 0 && isCapitalized(work.surface(first))
  // A gerund may be the subject ("said legalizing it could put …").
  const isGerund = first.pos === 'VERB' && (work.lower[at] ?? '').endsWith('ing')
  if (!CLAUSE_OPENERS.has(first.pos) && !isMisreadName && !isGerund) return false
  // "said her family asked …": a possessive "her" before its noun opens the clause's subject.
  const isPossessiveHer = work.lower[at] === 'her' && (work.tokens[at + 1]?.pos === 'NOUN' || work.tokens[at + 1]?.pos === 'ADJ' || work.tokens[at + 1]?.pos === 'PROPN')
  if (first.pos === 'PRON' && !isPossessiveHer && /^(him|her|them|me|us|what|which|who)$/.test(work.lower[at] ?? '')) return false
  // A subject may be long ("said demarcation of most of the country's border with Vell could begin"): past
  // SHORT_SUBJECT_TOKENS only a plain noun phrase with its prepositional phrases leads on to the verb (not "added
  // one more missile to its arsenal and the minister said", "recalled its envoy after the government threatened").
  let isPlainPhrase = true
  for (let i = at + 1; i < Math.min(work.tokens.length, at + MAX_SUBJECT_TOKENS); i++) {
    const t = work.tokens[i] as Token
    if (i >= at + SHORT_SUBJECT_TOKENS && !isPlainPhrase) return false
    // A hyphen inside a word ("the reader-chosen winner") is part of the subject.
    if (t.pos === 'PUNCT' && !isInnerHyphen(work, i)) return false
    // "said matter-of-factly as confetti fell": after a manner adverb, a subordinator opens an adverbial clause
    // (but "said twice as many ships came" compares).
    const next = work.tokens[i + 1]?.pos
    if (SUBORDINATORS.has(work.lower[i] ?? '') && work.tokens[i - 1]?.pos === 'ADV' && next !== 'ADJ' && next !== 'ADV') return false
    // An -ing form after the subject's first word modifies it ("the polling station"); keep looking.
    if (t.pos === 'VERB' && (work.lower[i] ?? '').endsWith('ing')) continue
    if (t.pos === 'VERB' || t.pos === 'AUX') return true
    isPlainPhrase &&= (PLAIN_PHRASE_TAGS.has(t.pos) || isPossessiveWord(work.lower[i])) && !SUBORDINATORS.has(work.lower[i] ?? '')
  }
  return false
}

const DAY_NAMES = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight', 'earlier', 'later', 'again', 'also', 'repeatedly'])
const ADJUNCT_NOUNS = new Set(['statement', 'interview', 'speech', 'letter', 'email', 'tweet', 'post', 'briefing', 'conference', 'week', 'month', 'year', 'night', 'morning', 'evening', 'afternoon', 'weekend'])

/**
 * Skips time and manner adjuncts right after a cue ("said Tuesday", "said on Monday", "said in a
 * statement", "said last week") so the reported clause starts after them.
 */
/** Words that open an adjunct before its noun ("in a statement", "in the CNN interview", "in their letter"). */
const ADJUNCT_ARTICLES = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their'])

/** Most words between an adjunct's article and its noun ("in a televised prime-time address"). */
const MAX_ADJUNCT_MODIFIERS = 3

/** The index of an adjunct noun ("interview", "statement") at `from` or after a few modifiers, or -1. */
function adjunctNounAt(work: SentenceWork, from: number): number {
  for (let k = from; k <= from + MAX_ADJUNCT_MODIFIERS; k++) {
    if (ADJUNCT_NOUNS.has(work.lower[k] ?? '')) return k
    const pos = work.tokens[k]?.pos
    if (pos !== 'ADJ' && pos !== 'PROPN' && pos !== 'NOUN' && pos !== 'NUM') return -1
  }
  return -1
}

function skipAdjuncts(work: SentenceWork, from: number): number {
  let i = from
  for (let guard = 0; guard < 3; guard++) {
    const lower = work.lower[i] ?? ''
    if (DAY_NAMES.has(lower)) {
      i++
      continue
    }
    if (lower === 'on' && DAY_NAMES.has(work.lower[i + 1] ?? '')) {
      i += 2
      continue
    }
    if (lower === 'last' && ADJUNCT_NOUNS.has(work.lower[i + 1] ?? '')) {
      i += 2
      continue
    }
    // "in April", "on March 3", "in 2015": a date.
    if ((lower === 'in' || lower === 'on' || lower === 'during') && work.regionOf[i + 1] === -1) {
      let next = i + 1
      if (work.monthNames.has(work.lower[next] ?? '')) {
        next++
        if (work.tokens[next]?.pos === 'NUM') next++
      } else if (lower === 'in' && /^(?:1[89]|20)\d\d$/.test(work.lower[next] ?? '')) next++
      if (next > i + 1) {
        i = next
        continue
      }
    }
    // "in a statement", "during a speech", "in the CNN interview", "in a televised address".
    if ((lower === 'in' || lower === 'during') && ADJUNCT_ARTICLES.has(work.lower[i + 1] ?? '')) {
      const noun = adjunctNounAt(work, i + 2)
      if (noun < 0) break
      i = noun + 1
      if (work.lower[i] === 'on' && DAY_NAMES.has(work.lower[i + 1] ?? '')) i += 2
      else if (DAY_NAMES.has(work.lower[i] ?? '')) i++
      continue
    }
    break
  }
  // A comma may close the adjunct ("said in a statement, that ...").
  return i > from && work.lower[i] === ',' ? i + 1 : i
}
