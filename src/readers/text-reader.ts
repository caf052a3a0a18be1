// The plain-text reader: bytes to a document, refusing empty, binary and invalid UTF-8 input.
import { TextDecoder } from 'node:util'
import { createDoc, ErrorCode, InputError, type Doc, type DocMeta } from '../core/index.js'

// Binary formats whose first bytes can pass as text (PDF starts with ASCII "%PDF-").
const BINARY_MAGIC: ReadonlyArray<{ name: string; bytes: readonly number[] }> = [
  { name: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'ZIP (or DOCX/XLSX)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'gzip', bytes: [0x1f, 0x8b] },
  { name: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
]

/** Returns the charset named in a content type (`text/html; charset=ISO-8859-1`), lower-cased, or undefined. */
export function charsetOf(contentType: string | null | undefined): string | undefined {
  const match = /charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType ?? '')
  return match?.[1]?.toLowerCase()
}

/**
 * Returns the charset a markup file declares in its first bytes (`<meta charset>`, `<meta http-equiv>`,
 * or `<?xml encoding>`), lower-cased, or undefined for non-markup or no declaration.
 */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1')
  if (!/^\s*</.test(head.replace(/^\uFEFF|^\xEF\xBB\xBF/, ''))) return undefined
  const match =
    /<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head) ??
    /<meta[^>]*\bcharset\s*=\s*["']?([\w.:-]+)/i.exec(head)
  return match?.[1]?.toLowerCase()
}

/**
 * Decodes bytes as UTF-8 text, or in a declared legacy `charset` when they are not valid UTF-8; rejects what is not text.
 * @throws InputError for empty, binary (NUL bytes) or invalid UTF-8 input
 */
export function decodeText(bytes: Uint8Array, input: string, charset?: string): string {
  if (bytes.length === 0) throw new InputError(ErrorCode.InputEmpty, input, 'input is empty (0 bytes)')
  const head = bytes.subarray(0, Math.min(bytes.length, 8192))
  if (head.includes(0)) {
    throw new InputError(
      ErrorCode.InputBinary,
      input,
      'input looks binary (it contains NUL bytes); expected UTF-8 text',
    )
  }
  const magic = BINARY_MAGIC.find((m) => m.bytes.every((b, i) => head[i] === b))
  if (magic !== undefined) {
    throw new InputError(
      ErrorCode.InputBinary,
      input,
      `input is a ${magic.name} file, not text; extract its text first`,
    )
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch (cause) {
    // Valid UTF-8 wins over a declaration (pages often misdeclare); otherwise a declared legacy
    // charset (windows-1252, ISO-8859-1, ...) is honoured when the runtime knows it.
    const legacy = charset === undefined || /^utf-?8$/i.test(charset) ? undefined : tryDecoder(charset)
    if (legacy === undefined) {
      const hint = charset === undefined ? '' : ` (declared charset "${charset}" is not supported)`
      throw new InputError(
        ErrorCode.InputInvalidUtf8,
        input,
        `input is not valid UTF-8${hint}; convert it (e.g. iconv -t UTF-8) and retry`,
        { cause },
      )
    }
    text = legacy.decode(bytes)
  }
  // A byte-order mark is an encoding artefact, not article text.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  if (text.trim() === '') throw new InputError(ErrorCode.InputEmpty, input, 'input holds only whitespace')
  return text
}

function tryDecoder(label: string): TextDecoder | undefined {
  try {
    return new TextDecoder(label)
  } catch {
    return undefined
  }
}

/** Reads plain text into a document. */
export function readPlainText(bytes: Uint8Array, input: string, meta: DocMeta = {}): Doc {
  const text = decodeText(bytes, input)
  return createDoc(text, { reader: 'text', source: input, ...meta })
}
