// Streaming JSON Lines files: one record at a time, so a dump of any size reads in bounded memory.
import { createReadStream } from 'node:fs'
import { open } from 'node:fs/promises'
import { TextDecoder } from 'node:util'
import { createGunzip } from 'node:zlib'
import { describeError, ErrorCode, InputError } from '../core/index.js'
import { readJsonlRecord } from './jsonl-reader.js'
import type { ReadOptions, ReadResult } from './types.js'

const decoder = new TextDecoder('utf-8', { fatal: true })

/** The first bytes of a file (fewer when it is shorter). */
async function readHead(path: string, length: number): Promise<Buffer> {
  const handle = await open(path, 'r')
  try {
    const buffer = Buffer.alloc(length)
    const { bytesRead } = await handle.read(buffer, 0, length, 0)
    return buffer.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

/**
 * Returns whether a JSONL file can be streamed line by line: not empty, and not a whole-file JSON
 * array or pretty-printed record (those need the whole-file reader). Gzip is looked through.
 */
export async function isStreamableJsonl(path: string): Promise<boolean> {
  const head = await readHead(path, 64 * 1024)
  if (head.length === 0) return false
  const isGzip = head[0] === 0x1f && head[1] === 0x8b
  if (isGzip) return true
  // Binary content gets the whole-file reader's single, clear error rather than one per line.
  if (head.includes(0)) return false
  const text = head.toString('latin1').replace(/^\xEF\xBB\xBF/, '')
  const first = text.trimStart()
  if (first === '' || first.startsWith('[')) return false
  // A pretty-printed record opens with a lone "{" on its first line.
  return !/^\{\s*\n/.test(first)
}

/**
 * Reads a JSONL file as a stream, yielding one result per non-blank line. The size limit applies to
 * each record, not the file; a line over it, or not valid UTF-8, fails alone and the rest go on.
 */
export async function* streamJsonlFile(
  path: string,
  options: ReadOptions,
  maxLineBytes: number,
): AsyncGenerator<ReadResult> {
  const head = await readHead(path, 2)
  const file = createReadStream(path)
  const input = head[0] === 0x1f && head[1] === 0x8b ? file.pipe(createGunzip()) : file
  let pending: Buffer[] = []
  let pendingBytes = 0
  let isOversized = false
  let lineNumber = 0
  let records = 0
  const finishLine = (bytes: Buffer): ReadResult | undefined => {
    lineNumber++
    if (isOversized) {
      isOversized = false
      return {
        ok: false,
        error: new InputError(
          ErrorCode.InputTooLarge,
          `${path}:${lineNumber}`,
          `record is over ${maxLineBytes} bytes (raise it with --max-bytes)`,
        ),
      }
    }
    let line: string
    try {
      line = decoder.decode(bytes)
    } catch (cause) {
      return {
        ok: false,
        error: new InputError(
          ErrorCode.InputInvalidUtf8,
          `${path}:${lineNumber}`,
          'line is not valid UTF-8',
          { cause },
        ),
      }
    }
    if (lineNumber === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1)
    line = line.replace(/\r$/, '')
    if (line.trim() === '') return undefined
    records++
    return readJsonlRecord(line, path, lineNumber, options)
  }
  try {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      let from = 0
      for (let nl = chunk.indexOf(0x0a, from); nl >= 0; nl = chunk.indexOf(0x0a, from)) {
        const piece = chunk.subarray(from, nl)
        if (pendingBytes + piece.length > maxLineBytes) isOversized = true
        const bytes = isOversized
          ? Buffer.alloc(0)
          : pending.length === 0
            ? piece
            : Buffer.concat([...pending, piece])
        pending = []
        pendingBytes = 0
        const result = finishLine(bytes)
        if (result !== undefined) yield result
        from = nl + 1
      }
      const rest = chunk.subarray(from)
      if (!isOversized) {
        pending.push(rest)
        pendingBytes += rest.length
        // An endless line is dropped as it streams rather than buffered.
        if (pendingBytes > maxLineBytes) {
          isOversized = true
          pending = []
          pendingBytes = 0
        }
      }
    }
    if (pendingBytes > 0 || isOversized) {
      const result = finishLine(Buffer.concat(pending))
      if (result !== undefined) yield result
    }
  } catch (cause) {
    const message = `could not be read past line ${lineNumber}: ${describeError(cause)}`
    yield { ok: false, error: new InputError(ErrorCode.InputMalformed, path, message, { cause }) }
    return
  } finally {
    file.destroy()
  }
  if (records === 0) {
    yield {
      ok: false,
      error: new InputError(ErrorCode.InputEmpty, path, 'input holds only whitespace (no JSONL records)'),
    }
  }
}
