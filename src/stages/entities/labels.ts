// BIO labels of the NER tagger and how a label sequence becomes typed spans.
import type { EntityType } from '../../core/index.js'

/** Entity types the tagger emits, in label order. */
export const TAGGER_TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'MISC']

/** All BIO labels: `O`, then `B-` and `I-` per type. */
export const BIO_LABELS: readonly string[] = ['O', ...TAGGER_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])]

/** Returns whether `label` may follow `prev` (an `I-X` only continues a `B-X` or `I-X`). */
export function isAllowedAfter(prev: string, label: string): boolean {
  if (!label.startsWith('I-')) return true
  return prev.slice(2) === label.slice(2) && prev !== 'O'
}

/** A run of tokens with one entity type: token indexes `[first, last]`. */
export interface TokenSpan {
  readonly first: number
  readonly last: number
  readonly type: EntityType
}

/**
 * Reads typed token runs from BIO labels.
 * @example labelsToSpans(['B-GPE', 'O', 'B-PERSON', 'I-PERSON']) // [{first:0,last:0,type:'GPE'}, {first:2,last:3,type:'PERSON'}]
 */
export function labelsToSpans(labels: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = []
  let first = -1
  let type: EntityType | undefined
  const close = (last: number): void => {
    if (type !== undefined && first >= 0) spans.push({ first, last, type })
    type = undefined
    first = -1
  }
  labels.forEach((label, i) => {
    if (label === 'O') return close(i - 1)
    const t = label.slice(2) as EntityType
    if (label.startsWith('B-') || t !== type) {
      close(i - 1)
      first = i
      type = t
    }
  })
  close(labels.length - 1)
  return spans
}
