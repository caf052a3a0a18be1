// The `dyad-patterns@1` file format: zod schema and the types a pattern file holds.
import { z } from 'zod'

const patternText = z.string().min(1)

/** A pattern given as text, or as an object that names it and adjusts its weight. */
const patternSchema = z.union([
  patternText,
  z.object({
    pattern: patternText,
    id: z.string().min(1).optional(),
    /** Multiplies the event's confidence (default 1). */
    weight: z.number().min(0).max(1).optional(),
  }),
])

const codeEntrySchema = z.object({
  code: z.string().regex(/^\d{3,4}$/, 'a CAMEO code of three or four digits'),
  /** Optional note on what the code covers here. */
  note: z.string().optional(),
  verbs: z.array(patternSchema).default([]),
  nouns: z.array(patternSchema).default([]),
})

/** Zod schema of a `dyad-patterns@1` file. */
export const patternFileSchema = z.object({
  format: z.literal('dyad-patterns@1'),
  name: z.string().min(1),
  version: z.string().min(1),
  description: z.string().optional(),
  /** When an event is only intended ("ready to", "offered to"), its code becomes the "express intent" code of its root. */
  intent: z.record(z.string().regex(/^\d{2}$/), z.string().regex(/^\d{3,4}$/)).default({}),
  /** Cue words for modality, reporting and light verbs; lists from all files are joined. */
  cues: z
    .object({
      /** Modals and matrix words that make an event planned ("will", "schedule", "upcoming"). */
      planned: z.array(z.string()).default([]),
      /** Words before "to" that make an event intended ("ready", "offer", "pledge"). */
      intent: z.array(z.string()).default([]),
      /** Modals and words that make an event hypothetical ("could", "may"). */
      hypothetical: z.array(z.string()).default([]),
      /** Matrix verbs that negate the event they govern ("refuse", "fail"). */
      negating: z.array(z.string()).default([]),
      /** Verbs that introduce reported speech ("say", "claim"). */
      reporting: z.array(z.string()).default([]),
      /** Verbs whose object noun carries the event, so the noun takes the verb's subject ("impose sanctions", "hold talks"). */
      light: z.array(z.string()).default([]),
      /** Words before a noun event that make it planned ("ahead", "eve"). */
      plannedBefore: z.array(z.string()).default([]),
      /** Matrix verbs that turn the event they govern into a threat ("threaten", "warn"). */
      threatening: z.array(z.string()).default([]),
      /** Verbs whose object does what follows ("urged Belmora to withdraw"); other verbs lend their subject ("agreed to withdraw"). */
      objectControl: z.array(z.string()).default([]),
    })
    .default({ planned: [], intent: [], hypothetical: [], negating: [], reporting: [], light: [], plannedBefore: [], threatening: [], objectControl: [] }),
  /** Roots whose planned events ("Arvenia will provide aid") are coded as the intent code, as CAMEO codes announced cooperation. */
  plannedAsIntent: z.array(z.string().regex(/^\d{2}$/)).default([]),
  /** Words that, after a planned or asserted event, make it a conditional threat ("will withdraw … unless …"). */
  threatConditions: z.array(z.string()).default([]),
  /** Words after a planned or hypothetical harmful act (a root of `threatenedRoots`) that make it a conditional threat ("may halt mediation if …"). */
  harmConditions: z.array(z.string()).default([]),
  /** Violence by armed forces is conventional fighting: codes in `map` become their value when the source is military. */
  military: z
    .object({ words: z.array(z.string()).default([]), roles: z.array(z.string()).default([]), map: z.record(z.string().regex(/^\d{2,4}$/), z.string().regex(/^\d{3,4}$/)).default({}) })
    .optional(),
  /** Roots whose announced (planned, reported) acts are threats: "X said it would blockade Y". */
  threatenedRoots: z.array(z.string().regex(/^\d{2}$/)).default([]),
  /** Roots whose events stand without a target ("Arvenia's president resigned", "rebels surrendered"): coded with no target when the pattern has no target slot and no other actor is at hand. */
  monadicRoots: z.array(z.string().regex(/^\d{2}$/)).default([]),
  /** Monadic roots whose bare "verb <target>" patterns stand without a target too: force on a thing ("attacked the building"). */
  monadicObjectRoots: z.array(z.string().regex(/^\d{2}$/)).default([]),
  /** When an event is only threatened ("threatened to impose sanctions"), its code becomes the threat code of its root; `*` for any other root. */
  threat: z.record(z.string().regex(/^(?:\d{2}|\*)$/), z.string().regex(/^\d{3,4}$/)).default({}),
  /** When a cooperative act is refused ("refused to withdraw", "will not accept refugees"), its code becomes the rejection code of its root; `*` for any other cooperative root (03–08). */
  refusal: z.record(z.string().regex(/^(?:\d{2}|\*)$/), z.string().regex(/^\d{3,4}$/)).default({}),
  /** When a report says an actor must do something ("X said Y must withdraw"), the speaker's demand gets this code. */
  demand: z.object({ code: z.string().regex(/^\d{3,4}$/), modals: z.array(z.string()) }).optional(),
  /** Pattern ids to drop from earlier files. */
  remove: z.array(z.string()).default([]),
  codes: z.array(codeEntrySchema).default([]),
})

/** A parsed pattern file. */
export type PatternFile = z.infer<typeof patternFileSchema>
/** One code's entry in a pattern file. */
export type PatternCodeEntry = z.infer<typeof codeEntrySchema>
