// Date rules for calendar names: ISO and written dates, months, fiscal, spoken and bare years, decades, centuries.
import { formatMonth, pad } from './calendar.js'
import { resolveMonthYear } from './resolve.js'
import { isCapitalized, unanchored, wordAfter, wordBefore, type DateRule, type RuleKit } from './rule-kit.js'
import { DIGIT_STARTS, makeLeads, makeTriggers } from './triggers.js'

/** Rules for dates named on the calendar: ISO dates, month and day, months, years, decades, centuries. */
export function createCalendarRules(kit: RuleKit): DateRule[] {
  const {
    leads,
    triggers,
    DECADE_WORDS,
    FULL_MONTH,
    MONTH,
    ONES,
    ORDINAL,
    TEENS,
    TENS,
    WEEKDAY,
    absoluteDay,
    ambiguous,
    isYear,
    monthCues,
    monthDay,
    monthName,
    monthOf,
    numberWord,
    ordinal,
    re,
    relationOf,
    yearBlockers,
    yearCues,
  } = kit
  return [
    {
      name: 'iso-date',
      leads: makeLeads(DIGIT_STARTS),
      pattern: re('\\b(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})\\b'),
      build: (m) => absoluteDay(Number(m.groups?.y), Number(m.groups?.m), Number(m.groups?.d)),
    },
    {
      name: 'month-day-year',
      leads: makeLeads(leads.month),
      triggers: makeTriggers(triggers.month),
      pattern: re(`\\b(?<mon>${MONTH})\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?(?:\\s*,\\s*|\\s+)(?<y>\\d{4})\\b`),
      build: (m) =>
        isCapitalized(monthName(m))
          ? absoluteDay(Number(m.groups?.y), monthOf(monthName(m)), Number(m.groups?.d))
          : undefined,
    },
    {
      name: 'day-month-year',
      leads: makeLeads(DIGIT_STARTS),
      triggers: makeTriggers(triggers.month),
      pattern: re(
        `\\b(?<d>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<mon>${MONTH})\\s*,?\\s+(?<y>\\d{4})\\b`,
      ),
      build: (m) =>
        isCapitalized(monthName(m))
          ? absoluteDay(Number(m.groups?.y), monthOf(monthName(m)), Number(m.groups?.d))
          : undefined,
    },
    {
      // "Monday, Oct. 12" and "Friday, Oct. 9, 1998": the weekday only confirms the date.
      name: 'weekday-month-day',
      leads: makeLeads(leads.weekday),
      triggers: makeTriggers(triggers.weekday, triggers.month),
      pattern: re(
        `\\b(?<wd>${WEEKDAY}),?\\s+(?<mon>${MONTH})\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?(?:(?:\\s*,\\s*|\\s+)(?<y>\\d{4}))?\\b`,
      ),
      build: (m, env) => {
        if (!isCapitalized(m.groups?.wd ?? '')) return undefined
        if (m.groups?.y !== undefined)
          return absoluteDay(Number(m.groups.y), monthOf(monthName(m)), Number(m.groups.d))
        return monthDay(m, env)
      },
    },
    {
      name: 'month-year',
      leads: makeLeads(leads.month),
      triggers: makeTriggers(triggers.month),
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
      leads: makeLeads(leads.month),
      triggers: makeTriggers(triggers.month),
      pattern: re(`\\b(?<mon>${MONTH})\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?\\b(?![.,:]?\\d)`),
      build: (m, env) => monthDay(m, env),
    },
    {
      // "April 24 and 25", "May 6-7": the second day of a pair, resolved like the first.
      name: 'month-day-second',
      leads: makeLeads(DIGIT_STARTS),
      triggers: makeTriggers(triggers.month),
      pattern: re(
        `(?<=\\b(?<mon>${MONTH})\\s+\\d{1,2}(?:st|nd|rd|th)?\\s*(?:and|to|through|-|–)\\s*)(?<d>\\d{1,2})(?:st|nd|rd|th)?\\b(?![.,:]?\\d)`,
      ),
      build: (m, env) => monthDay(m, env),
    },
    {
      name: 'day-month',
      leads: makeLeads(DIGIT_STARTS),
      triggers: makeTriggers(triggers.month),
      pattern: re(`\\b(?<d>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<mon>${MONTH})(?![\\p{L}])`, 'giu'),
      build: (m, env) => monthDay(m, env),
    },
    {
      name: 'month',
      leads: makeLeads(['last', 'next', 'this', 'past', 'coming'], leads.fullMonth),
      triggers: makeTriggers(triggers.fullMonth),
      pattern: re(`\\b(?:(?<rel>last|next|this|past|coming)\\s+)?(?<mon>${FULL_MONTH})\\b`),
      build: (m, env) => {
        const name = monthName(m)
        // Most matches are the modal "may": rejected before any look-up.
        if (!isCapitalized(name)) return undefined
        const month = monthOf(name)
        // The month name ends the match.
        const start = m.index + m[0].length - name.length
        if (month === undefined) return undefined
        const pos = env.posAt(start)
        if (pos === 'AUX' || pos === 'VERB') return undefined
        const relation = relationOf(m.groups?.rel)
        if (
          relation === undefined &&
          ambiguous.has(name.toLowerCase()) &&
          !monthCues.has(wordBefore(env.text, start))
        )
          return undefined
        if (env.reference === undefined)
          return { value: unanchored('month', month), granularity: 'month', type: 'DATE', anchor: 'none' }
        // "February this year": the year phrase after the month fixes the year.
        const yearPhrase = /^\s+(?:of\s+)?(this|last|next)\s+year\b/i.exec(
          env.text.slice(m.index + m[0].length, m.index + m[0].length + 20),
        )
        if (yearPhrase !== null && relation === undefined) {
          const shift = { this: 0, last: -1, next: 1 }[(yearPhrase[1] ?? '').toLowerCase()] ?? 0
          return {
            value: formatMonth(env.reference.year + shift, month),
            granularity: 'month',
            type: 'DATE',
            anchor: 'published',
          }
        }
        const year = resolveMonthYear(
          month,
          env.reference,
          env.tenseAt(m.index, m.index + m[0].length),
          relation,
        )
        return { value: formatMonth(year, month), granularity: 'month', type: 'DATE', anchor: 'published' }
      },
    },
    {
      name: 'fiscal-year',
      leads: makeLeads(['fiscal', 'fy']),
      triggers: makeTriggers(['fiscal', 'fy']),
      pattern: re(`\\b(?:fiscal(?:\\s+year)?\\s*|FY\\s*)'?(?<y>\\d{4}|\\d{2})\\b(?![.,]\\d)`),
      build: (m, env) => {
        const digits = m.groups?.y ?? ''
        let year = Number(digits)
        if (digits.length === 2) {
          const century = Math.floor((env.reference?.year ?? 2000) / 100) * 100
          year = century + year > (env.reference?.year ?? 2000) + 10 ? century - 100 + year : century + year
        }
        return isYear(year)
          ? { value: pad(year, 4), granularity: 'year', type: 'DATE', anchor: 'absolute' }
          : undefined
      },
    },
    {
      name: 'year',
      leads: makeLeads(DIGIT_STARTS),
      pattern: re(
        '(?<![\\p{L}\\p{N}$€£¥.,/]|\\d-)(?<y>\\d{4})(?![\\p{L}\\p{N}%]|[.,]\\d|-\\d|\\s*(?:%|percent|per\\s+cent))',
        'gu',
      ),
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
      leads: makeLeads(['the', 'nineteen', 'twenty', 'two']),
      triggers: makeTriggers(['nineteen', 'twenty', 'thousand']),
      pattern: re(
        `\\b(?:the\\s+year\\s+)?(?:(?<hi>nineteen|twenty)[\\s-]+(?<tens>${TENS})(?:[\\s-]+(?<ones>${ONES}))?|two\\s+thousand(?:\\s+and\\s+(?<small>${ONES}|${TEENS}))?)\\b`,
      ),
      build: (m) => {
        const word = (w: string | undefined): number => numberWord.get((w ?? '').toLowerCase()) ?? 0
        const year =
          m.groups?.hi === undefined
            ? 2000 + word(m.groups?.small)
            : word(m.groups.hi) * 100 + word(m.groups.tens) + word(m.groups.ones)
        return isYear(year)
          ? { value: pad(year, 4), granularity: 'year', type: 'DATE', anchor: 'absolute' }
          : undefined
      },
    },
    {
      name: 'decade-word',
      leads: makeLeads(['the']),
      triggers: makeTriggers(['the'], triggers.decade),
      pattern: re(`\\bthe\\s+(?<w>${DECADE_WORDS})\\b`),
      build: (m, env) => {
        const tens = numberWord.get((m.groups?.w ?? '').toLowerCase().replace(/ies$/, 'y'))
        if (tens === undefined) return undefined
        const century =
          Math.floor((env.reference?.year ?? 1999) / 100) -
          (tens * 1 > (env.reference?.year ?? 1999) % 100 ? 1 : 0)
        return {
          value: pad(century * 10 + tens / 10, 3),
          granularity: 'decade',
          type: 'DATE',
          anchor: 'published',
        }
      },
    },
    {
      name: 'the-year',
      leads: makeLeads(['the']),
      triggers: makeTriggers(['the'], ['year']),
      pattern: re(
        '\\bthe\\s+(?:(?<mod>full|current|calendar|entire|whole|same)\\s+)?(?:fiscal\\s+)?year\\b(?!\\s+(?:ago|earlier|before|after|later|of|when|in\\s+which|that|\\d))',
      ),
      build: (m, env) => {
        const mod = (m.groups?.mod ?? '').toLowerCase()
        // A bare "the year" is a date only after a preposition ("earlier in the year", "for the year").
        if (
          mod === '' &&
          !/^(?:for|in|during|of|through|throughout|over|into|since)$/.test(wordBefore(env.text, m.index))
        )
          return undefined
        if (mod === 'same') return undefined
        if (env.reference === undefined)
          return { value: 'XXXX', granularity: 'year', type: 'DATE', anchor: 'none' }
        return { value: pad(env.reference.year, 4), granularity: 'year', type: 'DATE', anchor: 'published' }
      },
    },
    {
      name: 'year-end',
      leads: makeLeads(['the', 'year']),
      triggers: makeTriggers(['year'], ['end']),
      pattern: re("\\b(?:the\\s+)?(?:year[\\s-]end|year's\\s+end)\\b"),
      build: (_m, env) => {
        if (env.reference === undefined)
          return { value: 'XXXX', granularity: 'year', type: 'DATE', anchor: 'none' }
        return { value: pad(env.reference.year, 4), granularity: 'year', type: 'DATE', anchor: 'published' }
      },
    },
    {
      name: 'year-period',
      leads: makeLeads(['the']),
      triggers: makeTriggers(['the'], ['quarter', 'period']),
      pattern: re('\\bthe\\s+(?<y>1\\d{3}|20\\d{2})\\s+(?:quarter|period)\\b'),
      build: (m) => {
        const year = Number(m.groups?.y)
        return isYear(year)
          ? { value: pad(year, 4), granularity: 'year', type: 'DATE', anchor: 'absolute' }
          : undefined
      },
    },
    {
      name: 'decade',
      pattern: re(`(?<![\\p{L}\\p{N}'])(?:(?<full>1\\d{2}|20\\d)0'?s|'(?<short>\\d)0s)\\b`, 'giu'),
      build: (m, env) => {
        if (m.groups?.full !== undefined)
          return { value: m.groups.full, granularity: 'decade', type: 'DATE', anchor: 'absolute' }
        const digit = Number(m.groups?.short)
        const referenceYear = env.reference?.year ?? 2000
        const century = Math.floor(referenceYear / 100)
        const decade = digit * 10 <= referenceYear % 100 ? century * 10 + digit : (century - 1) * 10 + digit
        return {
          value: pad(decade, 3),
          granularity: 'decade',
          type: 'DATE',
          anchor: env.reference === undefined ? 'none' : 'published',
        }
      },
    },
    {
      name: 'century',
      leads: makeLeads(['the'], leads.ordinal, DIGIT_STARTS),
      triggers: makeTriggers(['century']),
      pattern: re(`\\b(?:the\\s+)?(?<n>\\d{1,2}(?:st|nd|rd|th)|${ORDINAL})[\\s-]+century\\b`),
      build: (m) => {
        const raw = (m.groups?.n ?? '').toLowerCase()
        const n = /^\d/.test(raw) ? Number.parseInt(raw, 10) : ordinal.get(raw)
        return n === undefined || n < 1
          ? undefined
          : { value: pad(n - 1, 2), granularity: 'century', type: 'DATE', anchor: 'absolute' }
      },
    },
  ]
}
