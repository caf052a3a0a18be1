// Layer types for named entities, coreference mentions and clusters, and actor codes.
import type { Annotation, TextSpan } from '../annotation.js'
import type { ActorCode } from '../branded.js'

/** Named-entity types. */
export type EntityType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP' | 'MISC'

/** A named-entity mention: an exact name span, without titles, possessives or punctuation. */
export interface Entity extends Annotation {
  readonly text: string
  readonly type: EntityType
  /** What found it: the trained model, a dictionary entry, or a rule. */
  readonly source: 'model' | 'dictionary' | 'rule'
  readonly confidence: number
}

/** How a mention refers. */
export type MentionKind = 'name' | 'alias' | 'pronoun' | 'description' | 'title'

/** A referring expression linked to a cluster: a name, a surname, "he", "the former diplomat". */
export interface Mention extends Annotation {
  readonly text: string
  readonly kind: MentionKind
  readonly clusterId: string
  /** The named entity this mention is, when it is one. */
  readonly entityId?: string
  /** The earlier mention it was linked to, and why. */
  readonly antecedentId?: string
  readonly reason: string
}

/** One entity in the document: all mentions that refer to it. Its span (and `text`) is the first occurrence of its fullest name. */
export interface Cluster extends Annotation {
  /** The fullest name seen ("Shinzo Abe"), as it stands at the cluster's span. */
  readonly text: string
  readonly type: EntityType
  readonly mentionIds: readonly string[]
  /** A person's gender as the given name or an honorific tells it ("Mrs. Lund", "Anna …"); absent when unknown. */
  readonly gender?: 'm' | 'f'
}

/** Why an actor got its code. */
export type ActorReason =
  | 'dictionary'
  | 'title'
  | 'apposition'
  | 'metonym'
  | 'country'
  | 'demonym'
  | 'cluster'
  /** Derived from the words of an organization's name ("... University" → EDU, "Moscow ..." → RUS). */
  | 'name'
  | 'unknown'

/** An actor code for one mention, as of the document's publication date. */
export interface Actor extends Annotation {
  readonly text: string
  readonly mentionId: string
  readonly clusterId: string
  /** Full code, e.g. `RUSGOV`; for an unknown actor the best-effort country alone, or `UNK`. */
  readonly code: ActorCode
  /** Country or IGO part, e.g. `RUS`, `UNO`; null when unknown. */
  readonly country: string | null
  /** Role codes in order, e.g. `['GOV']`. */
  readonly roles: readonly string[]
  /** True when the dictionary or a title resolved it; false for a best-effort guess. */
  readonly isKnown: boolean
  readonly reason: ActorReason
  /** The text that justified the code (title, apposition, dictionary name). */
  readonly evidence: readonly TextSpan[]
  /** Dictionary entry id, when one matched. */
  readonly entry?: string
}
