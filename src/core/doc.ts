// The document: the article text exactly as received, its metadata, and stand-off layers.
import { createHash } from 'node:crypto'
import type { Diagnostic } from './diagnostics.js'
import type { Layers } from './layers/index.js'

/** What is known about an article besides its text. */
export interface DocMeta {
  readonly title?: string
  /** Publication date, `YYYY-MM-DD`, or a full ISO timestamp. Dates are resolved against its day. */
  readonly published?: string
  readonly url?: string
  readonly author?: string
  /** Where it came from: a file path, feed URL, JSONL file and line. */
  readonly source?: string
  /** Reader that made it: `text`, `html`, `jsonl`, `feed`, `url`. */
  readonly reader?: string
}

/** An article with its layers. `text` never changes; everything else refers to it by offsets. */
export interface Doc {
  readonly id: string
  readonly text: string
  readonly meta: DocMeta
  readonly layers: Partial<Layers>
  readonly diagnostics: readonly Diagnostic[]
}

/**
 * Returns a stable id for a text: the first 16 hex digits of its SHA-256.
 * @example makeDocId('Hello') // '185f8db32271fe25'
 */
export function makeDocId(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16)
}

/**
 * Creates a document with no layers.
 * @param text the article exactly as received
 * @param meta metadata; `published` anchors relative dates
 * @param id defaults to a hash of the text, so the same text gets the same id
 * @example createDoc('Arvenia recalled its ambassador.', { published: '2024-03-05' })
 */
export function createDoc(text: string, meta: DocMeta = {}, id?: string): Doc {
  return { id: id ?? makeDocId(text), text, meta, layers: {}, diagnostics: [] }
}

/** Returns the publication day `YYYY-MM-DD` of a document, or undefined when it has none or it is malformed. */
export function publishedDay(doc: Pick<Doc, 'meta'>): string | undefined {
  const published = doc.meta.published
  if (published === undefined) return undefined
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(published)
  return match === null ? undefined : match[0]
}

/**
 * Returns the text to match against: the folded view from the `normalize` stage when present
 * (same length and offsets as `doc.text`), else the original text.
 */
export function matchText(doc: Pick<Doc, 'text' | 'layers'>): string {
  return doc.layers.normalized?.[0]?.folded ?? doc.text
}
