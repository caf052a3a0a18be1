// Scores the dates stage on TempEval-3 (TimeBank, AQUAINT) timexes and on the seed article's gold dates.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createDoc, type Doc, type Timex } from '../../src/core/index.js'
import { buildPipeline, runPipeline } from '../../src/pipeline/index.js'
import { datesStage } from '../../src/stages/dates/index.js'
import { normalizeStage } from '../../src/stages/normalize/index.js'
import { structureStage } from '../../src/stages/structure/index.js'
import { tokensStage } from '../../src/stages/tokens/index.js'
import { findSentence, foldSurface, loadGold } from './gold-v1.js'
import { prf, type Counts, type Evaluator, type Score } from './harness.js'

interface GoldTimex {
  start: number
  end: number
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET'
  value: string
  text: string
}

interface TempEvalRecord {
  doc_id: string
  split?: string
  dct: string
  text: string
  timexes: GoldTimex[]
}

const TYPES = ['DATE', 'DURATION', 'SET', 'TIME'] as const
const FILES = ['aquaint.jsonl', 'timebank.jsonl']
const SEED = join('corpus', 'seed', 'russia-japan-2016.gold.json')

const pipeline = buildPipeline([normalizeStage, structureStage, tokensStage, datesStage])

/** Runs the stages up to dates on one text. */
function analyzeDates(text: string, published: string): Doc {
  return runPipeline(pipeline, createDoc(text, { published }))
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end

/** Writes gold values the way Dyad does: ISO weeks with two digits ("2000-W7" becomes "2000-W07"). */
export function normalizeGoldValue(value: string): string {
  return value.replace(/-W(\d)(?!\d)/, '-W0$1')
}

/**
 * A predicted value is right when, cut to the gold value's length (its granularity), it equals the gold.
 * With `isLenient`, an `X` in the gold (a part the annotator left unspecified) matches any character.
 */
export function isValueRight(predicted: string, goldValue: string, isLenient = false): boolean {
  const gold = normalizeGoldValue(goldValue)
  if (predicted.length < gold.length) return false
  for (let i = 0; i < gold.length; i++) {
    if (predicted[i] !== gold[i] && !(isLenient && gold[i] === 'X')) return false
  }
  return true
}

function readRecords(path: string): TempEvalRecord[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as TempEvalRecord)
}

function scoreTempEval(records: TempEvalRecord[], verbose: boolean): { scores: Score[]; details: string[] } {
  const spans = new Map<string, Counts>(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]))
  const exact: Counts = { tp: 0, fp: 0, fn: 0 }
  let dateRight = 0
  let dateLenient = 0
  let dateTotal = 0
  const bySplit = new Map<string, { right: number; total: number }>()
  const misses = new Map<string, number>()
  const falseHits = new Map<string, number>()
  let chars = 0
  let millis = 0
  for (const record of records) {
    const started = performance.now()
    const doc = analyzeDates(record.text, record.dct)
    millis += performance.now() - started
    chars += record.text.length
    const predicted = doc.layers.dates ?? []
    for (const type of TYPES) {
      const counts = spans.get(type) ?? { tp: 0, fp: 0, fn: 0 }
      const gold = record.timexes.filter((g) => g.type === type)
      const ours = predicted.filter((p) => p.type === type)
      counts.tp += gold.filter((g) => ours.some((p) => overlaps(p, g))).length
      counts.fn += gold.filter((g) => !ours.some((p) => overlaps(p, g))).length
      counts.fp += ours.filter((p) => !gold.some((g) => overlaps(p, g))).length
    }
    exact.tp += record.timexes.filter((g) =>
      predicted.some((p) => p.start === g.start && p.end === g.end),
    ).length
    exact.fn += record.timexes.filter(
      (g) => !predicted.some((p) => p.start === g.start && p.end === g.end),
    ).length
    exact.fp += predicted.filter(
      (p) => !record.timexes.some((g) => p.start === g.start && p.end === g.end),
    ).length
    for (const gold of record.timexes.filter((g) => g.type === 'DATE')) {
      dateTotal++
      const split = bySplit.get(record.split ?? 'all') ?? { right: 0, total: 0 }
      bySplit.set(record.split ?? 'all', split)
      split.total++
      const match: Timex | undefined = predicted.find((p) => overlaps(p, gold))
      if (match !== undefined && isValueRight(match.value, gold.value)) split.right++
      if (match !== undefined && isValueRight(match.value, gold.value, true)) dateLenient++
      if (match !== undefined && isValueRight(match.value, gold.value)) dateRight++
      else {
        const key = `${JSON.stringify(gold.text)} gold ${gold.value} ours ${match === undefined ? '(none)' : `${match.value} [${match.rule}] "${match.text}"`} dct ${record.dct}`
        misses.set(key, (misses.get(key) ?? 0) + 1)
      }
    }
    for (const p of predicted.filter((p) => !record.timexes.some((g) => overlaps(p, g)))) {
      const key = `${JSON.stringify(p.text)} -> ${p.value} [${p.rule}]`
      falseHits.set(key, (falseHits.get(key) ?? 0) + 1)
    }
  }
  const scores: Score[] = [
    {
      label: 'TempEval-3 DATE values (cut to gold granularity)',
      accuracy: dateTotal === 0 ? 0 : dateRight / dateTotal,
      support: dateTotal,
      target: { metric: 'accuracy', min: 0.85 },
    },
    {
      label: 'TempEval-3 DATE values, gold X as wildcard',
      accuracy: dateTotal === 0 ? 0 : dateLenient / dateTotal,
      support: dateTotal,
      note: 'e.g. gold 1989-WXX accepts 1989-W43',
    },
  ]
  for (const [split, { right, total }] of [...bySplit.entries()].sort()) {
    scores.push({
      label: `  DATE values, ${split}`,
      accuracy: total === 0 ? 0 : right / total,
      support: total,
    })
  }
  for (const type of TYPES) {
    const counts = spans.get(type) ?? { tp: 0, fp: 0, fn: 0 }
    scores.push({
      label: `TempEval-3 ${type} spans (overlap)`,
      ...prf(counts),
      support: counts.tp + counts.fn,
    })
  }
  scores.push({ label: 'TempEval-3 all spans (exact)', ...prf(exact), support: exact.tp + exact.fn })
  const details = [
    `speed: ${Math.round(chars / (millis / 1000))} chars/s through normalize..dates (${records.length} docs)`,
  ]
  if (verbose) {
    const top = (map: Map<string, number>, n: number): string[] =>
      [...map.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, n)
        .map(([k, v]) => `${String(v).padStart(3)}  ${k}`)
    details.push(
      'top DATE value errors:',
      ...top(misses, 40),
      'top false hits (no gold overlap):',
      ...top(falseHits, 25),
    )
  }
  return { scores, details }
}

function scoreSeed(shared: string): Score | undefined {
  const path = join(shared, SEED)
  if (!existsSync(path)) return undefined
  const gold = loadGold(path)
  const text = readFileSync(join(shared, 'corpus', 'seed', gold.file.replace(/^.*\//, '')), 'utf8')
  const doc = analyzeDates(text, gold.published)
  const timexes = gold.timexes ?? []
  let right = 0
  for (const g of timexes) {
    const scope =
      g.sentence_contains === undefined
        ? { start: 0, end: doc.text.length }
        : findSentence(doc, g.sentence_contains)
    if (scope === undefined) continue
    const found = (doc.layers.dates ?? []).some(
      (t) =>
        t.start >= scope.start &&
        t.end <= scope.end &&
        foldSurface(t.text).includes(foldSurface(g.text)) &&
        t.value === g.value,
    )
    if (found) right++
  }
  return {
    label: 'seed article dates (exact value)',
    accuracy: timexes.length === 0 ? 0 : right / timexes.length,
    support: timexes.length,
    target: { metric: 'accuracy', min: 1 },
  }
}

const evaluator: Evaluator = {
  name: 'dates',
  data: 'data/tempeval3/{aquaint,timebank}.jsonl + corpus/seed gold timexes',
  run: (shared, options) => {
    const paths = FILES.map((f) => join(shared, 'data', 'tempeval3', f)).filter((p) => existsSync(p))
    if (paths.length === 0)
      return Promise.resolve({ name: 'dates', scores: [], skipped: 'data/tempeval3/*.jsonl not found' })
    let records = paths.flatMap(readRecords)
    if (options.limit !== undefined) records = records.slice(0, options.limit)
    const { scores, details } = scoreTempEval(records, options.verbose)
    const seed = scoreSeed(shared)
    if (seed !== undefined) scores.push(seed)
    return Promise.resolve({ name: 'dates', scores, details })
  },
}

export default evaluator
