// Tests for format guessing from extensions, content types and content.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { formatFromContentType, formatFromPath, sniffFormat } from './sniff.js'

const paths: Array<[string, string | undefined]> = [
  ['a.txt', 'text'],
  ['A.MD', 'text'],
  ['page.HTM', 'html'],
  ['dump.ndjson', 'jsonl'],
  ['export.json', 'jsonl'],
  ['dump.jsonl.gz', 'jsonl'],
  ['feed.atom', 'feed'],
  ['scan.pdf', undefined],
  ['notes', undefined],
]
for (const [path, format] of paths) {
  test(`takes ${path} for ${String(format)}`, () => assert.equal(formatFromPath(path), format))
}

const types: Array<[string | null, string | undefined]> = [
  ['text/html; charset=utf-8', 'html'],
  ['application/rss+xml', 'feed'],
  ['application/atom+xml; charset=UTF-8', 'feed'],
  ['application/x-ndjson', 'jsonl'],
  ['text/plain', undefined],
  ['application/xml', undefined],
  [null, undefined],
]
for (const [type, format] of types) {
  test(`takes content type ${String(type)} for ${String(format)}`, () =>
    assert.equal(formatFromContentType(type), format))
}

const contents: Array<[string, string]> = [
  ['<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>', 'feed'],
  ['<?xml version="1.0"?><!-- generator --><feed xmlns="http://www.w3.org/2005/Atom">', 'feed'],
  ['<!DOCTYPE html><html><body><p>x</p></body></html>', 'html'],
  ['\uFEFF  <html lang="en">', 'html'],
  ['<p>Arvenia spoke.</p>', 'html'],
  ['{"text":"Arvenia spoke."}\n{"text":"Belmora spoke."}', 'jsonl'],
  ['[\n {"text":"Arvenia spoke."}\n]', 'jsonl'],
  ['{\n  "text": "Arvenia spoke."\n}', 'jsonl'],
  ['Arvenia spoke on Friday.', 'text'],
  ['{Arvenia} is a braced word in plain text.', 'text'],
  ['<Arvenia> said it would respond.', 'text'],
  ['[1] Arvenia spoke.', 'text'],
]
for (const [content, format] of contents) {
  test(`sniffs ${JSON.stringify(content.slice(0, 30))} as ${format}`, () =>
    assert.equal(sniffFormat(content), format))
}
