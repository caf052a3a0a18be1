// The actors stage: an actor code per mention, shared by its cluster, as of the publication date.
import { asActorCode, findFirstStartingAt, makeId, matchText, publishedDay, type Actor, type ActorReason, type Entity, type Mention, type Paragraph, type Producer, type Sentence, type Span, type Token } from '../../core/index.js'
import { defineStage } from '../../pipeline/index.js'
import { readOrganization, type ActorDictionary } from '../../dictionaries/actors/index.js'
import { POSSESSIVE_GAPS, resolveCluster, type ClusterCode } from './resolve-cluster.js'
import { loadReportingVerbs, reportedSpans } from './reported-clause.js'
import { documentCountry, type DocumentCountry } from './document-country.js'
import { loadBlocAdjectives } from './bloc-adjectives.js'
import { countriesNamed, isHomeInstitution, isNamedByOthers } from './home-institution.js'

export { resolveCluster, type ClusterCode } from './resolve-cluster.js'

/**
 * The countries a span names, each with its first mention: GPE and NORP mentions by name, nationality,
 * capital or city, and organizations whose names carry a country ("Arvenian Anti-Fraud Agency").
 */
function countriesIn(
  dict: ActorDictionary,
  span: { readonly start: number; readonly end: number },
  exclude: string,
  all: readonly Mention[],
  clusterType: ReadonlyMap<string, string>,
  isSorted = false,
  isTopic: (m: Mention) => boolean = isNeverTopic,
): Map<string, Mention> {
  const codes = new Map<string, Mention>()
  // Mentions sorted by start: only those starting inside the span can lie inside it.
  const from = isSorted ? findFirstStartingAt(all, span.start) : 0
  for (let i = from; i < all.length; i++) {
    const m = all[i] as Mention
    if (isSorted && m.start > span.end) break
    if (m.start < span.start || m.end > span.end || m.clusterId === exclude || m.kind === 'pronoun') continue
    const type = clusterType.get(m.clusterId)
    if (type !== 'GPE' && type !== 'NORP' && type !== 'ORG') continue
    const target = dict.lookupName(m.text)
    if (type === 'ORG') {
      // An organization counts through the country of its code (UNITA → AGO) or of its name's words
      // ("Arvenian Anti-Fraud Agency"); IGOs and stateless codes (NGO, RAD) name no country.
      if (m.kind !== 'name' && m.kind !== 'alias') continue
      const country = target !== undefined && 'code' in target ? target.code.slice(0, 3) : readOrganization(dict, m.text, m.start).country
      if (country !== undefined && dict.isCountryCode(country) && !codes.has(country)) codes.set(country, m)
      continue
    }
    if (target === undefined || !('code' in target) || target.kind === 'igo' || target.kind === 'metonym' || target.kind === 'organization') continue
    // A place that modifies a noun is a topic, not a home ("Kennedy calls for Iraq exit plans", "the US-led coalition").
    if (isTopic(m)) continue
    if (!codes.has(target.code)) codes.set(target.code, m)
  }
  return codes
}

/** Whether spans are sorted by start and none overlaps the next, so at most one holds a non-empty span. */
function isOrderedAndDisjoint(spans: ReadonlyArray<{ readonly start: number; readonly end: number }>): boolean {
  for (let i = 1; i < spans.length; i++) {
    const previous = spans[i - 1]
    const span = spans[i]
    if (previous === undefined || span === undefined || span.start < previous.start || previous.end > span.start) return false
  }
  return true
}

/**
 * The first span holding `inner` (as `spans.find` gives it); a binary search when the spans are ordered and
 * disjoint and `inner` is not empty (then only the last span starting at or before it can hold it).
 */
function findHolding<T extends { readonly start: number; readonly end: number }>(spans: readonly T[], inner: { readonly start: number; readonly end: number }, isDisjoint: boolean): T | undefined {
  if (!isDisjoint || inner.start === inner.end) return spans.find((s) => s.start <= inner.start && inner.end <= s.end)
  const at = findFirstStartingAt(spans, inner.start + 1) - 1
  const span = spans[at]
  return span !== undefined && span.start <= inner.start && inner.end <= span.end ? span : undefined
}

/** Whether spans are sorted by start. */
function isSortedByStart(spans: ReadonlyArray<{ readonly start: number }>): boolean {
  for (let i = 1; i < spans.length; i++) if ((spans[i]?.start ?? 0) < (spans[i - 1]?.start ?? 0)) return false
  return true
}

/** A code's evidence with one more span of the text, in text order. */
function evidenceWith(resolved: ClusterCode, span: { readonly start: number; readonly end: number }, text: string): ClusterCode['evidence'] {
  return [...resolved.evidence, { start: span.start, end: span.end, text: text.slice(span.start, span.end) }].sort((a, b) => a.start - b.start)
}

/** A code completed with a country the text names (its roles kept), that span added to its evidence. */
function placedIn(resolved: ClusterCode, country: string, span: { readonly start: number; readonly end: number }, text: string, isKnown: boolean): ClusterCode {
  return { ...resolved, code: country + resolved.roles.join(''), country, isKnown, evidence: evidenceWith(resolved, span, text) }
}

/** A party-and-place tag right after a name: "(D-N.J.)", ", R-Kan.,", "(I-Vt.)". */
const PARTY_PLACE_TAG = /^\s*(?:\(|,\s*)\p{Lu}-(\p{Lu}[\p{L}.]{0,12}?(?: \p{Lu}[\p{L}.]{0,12}?)?)(?:\)|,)/u

/**
 * The country of the place in a party-and-place tag after one of a person's names ("Pat Roberts (R-Kan.)",
 * "Bill Pascrell, D-N.J.,"): the place is a region, city or country of the dictionary, or a postal code that the
 * dictionary knows with full stops ("NJ" as "N.J."). The code is the place's country, no guess.
 */
function partyPlaceTag(dict: ActorDictionary, text: string, mentions: readonly Mention[]): { code: string; start: number; end: number } | undefined {
  for (const m of mentions) {
    if (m.kind !== 'name' && m.kind !== 'alias') continue
    const match = PARTY_PLACE_TAG.exec(text.slice(m.end, m.end + 40))
    const place = match?.[1]
    if (match === null || place === undefined) continue
    const spelled = /^\p{Lu}{2}$/u.test(place) ? `${place[0] ?? ''}.${place[1] ?? ''}.` : place
    const target = dict.lookupName(place) ?? dict.lookupName(spelled)
    if (target === undefined || !(target.kind === 'region' || target.kind === 'city' || target.kind === 'capital' || target.kind === 'country')) continue
    const country = target.code.slice(0, 3)
    if (!dict.isCountryCode(country)) continue
    const start = m.end + match[0].indexOf(place)
    return { code: country, start, end: start + place.length }
  }
  return undefined
}

/**
 * The country whose possessive stands right before a mention ("Belmora's Foreign Office", "Arvenia's Tomas
 * Varga"): the text names the owner, so the code is no guess, whatever else the sentence names.
 */
function countryOwnerBefore(
  dict: ActorDictionary,
  first: Mention,
  all: readonly Mention[],
  clusterType: ReadonlyMap<string, string>,
  text: string,
  isSorted: boolean,
): { code: string; start: number; end: number } | undefined {
  const from = isSorted ? findFirstStartingAt(all, Math.max(0, first.start - 60)) : 0
  for (let i = from; i < all.length; i++) {
    const m = all[i] as Mention
    if (isSorted && m.start >= first.start) break
    if (m.end > first.start || m.end < first.start - 4 || clusterType.get(m.clusterId) !== 'GPE') continue
    if (!POSSESSIVE_GAPS.has(text.slice(m.end, first.start))) continue
    const target = dict.lookupName(m.text)
    if (target?.kind !== 'country' || !dict.isCountryCode(target.code)) continue
    return { code: target.code, start: m.start, end: m.end }
  }
  return undefined
}

/** The default topic test of `countriesIn`: no mention is a topic (a module-level function, not a closure per call). */
function isNeverTopic(): boolean {
  return false
}

/**
 * Whether a mention only names a topic: inside a reported span, or a place modifying a noun ("Iraq exit plans").
 * Returned as an anonymous function (under tsx a named closure per call also pays a `__name` call).
 */
function topicTest(reported: readonly Span[], clusterType: ReadonlyMap<string, string>, text: string, tokens: DocScopes['tokens']): (m: Mention) => boolean {
  return (m) => reported.some((r) => r.start <= m.start && m.end <= r.end) || (clusterType.get(m.clusterId) === 'GPE' && isAttributive(text, tokens, m))
}

/** What may follow a city's region: a comma, a closing parenthesis, a sentence's end or a line break. */
const CLOSES_PLACE = /^(?:,|\)|\.(?:\s|$)|\s*$|\n)/u

/**
 * A city's code placed by the region written after it and a comma ("San Jose, Calif." is no Costa Rican capital): the
 * first of its names so followed by a region of another country gives that country, as known.
 */
function placedByItsRegion(dict: ActorDictionary, resolved: ClusterCode, mentions: readonly Mention[], all: readonly Mention[], text: string): ClusterCode | undefined {
  for (const m of mentions) {
    if (m.kind !== 'name' && m.kind !== 'alias') continue
    if (text[m.end] !== ',') continue
    const next = all[findFirstStartingAt(all, m.end + 1)]
    if (next === undefined || next.kind !== 'name' || text.slice(m.end + 1, next.start).trim() !== '') continue
    // The region closes the phrase ("San Jose, Calif., makes"): not a subject ("in Paris, Japan promised") nor one of a
    // list ("in Tokyo, Hong Kong, Moscow and Prague").
    if (!CLOSES_PLACE.test(text.slice(next.end, next.end + 2))) continue
    const after = all[findFirstStartingAt(all, next.end + 1)]
    if (text[next.end] === ',' && after !== undefined && text.slice(next.end + 1, after.start).trim() === '') continue
    // Regions only: a country's name may also be a region's elsewhere ("Atlanta, Georgia").
    const target = dict.lookupName(next.text)
    if (target?.kind !== 'region') continue
    const country = target.code.slice(0, 3)
    if (country === resolved.country || !dict.isCountryCode(country)) return undefined
    return { ...placedIn(resolved, country, next, text, true), reason: 'country' }
  }
  return undefined
}

/**
 * The first name of a cluster to guess its country from: its first name or alias, unless that stands in a headline
 * written in capitals and the body names it too ("HAWKE POPULARITY RISES" says less of him than "Prime Minister Bob
 * Hawke … despite Australia's economic problems"; such headlines drop the words that place a name).
 */
function firstNameOutsideHeadline(mentions: readonly Mention[], scopes: DocScopes, text: string): Mention | undefined {
  let first: Mention | undefined
  for (const m of mentions) {
    if (m.kind !== 'name' && m.kind !== 'alias') continue
    first ??= m
    const sentence = findHolding(scopes.sentences, m, scopes.areSentencesDisjoint)
    if (sentence?.role !== 'headline' || !isInCapitals(text, sentence)) return m
  }
  return first
}

/** Whether a span of the text holds letters and no lower-case one ("USX <X> CHAIRMAN CALLS FOR LOWER DOLLAR"). */
function isInCapitals(text: string, span: { readonly start: number; readonly end: number }): boolean {
  const slice = text.slice(span.start, span.end)
  return slice !== slice.toLowerCase() && slice === slice.toUpperCase()
}

/**
 * Best effort for a person or organization with no country: when the sentence of its first mention names
 * exactly one country (by name, nationality, capital, city or an organization's name; not a place that only
 * modifies a noun, "Iraq exit plans"), that country, still `isKnown: false`. A sentence naming none defers to its paragraph, under the same rule.
 */
function guessCountry(
  dict: ActorDictionary,
  resolved: ClusterCode,
  mentions: readonly Mention[],
  scopes: DocScopes,
  all: readonly Mention[],
  clusterType: ReadonlyMap<string, string>,
  text: string,
): ClusterCode | undefined {
  const first = firstNameOutsideHeadline(mentions, scopes, text)
  if (first === undefined) return undefined
  const owner = countryOwnerBefore(dict, first, all, clusterType, text, scopes.areMentionsSorted)
  if (owner !== undefined) return placedIn(resolved, owner.code, owner, text, true)
  const sentence = findHolding(scopes.sentences, first, scopes.areSentencesDisjoint)
  const paragraph = findHolding(scopes.paragraphs, first, scopes.areParagraphsDisjoint)
  const named = sentence === undefined ? new Map<string, Mention>() : countriesIn(dict, sentence, first.clusterId, all, clusterType, scopes.areMentionsSorted)
  // What a person is reported to have said names no home of theirs ("Lisa Vell said she feared Belmora …").
  const reported = sentence === undefined || clusterType.get(first.clusterId) !== 'PERSON' ? [] : reportedSpans(text, scopes.tokens, sentence, first, loadReportingVerbs())
  // Places that only modify a noun in the sentence are its topic ("Kennedy calls for Iraq exit plans" guesses nothing).
  const isTopic = topicTest(reported, clusterType, text, scopes.tokens)
  // Only when a first mention of a country is such a modifier can a second look (skipping modifiers) differ.
  let codes = sentence === undefined || ![...named.values()].some(isTopic) ? named : countriesIn(dict, sentence, first.clusterId, all, clusterType, scopes.areMentionsSorted, isTopic)
  if (named.size === 0 && paragraph !== undefined) codes = countriesIn(dict, paragraph, first.clusterId, all, clusterType, scopes.areMentionsSorted)
  const [only] = codes
  if (codes.size !== 1 || only === undefined) return undefined
  const [country, mention] = only
  return placedIn(resolved, country, mention, text, false)
}

/**
 * A bloc's adjective taken alone for a person or organization, only modifying a noun ("if Western nations threaten
 * Tehran"): the bloc's region code (`bloc-adjectives.txt`), as a people's adjective; never a country guessed from
 * the sentence.
 */
function blocOf(resolved: ClusterCode, mentions: readonly Mention[], text: string, tokens: readonly Token[]): ClusterCode | undefined {
  const names = mentions.filter((m) => m.kind === 'name' || m.kind === 'alias')
  const first = names[0]
  if (first === undefined) return undefined
  const code = loadBlocAdjectives().get(first.text)
  if (code === undefined || !names.every((m) => m.text === first.text && isAttributive(text, tokens, m))) return undefined
  const evidence = [{ start: first.start, end: first.end, text: first.text }]
  return { ...resolved, code: code + resolved.roles.join(''), country: code, isKnown: true, reason: 'demonym', mentionId: first.id, evidence }
}

/** CAMEO roles of the state, its opposition and its former holders, which a document's leading country may complete. */
const STATE_ROLES = new Set(['GOV', 'MIL', 'LEG', 'JUD', 'PTY', 'OPP', 'SPY', 'COP', 'ELI'])

/**
 * The full names of organizations the document also writes in a short form ("MITI" after "the Japanese Ministry of
 * International Trade and Industry (MITI)"), by the start of each short form, for the titles that hold one.
 */
function organizationFullNames(mentions: readonly Mention[], clusters: ReadonlyArray<{ readonly id: string; readonly type: string; readonly text: string }>): Map<number, string> {
  const names = new Map<number, string>()
  let organizations: Map<string, string> | undefined
  for (const m of mentions) {
    if (m.kind !== 'alias' && m.kind !== 'name') continue
    organizations ??= new Map(clusters.filter((c) => c.type === 'ORG').map((c) => [c.id, c.text]))
    const full = organizations.get(m.clusterId)
    if (full !== undefined && full !== m.text) names.set(m.start, full)
  }
  return names
}

/**
 * The one country, other than the one the story is filed from, that the sentence of a bare role's first mention names
 * by its name, outside the dateline; undefined when the sentence names none, several, or the filing country too.
 */
function countryNamedBeside(
  dict: ActorDictionary,
  mentions: readonly Mention[],
  sentences: readonly Sentence[],
  all: readonly Mention[],
  clusterType: ReadonlyMap<string, string>,
  datelines: ReadonlyArray<{ readonly start: number; readonly end: number }>,
  filedFrom: string,
): DocumentCountry | undefined {
  const first = mentions[0]
  if (first === undefined) return undefined
  const sentence = sentences.find((s) => s.start <= first.start && first.end <= s.end)
  if (sentence === undefined) return undefined
  const outside = all.filter((m) => !isInside(datelines, m))
  const named = countriesIn(dict, sentence, first.clusterId, outside, clusterType)
  const [only] = named
  if (named.size !== 1 || only === undefined || only[0] === filedFrom) return undefined
  const [code, mention] = only
  return dict.lookupName(mention.text)?.kind === 'country' ? { code, mention } : undefined
}

/** Roles of people who mostly act where they live: clerics, rebels, militants. */
const LOCAL_ROLES = new Set(['REL', 'REB', 'RAD', 'INS'])

/** A code completed with the document's leading country, as a guess (`isKnown: false`), its first mention as evidence. */
/** The dictionary's code of the organization a cluster names (its first name or alias the dictionary lists), if any. */
function listedOrganizationCode(dict: ActorDictionary, mentions: readonly Mention[]): string | undefined {
  for (const m of mentions) {
    if (m.kind !== 'name' && m.kind !== 'alias') continue
    const target = dict.lookupName(m.text)
    if (target?.kind === 'organization') return target.code
  }
  return undefined
}

function withCountry(resolved: ClusterCode, leading: DocumentCountry, text: string): ClusterCode {
  return placedIn(resolved, leading.code, leading.mention, text, false)
}

/** The sentences and paragraphs a guess looks in, with what is known of their order (checked once per doc). */
interface DocScopes {
  readonly sentences: readonly Sentence[]
  readonly paragraphs: readonly Paragraph[]
  readonly areSentencesDisjoint: boolean
  readonly areParagraphsDisjoint: boolean
  readonly areMentionsSorted: boolean
  readonly tokens: readonly Token[]
}

/**
 * Whether a mention modifies the word after it: a common noun in lower case ("Iraq exit plans", "the Iraq war") or a
 * hyphenated compound ("US-led"). Tokens must be sorted by start.
 */
function isAttributive(text: string, tokens: readonly Token[], m: { readonly end: number }): boolean {
  if (text[m.end] === '-' && /\p{Ll}/u.test(text[m.end + 1] ?? '')) return true
  const next = tokens[findFirstStartingAt(tokens, m.end)]
  if (next === undefined || next.pos !== 'NOUN') return false
  const first = text[next.start] ?? ''
  return first !== first.toUpperCase() && /^\s*$/u.test(text.slice(m.end, next.start))
}

/** "of"/"in", an optional "the" and compass word, between a people and where it lives ("Albanians of southern Serbia"). */
const RESIDENCE = /^\s+(?:of|in)\s+(?:the\s+)?/iu
/** A compass word opening a region ("southern Serbia"), which the place's entity may or may not include. */
const COMPASS_WORD = /^(?:north|south|east|west|central)(?:ern)?\s+/iu
/** "ethnic" right before a people's name: a minority, coded by the country it lives in. */
const ETHNIC = /\bethnic\s+$/iu

/**
 * Codes a people by where it lives, as CAMEO does for minorities: "Albanians in southern Serbia" → SRB (the
 * place after "of"/"in"); "ethnic Albanians demonstrated in Serbia" → SRB when the sentence names exactly
 * one other country (a guess, `isKnown: false`). Otherwise the nationality stands.
 */
function codeResidents(
  dict: ActorDictionary,
  resolved: ClusterCode,
  mentions: readonly Mention[],
  sentences: readonly Sentence[],
  all: readonly Mention[],
  clusterType: ReadonlyMap<string, string>,
  text: string,
): ClusterCode | undefined {
  const first = mentions.find((m) => m.kind === 'name' && dict.lookupName(m.text)?.kind === 'demonym')
  if (first === undefined || resolved.country === null) return undefined
  const own = resolved.country
  const tail = text.slice(first.end, first.end + 40)
  const residence = RESIDENCE.exec(tail)
  if (residence !== null) {
    const at = first.end + residence[0].length
    const compass = COMPASS_WORD.exec(text.slice(at, at + 20))
    const starts = compass === null ? [at] : [at, at + compass[0].length]
    const place = all.find((m) => starts.includes(m.start) && clusterType.get(m.clusterId) === 'GPE')
    const target = place === undefined ? undefined : dict.lookupName(place.text.replace(COMPASS_WORD, ''))
    if (place !== undefined && target !== undefined && 'code' in target && target.kind !== 'igo' && target.code !== own) {
      return { ...resolved, code: target.code, country: target.code, isKnown: true, evidence: evidenceWith(resolved, place, text) }
    }
  }
  if (!ETHNIC.test(text.slice(Math.max(0, first.start - 10), first.start))) return undefined
  const sentence = sentences.find((x) => x.start <= first.start && first.end <= x.end)
  if (sentence === undefined) return undefined
  const codes = countriesIn(dict, sentence, first.clusterId, all, clusterType)
  codes.delete(own)
  const [only] = codes
  if (codes.size !== 1 || only === undefined) return undefined
  const [country, mention] = only
  return { ...resolved, code: country, country, isKnown: false, evidence: evidenceWith(resolved, mention, text) }
}

/** Whether a mention is a stock ticker in angle brackets ("<C>", "<GM.N>"), as wire copy writes them after a company. */
function isTicker(text: string, m: { readonly start: number; readonly end: number }): boolean {
  return text[m.start - 1] === '<' && text[m.end] === '>' && m.end - m.start <= 6 && /^[A-Z][A-Z.]*$/u.test(text.slice(m.start, m.end))
}

/** Dashes and the colon that set a credit or a dateline off from the story ("AP - …", "KABUL (Reuters) - …"). */
const CREDIT_MARKS = new Set(['-', '–', '—', ':'])

/** The position of the first character at or after `at` that is not a space or tab. */
function skipBlanks(text: string, at: number): number {
  let i = at
  while (text[i] === ' ' || text[i] === '\t') i++
  return i
}

/** Whether a dash or colon with a blank after it sits at `at` (after blanks): "… - ", "…: ". */
function isMarkAt(text: string, at: number): boolean {
  const i = skipBlanks(text, at)
  const next = text[i + 1]
  return CREDIT_MARKS.has(text[i] ?? '') && (next === ' ' || next === '\t' || next === '\n')
}

/**
 * Whether a mention of a news medium is the credit of the story rather than a party to it: in parentheses at the
 * end of a line or before a dash ("… eases curfew (AFP)", "KABUL (Reuters) - …"), or opening a line before a dash
 * or colon ("AP - The man who …"). Credits name who reported, so they get no actor (events would take them as
 * source or target).
 */
function isCredit(text: string, m: { readonly start: number; readonly end: number; readonly text: string }, dict: ActorDictionary, fallback: readonly string[] | undefined): boolean {
  if (!isCreditPlace(text, m)) return false
  return (rolesOfName(dict, m.text) ?? fallback)?.includes('MED') === true
}

/** Whether a span sits where a credit goes: "(…)" closing a line or before a dash, or opening a line before a dash. */
function isCreditPlace(text: string, m: { readonly start: number; readonly end: number }): boolean {
  // Character tests only: this runs for every mention, and most are neither in parentheses nor before a dash.
  if (text[m.start - 1] === '(') {
    if (text[m.end] !== ')') return false
    const i = skipBlanks(text, m.end + 1)
    return i >= text.length || text[i] === '\n' || text[i] === '\r' || isMarkAt(text, m.end + 1)
  }
  if (!isMarkAt(text, m.end)) return false
  for (let i = m.start - 1; i >= 0 && text[i] !== '\n'; i--) if (text[i] !== ' ' && text[i] !== '\t') return false
  return true
}

/** The roles the dictionary gives a name on its own ("AFP" → MED), whatever cluster coreference put it in. */
function rolesOfName(dict: ActorDictionary, text: string): string[] | undefined {
  const target = dict.lookupName(text)
  if (target === undefined || !('code' in target)) return undefined
  const roles: string[] = []
  for (let i = 3; i + 3 <= target.code.length; i += 3) roles.push(target.code.slice(i, i + 3))
  return roles
}

/**
 * Whether an organization's mention only opens a longer role phrase of the dictionary: "Labour" in "Belmoran
 * Labour Minister" or "the Labour Department" names a portfolio, not the party, so it is no actor and no country.
 * Only the word right after the mention is read (role phrases add one word to a party's name).
 */
function opensRolePhrase(dict: ActorDictionary, text: string, m: Mention): boolean {
  let at = m.end
  if (text[at] !== ' ') return false
  while (text[at] === ' ') at++
  const from = at
  while (at < text.length && /\p{L}/u.test(text[at] ?? '')) at++
  if (at === from) return false
  const words = m.text.toLowerCase().split(' ')
  words.push(text.slice(from, at).toLowerCase())
  const match = dict.matchAgent(words, 0)
  return match !== undefined && match.length === words.length
}

/** The country of a document's first credited news medium ("(AP)" → USA), with that credit as evidence. */
function creditCountry(dict: ActorDictionary, all: readonly Mention[], clusterType: ReadonlyMap<string, string>, text: string): DocumentCountry | undefined {
  for (const m of all) {
    if (clusterType.get(m.clusterId) !== 'ORG' || !isCredit(text, m, dict, undefined)) continue
    const target = dict.lookupName(m.text)
    const code = target !== undefined && 'code' in target ? target.code.slice(0, 3) : undefined
    if (code !== undefined && dict.isCountryCode(code)) return { code, mention: m }
  }
  return undefined
}

/**
 * The country a domestic story is filed from, when it names no other (by name, people, city or organization): its
 * dateline's ("OTTAWA (CP) - …"), else its credited medium's ("(AP) - …").
 */
function domesticCountry(
  dict: ActorDictionary,
  homes: readonly Mention[],
  all: readonly Mention[],
  clusterType: ReadonlyMap<string, string>,
  text: string,
  datelines: ReadonlyArray<{ readonly start: number; readonly end: number }>,
): DocumentCountry | undefined {
  const home = (datelines.length > 0 ? datelineCountry(dict, datelines, all, clusterType) : undefined) ?? creditCountry(dict, all, clusterType, text)
  if (home === undefined) return undefined
  const named = countriesIn(dict, { start: 0, end: text.length }, '', homes, clusterType)
  return [...named.keys()].every((code) => code === home.code) ? home : undefined
}

/** Whether an entity is an organization that is a credit of a news medium (see `isCredit`). */
function isCreditEntity(dict: ActorDictionary, text: string, e: Entity): boolean {
  return e.type === 'ORG' && isCredit(text, e, dict, undefined)
}

/** The organizations of a document that are credits of a news medium (see `isCredit`): no title reads its role from them. */
function dropCredits(dict: ActorDictionary, text: string, entities: readonly Entity[]): readonly Entity[] {
  // Tested in plain loops (no closure per document); most documents have no credit, so the list is kept as it is.
  let first = -1
  for (let i = 0; i < entities.length && first < 0; i++) if (isCreditEntity(dict, text, entities[i] as Entity)) first = i
  if (first < 0) return entities
  const kept = entities.slice(0, first)
  for (let i = first + 1; i < entities.length; i++) if (!isCreditEntity(dict, text, entities[i] as Entity)) kept.push(entities[i] as Entity)
  return kept
}

/**
 * A dateline opening a line: a capitalised place ("KABUL", "US NAVAL BASE GUANTANAMO BAY"), an optional ", Country"
 * and date, an optional "(Agency)", then a dash or colon ("KABUL, Afghanistan - …", "MOSCOW, Aug. 18 (Xinhuanet) --").
 */
const DATELINE = /[ \t]*(?:[A-Z][A-Za-z]+(?:[ \t][A-Z][A-Za-z]+){0,2}[ \t]-[ \t])?[A-Z][A-Z.'’ -]*[A-Z.](?:,[ \t]*[A-Z][A-Za-z.]*(?:[ \t][A-Z][A-Za-z.]*){0,2})?(?:,?[ \t]*[A-Za-z]{3,9}\.?[ \t]\d{1,2}(?:,[ \t]*\d{4})?\.?)?(?:[ \t]*\([^)\n]{1,40}\))?[ \t]*(?:--|[-–—:])[ \t]/yu

/**
 * The datelines of a text, each at the start of a paragraph: where the story was filed names no party to it, so its
 * places get no actor.
 */
function findDatelines(text: string, paragraphs: readonly Paragraph[]): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = []
  for (const paragraph of paragraphs) {
    // Cheap test first: a dateline opens with a capital letter (after blanks).
    let at = paragraph.start
    while (text[at] === ' ' || text[at] === '\t') at++
    const first = text.charCodeAt(at)
    if (first < 65 || first > 90) continue
    DATELINE.lastIndex = paragraph.start
    const found = DATELINE.exec(text)
    if (found !== null) out.push({ start: found.index, end: found.index + found[0].length })
  }
  return out
}

/**
 * The country of the place that opens the document's first dateline ("BAGHDAD (Reuters) -" → IRQ), with that
 * place's mention; undefined when there is no dateline or its place is no country's.
 */
function datelineCountry(
  dict: ActorDictionary,
  datelines: ReadonlyArray<{ readonly start: number; readonly end: number }>,
  mentions: readonly Mention[],
  clusterType: ReadonlyMap<string, string>,
): DocumentCountry | undefined {
  const first = datelines[0]
  if (first === undefined) return undefined
  for (const m of mentions) {
    if (m.start < first.start) continue
    if (m.end > first.end) break
    if (clusterType.get(m.clusterId) !== 'GPE') continue
    // Datelines are written in capitals ("NAIROBI"); the dictionary knows "Nairobi".
    const target = dict.lookupName(m.text) ?? dict.lookupName(m.text.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, gap: string, letter: string) => gap + letter.toUpperCase()))
    if (target === undefined || !('code' in target) || target.kind === 'igo' || target.kind === 'organization') continue
    const code = target.code.slice(0, 3)
    if (!dict.isCountryCode(code)) continue
    // "BRUSSELS - The alliance's ministers …": a city that seats an organization the story names reports its
    // business, and its officials come from anywhere, unless the story names the city's country too.
    const seated = dict.igosSeatedIn(m.text)
    if (seated.length > 0 && namesSeatedIgo(dict, seated, mentions, first) && !namesCountry(dict, code, mentions, first)) return undefined
    return { code, mention: m }
  }
  return undefined
}

/** Whether a mention outside the dateline names one of the given IGOs. */
function namesSeatedIgo(dict: ActorDictionary, igos: readonly string[], mentions: readonly Mention[], dateline: { readonly start: number; readonly end: number }): boolean {
  for (const m of mentions) {
    if (m.start >= dateline.start && m.end <= dateline.end) continue
    const code = m.kind === 'pronoun' ? undefined : dict.countryOf(m.text)
    if (code !== undefined && igos.includes(code)) return true
  }
  return false
}

/**
 * Whether a mention outside the dateline names the country itself: its name, adjective or people ("Belgian police"),
 * not a city of it ("ministers met in Brussels").
 */
function namesCountry(dict: ActorDictionary, country: string, mentions: readonly Mention[], dateline: { readonly start: number; readonly end: number }): boolean {
  for (const m of mentions) {
    if (m.kind === 'pronoun' || (m.start >= dateline.start && m.end <= dateline.end)) continue
    const target = dict.lookupName(m.text)
    if (target === undefined || !('code' in target) || target.code.slice(0, 3) !== country) continue
    if (target.kind === 'country' || target.kind === 'adjective' || target.kind === 'demonym') return true
  }
  return false
}

/** Whether a span lies inside one of the given spans. */
function isInside(spans: ReadonlyArray<{ readonly start: number; readonly end: number }>, m: { readonly start: number; readonly end: number }): boolean {
  for (const span of spans) if (span.start <= m.start && m.end <= span.end) return true
  return false
}

/** Builds an actor annotation: two literal shapes (with or without a dictionary entry), keys always in one order. */
function toActor(m: Mention, clusterId: string, resolved: ClusterCode, reason: ActorReason, by: Producer): Actor {
  const { id: mentionId, start, end, text } = m
  const id = makeId('act', m, m.kind)
  const code = asActorCode(resolved.code)
  const { country, roles, isKnown, evidence, entry } = resolved
  return entry === undefined
    ? { id, start, end, by, text, mentionId, clusterId, code, country, roles, isKnown, reason, evidence }
    : { id, start, end, by, text, mentionId, clusterId, code, country, roles, isKnown, reason, evidence, entry }
}

/**
 * Creates the actors stage. It writes one `actors` annotation per mention of a cluster that is an actor
 * (persons, organizations, GPEs, nationality words: "Dalonian positions" → DLN), with the code, its evidence,
 * and `isKnown: false` for best-effort guesses. Mentions inside boilerplate (photo credits, related links)
 * get no actor.
 * @param dict the actor dictionary
 */
export function createActorsStage(dict: ActorDictionary) {
  return defineStage({
    name: 'actors',
    version: '2',
    reads: ['normalized', 'paragraphs', 'tokens', 'sentences', 'entities', 'mentions', 'clusters'],
    writes: ['actors'],
    run: (doc, ctx) => {
      const folded = matchText(doc)
      const day = publishedDay(doc)
      if (day === undefined) {
        ctx.report({ code: 'actor-undated', severity: 'info', message: 'No publication date: dated roles are read as of today (open-ended roles count as current).' })
      }
      // "Reuters - Arvenia's President …": a credit opening the line is no organization the title belongs to.
      const entities: readonly Entity[] = dropCredits(dict, doc.text, doc.layers.entities ?? [])
      const boilerplate = (doc.layers.sentences ?? []).filter((s) => s.role === 'boilerplate')
      const clusterType = new Map((doc.layers.clusters ?? []).map((c) => [c.id, c.type]))
      const allMentions = (doc.layers.mentions ?? []).filter((m) => clusterType.get(m.clusterId) !== 'ORG' || !opensRolePhrase(dict, doc.text, m))
      const fullNames = organizationFullNames(allMentions, doc.layers.clusters ?? [])
      const byCluster = new Map<string, Mention[]>()
      for (const m of allMentions) {
        const list = byCluster.get(m.clusterId) ?? []
        list.push(m)
        byCluster.set(m.clusterId, list)
      }
      const actors: Actor[] = []
      const sentences = doc.layers.sentences ?? []
      const paragraphs = doc.layers.paragraphs ?? []
      const datelines = findDatelines(doc.text, paragraphs)
      // Worked out on the first guess only: most clusters need none.
      let scopes: DocScopes | undefined
      // The mentions that may name a home for a guess (no credits), worked out on the first guess only.
      let homeMentions: Mention[] | undefined
      // The country a domestic story is filed from (see `domesticCountry`), worked out for the first official that needs it.
      let credited: { readonly found: DocumentCountry | undefined } | undefined
      // The document's leading country, worked out for the first official that needs it.
      let leading: { readonly found: DocumentCountry | undefined } | undefined
      // The country of the document's first dateline, and its leading country by the strict test, worked out for the
      // first bare role that needs them.
      let filed: { readonly found: DocumentCountry | undefined } | undefined
      let leadingStrictly: { readonly found: DocumentCountry | undefined } | undefined
      // Every country the document names, worked out for the first party or legislature that needs it.
      let named: Map<string, Set<string>> | undefined
      // Dictionary codes of organizations this document places in another country (see below), to the country it gives.
      const namesakes = new Map<string, DocumentCountry>()
      for (const cluster of doc.layers.clusters ?? []) {
        const mentions = byCluster.get(cluster.id) ?? []
        let resolved = resolveCluster(dict, { type: cluster.type, mentions, text: doc.text, folded, entities, day, fullNames })
        if (resolved === undefined) continue
        if (resolved.country === null && (cluster.type === 'PERSON' || cluster.type === 'ORG')) {
          scopes ??= {
            sentences,
            paragraphs,
            areSentencesDisjoint: isOrderedAndDisjoint(sentences),
            areParagraphsDisjoint: isOrderedAndDisjoint(paragraphs),
            areMentionsSorted: isSortedByStart(allMentions),
            tokens: doc.layers.tokens ?? [],
          }
          // A news medium's credit ("BANGKOK (Reuters) -", "… bill (AFP)") names who reported, no home of anyone.
          homeMentions ??= allMentions.filter((m) => clusterType.get(m.clusterId) !== 'ORG' || !isCredit(doc.text, m, dict, undefined))
          const tagged = cluster.type === 'PERSON' ? partyPlaceTag(dict, doc.text, mentions) : undefined
          resolved =
            (tagged === undefined ? undefined : placedIn(resolved, tagged.code, tagged, doc.text, true)) ??
            blocOf(resolved, mentions, doc.text, scopes.tokens) ??
            guessCountry(dict, resolved, mentions, scopes, homeMentions, clusterType, doc.text) ??
            resolved
          // An official no sentence places, in a story mostly about one country, is most likely that country's
          // (not a banker or analyst: business people in a story about a country are often foreign).
          if (resolved.country === null && cluster.type === 'PERSON' && resolved.roles.some((r) => STATE_ROLES.has(r))) {
            leading ??= { found: documentCountry(dict, allMentions, clusterType) }
            if (leading.found !== undefined) resolved = withCountry(resolved, leading.found, doc.text)
          }
          // A wire names its own country's officials without it ("(AP) - Vice President …", "OTTAWA (CP) - Prime
          // Minister …"): in a story naming no other country (a domestic one), an official or body of the state still
          // without a country is of the country the story is filed from (a guess).
          if (resolved.country === null && resolved.roles.some((r) => STATE_ROLES.has(r))) {
            credited ??= { found: domesticCountry(dict, homeMentions, allMentions, clusterType, doc.text, datelines) }
            if (credited.found !== undefined) resolved = withCountry(resolved, credited.found, doc.text)
          }
          // "BAGHDAD, Iraq - … radical Shiite cleric Muqtada al-Sadr": a cleric, rebel or militant no sentence places
          // is most likely of the country the story is filed from (a guess), whatever other countries it names.
          if (resolved.country === null && cluster.type === 'PERSON' && resolved.roles.some((r) => LOCAL_ROLES.has(r))) {
            filed ??= { found: datelineCountry(dict, datelines, allMentions, clusterType) }
            if (filed.found !== undefined) resolved = withCountry(resolved, filed.found, doc.text)
          }
        }
        // "San Jose, Calif.", "Paris, Texas": a city written with the region it lies in is of that region's country.
        if (cluster.type === 'GPE' && resolved.reason === 'metonym' && resolved.country !== null) {
          resolved = placedByItsRegion(dict, resolved, mentions, allMentions, doc.text) ?? resolved
        }
        // "JERUSALEM (Reuters) - … invited the opposition Labour Party", "QUITO, Ecuador - … a decision by Congress": a
        // party or legislature of the dictionary in a story filed from another country that never names its own is that
        // country's namesake (a guess).
        if (cluster.type === 'ORG' && resolved.isKnown && resolved.reason === 'dictionary' && resolved.country !== null && isHomeInstitution(resolved.roles)) {
          filed ??= { found: datelineCountry(dict, datelines, allMentions, clusterType) }
          if (filed.found !== undefined && filed.found.code !== resolved.country) {
            named ??= countriesNamed(dict, allMentions, day)
            if (!isNamedByOthers(named, resolved.country, cluster.id)) resolved = withCountry(resolved, filed.found, doc.text)
          }
        }
        // "Israel's opposition Labour party … Labour leader Shimon Peres": an organization the dictionary places in one
        // country that this document places in another (its owner, or the dateline's namesake) is that one in a title
        // read later too. (Clusters come in order of first mention, so the organization comes first.)
        if (cluster.type === 'ORG' && resolved.country !== null) {
          const listed = listedOrganizationCode(dict, mentions)
          if (listed !== undefined && listed !== resolved.code && listed.slice(3) === resolved.code.slice(3)) namesakes.set(listed, { code: resolved.country, mention: mentions[0] as Mention })
        }
        const namesake = cluster.type === 'PERSON' && resolved.reason === 'title' ? namesakes.get(resolved.code) : undefined
        if (namesake !== undefined) resolved = withCountry(resolved, namesake, doc.text)
        if (resolved.country === null && cluster.type === 'NORP' && mentions.some((m) => m.reason.startsWith('role:'))) {
          // "The interior minister said", "police arrested": a role of the state with no country is the one of the
          // country the story is filed from, else of the country it is mostly about (a guess), else it has no code.
          filed ??= { found: datelineCountry(dict, datelines, allMentions, clusterType) }
          // "CAIRO (AFP) -- rebels in Sudan's Darfur region said the government had launched an offensive": a story filed
          // from abroad about one country named in the role's own sentence.
          const abroad = filed.found === undefined ? undefined : countryNamedBeside(dict, mentions, sentences, allMentions, clusterType, datelines, filed.found.code)
          const country = abroad ?? filed.found ?? (leadingStrictly ??= { found: documentCountry(dict, allMentions, clusterType, true) }).found
          if (country === undefined) continue
          resolved = withCountry(resolved, country, doc.text)
        }
        if (cluster.type === 'NORP' && resolved.reason === 'demonym') {
          resolved = codeResidents(dict, resolved, mentions, sentences, allMentions, clusterType, doc.text) ?? resolved
        }
        if (!resolved.isKnown) {
          ctx.report({
            code: 'actor-unknown',
            severity: 'info',
            message: `No full actor code for "${cluster.text}"; kept as ${resolved.code} (isKnown: false).`,
            start: cluster.start,
            end: cluster.end,
            expected: 'a dictionary entry (--actors file) or a title naming country and role',
          })
        }
        for (const m of mentions) {
          if (boilerplate.some((s) => s.start <= m.start && m.end <= s.end)) continue
          if (isCredit(doc.text, m, dict, resolved.roles)) continue
          // "Chrysler Corp <C>": a stock ticker in angle brackets names the company's share, no party.
          if (isTicker(doc.text, m)) continue
          // A dateline holds where and by whom a story was filed, never a party to it.
          if (datelines.length > 0 && isInside(datelines, m)) continue
          // Names and titles carry the evidence's own reason; pronouns and descriptions inherit theirs.
          const reason = m.id !== resolved.mentionId && (m.kind === 'pronoun' || m.kind === 'description') ? 'cluster' : resolved.reason
          actors.push(toActor(m, cluster.id, resolved, reason, ctx.by))
        }
      }
      actors.sort((a, b) => a.start - b.start || a.end - b.end)
      return { actors }
    },
  })
}
