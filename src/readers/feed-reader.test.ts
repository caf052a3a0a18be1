// Tests for the RSS/Atom reader: one document per item, metadata normalised, broken items reported by index.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { checkDoc, ErrorCode, type Doc } from '../core/index.js'
import { readFeed } from './feed-reader.js'
import type { ReadResult } from './types.js'

function docs(results: ReadResult[]): Doc[] {
  return results.flatMap((r) => (r.ok ? [r.doc] : []))
}

const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Vell Daily</title><link>https://vell.example/</link>
<item>
  <title>Arvenia recalls envoy</title>
  <link>https://vell.example/1</link>
  <pubDate>Fri, 08 Mar 2024 09:30:00 +0200</pubDate>
  <dc:creator>Ana Kell</dc:creator>
  <description>Short summary.</description>
  <content:encoded><![CDATA[<p>Arvenia recalled its envoy to Belmora on Friday.</p><p>Belmora &amp; Arvenia have quarrelled since May.</p>]]></content:encoded>
</item>
<item>
  <title>Talks resume</title>
  <link>https://vell.example/2</link>
  <pubDate>Sat, 09 Mar 2024 10:00:00 GMT</pubDate>
  <description>&lt;p&gt;Talks between the two resumed in Vell.&lt;/p&gt;&lt;p&gt;More soon.&lt;/p&gt;</description>
</item>
<item><link>https://vell.example/3</link></item>
</channel></rss>`

test('reads each RSS item as a document with title, link, date and author', () => {
  const results = readFeed(rss, 'vell.rss')
  assert.equal(results.length, 3)
  const [first, second] = docs(results)
  assert.ok(first !== undefined && second !== undefined)
  assert.equal(
    first.text,
    'Arvenia recalls envoy\n\nArvenia recalled its envoy to Belmora on Friday.\n\nBelmora & Arvenia have quarrelled since May.',
  )
  assert.equal(first.meta.title, 'Arvenia recalls envoy')
  assert.equal(first.meta.url, 'https://vell.example/1')
  assert.equal(first.meta.published, '2024-03-08T09:30:00+02:00')
  assert.equal(first.meta.author, 'Ana Kell')
  assert.equal(first.meta.reader, 'feed')
  assert.equal(first.meta.source, 'vell.rss item 1')
  assert.equal(second.text, 'Talks resume\n\nTalks between the two resumed in Vell.\n\nMore soon.')
  assert.equal(second.meta.published, '2024-03-09T10:00:00Z')
  for (const doc of [first, second]) assert.deepEqual(checkDoc(doc), [])
})

test('reports an item with neither title nor text by feed and index, and keeps the rest', () => {
  const broken = readFeed(rss, 'vell.rss')[2]
  assert.ok(broken !== undefined && !broken.ok)
  assert.equal(broken.error.code, ErrorCode.InputEmpty)
  assert.match(broken.error.message, /^vell\.rss item 3: /)
})

test('takes a guid as the URL only when it is an address', () => {
  const feed = `<rss version="2.0"><channel>
<item><title>A</title><guid isPermaLink="true">https://v.example/a</guid><description>Arvenia spoke.</description></item>
<item><title>B</title><guid isPermaLink="false">tag:v.example,2024:b</guid><description>Belmora spoke.</description></item>
</channel></rss>`
  assert.deepEqual(
    docs(readFeed(feed, 'g.rss')).map((d) => d.meta.url),
    ['https://v.example/a', undefined],
  )
})

test('reads a feed with a single item (items are always arrays)', () => {
  const one = `<rss version="2.0"><channel><item><title>Only one</title><description>Arvenia spoke.</description></item></channel></rss>`
  assert.equal(docs(readFeed(one, 'one.rss')).length, 1)
})

const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Belmora Wire</title>
<entry>
  <title type="html">Belmora &amp;amp; Arvenia meet</title>
  <link rel="self" href="https://wire.example/self/1"/>
  <link rel="alternate" href="https://wire.example/1"/>
  <updated>2024-03-10T12:00:00Z</updated><published>2024-03-09T08:00:00Z</published>
  <author><name>Ivo Dass</name></author>
  <content type="html">&lt;p&gt;Leaders of Belmora and Arvenia met in Port Amsel.&lt;/p&gt;</content>
</entry>
<entry>
  <title>Summary only</title>
  <summary>Belmora said little.</summary>
</entry>
</feed>`

test('reads Atom entries with the alternate link, published date and author name', () => {
  const [first, second] = docs(readFeed(atom, 'wire.atom'))
  assert.ok(first !== undefined && second !== undefined)
  assert.equal(first.meta.title, 'Belmora & Arvenia meet')
  assert.equal(first.meta.url, 'https://wire.example/1')
  assert.equal(first.meta.published, '2024-03-09T08:00:00Z')
  assert.equal(first.meta.author, 'Ivo Dass')
  assert.equal(first.text, 'Belmora & Arvenia meet\n\nLeaders of Belmora and Arvenia met in Port Amsel.')
  assert.equal(second.text, 'Summary only\n\nBelmora said little.')
})

const bad: Array<[string, string, string]> = [
  ['malformed XML', '<rss><channel><item><title>x</item></channel></rss>', ErrorCode.InputMalformed],
  ['XML that is not a feed', '<?xml version="1.0"?><note><to>Vell</to></note>', ErrorCode.InputUnsupported],
  [
    'a feed without items',
    '<rss version="2.0"><channel><title>Empty</title></channel></rss>',
    ErrorCode.InputNoArticle,
  ],
]
for (const [what, xml, code] of bad) {
  test(`reports ${what} as ${code} naming the feed`, () => {
    const [result, ...rest] = readFeed(xml, 'f.xml')
    assert.equal(rest.length, 0)
    assert.ok(result !== undefined && !result.ok)
    assert.equal(result.error.code, code)
    assert.match(result.error.message, /^f\.xml: /)
  })
}

test('keeps an item whose pubDate cannot be read, with a warning naming it', () => {
  const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>Arvenia votes</title><description>Arvenia voted.</description><pubDate>Caturday, 99 Foo 2024</pubDate></item>
</channel></rss>`
  const [item] = [...readFeed(feed, 'wire.xml')]
  assert.ok(item?.ok)
  assert.equal(item.doc.meta.published, undefined)
  assert.deepEqual(
    item.doc.diagnostics.map((d) => d.code),
    ['published-unreadable'],
  )
  assert.match(item.doc.diagnostics[0]?.message ?? '', /pubDate field "Caturday, 99 Foo 2024"/)
})
