// Layer type for quotations and reported speech with their speakers.
import type { Annotation, TextSpan } from '../annotation.js'
import type { ActorCode } from '../branded.js'

/** How a quote is rendered. */
export type QuoteKind = 'direct' | 'partial' | 'indirect' | 'mixed'

/** One of several speakers named together ("Arvenia and Belmora said"), as resolved. */
export interface SpeakerMember extends TextSpan {
  readonly clusterId?: string
  readonly entityId?: string
  readonly actor: ActorCode | null
}

/** Who said it, as written and as resolved. */
export interface Speaker extends TextSpan {
  readonly mentionId?: string
  readonly clusterId?: string
  /** The named entity the speaker resolves to. */
  readonly entityId?: string
  readonly actor: ActorCode | null
  /** How the speaker was found ("subject of cue", "pronoun he → Panov"). */
  readonly reason: string
  /** Each speaker of a coordinated speaker ("Arvenia and Belmora"), when two or more resolve; the fields above hold the last. */
  readonly members?: readonly SpeakerMember[]
}

/** A quotation or reported statement. Its span covers the quoted material. */
export interface Quote extends Annotation {
  readonly text: string
  readonly kind: QuoteKind
  readonly cue: TextSpan | null
  readonly speaker: Speaker | null
  /** Why the speaker is null, when it is. */
  readonly noSpeakerReason?: string
  readonly content: TextSpan
  /** Events coded inside the quote. */
  readonly eventIds: readonly string[]
}
