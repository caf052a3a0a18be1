// The CAMEO codebook loader: labels, Goldstein scores, quad classes and PLOVER mapping from dictionaries/cameo.
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { readDataFile } from '../data-file.js'

const entrySchema = z.object({
  code: z.string().regex(/^\d{2,4}$/),
  label: z.string(),
  root: z.string().regex(/^\d{2}$/),
  level: z.number().int(),
  goldstein: z.number().nullable(),
  quad: z.number().int(),
  plover: z.object({ type: z.string(), mode: z.string().nullable() }).nullable(),
})

const fileSchema = z.object({
  format: z.literal('dyad-cameo@1'),
  name: z.string(),
  version: z.string(),
  codes: z.array(entrySchema),
})

/** One CAMEO code with its codebook facts. */
export type CameoEntry = z.infer<typeof entrySchema>

/** The loaded codebook. */
export interface Codebook {
  /** `name@version` of the file, for provenance. */
  readonly version: string
  /** The entry for a code, or undefined when the codebook does not have it. */
  get(code: string): CameoEntry | undefined
  /** Goldstein score, falling back to the parent code when the code has none. */
  goldstein(code: string): number
  /** PLOVER type and mode, from the code or its nearest parent; `dropped` when PLOVER drops the family. */
  plover(code: string): { type: string; mode: string | null }
}

/** Finds the repository (package) root by walking up from this module to the nearest package.json. */
export function findPackageRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir
    const parent = dirname(dir)
    if (parent === dir) return from
    dir = parent
  }
}

/** Path of the built-in codebook file. */
export const BUILTIN_CODEBOOK = join(findPackageRoot(), 'dictionaries', 'cameo', 'cameo-codes.json')

let cached: Codebook | undefined

/**
 * Loads and validates a `dyad-cameo@1` codebook (the built-in one by default; cached).
 * @throws ConfigError when the file is missing or malformed
 * @example loadCodebook().get('042')?.label // 'Make a visit'
 */
export function loadCodebook(path: string = BUILTIN_CODEBOOK): Codebook {
  if (path === BUILTIN_CODEBOOK && cached !== undefined) return cached
  const data = readDataFile(path, fileSchema, {
    kind: 'CAMEO codebook',
    format: 'dyad-cameo@1',
    hint: 'Regenerate it with scripts/build-codebook.ts.',
  })
  const byCode = new Map(data.codes.map((e) => [e.code, e]))
  const parents = (code: string): CameoEntry[] => {
    const out: CameoEntry[] = []
    for (let n = code.length; n >= 2; n--) {
      const entry = byCode.get(code.slice(0, n))
      if (entry !== undefined) out.push(entry)
    }
    return out
  }
  const codebook: Codebook = {
    version: `${data.name}@${data.version}`,
    get: (code) => byCode.get(code),
    goldstein: (code) => parents(code).find((e) => e.goldstein !== null)?.goldstein ?? 0,
    plover: (code) => parents(code).find((e) => e.plover !== null)?.plover ?? { type: 'dropped', mode: null },
  }
  if (path === BUILTIN_CODEBOOK) cached = codebook
  return codebook
}
