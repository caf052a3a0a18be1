// Scores the figures stage on the seed article's gold figures: value, change and measure.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createDoc, type Figure } from '../../src/core/index.js'
import { buildPipeline, runPipeline } from '../../src/pipeline/index.js'
import { datesStage } from '../../src/stages/dates/index.js'
import { figuresStage } from '../../src/stages/figures/index.js'
import { normalizeStage } from '../../src/stages/normalize/index.js'
import { structureStage } from '../../src/stages/structure/index.js'
import { tokensStage } from '../../src/stages/tokens/index.js'
import { findSentence, foldSurface, loadGold } from './gold-v1.js'
import type { Evaluator, Score } from './harness.js'

const SEED = join('corpus', 'seed', 'russia-japan-2016.gold.json')
const pipeline = buildPipeline([normalizeStage, structureStage, tokensStage, datesStage, figuresStage])

/** Reads a gold value such as "30-40 percent", "90 percent" or "$40 billion" into numbers and a unit. */
export function parseGoldValue(value: string): { value: number; high?: number; unit?: string } | undefined {
  const match = /^\$?\s*([\d.,]+)(?:\s*-\s*([\d.,]+))?\s*(percent|%)?/i.exec(value.trim())
  if (match === null) return undefined
  const low = Number((match[1] ?? '').replace(/,/g, ''))
  const high = match[2] === undefined ? undefined : Number(match[2].replace(/,/g, ''))
  return {
    value: low,
    ...(high === undefined ? {} : { high }),
    ...(match[3] === undefined ? {} : { unit: 'percent' }),
  }
}

/** The first common-noun word of a gold subject ("Russia-Japan trade turnover" gives "trade"). */
function headWord(subject: string): string | undefined {
  return foldSurface(subject)
    .split(/\s+/)
    .find((w) => /^[a-z]+$/.test(w) && !['outside', 'of', 'with', 'in', 'the'].includes(w))
}

function isSameValue(figure: Figure, gold: { value: number; high?: number; unit?: string }): boolean {
  return (
    figure.value === gold.value &&
    figure.high === gold.high &&
    (gold.unit === undefined || figure.unit === gold.unit)
  )
}

/**
 * Numbers that belong to dates must not become figures: on TempEval-3, the share of figures that
 * overlap no gold timex (1.0 when no figure sits inside "1998", "two years" or "10 a.m.").
 */
function scoreDateLeak(shared: string, limit: number | undefined): Score | undefined {
  const paths = ['aquaint.jsonl', 'timebank.jsonl']
    .map((f) => join(shared, 'data', 'tempeval3', f))
    .filter((p) => existsSync(p))
  if (paths.length === 0) return undefined
  let records = paths.flatMap((p) =>
    readFileSync(p, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map(
        (line) =>
          JSON.parse(line) as { dct: string; text: string; timexes: Array<{ start: number; end: number }> },
      ),
  )
  if (limit !== undefined) records = records.slice(0, limit)
  let inside = 0
  let total = 0
  for (const record of records) {
    const doc = runPipeline(pipeline, createDoc(record.text, { published: record.dct }))
    for (const figure of doc.layers.figures ?? []) {
      total++
      if (record.timexes.some((t) => t.start < figure.end && figure.start < t.end)) inside++
    }
  }
  return {
    label: 'TempEval-3 figures outside gold timexes',
    accuracy: total === 0 ? 1 : 1 - inside / total,
    support: total,
    note: `${inside} figures overlap a gold date, duration, set or time`,
  }
}

const evaluator: Evaluator = {
  name: 'figures',
  data: 'corpus/seed/russia-japan-2016.gold.json (figures)',
  run: (shared, options) => {
    const path = join(shared, SEED)
    if (!existsSync(path))
      return Promise.resolve({ name: 'figures', scores: [], skipped: `${SEED} not found` })
    const gold = loadGold(path)
    const text = readFileSync(join(shared, 'corpus', 'seed', gold.file.replace(/^.*\//, '')), 'utf8')
    const doc = runPipeline(pipeline, createDoc(text, { published: gold.published }))
    const figures = doc.layers.figures ?? []
    const golds = gold.figures ?? []
    let valueRight = 0
    let changeRight = 0
    let measureRight = 0
    const details: string[] = []
    for (const g of golds) {
      const sentence = findSentence(doc, g.sentence_contains)
      const wanted = parseGoldValue(g.value)
      const found =
        sentence === undefined || wanted === undefined
          ? undefined
          : figures.find((f) => f.start >= sentence.start && f.end <= sentence.end && isSameValue(f, wanted))
      if (found !== undefined) valueRight++
      if (found !== undefined && found.change === (g.change === undefined ? undefined : g.change))
        changeRight++
      // The measure is right when it holds the gold subject's head noun.
      const head = headWord(g.subject)
      if (
        found?.measure !== undefined &&
        head !== undefined &&
        foldSurface(found.measure.text).toLowerCase().includes(head.toLowerCase())
      )
        measureRight++
      if (options.verbose) {
        details.push(
          `${g.value} (${g.change ?? 'no change'}; ${g.subject}) -> ${
            found === undefined
              ? '(not found)'
              : `${found.text} ${found.kind} ${found.value}${found.high === undefined ? '' : `-${found.high}`} ${found.change ?? 'no change'}; measure ${found.measure?.text ?? '-'}`
          }`,
        )
      }
    }
    const n = golds.length
    const scores: Score[] = [
      {
        label: 'seed figures: value right',
        accuracy: n === 0 ? 0 : valueRight / n,
        support: n,
        target: { metric: 'accuracy', min: 1 },
      },
      {
        label: 'seed figures: value and change right',
        accuracy: n === 0 ? 0 : changeRight / n,
        support: n,
        target: { metric: 'accuracy', min: 1 },
      },
      {
        label: 'seed figures: measure holds the subject head',
        accuracy: n === 0 ? 0 : measureRight / n,
        support: n,
      },
    ]
    details.unshift(`figures found in the article: ${figures.length}`)
    const leak = scoreDateLeak(shared, options.limit)
    if (leak !== undefined) scores.push(leak)
    return Promise.resolve({ name: 'figures', scores, details })
  },
}

export default evaluator
