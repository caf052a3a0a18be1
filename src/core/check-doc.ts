// checkDoc: the invariants every document must hold, checked by tests on every output.
import type { Doc } from './doc.js'
import { LAYER_NAMES } from './layers/index.js'
import { isSpanInRange } from './offsets.js'

/** One broken invariant, with the layer and annotation where it was found. */
export interface DocProblem {
  readonly layer: string
  readonly id: string
  readonly problem: string
}

type Plain = Record<string, unknown>

function isPlain(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Checks a document's invariants: offsets in range, each layer sorted by (start, end), unique ids,
 * every `…Id`/`…Ids` field resolves to an annotation, every span's stored `text` equals the slice,
 * and every annotation records the stage that produced it.
 * @returns the problems found; empty when the document is sound
 * @example assert.deepEqual(checkDoc(doc), [])
 */
export function checkDoc(doc: Doc): DocProblem[] {
  const problems: DocProblem[] = []
  const ids = new Set<string>()
  const references: Array<{ layer: string; id: string; field: string; target: string }> = []

  const checkSpanText = (layer: string, id: string, path: string, value: Plain): void => {
    const { start, end, text } = value
    if (typeof start !== 'number' || typeof end !== 'number') return
    if (!isSpanInRange({ start, end }, doc.text.length)) {
      problems.push({ layer, id, problem: `${path}: span [${start}, ${end}) is outside [0, ${doc.text.length}]` })
      return
    }
    if (typeof text === 'string' && doc.text.slice(start, end) !== text) {
      problems.push({ layer, id, problem: `${path}: text ${JSON.stringify(text)} differs from the slice` })
    }
  }

  const walk = (layer: string, id: string, path: string, value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(layer, id, `${path}[${i}]`, item))
      return
    }
    if (!isPlain(value)) return
    checkSpanText(layer, id, path, value)
    for (const [key, field] of Object.entries(value)) {
      if (key.endsWith('Id') && typeof field === 'string') {
        references.push({ layer, id, field: `${path}.${key}`, target: field })
      } else if (key.endsWith('Ids') && Array.isArray(field)) {
        for (const target of field) references.push({ layer, id, field: `${path}.${key}`, target: String(target) })
      } else if (typeof field === 'object' && field !== null && key !== 'by') {
        walk(layer, id, `${path}.${key}`, field)
      }
    }
  }

  for (const name of Object.keys(doc.layers)) {
    if (!(LAYER_NAMES as readonly string[]).includes(name)) {
      problems.push({ layer: name, id: '', problem: `unknown layer "${name}"` })
    }
    const layer = (doc.layers as Record<string, unknown>)[name]
    if (!Array.isArray(layer)) {
      problems.push({ layer: name, id: '', problem: 'layer is not an array' })
      continue
    }
    let previous: { start: number; end: number } | undefined
    for (const item of layer as unknown[]) {
      if (!isPlain(item)) {
        problems.push({ layer: name, id: '', problem: 'annotation is not an object' })
        continue
      }
      const id = typeof item.id === 'string' ? item.id : ''
      if (id === '') problems.push({ layer: name, id, problem: 'annotation has no id' })
      else if (ids.has(id)) problems.push({ layer: name, id, problem: 'duplicate id' })
      else ids.add(id)
      const by = item.by
      if (!isPlain(by) || typeof by.stage !== 'string' || typeof by.version !== 'string') {
        problems.push({ layer: name, id, problem: 'annotation has no by: {stage, version}' })
      }
      const { start, end } = item
      if (typeof start !== 'number' || typeof end !== 'number') {
        problems.push({ layer: name, id, problem: 'annotation has no numeric start and end' })
        continue
      }
      if (previous !== undefined && (start < previous.start || (start === previous.start && end < previous.end))) {
        problems.push({ layer: name, id, problem: `out of order: [${start}, ${end}) after [${previous.start}, ${previous.end})` })
      }
      previous = { start, end }
      walk(name, id, name, item)
    }
  }

  for (const ref of references) {
    if (!ids.has(ref.target)) {
      problems.push({ layer: ref.layer, id: ref.id, problem: `${ref.field} refers to missing id "${ref.target}"` })
    }
  }
  for (const diagnostic of doc.diagnostics) {
    if (diagnostic.start !== undefined && diagnostic.end !== undefined) {
      if (!isSpanInRange({ start: diagnostic.start, end: diagnostic.end }, doc.text.length)) {
        problems.push({ layer: 'diagnostics', id: diagnostic.code, problem: 'diagnostic span out of range' })
      }
    }
  }
  return problems
}
