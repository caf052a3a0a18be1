// The layer registry: every layer name and the annotation type it holds.
//
// Layer types live in core rather than in each stage, because the document is the public interchange
// contract and stages read each other's layers without importing each other (see docs/model.md).
import type { Timex, Figure } from './dates.js'
import type { Actor, Cluster, Entity, Mention } from './entities.js'
import type { Event } from './events.js'
import type { Quote } from './quotes.js'
import type { Boilerplate, NormalizedText, Paragraph, Sentence, Token } from './text.js'

export type * from './text.js'
export type * from './dates.js'
export type * from './entities.js'
export type * from './events.js'
export type * from './quotes.js'

/** Every layer a document can hold. */
export interface Layers {
  normalized: NormalizedText[]
  paragraphs: Paragraph[]
  boilerplate: Boilerplate[]
  tokens: Token[]
  sentences: Sentence[]
  dates: Timex[]
  figures: Figure[]
  entities: Entity[]
  mentions: Mention[]
  clusters: Cluster[]
  actors: Actor[]
  events: Event[]
  quotes: Quote[]
}

/** A layer's name. */
export type LayerName = keyof Layers

/** All layer names, in pipeline order. */
export const LAYER_NAMES: readonly LayerName[] = [
  'normalized',
  'paragraphs',
  'boilerplate',
  'tokens',
  'sentences',
  'dates',
  'figures',
  'entities',
  'mentions',
  'clusters',
  'actors',
  'events',
  'quotes',
]
