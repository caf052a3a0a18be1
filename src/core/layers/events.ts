// Layer type for coded events (CAMEO with PLOVER mapping, modality and evidence).
import type { Annotation, TextSpan } from '../annotation.js'
import type { ActorCode, CameoCode } from '../branded.js'
import type { Span } from '../offsets.js'

/** How the text presents an event. */
export type Modality = 'asserted' | 'planned' | 'intent' | 'hypothetical' | 'reported'

/** A participant in an event: its code and the text it came from. */
export interface EventArgument extends TextSpan {
  readonly code: ActorCode
  /** The actor annotation, when the argument came from one. */
  readonly actorId?: string
}

/** One place in the text where an event is reported. */
export interface EventMention {
  readonly sentence: Span
  readonly trigger: TextSpan
}

/** A coded event. Its span is the trigger of its first mention. */
export interface Event extends Annotation {
  readonly source: EventArgument
  readonly target: EventArgument | null
  readonly code: CameoCode
  /** Two-digit CAMEO root. */
  readonly root: string
  readonly quad: number
  readonly goldstein: number
  readonly plover: { readonly type: string; readonly mode: string | null }
  readonly modality: Modality
  readonly negated: boolean
  readonly date: { readonly value: string; readonly source: 'clause' | 'published' | 'none'; readonly timexId?: string }
  readonly place: TextSpan | null
  readonly sentence: Span
  readonly trigger: TextSpan
  /** Every span that justified a field. */
  readonly evidence: { readonly source: TextSpan; readonly target: TextSpan | null; readonly trigger: TextSpan }
  /** Id of the pattern that fired. */
  readonly rule: string
  readonly confidence: number
  readonly mentions: readonly EventMention[]
  /** The quote this event was reported in. */
  readonly quoteId?: string
}
