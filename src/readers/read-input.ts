// readInput: dispatches a source (path, directory, URL, "-") to the right reader.
import { readFile, stat } from 'node:fs/promises'
import { ErrorCode, InputError } from '../core/index.js'
import { readPlainText } from './text-reader.js'
import { DEFAULT_MAX_BYTES, type ReadOptions, type ReadResult } from './types.js'

function toInputError(error: unknown, input: string): InputError {
  if (error instanceof InputError) return error
  const code = (error as { code?: string }).code
  if (code === 'ENOENT') return new InputError(ErrorCode.InputNotFound, input, 'no such file or directory', { cause: error })
  return new InputError(ErrorCode.InputMalformed, input, String((error as Error).message ?? error), { cause: error })
}

/**
 * Reads every article from a source and yields each as a document or an error.
 * @param source a file path, a directory, an http(s) URL, or "-" for stdin
 */
export async function* readInput(source: string, options: ReadOptions = {}): AsyncGenerator<ReadResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  try {
    const info = await stat(source)
    if (info.size > maxBytes) {
      throw new InputError(ErrorCode.InputTooLarge, source, `input is ${info.size} bytes; the limit is ${maxBytes} (raise it with --max-bytes)`)
    }
    const bytes = await readFile(source)
    const meta = options.published === undefined ? {} : { published: options.published }
    yield { ok: true, doc: readPlainText(bytes, source, meta) }
  } catch (error) {
    yield { ok: false, error: toInputError(error, source) }
  }
}
