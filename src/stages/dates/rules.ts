// The date rules: one regular expression per construction, each with a builder that resolves its match.
import type { Granularity, Timex } from '../../core/index.js'
import { formatDay, formatMonth, isRealDay, nthWeekdayOfMonth, pad, quarterOf, type Day } from './calendar.js'
import type { DateLexicon, DateUnit } from './lexicon.js'
import {
  resolveMonthDay,
  resolveMonthYear,
  resolveSeasonYear,
  resolveWeekday,
  resolveWeekend,
  shiftUnit,
  type Relation,
} from './resolve.js'
import type { Tense } from './tense.js'

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

type Built = Omit<Candidate, 'start' | 'end' | 'rule'> & { start?: number; end?: number }

/** A construction: a pattern with named groups (`t` marks the span when it is narrower than the match). */
export interface DateRule {
  readonly name: string
  readonly pattern: RegExp
  build(match: RegExpExecArray, env: RuleEnv): Built | undefined
}

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')
const alternation = (words: readonly string[]): string =>
  [...words].sort((a, b) => b.length - a.length).map(escape).join('|')

const RELATIONS: Record<string, Relation> = {
  last: 'last', past: 'last', previous: 'last', next: 'next', coming: 'next', this: 'this', current: 'this', present: 'this',
}

/** The word before an offset, lower-cased ('' at the start). */
function wordBefore(text: string, offset: number): string {
  const match = /([\p{L}\p{N}'.-]+)[^\p{L}\p{N}\n]*$/u.exec(text.slice(Math.max(0, offset - 40), offset))
  return (match?.[1] ?? '').toLowerCase().replace(/\.$/, '')
}

/** The word after an offset, as written. */
function wordAfter(text: string, offset: number): string {
  const match = /^[^\p{L}\p{N}\n]*([\p{L}\p{N}'-]+)/u.exec(text.slice(offset, offset + 40))
  return match?.[1] ?? ''
}

const isCapitalized = (word: string): boolean => /^\p{Lu}/u.test(word)

/** Placeholder values for expressions that need a publication date the document lacks. */
function unanchored(granularity: Granularity, month?: number, day?: number): string {
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
export function createDateRules(lexicon: DateLexicon): DateRule[] {
  const monthNumber = new Map<string, number>()
  const fullMonths: string[] = []
  for (const entry of lexicon.months) {
    entry.names.forEach((name, i) => {
      monthNumber.set(name.toLowerCase(), entry.month)
      if (i === 0) fullMonths.push(name)
    })
  }
  const weekdayNumber = new Map<string, number>()
  for (const entry of lexicon.weekdays) for (const name of entry.names) weekdayNumber.set(name.toLowerCase(), entry.day)
  const numberWord = new Map(Object.entries(lexicon.numbers).map(([k, v]) => [k.toLowerCase(), v]))
  const vague = new Set(lexicon.vagueNumbers.map((w) => w.toLowerCase()))
  const ordinal = new Map(Object.entries(lexicon.ordinals).map(([k, v]) => [k.toLowerCase(), v]))
  const unitOf = (word: string): DateUnit | undefined => lexicon.units[word.toLowerCase()]
  const monthCues = new Set(lexicon.monthCues)
  const ambiguous = new Set(lexicon.ambiguousMonths.map((m) => m.toLowerCase()))
  const yearBlockers = new Set(lexicon.yearBlockersBefore)
  const yearCues = new Set(lexicon.yearCuesBefore)

  // Abbreviations may carry a dot; full names never do.
  const MONTH = `(?:${[...monthNumber.keys()].sort((a, b) => b.length - a.length).map((n) => `${escape(n)}\\.?`).join('|')})`
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
    [...numberWord.entries()].filter(([w, v]) => v >= low && v <= high && v % step === 0 && /^[a-z]+$/.test(w)).map(([w]) => w)
  const ONES = `(?:${alternation(wordsBetween(1, 9))})`
  const TEENS = `(?:${alternation(wordsBetween(10, 19))})`
  const TENS = `(?:${alternation([...wordsBetween(10, 19), ...wordsBetween(20, 90, 10)])})`
  const DECADE_WORDS = `(?:${alternation(wordsBetween(20, 90, 10).map((w) => w.replace(/y$/, 'ies')))})`
  const ZONE = '(?:GMT|UTC|EST|EDT|PST|PDT|CST|CDT|MST|MDT|BST|CET|CEST|MSK|JST)'
  const re = (source: string, flags = 'gdi'): RegExp => new RegExp(source, flags)

  const monthOf = (name: string | undefined): number | undefined => monthNumber.get((name ?? '').toLowerCase().replace(/\.$/, ''))
  const numberOf = (word: string | undefined): number | undefined => {
    const w = (word ?? '').toLowerCase().replace(/\s+/g, ' ')
    if (/^\d+(\.\d+)?$/.test(w)) return Number(w)
    return numberWord.get(w)
  }
  const relationOf = (word: string | undefined): Relation | undefined => RELATIONS[(word ?? '').toLowerCase()]
  const partCode = (word: string | undefined): string | undefined => lexicon.partsOfDay[(word ?? '').toLowerCase()]
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

  return [
    {
      name: 'iso-date',
      pattern: re('\\b(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})\\b'),
      build: (m) => absoluteDay(Number(m.groups?.y), Number(m.groups?.m), Number(m.groups?.d)),
    },
    {
      name: 'month-day-year',
      pattern: re(`\\b(?<mon>${MONTH})\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?(?:\\s*,\\s*|\\s+)(?<y>\\d{4})\\b`),
      build: (m) => (isCapitalized(monthName(m)) ? absoluteDay(Number(m.groups?.y), monthOf(monthName(m)), Number(m.groups?.d)) : undefined),
    },
    {
      name: 'day-month-year',
      pattern: re(`\\b(?<d>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<mon>${MONTH})\\s*,?\\s+(?<y>\\d{4})\\b`),
      build: (m) => (isCapitalized(monthName(m)) ? absoluteDay(Number(m.groups?.y), monthOf(monthName(m)), Number(m.groups?.d)) : undefined),
    },
    {
      // "Monday, Oct. 12" and "Friday, Oct. 9, 1998": the weekday only confirms the date.
      name: 'weekday-month-day',
      pattern: re(`\\b(?<wd>${WEEKDAY}),?\\s+(?<mon>${MONTH})\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?(?:(?:\\s*,\\s*|\\s+)(?<y>\\d{4}))?\\b`),
      build: (m, env) => {
        if (!isCapitalized(m.groups?.wd ?? '')) return undefined
        if (m.groups?.y !== undefined) return absoluteDay(Number(m.groups.y), monthOf(monthName(m)), Number(m.groups.d))
        return monthDay(m, env)
      },
    },
    {
      name: 'month-year',
      pattern: re(`\\b(?<mon>${MONTH})\\s*,?\\s+(?:of\\s+)?(?<y>\\d{4})\\b(?![.,]?\\d)`),
      build: (m) => {
        const month = monthOf(monthName(m))
        const year = Number(m.groups?.y)
        if (month === undefined || !isCapitalized(monthName(m)) || !isYear(year)) return undefined
        return { value: formatMonth(year, month), granularity: 'month', type: 'DATE', anchor: 'absolute' }
      },
    },
    {
      name: 'month-day',
      pattern: re(`\\b(?<mon>${MONTH})\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?\\b(?![.,:]?\\d)`),
      build: (m, env) => monthDay(m, env),
    },
    {
      name: 'day-month',
      pattern: re(`\\b(?<d>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<mon>${MONTH})(?![\\p{L}])`, 'gdiu'),
      build: (m, env) => monthDay(m, env),
    },
    {
      name: 'month',
      pattern: re(`\\b(?:(?<rel>last|next|this|past|coming)\\s+)?(?<mon>${FULL_MONTH})\\b`),
      build: (m, env) => {
        const name = monthName(m)
        const month = monthOf(name)
        const start = m.indices?.groups?.mon?.[0] ?? m.index
        if (month === undefined || !isCapitalized(name)) return undefined
        const pos = env.posAt(start)
        if (pos === 'AUX' || pos === 'VERB') return undefined
        const relation = relationOf(m.groups?.rel)
        if (relation === undefined && ambiguous.has(name.toLowerCase()) && !monthCues.has(wordBefore(env.text, start))) return undefined
        if (env.reference === undefined) return { value: unanchored('month', month), granularity: 'month', type: 'DATE', anchor: 'none' }
        // "February this year": the year phrase after the month fixes the year.
        const yearPhrase = /^\s+(?:of\s+)?(this|last|next)\s+year\b/i.exec(env.text.slice(m.index + m[0].length, m.index + m[0].length + 20))
        if (yearPhrase !== null && relation === undefined) {
          const shift = { this: 0, last: -1, next: 1 }[(yearPhrase[1] ?? '').toLowerCase()] ?? 0
          return { value: formatMonth(env.reference.year + shift, month), granularity: 'month', type: 'DATE', anchor: 'published' }
        }
        const year = resolveMonthYear(month, env.reference, env.tenseAt(m.index, m.index + m[0].length), relation)
        return { value: formatMonth(year, month), granularity: 'month', type: 'DATE', anchor: 'published' }
      },
    },
    {
      name: 'fiscal-year',
      pattern: re(`\\b(?:fiscal(?:\\s+year)?\\s*|FY\\s*)'?(?<y>\\d{4}|\\d{2})\\b(?![.,]\\d)`),
      build: (m, env) => {
        const digits = m.groups?.y ?? ''
        let year = Number(digits)
        if (digits.length === 2) {
          const century = Math.floor((env.reference?.year ?? 2000) / 100) * 100
          year = century + year > (env.reference?.year ?? 2000) + 10 ? century - 100 + year : century + year
        }
        return isYear(year) ? { value: pad(year, 4), granularity: 'year', type: 'DATE', anchor: 'absolute' } : undefined
      },
    },
    {
      name: 'year',
      pattern: re('(?<![\\p{L}\\p{N}$€£¥.,/]|\\d-)(?<y>\\d{4})(?![\\p{L}\\p{N}%]|[.,]\\d|-\\d|\\s*(?:%|percent|per\\s+cent))', 'gdu'),
      build: (m, env) => {
        const year = Number(m.groups?.y)
        if (!isYear(year)) return undefined
        const before = wordBefore(env.text, m.index)
        if (yearBlockers.has(before)) return undefined
        // "1500 soldiers" counts soldiers; "the 2015 elections" dates them.
        const after = wordAfter(env.text, m.index + 4)
        const afterPos = env.posAt(env.text.indexOf(after, m.index + 4))
        if (after !== '' && afterPos === 'NOUN' && /s$/.test(after) && !yearCues.has(before)) return undefined
        return { value: pad(year, 4), granularity: 'year', type: 'DATE', anchor: 'absolute' }
      },
    },
    {
      name: 'spoken-year',
      pattern: re(`\\b(?:the\\s+year\\s+)?(?:(?<hi>nineteen|twenty)[\\s-]+(?<tens>${TENS})(?:[\\s-]+(?<ones>${ONES}))?|two\\s+thousand(?:\\s+and\\s+(?<small>${ONES}|${TEENS}))?)\\b`),
      build: (m) => {
        const word = (w: string | undefined): number => numberWord.get((w ?? '').toLowerCase()) ?? 0
        const year =
          m.groups?.hi === undefined
            ? 2000 + word(m.groups?.small)
            : word(m.groups.hi) * 100 + word(m.groups.tens) + word(m.groups.ones)
        return isYear(year) ? { value: pad(year, 4), granularity: 'year', type: 'DATE', anchor: 'absolute' } : undefined
      },
    },
    {
      name: 'decade-word',
      pattern: re(`\\bthe\\s+(?<w>${DECADE_WORDS})\\b`),
      build: (m, env) => {
        const tens = numberWord.get((m.groups?.w ?? '').toLowerCase().replace(/ies$/, 'y'))
        if (tens === undefined) return undefined
        const century = Math.floor((env.reference?.year ?? 1999) / 100) - (tens * 1 > (env.reference?.year ?? 1999) % 100 ? 1 : 0)
        return { value: pad(century * 10 + tens / 10, 3), granularity: 'decade', type: 'DATE', anchor: 'published' }
      },
    },
    {
      name: 'the-year',
      pattern: re(
        '\\bthe\\s+(?:(?<mod>full|current|calendar|entire|whole|same)\\s+)?(?:fiscal\\s+)?year\\b(?!\\s+(?:ago|earlier|before|after|later|of|when|in\\s+which|that|\\d))',
      ),
      build: (m, env) => {
        const mod = (m.groups?.mod ?? '').toLowerCase()
        // A bare "the year" is a date only after a preposition ("earlier in the year", "for the year").
        if (mod === '' && !/^(?:for|in|during|of|through|throughout|over|into|since)$/.test(wordBefore(env.text, m.index))) return undefined
        if (mod === 'same') return undefined
        if (env.reference === undefined) return { value: 'XXXX', granularity: 'year', type: 'DATE', anchor: 'none' }
        return { value: pad(env.reference.year, 4), granularity: 'year', type: 'DATE', anchor: 'published' }
      },
    },
    {
      name: 'year-end',
      pattern: re("\\b(?:the\\s+)?(?:year[\\s-]end|year's\\s+end)\\b"),
      build: (_m, env) => {
        if (env.reference === undefined) return { value: 'XXXX', granularity: 'year', type: 'DATE', anchor: 'none' }
        return { value: pad(env.reference.year, 4), granularity: 'year', type: 'DATE', anchor: 'published' }
      },
    },
    {
      name: 'year-period',
      pattern: re('\\bthe\\s+(?<y>1\\d{3}|20\\d{2})\\s+(?:quarter|period)\\b'),
      build: (m) => {
        const year = Number(m.groups?.y)
        return isYear(year) ? { value: pad(year, 4), granularity: 'year', type: 'DATE', anchor: 'absolute' } : undefined
      },
    },
    {
      name: 'decade',
      pattern: re(`(?<![\\p{L}\\p{N}'])(?:(?<full>1\\d{2}|20\\d)0'?s|'(?<short>\\d)0s)\\b`, 'gdiu'),
      build: (m, env) => {
        if (m.groups?.full !== undefined) return { value: m.groups.full, granularity: 'decade', type: 'DATE', anchor: 'absolute' }
        const digit = Number(m.groups?.short)
        const referenceYear = env.reference?.year ?? 2000
        const century = Math.floor(referenceYear / 100)
        const decade = digit * 10 <= referenceYear % 100 ? century * 10 + digit : (century - 1) * 10 + digit
        return { value: pad(decade, 3), granularity: 'decade', type: 'DATE', anchor: env.reference === undefined ? 'none' : 'published' }
      },
    },
    {
      name: 'century',
      pattern: re(`\\b(?:the\\s+)?(?<n>\\d{1,2}(?:st|nd|rd|th)|${ORDINAL})[\\s-]+century\\b`),
      build: (m) => {
        const raw = (m.groups?.n ?? '').toLowerCase()
        const n = /^\d/.test(raw) ? Number.parseInt(raw, 10) : ordinal.get(raw)
        return n === undefined || n < 1 ? undefined : { value: pad(n - 1, 2), granularity: 'century', type: 'DATE', anchor: 'absolute' }
      },
    },
    {
      name: 'season',
      pattern: re(`\\b(?:(?<rel>last|this|next|past|coming|the)\\s+)?(?<s>${SEASON})(?:\\s+(?:of\\s+)?(?<y>\\d{4}))?\\b`),
      build: (m, env) => {
        const code = lexicon.seasons[(m.groups?.s ?? '').toLowerCase()]
        if (code === undefined) return undefined
        if (m.groups?.y !== undefined) {
          const year = Number(m.groups.y)
          return isYear(year) ? { value: `${pad(year, 4)}-${code}`, granularity: 'season', type: 'DATE', anchor: 'absolute' } : undefined
        }
        const rel = m.groups?.rel?.toLowerCase()
        if (rel === undefined && !monthCues.has(wordBefore(env.text, m.index))) return undefined
        if (env.reference === undefined) return { value: `XXXX-${code}`, granularity: 'season', type: 'DATE', anchor: 'none' }
        const year = resolveSeasonYear(code, env.reference, relationOf(rel))
        return { value: `${pad(year, 4)}-${code}`, granularity: 'season', type: 'DATE', anchor: 'published' }
      },
    },
    {
      name: 'quarter',
      pattern: re(
        `\\b(?:(?:(?<the>the)|(?<yrel>this|last|next)\\s+year's|(?<py>\\d{4})(?:'s)?)\\s+)?(?:(?<rel>current|latest|most\\s+recent|previous|past|last|next|coming)\\s+)?(?<ord>${ORDINAL})[\\s-]+(?:fiscal[\\s-]+)?(?<part>quarter|half)(?:\\s+(?:of\\s+)?(?:(?:fiscal\\s+)?(?<y>\\d{4})|(?<yrel2>this|last|next)\\s+year|the\\s+year))?\\b`,
      ),
      build: (m, env) => {
        const n = ordinal.get((m.groups?.ord ?? '').toLowerCase())
        const isHalf = (m.groups?.part ?? '').toLowerCase() === 'half'
        if (n === undefined || n < 1 || n > (isHalf ? 2 : 4)) return undefined
        const code = `${isHalf ? 'H' : 'Q'}${n}`
        const granularity: Granularity = isHalf ? 'half' : 'quarter'
        const explicit = m.groups?.y ?? m.groups?.py
        if (explicit !== undefined) return { value: `${explicit}-${code}`, granularity, type: 'DATE', anchor: 'absolute' }
        if (env.reference === undefined) return { value: `XXXX-${code}`, granularity, type: 'DATE', anchor: 'none' }
        const yearRelation = relationOf(m.groups?.yrel ?? m.groups?.yrel2)
        let year = env.reference.year + (yearRelation === 'last' ? -1 : yearRelation === 'next' ? 1 : 0)
        if (yearRelation === undefined) {
          const current = isHalf ? (env.reference.month <= 6 ? 1 : 2) : quarterOf(env.reference.month)
          const tense = env.tenseAt(m.index, m.index + m[0].length)
          // A quarter still to come is last year's unless the clause looks ahead.
          if (n > current && tense !== 'future') year--
        }
        return { value: `${pad(year, 4)}-${code}`, granularity, type: 'DATE', anchor: 'published' }
      },
    },
    {
      name: 'quarter-code',
      pattern: re('\\b(?<q>[QH])(?<n>[1-4])(?:\\s*(?<y>\\d{4}))?\\b', 'gd'),
      build: (m, env) => {
        const isHalf = m.groups?.q === 'H'
        const n = Number(m.groups?.n)
        if (isHalf && n > 2) return undefined
        const granularity: Granularity = isHalf ? 'half' : 'quarter'
        const y = m.groups?.y
        if (y !== undefined) return { value: `${y}-${m.groups?.q}${n}`, granularity, type: 'DATE', anchor: 'absolute' }
        if (env.reference === undefined) return { value: `XXXX-${m.groups?.q}${n}`, granularity, type: 'DATE', anchor: 'none' }
        return { value: `${pad(env.reference.year, 4)}-${m.groups?.q}${n}`, granularity, type: 'DATE', anchor: 'published' }
      },
    },
    {
      name: 'relative-unit',
      pattern: re('\\b(?:the\\s+)?(?<rel>last|this|next|past|coming|previous|current|present)\\s+(?<unit>week|weekend|month|year|decade|century|quarter)\\b'),
      build: (m, env) => {
        const unit = unitOf(m.groups?.unit ?? '')
        const relation = relationOf(m.groups?.rel)
        if (unit === undefined || relation === undefined) return undefined
        const shift = relation === 'last' ? -1 : relation === 'next' ? 1 : 0
        if (env.reference === undefined) {
          const granularity: Granularity = unit === 'weekend' ? 'week' : (unit as Granularity)
          return { value: unanchored(granularity), granularity, type: 'DATE', anchor: 'none' }
        }
        const shifted = shiftUnit(env.reference, unit, shift)
        return shifted === undefined ? undefined : { ...shifted, granularity: shifted.granularity as Granularity, type: 'DATE', anchor: 'published' }
      },
    },
    {
      // Resolved later against the last date named before it (see `applyDateContext`); placeholder here.
      name: 'context-unit',
      pattern: re('\\b(?:(?:later|earlier)\\s+)?(?<rel>that|the\\s+same|the\\s+following|the\\s+previous|the\\s+preceding|the\\s+prior)\\s+(?<unit>year|month|week|day)\\b'),
      build: (m) => {
        const unit = unitOf(m.groups?.unit ?? '')
        if (unit === undefined) return undefined
        return { value: unanchored(unit as Granularity), granularity: unit as Granularity, type: 'DATE', anchor: 'none' }
      },
    },
    {
      name: 'part-of-unit',
      pattern: re('\\b(?:the\\s+)?(?:(?:very\\s+)?(?:end|beginning|start|middle|close|turn|rest|remainder))\\s+of\\s+the\\s+(?<unit>week|month|year|decade|century|quarter)\\b'),
      build: (m, env) => {
        const unit = unitOf(m.groups?.unit ?? '')
        if (unit === undefined) return undefined
        if (env.reference === undefined) return { value: unanchored(unit as Granularity), granularity: unit as Granularity, type: 'DATE', anchor: 'none' }
        const shifted = shiftUnit(env.reference, unit, 0)
        return shifted === undefined ? undefined : { ...shifted, granularity: shifted.granularity as Granularity, type: 'DATE', anchor: 'published' }
      },
    },
    {
      name: 'the-weekend',
      pattern: re('\\b(?:the\\s+)?weekend\\b'),
      build: (m, env) => {
        if (!/^the\s/i.test(m[0])) return undefined
        if (env.reference === undefined) return { value: 'XXXX-WXX-WE', granularity: 'week', type: 'DATE', anchor: 'none' }
        return { value: resolveWeekend(env.reference, env.tenseAt(m.index, m.index + m[0].length)), granularity: 'week', type: 'DATE', anchor: 'published' }
      },
    },
    {
      name: 'deictic-day',
      pattern: re(`\\b(?<word>the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow|yesterday|today|tomorrow|tonight)(?:\\s+(?<part>${PART}))?\\b`),
      build: (m, env) => {
        const word = (m.groups?.word ?? '').toLowerCase().replace(/\s+/g, ' ')
        const shift = { 'the day before yesterday': -2, yesterday: -1, today: 0, tonight: 0, tomorrow: 1, 'the day after tomorrow': 2 }[word] ?? 0
        const part = word === 'tonight' ? 'night' : m.groups?.part
        if (env.reference === undefined) {
          const code = partCode(part)
          return code === undefined
            ? { value: 'XXXX-XX-XX', granularity: 'day', type: 'DATE', anchor: 'none' }
            : { value: `XXXX-XX-XXT${code}`, granularity: 'time', type: 'TIME', anchor: 'none' }
        }
        const shifted = shiftUnit(env.reference, 'day', shift)
        return shifted === undefined ? undefined : dayValue({ ...parseShifted(shifted.value) }, part)
      },
    },
    {
      name: 'part-of-day',
      pattern: re(`\\b(?<rel>this|last)\\s+(?<part>${PART})\\b`),
      build: (m, env) => {
        const rel = (m.groups?.rel ?? '').toLowerCase()
        const part = (m.groups?.part ?? '').toLowerCase()
        // "last night" is yesterday's; "last morning" is not an English date.
        if (rel === 'last' && part !== 'night') return undefined
        if (env.reference === undefined) return { value: `XXXX-XX-XXT${partCode(part) ?? 'XX'}`, granularity: 'time', type: 'TIME', anchor: 'none' }
        const shifted = shiftUnit(env.reference, 'day', rel === 'last' ? -1 : 0)
        return shifted === undefined ? undefined : dayValue(parseShifted(shifted.value), part)
      },
    },
    {
      name: 'weekday',
      pattern: re(`\\b(?:(?<rel>last|next|this|coming|past)\\s+)?(?<wd>${WEEKDAY})(?<plural>s)?(?:,?\\s+(?<part>${PART}))?\\b`),
      build: (m, env) => {
        const name = m.groups?.wd ?? ''
        const weekday = weekdayNumber.get(name.toLowerCase())
        const start = m.indices?.groups?.wd?.[0] ?? m.index
        if (weekday === undefined || !isCapitalized(name)) return undefined
        const next = wordAfter(env.text, m.index + m[0].length)
        if (lexicon.weekdayNameBlockers.some((b) => env.text.startsWith(b, env.text.indexOf(next, m.index + m[0].length)) && next !== '')) {
          if (isCapitalized(next)) return undefined
        }
        const previous = /([\p{L}]+)\s+$/u.exec(env.text.slice(Math.max(0, start - 30), start))?.[1] ?? ''
        if (lexicon.weekdayPrefixBlockers.includes(previous)) return undefined
        if (m.groups?.plural !== undefined) {
          return { value: `XXXX-WXX-${weekday}`, granularity: 'set', type: 'SET', anchor: 'absolute' }
        }
        if (env.reference === undefined) return { value: unanchored(partCode(m.groups?.part) === undefined ? 'day' : 'time'), granularity: 'day', type: 'DATE', anchor: 'none' }
        const day = resolveWeekday(weekday, env.reference, env.tenseAt(m.index, m.index + m[0].length), relationOf(m.groups?.rel))
        return dayValue(day, m.groups?.part)
      },
    },
    {
      name: 'holiday',
      pattern: re(`\\b(?:(?<rel>last|next|this)\\s+)?(?<name>${HOLIDAY})(?:\\s+(?<y>\\d{4}))?\\b`),
      build: (m, env) => {
        const name = (m.groups?.name ?? '').toLowerCase().replace(/\s+/g, ' ')
        const holiday = lexicon.holidays.find((h) => h.names.some((n) => n.toLowerCase() === name))
        if (holiday === undefined || !isCapitalized(m.groups?.name ?? '')) return undefined
        const explicit = m.groups?.y === undefined ? undefined : Number(m.groups.y)
        const dayIn = (year: number): Day =>
          holiday.day !== undefined
            ? { year, month: holiday.month, day: holiday.day }
            : nthWeekdayOfMonth(year, holiday.month, holiday.weekday ?? 1, holiday.nth ?? 1)
        if (explicit !== undefined) return { value: formatDay(dayIn(explicit)), granularity: 'day', type: 'DATE', anchor: 'absolute' }
        if (env.reference === undefined) return { value: 'XXXX-XX-XX', granularity: 'day', type: 'DATE', anchor: 'none' }
        const approximate = dayIn(env.reference.year)
        const resolved = resolveMonthDay(approximate.month, approximate.day, env.reference, env.tenseAt(m.index, m.index + m[0].length))
        const year = relationOf(m.groups?.rel) === 'last' ? env.reference.year - 1 : (resolved?.year ?? env.reference.year)
        return { value: formatDay(dayIn(year)), granularity: 'day', type: 'DATE', anchor: 'published' }
      },
    },
    {
      name: 'ago',
      pattern: re(`\\b(?<n>${NUMBER})[\\s-]+(?<unit>${UNIT})\\s+(?<dir>ago|earlier|later|before|from\\s+now|hence)\\b(?<rest>[\\s,.;:)]?)`),
      build: (m, env) => {
        const unit = unitOf(m.groups?.unit ?? '')
        const dir = (m.groups?.dir ?? '').toLowerCase()
        // "two years before the war" counts from the war, not from today.
        if (dir === 'before' && m.groups?.rest === ' ') return undefined
        const end = (m.index ?? 0) + m[0].length - (m.groups?.rest?.length ?? 0)
        const raw = (m.groups?.n ?? '').toLowerCase().replace(/\s+/g, ' ')
        const isBack = dir === 'ago' || dir === 'earlier' || dir === 'before'
        if (vague.has(raw)) return { value: isBack ? 'PAST_REF' : 'FUTURE_REF', granularity: 'unknown', type: 'DATE', anchor: 'published', end }
        const n = numberOf(raw)
        if (unit === undefined || n === undefined || !Number.isInteger(n)) return undefined
        if (env.reference === undefined) return { value: unanchored(unit === 'weekend' ? 'week' : (unit as Granularity)), granularity: 'unknown', type: 'DATE', anchor: 'none', end }
        const shifted = shiftUnit(env.reference, unit, isBack ? -n : n)
        if (shifted === undefined) return { ...dayValue(env.reference, undefined), end }
        return { ...shifted, granularity: shifted.granularity as Granularity, type: 'DATE', anchor: 'published', end }
      },
    },
    {
      name: 'year-ago',
      pattern: re('\\b(?:the\\s+)?(?:a\\s+)?year[\\s-](?:ago|earlier)(?:\\s+(?:quarter|period))?\\b'),
      build: (_m, env) => {
        if (env.reference === undefined) return { value: 'XXXX', granularity: 'year', type: 'DATE', anchor: 'none' }
        return { value: pad(env.reference.year - 1, 4), granularity: 'year', type: 'DATE', anchor: 'published' }
      },
    },
    {
      name: 'bare-quarter',
      pattern: re('\\bthe\\s+(?:(?<rel>latest|most\\s+recent|past|last|current|same)\\s+)?(?:quarter|period)\\b(?!\\s+of\\b)'),
      build: (m, env) => {
        const isPeriod = /period$/i.test(m[0])
        // "the period" alone is too vague; "the latest period" is a reporting quarter.
        if (isPeriod && m.groups?.rel === undefined) return undefined
        if (env.reference === undefined) return { value: 'XXXX-QX', granularity: 'quarter', type: 'DATE', anchor: 'none' }
        const shift = (m.groups?.rel ?? '').toLowerCase() === 'current' ? 0 : -1
        const value = shiftUnit(env.reference, 'quarter', shift)?.value
        return value === undefined ? undefined : { value, granularity: 'quarter', type: 'DATE', anchor: 'published' }
      },
    },
    {
      name: 'reference',
      pattern: re(`\\b(?<ref>${REFERENCE})\\b`),
      build: (m, env) => {
        const phrase = (m.groups?.ref ?? '').toLowerCase().replace(/\s+/g, ' ')
        const value = lexicon.references[phrase]
        if (value === undefined) return undefined
        const next = wordAfter(env.text, m.index + m[0].length).toLowerCase()
        if ((lexicon.referenceBlockers[phrase] ?? []).includes(next)) return undefined
        return { value, granularity: 'unknown', type: 'DATE', anchor: 'published' }
      },
    },
    {
      name: 'set-rate',
      pattern: re('\\b(?:a|an|per)\\s+(?<unit>year|month|week|day|hour)\\b'),
      build: (m, env) => {
        const unit = unitOf(m.groups?.unit ?? '')
        if (unit === undefined) return undefined
        // "four flights a week", "$33 million a year": a count before it makes a rate.
        const before = env.text.slice(Math.max(0, m.index - 40), m.index)
        const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('.') ) + 1)
        if (!/(?:\d|\b(?:hundreds?|thousands?|millions?|billions?|dozens?|once|twice)\b)/i.test(clause)) return undefined
        if (/^(?:for|in|within|about|after|over|than|only|just|nearly|almost|least|of|under|barely)$/.test(wordBefore(env.text, m.index))) return undefined
        return { value: durationValue(1, unit), granularity: 'set', type: 'SET', anchor: 'absolute' }
      },
    },
    {
      name: 'duration',
      pattern: re(
        `\\b(?:the\\s+)?(?:(?:past|last|next|coming|first|previous|final|following|other)\\s+)?(?<n>${NUMBER})(?:\\s+more)?(?:\\s+|-)(?<unit>${UNIT})\\b(?![-\\s]old\\b)`,
      ),
      build: (m, env) => {
        const unit = unitOf(m.groups?.unit ?? '')
        const raw = (m.groups?.n ?? '').toLowerCase().replace(/\s+/g, ' ')
        if (unit === undefined) return undefined
        // In "talks could last several weeks" the "last" is the verb, not part of the duration.
        const verbPos = env.posAt(m.index)
        const isVerb =
          /^last\b/i.test(m[0]) &&
          (verbPos === 'VERB' || verbPos === 'AUX' || /\b(?:could|would|will|may|might|can|should|must|to|did|does|do|'ll)\s+$/i.test(env.text.slice(Math.max(0, m.index - 12), m.index)))
        const start = isVerb ? m.indices?.groups?.n?.[0] : undefined
        const n = vague.has(raw) ? 'X' : numberOf(raw)
        // "the 1988 quarter" names a year, not 1988 quarters.
        if (n === undefined || (typeof n === 'number' && n >= 1000)) return undefined
        const unitWord = m.groups?.unit ?? ''
        const rest = env.text.slice(m.index + m[0].length, m.index + m[0].length + 4)
        // "three-quarters of its food", "a second betrayal", "60 Minutes": not spans of time.
        if (unit === 'quarter' && /^\s+of\b/i.test(rest)) return undefined
        if (unit === 'second' && raw === 'a') return undefined
        if (isCapitalized(unitWord)) return undefined
        // "will one day be": a vague future, not a day-long duration.
        if (raw === 'one' && unit === 'day' && !/^(?:for|in|within|about|after|over|than|only|just|nearly|almost)$/.test(wordBefore(env.text, m.index))) {
          return { value: 'FUTURE_REF', granularity: 'unknown', type: 'DATE', anchor: 'published' }
        }
        return { value: durationValue(n, unit), granularity: 'duration', type: 'DURATION', anchor: 'absolute', ...(start === undefined ? {} : { start }) }
      },
    },
    {
      name: 'set-every',
      pattern: re(`\\b(?:every|each)\\s+(?:(?<n>other|${NUMBER})\\s+)?(?<unit>${UNIT}|${WEEKDAY})\\b`),
      build: (m) => {
        const word = (m.groups?.unit ?? '').toLowerCase()
        const weekday = weekdayNumber.get(word)
        if (weekday !== undefined) return { value: `XXXX-WXX-${weekday}`, granularity: 'set', type: 'SET', anchor: 'absolute' }
        const unit = unitOf(word)
        const raw = (m.groups?.n ?? '').toLowerCase()
        const n = raw === '' ? 1 : raw === 'other' ? 2 : numberOf(raw)
        if (unit === undefined || n === undefined) return undefined
        return { value: durationValue(n, unit), granularity: 'set', type: 'SET', anchor: 'absolute' }
      },
    },
    {
      name: 'set-frequency',
      pattern: re(`\\b(?:(?<freq>once|twice|thrice|${NUMBER}\\s+times)\\s+(?:a|an|per|each)|per)\\s+(?<unit>year|month|week|day|hour|annum)\\b`),
      build: (m) => {
        const word = (m.groups?.unit ?? '').toLowerCase()
        const unit = word === 'annum' ? 'year' : unitOf(word)
        return unit === undefined ? undefined : { value: durationValue(1, unit), granularity: 'set', type: 'SET', anchor: 'absolute' }
      },
    },
    {
      name: 'set-adverb',
      pattern: re('\\b(?<w>daily|weekly|monthly|annually|yearly|quarterly|hourly|nightly)\\b'),
      build: (m, env) => {
        // "its quarterly dividend", "average daily volume": before a noun it describes the noun, not a recurrence.
        const next = wordAfter(env.text, m.index + m[0].length)
        const nextPos = env.posAt(env.text.indexOf(next, m.index + m[0].length))
        if (next !== '' && (nextPos === 'NOUN' || nextPos === 'PROPN')) return undefined
        const value = { daily: 'P1D', nightly: 'P1D', weekly: 'P1W', monthly: 'P1M', annually: 'P1Y', yearly: 'P1Y', quarterly: 'P3M', hourly: 'PT1H' }[
          (m.groups?.w ?? '').toLowerCase()
        ]
        return value === undefined ? undefined : { value, granularity: 'set', type: 'SET', anchor: 'absolute' }
      },
    },
    {
      // "at 14:30", "10:30 GMT", "by 1200 GMT": 24-hour clock times; a four-digit time needs its zone.
      name: 'clock-24',
      pattern: re(`\\b(?:(?<h>[01]?\\d|2[0-3]):(?<mi>[0-5]\\d)(?:\\s*(?<tz>${ZONE}))?|(?<hh>[01]\\d|2[0-3])(?<mm>[0-5]\\d)\\s*(?<tz2>${ZONE}))\\b(?![:.]\\d)`, 'gd'),
      build: (m, env) => {
        if (m.groups?.h !== undefined && m.groups.tz === undefined && !/^(?:at|by|until|till|before|after|from|around|about|since)$/.test(wordBefore(env.text, m.index))) {
          return undefined
        }
        const hour = Number(m.groups?.h ?? m.groups?.hh)
        const minute = Number(m.groups?.mi ?? m.groups?.mm)
        const day = env.reference === undefined ? 'XXXX-XX-XX' : formatDay(env.reference)
        return { value: `${day}T${pad(hour, 2)}:${pad(minute, 2)}`, granularity: 'time', type: 'TIME', anchor: env.reference === undefined ? 'none' : 'published' }
      },
    },
    {
      name: 'clock-time',
      pattern: re('\\b(?:(?<h>\\d{1,2})(?::(?<mi>\\d{2}))?\\s*(?<ap>a\\.m\\.|p\\.m\\.|am\\b|pm\\b)|(?<named>noon|midnight))(?:\\s+(?:EST|EDT|GMT|UTC|PST|PDT|CST|CDT|BST|CET))?'),
      build: (m, env) => {
        const named = m.groups?.named
        if (named !== undefined && (isCapitalized(named) || wordBefore(env.text, m.index) === 'high')) return undefined
        let hour = Number(m.groups?.h ?? (named?.toLowerCase() === 'noon' ? 12 : 24))
        const minute = Number(m.groups?.mi ?? 0)
        const ap = (m.groups?.ap ?? '').toLowerCase()
        if (hour > 12 || minute > 59 || (m.groups?.named === undefined && hour === 0)) return undefined
        if (ap.startsWith('p') && hour < 12) hour += 12
        if (ap.startsWith('a') && hour === 12) hour = 0
        const day = env.reference === undefined ? 'XXXX-XX-XX' : formatDay(env.reference)
        return {
          value: `${day}T${pad(hour, 2)}:${pad(minute, 2)}`,
          granularity: 'time',
          type: 'TIME',
          anchor: env.reference === undefined ? 'none' : 'published',
          // Trailing abbreviation dots belong to "a.m." but not to the sentence.
          end: m.index + m[0].length,
        }
      },
    },
  ]

  /** Month and day with no year: resolved against the publication date and the tense. */
  function monthDay(m: RegExpExecArray, env: RuleEnv): Built | undefined {
    const month = monthOf(monthName(m))
    const day = Number(m.groups?.d)
    if (month === undefined || !isCapitalized(monthName(m)) || !isRealDay({ year: 2000, month, day })) return undefined
    if (env.reference === undefined) return { value: unanchored('day', month, day), granularity: 'day', type: 'DATE', anchor: 'none' }
    const resolved = resolveMonthDay(month, day, env.reference, env.tenseAt(m.index, m.index + m[0].length))
    return resolved === undefined ? undefined : { value: formatDay(resolved), granularity: 'day', type: 'DATE', anchor: 'published' }
  }
}

/** Turns `YYYY-MM-DD` back into a day. */
function parseShifted(value: string): Day {
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
