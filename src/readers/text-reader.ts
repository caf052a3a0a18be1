// The plain-text reader: bytes to a document, refusing empty, binary and invalid UTF-8 input.
import { createDoc, ErrorCode, InputError, type Doc, type DocMeta } from '../core/index.js'

/**
 * Decodes bytes as UTF-8 text, rejecting what is not text.
 * @throws InputError for empty, binary (NUL bytes) or invalid UTF-8 input
 */
export function decodeText(bytes: Uint8Array, input: string): string {
  if (bytes.length === 0) throw new InputError(ErrorCode.InputEmpty, input, 'input is empty (0 bytes)')
  const head = bytes.subarray(0, Math.min(bytes.length, 8192))
  if (head.includes(0)) {
    throw new InputError(ErrorCode.InputBinary, input, 'input looks binary (it contains NUL bytes); expected UTF-8 text')
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch (cause) {
    throw new InputError(ErrorCode.InputInvalidUtf8, input, 'input is not valid UTF-8; convert it (e.g. iconv -t UTF-8) and retry', {
      cause,
    })
  }
  // A byte-order mark is an encoding artefact, not article text.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  if (text.trim() === '') throw new InputError(ErrorCode.InputEmpty, input, 'input holds only whitespace')
  return text
}

/** Reads plain text into a document. */
export function readPlainText(bytes: Uint8Array, input: string, meta: DocMeta = {}): Doc {
  const text = decodeText(bytes, input)
  return createDoc(text, { reader: 'text', source: input, ...meta })
}
