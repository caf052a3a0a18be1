// The feed reader: RSS 2.0, RSS 1.0 (RDF) and Atom through fast-xml-parser, one document per item.
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describeError, ErrorCode, InputError } from '../core/index.js'
import { fieldToBlocks, joinBlocks } from './html-text.js'
import { makeReaderDoc } from './make-doc.js'
import { readPublishedField } from './published.js'
import type { ReadOptions, ReadResult } from './types.js'

// Paths whose elements are always arrays, even when a feed holds a single one.
const ARRAY_PATHS = new Set([
  'rss.channel.item',
  'rdf:RDF.item',
  'RDF.item',
  'feed.entry',
  'feed.entry.link',
  'feed.entry.author',
])

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
  isArray: (_name, jpath) => ARRAY_PATHS.has(String(jpath)),
})

type XmlValue = string | number | boolean | null | undefined | XmlObject | XmlValue[]
interface XmlObject {
  [key: string]: XmlValue
}

/** The text of an element: a string, `#text` of an element with attributes, or its nested text (Atom xhtml). */
function textOf(value: XmlValue): string | undefined {
  if (value === null || value === undefined) return undefined
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (Array.isArray(value)) return textOf(value[0])
  const own = value['#text']
  if (own !== undefined) return textOf(own)
  // Atom `type="xhtml"` content arrives as nested elements: keep each child's text as a block.
  const parts = Object.entries(value)
    .filter(([key]) => !key.startsWith('@_'))
    .map(([, child]) => (Array.isArray(child) ? child.map(textOf).join('\n\n') : textOf(child)))
    .filter((t): t is string => t !== undefined && t.trim() !== '')
  return parts.length === 0 ? undefined : parts.join('\n\n')
}

function firstText(item: XmlObject, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const text = textOf(item[key])?.trim()
    if (text !== undefined && text !== '') return text
  }
  return undefined
}

function atomLink(item: XmlObject): string | undefined {
  const links = Array.isArray(item.link) ? item.link : item.link === undefined ? [] : [item.link]
  let fallback: string | undefined
  for (const link of links) {
    if (typeof link === 'string') return link.trim()
    if (link === null || typeof link !== 'object' || Array.isArray(link)) continue
    const href = typeof link['@_href'] === 'string' ? link['@_href'] : textOf(link)
    const rel = link['@_rel']
    if (href === undefined) continue
    if (rel === undefined || rel === 'alternate') return href.trim()
    fallback ??= href.trim()
  }
  return fallback
}

function authorOf(item: XmlObject): string | undefined {
  const raw = item.author ?? item['dc:creator'] ?? item.creator
  const authors = Array.isArray(raw) ? raw : [raw]
  const names = authors
    .map((a) =>
      a !== null && typeof a === 'object' && !Array.isArray(a) && a.name !== undefined
        ? textOf(a.name)
        : textOf(a),
    )
    .filter((n): n is string => n !== undefined && n.trim() !== '')
  return names.length === 0 ? undefined : names.join(', ')
}

/** The items of a parsed feed and its kind, or undefined when the XML is not a feed. */
function itemsOf(root: XmlObject): { kind: 'rss' | 'atom' | 'rdf'; items: XmlObject[] } | undefined {
  const asObject = (v: XmlValue): XmlObject | undefined =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? v : undefined
  const asItems = (v: XmlValue): XmlObject[] =>
    (Array.isArray(v) ? v : v === undefined ? [] : [v]).map((x) => asObject(x) ?? { '#text': x })
  const rss = asObject(root.rss)
  if (rss !== undefined) return { kind: 'rss', items: asItems(asObject(rss.channel)?.item) }
  const atom = asObject(root.feed)
  if (atom !== undefined) return { kind: 'atom', items: asItems(atom.entry) }
  const rdf = asObject(root['rdf:RDF'] ?? root.RDF)
  if (rdf !== undefined) return { kind: 'rdf', items: asItems(rdf.item) }
  return undefined
}

/** One feed item into a document or an error naming the feed and the item's 1-based index. */
function readItem(
  item: XmlObject,
  kind: 'rss' | 'atom' | 'rdf',
  feed: string,
  index: number,
  options: ReadOptions,
): ReadResult {
  const where = `${feed} item ${index}`
  const title = firstText(item, ['title'])?.replace(/\s+/g, ' ')
  const body = firstText(item, ['content:encoded', 'content', 'description', 'summary'])
  let blocks = body === undefined ? [] : fieldToBlocks(body)
  const titleBlocks = title === undefined ? [] : fieldToBlocks(title)
  const titleText = titleBlocks.join(' ')
  if (blocks.length === 0 && titleText === '') {
    return {
      ok: false,
      error: new InputError(ErrorCode.InputEmpty, where, 'feed item has neither title nor text'),
    }
  }
  if (titleText !== '' && blocks[0] !== titleText) blocks = [titleText, ...blocks]
  // A guid is only an address when it looks like one (isPermaLink="false" guids are opaque ids).
  const guid = firstText(item, ['guid'])
  const url =
    kind === 'atom'
      ? atomLink(item)
      : (firstText(item, ['link']) ?? (guid !== undefined && /^https?:\/\//i.test(guid) ? guid : undefined))
  const dateFields =
    kind === 'atom' ? ['published', 'updated', 'dc:date'] : ['pubDate', 'dc:date', 'published', 'updated']
  const dateField = dateFields.find((f) => firstText(item, [f]) !== undefined) ?? dateFields[0] ?? 'pubDate'
  const { published, diagnostic } = readPublishedField(
    dateField,
    firstText(item, [dateField]),
    options.published,
  )
  const doc = makeReaderDoc(
    joinBlocks(blocks),
    { title: titleText, url, published, author: authorOf(item), source: where, reader: 'feed' },
    options,
    undefined,
    diagnostic === undefined ? [] : [diagnostic],
  )
  return { ok: true, doc }
}

/**
 * Reads an RSS or Atom feed: one result per item, in feed order. A broken item is an error and the rest go on.
 * @param feed the file or URL of the feed, named in errors
 */
export function readFeed(xml: string, feed: string, options: ReadOptions = {}): ReadResult[] {
  const malformed = (message: string, cause?: unknown): ReadResult[] => [
    {
      ok: false,
      error: new InputError(
        ErrorCode.InputMalformed,
        feed,
        message,
        cause === undefined ? undefined : { cause },
      ),
    },
  ]
  let root: XmlObject
  try {
    const valid = XMLValidator.validate(xml)
    if (valid !== true) {
      const { msg, line, col } = valid.err
      return malformed(`not well-formed XML at line ${line}, column ${col}: ${msg}`)
    }
    root = parser.parse(xml) as XmlObject
  } catch (cause) {
    // The validator and parser throw on some broken constructs (an unclosed CDATA section).
    return malformed(`not well-formed XML: ${describeError(cause)}`, cause)
  }
  const found = itemsOf(root)
  if (found === undefined) {
    return [
      {
        ok: false,
        error: new InputError(
          ErrorCode.InputUnsupported,
          feed,
          'XML is not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> root)',
        ),
      },
    ]
  }
  if (found.items.length === 0) {
    return [
      {
        ok: false,
        error: new InputError(ErrorCode.InputNoArticle, feed, `the ${found.kind} feed holds no items`),
      },
    ]
  }
  return found.items.map((item, i) => {
    try {
      return readItem(item, found.kind, feed, i + 1, options)
    } catch (cause) {
      // A parser bug on one item's HTML must not lose the rest of the feed.
      const message = `item could not be read: ${describeError(cause)}`
      return {
        ok: false,
        error: new InputError(ErrorCode.InputMalformed, `${feed} item ${i + 1}`, message, { cause }),
      }
    }
  })
}
