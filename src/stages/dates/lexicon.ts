// Loads and validates the date lexicon (`data/dates/lexicon-en.json`, format `dyad-date-lexicon@1`).
import { z } from 'zod'
import { readDataFile } from '../../dictionaries/data-file.js'

const lexiconSchema = z.object({
  format: z.literal('dyad-date-lexicon@1'),
  language: z.string(),
  version: z.string(),
  months: z.array(z.object({ month: z.number().int().min(1).max(12), names: z.array(z.string()).min(1) })),
  ambiguousMonths: z.array(z.string()),
  monthCues: z.array(z.string()),
  weekdays: z.array(z.object({ day: z.number().int().min(1).max(7), names: z.array(z.string()).min(1) })),
  partsOfDay: z.record(z.string(), z.string()),
  seasons: z.record(z.string(), z.enum(['SP', 'SU', 'FA', 'WI'])),
  units: z.record(
    z.string(),
    z.enum([
      'century',
      'decade',
      'year',
      'quarter',
      'month',
      'week',
      'weekend',
      'day',
      'hour',
      'minute',
      'second',
    ]),
  ),
  numbers: z.record(z.string(), z.number()),
  vagueNumbers: z.array(z.string()),
  ordinals: z.record(z.string(), z.number().int()),
  references: z.record(z.string(), z.enum(['PRESENT_REF', 'PAST_REF', 'FUTURE_REF'])),
  referenceBlockers: z.record(z.string(), z.array(z.string())),
  holidays: z.array(
    z.object({
      names: z.array(z.string()).min(1),
      month: z.number().int().min(1).max(12),
      day: z.number().int().min(1).max(31).optional(),
      weekday: z.number().int().min(1).max(7).optional(),
      nth: z.number().int().min(1).max(5).optional(),
    }),
  ),
  futureAuxiliaries: z.array(z.string()),
  futureModals: z.array(z.string()),
  scheduleWords: z.array(z.string()),
  planningLemmas: z.array(z.string()),
  /** Lemmas of reporting verbs, whose simple present tells of the past ("the ministry says Friday's attack …"). */
  reportingLemmas: z.array(z.string()).default([]),
  presentAuxiliaries: z.array(z.string()),
  pastAuxiliaries: z.array(z.string()),
  futurePrefixes: z.array(z.string()),
  yearBlockersBefore: z.array(z.string()),
  yearCuesBefore: z.array(z.string()),
  weekdayNameBlockers: z.array(z.string()),
  weekdayPrefixBlockers: z.array(z.string()),
})

/** The date lexicon: month, weekday, season, unit and number words, and the cues that block false hits. */
export type DateLexicon = z.infer<typeof lexiconSchema>

/** A calendar unit a date expression can count in. */
export type DateUnit = DateLexicon['units'][string]

/** Where the built-in English lexicon lives (works from `src/` and from `dist/`). */
export const DEFAULT_DATE_LEXICON = new URL('../../../data/dates/lexicon-en.json', import.meta.url)

/**
 * Reads and validates a date lexicon file.
 * @throws ConfigError when the file is missing or does not match `dyad-date-lexicon@1`
 */
export function loadDateLexicon(file: string | URL = DEFAULT_DATE_LEXICON): DateLexicon {
  return readDataFile(file, lexiconSchema, { kind: 'date lexicon', format: 'dyad-date-lexicon@1' })
}
