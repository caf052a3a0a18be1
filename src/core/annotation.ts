// The base of every stand-off annotation: a span, a deterministic id, and the stage that made it.
import type { Span } from './offsets.js'

/** Which stage (and version) produced an annotation. */
export interface Producer {
  readonly stage: string
  readonly version: string
}

/**
 * A stand-off annotation over `Doc.text`.
 * Fields named `…Id` hold the id of another annotation, `…Ids` a list of them; `checkDoc` resolves both.
 * A nested object with numeric `start`, `end` and a string `text` is a span whose text must equal the slice.
 */
export interface Annotation extends Span {
  readonly id: string
  readonly by: Producer
}

/** A span together with the surface text it covers. */
export interface TextSpan extends Span {
  readonly text: string
}

/**
 * Builds a deterministic annotation id from the layer prefix, the offsets and an optional label,
 * so reruns give the same ids. Ids are unique within a document; the store keys them by doc id too.
 * @example makeId('ev', { start: 10, end: 15 }, '042') // 'ev:10-15:042'
 */
export function makeId(prefix: string, span: Span, label?: string): string {
  const base = `${prefix}:${span.start}-${span.end}`
  return label === undefined || label === '' ? base : `${base}:${label}`
}

/** Builds a `TextSpan` from a text and offsets. */
export function makeTextSpan(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) }
}
