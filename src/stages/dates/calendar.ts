// Calendar arithmetic on plain days: shifting, ISO weeks, quarters and TIMEX3 value formatting.

/** A calendar day (proleptic Gregorian, 1-based month and day). */
export interface Day {
  readonly year: number
  readonly month: number
  readonly day: number
}

const MS_PER_DAY = 86_400_000

/** Pads a number with leading zeros to `width` digits. */
export function pad(value: number, width: number): string {
  // Months, days and four-digit years (almost every call) need no padStart.
  if (width === 2 && value >= 0 && value < 10 && Number.isInteger(value)) return `0${value}`
  if (value >= 10 ** (width - 1) && value < 10 ** width && Number.isInteger(value)) return String(value)
  return String(value).padStart(width, '0')
}

/** Parses `YYYY-MM-DD`; undefined when malformed or not a real day. */
export function parseDay(text: string): Day | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text)
  if (match === null) return undefined
  const day = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) }
  return isRealDay(day) ? day : undefined
}

/** Returns whether year, month and day name an existing day. */
export function isRealDay(day: Day): boolean {
  return day.month >= 1 && day.month <= 12 && day.day >= 1 && day.day <= daysInMonth(day.year, day.month)
}

/** Days in each month of a common year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/**
 * Whether integer arithmetic gives what `Date` gives for this year: a safe integer well inside `Date`'s range
 * and not 0-99, which `Date.UTC` reads as 1900-1999.
 */
function isPlainYear(year: number): boolean {
  return Number.isInteger(year) && (year < 0 || year > 99) && Math.abs(year) < 200_000
}

/** Whether a proleptic Gregorian year is a leap year. */
function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

/** Days from 1970-01-01 to the first of a month (1-12) of a year, in integers (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5)
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146_097 + dayOfEra - 719_468
}

/** Number of days in a month. */
export function daysInMonth(year: number, month: number): number {
  // Integer arithmetic for real months of ordinary years (every call from the rules); `Date` for the rest.
  if (isPlainYear(year) && Number.isInteger(month) && month >= 1 && month <= 12) {
    return month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] ?? 31)
  }
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** Days since 1970-01-01. */
export function toEpochDay(day: Day): number {
  const { year, month } = day
  if (isPlainYear(year) && Number.isInteger(month) && Number.isInteger(day.day) && Math.abs(month) < 10_000 && Math.abs(day.day) < 1_000_000) {
    // `Date.UTC` rolls months past December and days past a month's end over: so does this.
    const monthIndex = month - 1
    const fullYear = year + Math.floor(monthIndex / 12)
    if (isPlainYear(fullYear)) return daysFromCivil(fullYear, monthIndex - Math.floor(monthIndex / 12) * 12 + 1) + day.day - 1
  }
  return Math.round(Date.UTC(day.year, day.month - 1, day.day) / MS_PER_DAY)
}

/** The day `epochDay` days after 1970-01-01. */
export function fromEpochDay(epochDay: number): Day {
  if (Number.isInteger(epochDay) && Math.abs(epochDay) < 70_000_000) {
    // H. Hinnant's civil_from_days.
    const z = epochDay + 719_468
    const era = Math.floor(z / 146_097)
    const dayOfEra = z - era * 146_097
    const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365)
    const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100))
    const shifted = Math.floor((5 * dayOfYear + 2) / 153)
    const month = shifted < 10 ? shifted + 3 : shifted - 9
    return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day: dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1 }
  }
  const date = new Date(epochDay * MS_PER_DAY)
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }
}

/** Shifts a day by `days` (negative goes back). */
export function addDays(day: Day, days: number): Day {
  return fromEpochDay(toEpochDay(day) + days)
}

/** Shifts a month by `months`, returning the year and month. */
export function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months
  return { year: Math.floor(index / 12), month: (index % 12) + 1 }
}

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export function weekdayOf(day: Day): number {
  const epochDay = toEpochDay(day)
  // 1970-01-01 was a Thursday (4).
  if (Number.isInteger(epochDay)) return ((((epochDay + 3) % 7) + 7) % 7) + 1
  const weekday = new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay()
  return weekday === 0 ? 7 : weekday
}

/** The ISO 8601 week (and its week-year) holding a day. */
export function isoWeek(day: Day): { year: number; week: number } {
  const thursday = addDays(day, 4 - weekdayOf(day))
  const firstOfYear = toEpochDay({ year: thursday.year, month: 1, day: 1 })
  return { year: thursday.year, week: Math.floor((toEpochDay(thursday) - firstOfYear) / 7) + 1 }
}

/** The quarter (1-4) of a month. */
export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1
}

/** Formats a day as `YYYY-MM-DD`. */
export function formatDay(day: Day): string {
  return `${pad(day.year, 4)}-${pad(day.month, 2)}-${pad(day.day, 2)}`
}

/** Formats a month as `YYYY-MM`. */
export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}`
}

/** Formats the ISO week holding a day as `YYYY-Www`. */
export function formatWeek(day: Day): string {
  const { year, week } = isoWeek(day)
  return `${pad(year, 4)}-W${pad(week, 2)}`
}

/** The n-th (1-based) given ISO weekday of a month, e.g. the fourth Thursday of November. */
export function nthWeekdayOfMonth(year: number, month: number, weekday: number, nth: number): Day {
  const first = { year, month, day: 1 }
  const offset = (weekday - weekdayOf(first) + 7) % 7
  return { year, month, day: 1 + offset + (nth - 1) * 7 }
}
