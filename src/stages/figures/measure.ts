// Reads what a figure measures (the clause's subject or an "of" complement) and the change its verb states.
import type { Figure, TextSpan, Token } from '../../core/index.js'
import type { FigureLexicon } from './lexicon.js'

/** What the sentence says about a figure. */
export interface FigureReading {
  /** Always set (undefined when the sentence names none), so every reading has one object shape. */
  readonly measure: TextSpan | undefined
  readonly change: Figure['change'] | undefined
  /** Whether a change verb governs the figure (then the measure is worth reading even for a bare count). */
  readonly hasChangeVerb: boolean
}

const NP_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM'])
const JOINING = new Set(['with', 'to', 'from', 'in', 'on', 'for', 'between', 'among', 'at', 'by', 'against'])
const CLAUSE_BREAKS = new Set([';', ':', ',', '(', ')', '"'])
/** Tags skipped before a noun phrase: determiners, possessive pronouns, a glued hyphen. */
const PHRASE_OPENERS = new Set(['DET', 'PRON', 'PUNCT'])
/** Tags inside a verb group. */
const VERB_GROUP = new Set(['AUX', 'ADV', 'PART'])

/** A change table as sets: the lemmas that say a figure rose, and those that say it fell. */
interface ChangeSets {
  readonly increase: ReadonlySet<string>
  readonly decrease: ReadonlySet<string>
}

/** Compiles a lexicon change table into sets. */
function toChangeSets(table: FigureLexicon['changeVerbs']): ChangeSets {
  return { increase: new Set(table.increase), decrease: new Set(table.decrease) }
}

/** The direction a lemma states in a change table, if any. */
function changeOf(lemma: string, sets: ChangeSets): Figure['change'] | undefined {
  return sets.increase.has(lemma) ? 'increase' : sets.decrease.has(lemma) ? 'decrease' : undefined
}

/** A possessive ending, as the tagger splits it off: "'" or "'s". */
function isPossessiveWord(word: string): boolean {
  return word === "'" || word === "'s"
}

/** The index of the first token starting at or after an offset (tokens sorted by start), or -1. */
function firstStartingFrom(tokens: readonly Token[], offset: number): number {
  let low = 0
  let high = tokens.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((tokens[middle]?.start ?? Infinity) < offset) low = middle + 1
    else high = middle
  }
  return low < tokens.length ? low : -1
}

/** The joining word ("with", "to", "between"...) before a phrase's first token, past determiners; -1 when none. */
function joinerBefore(tokens: readonly Token[], text: string, first: number): number {
  let k = first - 1
  while (k >= 0 && tokens[k]?.pos === 'DET') k--
  return k >= 1 && JOINING.has(wordAt(tokens, text, k)) ? k : -1
}

/** The lower-cased surface of token `i`, or '' outside the sentence. */
function wordAt(tokens: readonly Token[], text: string, i: number): string {
  const t = tokens[i]
  return t === undefined ? '' : text.slice(t.start, t.end).toLowerCase()
}

/** Reads measures and changes with one lexicon. */
export interface FigureReader {
  /**
   * Reads a figure's measure and change from its sentence.
   * @param tokens the sentence's tokens
   * @param text the (folded) text the tokens index
   * @param original the original text, for the measure's surface
   */
  read(
    tokens: readonly Token[],
    text: string,
    original: string,
    span: { start: number; end: number },
    options: { isCount: boolean },
  ): FigureReading
}

/** Builds a reader from a lexicon. */
export function createFigureReader(lexicon: FigureLexicon): FigureReader {
  const stop = new Set(lexicon.measureStopWords)
  const fixLemma = (token: Token, text: string): string => {
    const word = text.slice(token.start, token.end).toLowerCase()
    return lexicon.changeVerbSurfaceFixes[word] ?? token.lemma
  }
  const changeVerbs = toChangeSets(lexicon.changeVerbs)
  const changeNouns = toChangeSets(lexicon.changeNouns)
  const comparatives = toChangeSets(lexicon.comparativesAfter)
  const levelVerbs = new Set(lexicon.levelVerbs)

  /** The noun phrase ending at token `last` (inclusive), walking left; leading determiners dropped. */
  function phraseEndingAt(
    tokens: readonly Token[],
    text: string,
    last: number,
  ): { first: number; last: number } | undefined {
    let first = last + 1
    for (let i = last; i >= 0; i--) {
      const token = tokens[i]
      if (token === undefined) break
      const word = text.slice(token.start, token.end)
      const isHyphen =
        word === '-' && tokens[i - 1]?.end === token.start && tokens[i + 1]?.start === token.end
      const isPossessive = token.pos === 'PART' && isPossessiveWord(word)
      const isOf = word.toLowerCase() === 'of' && first <= last
      // "pounds 250m. Turnover": a number carrying a full stop ends the previous sentence.
      if (i < last && token.pos === 'NUM' && word.endsWith('.')) break
      if (NP_POS.has(token.pos) || isHyphen || isPossessive || isOf) first = i
      else break
    }
    while (
      first <= last &&
      text.slice(tokens[first]?.start ?? 0, tokens[first]?.end ?? 0).toLowerCase() === 'of'
    )
      first++
    const head = tokens[last]
    if (first > last || head === undefined || (head.pos !== 'NOUN' && head.pos !== 'PROPN')) return undefined
    return { first, last }
  }

  /** The noun phrase starting at token `first`, walking right up to `limit`. */
  function phraseStartingAt(
    tokens: readonly Token[],
    text: string,
    first: number,
    limit: number,
  ): { first: number; last: number } | undefined {
    let start = first
    // Determiners, possessive pronouns ("its budget") and a glued hyphen ("7.8-magnitude") are not the measure.
    while (start < limit && PHRASE_OPENERS.has(tokens[start]?.pos ?? '')) start++
    let last = start - 1
    for (let i = start; i < limit; i++) {
      const token = tokens[i]
      if (token === undefined) break
      const word = text.slice(token.start, token.end)
      const isHyphen =
        word === '-' && tokens[i - 1]?.end === token.start && tokens[i + 1]?.start === token.end
      const isPossessive = token.pos === 'PART' && isPossessiveWord(word)
      if (NP_POS.has(token.pos) || isHyphen || isPossessive) last = i
      else break
    }
    // The phrase ends on its head noun.
    while (last >= start && tokens[last]?.pos !== 'NOUN' && tokens[last]?.pos !== 'PROPN') last--
    return last < start ? undefined : { first: start, last }
  }

  return {
    read(tokens, text, original, span, options) {
      const at = firstStartingFrom(tokens, span.start)
      const after = firstStartingFrom(tokens, span.end)
      const firstAfter = after < 0 ? tokens.length : after

      // The verb governing the figure: the nearest verb to its left inside the clause.
      let verb = -1
      // A copula counts when no full verb is found ("Revenue was up 4 percent").
      let auxiliary = -1
      for (let i = (at < 0 ? tokens.length : at) - 1; i >= 0; i--) {
        const token = tokens[i]
        if (token === undefined || CLAUSE_BREAKS.has(wordAt(tokens, text, i))) break
        if (token.pos === 'AUX' && auxiliary < 0) auxiliary = i
        if (
          token.pos === 'VERB' ||
          (token.pos === 'ADV' &&
            changeOf(token.lemma, changeVerbs) !== undefined &&
            i === (at < 0 ? tokens.length : at) - 1)
        ) {
          verb = i
          break
        }
      }
      if (verb < 0) verb = auxiliary
      let change: Figure['change'] | undefined
      let hasChangeVerb = false
      // "up 27%", "down 3 percent"
      const adjacent = at > 0 ? wordAt(tokens, text, at - 1) : ''
      if (adjacent === 'up' || adjacent === 'down') {
        change = adjacent === 'up' ? 'increase' : 'decrease'
        hasChangeVerb = true
      }
      // "saw profits slump 27%": a change verb the tagger read as a noun, right before the figure.
      const previous = at > 0 ? tokens[at - 1] : undefined
      if (
        change === undefined &&
        previous !== undefined &&
        previous.pos === 'NOUN' &&
        (tokens[at - 2]?.pos === 'NOUN' || tokens[at - 2]?.pos === 'PROPN')
      ) {
        const mistagged = changeOf(fixLemma(previous, text), changeVerbs)
        if (mistagged !== undefined) {
          change = mistagged
          hasChangeVerb = true
          verb = at - 1
        }
      }
      if (change === undefined && verb >= 0) {
        const token = tokens[verb]
        const found = token === undefined ? undefined : changeOf(fixLemma(token, text), changeVerbs)
        let isNegated = false
        for (let k = Math.max(0, verb - 3); k < verb; k++) if (tokens[k]?.isNegation === true) isNegated = true
        if (found !== undefined && !isNegated) {
          change = found
          hasChangeVerb = true
        }
      }
      // "a 30 percent drop", "a rise of 5 percent", "24% higher"
      if (change === undefined) {
        const next = tokens[firstAfter]
        const nounAfter = next === undefined ? undefined : changeOf(fixLemma(next, text), changeNouns)
        const before = at >= 2 && wordAt(tokens, text, at - 1) === 'of' ? tokens[at - 2] : undefined
        const nounBefore =
          before === undefined ? undefined : changeOf(fixLemma(before, text), changeNouns)
        // "24% higher than in 2003", "5 percent lower"
        // Not for counts: "1,000 more troops" are additional troops, not a rise.
        const comparative = options.isCount
          ? undefined
          : changeOf(wordAt(tokens, text, firstAfter), comparatives)
        change = nounAfter ?? nounBefore ?? comparative
      }

      // "90 percent of Moscow-Tokyo ties": the "of" complement is what is counted.
      let phrase: { first: number; last: number } | undefined
      if (wordAt(tokens, text, firstAfter) === 'of') phrase = phraseStartingAt(tokens, text, firstAfter + 1, tokens.length)
      // "deployed 1,500 soldiers", "cut 13,000 jobs": a count measures the noun it counts, unless a change
      // verb is separated from it ("Imports doubled to 3.5 million tonnes" measures the imports).
      if (phrase === undefined && options.isCount) {
        let k = (at < 0 ? tokens.length : at) - 1
        while (k > verb && VERB_GROUP.has(tokens[k]?.pos ?? '')) k--
        const isRightAfterVerb = verb >= 0 && k === verb
        if (!hasChangeVerb || isRightAfterVerb) {
          const after = phraseStartingAt(tokens, text, firstAfter, tokens.length)
          if (after !== undefined && after.first === firstAfter) phrase = after
        }
      }
      if (
        phrase === undefined &&
        verb >= 0 &&
        (hasChangeVerb || levelVerbs.has(tokens[verb]?.lemma ?? ''))
      ) {
        // A transitive change ("cut its budget by 5 percent") measures its object.
        const object = phraseStartingAt(tokens, text, verb + 1, at < 0 ? tokens.length : at)
        const objectHead = object === undefined ? undefined : tokens[object.last]
        if (object !== undefined && objectHead !== undefined && objectHead.end <= span.start) {
          phrase = object
        } else {
          // Otherwise its subject: the noun phrase before the verb group, without a trailing "with Japan".
          let end = verb - 1
          while (end >= 0 && VERB_GROUP.has(tokens[end]?.pos ?? '')) end--
          phrase = end >= 0 ? phraseEndingAt(tokens, text, end) : undefined
          while (phrase !== undefined && joinerBefore(tokens, text, phrase.first) >= 1) {
            const left = phraseEndingAt(tokens, text, joinerBefore(tokens, text, phrase.first) - 1)
            if (left === undefined) break
            phrase = left
          }
        }
        // "saw profits slump 27%": a change verb tagged as a noun ends the phrase; it is the change.
        const head = phrase === undefined ? undefined : tokens[phrase.last]
        const headChange =
          head === undefined ? undefined : changeOf(fixLemma(head, text), changeVerbs)
        if (phrase !== undefined && headChange !== undefined && phrase.last > phrase.first) {
          change = change ?? headChange
          hasChangeVerb = true
          phrase = { first: phrase.first, last: phrase.last - 1 }
          while (phrase.last >= phrase.first && tokens[phrase.last]?.pos !== 'NOUN' && tokens[phrase.last]?.pos !== 'PROPN')
            phrase = { ...phrase, last: phrase.last - 1 }
          if (phrase.last < phrase.first) phrase = undefined
        }
      }
      const measure = phrase === undefined ? undefined : toSpan(tokens, original, stop, phrase)
      return { measure, change, hasChangeVerb }
    },
  }
}

/** The measure's span and surface for a phrase of tokens, unless the surface is a stop phrase ("the year"). */
function toSpan(
  tokens: readonly Token[],
  original: string,
  stop: ReadonlySet<string>,
  p: { first: number; last: number },
): TextSpan | undefined {
  const a = tokens[p.first]
  const b = tokens[p.last]
  if (a === undefined || b === undefined) return undefined
  const surface = original.slice(a.start, b.end)
  return stop.has(surface.toLowerCase()) ? undefined : { start: a.start, end: b.end, text: surface }
}
