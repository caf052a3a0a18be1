// Builds a reader's document: metadata cleaned of empty fields, and the fallback publication date applied.
import { createDoc, type Diagnostic, type Doc, type DocMeta } from '../core/index.js'
import type { ReadOptions } from './types.js'

type MutableMeta = { -readonly [K in keyof DocMeta]?: DocMeta[K] }

/** Reader metadata before cleaning: fields may be missing, undefined or blank. */
export type LooseMeta = { readonly [K in keyof DocMeta]?: string | undefined }

/**
 * Creates a document from reader output. `options.published` fills in only when the article has no date.
 * @param id a record id when the input gives one; else the content hash
 * @param diagnostics the reader's notes on this article (an unreadable date), kept on the document
 */
export function makeReaderDoc(
  text: string,
  meta: LooseMeta,
  options: Pick<ReadOptions, 'published'>,
  id?: string,
  diagnostics: readonly Diagnostic[] = [],
): Doc {
  const clean: MutableMeta = {}
  for (const [key, value] of Object.entries(meta) as Array<[keyof DocMeta, string | undefined]>) {
    if (typeof value === 'string' && value.trim() !== '') clean[key] = value.trim()
  }
  if (clean.published === undefined && options.published !== undefined) clean.published = options.published
  const doc = createDoc(text, clean, id)
  return diagnostics.length === 0 ? doc : { ...doc, diagnostics }
}
