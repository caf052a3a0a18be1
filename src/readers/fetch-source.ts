// Fetching an http(s) URL: timeout over connection and body, size limit while streaming, redirects followed.
import { ErrorCode, InputError } from '../core/index.js'
import { tooLarge } from './read-bytes.js'

/** What a fetch brings back. */
export interface Fetched {
  readonly bytes: Uint8Array
  /** The `content-type` header, or null. */
  readonly contentType: string | null
  /** The final URL, after redirects. */
  readonly url: string
}

function causeCode(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: unknown; errors?: Array<{ code?: unknown }> } }).cause
  const code = cause?.code ?? cause?.errors?.[0]?.code
  return typeof code === 'string' ? code : undefined
}

function isTimeout(error: unknown): boolean {
  const name = (error as { name?: unknown }).name
  const causeName = (error as { cause?: { name?: unknown } }).cause?.name
  return (
    name === 'TimeoutError' || causeName === 'TimeoutError' || causeCode(error) === 'UND_ERR_CONNECT_TIMEOUT'
  )
}

/** Turns a network failure (as Node's fetch reports it) into an InputError that says what went wrong. */
export function describeFetchError(error: unknown, url: string, timeoutMs: number): InputError {
  if (error instanceof InputError) return error
  if (isTimeout(error))
    return new InputError(
      ErrorCode.FetchTimeout,
      url,
      `no complete response within ${timeoutMs} ms (raise it with --timeout)`,
      { cause: error },
    )
  const code = causeCode(error)
  const host = URL.canParse(url) ? new URL(url).host : url
  const reasons: Record<string, string> = {
    ENOTFOUND: `host "${host}" not found (DNS lookup failed)`,
    EAI_AGAIN: `host "${host}" could not be resolved (DNS temporarily unavailable)`,
    ECONNREFUSED: `connection refused by ${host}`,
    ECONNRESET: `connection reset by ${host}`,
    EHOSTUNREACH: `host ${host} is unreachable`,
    ENETUNREACH: 'network is unreachable',
    UND_ERR_SOCKET: `connection to ${host} closed unexpectedly`,
  }
  const cause = (error as { cause?: { message?: unknown } }).cause
  const detail = typeof cause?.message === 'string' ? cause.message : (error as Error).message
  const reason = (code === undefined ? undefined : reasons[code]) ?? `request failed: ${detail}`
  return new InputError(ErrorCode.FetchFailed, url, reason, { cause: error })
}

/**
 * Fetches a URL with Node's fetch.
 * @throws InputError `DYAD_FETCH_TIMEOUT`, `DYAD_FETCH_FAILED` (DNS, refused, HTTP status) or `DYAD_INPUT_TOO_LARGE`
 */
export async function fetchSource(
  url: string,
  options: { maxBytes: number; timeoutMs: number },
): Promise<Fetched> {
  const { maxBytes, timeoutMs } = options
  try {
    const response = await fetch(url, {
      redirect: 'follow',
      signal: AbortSignal.timeout(timeoutMs),
      headers: {
        'user-agent': 'dyad (+https://github.com/dyad)',
        accept:
          'text/html, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/plain;q=0.8, */*;q=0.5',
      },
    })
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined)
      throw new InputError(
        ErrorCode.FetchFailed,
        url,
        `HTTP ${response.status}${response.statusText === '' ? '' : ` ${response.statusText}`}`,
      )
    }
    const declared = Number(response.headers.get('content-length') ?? Number.NaN)
    if (Number.isFinite(declared) && declared > maxBytes) {
      await response.body?.cancel().catch(() => undefined)
      throw tooLarge(url, String(declared), maxBytes)
    }
    const chunks: Uint8Array[] = []
    let total = 0
    if (response.body !== null) {
      // Leaving the loop early (limit passed) cancels the stream, so nothing more is downloaded.
      for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
        total += chunk.length
        if (total > maxBytes) throw tooLarge(url, `over ${maxBytes}`, maxBytes)
        chunks.push(chunk)
      }
    }
    return {
      bytes: Buffer.concat(chunks),
      contentType: response.headers.get('content-type'),
      url: response.url || url,
    }
  } catch (error) {
    throw describeFetchError(error, url, timeoutMs)
  }
}
