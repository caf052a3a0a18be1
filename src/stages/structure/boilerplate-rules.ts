// Rules that recognise lines which are not the story: related links, credits, bylines, share prompts.
import type { BoilerplateKind } from '../../core/index.js'

/** A rule over a whole paragraph (or line). */
interface LineRule {
  readonly kind: BoilerplateKind
  readonly pattern: RegExp
}

/** Whole-line rules, tried on each line of a paragraph (matched on folded text). */
export const LINE_RULES: readonly LineRule[] = [
  {
    kind: 'related-link',
    pattern:
      /^\s*(also read|read also|read more|recommended|related|related stories|related articles?|see also|more on this|more from|further reading|you may also like|you might also like|most read|trending|watch|listen|more|read)\s*:/i,
  },
  { kind: 'related-link', pattern: /^\s*read (the )?(full|more|next) (story|article)\b/i },
  { kind: 'byline', pattern: /^\s*[Bb][Yy]\s+[A-Z][\w.'-]+(\s+[A-Z][\w.'-]+){0,3}(\s*(,|and|\|)\s*[A-Z][\w.' -]+)?\s*$/ },
  { kind: 'byline', pattern: /^\s*(staff|special) (writer|correspondent|reporter)s?\s*$/i },
  {
    kind: 'share-prompt',
    pattern:
      /^\s*(share (this|on)|follow us\b|click here\b|subscribe\b|sign up\b|like us on\b|tweet\b|email this\b|print this\b|advertisement\s*$|continue reading\b|all rights reserved\b|copyright\b|©)/i,
  },
  { kind: 'credit', pattern: /^\s*(photo|photograph|image|picture|video|credit|source|illustration)s?\s*(credit)?\s*:\s*\S.{0,80}$/i },
]

/** A credit at the end of a caption line: "… on Jan. 12. Photo: AP", "(Reuters/Jane Doe)". */
export const TRAILING_CREDIT =
  /(?:^|[.!?)"]\s+|\s+[|/-]\s+)((?:photo|photograph|image|picture|credit|illustration)s?\s*(?:credit)?\s*:\s*[^.!?]{1,60}|\((?:photo|image)?[^()]{0,10}(?:AP|AFP|Reuters|Getty Images|EPA|Xinhua|TASS|RIA Novosti)[^()]{0,40}\)|(?:AP|AFP|Reuters|Getty Images|EPA)(?:\s*\/\s*[A-Z][\w. ]{1,40})?)\s*$/i
