// The JSONL reader: one article per line `{id, title, text, published|date, url, author}`; a bad line is an error, not the end.
// Also reads a JSON array of such records, or one pretty-printed record (`.json` files).
import { ErrorCode, InputError } from '../core/index.js'
import { makeReaderDoc } from './make-doc.js'
import { readPublishedField } from './published.js'
import type { ReadOptions, ReadResult } from './types.js'

function optionalString(record: Record<string, unknown>, key: string): string | undefined {
  const value = record[key]
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim()
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  return undefined
}

function fail(
  code: (typeof ErrorCode)[keyof typeof ErrorCode],
  where: string,
  message: string,
  cause?: unknown,
): ReadResult {
  return {
    ok: false,
    error: new InputError(code, where, message, cause === undefined ? undefined : { cause }),
  }
}

/** Reads one JSONL line into a document or an error naming `file:line`. */
export function readJsonlRecord(
  line: string,
  file: string,
  lineNumber: number,
  options: ReadOptions = {},
): ReadResult {
  const where = `${file}:${lineNumber}`
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch (cause) {
    return fail(ErrorCode.InputMalformed, where, `invalid JSON (${(cause as Error).message})`, cause)
  }
  return readRecord(value, where, options)
}

/** Reads one parsed record into a document or an error naming `where`. */
export function readRecord(value: unknown, where: string, options: ReadOptions = {}): ReadResult {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return fail(ErrorCode.InputMalformed, where, 'expected a JSON object {"text": ...} on each line')
  }
  const record = value as Record<string, unknown>
  const text = record.text
  if (text === undefined || text === null)
    return fail(ErrorCode.InputMalformed, where, 'record has no "text" field')
  if (typeof text !== 'string')
    return fail(ErrorCode.InputMalformed, where, `"text" must be a string, got ${typeof text}`)
  if (text.trim() === '') return fail(ErrorCode.InputEmpty, where, '"text" is empty')
  // Dumps name the date `published` or `date`; both are accepted.
  const field = record.published !== undefined && record.published !== null ? 'published' : 'date'
  const { published, diagnostic } = readPublishedField(field, record[field], options.published)
  const id = optionalString(record, 'id')
  const doc = makeReaderDoc(
    text,
    {
      title: optionalString(record, 'title'),
      published,
      url: optionalString(record, 'url'),
      author: optionalString(record, 'author'),
      source: where,
      reader: 'jsonl',
    },
    options,
    id,
    diagnostic === undefined ? [] : [diagnostic],
  )
  return { ok: true, doc }
}

/** Parses text as one JSON value, or undefined when it is not JSON. */
function parseWhole(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) as unknown }
  } catch {
    return undefined
  }
}

/**
 * Reads JSON Lines text: one result per non-blank line, in order. A whole-file JSON array of records
 * (`file[i]` in errors, 0-based) or one pretty-printed record (`.json` exports) is read too.
 * @param file the file name, used in `source` and in errors as `file:line`
 */
export function* readJsonl(text: string, file: string, options: ReadOptions = {}): Generator<ReadResult> {
  const head = text.trimStart()
  if (head.startsWith('[')) {
    const whole = parseWhole(text)
    if (whole === undefined || !Array.isArray(whole.value)) {
      yield fail(ErrorCode.InputMalformed, file, 'starts with "[" but is not a valid JSON array of records')
      return
    }
    if (whole.value.length === 0) yield fail(ErrorCode.InputEmpty, file, 'the JSON array holds no records')
    for (const [i, value] of (whole.value as unknown[]).entries())
      yield readRecord(value, `${file}[${i}]`, options)
    return
  }
  const firstLine = head.slice(0, head.indexOf('\n') < 0 ? head.length : head.indexOf('\n'))
  if (head.startsWith('{') && parseWhole(firstLine) === undefined) {
    // One record spread over several lines: a pretty-printed `.json` export.
    const whole = parseWhole(text)
    if (whole !== undefined) {
      yield readRecord(whole.value, file, options)
      return
    }
  }
  let lineNumber = 0
  let start = 0
  while (start <= text.length) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    lineNumber++
    const line = text.slice(start, end).replace(/\r$/, '')
    if (line.trim() !== '') yield readJsonlRecord(line, file, lineNumber, options)
    start = end + 1
  }
}
