// Working types of the coreference stage: mentions before they get ids, and the document view it walks.
import { changesUnderNameFolding, type Doc, type Entity, type MentionKind, type Sentence, type Token } from '../../core/index.js'
import type { ActorDictionary, AgentMatch } from '../../dictionaries/actors/index.js'

/** A mention under construction: its span, kind, cluster key and why it was linked. */
export interface DraftMention {
  readonly start: number
  readonly end: number
  readonly kind: MentionKind
  /** Key of the cluster it belongs to (dictionary entry key, or a name key). */
  readonly key: string
  readonly reason: string
  readonly entity?: Entity
}

/** What the coreference steps read from the document, prepared once. */
export interface CorefView {
  readonly doc: Doc
  /** Folded text (same offsets as `doc.text`). */
  readonly text: string
  readonly tokens: readonly Token[]
  /** Lower-cased surface of each token. */
  readonly lowers: readonly string[]
  readonly sentences: readonly Sentence[]
  /** Index of the sentence holding each token (-1 when outside every sentence). */
  readonly sentenceOfToken: readonly number[]
  readonly entities: readonly Entity[]
  /** The entity covering each token, if any. */
  readonly entityOfToken: ReadonlyArray<Entity | undefined>
  /** Index of the first token starting at or after each entity's start. */
  readonly firstTokenOfEntity: ReadonlyMap<Entity, number>
  /** Role-word matches already looked up, by token (null: none); see `agentAt`. */
  readonly agentMemo: Array<AgentMatch | null | undefined>
}

/** A capital letter (Unicode Lu) at the start of a string: `/^\p{Lu}/u`. */
const CAPITAL_FIRST = /^\p{Lu}/u

/**
 * Whether `text.slice(start, end)` starts with a capital letter, as `/^\p{Lu}/u` reads it: ASCII from the
 * character code (A-Z are its only capitals), other characters through the regex.
 */
export function startsWithCapital(text: string, start: number, end: number): boolean {
  if (start >= end) return false
  const c = text.charCodeAt(start)
  if (c < 0x80) return c >= 65 && c <= 90
  return CAPITAL_FIRST.test(text.slice(start, end))
}

/** Folds a name to a cluster key part: quotes straightened, spaces collapsed. */
export function foldKey(text: string): string {
  if (!changesUnderNameFolding(text, false)) return text
  return text.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\s\\]+/g, ' ').trim()
}


/**
 * Characters whose lower case depends on context or changes length (final sigma, dotted capital I), and
 * surrogates (a token edge could split a pair): with them, each token is lower-cased on its own.
 */
const CONTEXTUAL_CASE = /[\u0130\u03a3\ud800-\udfff]/

/** Lower-cased surface of every token, apostrophes (’) straightened. */
function lowerTokens(text: string, tokens: readonly Token[]): string[] {
  const lowers = new Array<string>(tokens.length)
  if (CONTEXTUAL_CASE.test(text)) {
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as Token
      const lower = text.slice(token.start, token.end).toLowerCase()
      lowers[i] = lower.includes('’') ? lower.replace(/’/g, "'") : lower
    }
    return lowers
  }
  // Lower-case the whole text once (same length, same offsets), then cut each token out of it.
  let lowerText = text.toLowerCase()
  if (lowerText.includes('’')) lowerText = lowerText.replace(/’/g, "'")
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token
    lowers[i] = lowerText.slice(token.start, token.end)
  }
  return lowers
}

/** Prepares the view: token surfaces, token → sentence and token → entity maps. */
export function buildView(doc: Doc, text: string): CorefView {
  const tokens = doc.layers.tokens ?? []
  const sentences = doc.layers.sentences ?? []
  const entities = [...(doc.layers.entities ?? [])].sort((a, b) => a.start - b.start || a.end - b.end)
  const lowers = lowerTokens(text, tokens)
  // A plain array: a typed array costs an off-heap allocation per document, more than this loop.
  const sentenceOfToken = new Array<number>(tokens.length).fill(-1)
  let s = 0
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]
    if (token === undefined) continue
    while (s < sentences.length && (sentences[s]?.end ?? 0) <= token.start) s++
    const sentence = sentences[s]
    if (sentence !== undefined && sentence.start <= token.start) sentenceOfToken[i] = s
  }
  const entityOfToken: Array<Entity | undefined> = new Array<Entity | undefined>(tokens.length).fill(undefined)
  const firstTokenOfEntity = new Map<Entity, number>()
  let t = 0
  for (const entity of entities) {
    while (t < tokens.length && (tokens[t]?.end ?? 0) <= entity.start) t++
    firstTokenOfEntity.set(entity, t)
    for (let i = t; i < tokens.length && (tokens[i]?.start ?? Infinity) < entity.end; i++) entityOfToken[i] ??= entity
  }
  const agentMemo = new Array<AgentMatch | null | undefined>(tokens.length).fill(undefined)
  return { doc, text, tokens, lowers, sentences, sentenceOfToken, entities, entityOfToken, firstTokenOfEntity, agentMemo }
}

/** The role word or phrase starting at token `i` (`dict.matchAgent(view.lowers, i)`), looked up once per token. */
export function agentAt(view: CorefView, dict: ActorDictionary, i: number): AgentMatch | undefined {
  if (!(i >= 0 && i < view.agentMemo.length)) return dict.matchAgent(view.lowers, i)
  const known = view.agentMemo[i]
  if (known !== undefined) return known ?? undefined
  const match = dict.matchAgent(view.lowers, i)
  view.agentMemo[i] = match ?? null
  return match
}
