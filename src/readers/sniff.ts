// Guessing an input's format: from a file extension, an HTTP content type, or the content itself.
import { extname } from 'node:path'
import type { ConcreteFormat } from './types.js'

const EXTENSIONS: Readonly<Record<string, ConcreteFormat>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.jsonl': 'jsonl',
  '.json': 'jsonl',
  '.ndjson': 'jsonl',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
}

/** Extensions read from a directory, by format (for docs and messages). */
export const KNOWN_EXTENSIONS: readonly string[] = Object.keys(EXTENSIONS)

/** Returns the format a file extension stands for (a trailing `.gz` is looked through), or undefined. */
export function formatFromPath(path: string): ConcreteFormat | undefined {
  const plain = path.replace(/\.gz$/i, '')
  return EXTENSIONS[extname(plain).toLowerCase()]
}

/** Returns the format an HTTP content type stands for, or undefined when the content must be sniffed. */
export function formatFromContentType(contentType: string | null): ConcreteFormat | undefined {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html'
  if (/^application\/(rss|atom|rdf)\+xml$/.test(type)) return 'feed'
  if (/^application\/(x-)?(ndjson|jsonl|json-lines|jsonlines|json-seq)$/.test(type)) return 'jsonl'
  // text/plain and generic XML or JSON say too little: look at the content.
  return undefined
}

/**
 * Guesses a format from the content: feed XML, HTML, JSON lines, else plain text.
 * @example sniffFormat('<rss version="2.0">…') // 'feed'
 */
export function sniffFormat(text: string): ConcreteFormat {
  const head = text
    .slice(0, 4096)
    .replace(/^\uFEFF/, '')
    .trimStart()
  const lower = head.toLowerCase()
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:rdf)[\s>]/.test(lower)) return 'feed'
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(!doctype html|html|head|body)[\s>]/.test(lower))
    return 'html'
  if (lower.startsWith('<') && /<(p|div|article|h1|br)[\s/>]/.test(lower)) return 'html'
  if (/^\[\s*\{/.test(head)) return 'jsonl'
  if (head.startsWith('{')) {
    const firstLine = head.split('\n', 1)[0] ?? ''
    if (/^\{\s*"/.test(firstLine) || /\}\s*$/.test(firstLine)) return 'jsonl'
    // A pretty-printed record opens with a lone "{" and a quoted key on the next line.
    if (/^\{\s*\n\s*"[^"\n]+"\s*:/.test(head)) return 'jsonl'
  }
  return 'text'
}
