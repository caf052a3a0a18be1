// Typed errors with stable codes, for misuse and bad configuration (content trouble is a diagnostic instead).

/** Stable error codes; users and tests match on these, never on messages. */
export const ErrorCode = {
  ConfigInvalid: 'DYAD_CONFIG_INVALID',
  PipelineMissingLayer: 'DYAD_PIPELINE_MISSING_LAYER',
  PipelineDuplicateWriter: 'DYAD_PIPELINE_DUPLICATE_WRITER',
  PipelineUndeclaredLayer: 'DYAD_PIPELINE_UNDECLARED_LAYER',
  InputNotFound: 'DYAD_INPUT_NOT_FOUND',
  InputEmpty: 'DYAD_INPUT_EMPTY',
  InputBinary: 'DYAD_INPUT_BINARY',
  InputTooLarge: 'DYAD_INPUT_TOO_LARGE',
  InputInvalidUtf8: 'DYAD_INPUT_INVALID_UTF8',
  InputNoArticle: 'DYAD_INPUT_NO_ARTICLE',
  InputMalformed: 'DYAD_INPUT_MALFORMED',
  InputUnsupported: 'DYAD_INPUT_UNSUPPORTED',
  FetchFailed: 'DYAD_FETCH_FAILED',
  FetchTimeout: 'DYAD_FETCH_TIMEOUT',
  DictionaryInvalid: 'DYAD_DICTIONARY_INVALID',
  ModelInvalid: 'DYAD_MODEL_INVALID',
  StoreFailed: 'DYAD_STORE_FAILED',
  DocInvalid: 'DYAD_DOC_INVALID',
} as const

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode]

/** Base class of every error Dyad throws on purpose. */
export class DyadError extends Error {
  readonly code: ErrorCode
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.code = code
    this.name = new.target.name
  }
}

/** Bad configuration: options, dictionaries, pattern files, models. */
export class ConfigError extends DyadError {}

/** A pipeline that cannot run as built (missing layer, two writers). */
export class PipelineError extends DyadError {}

/** Input that cannot be read into a document: the message names the input and the problem. */
export class InputError extends DyadError {
  /** The file, URL, record id or "stdin" that failed. */
  readonly input: string
  constructor(code: ErrorCode, input: string, message: string, options?: { cause?: unknown }) {
    super(code, `${input}: ${message}`, options)
    this.input = input
  }
}

/** A storage backend failure. */
export class StoreError extends DyadError {}

/** Returns a readable message for any thrown value. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message
  return String(error)
}
