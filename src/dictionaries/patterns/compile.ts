// Compiles pattern text ("call on <target> to", "visit to <target>") into matchable elements.

/** One element of a compiled pattern after its head word. */
export type PatternElement =
  | { readonly kind: 'word'; readonly words: readonly string[] }
  | { readonly kind: 'target' }
  | { readonly kind: 'source' }
  | { readonly kind: 'gap' }

/** A compiled verb or noun pattern. */
export interface CompiledPattern {
  /** Stable id: the file's id, or `<code>:<kind>:<text>`. */
  readonly id: string
  readonly code: string
  readonly kind: 'verb' | 'noun'
  /** Lemmas the head token may have (alternatives written `a|b`). */
  readonly heads: readonly string[]
  readonly elements: readonly PatternElement[]
  readonly hasTarget: boolean
  readonly weight: number
  /** Number of literal words, used to prefer the most specific pattern. */
  readonly specificity: number
  /** Name of the file that defined it. */
  readonly file: string
}

/**
 * Parses a pattern's text. Words are lemmas (alternatives `a|b`), `<target>` and `<source>` are actor slots,
 * `*` is a gap of a few tokens. The first word is the head: a verb lemma, or a noun lemma for noun patterns.
 * @returns the compiled pattern, or an error message
 * @example compilePattern('hand over * to <target>', '0841', 'verb', 'builtin') // heads ['hand'], 4 elements
 */
export function compilePattern(
  text: string,
  code: string,
  kind: 'verb' | 'noun',
  file: string,
  id?: string,
  weight = 1,
): CompiledPattern | string {
  const parts = text.trim().toLowerCase().split(/\s+/)
  const [head, ...rest] = parts
  if (head === undefined || head === '' || head.startsWith('<') || head === '*') {
    return `pattern "${text}" must start with a head word (a verb or noun lemma)`
  }
  const elements: PatternElement[] = []
  let specificity = 1
  let hasTarget = false
  for (const part of rest) {
    if (part === '<target>') {
      if (hasTarget) return `pattern "${text}" has two <target> slots`
      elements.push({ kind: 'target' })
      hasTarget = true
    } else if (part === '<source>') elements.push({ kind: 'source' })
    else if (part === '*') elements.push({ kind: 'gap' })
    else if (/^<.*>$/.test(part)) return `pattern "${text}": unknown slot ${part} (use <source>, <target> or *)`
    else {
      elements.push({ kind: 'word', words: part.split('|') })
      specificity++
    }
  }
  return {
    id: id ?? `${code}:${kind}:${text.trim()}`,
    code,
    kind,
    heads: head.split('|'),
    elements,
    hasTarget,
    weight,
    specificity,
    file,
  }
}
