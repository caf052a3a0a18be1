// Tests for the HTML reader: main text by paragraphs, page metadata, pages with no article.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { ErrorCode, InputError } from '../core/index.js'
import { extractHtmlArticle } from './html-reader.js'
import { htmlToBlocks } from './html-text.js'

const body = `
<p>Arvenia and Belmora signed a fishing accord in Vell on Friday, ending a dispute that had lasted for three years.</p>
<p>The foreign minister of Belmora said the accord would be <b>reviewed</b> in a year, and that both sides hoped for more talks.</p>
<figure><img src="a.jpg"><figcaption>Delegates in Vell.</figcaption></figure>`

function page(head: string, article: string): string {
  return `<!doctype html><html><head>${head}</head><body><nav><a href="/">Home</a> | <a href="/w">World</a></nav>
<article>${article}</article><footer>Copyright Daily Vell 2024. All rights reserved.</footer>
<script>var tracking = "Arvenia";</script></body></html>`
}

test('keeps one paragraph per block element, separated by blank lines', () => {
  const { text } = extractHtmlArticle(page('<title>Accord signed</title>', body), 'a.html')
  const paragraphs = text.split('\n\n')
  assert.equal(paragraphs[0], 'Accord signed')
  assert.ok(paragraphs[1]?.startsWith('Arvenia and Belmora signed a fishing accord'))
  assert.ok(paragraphs[2]?.includes('would be reviewed in a year'))
  assert.ok(!text.includes('Home'), 'navigation is not article text')
  assert.ok(!text.includes('tracking'), 'scripts are not article text')
  assert.ok(!text.includes('Copyright'), 'the footer is not article text')
})

test('reads title, author, published time and canonical URL from meta tags', () => {
  const head = `<title>Accord | Daily Vell</title>
<meta property="og:title" content="Arvenia and Belmora sign accord">
<meta name="author" content="Ana Kell">
<meta property="article:published_time" content="2024-03-08T10:00:00+02:00">
<link rel="canonical" href="https://vell.example/accord">`
  const { meta, text } = extractHtmlArticle(page(head, body), 'a.html')
  assert.equal(meta.title, 'Arvenia and Belmora sign accord')
  assert.equal(meta.author, 'Ana Kell')
  assert.equal(meta.published, '2024-03-08T10:00:00+02:00')
  assert.equal(meta.url, 'https://vell.example/accord')
  assert.ok(text.startsWith('Arvenia and Belmora sign accord\n\n'))
})

test('reads the published date from JSON-LD when meta tags lack it', () => {
  const head = `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Accord in Vell","datePublished":"2024-03-07T08:00:00Z","author":{"@type":"Person","name":"Ana Kell"}}]}</script>`
  const { meta } = extractHtmlArticle(page(head, body), 'a.html')
  assert.equal(meta.published, '2024-03-07T08:00:00Z')
  assert.equal(meta.title, 'Accord in Vell')
  assert.equal(meta.author, 'Ana Kell')
})

test('reads Dublin Core and other date metas whatever their case', () => {
  const cases: Array<[string, string]> = [
    ['<meta name="DC.Date.Issued" content="2024-03-05">', '2024-03-05'],
    ['<meta name="parsely-pub-date" content="2024-03-04T07:00:00Z">', '2024-03-04T07:00:00Z'],
    ['<meta itemprop="datePublished" content="Mon, 04 Mar 2024 07:00:00 GMT">', '2024-03-04T07:00:00Z'],
  ]
  for (const [head, published] of cases) {
    assert.equal(extractHtmlArticle(page(head, body), 'a.html').meta.published, published)
  }
})

test('reads the published date from a time element', () => {
  const { meta } = extractHtmlArticle(page('', `<time datetime="2024-03-06">6 March</time>${body}`), 'a.html')
  assert.equal(meta.published, '2024-03-06')
})

test('does not repeat a headline the body already opens with', () => {
  const { text } = extractHtmlArticle(
    page('<title>Arvenia and Belmora sign accord</title>', `<h1>Arvenia and Belmora sign accord</h1>${body}`),
    'a.html',
  )
  assert.equal(text.split('Arvenia and Belmora sign accord').length - 1, 1)
})

test('drops the byline paragraph from the text and keeps it as author', () => {
  const { text, meta } = extractHtmlArticle(page('', `<p class="byline">By Ana Kell</p>${body}`), 'a.html')
  assert.ok(!text.includes('By Ana Kell'))
  assert.equal(meta.author, 'Ana Kell')
})

test('reads an HTML fragment without html or body tags', () => {
  const { text } = extractHtmlArticle(
    '<p>Arvenia recalled its ambassador from Belmora on Friday after a dispute.</p>',
    'f.html',
  )
  assert.equal(text, 'Arvenia recalled its ambassador from Belmora on Friday after a dispute.')
})

test('reads a very large page without Readability, leaving out navigation and asides', () => {
  const paragraphs = Array.from(
    { length: 3500 },
    (_, i) => `<div><p>Paragraph ${i} on the Arvenian accord.</p></div>`,
  )
  const html = `<html><head><title>Long</title></head><body><nav><a href="/">Home</a></nav><article>
<aside>Related stories</aside>${paragraphs.join('')}</article><footer>Copyright</footer></body></html>`
  const { text } = extractHtmlArticle(html, 'big.html')
  const blocks = text.split('\n\n')
  assert.equal(blocks.length, 3501)
  assert.equal(blocks[0], 'Long')
  assert.equal(blocks[3500], 'Paragraph 3499 on the Arvenian accord.')
  assert.ok(!text.includes('Home') && !text.includes('Related') && !text.includes('Copyright'))
})

const noArticle: Array<[string, string]> = [
  ['an empty body', '<html><body></body></html>'],
  [
    'a login form',
    '<html><body><form><input name="u"><button>Sign in</button></form><a href="/r">Register</a></body></html>',
  ],
  ['a not-found page', '<html><head><title>404</title></head><body><h1>Page not found</h1></body></html>'],
]
for (const [what, html] of noArticle) {
  test(`refuses ${what} with DYAD_INPUT_NO_ARTICLE naming the file`, () => {
    assert.throws(
      () => extractHtmlArticle(html, 'pages/x.html'),
      (error: unknown) =>
        error instanceof InputError &&
        error.code === ErrorCode.InputNoArticle &&
        error.message.startsWith('pages/x.html:'),
    )
  })
}

const blockCases: Array<[string, string[]]> = [
  ['<p>One <b>two</b></p><p>Three</p>', ['One two', 'Three']],
  ['<div>Alpha<br>Beta</div>', ['Alpha', 'Beta']],
  ['<ul><li>a</li><li>b</li></ul>', ['a', 'b']],
  ['<table><tr><td>x</td><td>y</td></tr></table>', ['x y']],
  ['Text &amp; more <script>no()</script>', ['Text & more']],
  ['<p>  spaced\n  out  </p>', ['spaced out']],
]
for (const [html, blocks] of blockCases) {
  test(`turns ${html} into ${JSON.stringify(blocks)}`, () => {
    assert.deepEqual(htmlToBlocks(html), blocks)
  })
}
