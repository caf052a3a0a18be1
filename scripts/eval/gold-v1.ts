// Loader and matchers for `gold-v1` files: annotations anchored by surface text, not offsets.
import { readFileSync } from 'node:fs'
import type { Doc } from '../../src/core/index.js'

/** A gold-v1 file, as far as evaluators read it. */
export interface GoldV1 {
  readonly id: string
  readonly file: string
  readonly published: string
  readonly boilerplate_lines?: string[]
  readonly entities?: Array<{ text: string; type: string; actor: string | null; aliases: string[] }>
  readonly timexes?: Array<{ text: string; value: string; sentence_contains?: string }>
  readonly quotes?: Array<{ kind: string; speaker: string; cue: string; quote_contains: string }>
  readonly events?: Array<{
    level: 'core' | 'acceptable'
    source: string
    target: string
    code: string
    root_ok?: string[]
    modality?: string
    sentence_contains: string
    date?: string
    place?: string
  }>
  readonly must_not_code?: Array<{ sentence_contains: string; why: string }>
  readonly figures?: Array<{ sentence_contains: string; subject: string; change?: string; value: string }>
}

/** Reads a gold-v1 JSON file. */
export function loadGold(path: string): GoldV1 {
  return JSON.parse(readFileSync(path, 'utf8')) as GoldV1
}

/** Folds curly quotes and trims, as gold-v1 matching requires. */
export function foldSurface(text: string): string {
  return text
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Returns the sentence (as a span) of `doc` whose text contains `phrase` after folding. */
export function findSentence(doc: Doc, phrase: string): { start: number; end: number } | undefined {
  const wanted = foldSurface(phrase)
  for (const sentence of doc.layers.sentences ?? []) {
    if (foldSurface(doc.text.slice(sentence.start, sentence.end)).includes(wanted)) return sentence
  }
  // The phrase may straddle a sentence split we made: fall back to the paragraph.
  for (const paragraph of doc.layers.paragraphs ?? []) {
    const text = foldSurface(doc.text.slice(paragraph.start, paragraph.end))
    if (text.includes(wanted)) return paragraph
  }
  return undefined
}
