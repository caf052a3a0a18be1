// Tests for `dyad analyze` through runAnalyze with captured output: formats, per-article errors, exit codes.
import assert from 'node:assert/strict'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { createDefaultStages, type DocJson } from '../api/index.js'
import { checkDoc, ErrorCode } from '../core/index.js'
import { buildPipeline, type AnyStage } from '../pipeline/index.js'
import { runAnalyze, type AnalyzeCommandOptions, type AnalyzeDeps } from './analyze-command.js'
import { ExitCode } from './exit-codes.js'

let dir = ''
let server: Server | undefined
let base = ''

const defaults: AnalyzeCommandOptions = {
  format: 'json',
  input: 'auto',
  layers: false,
  actors: [],
  patterns: [],
}

async function run(
  source: string | readonly string[],
  options: Partial<AnalyzeCommandOptions> = {},
  deps: AnalyzeDeps = {},
): Promise<{ code: number; out: string; err: string[] }> {
  const out: string[] = []
  const err: string[] = []
  const code = await runAnalyze(
    source,
    { ...defaults, ...options },
    { out: (t) => out.push(t), err: (t) => err.push(t) },
    deps,
  )
  return { code, out: out.join('\n'), err }
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dyad-cli-'))
  await writeFile(join(dir, 'one.txt'), 'Arvenia recalled its envoy from Belmora on Friday.')
  await writeFile(join(dir, 'empty.txt'), '')
  await writeFile(join(dir, 'blank.txt'), ' \n\n\t ')
  await writeFile(join(dir, 'binary.txt'), Buffer.from([0x00, 0x01, 0x02, 0x03]))
  await writeFile(join(dir, 'bad-utf8.txt'), Buffer.from([0x41, 0xc3, 0x28, 0x42]))
  await writeFile(
    join(dir, 'login.html'),
    '<html><body><form><input><button>Log in</button></form></body></html>',
  )
  await writeFile(
    join(dir, 'mixed.jsonl'),
    [
      '{"id":"r1","text":"Arvenia recalled its envoy.","date":"2024-03-01"}',
      '{"id":"r2","text":"Belmora protested."}',
      'not json at all',
      '{"id":"r4","title":"no text"}',
    ].join('\n'),
  )
  await writeFile(
    join(dir, 'broken.rss'),
    '<rss version="2.0"><channel><item><title>Talks</title><description>Arvenia and Belmora talked.</description></item><item><link>https://v.example/x</link></item></channel></rss>',
  )
  await writeFile(
    join(dir, 'poisoned.jsonl'),
    [
      '{"id":"p1","text":"Arvenia spoke."}',
      '{"id":"p2","text":"POISON pill for the tokenizer."}',
      '{"id":"p3","text":"Belmora spoke."}',
    ].join('\n'),
  )
  await mkdir(join(dir, 'unreadable'))
  await writeFile(join(dir, 'unreadable', 'scan.pdf'), '%PDF-1.4')
  await writeFile(join(dir, 'unreadable', 'sheet.xlsx'), 'x')
  server = createServer((_req, res) => {
    // Never answers: the client's timeout must fire.
    res.writeHead(200, { 'content-type': 'text/plain' })
    res.write('Arvenia')
  })
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

after(async () => {
  server?.closeAllConnections()
  await new Promise((resolve) => server?.close(resolve))
  await rm(dir, { recursive: true, force: true })
})

test('prints one document as a JSON object, with --published applied, and exits 0', async () => {
  const { code, out, err } = await run(join(dir, 'one.txt'), { published: '2024-03-08' })
  assert.equal(code, ExitCode.Ok)
  assert.deepEqual(err, [])
  const doc = JSON.parse(out) as DocJson
  assert.equal(doc.format, 'dyad-doc@1')
  assert.equal(doc.meta.published, '2024-03-08')
  assert.equal(doc.text, 'Arvenia recalled its envoy from Belmora on Friday.')
})

test('prints several documents as a JSON array and keeps record dates over --published', async () => {
  const { code, out } = await run(join(dir, 'mixed.jsonl'), { published: '2024-03-08' })
  assert.equal(code, ExitCode.Partial)
  const docs = JSON.parse(out) as DocJson[]
  assert.deepEqual(
    docs.map((d) => [d.id, d.meta.published]),
    [
      ['r1', '2024-03-01'],
      ['r2', '2024-03-08'],
    ],
  )
})

test('prints one JSON document per line with --format jsonl and reports bad lines by number on stderr', async () => {
  const { code, out, err } = await run(join(dir, 'mixed.jsonl'), { format: 'jsonl' })
  assert.equal(code, ExitCode.Partial)
  const lines = out.split('\n')
  assert.deepEqual(
    lines.map((line) => (JSON.parse(line) as DocJson).id),
    ['r1', 'r2'],
  )
  assert.ok(
    err.some((e) =>
      e.startsWith(`dyad: error ${ErrorCode.InputMalformed}: ${join(dir, 'mixed.jsonl')}:3: invalid JSON`),
    ),
  )
  assert.ok(err.some((e) => e.includes('mixed.jsonl:4: record has no "text"')))
  assert.match(err.at(-1) ?? '', /2 article\(s\) analyzed, 2 could not be read/)
})

test('prints a readable table with --format table', async () => {
  const { code, out } = await run(join(dir, 'one.txt'), { format: 'table', published: '2024-03-08' })
  assert.equal(code, ExitCode.Ok)
  assert.match(out, /^== .*one\.txt {2}\(id [0-9a-f]{16}, published 2024-03-08\)/)
  assert.match(out, /-- entities \(\d+\)/)
  assert.match(out, /-- events \(\d+\)/)
})

test('includes raw layers with --layers, and they pass checkDoc', async () => {
  const { out } = await run(join(dir, 'one.txt'), { layers: true })
  const doc = JSON.parse(out) as DocJson
  assert.ok((doc.layers?.tokens?.length ?? 0) > 0)
  const asDoc = {
    id: doc.id,
    text: doc.text,
    meta: doc.meta,
    layers: doc.layers ?? {},
    diagnostics: doc.diagnostics,
  }
  assert.deepEqual(checkDoc(asDoc), [])
})

const badInputs: Array<{
  what: string
  source: () => string
  code: string
  options?: Partial<AnalyzeCommandOptions>
}> = [
  { what: 'a missing file', source: () => join(dir, 'nope.txt'), code: ErrorCode.InputNotFound },
  { what: 'an empty file', source: () => join(dir, 'empty.txt'), code: ErrorCode.InputEmpty },
  { what: 'a whitespace-only file', source: () => join(dir, 'blank.txt'), code: ErrorCode.InputEmpty },
  { what: 'a binary file', source: () => join(dir, 'binary.txt'), code: ErrorCode.InputBinary },
  { what: 'invalid UTF-8', source: () => join(dir, 'bad-utf8.txt'), code: ErrorCode.InputInvalidUtf8 },
  {
    what: 'a file over --max-bytes',
    source: () => join(dir, 'one.txt'),
    code: ErrorCode.InputTooLarge,
    options: { maxBytes: 8 },
  },
  { what: 'HTML with no article', source: () => join(dir, 'login.html'), code: ErrorCode.InputNoArticle },
  {
    what: 'a directory with nothing readable',
    source: () => join(dir, 'unreadable'),
    code: ErrorCode.InputEmpty,
  },
  {
    what: 'a URL that times out',
    source: () => `${base}/slow`,
    code: ErrorCode.FetchTimeout,
    options: { timeout: 300 },
  },
]
for (const { what, source, code, options } of badInputs) {
  test(`reports ${what} as ${code} on stderr, prints nothing, and exits 3`, async () => {
    const result = await run(source(), options)
    assert.equal(result.code, ExitCode.NothingRead)
    assert.equal(result.out, '')
    const line = result.err.find((e) => e.startsWith('dyad: error '))
    assert.ok(line !== undefined, result.err.join('\n'))
    assert.ok(line.startsWith(`dyad: error ${code}: ${source()}`), line)
    assert.match(result.err.at(-1) ?? '', /^dyad: nothing could be read from /)
  })
}

test('reports a feed with a broken item by index, prints the good item, and exits 1', async () => {
  const { code, out, err } = await run(join(dir, 'broken.rss'), { format: 'jsonl' })
  assert.equal(code, ExitCode.Partial)
  assert.equal(out.split('\n').length, 1)
  assert.ok(err.some((e) => e.includes('broken.rss item 2: feed item has neither title nor text')))
})

test('reports skipped files in a directory without failing the run', async () => {
  await mkdir(join(dir, 'some'), { recursive: true })
  await writeFile(join(dir, 'some', 'a.txt'), 'Arvenia spoke.')
  await writeFile(join(dir, 'some', 'b.docx'), 'x')
  const { code, err } = await run(join(dir, 'some'), { format: 'jsonl' })
  assert.equal(code, ExitCode.Ok)
  assert.ok(err.some((e) => e.startsWith('dyad: skipped ') && e.includes('b.docx')))
})

test('reads stdin when the source is "-"', async () => {
  const { code, out } = await run(
    '-',
    { format: 'jsonl' },
    { stdin: ['{"id":"s1","text":"Arvenia spoke."}\n'] },
  )
  assert.equal(code, ExitCode.Ok)
  assert.equal((JSON.parse(out) as DocJson).id, 's1')
})

test('keeps printing the batch when a stage crashes on one poisoned article, and exits 1', async () => {
  const stages: AnyStage[] = createDefaultStages().map((stage) =>
    stage.name !== 'tokens'
      ? stage
      : {
          ...stage,
          run: (doc, ctx) => {
            if (doc.text.includes('POISON')) throw new Error('poisoned input')
            return stage.run(doc, ctx)
          },
        },
  )
  const { code, out, err } = await run(
    join(dir, 'poisoned.jsonl'),
    { format: 'jsonl' },
    { pipeline: buildPipeline(stages) },
  )
  assert.equal(code, ExitCode.Partial)
  const docs = out.split('\n').map((line) => JSON.parse(line) as DocJson)
  assert.deepEqual(
    docs.map((d) => d.id),
    ['p1', 'p2', 'p3'],
  )
  assert.ok(docs[1]?.diagnostics.some((d) => d.code === 'stage-crashed' && d.stage === 'tokens'))
  assert.ok(err.some((e) => e.includes('p2') || e.includes('poisoned.jsonl:2')))
  assert.ok(err.some((e) => e.includes('stage tokens: Stage crashed: poisoned input')))
})

test('exits 2 with DYAD_DICTIONARY_INVALID, before reading anything, when an --actors file is bad', async () => {
  await writeFile(join(dir, 'bad-actors.json'), '{"format":"something-else"}')
  for (const file of [join(dir, 'bad-actors.json'), join(dir, 'no-such-actors.json')]) {
    const { code, out, err } = await run(join(dir, 'one.txt'), { actors: [file] })
    assert.equal(code, ExitCode.Usage)
    assert.equal(out, '')
    assert.match(
      err[0] ?? '',
      new RegExp(`^dyad: error DYAD_DICTIONARY_INVALID: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    )
  }
})

test('analyzes an HTML page with its title as the headline paragraph and its metadata kept', async () => {
  await writeFile(
    join(dir, 'story.html'),
    `<html><head><meta property="og:title" content="Arvenia and Belmora sign a fishing accord">
<meta property="article:published_time" content="2024-03-08T09:00:00+01:00"><link rel="canonical" href="https://vell.example/s">
</head><body><nav><a href="/">Home</a></nav><article>
<p>Arvenia and Belmora signed a fishing accord in Vell on Friday, ending three years of dispute.</p>
<p>The foreign minister of Belmora said the accord would be reviewed next year.</p></article></body></html>`,
  )
  const { code, out } = await run(join(dir, 'story.html'), { layers: true })
  assert.equal(code, ExitCode.Ok)
  const doc = JSON.parse(out) as DocJson
  assert.equal(doc.meta.url, 'https://vell.example/s')
  assert.equal(doc.meta.published, '2024-03-08T09:00:00+01:00')
  const paragraphs = doc.layers?.paragraphs ?? []
  assert.deepEqual(
    paragraphs.map((p) => [doc.text.slice(p.start, p.end).slice(0, 24), p.role]),
    [
      ['Arvenia and Belmora sign', 'headline'],
      ['Arvenia and Belmora sign', 'body'],
      ['The foreign minister of ', 'body'],
    ],
  )
  assert.ok(doc.dates.some((d) => d.text === 'Friday' && d.value === '2024-03-08'))
})

test('gives the same output, in input order, with --jobs 2 as in one thread', async () => {
  const records = Array.from({ length: 9 }, (_, i) =>
    i === 4
      ? '{"id":"broken"'
      : JSON.stringify({ id: `j${i}`, text: `Arvenia and Belmora met for round ${i} of talks on Friday.` }),
  )
  await writeFile(join(dir, 'jobs.jsonl'), records.join('\n'))
  const single = await run(join(dir, 'jobs.jsonl'), { format: 'jsonl', published: '2024-03-08' })
  const pooled = await run(join(dir, 'jobs.jsonl'), { format: 'jsonl', published: '2024-03-08', jobs: 2 })
  assert.equal(pooled.code, ExitCode.Partial)
  assert.equal(pooled.out, single.out)
  assert.deepEqual(pooled.err, single.err)
  assert.deepEqual(
    pooled.out.split('\n').map((line) => (JSON.parse(line) as DocJson).id),
    ['j0', 'j1', 'j2', 'j3', 'j5', 'j6', 'j7', 'j8'],
  )
})

test('reads several sources in order as one batch', async () => {
  const { code, out, err } = await run(
    [join(dir, 'one.txt'), join(dir, 'empty.txt'), join(dir, 'mixed.jsonl')],
    {
      format: 'jsonl',
    },
  )
  assert.equal(code, ExitCode.Partial)
  const ids = out.split('\n').map((line) => (JSON.parse(line) as DocJson).id)
  assert.equal(ids.length, 3)
  assert.deepEqual(ids.slice(1), ['r1', 'r2'])
  assert.ok(err.some((e) => e.includes(`${ErrorCode.InputEmpty}: ${join(dir, 'empty.txt')}`)))
})

test('reports a document that cannot be printed as a table and prints the rest', async () => {
  // A stage that breaks its own layer's contract on one article (an event with no source).
  const sloppy: AnyStage = {
    name: 'sloppy-events',
    version: '0',
    reads: [],
    writes: ['events'],
    run: (doc) => ({ events: doc.text.includes('BOGUS') ? ([{ id: 'x' }] as never) : [] }),
  }
  await writeFile(
    join(dir, 'sloppy.jsonl'),
    '{"id":"s1","text":"BOGUS event."}\n{"id":"s2","text":"Arvenia spoke."}\n',
  )
  const { code, out, err } = await run(
    join(dir, 'sloppy.jsonl'),
    { format: 'table' },
    { pipeline: buildPipeline([sloppy]) },
  )
  assert.equal(code, ExitCode.Partial)
  assert.match(out, /\(id s2/)
  assert.doesNotMatch(out, /\(id s1/)
  assert.ok(
    err.some((e) => e.startsWith('dyad: error DYAD_DOC_INVALID: ') && e.includes('could not be printed')),
  )
})
