// Reading bytes with a size limit: files are checked before reading, streams while they flow, gzip as it inflates.
import { readFile, stat } from 'node:fs/promises'
import { gunzipSync } from 'node:zlib'
import { ErrorCode, InputError } from '../core/index.js'

/** The error for input over the size limit. */
export function tooLarge(input: string, size: string, maxBytes: number): InputError {
  return new InputError(
    ErrorCode.InputTooLarge,
    input,
    `input is ${size} bytes; the limit is ${maxBytes} (raise it with --max-bytes)`,
  )
}

/**
 * Reads a file whole, refusing it before reading when it is larger than `maxBytes`.
 * @throws InputError for a missing file or one over the limit
 */
export async function readFileLimited(path: string, maxBytes: number): Promise<Uint8Array> {
  const info = await stat(path)
  if (info.size > maxBytes) throw tooLarge(path, String(info.size), maxBytes)
  return readFile(path)
}

/**
 * Reads a stream to its end, stopping as soon as it passes `maxBytes` (never buffering more).
 * @throws InputError `DYAD_INPUT_TOO_LARGE` when the stream is longer than the limit
 */
export async function readStreamLimited(
  stream: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  input: string,
  maxBytes: number,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = []
  let total = 0
  const encoder = new TextEncoder()
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? encoder.encode(chunk) : chunk
    total += bytes.length
    if (total > maxBytes) throw tooLarge(input, `over ${maxBytes}`, maxBytes)
    chunks.push(bytes)
  }
  return Buffer.concat(chunks)
}

/** Returns whether bytes start like a gzip stream. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b
}

/**
 * Inflates gzip input (`.jsonl.gz` dumps, stdin, downloads), never past `maxBytes` of output;
 * anything else is returned unchanged.
 * @throws InputError `DYAD_INPUT_TOO_LARGE` when the inflated text passes the limit, `DYAD_INPUT_MALFORMED` when corrupt
 */
export function gunzipLimited(bytes: Uint8Array, input: string, maxBytes: number): Uint8Array {
  if (!isGzip(bytes)) return bytes
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes })
  } catch (cause) {
    // maxOutputLength stops a decompression bomb with a RangeError before it fills memory.
    if (cause instanceof RangeError) throw tooLarge(input, `over ${maxBytes} (after gunzip)`, maxBytes)
    throw new InputError(ErrorCode.InputMalformed, input, 'corrupt gzip data', { cause })
  }
}
