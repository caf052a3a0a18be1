// Runs the date rules over a text, keeps the longest non-overlapping matches, and widens them by modifiers.
import { forEachMatch, forEachMatchAt } from '../../core/index.js'
import { addDays, addMonths, formatDay, formatMonth, formatWeek, pad, type Day } from './calendar.js'
import type { Candidate, DateRule, RuleEnv } from './rules.js'
import { createTriggerIndex, type TriggerIndex } from './triggers.js'

// "early", "late", "mid-", "the end of" narrow a date inside its value; TIMEX3 keeps the value and the span grows.
// "earlier"/"later" ("earlier this week", "later Friday") stay outside the span, as TimeML annotators keep them.
const MODIFIER_BEFORE =
  /(?:(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle|close|turn)\s+of\s+|(?:the\s+)?(?:early|late|mid)(?:\s+|-)|mid-)$/i

/** What is compiled once per rule list: the trigger index and a sticky copy of each pattern. */
interface CompiledRules {
  readonly index: TriggerIndex
  readonly sticky: readonly RegExp[]
}

const compiledRules = new WeakMap<readonly DateRule[], CompiledRules>()

/** The trigger index and sticky patterns of a rule list, compiled on first use. */
function compile(rules: readonly DateRule[]): CompiledRules {
  let compiled = compiledRules.get(rules)
  if (compiled === undefined) {
    compiled = {
      index: createTriggerIndex(rules),
      sticky: rules.map(({ pattern }) => new RegExp(pattern.source, pattern.flags.replace('g', 'y'))),
    }
    compiledRules.set(rules, compiled)
  }
  return compiled
}

/** Longest first, then the earlier rule, then the earlier start: the order candidates compete in. */
function byLengthThenRuleOrder(a: Candidate & { priority: number }, b: Candidate & { priority: number }): number {
  return b.end - b.start - (a.end - a.start) || a.priority - b.priority || a.start - b.start
}

/** By start, then end: the order of a layer. */
function bySpan(a: Candidate, b: Candidate): number {
  return a.start - b.start || a.end - b.end
}

const SPACE_OR_HYPHEN = /[\s-]/
const SPACE = /\s/
const MODIFIER_WORD_END = /(?:of|early|late|mid)$/i

/**
 * Whether `text[from, to)` ends in a word a modifier ends with ("of", "early", "late", "mid") followed by
 * one hyphen or by spaces: a cheap test before the modifier regex, which needs one of these.
 */
function endsWithModifierWord(text: string, from: number, to: number): boolean {
  let k = to
  if (text[k - 1] === '-') k--
  else while (k > from && SPACE.test(text[k - 1] ?? '')) k--
  return MODIFIER_WORD_END.test(text.slice(Math.max(from, k - 5), k))
}

/** What the match visitor of `recognizeDates` reads: the rule it serves now and its priority, and where it adds. */
interface VisitState {
  readonly env: RuleEnv
  readonly found: Array<Candidate & { priority: number }>
  rule: DateRule | undefined
  priority: number
}

/** The match visitor of `recognizeDates`: returned unnamed (under tsx a named closure per text pays a `__name` call). */
function visitorOf(state: VisitState): (match: RegExpExecArray) => void {
  return (match) => {
    const rule = state.rule
    const built = rule?.build(match, state.env)
    if (built === undefined || rule === undefined) return
    const start = built.start ?? match.index
    const end = built.end ?? match.index + match[0].length
    if (end <= start) return
    const { value, granularity, type, anchor } = built
    state.found.push({ start, end, value, granularity, type, anchor, rule: rule.name, priority: state.priority })
  }
}

/**
 * Finds date expressions: every rule's matches, longest first (rule order breaks ties), no overlaps.
 * @returns candidates sorted by start
 */
export function recognizeDates(rules: readonly DateRule[], env: RuleEnv): Candidate[] {
  const found: Array<Candidate & { priority: number }> = []
  // Most rules need a word most texts lack (a month, "quarter", "ago"): those are skipped. The others are
  // tried only where their matches can start (a month name, a number), not at every offset of the text.
  const { index, sticky } = compile(rules)
  const scan = index.scan(env.text)
  // One callback per text, reading the rule it serves from `state` (no closure per rule).
  const state: VisitState = { env, found, rule: rules[0], priority: 0 }
  const visit = visitorOf(state)
  for (let priority = 0; priority < rules.length; priority++) {
    const rule = rules[priority]
    state.rule = rule
    state.priority = priority
    if (rule === undefined || scan.mayMatch[priority] === 0) continue
    const count = scan.startsOf(priority)
    const stickyPattern = sticky[priority]
    if (count < 0 || stickyPattern === undefined) forEachMatch(rule.pattern, env.text, visit)
    else forEachMatchAt(stickyPattern, env.text, scan.starts, visit, count)
  }
  found.sort(byLengthThenRuleOrder)
  const taken: Candidate[] = []
  const isTaken = takenFlags(env.text.length)
  for (const candidate of found) {
    // One flag per code unit keeps the overlap test linear in the span, not in the matches kept.
    if (isAnyTaken(isTaken, candidate.start, candidate.end)) continue
    isTaken.fill(1, candidate.start, candidate.end)
    // A literal copy without `priority` (a rest spread would build a fresh object shape for each one).
    const { start, end, value, granularity, type, anchor, rule } = candidate
    taken.push({ start, end, value, granularity, type, anchor, rule })
  }
  taken.sort(bySpan)
  const merged = mergeClockWithDay(taken, env.text)
  const widened: Candidate[] = []
  for (let i = 0; i < merged.length; i++) {
    const candidate = merged[i]
    if (candidate !== undefined) widened.push(widenByModifier(candidate, env.text, merged[i - 1]?.end ?? 0))
  }
  return applyDateContext(applyQuarterContext(widened, env), env.text)
}

/**
 * A copy of a candidate with some fields changed, built as one literal in the fields' fixed order: every
 * candidate keeps one object shape (spreads gave each variant its own, and the code reading them deoptimized).
 */
function withChanges(candidate: Candidate, changes: Partial<Candidate>): Candidate {
  return {
    start: changes.start ?? candidate.start,
    end: changes.end ?? candidate.end,
    value: changes.value ?? candidate.value,
    granularity: changes.granularity ?? candidate.granularity,
    type: changes.type ?? candidate.type,
    anchor: changes.anchor ?? candidate.anchor,
    rule: changes.rule ?? candidate.rule,
  }
}

/** The flags of `takenFlags`, reused across texts and grown as needed (a fresh array per text lives outside the JS heap). */
let takenBuffer = new Uint8Array(4096)

/** One cleared flag per code unit of a text of `length` units: a view of a reused buffer, valid until the next call. */
function takenFlags(length: number): Uint8Array {
  if (takenBuffer.length < length) takenBuffer = new Uint8Array(2 * length)
  takenBuffer.fill(0, 0, length)
  return takenBuffer.subarray(0, length)
}

/** Whether any code unit in `[start, end)` is already flagged (a plain loop: no subarray, no callback). */
function isAnyTaken(isTaken: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isTaken[i] === 1) return true
  return false
}

const CONTEXT_SHIFT: Record<string, number> = {
  that: 0,
  same: 0,
  following: 1,
  previous: -1,
  preceding: -1,
  prior: -1,
}

/**
 * "that year", "the following month", "later that day": resolved against the last date before them
 * with at least that precision (anchor `context`); dropped when there is none, since a guess from the
 * publication date would usually be wrong.
 */
function applyDateContext(candidates: readonly Candidate[], text: string): Candidate[] {
  const out: Candidate[] = []
  let last: { year: number; month?: number; day?: number } | undefined
  for (const candidate of candidates) {
    if (candidate.rule !== 'context-unit') {
      const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T|$)/.exec(candidate.value)
      if (candidate.type === 'DATE' || candidate.type === 'TIME') {
        if (match !== null) {
          last = {
            year: Number(match[1]),
            ...(match[2] === undefined ? {} : { month: Number(match[2]) }),
            ...(match[3] === undefined ? {} : { day: Number(match[3]) }),
          }
        }
      }
      out.push(candidate)
      continue
    }
    const words = text.slice(candidate.start, candidate.end).toLowerCase().split(/\s+/)
    const unit = words[words.length - 1] ?? ''
    const shift = CONTEXT_SHIFT[words.find((w) => w in CONTEXT_SHIFT) ?? 'that'] ?? 0
    const resolved = last === undefined ? undefined : shiftContext(last, unit, shift)
    if (resolved !== undefined) out.push(withChanges(candidate, { value: resolved.value, granularity: resolved.granularity, anchor: 'context' }))
  }
  return out
}

/** Shifts a context date by whole units, at that unit's precision. */
function shiftContext(
  from: { year: number; month?: number; day?: number },
  unit: string,
  shift: number,
): Pick<Candidate, 'value' | 'granularity'> | undefined {
  const day: Day | undefined =
    from.month !== undefined && from.day !== undefined
      ? { year: from.year, month: from.month, day: from.day }
      : undefined
  if (unit === 'year') return { value: pad(from.year + shift, 4), granularity: 'year' }
  if (unit === 'month' && from.month !== undefined) {
    const { year, month } = addMonths(from.year, from.month, shift)
    return { value: formatMonth(year, month), granularity: 'month' }
  }
  if (unit === 'week' && day !== undefined)
    return { value: formatWeek(addDays(day, 7 * shift)), granularity: 'week' }
  if (unit === 'day' && day !== undefined)
    return { value: formatDay(addDays(day, shift)), granularity: 'day' }
  return undefined
}

/** Joins a clock time to the day that follows it ("9 a.m. Tuesday", "midnight Friday") into one TIME. */
function mergeClockWithDay(candidates: readonly Candidate[], text: string): Candidate[] {
  const out: Candidate[] = []
  for (let i = 0; i < candidates.length; i++) {
    const clock = candidates[i]
    const day = candidates[i + 1]
    if (clock === undefined) continue
    // Only clock rules join a day: the other candidates skip the slice and the regex.
    if (day === undefined || !clock.rule.startsWith('clock-')) {
      out.push(clock)
      continue
    }
    const gap = text.slice(clock.end, day.start)
    const clockPart = /T(\d{2}:\d{2})$/.exec(clock.value)?.[1]
    if (
      clockPart !== undefined &&
      day.granularity === 'day' &&
      /^\s*,?\s*(?:on\s+)?$/i.test(gap)
    ) {
      out.push(
        withChanges(clock, {
          end: day.end,
          value: `${day.value}T${clockPart}`,
          anchor: day.anchor,
          rule: 'clock-time+day',
        }),
      )
      i++
      continue
    }
    out.push(clock)
  }
  return out
}

/** Grows a date's span over a modifier right before it ("early March", "the end of 2015"). */
function widenByModifier(candidate: Candidate, text: string, floor: number): Candidate {
  if (candidate.type !== 'DATE' || candidate.value.endsWith('_REF')) return candidate
  // Every modifier ends in "of", "early", "late" or "mid", then spaces or a hyphen, right before the date.
  const from = Math.max(floor, candidate.start - 30)
  if (from >= candidate.start || !SPACE_OR_HYPHEN.test(text[candidate.start - 1] ?? '')) return candidate
  if (!endsWithModifierWord(text, from, candidate.start)) return candidate
  const before = text.slice(from, candidate.start)
  const match = MODIFIER_BEFORE.exec(before)
  if (match === null) return candidate
  return withChanges(candidate, { start: candidate.start - match[0].length, rule: `${candidate.rule}+modifier` })
}

/**
 * Business news counts in quarters: "a year ago" and "the year-ago quarter" next to a quarter mean that
 * quarter a year earlier, and "the quarter" means the last quarter named (or the one before publication).
 */
function applyQuarterContext(candidates: Candidate[], env: RuleEnv): Candidate[] {
  let lastQuarter: string | undefined
  const out: Candidate[] = []
  for (const candidate of candidates) {
    const resolved = resolveQuarterContext(candidate, env.text, lastQuarter)
    // A quarter named outright ("the third quarter", "last quarter", "the quarter") is the context for the next ones.
    const isNamedQuarter = resolved.anchor !== 'context' || resolved.rule === 'bare-quarter'
    if (isNamedQuarter && /^\d{4}-Q\d$/.test(resolved.value)) {
      lastQuarter = resolved.value
    }
    out.push(resolved)
  }
  return out
}

/** Resolves one candidate against the last quarter named before it. */
function resolveQuarterContext(
  candidate: Candidate,
  text: string,
  lastQuarter: string | undefined,
): Candidate {
  if (lastQuarter === undefined) return candidate
  const surface = text.slice(candidate.start, candidate.end).toLowerCase()
  // "the corresponding period last year", "last year's quarter" compare quarters too.
  const isPeriodLastYear =
    surface === 'last year' &&
    (/(?:period|quarter)\s+$/i.test(text.slice(Math.max(0, candidate.start - 12), candidate.start)) ||
      /^'s\s+(?:period|quarter)\b/i.test(text.slice(candidate.end, candidate.end + 12)))
  const isYearBack =
    ((candidate.rule.startsWith('ago') || candidate.rule.startsWith('year-ago')) &&
      /\byear\b/.test(surface)) ||
    isPeriodLastYear
  const quarter = lastQuarter.slice(4)
  if (isYearBack) {
    const year = Number(lastQuarter.slice(0, 4)) - 1
    return withChanges(candidate, { value: `${year}${quarter}`, granularity: 'quarter', anchor: 'context' })
  }
  if (candidate.rule === 'year-period') {
    return withChanges(candidate, { value: `${candidate.value}${quarter}`, granularity: 'quarter', anchor: 'context' })
  }
  if (candidate.rule === 'bare-quarter' && !surface.includes('current')) {
    return withChanges(candidate, { value: lastQuarter, anchor: 'context' })
  }
  return candidate
}
