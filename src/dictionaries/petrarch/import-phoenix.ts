// Converts Phoenix/PETRARCH (TABARI-format) actor and agent files into `dyad-actors@1` files.
import { ACTOR_FORMAT, parseActorFile, type ActorFile, type AgentEntry, type PersonEntry, type RoleEntry } from '../actors/index.js'

/** Options of the importer. */
export interface ImportOptions {
  /** Name of the resulting dictionary (defaults to `phoenix-import`). */
  readonly name?: string
  /** Two-digit years up to this value are 20yy, later ones 19yy (default 30). */
  readonly pivot?: number
}

/** A line the importer could not use, and why. */
export interface SkippedLine {
  readonly line: number
  readonly text: string
  readonly reason: string
}

/** The converted file and the lines left out. */
export interface ImportResult {
  readonly file: ActorFile
  readonly skipped: SkippedLine[]
}

/** Words kept lower-case inside names ("Republic of Arvenia"). */
const SMALL_WORDS = new Set(['OF', 'THE', 'AND', 'FOR', 'ON', 'IN', 'AT', 'DE', 'DU', 'LA', 'AL', 'EL'])
/** Three-letter codes that name a sector or role, not a country: entries coded with them are organizations. */
const SECTOR_CODES = new Set(['IGO', 'NGO', 'MNC', 'BUS', 'GOV', 'MIL', 'REB', 'OPP', 'MED', 'EDU', 'CVL', 'REL', 'UAF', 'CRM', 'SPY', 'INS', 'RAD', 'IMG', 'UNK'])
const CODE = /^(?:[A-Z0-9]{3}){1,5}$/
const CODE_LINE = /\[([^\]]*)\]/g

/** Turns `BARACK_OBAMA_` into `Barack Obama`; keeps short or dotted words (`U.N.`, `UN`) upper-case and small words lower-case. */
export function phraseToName(phrase: string): string {
  const words = phrase
    .replace(/_+$/, '')
    .split('_')
    .filter((w) => w !== '')
  // A lone word of up to three letters is most likely an acronym ("VIP", "UN"); Phoenix files are all upper-case.
  if (words.length === 1 && (words[0]?.length ?? 0) <= 3) return words[0] ?? ''
  return words
    .map((w, i) => {
      if (i > 0 && SMALL_WORDS.has(w)) return w.toLowerCase()
      if (w.includes('.') && w.length <= 6) return w
      if (w.length <= 3 && !/[AEIOU]/.test(w)) return w
      if (w.length <= 2) return w
      return w
        .toLowerCase()
        .replace(/(^|[-'])(\p{L})/gu, (_m: string, sep: string, letter: string) => sep + letter.toUpperCase())
    })
    .join(' ')
}

/** Reads a TABARI date `YYMMDD` (or `YYYYMMDD`) as `YYYY-MM-DD`. */
function readDate(value: string, pivot: number): string | undefined {
  const long = /^(\d{4})(\d{2})(\d{2})$/.exec(value)
  if (long !== null) return `${long[1] ?? ''}-${long[2] ?? ''}-${long[3] ?? ''}`
  const m = /^(\d{2})(\d{2})(\d{2})$/.exec(value)
  if (m === null) return undefined
  const yy = Number(m[1])
  const year = yy <= pivot ? 2000 + yy : 1900 + yy
  return `${year}-${m[2] ?? '01'}-${m[3] ?? '01'}`
}

/** Parses one `[CODE]`, `[CODE YYMMDD-YYMMDD]`, `[CODE >YYMMDD]` or `[CODE <YYMMDD]`. */
function readCode(inner: string, pivot: number): RoleEntry | string {
  const [code = '', range] = inner.trim().split(/\s+/)
  if (!CODE.test(code)) return `code "${code}" is not an actor code of 3-letter parts`
  if (range === undefined) return { code }
  let from: string | undefined
  let to: string | undefined
  if (range.startsWith('>')) from = readDate(range.slice(1), pivot)
  else if (range.startsWith('<')) to = readDate(range.slice(1), pivot)
  else {
    const [a = '', b = ''] = range.split('-')
    from = readDate(a, pivot)
    to = readDate(b, pivot)
    if (from === undefined || to === undefined) return `date range "${range}" is not YYMMDD-YYMMDD`
  }
  if (from === undefined && to === undefined) return `date "${range}" is not YYMMDD`
  return { code, from: from ?? null, to: to ?? null }
}

interface Block {
  name: string
  aliases: string[]
  roles: RoleEntry[]
  line: number
}

function stripComment(line: string): string {
  const at = line.indexOf('#')
  return (at >= 0 ? line.slice(0, at) : line).replace(/\s+$/, '')
}

/** Converts an actors file: countries (3-letter undated code), people (dated codes), organizations (the rest). */
function importActors(lines: readonly string[], options: Required<ImportOptions>): ImportResult {
  const skipped: SkippedLine[] = []
  const blocks: Block[] = []
  let current: Block | undefined
  lines.forEach((raw, index) => {
    const line = stripComment(raw)
    if (line.trim() === '') return
    const codes = [...line.matchAll(CODE_LINE)].map((m) => m[1] ?? '')
    const phrase = line.replace(CODE_LINE, '').trim()
    if (phrase !== '' && !/^\s/.test(line)) {
      if (phrase.startsWith('+')) {
        if (current === undefined) skipped.push({ line: index + 1, text: raw, reason: 'synonym before any entry' })
        else current.aliases.push(phraseToName(phrase.slice(1)))
      } else {
        current = { name: phraseToName(phrase), aliases: [], roles: [], line: index + 1 }
        blocks.push(current)
      }
    }
    for (const inner of codes) {
      if (current === undefined) {
        skipped.push({ line: index + 1, text: raw, reason: 'code before any entry' })
        continue
      }
      const role = readCode(inner, options.pivot)
      if (typeof role === 'string') skipped.push({ line: index + 1, text: raw, reason: role })
      else current.roles.push(role)
    }
  })
  const file: { countries: NonNullable<ActorFile['countries']>; people: PersonEntry[]; organizations: NonNullable<ActorFile['organizations']> } = {
    countries: [],
    people: [],
    organizations: [],
  }
  for (const block of blocks) {
    const aliases = [...new Set(block.aliases)].filter((a) => a !== '' && a !== block.name)
    const isDated = block.roles.some((r) => r.from != null || r.to != null)
    const only = block.roles.length === 1 ? block.roles[0] : undefined
    if (block.roles.length === 0) {
      skipped.push({ line: block.line, text: block.name, reason: 'entry without a usable code' })
    } else if (isDated) {
      // Undated codes first, so the dated ones (listed later) win where they apply.
      const roles = [...block.roles].sort((a, b) => Number(a.from != null || a.to != null) - Number(b.from != null || b.to != null))
      file.people.push({ name: block.name, ...(aliases.length > 0 ? { aliases } : {}), roles })
    } else if (only !== undefined && only.code.length === 3 && !SECTOR_CODES.has(only.code)) {
      file.countries.push({ code: only.code, names: [block.name, ...aliases] })
    } else if (only !== undefined) {
      file.organizations.push({ name: block.name, ...(aliases.length > 0 ? { aliases } : {}), code: only.code })
    } else {
      file.people.push({ name: block.name, ...(aliases.length > 0 ? { aliases } : {}), roles: block.roles })
    }
  }
  const out = {
    format: ACTOR_FORMAT,
    name: options.name,
    version: '1',
    description: 'Imported from a Phoenix/PETRARCH actors file by dyad import-actors.',
    ...(file.countries.length > 0 ? { countries: file.countries } : {}),
    ...(file.people.length > 0 ? { people: file.people } : {}),
    ...(file.organizations.length > 0 ? { organizations: file.organizations } : {}),
  }
  return { file: parseActorFile(out, options.name), skipped }
}

/** Converts an agents file: `PHRASE [~ROLE]`, with `!MACRO! = A, B` substitutions and `{plural}` forms. */
function importAgents(lines: readonly string[], options: Required<ImportOptions>): ImportResult {
  const skipped: SkippedLine[] = []
  const macros = new Map<string, string[]>()
  const byRole = new Map<string, Set<string>>()
  lines.forEach((raw, index) => {
    const line = stripComment(raw).trim()
    if (line === '') return
    const macro = /^(![A-Z]+!)\s*=\s*(.+)$/.exec(line)
    if (macro !== null) {
      macros.set(macro[1] ?? '', (macro[2] ?? '').split(',').map((w) => w.trim()).filter((w) => w !== ''))
      return
    }
    const code = /\[([A-Z0-9]*)~([A-Z0-9]*)\]/.exec(line)
    const role = (code?.[2] ?? '') !== '' ? (code?.[2] ?? '').slice(0, 3) : (code?.[1] ?? '').slice(0, 3)
    if (code === null || !/^[A-Z0-9]{3}$/.test(role)) {
      skipped.push({ line: index + 1, text: raw, reason: 'no agent code like [~GOV]' })
      return
    }
    const plurals = [...line.matchAll(/\{([^}]*)\}/g)].map((m) => m[1] ?? '').filter((p) => p.trim() !== '')
    const phrase = line.replace(/\[[^\]]*\]/g, '').replace(/\{[^}]*\}/g, '').trim()
    let forms = [phrase]
    for (const [name, values] of macros) {
      forms = forms.flatMap((f) => (f.includes(name) ? values.map((v) => f.split(name).join(v)) : [f]))
    }
    const set = byRole.get(role) ?? new Set<string>()
    for (const form of [...forms, ...plurals]) {
      const words = form.replace(/_+$/, '').replace(/_/g, ' ').trim().toLowerCase()
      if (words !== '') set.add(words)
    }
    byRole.set(role, set)
  })
  const agents: AgentEntry[] = [...byRole].map(([role, words]) => ({ words: [...words], role }))
  const out = {
    format: ACTOR_FORMAT,
    name: options.name,
    version: '1',
    description: 'Imported from a Phoenix/PETRARCH agents file by dyad import-actors.',
    agents,
  }
  return { file: parseActorFile(out, options.name), skipped }
}

/**
 * Converts the text of a Phoenix/PETRARCH actors or agents file into a `dyad-actors@1` file.
 * Agents files are recognised by their `[~ROLE]` codes.
 * @example importPhoenix('ARVENIA_ [ARV]\n+VELL_\n').file.countries // [{ code: 'ARV', names: ['Arvenia', 'Vell'] }]
 */
export function importPhoenix(text: string, options: ImportOptions = {}): ImportResult {
  const resolved = { name: options.name ?? 'phoenix-import', pivot: options.pivot ?? 30 }
  const lines = text.split(/\r?\n/)
  const isAgents = lines.some((l) => /\[[A-Z0-9]*~[A-Z0-9]*\]/.test(stripComment(l)))
  return isAgents ? importAgents(lines, resolved) : importActors(lines, resolved)
}
