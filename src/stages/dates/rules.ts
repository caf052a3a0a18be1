// The date rules: one regular expression per construction, each with a builder that resolves its match.
import { createCalendarRules } from './calendar-rules.js'
import type { DateLexicon } from './lexicon.js'
import { createRelativeRules } from './relative-rules.js'
import { createRuleKit, type DateRule } from './rule-kit.js'
import { createSpanRules } from './span-rules.js'

export { durationValue, type Candidate, type DateRule, type RuleEnv } from './rule-kit.js'

/** Builds every rule from a lexicon, most specific first (order breaks ties between equal-length matches). */
export function createDateRules(lexicon: DateLexicon): DateRule[] {
  const kit = createRuleKit(lexicon)
  return [...createCalendarRules(kit), ...createRelativeRules(kit), ...createSpanRules(kit)]
}
