// Copies data files that live beside the code (src/**/*.json) into dist, which tsc does not do, and makes the CLI
// executable (npm links bins at install time, before a fresh clone has built them, so `npx dyad` needs the mode).
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'

function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) walk(path, out)
    else if (name.endsWith('.json') && !path.includes(`${join('fixtures')}`)) out.push(path)
  }
  return out
}

let copied = 0
for (const file of walk('src')) {
  const target = join('dist', relative('src', file))
  mkdirSync(dirname(target), { recursive: true })
  copyFileSync(file, target)
  copied++
}
const cli = join('dist', 'cli', 'main.js')
if (existsSync(cli)) chmodSync(cli, 0o755)
console.log(`copy-assets: ${copied} data file(s) copied into dist; ${cli} made executable`)
