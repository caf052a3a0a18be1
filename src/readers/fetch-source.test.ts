// Tests for the mapping of fetch failures to error codes and messages.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { ErrorCode } from '../core/index.js'
import { describeFetchError } from './fetch-source.js'

const URL_ = 'https://news.arvenia.example/story'

// Shapes as Node 20's fetch (undici) throws them: a TypeError('fetch failed') with a system error as cause.
function fetchFailed(cause: Record<string, unknown>): TypeError {
  return new TypeError('fetch failed', { cause })
}

const cases: Array<[string, unknown, string, RegExp]> = [
  [
    'a DNS failure',
    fetchFailed({ code: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND news.arvenia.example' }),
    ErrorCode.FetchFailed,
    /host "news\.arvenia\.example" not found \(DNS lookup failed\)/,
  ],
  [
    'a temporary DNS failure',
    fetchFailed({ code: 'EAI_AGAIN' }),
    ErrorCode.FetchFailed,
    /could not be resolved/,
  ],
  [
    'a refused connection on every address',
    fetchFailed({ errors: [{ code: 'ECONNREFUSED' }, { code: 'ECONNREFUSED' }] }),
    ErrorCode.FetchFailed,
    /connection refused by news\.arvenia\.example/,
  ],
  ['a reset connection', fetchFailed({ code: 'ECONNRESET' }), ErrorCode.FetchFailed, /connection reset/],
  [
    'an abort by timeout',
    Object.assign(new Error('The operation was aborted due to timeout'), { name: 'TimeoutError' }),
    ErrorCode.FetchTimeout,
    /no complete response within 1500 ms/,
  ],
  ['a connect timeout', fetchFailed({ code: 'UND_ERR_CONNECT_TIMEOUT' }), ErrorCode.FetchTimeout, /1500 ms/],
  [
    'an unknown failure',
    fetchFailed({ message: 'redirect count exceeded' }),
    ErrorCode.FetchFailed,
    /request failed: redirect count exceeded/,
  ],
]

for (const [what, error, code, message] of cases) {
  test(`reports ${what} as ${code} naming the URL`, () => {
    const result = describeFetchError(error, URL_, 1500)
    assert.equal(result.code, code)
    assert.ok(result.message.startsWith(`${URL_}: `))
    assert.match(result.message, message)
  })
}
