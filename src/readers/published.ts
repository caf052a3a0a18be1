// Publication dates from feeds, pages and records, normalised to ISO 8601 while keeping the publisher's offset.
import type { Diagnostic } from '../core/index.js'

const MONTHS: Readonly<Record<string, string>> = {
  jan: '01',
  feb: '02',
  mar: '03',
  apr: '04',
  may: '05',
  jun: '06',
  jul: '07',
  aug: '08',
  sep: '09',
  oct: '10',
  nov: '11',
  dec: '12',
}

// RFC 822 named zones (RSS 2.0 pubDate); military single letters are too rare to bother with.
const ZONES: Readonly<Record<string, string>> = {
  UT: 'Z',
  UTC: 'Z',
  GMT: 'Z',
  Z: 'Z',
  EST: '-05:00',
  EDT: '-04:00',
  CST: '-06:00',
  CDT: '-05:00',
  MST: '-07:00',
  MDT: '-06:00',
  PST: '-08:00',
  PDT: '-07:00',
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i
const RFC822 =
  /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{2,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?(?:\s*([+-]\d{4}|[A-Za-z]{1,4}))?$/

function pad(n: string): string {
  return n.padStart(2, '0')
}

function formatOffset(zone: string | undefined): string {
  if (zone === undefined) return ''
  const named = ZONES[zone.toUpperCase()]
  if (named !== undefined) return named
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone)
  if (m === null) return ''
  return m[2] === '00' && m[3] === '00' ? 'Z' : `${m[1]}${m[2]}:${m[3]}`
}

function isRealDay(y: string, m: string, d: string): boolean {
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)))
  return (
    date.getUTCFullYear() === Number(y) &&
    date.getUTCMonth() === Number(m) - 1 &&
    date.getUTCDate() === Number(d)
  )
}

/**
 * Normalises a publication date to ISO 8601: `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS` with the
 * offset it was given (so the publisher's local day survives). Returns undefined when unreadable.
 * @example normalizePublished('Tue, 10 Jun 2003 23:00:00 -0500') // '2003-06-10T23:00:00-05:00'
 */
export function normalizePublished(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) {
    // Unix time: seconds or milliseconds.
    const ms = value < 1e11 ? value * 1000 : value
    return new Date(ms).toISOString().replace('.000Z', 'Z')
  }
  if (typeof value !== 'string') return undefined
  const text = value.trim()
  if (text === '') return undefined
  const iso = ISO.exec(text)
  if (iso !== null) {
    const [, y = '', mo = '', d = '', h, mi, s, , zone] = iso
    if (!isRealDay(y, mo, d)) return undefined
    if (h === undefined || mi === undefined) return `${y}-${mo}-${d}`
    return `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${formatOffset(zone)}`
  }
  const rfc = RFC822.exec(text)
  if (rfc !== null) {
    const [, d = '', mon = '', yRaw = '', h, mi, s, zone] = rfc
    const mo = MONTHS[mon.toLowerCase()]
    const y = yRaw.length === 2 ? `${Number(yRaw) < 50 ? '20' : '19'}${yRaw}` : yRaw
    if (mo !== undefined && y.length === 4 && isRealDay(y, mo, pad(d))) {
      if (h === undefined || mi === undefined) return `${y}-${mo}-${pad(d)}`
      return `${y}-${mo}-${pad(d)}T${pad(h)}:${mi}:${s ?? '00'}${formatOffset(zone)}`
    }
  }
  const ms = Date.parse(text)
  if (Number.isNaN(ms)) return undefined
  const date = new Date(ms)
  // Free text without a time ("March 8, 2024") parses as local midnight: its local fields are the written day.
  if (!/\d:\d\d/.test(text)) {
    return `${date.getFullYear()}-${pad(String(date.getMonth() + 1))}-${pad(String(date.getDate()))}`
  }
  return date.toISOString().replace('.000Z', 'Z')
}

/**
 * Reads a record's or feed item's date field: the normalised date, or a warning naming the field and the value
 * when the field is filled but no date can be read from it (the article is still analysed, without that date).
 * @param field the field's name as the input spells it (`date`, `pubDate`)
 * @param fallback the `--published` date that will be used instead, if any
 */
export function readPublishedField(
  field: string,
  value: unknown,
  fallback: string | undefined,
): { published?: string; diagnostic?: Diagnostic } {
  const published = normalizePublished(value)
  if (published !== undefined) return { published }
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return {}
  const shown =
    typeof value === 'string'
      ? `"${value.length > 60 ? `${value.slice(0, 60)}…` : value}"`
      : JSON.stringify(value)
  const instead =
    fallback === undefined ? 'the publication date is unknown' : `--published ${fallback} is used instead`
  return {
    diagnostic: {
      stage: 'reader',
      code: 'published-unreadable',
      severity: 'warning',
      message: `The ${field} field ${shown} is not a date Dyad can read; ${instead}.`,
      expected:
        'ISO 8601 (2024-03-08, 2024-03-08T10:00:00Z), RFC 822 (Fri, 08 Mar 2024 10:00:00 GMT) or Unix time',
    },
  }
}
