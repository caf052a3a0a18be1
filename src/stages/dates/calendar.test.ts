// Tests for calendar arithmetic: ISO weeks, month shifts, weekdays and nth weekdays.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import {
  addDays,
  addMonths,
  formatWeek,
  isoWeek,
  nthWeekdayOfMonth,
  pad,
  parseDay,
  weekdayOf,
} from './calendar.js'

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
