// Layer types for the text's structure: normalized view, paragraphs, boilerplate, tokens, sentences.
import type { Annotation } from '../annotation.js'

/**
 * A folded copy of the text for matching: curly quotes, dashes, odd spaces and the like are replaced
 * one code unit for one, so every offset in the view is the same offset in the original text.
 */
export interface NormalizedText extends Annotation {
  readonly folded: string
  /** How many code units were changed. */
  readonly changed: number
}

/** What a paragraph is: story text, the headline, a photo caption, or boilerplate that is not the story. */
export type ParagraphRole = 'headline' | 'body' | 'caption' | 'boilerplate'

/** A block of text separated from its neighbours by a line break. */
export interface Paragraph extends Annotation {
  readonly role: ParagraphRole
  /** 0-based position among the document's paragraphs. */
  readonly index: number
}

/** Kinds of line that are not the story. */
export type BoilerplateKind = 'credit' | 'related-link' | 'byline' | 'share-prompt' | 'dateline' | 'other'

/** A line or fragment that is not the story (photo credit, "Also read:", byline, share prompt). */
export interface Boilerplate extends Annotation {
  readonly kind: BoilerplateKind
  readonly text: string
}

/** Universal POS tags as wink-nlp emits them. */
export type PosTag =
  | 'ADJ'
  | 'ADP'
  | 'ADV'
  | 'AUX'
  | 'CCONJ'
  | 'DET'
  | 'INTJ'
  | 'NOUN'
  | 'NUM'
  | 'PART'
  | 'PRON'
  | 'PROPN'
  | 'PUNCT'
  | 'SCONJ'
  | 'SYM'
  | 'VERB'
  | 'X'
  | 'SPACE'

/** A token with its part of speech and lemma. Surface text is `text.slice(start, end)`. */
export interface Token extends Annotation {
  readonly pos: PosTag
  readonly lemma: string
  /** True for "not", "n't", "never", "no" as wink-nlp flags them. */
  readonly isNegation: boolean
}

/** Whether a sentence belongs to the story and may carry events and quotes. */
export type SentenceRole = 'headline' | 'body' | 'caption' | 'boilerplate'

/** A sentence; never crosses a paragraph. */
export interface Sentence extends Annotation {
  readonly role: SentenceRole
  /** Id of the paragraph holding it. */
  readonly paragraphId: string
}
