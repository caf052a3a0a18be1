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

/** Number of days in a month. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** Days since 1970-01-01. */
export function toEpochDay(day: Day): number {
  return Math.round(Date.UTC(day.year, day.month - 1, day.day) / MS_PER_DAY)
}

/** The day `epochDay` days after 1970-01-01. */
export function fromEpochDay(epochDay: number): Day {
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
