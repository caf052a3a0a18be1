// The library entry point: analyze a text (or a prepared doc) with the default pipeline.
import { createDoc, type Doc, type DocMeta } from '../core/index.js'
import { runPipeline, type Logger, type Pipeline } from '../pipeline/index.js'
import { createDefaultPipeline, type PipelineOptions } from './default-pipeline.js'

/** Input to `analyze`: a text, or a text with metadata and an optional id. */
export type AnalyzeInput = string | { readonly text: string; readonly id?: string; readonly meta?: DocMeta }

/** Options for `analyze`. */
export interface AnalyzeOptions extends PipelineOptions {
  /** Publication date `YYYY-MM-DD`, used when the input has none. */
  readonly published?: string
  /** A prebuilt pipeline, to skip building one per call. */
  readonly pipeline?: Pipeline
  readonly logger?: Logger
}

/**
 * Analyzes one article and returns the document with every layer.
 * @example
 * const doc = analyze('Arvenia recalled its ambassador on Friday.', { published: '2024-03-08' })
 * toDocJson(doc).dates // [{ text: 'Friday', value: '2024-03-08', ... }]
 */
export function analyze(input: AnalyzeInput, options: AnalyzeOptions = {}): Doc {
  const source = typeof input === 'string' ? { text: input } : input
  const meta: DocMeta = {
    ...(source.meta ?? {}),
    ...(source.meta?.published === undefined && options.published !== undefined ? { published: options.published } : {}),
  }
  const doc = createDoc(source.text, meta, source.id)
  const pipeline = options.pipeline ?? createDefaultPipeline(options)
  return runPipeline(pipeline, doc, options.logger === undefined ? {} : { logger: options.logger })
}

/** Analyzes an already-created document (from a reader). */
export function analyzeDoc(doc: Doc, options: Omit<AnalyzeOptions, 'published'> = {}): Doc {
  const pipeline = options.pipeline ?? createDefaultPipeline(options)
  return runPipeline(pipeline, doc, options.logger === undefined ? {} : { logger: options.logger })
}
