// Reader contract: turn a source (file, directory, URL, stdin) into documents, or clear errors per article.
import type { Doc } from '../core/index.js'
import type { InputError } from '../core/index.js'

/** One article read, or one that could not be read (the batch goes on). */
export type ReadResult = { readonly ok: true; readonly doc: Doc } | { readonly ok: false; readonly error: InputError }

/** Input formats a reader can be forced to. `auto` guesses from extension and content. */
export type InputFormat = 'auto' | 'text' | 'html' | 'jsonl' | 'feed'

/** Options shared by readers. */
export interface ReadOptions {
  readonly format?: InputFormat
  /** Publication date for documents that carry none (`YYYY-MM-DD`). */
  readonly published?: string
  /** Largest input accepted, in bytes (default 50 MiB). */
  readonly maxBytes?: number
  /** Network timeout in milliseconds for URLs (default 15 s). */
  readonly timeoutMs?: number
}

/** Default limit on one input's size. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024
