// Property tests: no input, however odd, makes a reader throw; every document it yields passes checkDoc.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import fc from 'fast-check'
import { checkDoc, InputError } from '../core/index.js'
import { readFeed } from './feed-reader.js'
import { extractHtmlArticle } from './html-reader.js'
import { readJsonl } from './jsonl-reader.js'
import { readInput } from './read-input.js'
import type { ReadResult } from './types.js'

function assertSound(results: Iterable<ReadResult>): void {
  for (const result of results) {
    if (result.ok) assert.deepEqual(checkDoc(result.doc), [])
    else assert.ok(result.error instanceof InputError)
  }
}

// Fragments that steer random text toward the readers' edge cases.
const jsonlPiece = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '{',
    '}',
    '"text":',
    '"id":',
    '"date":',
    '"published":',
    ',',
    '\n',
    '\r\n',
    'null',
    '""',
    '" "',
    '[]',
    '1e999',
  ),
)
const markupPiece = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '<p>',
    '</p>',
    '<div>',
    '<br>',
    '<script>',
    '</script>',
    '<article>',
    '&amp;',
    '&#x0;',
    '<![CDATA[',
    ']]>',
  ),
  fc.constantFrom(
    '<rss version="2.0"><channel>',
    '<item>',
    '</item>',
    '<title>',
    '</title>',
    '<description>',
    '</description>',
  ),
  fc.constantFrom(
    '<feed>',
    '<entry>',
    '</entry>',
    '<link href="x"/>',
    '</channel></rss>',
    '</feed>',
    '<?xml version="1.0"?>',
  ),
)

test('readJsonl never throws and yields only sound documents or InputErrors', () => {
  fc.assert(
    fc.property(fc.array(jsonlPiece, { maxLength: 40 }), (pieces) => {
      assertSound(readJsonl(pieces.join(''), 'random.jsonl'))
    }),
    { numRuns: 300 },
  )
})

test('readFeed never throws on random markup', () => {
  fc.assert(
    fc.property(fc.array(markupPiece, { maxLength: 40 }), (pieces) => {
      assertSound(readFeed(pieces.join(''), 'random.xml'))
    }),
    { numRuns: 300 },
  )
})

test('extractHtmlArticle either returns text or throws an InputError', () => {
  fc.assert(
    fc.property(fc.array(markupPiece, { maxLength: 60 }), (pieces) => {
      try {
        const article = extractHtmlArticle(pieces.join(' '), 'random.html')
        assert.ok(article.text.trim() !== '')
      } catch (error) {
        assert.ok(error instanceof InputError, String(error))
      }
    }),
    { numRuns: 150 },
  )
})

test('readInput on random stdin bytes yields results and never rejects', async () => {
  await fc.assert(
    fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
      const results: ReadResult[] = []
      for await (const result of readInput('-', { stdin: [bytes] })) results.push(result)
      assert.ok(results.length >= 1)
      assertSound(results)
    }),
    { numRuns: 200 },
  )
})
