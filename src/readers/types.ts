// Reader contract: turn a source (file, directory, URL, stdin) into documents, or clear errors per article.
import type { Doc, InputError } from '../core/index.js'

/** One article read, one that could not be read (the batch goes on), or a file skipped on purpose. */
export type ReadResult =
  | { readonly ok: true; readonly doc: Doc }
  | {
      readonly ok: false
      readonly error: InputError
      /** True for a file left out on purpose (unsupported extension in a directory): a notice, not a failure. */
      readonly skipped?: true
    }

/** Input formats a reader can be forced to. `auto` guesses from extension, content type and content. */
export type InputFormat = 'auto' | 'text' | 'html' | 'jsonl' | 'feed'

/** Formats a concrete reader handles (everything but `auto`). */
export type ConcreteFormat = Exclude<InputFormat, 'auto'>

/** Options shared by readers. */
export interface ReadOptions {
  readonly format?: InputFormat
  /** Publication date for documents that carry none (`YYYY-MM-DD`). */
  readonly published?: string
  /** Largest input accepted, in bytes (default 50 MiB); checked before reading and while streaming. */
  readonly maxBytes?: number
  /** Network timeout in milliseconds for URLs (default 15 s), covering connection and body. */
  readonly timeoutMs?: number
  /** The stream read for source "-" (default `process.stdin`); tests pass their own. */
  readonly stdin?: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>
}

/** Default limit on one input's size. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024

/** Default network timeout for URLs, in milliseconds. */
export const DEFAULT_TIMEOUT_MS = 15_000
