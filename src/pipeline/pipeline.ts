// Pipelines: built and checked once (every read has an earlier writer, no layer has two), then run per doc.
import {
  ErrorCode,
  PipelineError,
  describeError,
  makeDiagnostic,
  type Diagnostic,
  type Doc,
  type LayerName,
  type Layers,
  type Producer,
} from '../core/index.js'
import { silentLogger, type AnyStage, type Logger, type StageContext } from './stage.js'

/** A checked, ordered list of stages. */
export interface Pipeline {
  readonly stages: readonly AnyStage[]
  /** `name@version` of every stage, for provenance in stored records. */
  readonly versions: Readonly<Record<string, string>>
}

/**
 * Builds a pipeline and checks it: each layer a stage reads must be written by an earlier stage
 * (or be present on input docs, listed in `provided`), and no layer may have two writers.
 * @throws PipelineError naming the stage, the missing layer and which stages could supply it
 */
export function buildPipeline(stages: readonly AnyStage[], provided: readonly LayerName[] = []): Pipeline {
  const writers = new Map<LayerName, string>()
  for (const stage of stages) {
    for (const layer of stage.writes) {
      const other = writers.get(layer)
      if (other !== undefined) {
        throw new PipelineError(
          ErrorCode.PipelineDuplicateWriter,
          `Layer "${layer}" has two writers: stage "${other}" and stage "${stage.name}". Remove one of them from the pipeline.`,
        )
      }
      writers.set(layer, stage.name)
    }
  }
  const available = new Set<LayerName>(provided)
  for (const stage of stages) {
    for (const layer of stage.reads) {
      if (!available.has(layer)) {
        const later = writers.get(layer)
        const fix =
          later !== undefined
            ? `stage "${later}" writes it but runs later: move "${later}" before "${stage.name}"`
            : 'no stage in this pipeline writes it: add a stage that writes it'
        throw new PipelineError(
          ErrorCode.PipelineMissingLayer,
          `Stage "${stage.name}" reads layer "${layer}", which no earlier stage writes; ${fix}.`,
        )
      }
    }
    for (const layer of stage.writes) available.add(layer)
  }
  const versions: Record<string, string> = {}
  for (const stage of stages) versions[stage.name] = stage.version
  return { stages, versions }
}

/**
 * The context one stage gets for one document: `report` is a method, not an arrow function built per stage and
 * document (under tsx, each named closure also pays a `__name` call).
 */
class RunContext implements StageContext {
  constructor(
    readonly logger: Logger,
    readonly by: Producer,
    private readonly diagnostics: Diagnostic[],
  ) {}

  /** Attaches a content diagnostic, tagged with this stage's name. */
  report(diagnostic: Omit<Diagnostic, 'stage'>): void {
    this.diagnostics.push({ stage: this.by.stage, ...diagnostic })
  }
}

/** Options for running a pipeline. */
export interface RunOptions {
  readonly logger?: Logger
}

/** The empty list of lacking layers, shared by every stage of every document when no stage crashed. */
const NONE_LACKING: readonly LayerName[] = []

/**
 * Runs every stage on a document and returns a new document with their layers merged.
 * A stage that throws is recorded as a `stage-crashed` diagnostic; stages that read its layers are
 * skipped with `stage-skipped`, and the rest still run.
 */
export function runPipeline(pipeline: Pipeline, input: Doc, options: RunOptions = {}): Doc {
  const logger = options.logger ?? silentLogger
  const layers: Partial<Layers> = { ...input.layers }
  const diagnostics: Diagnostic[] = [...input.diagnostics]
  const missing = new Set<LayerName>()
  for (const stage of pipeline.stages) {
    // Nothing is missing unless a stage crashed: no filtered copy of the reads per stage and document then.
    const lacking = missing.size === 0 ? NONE_LACKING : stage.reads.filter((layer) => missing.has(layer))
    if (lacking.length > 0) {
      diagnostics.push(
        makeDiagnostic(stage.name, 'stage-skipped', 'error', `Skipped: layer(s) ${lacking.join(', ')} missing after an earlier failure.`),
      )
      for (const layer of stage.writes) missing.add(layer)
      continue
    }
    const ctx: StageContext = new RunContext(logger, { stage: stage.name, version: stage.version }, diagnostics)
    const doc: Doc = { id: input.id, text: input.text, meta: input.meta, layers, diagnostics }
    try {
      const output = stage.run(doc, ctx)
      for (const layer of stage.writes) {
        const value = output[layer]
        if (!Array.isArray(value)) {
          throw new PipelineError(
            ErrorCode.PipelineUndeclaredLayer,
            `Stage "${stage.name}" declared it writes "${layer}" but returned no array for it.`,
          )
        }
        ;(layers as Record<string, unknown>)[layer] = value
      }
      for (const layer of Object.keys(output)) {
        if (!(stage.writes as readonly string[]).includes(layer)) {
          throw new PipelineError(
            ErrorCode.PipelineUndeclaredLayer,
            `Stage "${stage.name}" returned layer "${layer}", which it does not declare in "writes".`,
          )
        }
      }
    } catch (error) {
      logger.warn('stage crashed', { stage: stage.name, doc: input.id, error: describeError(error) })
      diagnostics.push(makeDiagnostic(stage.name, 'stage-crashed', 'error', `Stage crashed: ${describeError(error)}`))
      for (const layer of stage.writes) missing.add(layer)
    }
  }
  return { id: input.id, text: input.text, meta: input.meta, layers, diagnostics }
}
