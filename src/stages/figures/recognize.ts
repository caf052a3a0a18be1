// Finds numbers, percentages, money and ranges in text with patterns built from the figure lexicon.
import { forEachMatch, forEachMatchAt, wordAlternation, type Figure } from '../../core/index.js'
import type { FigureLexicon } from './lexicon.js'
import { createStartFinder, leadWords, type StartLists } from './starts.js'

/** A figure as found in text, before measure and change are read from its sentence. */
export interface RawFigure {
  readonly start: number
  readonly end: number
  readonly kind: Figure['kind']
  readonly value: number
  readonly high?: number | undefined
  readonly unit?: string | undefined
  /** Whether it is a bare count with no unit, scale or currency (names and codes look like these). */
  readonly isBare: boolean
}

const alternation = wordAlternation

/** A pattern's reading with its span and the pattern's rank (earlier patterns win ties). */
interface Found {
  readonly figure: Omit<RawFigure, 'start' | 'end'>
  readonly start: number
  readonly end: number
  readonly priority: number
}

/** Compiled patterns and value readers for one lexicon. */
export interface FigureRecognizer {
  /** Finds figures in `text`, longest first, never overlapping, sorted by start. */
  recognize(text: string): RawFigure[]
}

/** Options of a figure recognizer. */
export interface FigureRecognizerOptions {
  /** False scans the whole text with every pattern: slower, the same figures (tests compare the two). */
  readonly findStarts?: boolean
}

/** What the match visitor of a recognizer reads: the pattern reader it serves now and its priority, and where it adds. */
interface FigureVisitState {
  readonly found: Found[]
  read: ((g: Record<string, string | undefined>, surface: string) => Omit<RawFigure, 'start' | 'end'> | undefined) | undefined
  priority: number
}

/** The match visitor of a recognizer: returned unnamed (under tsx a named closure per text pays a `__name` call). */
function figureVisitorOf(state: FigureVisitState): (match: RegExpExecArray) => void {
  return (match) => {
    // Keep the span tight: a trailing "of" only licensed the fraction.
    const surface = trimTrailingOf(match[0])
    const read = state.read
    const figure = read?.(match.groups ?? {}, surface)
    if (figure === undefined) return
    // Every number matches several patterns: one object shape, built without spread, keeps this cheap.
    state.found.push({ figure, start: match.index, end: match.index + surface.length, priority: state.priority })
  }
}

/** Builds a recognizer from a lexicon. */
export function createFigureRecognizer(lexicon: FigureLexicon, options: FigureRecognizerOptions = {}): FigureRecognizer {
  const words = new Map(Object.entries(lexicon.numberWords).map(([k, v]) => [k.toLowerCase(), v]))
  const tens = [...words.entries()]
    .filter(([w, v]) => v >= 20 && v <= 90 && v % 10 === 0 && /^[a-z]+$/.test(w))
    .map(([w]) => w)
  const ones = [...words.entries()].filter(([w, v]) => v >= 2 && v <= 9 && /^[a-z]+$/.test(w)).map(([w]) => w)
  const WORD = `(?:(?:${alternation(tens)})-(?:${alternation([...ones, 'one'])})|${alternation([...words.keys()])})`
  const DIGITS = '(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+)'
  const NUM = `(?:${DIGITS}|\\b${WORD}\\b)`
  const SCALE = `(?:${alternation(Object.keys(lexicon.scales))})`
  const CUR_SYMBOL = `(?:${alternation(Object.keys(lexicon.currencySymbols))})`
  const CUR_WORD = `(?:${alternation(Object.keys(lexicon.currencyWords))})`
  const PERCENT = `(?:${alternation(lexicon.percentWords)})`
  const FRACTION = `(?:${alternation(Object.keys(lexicon.fractions))})`
  // Not glued to letters, digits or a code's hyphen ("G20", "F-16", "1,2"), and not a phone-like chain.
  const BEFORE = '(?<![\\p{L}\\p{N}.,#]|\\p{L}-|\\d-)'
  const AFTER = '(?![\\p{L}\\p{N}]|-\\d|[.,]\\d)'
  const RANGE = '\\s*(?:-|–|to)\\s*'
  const re = (source: string): RegExp => new RegExp(source, 'giu')

  /** Multiplies without binary noise: 8.2 * 1e9 is 8200000000, not 8199999999.999999. */
  const scaled = (value: number, scale: number): number =>
    // An integer of at most 15 digits times 1 is already exact: skip the string round trip.
    scale === 1 && Number.isInteger(value) && Math.abs(value) < 1e15 ? value : Number((value * scale).toPrecision(15))
  const scaleOf = (word: string | undefined): number =>
    word === undefined ? 1 : (lexicon.scales[word.toLowerCase()] ?? 1)
  const numberOf = (text: string | undefined): number | undefined => {
    if (text === undefined) return undefined
    // Digits (the usual case) need no lower-casing or regex: read them as they are.
    const digits = readDigits(text)
    if (digits !== undefined) return digits
    const t = text.toLowerCase().replace(/\s+/g, ' ')
    if (/^[\d.,]+$/.test(t)) return Number(t.replace(/,/g, ''))
    const direct = words.get(t)
    if (direct !== undefined) return direct
    const [ten, one] = t.split('-')
    const a = words.get(ten ?? '')
    const b = one === 'one' ? 1 : words.get(one ?? '')
    return a === undefined || b === undefined ? undefined : a + b
  }
  const currencyOf = (symbol: string | undefined, word: string | undefined): string | undefined =>
    symbol !== undefined
      ? lexicon.currencySymbols[symbol]
      : lexicon.currencyWords[(word ?? '').toLowerCase().replace(/\s+/g, ' ')]

  type Groups = Record<string, string | undefined>
  const patterns: Array<{
    pattern: RegExp
    /** Where its matches start: after a currency symbol (no start list), or at a number, currency or fraction word. */
    starts: 'symbol' | keyof StartLists
    read: (g: Groups, surface: string) => Omit<RawFigure, 'start' | 'end'> | undefined
  }> = [
    {
      // "$40 billion", "€5m", "$30-40 billion"
      starts: 'symbol',
      pattern: re(
        `${BEFORE}(?<sym>${CUR_SYMBOL})\\s?(?<n>${DIGITS})(?:${RANGE}(?:${CUR_SYMBOL})?\\s?(?<h>${DIGITS}))?(?:\\s*(?<sc>${SCALE}))?${AFTER}`,
      ),
      read: (g) => money(numberOf(g.n), numberOf(g.h), scaleOf(g.sc), currencyOf(g.sym, undefined)),
    },
    {
      // "dollars 1.13bn", "dlrs 3.2 million"
      starts: 'currency',
      pattern: re(`\\b(?<cw>${CUR_WORD})\\s+(?<n>${DIGITS})(?:\\s*(?<sc>${SCALE}))?${AFTER}`),
      read: (g) => money(numberOf(g.n), undefined, scaleOf(g.sc), currencyOf(undefined, g.cw)),
    },
    {
      // "40 billion dollars", "5 million euros", "10-20 million rubles"
      starts: 'number',
      pattern: re(
        `${BEFORE}(?<n>${NUM})(?:${RANGE}(?<h>${NUM}))?(?:\\s*(?<sc>${SCALE}))?\\s+(?<cw>${CUR_WORD})\\b`,
      ),
      read: (g) => money(numberOf(g.n), numberOf(g.h), scaleOf(g.sc), currencyOf(undefined, g.cw)),
    },
    {
      // "30-40 percent", "30% to 40%", "between 30 and 40 percent" ("from 10 to 20 percent" is a change, not a range)
      starts: 'number',
      pattern: re(
        `${BEFORE}(?<!\\bfrom\\s+)(?:between\\s+(?<bn>${NUM})\\s*%?\\s+and\\s+(?<bh>${NUM})|(?<n>${NUM})(?:\\s*%?${RANGE}(?<h>${NUM}))?)\\s*(?<p>${PERCENT})(?![\\p{L}])`,
      ),
      read: (g) => percent(numberOf(g.bn ?? g.n), numberOf(g.bh ?? g.h), g.p),
    },
    {
      // "40 percent", "12.5%"
      starts: 'number',
      pattern: re(`${BEFORE}(?<n>${NUM})\\s*(?<p>${PERCENT})(?![\\p{L}])`),
      read: (g) => percent(numberOf(g.n), undefined, g.p),
    },
    {
      // "between 300 and 400", "300-400 million", "2 to 3 billion"
      starts: 'number',
      pattern: re(
        `${BEFORE}(?:(?<between>between)\\s+(?<bn>${NUM})\\s+and\\s+(?<bh>${NUM})|(?<!\\bfrom\\s+)(?<n>${DIGITS})${RANGE}(?<h>${DIGITS}))(?:\\s+(?<sc>${SCALE}))?${AFTER}`,
      ),
      read: (g, surface) => {
        const value = numberOf(g.bn ?? g.n)
        const high = numberOf(g.bh ?? g.h)
        if (value === undefined || high === undefined || high <= value) return undefined
        // "555-1234" is a phone number, not a range.
        if (/^\d{3}-\d{4}$/.test(surface)) return undefined
        const scale = scaleOf(g.sc)
        return { kind: 'range', value: scaled(value, scale), high: scaled(high, scale), isBare: false }
      },
    },
    {
      // "a third", "two-thirds", "half of"
      starts: 'fraction',
      pattern: re(`\\b(?<f>${FRACTION})\\b(?<of>\\s+of\\b)?`),
      read: (g) => {
        const name = (g.f ?? '').toLowerCase().replace(/\s+/g, ' ')
        const value = lexicon.fractions[name]
        if (value === undefined || (lexicon.fractionNeedsOf.includes(name) && g.of === undefined))
          return undefined
        return { kind: 'number', value, unit: 'fraction', isBare: false }
      },
    },
    {
      // "1,500", "2.5 million", "twelve"
      starts: 'number',
      pattern: re(`${BEFORE}(?<n>${NUM})(?:\\s*(?<sc>${SCALE}))?${AFTER}`),
      read: (g) => {
        const value = numberOf(g.n)
        if (value === undefined) return undefined
        return { kind: 'number', value: scaled(value, scaleOf(g.sc)), isBare: g.sc === undefined }
      },
    },
  ]

  function percent(
    value: number | undefined,
    high: number | undefined,
    word: string | undefined,
  ): Omit<RawFigure, 'start' | 'end'> | undefined {
    if (value === undefined) return undefined
    const unit = /point/i.test(word ?? '') ? 'percentage points' : 'percent'
    return high === undefined || high <= value
      ? { kind: 'percent', value, unit, isBare: false }
      : { kind: 'range', value, high, unit, isBare: false }
  }

  function money(
    value: number | undefined,
    high: number | undefined,
    scale: number,
    unit: string | undefined,
  ): Omit<RawFigure, 'start' | 'end'> | undefined {
    if (value === undefined || unit === undefined) return undefined
    if (high !== undefined && high > value)
      return { kind: 'range', value: scaled(value, scale), high: scaled(high, scale), unit, isBare: false }
    return { kind: 'money', value: scaled(value, scale), unit, isBare: false }
  }

  // Each pattern is tried only where its matches can start (digits, number, currency or fraction words),
  // found in one pass: a full scan per pattern cost ten times as much. A symbol must occur for the first.
  const sticky = patterns.map(({ pattern }) => new RegExp(pattern.source, pattern.flags.replace('g', 'y')))
  const symbolPrecheck = symbolCharsPattern(Object.keys(lexicon.currencySymbols))
  const number = leadWords(words.keys())
  const currency = leadWords(Object.keys(lexicon.currencyWords))
  const fraction = leadWords(Object.keys(lexicon.fractions))
  const startFinder =
    options.findStarts === false || number === undefined || currency === undefined || fraction === undefined
      ? undefined
      : createStartFinder({ number: [...number, 'between'], currency, fraction })

  return {
    recognize(text) {
      const found: Found[] = []
      const lists = startFinder?.find(text)
      // One callback per text, reading the pattern it serves from `state` (no closure per pattern).
      const state: FigureVisitState = { found, read: patterns[0]?.read, priority: 0 }
      const visit = figureVisitorOf(state)
      for (let priority = 0; priority < patterns.length; priority++) {
        const entry = patterns[priority]
        const stickyPattern = sticky[priority]
        state.priority = priority
        if (entry === undefined || stickyPattern === undefined) continue
        state.read = entry.read
        if (entry.starts === 'symbol') {
          if (symbolPrecheck === undefined || symbolPrecheck.test(text)) forEachMatch(entry.pattern, text, visit)
        } else if (lists === undefined) forEachMatch(entry.pattern, text, visit)
        else forEachMatchAt(stickyPattern, text, lists[entry.starts], visit)
      }
      found.sort(byLengthThenPatternOrder)
      const taken: RawFigure[] = []
      const isTaken = takenFlags(text.length)
      for (const figure of found) {
        // One flag per code unit keeps the overlap test linear in the span, not in the matches kept.
        if (isAnyTaken(isTaken, figure.start, figure.end)) continue
        isTaken.fill(1, figure.start, figure.end)
        const { kind, value, high, unit, isBare } = figure.figure
        // A literal in a fixed order: every raw figure shares one object shape.
        taken.push({ start: figure.start, end: figure.end, kind, value, high, unit, isBare })
      }
      return taken.sort(bySpan)
    },
  }
}

/**
 * A pattern for the characters other than ASCII letters in currency symbols ("US$" gives "$"): every
 * symbol holds one, so a text without any has no symbol. Undefined when a symbol is all letters.
 */
function symbolCharsPattern(symbols: readonly string[]): RegExp | undefined {
  const chars = new Set<string>()
  for (const symbol of symbols) {
    const others = [...symbol].filter((c) => !/[a-z]/i.test(c))
    if (others.length === 0) return undefined
    for (const c of others) chars.add(c)
  }
  return new RegExp(`[${[...chars].map((c) => c.replace(/[\\\]^-]/g, '\\$&')).join('')}]`, 'u')
}

/**
 * The value of a text made only of digits, points and commas ("1,500.5" gives 1500.5), or undefined
 * for any other text (empty included).
 */
function readDigits(text: string): number | undefined {
  if (text.length === 0) return undefined
  let hasComma = false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 0x2c) hasComma = true
    else if (code !== 0x2e && (code < 0x30 || code > 0x39)) return undefined
  }
  return Number(hasComma ? text.replace(/,/g, '') : text)
}

/** Longest first, then the earlier pattern, then the earlier start: the order readings compete in. */
function byLengthThenPatternOrder(a: Found, b: Found): number {
  return b.end - b.start - (a.end - a.start) || a.priority - b.priority || a.start - b.start
}

/** By start, then end: the order of a layer. */
function bySpan(a: RawFigure, b: RawFigure): number {
  return a.start - b.start || a.end - b.end
}

/** The flags of `takenFlags`, reused across texts and grown as needed (a fresh array per text lives outside the JS heap). */
let takenBuffer = new Uint8Array(4096)

/** One cleared flag per code unit of a text of `length` units: a view of a reused buffer, valid until the next call. */
function takenFlags(length: number): Uint8Array {
  if (takenBuffer.length < length) takenBuffer = new Uint8Array(2 * length)
  takenBuffer.fill(0, 0, length)
  return takenBuffer.subarray(0, length)
}

/** Whether any code unit in `[start, end)` is already flagged (a plain loop: no subarray, no callback). */
function isAnyTaken(isTaken: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isTaken[i] === 1) return true
  return false
}

/** Drops a trailing " of"; most matches end in a digit, so the regex runs only when the text ends in "f". */
function trimTrailingOf(surface: string): string {
  const last = surface.charCodeAt(surface.length - 1)
  return last === 0x66 || last === 0x46 ? surface.replace(/\s+of$/i, '') : surface
}
