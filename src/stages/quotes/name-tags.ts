// Names the tagger misread: capitalized words inside a person or organization entity are read as proper nouns.
import type { Doc, Entity, Token } from '../../core/index.js'

/** Entity types whose words name a speaker. */
const NAME_TYPES: ReadonlySet<Entity['type']> = new Set(['PERSON', 'ORG'])

/** Tags a misread name word may carry ("Ted/VERB Cruz", "Judicial Watch/VERB", "Will/AUX", "Jolly/ADV"). */
const MISREAD_TAGS: ReadonlySet<string> = new Set(['VERB', 'AUX', 'ADV', 'ADJ', 'NOUN'])

/** Whether the character at `at` is a capital letter (ASCII by code; others by case mapping). */
function isCapitalAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at)
  if (c < 0x80) return c >= 65 && c <= 90
  const ch = text.charAt(at)
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase()
}

/**
 * The document with every capitalized word of a person or organization entity tagged `PROPN` when the tagger gave
 * it a verb, auxiliary, adverb, adjective or common-noun tag (`“…,” said Read/VERB`, `Will/AUX claims`,
 * `Loretta Lynch/VERB took`), so the phrase reader and the cue finder see a name. An auxiliary ending a longer entity
 * is left alone (a headline span such as `Lind Is`). Returns the document itself when nothing changes; otherwise a
 * copy whose token layer replaces only the changed tokens.
 */
export function withNameTags(doc: Doc): Doc {
  const tokens = doc.layers.tokens
  const entities = doc.layers.entities
  if (tokens === undefined || entities === undefined || entities.length === 0) return doc
  let out: Token[] | undefined
  let t = 0
  for (const entity of entities) {
    if (!NAME_TYPES.has(entity.type)) continue
    while (t < tokens.length && (tokens[t] as Token).end <= entity.start) t++
    let first = true
    for (let i = t; i < tokens.length; i++) {
      const token = tokens[i] as Token
      if (token.start >= entity.end) break
      const isLast = (tokens[i + 1]?.start ?? Infinity) >= entity.end
      if (MISREAD_TAGS.has(token.pos) && isCapitalAt(doc.text, token.start) && !(token.pos === 'AUX' && isLast && !first)) {
        out ??= tokens.slice()
        out[i] = { ...token, pos: 'PROPN' }
      }
      first = false
    }
  }
  return out === undefined ? doc : { ...doc, layers: { ...doc.layers, tokens: out } }
}
