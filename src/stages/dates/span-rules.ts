// Date rules for durations ("for two years"), sets ("every week", "four flights a week") and clock times.
import { formatDay, pad } from './calendar.js'
import {
  durationValue,
  isCapitalized,
  leadingWordAndSpace,
  wordAfter,
  wordBefore,
  type Built,
  type DateRule,
  type RuleEnv,
  type RuleKit,
} from './rule-kit.js'
import { DIGIT_STARTS, makeLeads, makeTriggers } from './triggers.js'

/** A clock time on the publication day (`XXXX-XX-XX` when there is none). */
function clockTime(env: RuleEnv, hour: number, minute: number): Built {
  const day = env.reference === undefined ? 'XXXX-XX-XX' : formatDay(env.reference)
  return {
    value: `${day}T${pad(hour, 2)}:${pad(minute, 2)}`,
    granularity: 'time',
    type: 'TIME',
    anchor: env.reference === undefined ? 'none' : 'published',
  }
}

/** Rules for durations, sets and clock times. */
export function createSpanRules(kit: RuleKit): DateRule[] {
  const { leads, triggers, NUMBER, UNIT, WEEKDAY, ZONE, numberOf, re, unitOf, vague, weekdayNumber } = kit
  return [
    {
      name: 'set-rate',
      leads: makeLeads(['a', 'an', 'per']),
      triggers: makeTriggers(['a', 'an', 'per'], ['year', 'month', 'week', 'day', 'hour']),
      pattern: re('\\b(?:a|an|per)\\s+(?<unit>year|month|week|day|hour)\\b'),
      build: (m, env) => {
        const unit = unitOf(m.groups?.unit ?? '')
        if (unit === undefined) return undefined
        // "four flights a week", "$33 million a year": a count before it makes a rate.
        const before = env.text.slice(Math.max(0, m.index - 40), m.index)
        const clause = before.slice(
          Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('.')) + 1,
        )
        if (!/(?:\d|\b(?:hundreds?|thousands?|millions?|billions?|dozens?|once|twice)\b)/i.test(clause))
          return undefined
        if (
          /^(?:for|in|within|about|after|over|than|only|just|nearly|almost|least|of|under|barely)$/.test(
            wordBefore(env.text, m.index),
          )
        )
          return undefined
        return { value: durationValue(1, unit), granularity: 'set', type: 'SET', anchor: 'absolute' }
      },
    },
    {
      name: 'duration',
      leads: makeLeads(['the', 'past', 'last', 'next', 'coming', 'first', 'previous', 'final', 'following', 'other'], leads.number, DIGIT_STARTS),
      triggers: makeTriggers(triggers.unit),
      pattern: re(
        `\\b(?:the\\s+)?(?:(?:past|last|next|coming|first|previous|final|following|other)\\s+)?(?<n>${NUMBER})(?<half>\\s+1/2|\\s+and\\s+a\\s+half)?(?:\\s*(?:-|to|or)\\s*${NUMBER})?(?:\\s+more)?(?:\\s+|-)(?<unit>${UNIT})\\b(?![-\\s]old\\b)`,
      ),
      build: (m, env) => {
        const unit = unitOf(m.groups?.unit ?? '')
        const raw = (m.groups?.n ?? '').toLowerCase().replace(/\s+/g, ' ')
        if (unit === undefined) return undefined
        // In "talks could last several weeks" the "last" is the verb, not part of the duration.
        const verbPos = env.posAt(m.index)
        const isVerb =
          /^last\b/i.test(m[0]) &&
          (verbPos === 'VERB' ||
            verbPos === 'AUX' ||
            /\b(?:could|would|will|may|might|can|should|must|to|did|does|do|'ll)\s+$/i.test(
              env.text.slice(Math.max(0, m.index - 12), m.index),
            ))
        // The count starts after "last" and its spaces.
        const start = isVerb ? m.index + leadingWordAndSpace(m[0]) : undefined
        const count = numberOf(raw)
        // "2 1/2 years", "two and a half hours"
        const n = vague.has(raw)
          ? 'X'
          : count === undefined
            ? undefined
            : count + (m.groups?.half === undefined ? 0 : 0.5)
        // "the 1988 quarter" names a year, not 1988 quarters.
        if (n === undefined || (typeof n === 'number' && n >= 1000)) return undefined
        const unitWord = m.groups?.unit ?? ''
        const rest = env.text.slice(m.index + m[0].length, m.index + m[0].length + 4)
        // "three-quarters of its food", "a second betrayal", "60 Minutes": not spans of time.
        if (unit === 'quarter' && /^\s+of\b/i.test(rest)) return undefined
        if (unit === 'second' && raw === 'a') return undefined
        if (isCapitalized(unitWord)) return undefined
        // "will one day be": a vague future, not a day-long duration.
        if (
          raw === 'one' &&
          unit === 'day' &&
          !/^(?:for|in|within|about|after|over|than|only|just|nearly|almost)$/.test(
            wordBefore(env.text, m.index),
          )
        ) {
          return { value: 'FUTURE_REF', granularity: 'unknown', type: 'DATE', anchor: 'published' }
        }
        return {
          value: durationValue(n, unit),
          granularity: 'duration',
          type: 'DURATION',
          anchor: 'absolute',
          ...(start === undefined ? {} : { start }),
        }
      },
    },
    {
      name: 'set-every',
      leads: makeLeads(['every', 'each']),
      triggers: makeTriggers(['every', 'each']),
      pattern: re(`\\b(?:every|each)\\s+(?:(?<n>other|${NUMBER})\\s+)?(?<unit>${UNIT}|${WEEKDAY})\\b`),
      build: (m) => {
        const word = (m.groups?.unit ?? '').toLowerCase()
        const weekday = weekdayNumber.get(word)
        if (weekday !== undefined)
          return { value: `XXXX-WXX-${weekday}`, granularity: 'set', type: 'SET', anchor: 'absolute' }
        const unit = unitOf(word)
        const raw = (m.groups?.n ?? '').toLowerCase()
        const n = raw === '' ? 1 : raw === 'other' ? 2 : numberOf(raw)
        if (unit === undefined || n === undefined) return undefined
        return { value: durationValue(n, unit), granularity: 'set', type: 'SET', anchor: 'absolute' }
      },
    },
    {
      name: 'set-frequency',
      leads: makeLeads(['once', 'twice', 'thrice', 'per'], leads.number, DIGIT_STARTS),
      triggers: makeTriggers(['a', 'an', 'per', 'each'], ['year', 'month', 'week', 'day', 'hour', 'annum']),
      pattern: re(
        `\\b(?:(?<freq>once|twice|thrice|${NUMBER}\\s+times)\\s+(?:a|an|per|each)|per)\\s+(?<unit>year|month|week|day|hour|annum)\\b`,
      ),
      build: (m) => {
        const word = (m.groups?.unit ?? '').toLowerCase()
        const unit = word === 'annum' ? 'year' : unitOf(word)
        return unit === undefined
          ? undefined
          : { value: durationValue(1, unit), granularity: 'set', type: 'SET', anchor: 'absolute' }
      },
    },
    {
      name: 'set-adverb',
      leads: makeLeads(['daily', 'weekly', 'monthly', 'annually', 'yearly', 'quarterly', 'hourly', 'nightly']),
      triggers: makeTriggers(['daily', 'weekly', 'monthly', 'annually', 'yearly', 'quarterly', 'hourly', 'nightly']),
      pattern: re('\\b(?<w>daily|weekly|monthly|annually|yearly|quarterly|hourly|nightly)\\b'),
      build: (m, env) => {
        // "its quarterly dividend", "average daily volume": before a noun it describes the noun, not a recurrence.
        const next = wordAfter(env.text, m.index + m[0].length)
        const nextPos = env.posAt(env.text.indexOf(next, m.index + m[0].length))
        if (next !== '' && (nextPos === 'NOUN' || nextPos === 'PROPN')) return undefined
        const value = {
          daily: 'P1D',
          nightly: 'P1D',
          weekly: 'P1W',
          monthly: 'P1M',
          annually: 'P1Y',
          yearly: 'P1Y',
          quarterly: 'P3M',
          hourly: 'PT1H',
        }[(m.groups?.w ?? '').toLowerCase()]
        return value === undefined
          ? undefined
          : { value, granularity: 'set', type: 'SET', anchor: 'absolute' }
      },
    },
    {
      // "at 14:30", "10:30 GMT", "by 1200 GMT": 24-hour clock times; a four-digit time needs its zone.
      name: 'clock-24',
      leads: makeLeads(DIGIT_STARTS),
      pattern: re(
        `\\b(?:(?<h>[01]?\\d|2[0-3]):(?<mi>[0-5]\\d)(?:\\s*(?<tz>${ZONE}))?|(?<hh>[01]\\d|2[0-3])(?<mm>[0-5]\\d)\\s*(?<tz2>${ZONE}))\\b(?![:.]\\d)`,
        'g',
      ),
      build: (m, env) => {
        if (
          m.groups?.h !== undefined &&
          m.groups.tz === undefined &&
          !/^(?:at|by|until|till|before|after|from|around|about|since)$/.test(wordBefore(env.text, m.index))
        ) {
          return undefined
        }
        const hour = Number(m.groups?.h ?? m.groups?.hh)
        const minute = Number(m.groups?.mi ?? m.groups?.mm)
        return clockTime(env, hour, minute)
      },
    },
    {
      name: 'clock-time',
      // A digit, maybe minutes, then am/pm (the last digit before it), or a named hour.
      prechecks: [/\d\s*[ap]\.?m\b|noon|midnight/i],
      pattern: re(
        '\\b(?:(?<h>\\d{1,2})(?::(?<mi>\\d{2}))?\\s*(?<ap>a\\.m\\.|p\\.m\\.|am\\b|pm\\b)|(?<named>noon|midnight))(?:\\s+(?:EST|EDT|GMT|UTC|PST|PDT|CST|CDT|BST|CET))?',
      ),
      build: (m, env) => {
        const named = m.groups?.named
        if (named !== undefined && (isCapitalized(named) || wordBefore(env.text, m.index) === 'high'))
          return undefined
        let hour = Number(m.groups?.h ?? (named?.toLowerCase() === 'noon' ? 12 : 24))
        const minute = Number(m.groups?.mi ?? 0)
        const ap = (m.groups?.ap ?? '').toLowerCase()
        if (hour > 12 || minute > 59 || (m.groups?.named === undefined && hour === 0)) return undefined
        if (ap.startsWith('p') && hour < 12) hour += 12
        if (ap.startsWith('a') && hour === 12) hour = 0
        // Trailing abbreviation dots belong to "a.m." but not to the sentence.
        return { ...clockTime(env, hour, minute), end: m.index + m[0].length }
      },
    },
  ]
}
