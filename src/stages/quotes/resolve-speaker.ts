// Resolves a speaker span to a coreference mention, its cluster, named entity and actor code.
import { findFirstEndingAfter, findFirstStartingAt, type Actor, type ActorCode, type Cluster, type Doc, type Entity, type Mention, type Sentence, type Span, type Token } from '../../core/index.js'

/** A name that is a contraction ("I'm", "We'll", "Don't"), not a name. */
const CONTRACTION = /['’](?:m|re|ve|ll|d|t)\b|n['’]t\b/i
/** The word right before a name ("Mrs. "), captured. */
const HONORIFIC_BEFORE = /([A-Za-z]+\.?)\s+$/

/** How far into a sentence (in characters) its subject's name may start ("The " before it). */
const MAX_SUBJECT_OFFSET = 4

/** How much text may open a sentence before its pronoun speaker ("Earlier, " / "But on Monday "). */
const MAX_PRONOUN_OFFSET = 24

/** Opening and closing quotation marks, by char code: " “ ” ' ‘ ’. */
const QUOTE_MARKS: ReadonlySet<number> = new Set([0x22, 0x201c, 0x201d, 0x27, 0x2018, 0x2019])

/** Most tokens an indefinite description of a new speaker may take before its verb ("a Vell ministry spokeswoman"). */
const MAX_DESCRIPTION_TOKENS = 9

/** Prepositions that open an absolute phrase before a sentence's subject ("With Lind beside him, …"). */
const ABSOLUTE_OPENERS: ReadonlySet<string> = new Set(['with', 'without'])

/** Double quotation marks (" “ ”): inside a sentence, unlike an apostrophe ("Democrats' spokesman"), they open a quotation. */
const DOUBLE_QUOTE_MARKS: ReadonlySet<number> = new Set([0x22, 0x201c, 0x201d])

/** Entity types a thing pronoun ("it") may stand for. */
const THING_TYPES: ReadonlySet<string> = new Set(['ORG', 'GPE'])

/** Words before a person's name that make it a complement, not the head ("an aide to", "a spokesman for"). */
const HEAD_BLOCKERS = /\b(?:of|for|to|at|with|by|from|in|on|and|or)\b|['\u2019]/i

/** What may follow a heading name inside its phrase: nothing, or a preposition's tail ("of Vell Capital"). */
const HEAD_TAIL = /^(?:\s*|\s+(?:of|at|with|from)\s.*|\s*\(.*)$/s

/** What a speaker span resolved to (one object shape: absent fields are undefined). */
export interface SpeakerResolution {
  readonly mentionId: string | undefined
  readonly clusterId: string | undefined
  readonly entityId: string | undefined
  readonly actor: ActorCode | null
  /** The cluster's fullest name, for the reason text. */
  readonly name: string | undefined
  readonly mentionKind: Mention['kind'] | undefined
}

/** A description ending in a plural noun ("officials", "diplomats", "police"). */
const PLURAL_END = /(?:[^s]s|police|people)$/i

/**
 * Whether `at` comes right after a quotation that opens with a mark at `opening` and closes just before `at`, with only
 * blanks between ("“…,” he said").
 */
export function followsQuotation(text: string, at: number, opening: number): boolean {
  if (opening >= at || !QUOTE_MARKS.has(text.charCodeAt(opening))) return false
  let k = at - 1
  while (k > opening && text.charCodeAt(k) === 0x20) k--
  return k > opening && QUOTE_MARKS.has(text.charCodeAt(k))
}

/** Lookups over the entity, mention, cluster and actor layers of one document. */
export class SpeakerResolver {
  private readonly mentions: readonly Mention[]
  private readonly entities: readonly Entity[]
  private readonly clusters: readonly Cluster[]
  private readonly actors: readonly Actor[]
  private genders: Map<string, 'm' | 'f' | undefined> | undefined

  // No maps: a document resolves only a few speakers, and scanning its layers for them costs less than
  // hashing every id of every document into maps.
  constructor(doc: Pick<Doc, 'layers'>) {
    this.mentions = doc.layers.mentions ?? []
    this.entities = doc.layers.entities ?? []
    this.clusters = doc.layers.clusters ?? []
    this.actors = doc.layers.actors ?? []
  }

  /** The cluster of an id (the last one listed, as a map filled in order would keep). */
  private clusterOf(id: string): Cluster | undefined {
    for (let i = this.clusters.length - 1; i >= 0; i--) if ((this.clusters[i] as Cluster).id === id) return this.clusters[i]
    return undefined
  }

  /** The actor of a mention (the last one listed). */
  private actorOfMention(id: string): Actor | undefined {
    for (let i = this.actors.length - 1; i >= 0; i--) if ((this.actors[i] as Actor).mentionId === id) return this.actors[i]
    return undefined
  }

  /** The actor of a cluster: its first known actor, else its first one. */
  private actorOfCluster(id: string): Actor | undefined {
    let first: Actor | undefined
    for (const actor of this.actors) {
      if (actor.clusterId !== id) continue
      if (actor.isKnown) return actor
      first ??= actor
    }
    return first
  }

  /** The named entity of a cluster: that of its first mention that has one. */
  private entityOfCluster(id: string): string | undefined {
    for (const mention of this.mentions) if (mention.clusterId === id && mention.entityId !== undefined) return mention.entityId
    return undefined
  }

  /** Whether a resolution is a person: its cluster's type, else its entity's, is PERSON. */
  isPersonResolution(resolution: SpeakerResolution): boolean {
    const type = resolution.clusterId === undefined ? undefined : this.clusterOf(resolution.clusterId)?.type
    if (type !== undefined) return type === 'PERSON'
    const entity = resolution.entityId === undefined ? undefined : this.entities.find((e) => e.id === resolution.entityId)
    return entity?.type === 'PERSON'
  }

  /** Whether a resolution names an organization or a place (its cluster's type, else its entity's). */
  isThing(resolution: SpeakerResolution): boolean {
    const type = resolution.clusterId === undefined ? undefined : this.clusterOf(resolution.clusterId)?.type
    if (type !== undefined) return THING_TYPES.has(type)
    const entity = resolution.entityId === undefined ? undefined : this.entities.find((e) => e.id === resolution.entityId)
    return entity !== undefined && THING_TYPES.has(entity.type)
  }

  /**
   * The organization or place named at the start of the sentence before the one holding `at` ("The Vell Herald
   * branded the budget … It said …"): a name mention within the first words of that sentence.
   */
  thingOpeningSentenceBefore(sentences: readonly Span[], at: number, text: string): SpeakerResolution | undefined {
    const before = sentences[findFirstEndingAfter(sentences, at) - 1]
    // A sentence that opens with a quotation holds someone's words, not the subject.
    if (before === undefined || QUOTE_MARKS.has(text.charCodeAt(before.start))) return undefined
    for (const mention of this.mentions) {
      if (mention.start < before.start) continue
      if (mention.start - before.start > MAX_SUBJECT_OFFSET) return undefined
      if (mention.kind === 'pronoun') continue
      const resolution = this.resolve(mention)
      // "Russia's foreign ministry issued a statement": a body of the state, described, speaks as an organization.
      const isBody = resolution?.mentionKind === 'description' && resolution.clusterId !== undefined && this.clusterOf(resolution.clusterId)?.type === 'NORP' && resolution.actor !== null
      return resolution !== undefined && (this.isThing(resolution) || isBody) ? resolution : undefined
    }
    return undefined
  }

  /**
   * The body sentence before a pronoun speaker that opens its own sentence (within a few words, or right after the
   * quotation that opens it), read from its last line break and not opening with a quotation mark.
   */
  private sentenceBefore(sentences: readonly Sentence[], text: string, pronoun: Span, opening?: number): Span | undefined {
    const index = findFirstEndingAfter(sentences, pronoun.start)
    // "Lind spoke. “… . … . …,” she said": a quotation of several sentences, opening its sentence, right before the
    // pronoun: the sentence before is the one before the quotation.
    const quoted = opening === undefined ? -1 : findFirstEndingAfter(sentences, opening)
    if (opening !== undefined && quoted < index && sentences[quoted]?.start === opening && followsQuotation(text, pronoun.start, opening)) {
      const before = sentences[quoted - 1]
      if (before === undefined || before.role !== 'body') return undefined
      const start = Math.max(before.start, text.lastIndexOf('\n', before.end - 1) + 1)
      return QUOTE_MARKS.has(text.charCodeAt(start)) ? undefined : { start, end: before.end }
    }
    const own = sentences[index]
    const before = sentences[index - 1]
    if (own === undefined || before === undefined || own.start > pronoun.start || before.role !== 'body') return undefined
    if (pronoun.start - own.start > MAX_PRONOUN_OFFSET) {
      // "“…,” he said": the sentence opens with the quotation that ends right before the pronoun.
      if (!QUOTE_MARKS.has(text.charCodeAt(own.start))) return undefined
      let k = pronoun.start - 1
      while (k > own.start && text.charCodeAt(k) === 0x20) k--
      if (!QUOTE_MARKS.has(text.charCodeAt(k))) return undefined
    } else if (this.firstPersonMention(own.start, pronoun.start) !== undefined) return undefined
    // A sentence the tagger ran across a line break starts, for this purpose, after the break.
    const start = Math.max(before.start, text.lastIndexOf('\n', before.end - 1) + 1)
    return QUOTE_MARKS.has(text.charCodeAt(start)) ? undefined : { start, end: before.end }
  }

  /**
   * An indefinite description of a new person opening the sentence before a pronoun speaker as its subject ("But a
   * Vell ministry spokeswoman said …"): its head (one of `heads`) and the organization or place named inside it.
   */
  newSpeakerBefore(sentences: readonly Sentence[], tokens: readonly Token[], text: string, pronoun: Span, heads: ReadonlySet<string>, opening?: number): { head: string; thing: SpeakerResolution | undefined } | undefined {
    if (heads.size === 0) return undefined
    const before = this.sentenceBefore(sentences, text, pronoun, opening)
    if (before === undefined) return undefined
    let t = findFirstStartingAt(tokens, before.start)
    // "But", "Meanwhile," before the subject.
    for (let skipped = 0; skipped < 3 && t < tokens.length; skipped++, t++) {
      const pos = (tokens[t] as Token).pos
      if (pos !== 'CCONJ' && pos !== 'ADV' && pos !== 'PUNCT') break
    }
    const article = tokens[t]
    if (article === undefined || article.pos !== 'DET' || (article.lemma !== 'a' && article.lemma !== 'an')) return undefined
    let head: string | undefined
    let end = article.end
    for (let u = t + 1; u < tokens.length && u <= t + MAX_DESCRIPTION_TOKENS; u++) {
      const token = tokens[u] as Token
      if (token.start >= before.end) return undefined
      if (token.pos === 'VERB' || token.pos === 'AUX') {
        if (head === undefined || !heads.has(head)) return undefined
        const name = this.firstPersonMention(article.start, token.start)
        if (name !== undefined) return undefined
        const resolution = this.resolve({ start: article.start, end })
        return { head, thing: resolution !== undefined && this.isThing(resolution) ? resolution : undefined }
      }
      // The head is the last noun before a preposition ("a spokesman for the ministry").
      if (token.pos === 'ADP') head ??= ''
      else if (token.pos === 'NOUN' && (head === undefined || !heads.has(head))) head = text.slice(token.start, token.end).toLowerCase()
      end = token.end
    }
    return undefined
  }

  /**
   * The named person who is the subject of the sentence before a pronoun speaker ("Vell's envoy Ana Lind warned …
   * “…,” she said"): the pronoun opens its sentence (within a few words, or right after the quotation that opens
   * it); the sentence before is a body sentence that does not open with a quotation mark, its first mention is the
   * name of a person with no verb before it, and a verb or a comma (an apposition) follows the name.
   */
  personSubjectBefore(sentences: readonly Sentence[], tokens: readonly Token[], text: string, pronoun: Span, opening?: number): (SpeakerResolution & { readonly clusterId: string }) | undefined {
    const before = this.sentenceBefore(sentences, text, pronoun, opening)
    if (before === undefined) return undefined
    const start = before.start
    let mention = this.firstPersonMention(start, before.end)
    // "Vell's shadow envoy Ana Lind": a title mention right before the name gives way to the name.
    const name = mention === undefined ? undefined : this.firstPersonMention(mention.end, mention.end + 2)
    if (mention?.kind === 'title' && name !== undefined && name.kind !== 'pronoun') mention = name
    if (mention === undefined || mention.kind === 'pronoun' || mention.kind === 'description' || this.namedPerson(mention.clusterId) === undefined) return undefined
    let t = findFirstStartingAt(tokens, start)
    // "With her husband, Ana Lind, beside her, …": an absolute phrase's name is no subject.
    if (ABSOLUTE_OPENERS.has(tokens[t]?.lemma ?? '')) return undefined
    for (; t < tokens.length && (tokens[t] as Token).start < mention.start; t++) {
      const pos = (tokens[t] as Token).pos
      if (pos === 'VERB' || pos === 'AUX' || DOUBLE_QUOTE_MARKS.has(text.charCodeAt((tokens[t] as Token).start))) return undefined
    }
    // "For Lind, …" / "Like Lind, …": a name after (or opening with) a preposition is no subject.
    if (tokens[t - 1] !== undefined && (tokens[t - 1] as Token).start >= start && (tokens[t - 1] as Token).pos === 'ADP') return undefined
    if (tokens[t]?.pos === 'ADP') return undefined
    while (t < tokens.length && (tokens[t] as Token).start < mention.end) t++
    const next = tokens[t]
    if (next === undefined || next.start >= before.end) return undefined
    if (next.pos !== 'VERB' && next.pos !== 'AUX' && text.charCodeAt(next.start) !== 0x2c) return undefined
    if (this.otherPersonSays(tokens, text, t, before, mention.clusterId)) return undefined
    const resolution = this.resolve(mention)
    return resolution === undefined ? undefined : { ...resolution, clusterId: mention.clusterId }
  }

  /**
   * Whether the rest of a sentence (from token `from`) reports another person's words ("…, Tobin said." /
   * "…, said Tobin"): a person mention of another cluster right before or after a form of "say".
   */
  private otherPersonSays(tokens: readonly Token[], text: string, from: number, sentence: Span, clusterId: string): boolean {
    for (let t = from; t < tokens.length; t++) {
      const token = tokens[t] as Token
      if (token.start >= sentence.end) return false
      if (token.lemma !== 'say') continue
      const previous = tokens[t - 1]
      // ", said Tobin": the name follows a comma and "said"; ", Tobin said": the name follows a comma.
      const name = previous !== undefined && text.charCodeAt(previous.start) === 0x2c ? tokens[t + 1] : previous
      const mention = name === undefined ? undefined : this.findMention(name)
      if (mention === undefined || mention.clusterId === clusterId || mention.kind === 'pronoun' || this.clusterOf(mention.clusterId)?.type !== 'PERSON') continue
      if (name === tokens[t + 1]) return true
      const i = findFirstStartingAt(tokens, mention.start) - 1
      if (tokens[i] !== undefined && text.charCodeAt(tokens[i].start) === 0x2c) return true
    }
    return false
  }

  /**
   * The one person with a real name mentioned in [start, end), as its last mention there; undefined when none or two
   * or more are ("Trenin spoke. … “…,” the analyst said": the analyst is the only person in sight).
   */
  onlyNamedPersonIn(start: number, end: number): Mention | undefined {
    let found: Mention | undefined
    for (let i = findFirstStartingAt(this.mentions, start); i < this.mentions.length; i++) {
      const mention = this.mentions[i] as Mention
      if (mention.start >= end) break
      // Persons with no name of their own ("a spokeswoman") are left aside.
      if (this.clusterOf(mention.clusterId)?.type !== 'PERSON' || this.namedPerson(mention.clusterId) === undefined) continue
      if (found !== undefined && found.clusterId !== mention.clusterId) return undefined
      found = mention
    }
    return found
  }

  /**
   * The last two named persons mentioned in [start, end), in text order, as their last mentions; undefined unless
   * exactly two distinct persons are named there, both in one sentence ("the two ministers" after "Park met Hayashi").
   */
  twoNamedPersonsIn(start: number, end: number, sentences: readonly Sentence[]): [Mention, Mention] | undefined {
    const last = new Map<string, Mention>()
    // The sentences each person is named in: the two must meet in one ("Park met Hayashi"), not only share a window.
    const seenIn = new Map<string, Set<number>>()
    for (let i = findFirstStartingAt(this.mentions, start); i < this.mentions.length; i++) {
      const mention = this.mentions[i] as Mention
      if (mention.start >= end) break
      if (mention.kind === 'pronoun' || this.clusterOf(mention.clusterId)?.type !== 'PERSON' || this.namedPerson(mention.clusterId) === undefined) continue
      last.set(mention.clusterId, mention)
      const sentence = sentences.findIndex((x) => x.start <= mention.start && mention.end <= x.end)
      let set = seenIn.get(mention.clusterId)
      if (set === undefined) seenIn.set(mention.clusterId, (set = new Set()))
      set.add(sentence)
    }
    if (last.size !== 2) return undefined
    const [a, b] = [...last.values()].sort((x, y) => x.start - y.start)
    if (a === undefined || b === undefined) return undefined
    const shared = [...(seenIn.get(a.clusterId) ?? [])].some((k) => k >= 0 && seenIn.get(b.clusterId)?.has(k) === true)
    return shared ? [a, b] : undefined
  }

  /**
   * The last group named in [start, end) as a plural description ("Japanese officials", "Belmoran diplomats"), which a
   * "one" or "another" after it is one of; undefined when none.
   */
  lastGroupIn(start: number, end: number): Mention | undefined {
    let found: Mention | undefined
    for (let i = findFirstStartingAt(this.mentions, start); i < this.mentions.length; i++) {
      const mention = this.mentions[i] as Mention
      if (mention.start >= end) break
      if (mention.kind === 'description' && PLURAL_END.test(mention.text) && this.clusterOf(mention.clusterId)?.type !== 'PERSON') found = mention
    }
    return found
  }

  /** The first mention of a person starting in [start, end) ("Lind", "the envoy", "he"), or undefined. */
  private firstPersonMention(start: number, end: number): Mention | undefined {
    for (let i = findFirstStartingAt(this.mentions, start); i < this.mentions.length; i++) {
      const mention = this.mentions[i] as Mention
      if (mention.start >= end) return undefined
      if (this.clusterOf(mention.clusterId)?.type === 'PERSON') return mention
    }
    return undefined
  }

  /**
   * The cluster of an id when it is a person with a real name: not a contraction ("I'm") and not starting
   * with a lower-case word ("the senator").
   */
  namedPerson(id: string): Cluster | undefined {
    const cluster = this.clusterOf(id)
    if (cluster?.type !== 'PERSON') return undefined
    const first = cluster.text[0]
    if (first === undefined || first === first.toLowerCase()) return undefined
    return CONTRACTION.test(cluster.text) ? undefined : cluster
  }

  /**
   * A person cluster's gender: the one coreference gave it (given name, honorific), else by vote of its pronoun
   * mentions ("his" → m) and the honorific before its names ("Mrs. Lind" → f); undefined when unknown or split.
   */
  genderOf(id: string, text: string, genderWords: ReadonlyMap<string, 'm' | 'f'>): 'm' | 'f' | undefined {
    // Remembered per cluster: made only for documents with a pronoun speaker.
    this.genders ??= new Map()
    if (this.genders.has(id)) return this.genders.get(id)
    const gender = this.clusterOf(id)?.gender ?? this.countGender(id, text, genderWords)
    this.genders.set(id, gender)
    return gender
  }

  private countGender(id: string, text: string, genderWords: ReadonlyMap<string, 'm' | 'f'>): 'm' | 'f' | undefined {
    let votes = 0
    for (const mention of this.mentions) {
      if (mention.clusterId !== id) continue
      let word: string
      if (mention.kind === 'pronoun') word = mention.text.toLowerCase()
      else {
        const before = HONORIFIC_BEFORE.exec(text.slice(Math.max(0, mention.start - 6), mention.start))
        if (before === null) continue
        word = (before[1] as string).toLowerCase()
      }
      const gender = genderWords.get(word)
      if (gender !== undefined) votes += gender === 'm' ? 1 : -1
    }
    return votes > 0 ? 'm' : votes < 0 ? 'f' : undefined
  }

  /**
   * Whether a name of another person (not of cluster `id`, and not known to be of the other gender) stands
   * between two offsets: then a later pronoun may refer to that person instead.
   */
  otherPersonBetween(start: number, end: number, id: string, gender: 'm' | 'f' | undefined, text: string, genderWords: ReadonlyMap<string, 'm' | 'f'>): boolean {
    for (let i = this.firstStartingAt(start); i < this.mentions.length; i++) {
      const mention = this.mentions[i] as Mention
      if (mention.start >= end) break
      if (mention.clusterId === id || mention.kind === 'pronoun' || this.namedPerson(mention.clusterId) === undefined) continue
      const other = gender === undefined ? undefined : this.genderOf(mention.clusterId, text, genderWords)
      if (other === undefined || other === gender) return true
    }
    return false
  }

  /** Whether any coreference layer is present. */
  get hasMentions(): boolean {
    return this.mentions.length > 0
  }

  /** Index of the first mention (sorted by start) that starts at or after `offset` (binary search). */
  private firstStartingAt(offset: number): number {
    let hi = this.mentions.length
    let lo = 0
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if ((this.mentions[mid]?.start ?? 0) < offset) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  /**
   * Finds the mention that best covers a speaker span: the largest overlap, then the one ending
   * last (the head of "Carnegie director Dmitri Trenin" is at its end).
   */
  findMention(span: Span): Mention | undefined {
    let best: Mention | undefined
    let bestOverlap = 0
    // Mentions are sorted by start; those starting before span.end may overlap.
    for (let i = this.firstStartingAt(span.end) - 1; i >= 0; i--) {
      const mention = this.mentions[i]
      if (mention === undefined || mention.start < span.start - 400) break
      const overlap = Math.min(mention.end, span.end) - Math.max(mention.start, span.start)
      if (overlap <= 0) continue
      if (overlap > bestOverlap || (overlap === bestOverlap && best !== undefined && mention.end > best.end)) {
        best = mention
        bestOverlap = overlap
      }
    }
    return best
  }

  /**
   * The name of a person heading a longer speaker phrase ("analyst Tomas Varga of Vell Capital", "Vell Bank economist
   * Ana Lind"): a named mention of a person cluster inside the span, with no preposition before it in the span and
   * nothing after it but the end or a preposition's tail. Undefined when there is none ("an aide to Minister Lind").
   */
  personHeadIn(span: Span, text: string): Span | undefined {
    for (let i = this.firstStartingAt(span.start); i < this.mentions.length; i++) {
      const mention = this.mentions[i] as Mention
      if (mention.start >= span.end) break
      if (mention.end > span.end || mention.kind === 'pronoun' || this.clusterOf(mention.clusterId)?.type !== 'PERSON') continue
      if (HEAD_BLOCKERS.test(text.slice(span.start, mention.start))) return undefined
      return HEAD_TAIL.test(text.slice(mention.end, span.end)) ? mention : undefined
    }
    return undefined
  }

  /** The first named entity overlapping a span, by binary search on the sorted layer. */
  private findEntity(span: Span): Entity | undefined {
    let lo = 0
    let hi = this.entities.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if ((this.entities[mid] as Entity).end <= span.start) lo = mid + 1
      else hi = mid
    }
    for (let i = Math.max(0, lo - 8); i < this.entities.length; i++) {
      const entity = this.entities[i] as Entity
      if (entity.start >= span.end) break
      if (entity.end > span.start) return entity
    }
    return undefined
  }

  /** Whether a span names a person: a mention of a PERSON cluster, or a PERSON entity. */
  isPerson(span: Span): boolean {
    const mention = this.findMention(span)
    if (mention !== undefined) return this.clusterOf(mention.clusterId)?.type === 'PERSON'
    return this.findEntity(span)?.type === 'PERSON'
  }

  /** Whether a span names an organization: a mention of an ORG cluster, or an ORG entity. */
  isOrganization(span: Span): boolean {
    const mention = this.findMention(span)
    if (mention !== undefined) return this.clusterOf(mention.clusterId)?.type === 'ORG'
    return this.findEntity(span)?.type === 'ORG'
  }

  /** Resolves a speaker span through mentions and clusters; falls back to an overlapping named entity. */
  resolve(span: Span): SpeakerResolution | undefined {
    const mention = this.findMention(span)
    if (mention !== undefined) {
      const cluster = this.clusterOf(mention.clusterId)
      const entityId = mention.entityId ?? this.entityOfCluster(mention.clusterId)
      const actor = this.actorOfMention(mention.id) ?? this.actorOfCluster(mention.clusterId)
      return {
        mentionId: mention.id,
        clusterId: mention.clusterId,
        entityId,
        actor: actor?.code ?? null,
        name: cluster?.text,
        mentionKind: mention.kind,
      }
    }
    const entity = this.findEntity(span)
    if (entity === undefined) return undefined
    return { mentionId: undefined, clusterId: undefined, entityId: entity.id, actor: null, name: entity.text, mentionKind: undefined }
  }
}
