// The quotes stage: quotations and reported speech with cue, content, speaker (resolved to actors) and events.
import { makeId, makeTextSpan, type Doc, type Event, type Quote, type Speaker, type SpeakerMember } from '../../core/index.js'
import { defineStage } from '../../pipeline/index.js'
import { loadCueLexicon, type CueLexicon } from './cue-lexicon.js'
import { detectQuotes, type QuoteDraft, type SpeakerDraft } from './detect-quotes.js'
import { withNameTags } from './name-tags.js'
import { findNestedQuotes, NESTED_REASON } from './nested-quotes.js'
import { followsQuotation, SpeakerResolver, type SpeakerResolution } from './resolve-speaker.js'

export { compileCueLexicon, loadCueLexicon, type CueLexicon, type CueFrame } from './cue-lexicon.js'
export { findQuoteRegions, type QuoteRegion } from './quote-marks.js'

/** Options for the quotes stage. */
export interface QuotesStageOptions {
  /** A cue lexicon to use instead of the built-in `cues.json`. */
  readonly lexicon?: CueLexicon
}

/** Ids of events whose trigger lies inside a span (events are sorted by start, their first trigger). */
function eventsInside(events: readonly Event[], span: { start: number; end: number }): string[] {
  let lo = 0
  let hi = events.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((events[mid] as Event).start < span.start) lo = mid + 1
    else hi = mid
  }
  const ids: string[] = []
  for (let i = lo; i < events.length && (events[i] as Event).start < span.end; i++) {
    const event = events[i] as Event
    if (event.trigger.start >= span.start && event.trigger.end <= span.end) ids.push(event.id)
  }
  return ids
}

/** A speaker being filled in. */
type MutableSpeaker = { -readonly [K in keyof Speaker]: Speaker[K] }

/** The named person who spoke an earlier quotation, kept to resolve a later "he"/"she". */
interface PriorSpeaker {
  readonly resolution: SpeakerResolution
  readonly clusterId: string
  readonly name: string
  readonly paragraphIndex: number
  /** Where the quotation and its speaker end. */
  readonly end: number
}

/** A cluster name without a trailing possessive ("Clinton's" → "Clinton"). */
function withoutPossessive(name: string): string {
  return name.replace(/['’]s?$/, '')
}

/** How many paragraphs back "the ministry" may reach the organization that spoke. */
const THING_PARAGRAPHS = 2

/** Whether a span is "the" and the last word of a name ("the ministry" for "Vell Foreign Ministry"). */
function namesHeadOf(text: string, name: string): boolean {
  const space = text.indexOf(' ')
  if (space < 0 || text.slice(0, space).toLowerCase() !== 'the' || text.indexOf(' ', space + 1) >= 0) return false
  const head = text.slice(space + 1).toLowerCase()
  const last = name.slice(name.lastIndexOf(' ') + 1).toLowerCase()
  return head.length > 2 && head === last && name.includes(' ')
}

/** Per-document state of speaker resolution: the last named speaker and the recent named speakers of quotations. */
interface SpeakerMemory {
  lastNamed: { resolution: SpeakerResolution; text: string } | undefined
  readonly priors: PriorSpeaker[]
  /** The last speaker that resolved to an organization or a place, for a later "it". */
  lastThing: { resolution: SpeakerResolution; name: string; paragraphIndex: number } | undefined
}

/**
 * The named speaker of the closest earlier quotation in the same or the previous paragraph whose gender
 * agrees with a pronoun (unknown genders agree).
 */
function closestPrior(
  memory: SpeakerMemory,
  paragraphIndex: number,
  pronoun: string,
  at: number,
  doc: Doc,
  resolver: SpeakerResolver,
  lexicon: CueLexicon,
): PriorSpeaker | undefined {
  const wanted = lexicon.genderWords.get(pronoun)
  for (let i = memory.priors.length - 1; i >= 0; i--) {
    const prior = memory.priors[i] as PriorSpeaker
    if (prior.paragraphIndex < paragraphIndex - 1) return undefined
    const gender = resolver.genderOf(prior.clusterId, doc.text, lexicon.genderWords)
    if (gender !== undefined && gender !== wanted) continue
    // Another person named since that quotation may be the one meant.
    return resolver.otherPersonBetween(prior.end, at, prior.clusterId, wanted, doc.text, lexicon.genderWords) ? undefined : prior
  }
  return undefined
}

/** Whether a resolved speaker may be a "he"/"she": its cluster's gender is unknown or the pronoun's. */
function agreesInGender(resolution: SpeakerResolution, pronoun: string, doc: Doc, resolver: SpeakerResolver, lexicon: CueLexicon): boolean {
  if (resolution.clusterId === undefined) return true
  const gender = resolver.genderOf(resolution.clusterId, doc.text, lexicon.genderWords)
  return gender === undefined || gender === lexicon.genderWords.get(pronoun)
}

/** A person described by age ("63-year-old"). */
const AGE_HEAD = /^\d{1,3}-year-old$/

/** Words a description may hold before its head that point away from the last speaker ("the other candidate"). */
const OTHER_WORDS = /^(?:other|another|new|first|second|next|rival|opposing)$/i

/**
 * The head of a description of a person ("the former Republican presidential candidate" → "candidate"): "the", up to
 * three more words, and a head from the lexicon's `personHeads`; undefined for anything else.
 */
function personDescriptionHead(text: string, lexicon: CueLexicon): string | undefined {
  if (lexicon.personHeads.size === 0 || !/^the\s/i.test(text)) return undefined
  const words = text.split(/\s+/)
  if (words.length < 2 || words.length > 5) return undefined
  const head = (words.at(-1) ?? '').toLowerCase()
  // "the 63-year-old" describes a person by age.
  if (!lexicon.personHeads.has(head) && !AGE_HEAD.test(head)) return undefined
  return words.slice(1, -1).some((w) => OTHER_WORDS.test(w)) ? undefined : head
}

/** Whether a resolution is a description's own cluster with no name, no entity and no organization ("the minister" alone). */
function isUnnamedDescription(resolution: SpeakerResolution, resolver: SpeakerResolver): boolean {
  if (resolution.mentionKind !== 'description' || resolution.entityId !== undefined || resolver.isThing(resolution)) return false
  return resolution.clusterId === undefined || resolver.namedPerson(resolution.clusterId) === undefined
}

/**
 * The person a description of a person ("the candidate", "the prime minister") stands for when coreference left it
 * unresolved: the person who spoke the last quotation nearby; else, for a cue's subject with no quotation before it in
 * its paragraph, the named person opening the sentence before ("Varga was less upbeat. “…,” the envoy said"); else, as
 * a reader would, the only person named in this paragraph or the one before. Not when the description brings in
 * someone new ("the spokesman", "an aide") or someone's ("the minister's adviser"), or its head tells a gender
 * ("businesswoman") that person's contradicts.
 */
function describedPerson(
  doc: Doc,
  span: { start: number; end: number },
  text: string,
  personHead: string,
  paragraphIndex: number,
  resolver: SpeakerResolver,
  lexicon: CueLexicon,
  memory: SpeakerMemory,
  draftReason: string,
  opening: number,
): { resolution: SpeakerResolution; reason: string } | undefined {
  const prior = lastPersonSpeaker(memory, paragraphIndex, span.start, personHead, doc, resolver, lexicon)
  if (prior !== undefined) return { resolution: prior.resolution, reason: `; description "${text}" → speaker of a recent quotation ${prior.name}` }
  const isNewcomer = (lexicon.newSpeakerHeads.has(personHead) && !lexicon.personHeads.has(personHead)) || /['’]s?\s/.test(text)
  if (isNewcomer) return undefined
  const headGender = personHead.endsWith('woman') ? 'f' : personHead.endsWith('man') ? 'm' : undefined
  const agrees = (clusterId: string | undefined): boolean => {
    const gender = clusterId === undefined || headGender === undefined ? undefined : resolver.genderOf(clusterId, doc.text, lexicon.genderWords)
    return gender === undefined || gender === headGender
  }
  // (Not after a quotation by someone else in the same paragraph: "“…,” Varga said. Dorn arrived. “…,” the candidate
  // added" may go on with Varga.)
  const isAfterQuotationHere = memory.priors.at(-1)?.paragraphIndex === paragraphIndex
  const subject = draftReason.startsWith('subject of cue') && !isAfterQuotationHere ? resolver.personSubjectBefore(doc.layers.sentences ?? [], doc.layers.tokens ?? [], doc.text, span, opening) : undefined
  if (subject !== undefined && agrees(subject.clusterId)) return { resolution: subject, reason: `; description "${text}" → subject of the sentence before, ${withoutPossessive(subject.name ?? '')}` }
  const nearby = onlyPersonNearby(doc, span, resolver)
  if (nearby === undefined || !agrees(nearby.resolution.clusterId)) return undefined
  return { resolution: nearby.resolution, reason: `; description "${text}" → the only person named nearby, ${nearby.name}` }
}

/**
 * The named person who spoke the last quotation, in the same or the previous paragraph, when no other person is
 * named since and a head that tells a gender ("businessman", "congresswoman") agrees with theirs.
 */
function lastPersonSpeaker(memory: SpeakerMemory, paragraphIndex: number, at: number, head: string, doc: Doc, resolver: SpeakerResolver, lexicon: CueLexicon): PriorSpeaker | undefined {
  const prior = memory.priors.at(-1)
  if (prior === undefined || prior.paragraphIndex < paragraphIndex - 1) return undefined
  const wanted = head.endsWith('woman') ? 'f' : head.endsWith('man') ? 'm' : undefined
  const gender = wanted === undefined ? undefined : resolver.genderOf(prior.clusterId, doc.text, lexicon.genderWords)
  if (gender !== undefined && gender !== wanted) return undefined
  return resolver.otherPersonBetween(prior.end, at, prior.clusterId, undefined, doc.text, lexicon.genderWords) ? undefined : prior
}

/**
 * The named person opening the sentence before a pronoun that is a cue's subject, when that person's gender does
 * not clash with the pronoun's.
 */
function subjectBefore(doc: Doc, span: { start: number; end: number }, pronoun: string, reason: string, resolver: SpeakerResolver, lexicon: CueLexicon, opening: number) {
  if (!reason.startsWith('subject of cue')) return undefined
  const subject = resolver.personSubjectBefore(doc.layers.sentences ?? [], doc.layers.tokens ?? [], doc.text, span, opening)
  if (subject === undefined) return undefined
  const gender = resolver.genderOf(subject.clusterId, doc.text, lexicon.genderWords)
  return gender === undefined || gender === lexicon.genderWords.get(pronoun) ? subject : undefined
}

/**
 * The new, unnamed person an indefinite description brings in as the subject of the sentence before a pronoun that
 * is a cue's subject ("A ministry spokeswoman said …"), when the description's head does not clash with the pronoun.
 */
function newSpeakerBefore(doc: Doc, span: { start: number; end: number }, pronoun: string, reason: string, resolver: SpeakerResolver, lexicon: CueLexicon, opening: number) {
  if (!reason.startsWith('subject of cue')) return undefined
  const found = resolver.newSpeakerBefore(doc.layers.sentences ?? [], doc.layers.tokens ?? [], doc.text, span, lexicon.newSpeakerHeads, opening)
  if (found === undefined) return undefined
  const gender = found.head.endsWith('woman') ? 'f' : found.head.endsWith('man') ? 'm' : undefined
  return gender === undefined || gender === lexicon.genderWords.get(pronoun) ? found : undefined
}

/** Speakers that are one or some of a group named before ("one", "another", "one of them"). */
const ONE_OF = /^(?:one|another|one of them|some of them)$/i

/** Where the window of a speaker's nearby people starts: the paragraph before the one holding `span` (or that one). */
function nearbyStart(doc: Doc, span: { start: number }): number | undefined {
  const paragraphs = doc.layers.paragraphs ?? []
  const p = paragraphs.findIndex((x) => x.start <= span.start && span.start < x.end)
  return p < 0 ? undefined : (paragraphs[Math.max(0, p - 1)] as { start: number }).start
}

/** The last group named as a plural description in the paragraph of `span` or the one before, up to `span`. */
function groupNearby(doc: Doc, span: { start: number; end: number }, resolver: SpeakerResolver): { resolution: SpeakerResolution; text: string } | undefined {
  const from = nearbyStart(doc, span)
  const mention = from === undefined ? undefined : resolver.lastGroupIn(from, span.start)
  const resolution = mention === undefined ? undefined : resolver.resolve(mention)
  return mention === undefined || resolution === undefined ? undefined : { resolution, text: mention.text }
}

/** The only person with a real name mentioned in the paragraph of `span` or the one before, up to `span`. */
function onlyPersonNearby(doc: Doc, span: { start: number; end: number }, resolver: SpeakerResolver): { resolution: SpeakerResolution; name: string } | undefined {
  const from = nearbyStart(doc, span)
  const mention = from === undefined ? undefined : resolver.onlyNamedPersonIn(from, span.start)
  const resolution = mention === undefined ? undefined : resolver.resolve(mention)
  const person = mention === undefined ? undefined : resolver.namedPerson(mention.clusterId)
  return resolution === undefined || person === undefined ? undefined : { resolution, name: withoutPossessive(person.text) }
}

/** Most words of a headline's bare description of a person ("Prime minister", "Arvenian foreign minister"). */
const MAX_HEADLINE_DESCRIPTION_WORDS = 4

/**
 * The head of a headline's bare description of a person, written without an article ("Prime minister says …",
 * "Envoy warns …"), or undefined when the span is no such description or stands outside the headline.
 */
function headlineDescriptionHead(doc: Doc, span: { start: number }, text: string, lexicon: CueLexicon): string | undefined {
  const paragraph = (doc.layers.paragraphs ?? []).find((x) => x.start <= span.start && span.start < x.end)
  if (paragraph?.role !== 'headline') return undefined
  const words = text.split(/\s+/)
  const head = (words.at(-1) ?? '').toLowerCase()
  if (words.length > MAX_HEADLINE_DESCRIPTION_WORDS || !lexicon.personHeads.has(head) || /^(?:the|a|an)$/i.test(words[0] ?? '')) return undefined
  return words.slice(0, -1).some((w) => OTHER_WORDS.test(w)) ? undefined : head
}

/** The only person with a real name in the paragraph after the headline holding `span` (the story's lead). */
function onlyPersonInLead(doc: Doc, span: { start: number }, resolver: SpeakerResolver): { resolution: SpeakerResolution; name: string } | undefined {
  const paragraphs = doc.layers.paragraphs ?? []
  const p = paragraphs.findIndex((x) => x.start <= span.start && span.start < x.end)
  const lead = p < 0 ? undefined : paragraphs[p + 1]
  const mention = lead === undefined ? undefined : resolver.onlyNamedPersonIn(lead.start, lead.end)
  const resolution = mention === undefined ? undefined : resolver.resolve(mention)
  const person = mention === undefined ? undefined : resolver.namedPerson(mention.clusterId)
  return resolution === undefined || person === undefined ? undefined : { resolution, name: withoutPossessive(person.text) }
}

/** A possessive pronoun, at most two modifiers and a head ("his wife", "her longtime lawyer"). */
const POSSESSED_PHRASE = /^(?:his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}([\p{L}-]+)$/iu

/** Whether a speaker phrase names someone a possessive relates to another ("his wife", "her lawyer"). */
function isRelativeOfPossessor(text: string, lexicon: CueLexicon): boolean {
  const head = POSSESSED_PHRASE.exec(text)?.[1]
  return head !== undefined && lexicon.relativeNouns.has(head.toLowerCase())
}

/**
 * Speaker phrases whose own words come before a phrase naming someone or somewhere else, which is not who speaks: a
 * head followed by a locative preposition ("Protesters outside the embassy"), or a head standing against the one
 * named after "of" or "to" ("critics of Lind", "Belmoran opponents of the treaty"). ("Supporters of Lind" and "aides
 * to Lind" speak for Lind's side, as CAMEO codes them.) Group 1 is the speaker's own words.
 */
const OWN_WORDS_BEFORE_OTHERS = [
  /^(.+?)\s+(?:outside|near|inside|across|along|around|among|throughout)\s/iu,
  /^(.*?\b(?:critics|opponents|rivals|detractors|foes|enemies|skeptics|sceptics))\s+(?:of|to)\s/iu,
]

/** The span of a speaker phrase's own words before a phrase naming others, or undefined when it has none. */
function ownWordsSpan(text: string, span: { start: number; end: number }): { start: number; end: number } | undefined {
  for (const pattern of OWN_WORDS_BEFORE_OTHERS) {
    const head = pattern.exec(text)?.[1]
    if (head !== undefined) return { start: span.start, end: span.start + head.length }
  }
  return undefined
}

/** A possessor before a name ("First Vell's Johnson", "Data Resources' Wyss"): the capitalized words after it. */
const OWNED_NAME = /['\u2019]s?\s+(\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*)?)$/u

/**
 * The span of the name an organization's possessive credits ("First Vell's Johnson" → "Johnson"), so that the
 * speaker resolves to the person rather than to the longer organization name; undefined for other phrases.
 */
function ownedNameSpan(text: string, span: { start: number; end: number }): { start: number; end: number } | undefined {
  if (text.length > 60 || !/\p{Lu}/u.test(text[0] ?? '')) return undefined
  const match = OWNED_NAME.exec(text)
  const name = match?.[1]
  return name === undefined ? undefined : { start: span.end - name.length, end: span.end }
}

/** Turns a speaker draft into a `Speaker`, through coreference when available. */
function resolveSpeaker(
  doc: Doc,
  draft: SpeakerDraft,
  paragraphIndex: number,
  resolver: SpeakerResolver,
  lexicon: CueLexicon,
  memory: SpeakerMemory,
  opening: number,
): { speaker: Speaker; resolution: SpeakerResolution | undefined } {
  const span = draft.inherited ?? draft
  const text = doc.text.slice(span.start, span.end)
  const target = (draft.inherited ?? draft).resolveAs
  // "Protesters outside the Belmoran embassy", "Belmoran critics of Lind": only the speaker's own words resolve, not
  // the place where they stood or the one they stand against.
  const ownWords = target === undefined ? ownWordsSpan(text, span) : undefined
  // "his wife", "her lawyer": someone other than the one the possessive names; no mention stands for them.
  const isRelative = target === undefined && isRelativeOfPossessor(text, lexicon)
  let resolution = isRelative ? undefined : ownWords !== undefined ? resolver.resolve(ownWords) : resolver.resolve(target ?? ownedNameSpan(text, span) ?? span) ?? (target === undefined ? resolver.resolve(span) : undefined)
  if (target === undefined && resolution !== undefined && resolver.isThing(resolution)) {
    // "analyst Tomas Varga of Vell Capital": the longer organization's name inside is not who spoke.
    const head = resolver.personHeadIn(span, doc.text)
    if (head !== undefined) resolution = resolver.resolve(head) ?? resolution
  }
  let reason = draft.reason
  if (target !== undefined) reason += ` → ${doc.text.slice(target.start, target.end)}`
  // "“…,” the minister said": a description of a person whose own cluster names no one goes on from the person it
  // describes, as below. (One that resolved to a party or a country inside it, "the Tory leader", keeps that: on
  // BBC politics the last speaker was as often a rival.)
  // (A capitalized head makes a name: "the Scottish Executive".)
  const describedHead = target === undefined && resolution !== undefined && !/\s\p{Lu}\S*$/u.test(text) ? personDescriptionHead(text, lexicon) : undefined
  if (describedHead !== undefined && resolution !== undefined && isUnnamedDescription(resolution, resolver)) {
    const described = describedPerson(doc, span, text, describedHead, paragraphIndex, resolver, lexicon, memory, draft.reason, opening)
    if (described !== undefined) {
      resolution = described.resolution
      reason += described.reason
    }
  }
  // A lone "he"/"she" (the lexicon's pronouns) continues the speaker of a recent quotation, as a reader
  // would; then its coreference cluster when that is a person with a real name; then the last named speaker.
  const pronoun = target === undefined && text.length <= 4 ? text.toLowerCase() : ''
  const personHead = target === undefined && resolution === undefined ? personDescriptionHead(text, lexicon) : undefined
  // A he/she inside a quotation ("“He told me, ‘…’”") is someone its speaker talks about: only coreference tells who.
  const isNested = draft.reason.startsWith(NESTED_REASON)
  if (isNested && lexicon.pronouns.has(pronoun)) {
    const corefName = resolution?.clusterId === undefined ? undefined : resolver.namedPerson(resolution.clusterId)
    if (corefName !== undefined) reason += `; pronoun "${text}" → ${withoutPossessive(corefName.text)}`
  } else if (lexicon.pronouns.has(pronoun)) {
    const prior = closestPrior(memory, paragraphIndex, pronoun, span.start, doc, resolver, lexicon)
    const corefName = resolution?.clusterId === undefined ? undefined : resolver.namedPerson(resolution.clusterId)
    const subject = subjectBefore(doc, span, pronoun, span.reason, resolver, lexicon, opening)
    const newcomer = subject === undefined ? newSpeakerBefore(doc, span, pronoun, span.reason, resolver, lexicon, opening) : undefined
    if (subject !== undefined && subject.clusterId !== resolution?.clusterId) {
      // "Lind warned … “…,” she said": the pronoun opening a sentence is the person opening the one before.
      resolution = subject
      reason += `; pronoun "${text}" → subject of the sentence before, ${withoutPossessive(subject.name ?? '')}`
    } else if (subject !== undefined) {
      reason += `; pronoun "${text}" → ${withoutPossessive(subject.name ?? '')}`
    } else if (newcomer !== undefined) {
      // "A Vell ministry spokeswoman said … She said:": a new, unnamed person; the organization named with them, if any.
      resolution = newcomer.thing
      reason += `; pronoun "${text}" → a ${newcomer.head} brought in by the sentence before${newcomer.thing?.name === undefined ? '' : ` (${newcomer.thing.name})`}`
    } else if (prior !== undefined && prior.clusterId !== resolution?.clusterId) {
      resolution = prior.resolution
      reason += `; pronoun "${text}" → speaker of a recent quotation ${prior.name}`
    } else if (corefName !== undefined) {
      reason += `; pronoun "${text}" → ${withoutPossessive(corefName.text)}`
    } else if (memory.lastNamed !== undefined && resolver.isPersonResolution(memory.lastNamed.resolution) && agreesInGender(memory.lastNamed.resolution, pronoun, doc, resolver, lexicon)) {
      // Only a person who spoke last may be a "he" ("the Commission said … “…,” he said" is someone else).
      resolution = memory.lastNamed.resolution
      reason += `; pronoun "${text}" → previous speaker ${memory.lastNamed.text}`
    } else if (resolution?.name !== undefined) {
      reason += `; pronoun "${text}" → ${resolution.name}`
    }
  } else if (resolution === undefined && target === undefined && lexicon.thingPronouns.has(pronoun)) {
    // "The ministry said … It added": a lone "it" as a cue's subject continues the organization or place that
    // spoke last, nearby and with no other named speaker since ("it is wrong to …" is no one's).
    const thing = memory.lastThing
    const isCueSubject = draft.reason.startsWith('subject of cue')
    if (thing !== undefined && isCueSubject && memory.lastNamed?.resolution === thing.resolution && paragraphIndex - thing.paragraphIndex <= 1) {
      resolution = thing.resolution
      reason += `; pronoun "${text}" → previous speaker ${thing.name}`
    } else if (isCueSubject && (text === 'It' || followsQuotation(doc.text, span.start, opening))) {
      // "The Vell Herald branded the budget “reckless.” It said …": else a sentence-opening "It" is the organization
      // or place opening the sentence before; "The ministry issued a statement. “…,” it said": after a quotation
      // that opens its sentence, the one opening the sentence before the quotation.
      const subject = resolver.thingOpeningSentenceBefore(doc.layers.sentences ?? [], text === 'It' ? span.start : opening, doc.text)
      if (subject !== undefined) {
        resolution = subject
        reason += `; pronoun "${text}" → subject of the sentence before, ${subject.name ?? ''}`
      }
    }
  } else if (resolution !== undefined) {
    if (resolution.name !== undefined && resolution.name !== text) reason += `; ${resolution.mentionKind ?? 'name'} "${text}" → ${resolution.name}`
  } else if (target === undefined && memory.lastThing !== undefined && paragraphIndex - memory.lastThing.paragraphIndex <= THING_PARAGRAPHS && namesHeadOf(text, memory.lastThing.name)) {
    // "The Vell Foreign Ministry said … The ministry added": "the" and the last word of the organization that spoke.
    resolution = memory.lastThing.resolution
    reason += `; "${text}" → previous speaker ${memory.lastThing.name}`
  } else if (personHead !== undefined) {
    const described = describedPerson(doc, span, text, personHead, paragraphIndex, resolver, lexicon, memory, draft.reason, opening)
    if (described !== undefined) {
      resolution = described.resolution
      reason += described.reason
    }
  } else if (target === undefined && headlineDescriptionHead(doc, span, text, lexicon) !== undefined) {
    // "Prime minister says Vell faces a hard year" over a lead naming one person: the headline describes that person.
    const lead = onlyPersonInLead(doc, span, resolver)
    if (lead !== undefined) {
      resolution = lead.resolution
      reason += `; headline description "${text}" → the only person named in the lead, ${lead.name}`
    }
  } else if (ONE_OF.test(text)) {
    // "Japanese officials were cautious. “…,” one said": one of the group named just before.
    const group = groupNearby(doc, span, resolver)
    if (group !== undefined) {
      resolution = group.resolution
      reason += `; "${text}" → one of ${group.text}`
    }
  } else {
    // The span's last word, lower-cased (read only when coreference gave nothing).
    const head = (/\S*$/.exec(text)?.[0] ?? '').toLowerCase()
    if (lexicon.groupSpeakers.has(head)) reason += '; group speaker'
  }
  // Built field by field in the layer's key order: one object shape, no spread copies.
  const speaker = { start: span.start, end: span.end, text } as MutableSpeaker
  if (resolution?.mentionId !== undefined) speaker.mentionId = resolution.mentionId
  if (resolution?.clusterId !== undefined) speaker.clusterId = resolution.clusterId
  if (resolution?.entityId !== undefined) speaker.entityId = resolution.entityId
  speaker.actor = resolution?.actor ?? null
  speaker.reason = reason
  // "Arvenia and Belmora said": each of the speakers named together, when two or more resolve.
  // ("The ministers of Arvenia and Belmora" coordinates inside a modifier: one speaker.)
  // A conjunct with its own article after a preposition's object is a speaker of its own ("the Bank of Vell and the Tarn Fund").
  const members =
    COORDINATION.test(text) && (!MODIFIER_PREPOSITION.test(text) || ARTICLE_CONJUNCT.test(text))
      ? coordinatedMembers(doc, span, resolver)
      : resolution === undefined && target === undefined && PAIR_SPEAKERS.test(text) && isPairOfPersons(text, lexicon)
        ? pairNamedBefore(doc, span, resolver)
        : undefined
  if (members !== undefined) speaker.members = members
  if (members !== undefined && !COORDINATION.test(text)) speaker.reason += `; "${text}" → ${members.map((m) => m.text).join(' and ')}`
  return { speaker, resolution }
}

/** A coordination inside a speaker span ("Arvenia and Belmora", "Lind, Varga and Dorn"). */
const COORDINATION = /\s(?:and|&)\s/
/** A preposition inside a speaker span, whose object a coordination may belong to ("the envoys of Arvenia and …"). */
const MODIFIER_PREPOSITION = /\s(?:of|for|from|in|at|with|to)\s/i

/** A conjunct opening with an article ("… and the Tarn Fund"), coordinated with the head, not with a preposition's object. */
const ARTICLE_CONJUNCT = /\s(?:and|&)\s(?:the|a|an)\s/i

/** A speaker that stands for two people named before ("the two ministers", "both leaders", "the pair"). */
const PAIR_SPEAKERS = /^(?:the two|both(?: the)?)(?:\s+[\p{L}-]+){0,2}\s+[\p{L}-]+s$|^the (?:pair|two men|two women|two leaders)$/iu

/** Whether a pair speaker's head names persons ("the two ministers", "both men"), not things ("both outlets"). */
function isPairOfPersons(text: string, lexicon: CueLexicon): boolean {
  const head = (/\S*$/.exec(text)?.[0] ?? '').toLowerCase()
  const singular = head.endsWith('men') ? `${head.slice(0, -3)}man` : head.replace(/s$/, '')
  return singular === 'man' || singular === 'woman' || singular === 'pair' || lexicon.personHeads.has(singular)
}

/** The two persons named in the paragraph of `span` or the one before, as members, when exactly two are. */
function pairNamedBefore(doc: Doc, span: { start: number; end: number }, resolver: SpeakerResolver): SpeakerMember[] | undefined {
  const from = nearbyStart(doc, span)
  const pair = from === undefined ? undefined : resolver.twoNamedPersonsIn(from, span.start, doc.layers.sentences ?? [])
  if (pair === undefined) return undefined
  return pair.map((mention) => {
    const resolution = resolver.resolve(mention)
    const member = { start: mention.start, end: mention.end, text: mention.text } as { -readonly [K in keyof SpeakerMember]: SpeakerMember[K] }
    if (resolution?.clusterId !== undefined) member.clusterId = resolution.clusterId
    if (resolution?.entityId !== undefined) member.entityId = resolution.entityId
    member.actor = resolution?.actor ?? null
    return member
  })
}

/** The speakers a coordinated span names, each resolved; undefined unless two or more distinct ones resolve. */
function coordinatedMembers(doc: Doc, span: { start: number; end: number }, resolver: SpeakerResolver): SpeakerMember[] | undefined {
  const members: SpeakerMember[] = []
  const seen = new Set<string>()
  const text = doc.text.slice(span.start, span.end)
  for (const part of text.matchAll(/[^,&]+?(?=\s*(?:,|\band\b|&|$))/gu)) {
    let start = span.start + part.index
    let end = start + part[0].length
    while (start < end && /\s/.test(doc.text[start] ?? '')) start++
    while (end > start && /\s/.test(doc.text[end - 1] ?? '')) end--
    if (doc.text.startsWith('and ', start)) start += 4
    if (end <= start) continue
    const resolution = resolver.resolve({ start, end })
    const key = resolution?.clusterId ?? resolution?.entityId
    if (resolution === undefined || key === undefined || seen.has(key)) continue
    seen.add(key)
    const member = { start, end, text: doc.text.slice(start, end) } as { -readonly [K in keyof SpeakerMember]: SpeakerMember[K] }
    if (resolution.clusterId !== undefined) member.clusterId = resolution.clusterId
    if (resolution.entityId !== undefined) member.entityId = resolution.entityId
    member.actor = resolution.actor
    members.push(member)
  }
  return members.length >= 2 ? members : undefined
}

/** Builds the `quotes` layer from drafts: resolves speakers, links events, makes ids. */
function buildQuotes(doc: Doc, drafts: readonly QuoteDraft[], lexicon: CueLexicon, by: Quote['by'], resolver: SpeakerResolver): Quote[] {
  const events = doc.layers.events ?? []
  const quotes: Quote[] = []
  const ids = new Set<string>()
  const memory: SpeakerMemory = { lastNamed: undefined, priors: [], lastThing: undefined }
  for (const draft of drafts) {
    let speaker: Speaker | null = null
    if (draft.speaker !== null) {
      const { speaker: resolved, resolution } = resolveSpeaker(doc, draft.speaker, draft.paragraphIndex, resolver, lexicon, memory, draft.start)
      speaker = resolved
      // A nested quotation's speaker is reported by the one speaking: the discourse's last speaker stays the outer one.
      const isNested = draft.speaker.reason.startsWith(NESTED_REASON)
      if (resolution?.entityId !== undefined && !isNested) {
        memory.lastNamed = { resolution, text: resolution.name ?? resolved.text }
        if (resolver.isThing(resolution)) memory.lastThing = { resolution, name: resolution.name ?? resolved.text, paragraphIndex: draft.paragraphIndex }
      }
      const person = resolution?.clusterId === undefined ? undefined : resolver.namedPerson(resolution.clusterId)
      if (resolution !== undefined && person !== undefined && !isNested) {
        memory.priors.push({ resolution, clusterId: person.id, name: withoutPossessive(person.text), paragraphIndex: draft.paragraphIndex, end: Math.max(draft.end, resolved.end) })
      }
    }
    const id = makeId('quo', draft, draft.kind)
    if (ids.has(id)) continue
    ids.add(id)
    const start = draft.start
    const end = draft.end
    const text = doc.text.slice(start, end)
    const kind = draft.kind
    const cue = draft.cue === null ? null : makeTextSpan(doc.text, draft.cue.start, draft.cue.end)
    const content = makeTextSpan(doc.text, draft.content.start, draft.content.end)
    const eventIds = eventsInside(events, draft.content)
    // Two literal shapes in the layer's key order, no spread copy.
    quotes.push(
      speaker === null
        ? { id, start, end, by, text, kind, cue, speaker, noSpeakerReason: draft.noSpeakerReason ?? 'no speaker found', content, eventIds }
        : { id, start, end, by, text, kind, cue, speaker, content, eventIds },
    )
  }
  return quotes
}

/**
 * Creates the quotes stage.
 * @example buildPipeline([...createDefaultStages(), createQuotesStage()])
 */
export function createQuotesStage(options: QuotesStageOptions = {}) {
  const lexicon = options.lexicon ?? loadCueLexicon()
  return defineStage({
    name: 'quotes',
    version: '3',
    reads: ['normalized', 'paragraphs', 'tokens', 'sentences', 'entities', 'mentions', 'clusters', 'actors', 'events'],
    writes: ['quotes'],
    run: (doc, ctx) => {
      const resolver = new SpeakerResolver(doc)
      // Capitalized words of a person or organization the tagger read as verbs are names here (`said Read/VERB`).
      const { drafts, problems } = detectQuotes(withNameTags(doc), lexicon, (span) => resolver.isPerson(span), (span) => resolver.isOrganization(span))
      for (const problem of problems) {
        ctx.report({
          code: problem.code,
          severity: 'warning',
          message:
            problem.code === 'quote-unclosed'
              ? 'Quotation mark opened but not closed in its paragraph; the quote is cut at the paragraph end.'
              : 'Closing quotation mark with no opening mark before it.',
          start: problem.start,
          end: problem.end,
          expected: 'a matching pair of double quotation marks',
        })
      }
      // Quotations nested in one ("“Lind told me, ‘We will win,’” Varga said") with a cue of their own there.
      const nested = findNestedQuotes(doc, drafts, doc.layers.tokens ?? [], lexicon)
      const all = nested.length === 0 ? drafts : [...drafts, ...nested].sort((a, b) => a.start - b.start || a.end - b.end)
      return { quotes: buildQuotes(doc, all, lexicon, ctx.by, resolver) }
    },
  })
}
