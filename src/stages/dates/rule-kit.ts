// What date rules share: candidate and rule types, word helpers, and the lexicon compiled into lookups and regex parts.
import { escapeWord as escape, wordAlternation, type Granularity, type Timex } from '../../core/index.js'
import { formatDay, isRealDay, pad, type Day } from './calendar.js'
import type { DateLexicon, DateUnit } from './lexicon.js'
import { resolveMonthDay, type Relation } from './resolve.js'
import type { Tense } from './tense.js'
import { leadsOf, triggerWords, type Leads, type Triggers } from './triggers.js'

/** What a rule found: the value and how it was resolved, before ids are given. */
export interface Candidate {
  readonly start: number
  readonly end: number
  readonly value: string
  readonly granularity: Granularity
  readonly type: Timex['type']
  readonly anchor: Timex['anchor']
  readonly rule: string
}

/** What a rule may ask about the text around its match. */
export interface RuleEnv {
  /** The folded text (same offsets as the original). */
  readonly text: string
  /** The publication day, when known. */
  readonly reference: Day | undefined
  readonly lexicon: DateLexicon
  /** Tense of the clause holding a span. */
  tenseAt(start: number, end: number): Tense
  /** Part of speech of the token starting at an offset. */
  posAt(offset: number): string | undefined
}

/** What a rule builder returns: a candidate without its rule name, and with its span only when narrower. */
export type Built = Omit<Candidate, 'start' | 'end' | 'rule'> & { start?: number; end?: number }

/** A construction: a pattern with named groups (`t` marks the span when it is narrower than the match). */
export interface DateRule {
  readonly name: string
  readonly pattern: RegExp
  /** Words a match always contains: when a group has none in the text, the scan is skipped. Absent: always scan. */
  readonly triggers?: Triggers | undefined
  /** Cheaper patterns that must each match in the text for the pattern to (see `RuleFilter`). */
  readonly prechecks?: readonly RegExp[] | undefined
  /** Where every match starts (see `Leads`): the pattern is tried only there. Absent: scan the whole text. */
  readonly leads?: Leads | undefined
  build(match: RegExpExecArray, env: RuleEnv): Built | undefined
}

const alternation = wordAlternation

const RELATIONS: Record<string, Relation> = {
  last: 'last',
  past: 'last',
  previous: 'last',
  next: 'next',
  coming: 'next',
  this: 'this',
  current: 'this',
  present: 'this',
}

/** The word before an offset, lower-cased ('' at the start). */
export function wordBefore(text: string, offset: number): string {
  const from = Math.max(0, offset - 40)
  const word = asciiWordBefore(text, from, offset) ?? WORD_BEFORE.exec(text.slice(from, offset))?.[1] ?? ''
  // "Jan." and "mid-" lose their trailing dot or hyphen.
  return word.toLowerCase().replace(/[.-]$/, '')
}

/** The last word of a text, then anything but letters, digits and line breaks to its end. */
const WORD_BEFORE = /([\p{L}\p{N}'.-]+)[^\p{L}\p{N}\n]*$/u

/** ASCII classes: 1 letter or digit, 2 an apostrophe, dot or hyphen (word or gap), 3 a line break, 0 anything else. */
const ASCII_CLASS = Uint8Array.from({ length: 0x80 }, (_, code) => {
  if ((code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a)) return 1
  if (code === 0x27 || code === 0x2e || code === 0x2d) return 2
  return code === 0x0a ? 3 : 0
})

/**
 * What `WORD_BEFORE` finds in `text[from, to)`, read backwards without a regex when that stretch is
 * all ASCII (the regex tries every start and is quadratic); undefined for other text, left to the regex.
 * The match: if the gap at the end (no letter, digit or line break) is preceded by a letter or digit, the
 * word is the run of letters, digits, apostrophes, dots and hyphens holding it, stretched forward over the
 * apostrophes, dots and hyphens of the gap; otherwise it is the first such run of apostrophes, dots and
 * hyphens inside the gap.
 */
function asciiWordBefore(text: string, from: number, to: number): string | undefined {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) >= 0x80) return undefined
  let gapStart = to
  while (gapStart > from && (ASCII_CLASS[text.charCodeAt(gapStart - 1)] ?? 0) !== 1 && text.charCodeAt(gapStart - 1) !== 0x0a)
    gapStart--
  let start: number
  if (gapStart > from && (ASCII_CLASS[text.charCodeAt(gapStart - 1)] ?? 0) === 1) {
    start = gapStart - 1
    while (start > from && ((ASCII_CLASS[text.charCodeAt(start - 1)] ?? 0) === 1 || (ASCII_CLASS[text.charCodeAt(start - 1)] ?? 0) === 2))
      start--
  } else {
    start = gapStart
    while (start < to && (ASCII_CLASS[text.charCodeAt(start)] ?? 0) !== 2) start++
    if (start === to) return ''
  }
  let end = start
  while (end < to && ((ASCII_CLASS[text.charCodeAt(end)] ?? 0) === 1 || (ASCII_CLASS[text.charCodeAt(end)] ?? 0) === 2)) end++
  return text.slice(start, end)
}

/** The word after an offset, as written. */
export function wordAfter(text: string, offset: number): string {
  const match = /^[^\p{L}\p{N}\n]*([\p{L}\p{N}'-]+)/u.exec(text.slice(offset, offset + 40))
  return match?.[1] ?? ''
}

/**
 * Length of a match's first word and the spaces after it ("last  Friday" gives 6): where a group starts
 * when only a word and spaces come before it, without the cost of the regex `d` (indices) flag.
 */
export function leadingWordAndSpace(surface: string): number {
  return LEADING_WORD_AND_SPACE.exec(surface)?.[0].length ?? 0
}

const LEADING_WORD_AND_SPACE = /^\S+\s+/

/** Whether a word starts with a capital letter. */
export const isCapitalized = (word: string): boolean => {
  // An ASCII first letter answers at once; anything else asks the unicode class.
  const first = word.charCodeAt(0)
  if (first >= 0x41 && first <= 0x5a) return true
  if (first >= 0x61 && first <= 0x7a) return false
  return UPPER_FIRST.test(word)
}

const UPPER_FIRST = /^\p{Lu}/u

/** Placeholder values for expressions that need a publication date the document lacks. */
export function unanchored(granularity: Granularity, month?: number, day?: number): string {
  const mm = month === undefined ? 'XX' : pad(month, 2)
  const dd = day === undefined ? 'XX' : pad(day, 2)
  switch (granularity) {
    case 'day':
      return `XXXX-${mm}-${dd}`
    case 'month':
      return `XXXX-${mm}`
    case 'week':
      return 'XXXX-WXX'
    case 'quarter':
      return 'XXXX-QX'
    case 'decade':
      return 'XXX'
    case 'century':
      return 'XX'
    case 'time':
      return `XXXX-${mm}-${dd}TXX`
    default:
      return 'XXXX'
  }
}

/** Builds every rule from a lexicon, most specific first (order breaks ties between equal-length matches). */
/** Compiles a lexicon into the lookups, regex parts and value helpers the rules share. */
export function createRuleKit(lexicon: DateLexicon) {
  const monthNumber = new Map<string, number>()
  const fullMonths: string[] = []
  for (const entry of lexicon.months) {
    entry.names.forEach((name, i) => {
      monthNumber.set(name.toLowerCase(), entry.month)
      if (i === 0) fullMonths.push(name)
    })
  }
  const weekdayNumber = new Map<string, number>()
  for (const entry of lexicon.weekdays)
    for (const name of entry.names) weekdayNumber.set(name.toLowerCase(), entry.day)
  const numberWord = new Map(Object.entries(lexicon.numbers).map(([k, v]) => [k.toLowerCase(), v]))
  const vague = new Set(lexicon.vagueNumbers.map((w) => w.toLowerCase()))
  const ordinal = new Map(Object.entries(lexicon.ordinals).map(([k, v]) => [k.toLowerCase(), v]))
  const unitOf = (word: string): DateUnit | undefined => lexicon.units[word.toLowerCase()]
  const monthCues = new Set(lexicon.monthCues)
  const ambiguous = new Set(lexicon.ambiguousMonths.map((m) => m.toLowerCase()))
  const yearBlockers = new Set(lexicon.yearBlockersBefore)
  const yearCues = new Set(lexicon.yearCuesBefore)

  // Abbreviations may carry a dot; full names never do ("the 5th of May." ends a sentence).
  const fullNames = new Set(fullMonths.map((n) => n.toLowerCase()))
  const MONTH = `(?:${[...monthNumber.keys()]
    .sort((a, b) => b.length - a.length)
    .map((n) => (fullNames.has(n) ? escape(n) : `${escape(n)}\\.?`))
    .join('|')})`
  const FULL_MONTH = `(?:${alternation(fullMonths)})`
  const WEEKDAY = `(?:${alternation([...weekdayNumber.keys()])})`
  const SEASON = `(?:${alternation(Object.keys(lexicon.seasons))})`
  const UNIT = `(?:${alternation(Object.keys(lexicon.units))})`
  const NUMBER = `(?:${alternation([...numberWord.keys(), ...vague])}|\\d+(?:\\.\\d+)?)`
  const ORDINAL = `(?:${alternation([...ordinal.keys()])})`
  const PART = `(?:${alternation(Object.keys(lexicon.partsOfDay))})`
  const REFERENCE = `(?:${alternation(Object.keys(lexicon.references))})`
  const HOLIDAY = `(?:${alternation(lexicon.holidays.flatMap((h) => h.names))})`
  const wordsBetween = (low: number, high: number, step = 1): string[] =>
    [...numberWord.entries()]
      .filter(([w, v]) => v >= low && v <= high && v % step === 0 && /^[a-z]+$/.test(w))
      .map(([w]) => w)
  const ONES = `(?:${alternation(wordsBetween(1, 9))})`
  const TEENS = `(?:${alternation(wordsBetween(10, 19))})`
  const TENS = `(?:${alternation([...wordsBetween(10, 19), ...wordsBetween(20, 90, 10)])})`
  const decadeWords = wordsBetween(20, 90, 10).map((w) => w.replace(/y$/, 'ies'))
  const DECADE_WORDS = `(?:${alternation(decadeWords)})`
  const ZONE = '(?:GMT|UTC|EST|EDT|PST|PDT|CST|CDT|MST|MDT|BST|CET|CEST|MSK|JST)'
  const re = (source: string, flags = 'gi'): RegExp => new RegExp(source, flags)
  const weekdayTitle = new RegExp(`^\\s+(?:${alternation(lexicon.weekdayNameBlockers)})\\b`)

  const monthOf = (name: string | undefined): number | undefined => {
    // "Jan." loses its final dot.
    const key = (name ?? '').toLowerCase()
    return monthNumber.get(key.endsWith('.') ? key.slice(0, -1) : key)
  }
  const numberOf = (word: string | undefined): number | undefined => {
    const w = (word ?? '').toLowerCase().replace(/\s+/g, ' ')
    if (/^\d+(\.\d+)?$/.test(w)) return Number(w)
    return numberWord.get(w)
  }
  const relationOf = (word: string | undefined): Relation | undefined => RELATIONS[(word ?? '').toLowerCase()]
  const partCode = (word: string | undefined): string | undefined =>
    lexicon.partsOfDay[(word ?? '').toLowerCase()]
  const dayValue = (day: Day, part: string | undefined): Built => {
    const code = partCode(part)
    return code === undefined
      ? { value: formatDay(day), granularity: 'day', type: 'DATE', anchor: 'published' }
      : { value: `${formatDay(day)}T${code}`, granularity: 'time', type: 'TIME', anchor: 'published' }
  }
  const absoluteDay = (year: number, month: number | undefined, day: number): Built | undefined => {
    if (month === undefined || !isRealDay({ year, month, day })) return undefined
    return { value: formatDay({ year, month, day }), granularity: 'day', type: 'DATE', anchor: 'absolute' }
  }
  const monthName = (m: RegExpExecArray): string => m.groups?.mon ?? ''
  const isYear = (year: number): boolean => year >= 1000 && year <= 2100

  /** Month and day with no year: resolved against the publication date and the tense. */
  function monthDay(m: RegExpExecArray, env: RuleEnv): Built | undefined {
    const month = monthOf(monthName(m))
    const day = Number(m.groups?.d)
    if (month === undefined || !isCapitalized(monthName(m)) || !isRealDay({ year: 2000, month, day }))
      return undefined
    if (env.reference === undefined)
      return { value: unanchored('day', month, day), granularity: 'day', type: 'DATE', anchor: 'none' }
    const resolved = resolveMonthDay(month, day, env.reference, env.tenseAt(m.index, m.index + m[0].length))
    return resolved === undefined
      ? undefined
      : { value: formatDay(resolved), granularity: 'day', type: 'DATE', anchor: 'published' }
  }
  const weekdayWords = triggerWords(weekdayNumber.keys())
  /** Trigger words of the lexicon's word classes (see `Triggers`). */
  const triggers = {
    month: triggerWords(monthNumber.keys()),
    fullMonth: triggerWords(fullMonths),
    weekday: weekdayWords,
    // "Mondays" is one run of letters.
    weekdayOrPlural: weekdayWords && [...weekdayWords, ...weekdayWords.map((w) => `${w}s`)],
    season: triggerWords(Object.keys(lexicon.seasons)),
    unit: triggerWords(Object.keys(lexicon.units)),
    part: triggerWords(Object.keys(lexicon.partsOfDay)),
    reference: triggerWords(Object.keys(lexicon.references)),
    holiday: triggerWords(lexicon.holidays.flatMap((h) => h.names)),
    decade: triggerWords(decadeWords),
  }
  /** Lead words of the lexicon's word classes (see `Leads`). */
  const leads = {
    month: leadsOf(monthNumber.keys()),
    fullMonth: leadsOf(fullMonths),
    weekday: leadsOf(weekdayNumber.keys()),
    // "Mondays" is one run of letters.
    weekdayOrPlural: leadsOf([...weekdayNumber.keys()].flatMap((w) => [w, `${w}s`])),
    season: leadsOf(Object.keys(lexicon.seasons)),
    ordinal: leadsOf(ordinal.keys()),
    number: leadsOf([...numberWord.keys(), ...vague]),
    reference: leadsOf(Object.keys(lexicon.references)),
    holiday: leadsOf(lexicon.holidays.flatMap((h) => h.names)),
  }
  return {
    leads,
    triggers,
    weekdayTitle,
    DECADE_WORDS,
    FULL_MONTH,
    HOLIDAY,
    MONTH,
    NUMBER,
    ONES,
    ORDINAL,
    PART,
    REFERENCE,
    SEASON,
    TEENS,
    TENS,
    UNIT,
    WEEKDAY,
    ZONE,
    absoluteDay,
    ambiguous,
    dayValue,
    fullMonths,
    isYear,
    lexicon,
    monthCues,
    monthDay,
    monthName,
    monthNumber,
    monthOf,
    numberOf,
    numberWord,
    ordinal,
    partCode,
    re,
    relationOf,
    unitOf,
    vague,
    weekdayNumber,
    wordsBetween,
    yearBlockers,
    yearCues,
  }
}

/** The compiled lexicon the rules share. */
export type RuleKit = ReturnType<typeof createRuleKit>

/** Turns `YYYY-MM-DD` back into a day. */
export function parseShifted(value: string): Day {
  const [year, month, day] = value.split('-').map(Number)
  return { year: year ?? 0, month: month ?? 1, day: day ?? 1 }
}

/** A TIMEX3 duration value: `P2Y`, `P3M`, `P1W`, `PT4H`, `P1DE`; `X` for a vague count. */
export function durationValue(n: number | 'X', unit: DateUnit): string {
  const count = typeof n === 'number' ? String(n) : n
  switch (unit) {
    case 'century':
      return `P${count}CE`
    case 'decade':
      return `P${count}DE`
    case 'year':
      return `P${count}Y`
    case 'quarter':
      return `P${count}Q`
    case 'month':
      return `P${count}M`
    case 'week':
      return `P${count}W`
    case 'weekend':
      return `P${count}WE`
    case 'day':
      return `P${count}D`
    case 'hour':
      return `PT${count}H`
    case 'minute':
      return `PT${count}M`
    case 'second':
      return `PT${count}S`
  }
}
