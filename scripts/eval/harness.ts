// Evaluation harness: where ../shared is, how an evaluator reports, and precision/recall/F1.
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

/**
 * Finds the shared data folder: `$DYAD_SHARED`, else `../shared` beside the repository.
 * @returns its path, or undefined when absent (evaluations then skip)
 */
export function findShared(): string | undefined {
  const candidates = [process.env.DYAD_SHARED, join(REPO_ROOT, '..', 'shared')].filter(
    (p): p is string => p !== undefined && p !== '',
  )
  return candidates.find((p) => existsSync(join(p, 'data')) || existsSync(join(p, 'corpus')))
}

/** One scored line of an evaluation report. */
export interface Score {
  readonly label: string
  readonly precision?: number
  readonly recall?: number
  readonly f1?: number
  /** For accuracy-style metrics. */
  readonly accuracy?: number
  readonly support: number
  /** A target from the issue, when there is one, and whether it is met. */
  readonly target?: { readonly metric: 'f1' | 'accuracy' | 'recall' | 'precision'; readonly min: number }
  readonly note?: string
}

/** What an evaluator returns. */
export interface EvalSection {
  readonly name: string
  readonly scores: Score[]
  /** Free lines to print (errors worth looking at). */
  readonly details?: string[]
  /** Set when the evaluator's data is missing. */
  readonly skipped?: string
}

/** An evaluator module: `scripts/eval/<name>.eval.ts` exports one as default. */
export interface Evaluator {
  readonly name: string
  /** One-line description of the data it reads. */
  readonly data: string
  run(shared: string, options: { limit?: number; verbose: boolean }): Promise<EvalSection>
}

/** Counts of true positives, false positives and false negatives. */
export interface Counts {
  tp: number
  fp: number
  fn: number
}

/** Turns counts into precision, recall and F1 (0 when undefined). */
export function prf(counts: Counts): { precision: number; recall: number; f1: number } {
  const precision = counts.tp + counts.fp === 0 ? 0 : counts.tp / (counts.tp + counts.fp)
  const recall = counts.tp + counts.fn === 0 ? 0 : counts.tp / (counts.tp + counts.fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1 }
}

/** Returns whether a score meets its target (true when it has none). */
export function meetsTarget(score: Score): boolean {
  if (score.target === undefined) return true
  const value = score[score.target.metric]
  return value !== undefined && value >= score.target.min
}
