// HTML to plain text by blocks: one paragraph per block element, paragraphs separated by blank lines.
import { parseHTML } from 'linkedom'

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'ul',
  'caption',
  'center',
  'br',
])

// Never text: code, styling, media and controls.
const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'img',
  'picture',
  'source',
  'button',
  'select',
  'input',
  'textarea',
  'head',
])

/** Page furniture left out when blocks are collected without Readability (very large pages). */
export const PAGE_CHROME_TAGS: ReadonlySet<string> = new Set([
  ...SKIP_TAGS,
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'menu',
])

// Cells sit side by side in a row: keep a space between them rather than a paragraph break.
const CELL_TAGS = new Set(['td', 'th'])

/** The slice of the DOM we read; linkedom provides it, and the repo compiles without the DOM lib. */
export interface DomNode {
  readonly nodeType: number
  readonly nodeName: string
  readonly textContent: string | null
  readonly childNodes: ArrayLike<DomNode>
  readonly firstChild: DomNode | null
  readonly nextSibling: DomNode | null
  getAttribute(name: string): string | null
  querySelector(selector: string): DomNode | null
  querySelectorAll(selector: string): ArrayLike<DomNode>
}

/** A parsed HTML document. */
export interface DomDocument extends DomNode {
  readonly body: DomNode
}

/** Parses an HTML page with linkedom; a fragment or empty string still gives a document with a root and body. */
export function parseDocument(html: string): DomDocument {
  const parse = (markup: string): DomDocument & { documentElement: unknown } =>
    (parseHTML(markup) as unknown as { document: DomDocument & { documentElement: unknown } }).document
  const hasRoot = (document: DomDocument & { documentElement: unknown }): boolean => {
    try {
      // A fragment (`<p>…</p>`) becomes the root element itself, outside any body.
      const root = document.documentElement as { nodeName?: string } | null
      return root?.nodeName === 'HTML' && (document.body as unknown) != null
    } catch {
      // linkedom's `body` getter throws when the root is missing.
      return false
    }
  }
  const document = parse(html)
  // linkedom builds no root element for text without an <html> tag; Readability needs one.
  if (hasRoot(document)) return document
  const wrapped = parse(`<!doctype html><html><head></head><body>${html}</body></html>`)
  if (hasRoot(wrapped)) return wrapped
  // Markup that swallows everything (an unclosed <script>) leaves no root at all: an empty document.
  return parse('<!doctype html><html><head></head><body></body></html>')
}

/** Collects the text blocks under a DOM node, in document order, whitespace collapsed. */
export function collectBlocks(root: DomNode, skip: ReadonlySet<string> = SKIP_TAGS): string[] {
  const blocks: string[] = []
  let current: string[] = []
  const flush = (): void => {
    const text = current.join('').replace(/\s+/g, ' ').trim()
    if (text !== '') blocks.push(text)
    current = []
  }
  const walk = (node: DomNode): void => {
    if (node.nodeType === 3) {
      current.push(node.textContent ?? '')
      return
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return
    const tag = node.nodeName.toLowerCase()
    if (skip.has(tag)) return
    const isBlock = BLOCK_TAGS.has(tag)
    if (isBlock) flush()
    if (CELL_TAGS.has(tag)) current.push(' ')
    // Sibling links, not `childNodes`: linkedom rebuilds that array on every access.
    for (let child = node.firstChild; child !== null; child = child.nextSibling) walk(child)
    if (CELL_TAGS.has(tag)) current.push(' ')
    if (isBlock) flush()
  }
  walk(root)
  flush()
  return blocks
}

/**
 * Converts an HTML fragment (a feed item's content, Readability's output) into text blocks.
 * @example htmlToBlocks('<p>One <b>two</b></p><p>Three</p>') // ['One two', 'Three']
 */
export function htmlToBlocks(html: string): string[] {
  const document = parseDocument(`<!doctype html><html><head></head><body>${html}</body></html>`)
  return collectBlocks(document.body)
}

/** Joins blocks into document text: one paragraph per block, separated by blank lines. */
export function joinBlocks(blocks: readonly string[]): string {
  return blocks.join('\n\n')
}

/** Returns whether a string looks like it holds HTML markup (tags or entities). */
export function looksLikeHtml(text: string): boolean {
  return /<\/?[a-z][a-z0-9]*[\s/>]|&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i.test(text)
}

/** Turns a feed field that may be HTML or plain text into blocks; plain text keeps its blank-line paragraphs. */
export function fieldToBlocks(value: string): string[] {
  if (looksLikeHtml(value)) return htmlToBlocks(value)
  return value
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter((block) => block !== '')
}
