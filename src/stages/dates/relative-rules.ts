// Date rules for relative expressions: seasons, quarters, "last week", "the weekend", weekdays, holidays, "ago", reference words.
import type { Granularity } from '../../core/index.js'
import { formatDay, nthWeekdayOfMonth, pad, quarterOf, type Day } from './calendar.js'
import { resolveMonthDay, resolveSeasonYear, resolveWeekday, resolveWeekend, shiftUnit } from './resolve.js'
import {
  isCapitalized,
  leadingWordAndSpace,
  parseShifted,
  unanchored,
  wordAfter,
  wordBefore,
  type DateRule,
  type RuleKit,
} from './rule-kit.js'
import { DIGIT_STARTS, makeLeads, makeTriggers } from './triggers.js'

/** Rules for dates named relative to the publication date or to context: seasons, quarters, "last week", weekdays, "ago", reference words. */
export function createRelativeRules(kit: RuleKit): DateRule[] {
  const {
    leads,
    triggers,
    HOLIDAY,
    NUMBER,
    ORDINAL,
    PART,
    REFERENCE,
    SEASON,
    UNIT,
    WEEKDAY,
    dayValue,
    isYear,
    lexicon,
    monthCues,
    numberOf,
    ordinal,
    partCode,
    re,
    relationOf,
    unitOf,
    vague,
    weekdayNumber,
    weekdayTitle,
  } = kit
  return [
    {
      name: 'season',
      leads: makeLeads(['last', 'this', 'next', 'past', 'coming', 'the'], leads.season),
      triggers: makeTriggers(triggers.season),
      pattern: re(
        `\\b(?:(?<rel>last|this|next|past|coming|the)\\s+)?(?<s>${SEASON})(?:\\s+(?:of\\s+)?(?<y>\\d{4}))?\\b`,
      ),
      build: (m, env) => {
        const code = lexicon.seasons[(m.groups?.s ?? '').toLowerCase()]
        if (code === undefined) return undefined
        if (m.groups?.y !== undefined) {
          const year = Number(m.groups.y)
          return isYear(year)
            ? { value: `${pad(year, 4)}-${code}`, granularity: 'season', type: 'DATE', anchor: 'absolute' }
            : undefined
        }
        const rel = m.groups?.rel?.toLowerCase()
        if (rel === undefined && !monthCues.has(wordBefore(env.text, m.index))) return undefined
        if (env.reference === undefined)
          return { value: `XXXX-${code}`, granularity: 'season', type: 'DATE', anchor: 'none' }
        const year = resolveSeasonYear(code, env.reference, relationOf(rel))
        return { value: `${pad(year, 4)}-${code}`, granularity: 'season', type: 'DATE', anchor: 'published' }
      },
    },
    {
      name: 'quarter',
      leads: makeLeads(['the', 'this', 'last', 'next', 'current', 'latest', 'most', 'previous', 'past', 'coming'], leads.ordinal, DIGIT_STARTS),
      triggers: makeTriggers(['quarter', 'half']),
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
        if (explicit !== undefined)
          return { value: `${explicit}-${code}`, granularity, type: 'DATE', anchor: 'absolute' }
        if (env.reference === undefined)
          return { value: `XXXX-${code}`, granularity, type: 'DATE', anchor: 'none' }
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
      leads: makeLeads(['q', 'h']),
      triggers: makeTriggers(['q', 'h']),
      pattern: re('\\b(?<q>[QH])(?<n>[1-4])(?:\\s*(?<y>\\d{4}))?\\b', 'g'),
      build: (m, env) => {
        const isHalf = m.groups?.q === 'H'
        const n = Number(m.groups?.n)
        if (isHalf && n > 2) return undefined
        const granularity: Granularity = isHalf ? 'half' : 'quarter'
        const y = m.groups?.y
        if (y !== undefined)
          return { value: `${y}-${m.groups?.q}${n}`, granularity, type: 'DATE', anchor: 'absolute' }
        if (env.reference === undefined)
          return { value: `XXXX-${m.groups?.q}${n}`, granularity, type: 'DATE', anchor: 'none' }
        return {
          value: `${pad(env.reference.year, 4)}-${m.groups?.q}${n}`,
          granularity,
          type: 'DATE',
          anchor: 'published',
        }
      },
    },
    {
      name: 'relative-unit',
      leads: makeLeads(['the', 'last', 'this', 'next', 'past', 'coming', 'previous', 'current', 'present']),
      triggers: makeTriggers(['week', 'weekend', 'month', 'year', 'decade', 'century', 'quarter']),
      pattern: re(
        '\\b(?:the\\s+)?(?<rel>last|this|next|past|coming|previous|current|present)\\s+(?<unit>week|weekend|month|year|decade|century|quarter)\\b',
      ),
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
        return shifted === undefined
          ? undefined
          : { ...shifted, granularity: shifted.granularity as Granularity, type: 'DATE', anchor: 'published' }
      },
    },
    {
      // Resolved later against the last date named before it (see `applyDateContext`); placeholder here.
      name: 'context-unit',
      leads: makeLeads(['later', 'earlier', 'that', 'the']),
      triggers: makeTriggers(['year', 'month', 'week', 'day']),
      pattern: re(
        '\\b(?:(?:later|earlier)\\s+)?(?<rel>that|the\\s+same|the\\s+following|the\\s+previous|the\\s+preceding|the\\s+prior)\\s+(?<unit>year|month|week|day)\\b',
      ),
      build: (m) => {
        const unit = unitOf(m.groups?.unit ?? '')
        if (unit === undefined) return undefined
        return {
          value: unanchored(unit as Granularity),
          granularity: unit as Granularity,
          type: 'DATE',
          anchor: 'none',
        }
      },
    },
    {
      name: 'part-of-unit',
      leads: makeLeads(['the', 'very', 'end', 'beginning', 'start', 'middle', 'close', 'turn', 'rest', 'remainder']),
      triggers: makeTriggers(['end', 'beginning', 'start', 'middle', 'close', 'turn', 'rest', 'remainder'], ['week', 'month', 'year', 'decade', 'century', 'quarter']),
      pattern: re(
        '\\b(?:the\\s+)?(?:(?:very\\s+)?(?:end|beginning|start|middle|close|turn|rest|remainder))\\s+of\\s+the\\s+(?<unit>week|month|year|decade|century|quarter)\\b',
      ),
      build: (m, env) => {
        const unit = unitOf(m.groups?.unit ?? '')
        if (unit === undefined) return undefined
        if (env.reference === undefined)
          return {
            value: unanchored(unit as Granularity),
            granularity: unit as Granularity,
            type: 'DATE',
            anchor: 'none',
          }
        const shifted = shiftUnit(env.reference, unit, 0)
        return shifted === undefined
          ? undefined
          : { ...shifted, granularity: shifted.granularity as Granularity, type: 'DATE', anchor: 'published' }
      },
    },
    {
      name: 'the-weekend',
      leads: makeLeads(['the', 'weekend']),
      triggers: makeTriggers(['weekend']),
      pattern: re('\\b(?:the\\s+)?weekend\\b'),
      build: (m, env) => {
        if (!/^the\s/i.test(m[0])) return undefined
        if (env.reference === undefined)
          return { value: 'XXXX-WXX-WE', granularity: 'week', type: 'DATE', anchor: 'none' }
        return {
          value: resolveWeekend(env.reference, env.tenseAt(m.index, m.index + m[0].length)),
          granularity: 'week',
          type: 'DATE',
          anchor: 'published',
        }
      },
    },
    {
      name: 'deictic-day',
      leads: makeLeads(['the', 'yesterday', 'today', 'tomorrow', 'tonight']),
      triggers: makeTriggers(['yesterday', 'today', 'tomorrow', 'tonight']),
      pattern: re(
        `\\b(?<word>the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow|yesterday|today|tomorrow|tonight)(?:\\s+(?<part>${PART}))?\\b`,
      ),
      build: (m, env) => {
        const word = (m.groups?.word ?? '').toLowerCase().replace(/\s+/g, ' ')
        const shift =
          {
            'the day before yesterday': -2,
            yesterday: -1,
            today: 0,
            tonight: 0,
            tomorrow: 1,
            'the day after tomorrow': 2,
          }[word] ?? 0
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
      leads: makeLeads(['this', 'last']),
      triggers: makeTriggers(['this', 'last'], triggers.part),
      pattern: re(`\\b(?<rel>this|last)\\s+(?<part>${PART})\\b`),
      build: (m, env) => {
        const rel = (m.groups?.rel ?? '').toLowerCase()
        const part = (m.groups?.part ?? '').toLowerCase()
        // "last night" is yesterday's; "last morning" is not an English date.
        if (rel === 'last' && part !== 'night') return undefined
        if (env.reference === undefined)
          return {
            value: `XXXX-XX-XXT${partCode(part) ?? 'XX'}`,
            granularity: 'time',
            type: 'TIME',
            anchor: 'none',
          }
        const shifted = shiftUnit(env.reference, 'day', rel === 'last' ? -1 : 0)
        return shifted === undefined ? undefined : dayValue(parseShifted(shifted.value), part)
      },
    },
    {
      name: 'weekday',
      leads: makeLeads(['last', 'next', 'this', 'coming', 'past'], leads.weekdayOrPlural),
      triggers: makeTriggers(triggers.weekdayOrPlural),
      pattern: re(
        `\\b(?:(?<rel>last|next|this|coming|past)\\s+)?(?<wd>${WEEKDAY})(?<plural>s)?(?:,?\\s+(?<part>${PART}))?\\b`,
      ),
      build: (m, env) => {
        const name = m.groups?.wd ?? ''
        const weekday = weekdayNumber.get(name.toLowerCase())
        // The weekday follows the relation word and its spaces, if any.
        const start = m.groups?.rel === undefined ? m.index : m.index + leadingWordAndSpace(m[0])
        if (weekday === undefined || !isCapitalized(name)) return undefined
        // "the Sunday Times", "Bloody Sunday": a weekday inside a name.
        if (weekdayTitle.test(env.text.slice(m.index + m[0].length, m.index + m[0].length + 30)))
          return undefined
        const previous = /([\p{L}]+)\s+$/u.exec(env.text.slice(Math.max(0, start - 30), start))?.[1] ?? ''
        if (lexicon.weekdayPrefixBlockers.includes(previous)) return undefined
        if (m.groups?.plural !== undefined) {
          return { value: `XXXX-WXX-${weekday}`, granularity: 'set', type: 'SET', anchor: 'absolute' }
        }
        if (env.reference === undefined) {
          const isTime = partCode(m.groups?.part) !== undefined
          return isTime
            ? { value: unanchored('time'), granularity: 'time', type: 'TIME', anchor: 'none' }
            : { value: unanchored('day'), granularity: 'day', type: 'DATE', anchor: 'none' }
        }
        const day = resolveWeekday(
          weekday,
          env.reference,
          env.tenseAt(m.index, m.index + m[0].length),
          relationOf(m.groups?.rel),
        )
        return dayValue(day, m.groups?.part)
      },
    },
    {
      name: 'holiday',
      leads: makeLeads(['last', 'next', 'this'], leads.holiday),
      triggers: makeTriggers(triggers.holiday),
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
        if (explicit !== undefined)
          return { value: formatDay(dayIn(explicit)), granularity: 'day', type: 'DATE', anchor: 'absolute' }
        if (env.reference === undefined)
          return { value: 'XXXX-XX-XX', granularity: 'day', type: 'DATE', anchor: 'none' }
        const approximate = dayIn(env.reference.year)
        const resolved = resolveMonthDay(
          approximate.month,
          approximate.day,
          env.reference,
          env.tenseAt(m.index, m.index + m[0].length),
        )
        const year =
          relationOf(m.groups?.rel) === 'last'
            ? env.reference.year - 1
            : (resolved?.year ?? env.reference.year)
        return { value: formatDay(dayIn(year)), granularity: 'day', type: 'DATE', anchor: 'published' }
      },
    },
    {
      name: 'ago',
      leads: makeLeads(leads.number, DIGIT_STARTS),
      triggers: makeTriggers(['ago', 'earlier', 'later', 'before', 'now', 'hence'], triggers.unit),
      pattern: re(
        `\\b(?<n>${NUMBER})[\\s-]+(?<unit>${UNIT})\\s+(?<dir>ago|earlier|later|before|from\\s+now|hence)\\b(?<rest>[\\s,.;:)]?)`,
      ),
      build: (m, env) => {
        const unit = unitOf(m.groups?.unit ?? '')
        const dir = (m.groups?.dir ?? '').toLowerCase()
        // "two years before the war" counts from the war, not from today.
        if (dir === 'before' && m.groups?.rest === ' ') return undefined
        const end = (m.index ?? 0) + m[0].length - (m.groups?.rest?.length ?? 0)
        const raw = (m.groups?.n ?? '').toLowerCase().replace(/\s+/g, ' ')
        const isBack = dir === 'ago' || dir === 'earlier' || dir === 'before'
        if (vague.has(raw))
          return {
            value: isBack ? 'PAST_REF' : 'FUTURE_REF',
            granularity: 'unknown',
            type: 'DATE',
            anchor: 'published',
            end,
          }
        const n = numberOf(raw)
        if (unit === undefined || n === undefined || !Number.isInteger(n)) return undefined
        if (env.reference === undefined)
          return {
            value: unanchored(unit === 'weekend' ? 'week' : (unit as Granularity)),
            granularity: 'unknown',
            type: 'DATE',
            anchor: 'none',
            end,
          }
        const shifted = shiftUnit(env.reference, unit, isBack ? -n : n)
        if (shifted === undefined) return { ...dayValue(env.reference, undefined), end }
        return {
          ...shifted,
          granularity: shifted.granularity as Granularity,
          type: 'DATE',
          anchor: 'published',
          end,
        }
      },
    },
    {
      name: 'year-ago',
      leads: makeLeads(['the', 'a', 'year']),
      triggers: makeTriggers(['year'], ['ago', 'earlier']),
      pattern: re('\\b(?:the\\s+)?(?:a\\s+)?year[\\s-](?:ago|earlier)(?:\\s+(?:quarter|period))?\\b'),
      build: (_m, env) => {
        if (env.reference === undefined)
          return { value: 'XXXX', granularity: 'year', type: 'DATE', anchor: 'none' }
        return {
          value: pad(env.reference.year - 1, 4),
          granularity: 'year',
          type: 'DATE',
          anchor: 'published',
        }
      },
    },
    {
      name: 'bare-quarter',
      leads: makeLeads(['the']),
      triggers: makeTriggers(['the'], ['quarter', 'period']),
      pattern: re(
        '\\bthe\\s+(?:(?<rel>latest|most\\s+recent|past|last|current|same)\\s+)?(?:quarter|period)\\b(?!\\s+of\\b)',
      ),
      build: (m, env) => {
        const isPeriod = /period$/i.test(m[0])
        // "the period" alone is too vague; "the latest period" is a reporting quarter.
        if (isPeriod && m.groups?.rel === undefined) return undefined
        if (env.reference === undefined)
          return { value: 'XXXX-QX', granularity: 'quarter', type: 'DATE', anchor: 'none' }
        const shift = (m.groups?.rel ?? '').toLowerCase() === 'current' ? 0 : -1
        const value = shiftUnit(env.reference, 'quarter', shift)?.value
        return value === undefined
          ? undefined
          : { value, granularity: 'quarter', type: 'DATE', anchor: 'published' }
      },
    },
    {
      name: 'reference',
      leads: makeLeads(leads.reference),
      triggers: makeTriggers(triggers.reference),
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
  ]
}
