// Finds every *.test.ts under src and scripts and runs them with node's test runner through tsx.
// `--coverage MIN` also measures line coverage of src (tests excluded) and fails below MIN percent.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

function findTests(dir, out = []) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue
    const path = join(dir, name)
    if (statSync(path).isDirectory()) findTests(path, out)
    else if (name.endsWith('.test.ts')) out.push(path)
  }
  return out
}

/** Lines found and hit per source file of an lcov report, for files under src/ that are not tests. */
function sourceLines(lcov) {
  const files = new Map()
  let file
  let hit = 0
  let found = 0
  for (const line of lcov.split('\n')) {
    if (line.startsWith('SF:')) [file, hit, found] = [line.slice(3), 0, 0]
    else if (line.startsWith('LH:')) hit = Number(line.slice(3))
    else if (line.startsWith('LF:')) found = Number(line.slice(3))
    else if (line === 'end_of_record' && file !== undefined && file.startsWith('src/') && !file.endsWith('.test.ts'))
      files.set(file, { hit, found })
  }
  return files
}

const args = process.argv.slice(2)
const coverageAt = args.indexOf('--coverage')
const minCoverage = coverageAt >= 0 ? Number(args[coverageAt + 1]) : undefined
if (minCoverage !== undefined && !(minCoverage >= 0 && minCoverage <= 100)) {
  console.error('run-tests: --coverage needs a percentage, e.g. --coverage 90')
  process.exit(2)
}
const filter = coverageAt >= 0 ? args.filter((_, i) => i !== coverageAt && i !== coverageAt + 1) : args
const files = ['src', 'scripts']
  .flatMap((dir) => findTests(dir))
  .filter((file) => filter.length === 0 || filter.some((f) => file.includes(f)))
  .sort()
if (files.length === 0) {
  console.error('run-tests: no test files found')
  process.exit(1)
}
const reportDir = minCoverage === undefined ? undefined : mkdtempSync(join(tmpdir(), 'dyad-coverage-'))
const lcovFile = reportDir === undefined ? undefined : join(reportDir, 'lcov.info')
const reporters =
  lcovFile === undefined
    ? ['--test-reporter=spec']
    : ['--experimental-test-coverage', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=lcov', `--test-reporter-destination=${lcovFile}`]
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', ...reporters, ...files], { stdio: 'inherit' })
if (result.status !== 0 && lcovFile !== undefined) {
  // Node exits non-zero both for a failing test and when it cannot map coverage back to the sources (it then
  // warns "Could not report code coverage", e.g. when a source file was edited while the tests ran).
  console.error(`run-tests: node's test runner exited with ${result.status ?? result.signal}: a test failed or coverage could not be reported (see above)`)
}
if (result.status !== 0 || lcovFile === undefined || minCoverage === undefined) process.exit(result.status ?? 1)

const sources = sourceLines(readFileSync(lcovFile, 'utf8'))
rmSync(reportDir, { recursive: true, force: true })
if (sources.size === 0) {
  console.error('run-tests: the coverage report names no file under src/ (node wrote no lcov data)')
  process.exit(1)
}
let hit = 0
let found = 0
for (const lines of sources.values()) {
  hit += lines.hit
  found += lines.found
}
const percent = (100 * hit) / found
const lowest = [...sources.entries()]
  .filter(([, l]) => l.found >= 20)
  .sort(([, a], [, b]) => a.hit / a.found - b.hit / b.found)
  .slice(0, 5)
  .map(([file, l]) => `${file} ${((100 * l.hit) / l.found).toFixed(0)}%`)
console.log(`coverage: ${percent.toFixed(1)}% of ${found} lines in ${sources.size} files under src/ (minimum ${minCoverage}%); lowest: ${lowest.join(', ')}`)
if (percent < minCoverage) {
  console.error(`run-tests: line coverage ${percent.toFixed(1)}% is below the minimum ${minCoverage}%`)
  process.exit(1)
}
