// Shallow noun-phrase reading over POS-tagged tokens: the speaker to the left or right of a cue.
import type { Token } from '../../core/index.js'

/** An inclusive range of token indices. */
export interface TokenRange {
  readonly first: number
  readonly last: number
}

/** Tokens (within one sentence) with their lower-case surface, as the detector walks them. */
export interface SentenceView {
  readonly tokens: readonly Token[]
  readonly lower: readonly string[]
  /** The original surface of a token, when known (capitals tell a dateline). */
  readonly surface?: (token: Token) => string
  /** Lower-case titles written before a name ("mr", "dr."), from the lexicon. */
  readonly honorifics?: ReadonlySet<string>
}

/** Whether token `i` is a capitalized word right after an honorific ("Mr Cook/VERB"): a name, whatever its tag. */
function isNameAfterHonorific(view: SentenceView, i: number): boolean {
  const t = view.tokens[i]
  return t !== undefined && isHonorific(view, i - 1) && /^\p{Lu}/u.test(view.surface?.(t) ?? '')
}

/** Whether token `j` is a capitalized honorific ("Mr", "Lord"; not "the lord chancellor"). */
function isHonorific(view: SentenceView, j: number): boolean {
  if (view.honorifics?.has(view.lower[j] ?? '') !== true) return false
  const t = view.tokens[j]
  return t !== undefined && /^\p{Lu}/u.test(view.surface?.(t) ?? '')
}

/** Whether token `j` is an honorific after a lower-case word ("the talks Mr Varga"): the name's phrase starts there. */
function startsTitledName(view: SentenceView, j: number): boolean {
  const before = view.tokens[j - 1]
  return isHonorific(view, j) && before !== undefined && before.pos !== 'PUNCT' && !/^\p{Lu}/u.test(view.surface?.(before) ?? '')
}

/** Words that may stand between a speaker and its cue ("has also said", "later told"). */
const BETWEEN_SUBJECT_AND_VERB = new Set([
  'also', 'has', 'have', 'had', 'will', 'would', 'did', 'does', 'do', 'later', 'then', 'again', 'repeatedly', 'once',
  'previously', 'earlier', 'recently', 'since', 'further', 'publicly', 'privately', 'flatly', 'is', 'was', 'were', 'are', 'has',
  'been', 'could', 'may', 'might', 'should', 'can', 'not', "n't", 'never', 'even', 'still', 'often', 'frequently',
  // Time words between a subject and its verb ("Lind later Thursday told").
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  // Contracted auxiliaries ("He’s predicting", "they’ve said"), with a straight or a curly apostrophe.
  "'s", "'re", "'ve", "'d", "'ll", '\u2019s', '\u2019re', '\u2019ve', '\u2019d', '\u2019ll',
])

/** Auxiliary forms that are also names ("Will", "May", "Can"): tagged as proper nouns they are the subject, not skipped. */
const AUXILIARY_FORMS = new Set(['will', 'would', 'did', 'does', 'do', 'has', 'have', 'had', 'could', 'may', 'might', 'should', 'can', 'is', 'was', 'were', 'are', 'been'])

/** A time phrase after a preposition between a subject and its verb ("at the time", "in recent days"). */
const PP_TIME_NOUNS = new Set(['time', 'moment', 'weekend', 'week', 'month', 'year', 'day', 'days', 'weeks', 'months', 'years'])
const TIME_DETERMINERS = new Set(['the', 'that', 'this', 'recent', 'past', 'same'])
const TIME_PREPOSITIONS = new Set(['at', 'in', 'over', 'during', 'that', 'this', 'earlier', 'last'])

/** Words that make a time noun an adjunct on their own ("last week", "this year"). */
const RELATIVE_TIME = new Set(['last', 'this', 'next'])

/** Parts of a day after a day name ("Thursday evening"). */
const PARTS_OF_DAY = new Set(['morning', 'afternoon', 'evening', 'night'])

/** Days that "on" may bring between a subject and its verb ("Lind on Tuesday said"). */
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])

/** Days and day words that end a name read rightwards ("said Varga Tuesday"). */
const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight'])

/** Pronouns that are never the subject of a verb. */
const NON_SUBJECT_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'my', 'our', 'your', 'him', 'them', 'me', 'us'])

/** Words that open an embedded clause, whose subject is not the main one. */
const EMBEDDING_WORDS = new Set(['that', 'whether', 'if', 'because', 'who', 'what', 'how', 'why', 'where'])

/** Whether "and" or "but" stands between token `from` and `to` (exclusive). */
function isCoordinatedAfter(view: SentenceView, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (view.lower[k] === 'and' || view.lower[k] === 'but') return true
  return false
}

/** Possessive pronouns before a gerund read as a noun ("her thinking"). */
const POSSESSIVE_PRONOUN_WORDS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your'])

/** Pronouns that never name a speaker. */
const NOT_SPEAKERS = new Set(['which', 'who', 'that', 'what', 'whom', 'this', 'these', 'those', 'there', 'itself', 'here'])

/** Words that may follow a subject noun before its verb: place words and emphatic pronouns ("Belmora itself said"). */
const AFTER_SUBJECT = new Set(['here', 'there', 'itself', 'himself', 'herself', 'themselves'])

/** Determiners that stand alone as a speaker ("Some chanted", "Many said"). */
const STANDALONE_DETERMINERS = new Set(['some', 'many', 'others', 'one', 'another', 'both', 'all', 'most', 'few', 'several'])

const isNominal = (t: Token | undefined): boolean => t !== undefined && (t.pos === 'NOUN' || t.pos === 'PROPN')
const isPossessive = (lower: string | undefined): boolean => lower === "'s" || lower === '\u2019s' || lower === "'"

/** Whether a word marks a possessive: "'s", "’s", or a possessive pronoun ("his", "their"). */
export function isPossessiveWord(lower: string | undefined): boolean {
  return isPossessive(lower) || POSSESSIVE_PRONOUN_WORDS.has(lower ?? '')
}

/** Compound nouns opened by a verb's form ("think tank", "talk show"): the verb is a noun there, never a cue. */
export const COMPOUND_NOUNS: ReadonlySet<string> = new Set(['think tank', 'think tanks', 'talk show', 'talk shows', 'talk radio', 'say so'])

/** Whether token `j` is a hyphen inside a word ("conservative-leaning"), touching both neighbours. */
export function isInnerHyphen(view: SentenceView, j: number): boolean {
  if (view.lower[j] !== '-') return false
  const t = view.tokens[j]
  const before = view.tokens[j - 1]
  const after = view.tokens[j + 1]
  return view.lower[j] === '-' && t !== undefined && before !== undefined && after !== undefined && before.end === t.start && t.end === after.start
}

/**
 * "Prime Minister Lina May said": a capitalized auxiliary form (`May`, `Will`) after a proper noun and before a
 * lower-case word is the end of the name, whatever its tag (a headline in title case capitalizes the verb too).
 */
function isCapitalizedFormAfterName(view: SentenceView, j: number): boolean {
  const t = view.tokens[j]
  if (t === undefined || view.surface === undefined || j === 0 || !AUXILIARY_FORMS.has(view.lower[j] ?? '') || view.tokens[j - 1]?.pos !== 'PROPN') return false
  const next = view.tokens[j + 1]
  return /^\p{Lu}/u.test(view.surface(t)) && next !== undefined && /^\p{Ll}/u.test(view.surface(next))
}

/** Skips adverbs and auxiliaries leftwards from `index` (inclusive) and returns the first other index. */
export function skipLeftModifiers(view: SentenceView, index: number): number {
  let j = index
  while (j >= 0) {
    const t = view.tokens[j]
    const lower = view.lower[j] ?? ''
    if (t === undefined) break
    // "Jolly/ADV said": a capitalized word opening the clause is a name the tagger misread, not an adverb.
    const opensClause = (j === 0 || view.tokens[j - 1]?.pos === 'PUNCT') && view.surface !== undefined && /^\p{Lu}/u.test(view.surface(t))
    // "…, Will/AUX believes": a capitalized auxiliary opening the clause right before the verb is a name too.
    // "which Will/PROPN claims": an auxiliary's form tagged as a proper noun (a name inside a person entity) is no auxiliary.
    const isNameAsAdverb = (t.pos === 'ADV' && (opensClause || isNameAfterHonorific(view, j))) || (t.pos === 'AUX' && j === index && opensClause) ||
      (t.pos === 'PROPN' && AUXILIARY_FORMS.has(lower)) || isCapitalizedFormAfterName(view, j)
    if (!isNameAsAdverb && (BETWEEN_SUBJECT_AND_VERB.has(lower) || (t.pos === 'ADV' && !NOT_SPEAKERS.has(lower)))) j--
    // "Belmora itself said", "officials there say": a place word or an emphatic pronoun after the subject.
    else if (AFTER_SUBJECT.has(lower) && isNominal(view.tokens[j - 1])) j--
    else if (lower === 'on' && j + 1 <= index && WEEKDAYS.has(view.lower[j + 1] ?? '')) j--
    // "on Thursday evening said".
    else if (PARTS_OF_DAY.has(lower) && WEEKDAYS.has(view.lower[j - 1] ?? '')) j--
    // "Lind at the time said", "Varga in recent days has said".
    else if (PP_TIME_NOUNS.has(lower) && TIME_DETERMINERS.has(view.lower[j - 1] ?? '') && TIME_PREPOSITIONS.has(view.lower[j - 2] ?? '')) j -= 3
    // "Lind (D-Vell) last week said".
    else if (PP_TIME_NOUNS.has(lower) && RELATIVE_TIME.has(view.lower[j - 1] ?? '')) j -= 2
    else break
  }
  return j
}

/**
 * Reads the noun phrase that ends at `last` (walking left), e.g. "the former diplomat", "Carnegie
 * director Dmitri Trenin", "the minister of Belmora", or a single pronoun.
 * @returns the range, or undefined when `last` does not end a noun phrase
 */
export function nounPhraseEndingAt(view: SentenceView, last: number): TokenRange | undefined {
  const head = view.tokens[last]
  const headLower = view.lower[last] ?? ''
  if (head === undefined) return undefined
  // "42% say": a percentage is a phrase of its own.
  if (headLower === '%' && view.tokens[last - 1]?.pos === 'NUM') return { first: last - 1, last }
  if (head.pos === 'PRON' || (head.pos === 'DET' && STANDALONE_DETERMINERS.has(headLower))) {
    return NOT_SPEAKERS.has(headLower) ? undefined : { first: last, last }
  }
  // "Varga's thinking said": a gerund after a possessive is a noun, whatever the tagger says.
  // Also after a possessive pronoun ("familiar with her thinking say").
  const isGerund = head.pos === 'VERB' && headLower.endsWith('ing') && (isPossessive(view.lower[last - 1]) || POSSESSIVE_PRONOUN_WORDS.has(view.lower[last - 1] ?? ''))
  if (!isNominal(head) && head.pos !== 'NUM' && !isGerund && !isNameAfterHonorific(view, last)) return undefined
  let first = last
  for (let j = last - 1; j >= 0 && last - j < 14; j--) {
    const t = view.tokens[j]
    const lower = view.lower[j]
    if (t === undefined) break
    // Honorifics are tagged as proper nouns ("Mr/PROPN"): only those are looked up.
    if (t.pos === 'PROPN' && startsTitledName(view, j)) {
      first = j
      break
    }
    if (isInnerHyphen(view, j)) {
      first = j - 1
      j--
    } else if (isNominal(t) || t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'X' || COMPOUND_NOUNS.has(`${lower ?? ''} ${view.lower[j + 1] ?? ''}`)) first = j
    // "the self-described socialist", "the Vell-based fund": a word joined by a hyphen to the one before it is
    // part of a compound modifier, whatever its tag.
    else if (j >= 2 && isInnerHyphen(view, j - 1)) {
      first = j - 2
      j -= 2
    }
    else if (t.pos === 'PART' && isPossessive(lower) && isNominal(view.tokens[j - 1])) first = j
    else if (lower === 'of' && isNominal(view.tokens[j - 1]) && first === j + 1) first = j
    // "six in 10", "4 of 10": a proportion.
    else if ((lower === 'in' || lower === 'of') && view.tokens[j - 1]?.pos === 'NUM' && view.tokens[first]?.pos === 'NUM' && first === j + 1) first = j
    else if (t.pos === 'DET' || (t.pos === 'PRON' && (lower === 'his' || lower === 'her' || lower === 'their' || lower === 'its'))) {
      first = j
      break
    } else break
  }
  // A phrase may not start with "of" or a possessive marker.
  while (first < last && (view.lower[first] === 'of' || isPossessive(view.lower[first]))) first++
  return { first, last }
}

/**
 * Reads the noun phrase that starts at `first` (walking right): "Varga", "the minister of Belmora",
 * "Alexander Panov", "he".
 * @returns the range, or undefined when no noun phrase starts there
 */
export function nounPhraseStartingAt(view: SentenceView, first: number): TokenRange | undefined {
  const t0 = view.tokens[first]
  if (t0 === undefined) return undefined
  if (t0.pos === 'PRON') return NOT_SPEAKERS.has(view.lower[first] ?? '') ? undefined : { first, last: first }
  // "“…,” wrote another.", "read one.": a determiner standing alone at the end of the clause.
  const isStandalone = (t0.pos === 'DET' || t0.pos === 'NUM') && STANDALONE_DETERMINERS.has(view.lower[first] ?? '')
  if (isStandalone && (view.tokens[first + 1] === undefined || view.tokens[first + 1]?.pos === 'PUNCT')) return { first, last: first }
  let lastNominal = -1
  for (let j = first; j < view.tokens.length && j - first < 14; j++) {
    const t = view.tokens[j]
    const lower = view.lower[j]
    if (t === undefined) break
    if (isInnerHyphen(view, j)) {
      // "conservative-leaning newspaper": the word after the hyphen modifies like an adjective; in a
      // hyphenated name ("Holtz-Eakin") it is the name's end.
      j++
      if (lastNominal === j - 2 && isNominal(view.tokens[j])) lastNominal = j
      continue
    }
    // "said Varga Tuesday": a day after the name is when, not who.
    if (lastNominal >= first && TIME_WORDS.has(lower ?? '')) break
    if (t.pos === 'DET' || (t.pos === 'PRON' && j === first)) {
      if (j !== first) break
    } else if (isNominal(t) || t.pos === 'NUM' || t.pos === 'X') lastNominal = j
    else if (t.pos === 'ADJ') continue
    // "the printed slate card", "a leaked memo": a participle right after the determiner describes the noun after it.
    else if (t.pos === 'VERB' && j === first + 1 && t0.pos === 'DET' && /(?:ed|ing)$/.test(lower ?? '') && isNominal(view.tokens[j + 1])) continue
    else if (t.pos === 'PART' && isPossessive(lower) && lastNominal === j - 1) continue
    else if (lower === 'of' && lastNominal === j - 1 && (isNominal(view.tokens[j + 1]) || view.tokens[j + 1]?.pos === 'DET' || view.tokens[j + 1]?.pos === 'ADJ')) continue
    else break
  }
  return lastNominal < first ? undefined : { first, last: lastNominal }
}

/** Dashes that end a dateline ("VELL — …", "VELL, Aug 31 (Reuters) - …"). */
const DATELINE_DASHES = new Set(['-', '\u2014', '\u2013', '--'])

/**
 * The index after a dateline that opens a sentence: a place in capitals, then up to a few tokens (date,
 * agency in brackets) and a dash. 0 when there is none.
 */
export function datelineEnd(view: SentenceView): number {
  const first = view.tokens[0]
  if (first === undefined || view.surface === undefined) return 0
  const text = view.surface(first)
  if (text.length < 2 || text !== text.toUpperCase() || text === text.toLowerCase()) return 0
  for (let k = 1; k < Math.min(view.tokens.length - 1, 10); k++) {
    if (DATELINE_DASHES.has(view.lower[k] ?? '')) return k + 1
  }
  return 0
}

/**
 * Reads the subject at the start of a sentence, skipping an opening adverbial ("So,", "However,").
 * Used when an apposition or relative clause stands between the subject and its cue.
 */
export function sentenceSubject(view: SentenceView, before: number): TokenRange | undefined {
  let i = datelineEnd(view)
  for (let pass = 0; pass < 2; pass++) {
    while (i < before) {
      const t = view.tokens[i]
      if (t === undefined) break
      if (t.pos === 'ADV' || t.pos === 'CCONJ' || t.pos === 'PUNCT') i++
      else break
    }
    // "And on Tuesday, Lind, the chairman, said": an opening prepositional phrase up to its comma.
    if (view.tokens[i]?.pos !== 'ADP') break
    let comma = -1
    for (let k = i + 1; k < Math.min(before, i + 8); k++) {
      const pos = view.tokens[k]?.pos
      if (pos === 'VERB' || pos === 'AUX') break
      if (view.lower[k] === ',') {
        comma = k
        break
      }
    }
    if (comma < 0) break
    i = comma + 1
  }
  const np = nounPhraseStartingAt(view, i)
  return np !== undefined && np.last < before ? np : undefined
}

/** Words that open a subordinate clause before the main clause ("When Lind arrived, Varga left"). */
const CLAUSE_SUBORDINATORS = new Set(['when', 'as', 'after', 'before', 'while', 'because', 'if', 'although', 'though', 'since', 'once', 'until', 'whenever', 'whereas'])

/** Most words an opening subordinate clause or prepositional phrase may hold before its comma. */
const MAX_OPENING_WORDS = 25

/**
 * Where the main clause starts when the sentence opens with a subordinate clause or a prepositional phrase
 * closed by a comma ("When his family moved, his mother refused …" gives the index of "his"); 0 otherwise.
 */
export function mainClauseStart(view: SentenceView, before: number): number {
  const at = datelineEnd(view)
  const opener = view.tokens[at]
  // "Filling in for Lind at the rally, Varga …": an opening participle phrase has no subject of its own either.
  const isParticiple = opener?.pos === 'VERB' && (view.lower[at] ?? '').endsWith('ing')
  if (opener === undefined || !(CLAUSE_SUBORDINATORS.has(view.lower[at] ?? '') || opener.pos === 'ADP' || isParticiple)) return 0
  for (let k = at + 1; k < before && k - at < MAX_OPENING_WORDS; k++) if (view.lower[k] === ',') return k + 1
  return 0
}

/** Words that open a relative clause set off by commas. */
const RELATIVE_OPENERS = new Set(['who', 'which', 'whose'])

/** Most tokens a relative clause between commas may hold. */
const MAX_RELATIVE_TOKENS = 40

/**
 * The noun phrase before a relative clause that the comma at `close` ends (", who said …, issued"), when the
 * comma before it opens one; undefined otherwise.
 */
function subjectBeforeRelative(view: SentenceView, close: number): TokenRange | undefined {
  for (let k = close - 1; k > 0 && close - k < MAX_RELATIVE_TOKENS; k--) {
    if (view.lower[k] !== ',') continue
    if (!RELATIVE_OPENERS.has(view.lower[k + 1] ?? '')) return undefined
    const np = nounPhraseEndingAt(view, k - 1)
    return np !== undefined && np.last === k - 1 ? np : undefined
  }
  return undefined
}

/**
 * Finds the subject of the first clause before `before`: the first noun phrase directly followed by a
 * verb ("Varga rallied supporters, saying ..." gives "Varga"), or with `isNearest` the one closest to
 * `before` ("Lind spoke, but he added: ..." gives "he"). Used for participles, infinitives and colons.
 */
export function clauseSubject(view: SentenceView, before: number, isNearest = false, from = 0): TokenRange | undefined {
  // Read at most a window of words (the subject is near), so runaway sentences stay linear.
  const limit = Math.min(before, 80)
  for (let n = Math.max(1, from); n < limit; n++) {
    // The main clause comes first for participles; the clause nearest a colon introduces what follows it.
    const i = isNearest ? before - n : n
    const pos = view.tokens[i]?.pos
    if (pos !== 'VERB' && pos !== 'AUX') continue
    let end = skipLeftModifiers(view, i - 1)
    // "Sen. Lind (R-Vell) defended …": a party tag in brackets stands between the subject and its verb.
    if (view.lower[end] === ')') {
      for (let k = end - 1; k >= 0 && end - k < 12; k--) {
        if (view.lower[k] === '(') {
          end = k - 1
          break
        }
      }
    }
    if (end >= 0 && view.lower[end] === ',') {
      // "Varga, who said last week that …, issued a statement": the phrase before the relative clause is the subject.
      const relative = subjectBeforeRelative(view, end)
      if (relative !== undefined && relative.first >= from) return relative
    }
    if (end < 0 || view.tokens[end]?.pos === 'PUNCT') continue
    const np = nounPhraseEndingAt(view, end)
    if (np === undefined || np.first < from) continue
    // "she thanked her adopted home state": a possessive or object pronoun is never a subject.
    if (np.first === np.last && NON_SUBJECT_PRONOUNS.has(view.lower[np.first] ?? '')) continue
    // "who has both endorsed Lind": a determiner floated after an auxiliary is no subject.
    if (np.first === np.last && view.tokens[np.first]?.pos === 'DET' && view.tokens[np.first - 1]?.pos === 'AUX') continue
    // "rejected the idea that the changes amounted to a shake-up and said": a coordinated cue skips an
    // embedded clause (but "so calm that Lind was prompted to say" keeps it: the cue is inside it).
    if (isNearest && EMBEDDING_WORDS.has(view.lower[np.first - 1] ?? '') && isCoordinatedAfter(view, i, before)) continue
    return np
  }
  return undefined
}
