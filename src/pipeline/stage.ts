// The stage contract: a plain object that declares what it reads and writes and returns only new layers.
import type { Diagnostic, Doc, LayerName, Layers, Producer } from '../core/index.js'

/** A sink for log lines; library code never writes to the console. */
export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void
  info(message: string, fields?: Record<string, unknown>): void
  warn(message: string, fields?: Record<string, unknown>): void
}

/** A logger that discards everything. */
export const silentLogger: Logger = { debug: () => {}, info: () => {}, warn: () => {} }

/** What a stage gets besides the document. */
export interface StageContext {
  readonly logger: Logger
  /** The producer tag for annotations this stage makes. */
  readonly by: Producer
  /** Attaches a content diagnostic to the document. */
  report(diagnostic: Omit<Diagnostic, 'stage'>): void
}

/** A stage's result: exactly the layers it declared it writes. */
export type StageOutput<W extends LayerName> = { [K in W]: Layers[K] }

/** A pipeline stage. `run` must not mutate the document. */
export interface Stage<R extends LayerName = LayerName, W extends LayerName = LayerName> {
  readonly name: string
  readonly version: string
  readonly reads: readonly R[]
  readonly writes: readonly W[]
  run(doc: Doc, ctx: StageContext): StageOutput<W>
}

/** A stage of any reads and writes, as pipelines hold them. */
export interface AnyStage {
  readonly name: string
  readonly version: string
  readonly reads: readonly LayerName[]
  readonly writes: readonly LayerName[]
  run(doc: Doc, ctx: StageContext): Partial<Layers>
}

/**
 * Defines a stage, keeping its declared layer names in its type.
 * @example
 * export const shout = defineStage({
 *   name: 'shout', version: '1', reads: ['tokens'], writes: ['figures'],
 *   run: (doc, ctx) => ({ figures: [] }),
 * })
 */
export function defineStage<R extends LayerName, W extends LayerName>(stage: Stage<R, W>): Stage<R, W> {
  return stage
}
