// `npm run eval`: scores Dyad against ../shared data, one section per layer; skips cleanly when absent.
//
// Usage: npm run eval [-- <evaluator names...>] [--limit N] [--verbose]
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { findShared, meetsTarget, REPO_ROOT, type Evaluator, type Score } from './eval/harness.js'

function pct(value: number | undefined): string {
  return value === undefined ? '    -' : (value * 100).toFixed(1).padStart(5)
}

function formatScore(score: Score): string {
  const target = score.target === undefined ? '' : ` target ${score.target.metric} >= ${score.target.min} ${meetsTarget(score) ? 'MET' : 'NOT MET'}`
  const metrics =
    score.accuracy !== undefined
      ? `acc ${pct(score.accuracy)}`
      : `P ${pct(score.precision)}  R ${pct(score.recall)}  F1 ${pct(score.f1)}`
  return `  ${score.label.padEnd(44)} ${metrics}  n=${score.support}${target}${score.note === undefined ? '' : `  (${score.note})`}`
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const verbose = args.includes('--verbose')
  const limitAt = args.indexOf('--limit')
  const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : undefined
  const names = args.filter((a, i) => !a.startsWith('--') && (limitAt < 0 || i !== limitAt + 1))
  const shared = findShared()
  if (shared === undefined) {
    console.log('eval: ../shared (or $DYAD_SHARED) not found; nothing to evaluate. Skipping.')
    return
  }
  const dir = join(REPO_ROOT, 'scripts', 'eval')
  const files = readdirSync(dir).filter((f) => f.endsWith('.eval.ts')).sort()
  let unmet = 0
  for (const file of files) {
    const module = (await import(pathToFileURL(join(dir, file)).href)) as { default: Evaluator }
    const evaluator = module.default
    if (names.length > 0 && !names.includes(evaluator.name)) continue
    const started = performance.now()
    const section = await evaluator.run(shared, { ...(limit === undefined ? {} : { limit }), verbose })
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    console.log(`\n== ${section.name}: ${evaluator.data} (${seconds} s)`)
    if (section.skipped !== undefined) {
      console.log(`  skipped: ${section.skipped}`)
      continue
    }
    for (const score of section.scores) {
      console.log(formatScore(score))
      if (!meetsTarget(score)) unmet++
    }
    for (const line of section.details ?? []) console.log(`    ${line}`)
  }
  console.log(`\neval: ${unmet === 0 ? 'all targets met' : `${unmet} target(s) not met`}`)
}

await main()
