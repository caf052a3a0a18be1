// Candidates: a coded dyad before it becomes an event, and the small rules shared by the verb, noun and report coders.
import type { Modality } from '../../core/index.js'
import type { CompiledPattern } from '../../dictionaries/patterns/index.js'
import type { ActorRef } from './words.js'

/** One coded dyad before it becomes an event annotation. */
export interface Candidate {
  readonly source: ActorRef
  /** `null` for an event of a monadic root with no actor at hand ("the rebels surrendered"). */
  readonly target: ActorRef | null
  readonly code: string
  readonly pattern: CompiledPattern | undefined
  /** Rule id: the pattern id, or `statement:<verb>` for the statement a report makes. */
  readonly rule: string
  /** Word positions of the trigger (head word, through the last literal word of the pattern for verbs). */
  readonly triggerFrom: number
  readonly triggerTo: number
  readonly modality: Modality
  readonly negated: boolean
  readonly clause: number
  readonly confidence: number
  /** Why the confidence is what it is. */
  readonly notes: readonly string[]
}

/** Personal pronouns that stand for an actor named elsewhere. */
export const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'it', 'they', 'we', 'i'])

/** Pairs every source with every target, skipping an actor paired with itself (same span or same cluster). */
export function pairs(sources: readonly ActorRef[], targets: readonly ActorRef[]): Array<[ActorRef, ActorRef]> {
  const out: Array<[ActorRef, ActorRef]> = []
  // Two mentions of one entity ("the IMF, International Monetary Fund", "Reagan … the President") are no dyad.
  const isSame = (a: ActorRef, b: ActorRef): boolean => a.start === b.start || (a.clusterId !== undefined && a.clusterId === b.clusterId)
  for (const s of sources) for (const t of targets) if (!isSame(s, t)) out.push([s, t])
  return out
}

/** Whether one code is the bare country of the other ("ARVGOV" arriving in "ARV"): no dyad for visits and meetings. */
export function isSelfVisit(source: ActorRef, target: ActorRef, code: string): boolean {
  if (!code.startsWith('04')) return false
  const a = source.code.slice(0, 3)
  const b = target.code.slice(0, 3)
  return a === b && (source.code.length === 3 || target.code.length === 3)
}
