// Working types of the coreference stage: mentions before they get ids, and the document view it walks.
import type { Doc, Entity, MentionKind, Sentence, Token } from '../../core/index.js'

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
  readonly sentenceOfToken: Int32Array
  readonly entities: readonly Entity[]
  /** The entity covering each token, if any. */
  readonly entityOfToken: ReadonlyArray<Entity | undefined>
  /** Index of the first token starting at or after each entity's start. */
  readonly firstTokenOfEntity: ReadonlyMap<Entity, number>
}

/** What `foldKey` would change: curly quotes, whitespace other than a single inner space, edge whitespace. */
const NEEDS_FOLDING = /[\u2018\u2019\u02bc]|[^\S ]|\s\s|^\s|\s$/

/** Folds a name to a cluster key part: quotes straightened, spaces collapsed. */
export function foldKey(text: string): string {
  if (!NEEDS_FOLDING.test(text)) return text
  return text.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/\s+/g, ' ').trim()
}


/** Prepares the view: token surfaces, token → sentence and token → entity maps. */
export function buildView(doc: Doc, text: string): CorefView {
  const tokens = doc.layers.tokens ?? []
  const sentences = doc.layers.sentences ?? []
  const entities = [...(doc.layers.entities ?? [])].sort((a, b) => a.start - b.start || a.end - b.end)
  const lowers = tokens.map((t) => {
    const lower = text.slice(t.start, t.end).toLowerCase()
    return lower.includes('’') ? lower.replace(/’/g, "'") : lower
  })
  const sentenceOfToken = new Int32Array(tokens.length).fill(-1)
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
  return { doc, text, tokens, lowers, sentences, sentenceOfToken, entities, entityOfToken, firstTokenOfEntity }
}
