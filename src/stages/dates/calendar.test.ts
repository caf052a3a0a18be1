// Tests for calendar arithmetic: ISO weeks, month shifts, weekdays and nth weekdays.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import fc from 'fast-check'
import {
  addDays,
  daysInMonth,
  fromEpochDay,
  isRealDay,
  toEpochDay,
  type Day,
  addMonths,
  formatWeek,
  isoWeek,
  nthWeekdayOfMonth,
  pad,
  parseDay,
  weekdayOf,
} from './calendar.js'
import { resolveMonthDay } from './resolve.js'
import type { Tense } from './tense.js'

test('numbers ISO weeks across year boundaries', () => {
  const cases: Array<[string, string]> = [
    ['2016-05-04', '2016-W18'],
    ['2016-01-01', '2015-W53'],
    ['2018-12-31', '2019-W01'],
    ['2020-12-31', '2020-W53'],
  ]
  for (const [day, week] of cases) assert.equal(formatWeek(parseDay(day) ?? assert.fail(day)), week, day)
})

test('shifts months across years in both directions', () => {
  assert.deepEqual(addMonths(2016, 1, -1), { year: 2015, month: 12 })
  assert.deepEqual(addMonths(2016, 12, 1), { year: 2017, month: 1 })
  assert.deepEqual(addMonths(2016, 5, -17), { year: 2014, month: 12 })
})

test('gives ISO weekdays and shifts days over month ends', () => {
  const day = parseDay('2016-05-04') ?? assert.fail()
  assert.equal(weekdayOf(day), 3)
  assert.deepEqual(addDays(day, -4), { year: 2016, month: 4, day: 30 })
  assert.equal(isoWeek(addDays(day, 4)).week, 18)
})

test('finds the fourth Thursday of November', () => {
  assert.deepEqual(nthWeekdayOfMonth(2016, 11, 4, 4), { year: 2016, month: 11, day: 24 })
})

test('rejects days that do not exist', () => {
  assert.equal(parseDay('2016-02-30'), undefined)
  assert.equal(parseDay('not a day'), undefined)
})

test('pads numbers with zeros to a width, as padStart does', () => {
  const cases: Array<[value: number, width: number, padded: string]> = [
    [5, 2, '05'],
    [0, 2, '00'],
    [12, 2, '12'],
    [123, 2, '123'],
    [-5, 2, '-5'],
    [1.5, 2, '1.5'],
    [2016, 4, '2016'],
    [16, 4, '0016'],
    [12345, 4, '12345'],
    [0, 3, '000'],
    [199, 3, '199'],
    [7, 1, '7'],
  ]
  for (const [value, width, padded] of cases) {
    assert.equal(pad(value, width), padded, `${value}/${width}`)
    assert.equal(pad(value, width), String(value).padStart(width, '0'))
  }
})

test('counts days, epoch days and weekdays as Date does, for any integer year, month and day', () => {
  const viaDate = {
    daysInMonth: (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate(),
    toEpochDay: (day: Day): number => Math.round(Date.UTC(day.year, day.month - 1, day.day) / 86_400_000),
    fromEpochDay: (epochDay: number): Day => {
      const date = new Date(epochDay * 86_400_000)
      return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }
    },
    weekdayOf: (day: Day): number => {
      const weekday = new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay()
      return weekday === 0 ? 7 : weekday
    },
  }
  const year = fc.oneof(fc.integer({ min: -300_000, max: 300_000 }), fc.integer({ min: -2, max: 2101 }), fc.constantFrom(0, 99, 100, 1900, 2000, 2100, -400))
  const month = fc.oneof(fc.integer({ min: 1, max: 12 }), fc.integer({ min: -30, max: 40 }))
  const dayOfMonth = fc.oneof(fc.integer({ min: 1, max: 31 }), fc.integer({ min: -400, max: 400 }))
  fc.assert(
    fc.property(year, month, dayOfMonth, (y, m, d) => {
      const day = { year: y, month: m, day: d }
      assert.deepEqual(
        [daysInMonth(y, m), toEpochDay(day), weekdayOf(day)],
        [viaDate.daysInMonth(y, m), viaDate.toEpochDay(day), viaDate.weekdayOf(day)],
        JSON.stringify(day),
      )
    }),
    { numRuns: 5000 },
  )
  fc.assert(
    fc.property(fc.oneof(fc.integer({ min: -110_000_000, max: 110_000_000 }), fc.integer({ min: -800_000, max: 100_000 })), (e) => {
      assert.deepEqual(fromEpochDay(e), viaDate.fromEpochDay(e), String(e))
    }),
    { numRuns: 5000 },
  )
  assert.deepEqual(fromEpochDay(0.5), viaDate.fromEpochDay(0.5))
  assert.deepEqual(addDays({ year: 2016, month: 2, day: 28 }, 1), { year: 2016, month: 2, day: 29 })
})

test('resolves a month and day to the year a stable sort of the fitting candidates picks', () => {
  // The rule as first written: candidates one year around, those fitting the tense, sorted by distance.
  const bySort = (month: number, day: number, reference: Day, tense: Tense): Day | undefined => {
    const candidates = [reference.year - 1, reference.year, reference.year + 1]
      .map((year) => ({ year, month, day }))
      .filter((c) => isRealDay(c))
    const at = toEpochDay(reference)
    const fitting = candidates.filter((c) =>
      tense === 'past' ? toEpochDay(c) <= at + 60 : tense === 'future' ? toEpochDay(c) >= at - 14 : true,
    )
    const pool = fitting.length > 0 ? fitting : candidates
    const distance = (c: Day): number => {
      const days = toEpochDay(c) - at
      return days > 0 && tense !== 'future' ? days + 30 : Math.abs(days)
    }
    return pool.sort((a, b) => distance(a) - distance(b))[0]
  }
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 31 }),
      fc.record({ year: fc.integer({ min: 1000, max: 2100 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) }),
      fc.constantFrom<Tense>('past', 'present', 'future', 'unknown'),
      (month, day, reference, tense) => {
        assert.deepEqual(resolveMonthDay(month, day, reference, tense), bySort(month, day, reference, tense))
      },
    ),
    { numRuns: 5000 },
  )
})
