// The HTML reader: the main text of a page through Readability on a linkedom DOM, with title, author, date and URL.
import { Readability } from '@mozilla/readability'
import { describeError, ErrorCode, InputError, type DocMeta } from '../core/index.js'
import {
  collectBlocks,
  joinBlocks,
  PAGE_CHROME_TAGS,
  parseDocument,
  type DomNode as Element,
} from './html-text.js'
import { normalizePublished } from './published.js'

/** Fewer words than this in the extracted body means the page holds no article (a login or error page). */
export const MIN_ARTICLE_WORDS = 8

/**
 * Pages with more elements than this skip Readability, whose cost grows faster than linearly on
 * linkedom (4k elements: 0.4-1.4 s, 16k: ~10 s, 40k: ~110 s here); their text comes from the
 * `<article>`, `<main>` or `<body>` element without navigation, headers, footers and asides.
 */
export const MAX_READABILITY_ELEMENTS = 6000

/** What the HTML reader extracts from a page. */
export interface HtmlArticle {
  /** Document text: the headline (when the body does not open with it), then one paragraph per block. */
  readonly text: string
  readonly meta: DocMeta
}

function attr(document: Element, selector: string, name: string): string | undefined {
  const value = document.querySelector(selector)?.getAttribute(name)?.trim()
  return value === undefined || value === '' ? undefined : value
}

/** Meta tags by lower-cased `property`, `name` or `itemprop` (first one wins), so `DC.Date` finds `dc.date`. */
function readMetaTags(document: Element): Map<string, string> {
  const tags = new Map<string, string>()
  const metas = document.querySelectorAll('meta[content]')
  for (let i = 0; i < metas.length; i++) {
    const meta = metas[i]
    const content = meta?.getAttribute('content')?.trim()
    if (meta === undefined || content === undefined || content === '') continue
    for (const attribute of ['property', 'name', 'itemprop']) {
      const key = meta.getAttribute(attribute)?.trim().toLowerCase()
      if (key !== undefined && key !== '' && !tags.has(key)) tags.set(key, content)
    }
  }
  return tags
}

function metaContent(tags: ReadonlyMap<string, string>, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = tags.get(key)
    if (value !== undefined) return value
  }
  return undefined
}

/** JSON-LD objects of a page, flattened through arrays and `@graph`. */
function readJsonLd(document: Element): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = []
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit)
    else if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>
      out.push(record)
      if (record['@graph'] !== undefined) visit(record['@graph'])
    }
  }
  const scripts = document.querySelectorAll('script[type="application/ld+json"]')
  for (let i = 0; i < scripts.length; i++) {
    try {
      visit(JSON.parse(scripts[i]?.textContent ?? ''))
    } catch {
      // A broken JSON-LD block is common on real pages and only costs us metadata.
    }
  }
  return out
}

function firstString(records: ReadonlyArray<Record<string, unknown>>, key: string): string | undefined {
  for (const record of records) {
    const value = record[key]
    if (typeof value === 'string' && value.trim() !== '') return value.trim()
  }
  return undefined
}

function jsonLdAuthor(records: ReadonlyArray<Record<string, unknown>>): string | undefined {
  for (const record of records) {
    const authors = Array.isArray(record.author) ? (record.author as unknown[]) : [record.author]
    const names = authors
      .map((a) =>
        typeof a === 'string'
          ? a
          : typeof a === 'object' && a !== null
            ? (a as { name?: unknown }).name
            : undefined,
      )
      .filter((n): n is string => typeof n === 'string' && n.trim() !== '')
    if (names.length > 0) return names.join(', ')
  }
  return undefined
}

/** Page metadata, read before Readability (which rewrites the DOM). */
function readPageMeta(document: Element): {
  title?: string
  author?: string
  published?: string
  url?: string
} {
  const jsonLd = readJsonLd(document)
  const tags = readMetaTags(document)
  const title =
    metaContent(tags, ['og:title', 'twitter:title']) ??
    firstString(jsonLd, 'headline') ??
    document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() ??
    document.querySelector('title')?.textContent?.trim()
  const author = metaContent(tags, ['author', 'article:author', 'byl', 'dc.creator']) ?? jsonLdAuthor(jsonLd)
  const published =
    normalizePublished(metaContent(tags, ['article:published_time', 'og:article:published_time'])) ??
    normalizePublished(firstString(jsonLd, 'datePublished')) ??
    normalizePublished(
      metaContent(tags, [
        'datepublished',
        'pubdate',
        'publishdate',
        'date',
        'dc.date.issued',
        'dc.date',
        'dcterms.issued',
        'dcterms.date',
        'parsely-pub-date',
        'sailthru.date',
        'article.published',
        'og:updated_time',
      ]),
    ) ??
    normalizePublished(attr(document, 'time[datetime]', 'datetime'))
  const url = attr(document, 'link[rel="canonical"]', 'href') ?? metaContent(tags, ['og:url'])
  return {
    ...(title === undefined || title === '' ? {} : { title }),
    ...(author === undefined || /^https?:/.test(author) ? {} : { author }),
    ...(published === undefined ? {} : { published }),
    ...(url === undefined ? {} : { url }),
  }
}

function fold(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
}

/** Whether the body already opens with the headline, so it need not be added. */
function opensWithTitle(first: string | undefined, title: string): boolean {
  if (first === undefined) return false
  const a = fold(first)
  const b = fold(title)
  return a === b || (a.length >= 20 && b.startsWith(a)) || (b.length >= 20 && a.startsWith(b))
}

function countWords(blocks: readonly string[]): number {
  return blocks.reduce((n, block) => n + block.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length, 0)
}

/**
 * Extracts the article of an HTML page.
 * @param input the file or URL, named in errors
 * @throws InputError `DYAD_INPUT_NO_ARTICLE` when the page holds no article text
 */
export function extractHtmlArticle(html: string, input: string): HtmlArticle {
  try {
    return extractArticle(html, input)
  } catch (error) {
    if (error instanceof InputError) throw error
    // linkedom and Readability can trip on pathological markup: that page fails, the batch goes on.
    throw new InputError(
      ErrorCode.InputMalformed,
      input,
      `HTML could not be parsed: ${describeError(error)}`,
      { cause: error },
    )
  }
}

function extractArticle(html: string, input: string): HtmlArticle {
  const document = parseDocument(html)
  const meta = readPageMeta(document)
  const isLarge = document.querySelectorAll('*').length > MAX_READABILITY_ELEMENTS
  const article = isLarge
    ? undefined
    : new Readability<Element>(document, { serializer: (node: unknown) => node as Element }).parse()
  let blocks = isLarge
    ? collectBlocks(
        document.querySelector('article') ?? document.querySelector('main') ?? document.body,
        PAGE_CHROME_TAGS,
      )
    : article?.content == null
      ? []
      : collectBlocks(article.content)
  const byline = article?.byline?.trim()
  // Readability keeps the byline paragraph in its content; it is metadata, not article text.
  if (byline !== undefined && byline !== '')
    blocks = blocks.filter((block) => !(block.length < 120 && fold(block) === fold(byline)))
  if (countWords(blocks) < MIN_ARTICLE_WORDS) {
    throw new InputError(
      ErrorCode.InputNoArticle,
      input,
      `no article found in the HTML page (${countWords(blocks)} words of main text; need ${MIN_ARTICLE_WORDS})`,
    )
  }
  const title = meta.title ?? (article?.title?.trim() || undefined)
  if (title !== undefined && !opensWithTitle(blocks[0], title))
    blocks = [title.replace(/\s+/g, ' '), ...blocks]
  const author =
    meta.author ?? (byline === undefined || byline === '' ? undefined : byline.replace(/^by\s+/i, ''))
  const published = meta.published ?? normalizePublished(article?.publishedTime ?? undefined)
  return {
    text: joinBlocks(blocks),
    meta: {
      ...(title === undefined ? {} : { title }),
      ...(author === undefined ? {} : { author }),
      ...(published === undefined ? {} : { published }),
      ...(meta.url === undefined ? {} : { url: meta.url }),
      reader: 'html',
    },
  }
}
