// Loads and validates the figure lexicon (`data/figures/lexicon-en.json`, format `dyad-figure-lexicon@1`).
import { z } from 'zod'
import { readDataFile } from '../../dictionaries/data-file.js'

const changeSchema = z.object({ increase: z.array(z.string()), decrease: z.array(z.string()) })

const lexiconSchema = z.object({
  format: z.literal('dyad-figure-lexicon@1'),
  language: z.string(),
  version: z.string(),
  currencySymbols: z.record(z.string(), z.string()),
  currencyWords: z.record(z.string(), z.string()),
  scales: z.record(z.string(), z.number().positive()),
  percentWords: z.array(z.string()),
  numberWords: z.record(z.string(), z.number()),
  fractions: z.record(z.string(), z.number().positive()),
  fractionNeedsOf: z.array(z.string()),
  rangeJoiners: z.array(z.string()),
  changeVerbs: changeSchema,
  levelVerbs: z.array(z.string()),
  changeNouns: changeSchema,
  comparativesAfter: changeSchema,
  changeVerbSurfaceFixes: z.record(z.string(), z.string()),
  nameWordsBefore: z.array(z.string()),
  measureStopWords: z.array(z.string()),
})

/** The figure lexicon: currencies, scales, number words, change verbs and nouns, name words. */
export type FigureLexicon = z.infer<typeof lexiconSchema>

/** Where the built-in English lexicon lives (works from `src/` and from `dist/`). */
export const DEFAULT_FIGURE_LEXICON = new URL('../../../data/figures/lexicon-en.json', import.meta.url)

/**
 * Reads and validates a figure lexicon file.
 * @throws ConfigError when the file is missing or does not match `dyad-figure-lexicon@1`
 */
export function loadFigureLexicon(file: string | URL = DEFAULT_FIGURE_LEXICON): FigureLexicon {
  return readDataFile(file, lexiconSchema, { kind: 'figure lexicon', format: 'dyad-figure-lexicon@1' })
}
