// Resolves partial dates (a month and day, a weekday, a month, a unit shift) against a reference day and a tense.
import {
  addDays,
  addMonths,
  formatDay,
  formatMonth,
  formatWeek,
  isRealDay,
  pad,
  quarterOf,
  toEpochDay,
  weekdayOf,
  type Day,
} from './calendar.js'
import type { DateUnit } from './lexicon.js'
import type { Tense } from './tense.js'

/** A direction a relative word gives: `last` (before), `next` (after), `this` (the current one). */
export type Relation = 'last' | 'next' | 'this'

/**
 * The year for a month-and-day with no year: of the candidates one year around the reference, the
 * nearest that fits the tense (past tense: not after the reference; future: not before it).
 */
export function resolveMonthDay(month: number, day: number, reference: Day, tense: Tense): Day | undefined {
  const at = toEpochDay(reference)
  // The nearest real day one year around the reference, among those that fit the tense when any do;
  // ties go to the earlier year, as a stable sort of the years in order gave.
  let best: Day | undefined
  let bestDistance = Infinity
  let bestFits = false
  for (let year = reference.year - 1; year <= reference.year + 1; year++) {
    const candidate = { year, month, day }
    if (!isRealDay(candidate)) continue
    const epochDay = toEpochDay(candidate)
    // Slack: a past-tense clause often names a deadline a few weeks ahead ("extended the offer to Nov. 16"),
    // and a tense misread must not move a date by a year.
    const isFitting = tense === 'past' ? epochDay <= at + 60 : tense === 'future' ? epochDay >= at - 14 : true
    // Without a tense, news leans to the past: a date ahead must be a month nearer to win.
    const days = epochDay - at
    const d = days > 0 && tense !== 'future' ? days + 30 : Math.abs(days)
    if ((isFitting && !bestFits) || (isFitting === bestFits && d < bestDistance)) {
      best = candidate
      bestDistance = d
      bestFits = isFitting
    }
  }
  return best
}

/**
 * The year for a month name with no year, from a relative word or else the tense: past tense looks back
 * unless the month is at most a quarter ahead, future looks ahead unless it is the month just gone,
 * otherwise the nearest occurrence wins.
 */
export function resolveMonthYear(month: number, reference: Day, tense: Tense, relation?: Relation): number {
  if (relation === 'this') return reference.year
  if (relation === 'last') return month < reference.month ? reference.year : reference.year - 1
  if (relation === 'next') return month > reference.month ? reference.year : reference.year + 1
  const ahead = (month - reference.month + 12) % 12
  const back = (reference.month - month + 12) % 12
  const yearAhead = month >= reference.month ? reference.year : reference.year + 1
  const yearBack = month <= reference.month ? reference.year : reference.year - 1
  if (tense === 'past') return ahead <= 3 && ahead < back ? yearAhead : yearBack
  if (tense === 'future') return back <= 1 && back < ahead ? yearBack : yearAhead
  return ahead < back ? yearAhead : yearBack
}

/** The day a weekday name points to: future tense looks ahead up to six days; anything else looks back (news reports the past). */
export function resolveWeekday(weekday: number, reference: Day, tense: Tense, relation?: Relation): Day {
  const current = weekdayOf(reference)
  const back = (current - weekday + 7) % 7
  const ahead = (weekday - current + 7) % 7
  if (relation === 'last') return addDays(reference, -(back === 0 ? 7 : back))
  if (relation === 'next') return addDays(reference, ahead === 0 ? 7 : ahead)
  if (relation === 'this') return addDays(reference, weekday - current)
  return tense === 'future' ? addDays(reference, ahead) : addDays(reference, -back)
}

/** The day `weeks` whole weeks away that falls on a Saturday, for weekend values. */
function weekendValue(day: Day): string {
  return `${formatWeek(addDays(day, 6 - weekdayOf(day)))}-WE`
}

/** The value and granularity of the unit `shift` steps away from the reference ("last month" is -1). */
export function shiftUnit(
  reference: Day,
  unit: DateUnit,
  shift: number,
): { value: string; granularity: string } | undefined {
  switch (unit) {
    case 'century':
      return { value: pad(Math.floor(reference.year / 100) + shift, 2), granularity: 'century' }
    case 'decade':
      return { value: pad(Math.floor(reference.year / 10) + shift, 3), granularity: 'decade' }
    case 'year':
      return { value: pad(reference.year + shift, 4), granularity: 'year' }
    case 'quarter': {
      const index = reference.year * 4 + quarterOf(reference.month) - 1 + shift
      return { value: `${pad(Math.floor(index / 4), 4)}-Q${(index % 4) + 1}`, granularity: 'quarter' }
    }
    case 'month': {
      const { year, month } = addMonths(reference.year, reference.month, shift)
      return { value: formatMonth(year, month), granularity: 'month' }
    }
    case 'week':
      return { value: formatWeek(addDays(reference, 7 * shift)), granularity: 'week' }
    case 'weekend':
      return { value: weekendValue(addDays(reference, 7 * shift)), granularity: 'week' }
    case 'day':
      return { value: formatDay(addDays(reference, shift)), granularity: 'day' }
    default:
      return undefined
  }
}

/** The weekend meant by "the weekend": the last one in past tense (this one when it is the weekend). */
export function resolveWeekend(reference: Day, tense: Tense): string {
  const weekday = weekdayOf(reference)
  if (tense === 'future' || weekday >= 6) return weekendValue(reference)
  return weekendValue(addDays(reference, -7))
}

/** The year of a season with a relative word: "last summer" is the latest summer that has ended. */
export function resolveSeasonYear(season: string, reference: Day, relation?: Relation): number {
  const startMonth: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 }
  const start = startMonth[season] ?? 1
  const toIndex = (year: number, month: number): number => year * 12 + month - 1
  const now = toIndex(reference.year, reference.month)
  if (relation === 'last') {
    let year = reference.year
    while (toIndex(year, start) + 3 > now) year--
    return year
  }
  if (relation === 'next') {
    let year = reference.year
    while (toIndex(year, start) <= now) year++
    return year
  }
  // Early in the year, "this winter" is the one that began last December.
  if (season === 'WI' && reference.month <= 2) return reference.year - 1
  return reference.year
}
