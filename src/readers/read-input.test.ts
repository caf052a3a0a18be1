// Tests for readInput: files, directories, stdin and URLs, with every kind of bad input reported, never thrown.
import assert from 'node:assert/strict'
import { createServer, type Server } from 'node:http'
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { after, before, test } from 'node:test'
import { checkDoc, ErrorCode } from '../core/index.js'
import { readInput } from './read-input.js'
import type { ReadOptions, ReadResult } from './types.js'

let dir = ''

async function collect(source: string, options: ReadOptions = {}): Promise<ReadResult[]> {
  const out: ReadResult[] = []
  for await (const result of readInput(source, options)) out.push(result)
  return out
}

function only(results: ReadResult[]): ReadResult {
  assert.equal(
    results.length,
    1,
    JSON.stringify(results.map((r) => (r.ok ? r.doc.meta.source : r.error.message))),
  )
  const [result] = results
  assert.ok(result !== undefined)
  return result
}

function errorCode(results: ReadResult[]): string {
  const result = only(results)
  assert.ok(!result.ok, 'expected an error')
  return result.error.code
}

const ARTICLE_HTML = `<html><head><title>Accord</title></head><body><article>
<p>Arvenia and Belmora signed a fishing accord in Vell on Friday after three years of dispute.</p>
<p>Both sides said they hoped the accord would hold.</p></article></body></html>`

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dyad-readers-'))
  await writeFile(join(dir, 'plain.txt'), 'Arvenia recalled its envoy.\n\nBelmora protested.')
  await writeFile(join(dir, 'empty.txt'), '')
  await writeFile(join(dir, 'blank.txt'), '  \n\t\n ')
  await writeFile(join(dir, 'binary.txt'), Buffer.from([0x41, 0x00, 0x42, 0x00]))
  await writeFile(join(dir, 'latin1.txt'), Buffer.from([0x41, 0x72, 0x76, 0xe9, 0x6e, 0x69, 0x61]))
  await writeFile(join(dir, 'report.pdf.txt'), '%PDF-1.7\nnot really text')
  await writeFile(join(dir, 'page.html'), ARTICLE_HTML)
  await writeFile(
    join(dir, 'legacy.html'),
    Buffer.concat([
      Buffer.from('<html><head><meta charset="windows-1252"></head><body><article><p>'),
      Buffer.from([0x41, 0x72, 0x76, 0xe9, 0x6e, 0x69, 0x61]),
      Buffer.from(
        ' and Belmora signed a fishing accord in Vell on Friday after years of quarrels.</p></article></body></html>',
      ),
    ]),
  )
  await writeFile(
    join(dir, 'login.html'),
    '<html><body><form><input><button>Sign in</button></form></body></html>',
  )
  await writeFile(
    join(dir, 'noext'),
    '<rss version="2.0"><channel><item><title>T</title><description>Arvenia spoke.</description></item></channel></rss>',
  )
  await writeFile(join(dir, 'records.data'), '{"text":"Arvenia spoke."}\n{"text":"Belmora spoke."}\n')
  await mkdir(join(dir, 'batch', 'sub'), { recursive: true })
  await writeFile(join(dir, 'batch', 'b.txt'), 'Second file by name.')
  await writeFile(join(dir, 'batch', 'a.md'), 'First file by name.')
  await writeFile(
    join(dir, 'batch', 'sub', 'c.jsonl'),
    '{"text":"Arvenia spoke."}\n{"oops"\n{"text":"Belmora spoke."}\n',
  )
  await writeFile(join(dir, 'batch', 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff]))
  await writeFile(join(dir, 'batch', 'z-empty.txt'), '')
  await writeFile(
    join(dir, 'dump.jsonl.gz'),
    gzipSync('{"id":"g1","text":"Arvenia spoke."}\n{"id":"g2","text":"Belmora spoke."}\n'),
  )
  await writeFile(join(dir, 'bomb.txt.gz'), gzipSync(Buffer.alloc(2_000_000, 0x61)))
  await writeFile(join(dir, 'corrupt.txt.gz'), Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x01, 0x02, 0x03]))
  await mkdir(join(dir, 'nothing'))
  await writeFile(join(dir, 'nothing', 'notes.docx'), 'x')
  await mkdir(join(dir, 'hollow'))
  await symlink(join(dir, 'plain.txt'), join(dir, 'batch', 'sub', 'link.txt'))
})

after(async () => {
  await rm(dir, { recursive: true, force: true })
})

test('reads a plain text file into one document that passes checkDoc', async () => {
  const result = only(await collect(join(dir, 'plain.txt'), { published: '2024-03-08' }))
  assert.ok(result.ok)
  assert.equal(result.doc.text, 'Arvenia recalled its envoy.\n\nBelmora protested.')
  assert.equal(result.doc.meta.published, '2024-03-08')
  assert.equal(result.doc.meta.reader, 'text')
  assert.deepEqual(checkDoc(result.doc), [])
})

const badFiles: Array<[string, string, ReadOptions?]> = [
  ['missing.txt', ErrorCode.InputNotFound],
  ['empty.txt', ErrorCode.InputEmpty],
  ['blank.txt', ErrorCode.InputEmpty],
  ['binary.txt', ErrorCode.InputBinary],
  ['report.pdf.txt', ErrorCode.InputBinary],
  ['latin1.txt', ErrorCode.InputInvalidUtf8],
  ['login.html', ErrorCode.InputNoArticle],
  ['plain.txt', ErrorCode.InputTooLarge, { maxBytes: 10 }],
  ['hollow', ErrorCode.InputEmpty],
  ['nothing', ErrorCode.InputEmpty],
]
for (const [name, code, options] of badFiles) {
  test(`reports ${name}${options === undefined ? '' : ' over --max-bytes'} as ${code}, naming it`, async () => {
    const results = (await collect(join(dir, name), options)).filter((r) => !(!r.ok && r.skipped === true))
    assert.equal(errorCode(results), code)
    const result = only(results)
    assert.ok(!result.ok && result.error.message.includes(join(dir, name)))
  })
}

test('refuses a URL scheme other than http(s)', async () => {
  assert.equal(errorCode(await collect('ftp://127.0.0.1/x.txt')), ErrorCode.InputUnsupported)
})

test('reads HTML by extension, and sniffs a feed and JSON lines in files without a known extension', async () => {
  const page = only(await collect(join(dir, 'page.html')))
  assert.ok(page.ok && page.doc.meta.reader === 'html' && page.doc.meta.title === 'Accord')
  const feed = only(await collect(join(dir, 'noext')))
  assert.ok(feed.ok && feed.doc.meta.reader === 'feed')
  const records = await collect(join(dir, 'records.data'))
  assert.deepEqual(
    records.map((r) => r.ok && r.doc.meta.reader),
    ['jsonl', 'jsonl'],
  )
})

test('decodes an HTML file in the legacy charset its meta tag declares', async () => {
  const page = only(await collect(join(dir, 'legacy.html')))
  assert.ok(page.ok)
  assert.ok(page.doc.text.startsWith('Arvénia and Belmora'), page.doc.text)
})

test('inflates gzip files, taking the format from the name under .gz', async () => {
  const results = await collect(join(dir, 'dump.jsonl.gz'))
  assert.deepEqual(
    results.map((r) => r.ok && r.doc.id),
    ['g1', 'g2'],
  )
  const stdin = only(await collect('-', { stdin: [gzipSync('Arvenia spoke.')] }))
  assert.ok(stdin.ok && stdin.doc.text === 'Arvenia spoke.')
})

test('stops inflating gzip at the size limit, and reports corrupt gzip', async () => {
  assert.equal(
    errorCode(await collect(join(dir, 'bomb.txt.gz'), { maxBytes: 100_000 })),
    ErrorCode.InputTooLarge,
  )
  assert.equal(errorCode(await collect(join(dir, 'corrupt.txt.gz'))), ErrorCode.InputMalformed)
})

test('--input forces a format whatever the extension says', async () => {
  const asText = only(await collect(join(dir, 'page.html'), { format: 'text' }))
  assert.ok(asText.ok && asText.doc.text.startsWith('<html>'))
  const asJsonl = await collect(join(dir, 'plain.txt'), { format: 'jsonl' })
  assert.ok(asJsonl.every((r) => !r.ok && r.error.code === ErrorCode.InputMalformed))
})

test('reads a directory recursively in sorted order, reports skipped files and goes on past bad ones', async () => {
  const results = await collect(join(dir, 'batch'))
  const summary = results.map((r) =>
    r.ok
      ? `doc ${r.doc.meta.source?.slice(dir.length)}`
      : `${r.skipped === true ? 'skip' : 'error'} ${r.error.input.slice(dir.length)}`,
  )
  assert.deepEqual(summary, [
    'doc /batch/a.md',
    'doc /batch/b.txt',
    'skip /batch/photo.jpg',
    'doc /batch/sub/c.jsonl:1',
    'error /batch/sub/c.jsonl:2',
    'doc /batch/sub/c.jsonl:3',
    'doc /batch/sub/link.txt',
    'error /batch/z-empty.txt',
  ])
})

test('applies --input to every file of a directory and skips hidden files', async () => {
  await mkdir(join(dir, 'forced', '.git'), { recursive: true })
  await writeFile(join(dir, 'forced', 'a.dump'), '{"id":"f1","text":"Arvenia spoke."}\n')
  await writeFile(join(dir, 'forced', '.hidden.jsonl'), '{"id":"h1","text":"Hidden."}\n')
  await writeFile(join(dir, 'forced', '.git', 'HEAD'), 'ref: refs/heads/main\n')
  const results = await collect(join(dir, 'forced'), { format: 'jsonl' })
  assert.deepEqual(
    results.map((r) =>
      r.ok ? r.doc.id : `${r.skipped === true ? 'skipped' : 'error'}: ${r.error.message.slice(dir.length)}`,
    ),
    ['skipped: /forced/.git/HEAD: hidden file', 'skipped: /forced/.hidden.jsonl: hidden file', 'f1'],
  )
})

test('reads stdin whole and sniffs its format', async () => {
  const feed =
    '<?xml version="1.0"?><rss version="2.0"><channel><item><title>A</title><description>Arvenia spoke.</description></item><item><title>B</title></item></channel></rss>'
  const results = await collect('-', { stdin: [Buffer.from(feed.slice(0, 30)), feed.slice(30)] })
  assert.deepEqual(
    results.map((r) => r.ok && r.doc.meta.source),
    ['stdin item 1', 'stdin item 2'],
  )
  const html = only(await collect('-', { stdin: [ARTICLE_HTML] }))
  assert.ok(html.ok && html.doc.meta.reader === 'html')
  const text = only(await collect('-', { stdin: ['Arvenia spoke.'] }))
  assert.ok(text.ok && text.doc.meta.reader === 'text' && text.doc.meta.source === 'stdin')
})

test('reports empty and oversized stdin', async () => {
  assert.equal(errorCode(await collect('-', { stdin: [] })), ErrorCode.InputEmpty)
  assert.equal(
    errorCode(await collect('-', { stdin: ['x'.repeat(64), 'y'.repeat(64)], maxBytes: 100 })),
    ErrorCode.InputTooLarge,
  )
})

// URLs: a local server on 127.0.0.1 only.
let server: Server | undefined
let base = ''
let streamedBytes = 0

before(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/'
    if (path === '/article') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      res.end(ARTICLE_HTML)
    } else if (path === '/relative') {
      res.writeHead(200, { 'content-type': 'text/html' })
      res.end(ARTICLE_HTML.replace('<title>', '<link rel="canonical" href="/stories/accord"><title>'))
    } else if (path === '/loop') {
      res.writeHead(302, { location: '/loop' })
      res.end()
    } else if (path === '/moved') {
      res.writeHead(302, { location: '/article' })
      res.end()
    } else if (path === '/feed') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' })
      res.end(
        '<rss version="2.0"><channel><item><title>T</title><link>https://v.example/t</link><description>Arvenia spoke.</description></item></channel></rss>',
      )
    } else if (path === '/lines') {
      res.writeHead(200, { 'content-type': 'application/x-ndjson' })
      res.end('{"text":"Arvenia spoke."}\n{"text":"Belmora spoke."}\n')
    } else if (path === '/plain') {
      res.writeHead(200, { 'content-type': 'text/plain; charset=windows-1252' })
      res.end(
        Buffer.from([0x41, 0x72, 0x76, 0xe9, 0x6e, 0x69, 0x61, 0x20, 0x73, 0x70, 0x6f, 0x6b, 0x65, 0x2e]),
      )
    } else if (path === '/slow') {
      res.writeHead(200, { 'content-type': 'text/plain' })
      res.write('Arvenia')
      setTimeout(() => res.end(' spoke.'), 2000).unref()
    } else if (path === '/endless') {
      // No content-length: the limit must stop the download while it streams.
      res.writeHead(200, { 'content-type': 'text/plain' })
      const chunk = Buffer.alloc(16 * 1024, 0x61)
      const pump = (): void => {
        while (!res.destroyed && streamedBytes < 8 * 1024 * 1024) {
          streamedBytes += chunk.length
          if (!res.write(chunk)) {
            res.once('drain', pump)
            return
          }
        }
        res.end()
      }
      pump()
    } else if (path === '/declared') {
      res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(10_000_000) })
      res.end('short')
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' })
      res.end('not here')
    }
  })
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

after(async () => {
  server?.closeAllConnections()
  await new Promise((resolve) => server?.close(resolve))
})

test('fetches an HTML page through a redirect and keeps the final URL', async () => {
  const result = only(await collect(`${base}/moved`))
  assert.ok(result.ok)
  assert.equal(result.doc.meta.reader, 'html')
  assert.equal(result.doc.meta.url, `${base}/article`)
  assert.equal(result.doc.meta.source, `${base}/moved`)
})

test('resolves a relative canonical link against the page address', async () => {
  const result = only(await collect(`${base}/relative`))
  assert.ok(result.ok)
  assert.equal(result.doc.meta.url, `${base}/stories/accord`)
})

test('dispatches URLs by content type: feed, JSON lines, text in a declared charset', async () => {
  const feed = only(await collect(`${base}/feed`))
  assert.ok(feed.ok && feed.doc.meta.url === 'https://v.example/t')
  assert.equal((await collect(`${base}/lines`)).filter((r) => r.ok).length, 2)
  const plain = only(await collect(`${base}/plain`))
  assert.ok(plain.ok && plain.doc.text === 'Arvénia spoke.')
})

test('reports an HTTP error status', async () => {
  const result = only(await collect(`${base}/missing`))
  assert.ok(
    !result.ok && result.error.code === ErrorCode.FetchFailed && result.error.message.includes('HTTP 404'),
  )
})

test('reports a redirect loop', async () => {
  const result = only(await collect(`${base}/loop`))
  assert.ok(!result.ok && result.error.code === ErrorCode.FetchFailed)
  assert.match(result.error.message, /redirect/)
})

test('reports a URL that does not answer in time as DYAD_FETCH_TIMEOUT', async () => {
  const result = only(await collect(`${base}/slow`, { timeoutMs: 300 }))
  assert.ok(!result.ok)
  assert.equal(result.error.code, ErrorCode.FetchTimeout)
  assert.match(result.error.message, /300 ms/)
})

test('stops a download as soon as it passes the size limit', async () => {
  const result = only(await collect(`${base}/endless`, { maxBytes: 100_000 }))
  assert.ok(!result.ok && result.error.code === ErrorCode.InputTooLarge)
  assert.ok(streamedBytes < 8 * 1024 * 1024, `server streamed ${streamedBytes} bytes`)
  const declared = only(await collect(`${base}/declared`, { maxBytes: 100_000 }))
  assert.ok(!declared.ok && declared.error.code === ErrorCode.InputTooLarge)
})

test('reports a refused connection', async () => {
  const closed = createServer()
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
  const port = (closed.address() as AddressInfo).port
  await new Promise((resolve) => closed.close(resolve))
  const result = only(await collect(`http://127.0.0.1:${port}/`))
  assert.ok(!result.ok && result.error.code === ErrorCode.FetchFailed)
  assert.match(result.error.message, /connection refused/)
})
