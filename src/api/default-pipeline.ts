// The default pipeline: every built-in stage in order, with its resources loaded.
import { buildPipeline, type AnyStage, type Pipeline } from '../pipeline/index.js'
import { normalizeStage } from '../stages/normalize/index.js'
import { structureStage } from '../stages/structure/index.js'
import { tokensStage } from '../stages/tokens/index.js'
import { datesStage } from '../stages/dates/index.js'
import { figuresStage } from '../stages/figures/index.js'
import { loadActorDictionary } from '../dictionaries/actors/index.js'
import { createEntitiesStage } from '../stages/entities/index.js'
import { createCoreferenceStage } from '../stages/coreference/index.js'
import { createActorsStage } from '../stages/actors/index.js'
import { createEventsStage } from '../stages/events/index.js'
import { createQuotesStage } from '../stages/quotes/index.js'

/** Options that change which resources the default stages load. */
export interface PipelineOptions {
  /** Extra actor dictionary files layered over the built-in ones (later files win). */
  readonly actorFiles?: readonly string[]
  /** Extra event pattern files layered over the built-in ones. */
  readonly patternFiles?: readonly string[]
}

/** Lists the default stages in order. Each later issue adds its stage here. */
export function createDefaultStages(options: PipelineOptions = {}): AnyStage[] {
  const dict = loadActorDictionary(options.actorFiles)
  return [
    normalizeStage,
    structureStage,
    tokensStage,
    datesStage,
    figuresStage,
    createEntitiesStage({ names: dict.entityNames() }),
    createCoreferenceStage(dict),
    createActorsStage(dict),
    createEventsStage({ patternFiles: options.patternFiles ?? [] }),
    createQuotesStage(),
  ]
}

let cached: Pipeline | undefined

/** Builds (and checks) the default pipeline; without options the result is cached. */
export function createDefaultPipeline(options: PipelineOptions = {}): Pipeline {
  const hasOptions = (options.actorFiles?.length ?? 0) > 0 || (options.patternFiles?.length ?? 0) > 0
  if (!hasOptions && cached !== undefined) return cached
  const pipeline = buildPipeline(createDefaultStages(options))
  if (!hasOptions) cached = pipeline
  return pipeline
}
