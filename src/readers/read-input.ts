// readInput: dispatches a source (file, directory, URL, "-") to the right reader, one result per article.
import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { describeError, ErrorCode, InputError } from '../core/index.js'
import { fetchSource } from './fetch-source.js'
import { readFeed } from './feed-reader.js'
import { extractHtmlArticle } from './html-reader.js'
import { readJsonl } from './jsonl-reader.js'
import { isStreamableJsonl, streamJsonlFile } from './jsonl-stream.js'
import { makeReaderDoc } from './make-doc.js'
import { gunzipLimited, readFileLimited, readStreamLimited } from './read-bytes.js'
import { formatFromContentType, formatFromPath, KNOWN_EXTENSIONS, sniffFormat } from './sniff.js'
import { charsetOf, decodeText, declaredCharset } from './text-reader.js'
import {
  DEFAULT_MAX_BYTES,
  DEFAULT_TIMEOUT_MS,
  type ConcreteFormat,
  type ReadOptions,
  type ReadResult,
} from './types.js'

/** Turns anything thrown while reading into an InputError that names the input. */
function toInputError(error: unknown, input: string): InputError {
  if (error instanceof InputError) return error
  const code = (error as { code?: unknown }).code
  if (code === 'ENOENT')
    return new InputError(ErrorCode.InputNotFound, input, 'no such file or directory', { cause: error })
  if (code === 'EACCES' || code === 'EPERM')
    return new InputError(ErrorCode.InputNotFound, input, 'permission denied', { cause: error })
  if (code === 'EISDIR')
    return new InputError(ErrorCode.InputUnsupported, input, 'is a directory', { cause: error })
  return new InputError(ErrorCode.InputMalformed, input, `could not be read: ${describeError(error)}`, {
    cause: error,
  })
}

/** Resolves a possibly relative link (`<link rel=canonical href="/a">`) against the page address. */
function resolveUrl(link: string | undefined, base: string | undefined): string | undefined {
  if (link === undefined) return undefined
  try {
    return new URL(link, base).href
  } catch {
    // Relative with no base to resolve against: not an address we can keep.
    return undefined
  }
}

function failure(error: unknown, input: string): ReadResult {
  return { ok: false, error: toInputError(error, input) }
}

/**
 * Parses decoded text in a known format into results.
 * @param url the address the text came from, kept as the document URL when the content names none
 */
export function* parseText(
  text: string,
  format: ConcreteFormat,
  input: string,
  options: ReadOptions,
  url?: string,
): Generator<ReadResult> {
  try {
    if (format === 'jsonl') {
      yield* readJsonl(text, input, options)
    } else if (format === 'feed') {
      yield* readFeed(text, input, options)
    } else if (format === 'html') {
      const article = extractHtmlArticle(text, input)
      const pageUrl = resolveUrl(article.meta.url, url) ?? url
      yield {
        ok: true,
        doc: makeReaderDoc(article.text, { ...article.meta, url: pageUrl, source: input }, options),
      }
    } else {
      if (text.trim() === '') throw new InputError(ErrorCode.InputEmpty, input, 'input holds only whitespace')
      yield { ok: true, doc: makeReaderDoc(text, { url, source: input, reader: 'text' }, options) }
    }
  } catch (error) {
    // Nothing in the content may stop a batch: a reader bug on one input becomes that input's error.
    yield failure(error, input)
  }
}

async function* readFileSource(
  path: string,
  format: ConcreteFormat | undefined,
  options: ReadOptions,
): AsyncGenerator<ReadResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  // JSON Lines dumps stream record by record: the size limit then applies to each record, not the file.
  const isJsonl = (format ?? formatFromPath(path)) === 'jsonl' && !/\.json(\.gz)?$/i.test(path)
  if (isJsonl && (await isStreamableJsonl(path).catch(() => false))) {
    yield* streamJsonlFile(path, options, maxBytes)
    return
  }
  let text: string
  try {
    const bytes = gunzipLimited(await readFileLimited(path, maxBytes), path, maxBytes)
    text = decodeText(bytes, path, declaredCharset(bytes))
  } catch (error) {
    yield failure(error, path)
    return
  }
  yield* parseText(text, format ?? formatFromPath(path) ?? sniffFormat(text), path, options)
}

/** Lists the regular files under a directory, recursively, sorted by path (code-unit order, so runs agree). */
async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = []
  const entries = await readdir(dir, { withFileTypes: true })
  for (const entry of entries) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...(await listFiles(path)))
    else if (entry.isFile()) out.push(path)
    else if (entry.isSymbolicLink()) {
      // Follow links to files only: a linked directory could loop.
      const info = await stat(path).catch(() => undefined)
      if (info?.isFile() === true) out.push(path)
    }
  }
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
}

async function* readDirectory(
  dir: string,
  forced: ConcreteFormat | undefined,
  options: ReadOptions,
): AsyncGenerator<ReadResult> {
  let files: string[]
  try {
    files = await listFiles(dir)
  } catch (error) {
    yield failure(error, dir)
    return
  }
  let readable = 0
  for (const file of files) {
    const name = file.slice(dir.length).replace(/^[\\/]+/, '')
    const isHidden = name.split(/[\\/]/).some((part) => part.startsWith('.'))
    const format = isHidden ? undefined : (forced ?? formatFromPath(file))
    if (format === undefined) {
      const why = isHidden ? 'hidden file' : `unsupported extension (read: ${KNOWN_EXTENSIONS.join(' ')})`
      yield {
        ok: false,
        skipped: true,
        error: new InputError(ErrorCode.InputUnsupported, file, why),
      }
      continue
    }
    readable++
    yield* readFileSource(file, format, options)
  }
  if (readable === 0) {
    const detail = files.length === 0 ? 'it holds no files' : `all ${files.length} file(s) were skipped`
    yield {
      ok: false,
      error: new InputError(ErrorCode.InputEmpty, dir, `directory has nothing readable: ${detail}`),
    }
  }
}

async function* readUrl(
  url: string,
  forced: ConcreteFormat | undefined,
  options: ReadOptions,
): AsyncGenerator<ReadResult> {
  let text: string
  let format: ConcreteFormat
  let finalUrl: string
  try {
    const fetched = await fetchSource(url, {
      maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    })
    const bytes = gunzipLimited(fetched.bytes, url, options.maxBytes ?? DEFAULT_MAX_BYTES)
    text = decodeText(bytes, url, charsetOf(fetched.contentType) ?? declaredCharset(bytes))
    format = forced ?? formatFromContentType(fetched.contentType) ?? sniffFormat(text)
    finalUrl = fetched.url
  } catch (error) {
    yield failure(error, url)
    return
  }
  yield* parseText(text, format, url, options, finalUrl)
}

async function* readStdin(
  forced: ConcreteFormat | undefined,
  options: ReadOptions,
): AsyncGenerator<ReadResult> {
  let text: string
  try {
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
    const bytes = gunzipLimited(
      await readStreamLimited(options.stdin ?? process.stdin, 'stdin', maxBytes),
      'stdin',
      maxBytes,
    )
    text = decodeText(bytes, 'stdin', declaredCharset(bytes))
  } catch (error) {
    yield failure(error, 'stdin')
    return
  }
  yield* parseText(text, forced ?? sniffFormat(text), 'stdin', options)
}

/**
 * Reads every article from a source and yields each as a document or an error; a bad article never stops the batch.
 * @param source a file path, a directory (read recursively), an http(s) URL, or "-" for stdin
 * @example for await (const r of readInput('news/')) if (r.ok) analyzeDoc(r.doc)
 */
export async function* readInput(source: string, options: ReadOptions = {}): AsyncGenerator<ReadResult> {
  const forced = options.format === undefined || options.format === 'auto' ? undefined : options.format
  if (source === '-') {
    yield* readStdin(forced, options)
    return
  }
  if (/^https?:\/\//i.test(source)) {
    yield* readUrl(source, forced, options)
    return
  }
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(source)) {
    yield {
      ok: false,
      error: new InputError(
        ErrorCode.InputUnsupported,
        source,
        'only http:// and https:// URLs can be fetched',
      ),
    }
    return
  }
  let isDirectory: boolean
  try {
    isDirectory = (await stat(source)).isDirectory()
  } catch (error) {
    yield failure(error, source)
    return
  }
  if (isDirectory) yield* readDirectory(source, forced, options)
  else yield* readFileSource(source, forced, options)
}
