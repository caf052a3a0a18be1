// The event pattern loader: built-in dyad-patterns@1 files first, then user files that add, override or remove patterns.
import { basename, join } from 'node:path'
import { ConfigError, ErrorCode } from '../../core/index.js'
import { findPackageRoot } from '../cameo/index.js'
import { readDataFile } from '../data-file.js'
import { compilePattern, type CompiledPattern } from './compile.js'
import { patternFileSchema, type PatternFile } from './format.js'

export { compilePattern, type CompiledPattern, type PatternElement } from './compile.js'
export { patternFileSchema, type PatternFile, type PatternCodeEntry } from './format.js'

/** The built-in pattern files, in load order. */
export const BUILTIN_PATTERN_FILES: readonly string[] = [join(findPackageRoot(), 'dictionaries', 'patterns', 'builtin.json')]

/** The kinds of cue word lists a pattern file may hold. */
export type CueKind = keyof PatternFile['cues']

const CUE_KINDS: readonly CueKind[] = ['planned', 'intent', 'hypothetical', 'negating', 'reporting', 'light', 'plannedBefore', 'threatening', 'objectControl']

/** Compiled patterns ready for matching. */
export interface PatternSet {
  /** `name@version` of every file, in load order. */
  readonly versions: readonly string[]
  /** Verb patterns by head lemma. */
  readonly verbs: ReadonlyMap<string, readonly CompiledPattern[]>
  /** Noun patterns by head lemma. */
  readonly nouns: ReadonlyMap<string, readonly CompiledPattern[]>
  /** Express-intent code per CAMEO root. */
  readonly intent: ReadonlyMap<string, string>
  /** Roots whose planned events take the intent code. */
  readonly plannedAsIntent: ReadonlySet<string>
  /** Words that turn a preceding planned event into a conditional threat ("unless"). */
  readonly threatConditions: ReadonlySet<string>
  /** Words that turn a preceding planned or hypothetical harmful act into a conditional threat ("if"). */
  readonly harmConditions: ReadonlySet<string>
  /** Military sources: words in their text, role codes, and the code map for their violence. */
  readonly military: { readonly words: ReadonlySet<string>; readonly roles: ReadonlySet<string>; readonly map: ReadonlyMap<string, string> }
  /** Roots whose announced acts are threats. */
  readonly threatenedRoots: ReadonlySet<string>
  /** Roots whose events may have no target. */
  readonly monadicRoots: ReadonlySet<string>
  /** Monadic roots whose bare slot patterns may stand without a target. */
  readonly monadicObjectRoots: ReadonlySet<string>
  /** Threat code per CAMEO root (`*`: any other root). */
  readonly threat: ReadonlyMap<string, string>
  /** Rejection code per cooperative root for a refused act (`*`: any other cooperative root). */
  readonly refusal: ReadonlyMap<string, string>
  /** The demand a report of obligation makes ("Y must …"), when configured. */
  readonly demand: { readonly code: string; readonly modals: ReadonlySet<string> } | undefined
  /** Cue word sets, joined over all files. */
  readonly cues: Readonly<Record<CueKind, ReadonlySet<string>>>
  readonly size: number
}

/** Reads and validates one pattern file. @throws ConfigError naming the file and the problem */
export function readPatternFile(path: string): PatternFile {
  return readDataFile(path, patternFileSchema, { kind: 'pattern file', format: 'dyad-patterns@1', hint: 'See docs/event-patterns.md.' })
}

/**
 * Builds a pattern set from parsed files; later files override patterns with the same id and may remove ids.
 * @throws ConfigError when a pattern's text cannot be compiled
 */
export function buildPatternSet(files: ReadonlyArray<{ file: PatternFile; path: string }>): PatternSet {
  const byId = new Map<string, CompiledPattern>()
  const intent = new Map<string, string>()
  const threat = new Map<string, string>()
  const refusal = new Map<string, string>()
  const plannedAsIntent = new Set<string>()
  const threatenedRoots = new Set<string>()
  const monadicRoots = new Set<string>()
  const monadicObjectRoots = new Set<string>()
  const military = { words: new Set<string>(), roles: new Set<string>(), map: new Map<string, string>() }
  const threatConditions = new Set<string>()
  const harmConditions = new Set<string>()
  let demand: PatternSet['demand']
  const versions: string[] = []
  const cues = Object.fromEntries(CUE_KINDS.map((k) => [k, new Set<string>()])) as Record<CueKind, Set<string>>
  for (const { file, path } of files) {
    versions.push(`${file.name}@${file.version}`)
    for (const id of file.remove) byId.delete(id)
    for (const kind of CUE_KINDS) for (const word of file.cues[kind]) cues[kind].add(word.toLowerCase())
    for (const [root, code] of Object.entries(file.intent)) intent.set(root, code)
    for (const [root, code] of Object.entries(file.threat)) threat.set(root, code)
    for (const [root, code] of Object.entries(file.refusal)) refusal.set(root, code)
    for (const root of file.plannedAsIntent) plannedAsIntent.add(root)
    for (const root of file.threatenedRoots) threatenedRoots.add(root)
    for (const root of file.monadicRoots) monadicRoots.add(root)
    for (const root of file.monadicObjectRoots) monadicObjectRoots.add(root)
    if (file.military !== undefined) {
      for (const word of file.military.words) military.words.add(word.toLowerCase())
      for (const role of file.military.roles) military.roles.add(role)
      for (const [from, to] of Object.entries(file.military.map)) military.map.set(from, to)
    }
    for (const word of file.threatConditions) threatConditions.add(word.toLowerCase())
    for (const word of file.harmConditions) harmConditions.add(word.toLowerCase())
    if (file.demand !== undefined) demand = { code: file.demand.code, modals: new Set(file.demand.modals.map((m) => m.toLowerCase())) }
    for (const entry of file.codes) {
      for (const kind of ['verb', 'noun'] as const) {
        for (const item of kind === 'verb' ? entry.verbs : entry.nouns) {
          const text = typeof item === 'string' ? item : item.pattern
          const id = typeof item === 'string' ? undefined : item.id
          const weight = typeof item === 'string' ? 1 : (item.weight ?? 1)
          const compiled = compilePattern(text, entry.code, kind, basename(path), id, weight)
          if (typeof compiled === 'string') throw new ConfigError(ErrorCode.DictionaryInvalid, `${path}: ${compiled}`)
          byId.set(compiled.id, compiled)
        }
      }
    }
  }
  const verbs = new Map<string, CompiledPattern[]>()
  const nouns = new Map<string, CompiledPattern[]>()
  for (const pattern of byId.values()) {
    const index = pattern.kind === 'verb' ? verbs : nouns
    for (const head of pattern.heads) index.set(head, [...(index.get(head) ?? []), pattern])
  }
  // Most specific first, so the first full match is the best one.
  for (const index of [verbs, nouns]) for (const list of index.values()) list.sort((a, b) => b.specificity - a.specificity || a.id.localeCompare(b.id))
  return { versions, verbs, nouns, intent, plannedAsIntent, threatConditions, harmConditions, threatenedRoots, monadicRoots, monadicObjectRoots, military, threat, refusal, demand, cues, size: byId.size }
}

const cache = new Map<string, PatternSet>()

/**
 * Loads the built-in pattern files and then `files` (later files add, override or remove patterns). Cached per file list.
 * @example loadPatterns(['my-patterns.json']).verbs.get('visit')
 */
export function loadPatterns(files: readonly string[] = []): PatternSet {
  const paths = [...BUILTIN_PATTERN_FILES, ...files]
  const key = paths.join('\n')
  const hit = cache.get(key)
  if (hit !== undefined) return hit
  const set = buildPatternSet(paths.map((path) => ({ file: readPatternFile(path), path })))
  cache.set(key, set)
  return set
}
