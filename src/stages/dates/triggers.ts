// Trigger words, prechecks and lead words: one pass over a text rules out the date patterns it cannot match and lists where the others can start.
import { ASCII_LETTER_INDEX, asciiLetterIndex, FOLDS_TO_ASCII_LETTER, walkLetterRun, type LetterRun } from '../../core/index.js'

/** A rule's trigger words: every group needs one of its words in the text, as a whole run of ASCII letters, lower-cased. */
export type Triggers = ReadonlyArray<readonly string[]>

/**
 * Where every match of a rule starts: at a whole run of ASCII letters that is one of `words` (lower-cased),
 * or, with `digits`, at a digit that follows no digit. A rule with leads is tried only there.
 */
export interface Leads {
  readonly words: readonly string[]
  readonly digits: boolean
}

/** What rules a rule out, and where it can start. */
export interface RuleFilter {
  readonly triggers?: Triggers | undefined
  /**
   * Cheap patterns (no `g` flag), each matching somewhere in every text the rule's pattern matches in;
   * tried in order once the trigger words are present. Written without the `u` flag they may differ
   * from a `u` pattern only on letters that fold to ASCII, and texts holding those skip every filter.
   */
  readonly prechecks?: readonly RegExp[] | undefined
  readonly leads?: Leads | undefined
}

/** What one pass over a text tells about each rule. */
export interface TextScan {
  /** Per rule in the order given: 1 when it may match, 0 when it cannot. */
  readonly mayMatch: Uint8Array
  /**
   * Puts the sorted offsets where rule `r`'s matches can start into `starts`, and returns how many there are;
   * -1 when the whole text must be scanned. The buffer is refilled by the next call: use it before then.
   */
  startsOf(rule: number): number
  /** The offsets of the last `startsOf`, in its first `count` places (a reused buffer). */
  readonly starts: Int32Array
}

/** Which of several rules may match a text and where, from one pass over its letters and digits. */
export interface TriggerIndex {
  /** Scans a text. The result is reused by the next scan: use it before scanning another text. */
  scan(text: string): TextScan
}

const LETTER_RUN = /[a-z]+/gi

/** The run `walkLetterRun` fills, reused across runs and texts. */
const RUN: LetterRun = { end: 0, node: 0 }

/** Leads of a match that opens with a digit. */
export const DIGIT_STARTS: Leads = { words: [], digits: true }

/** The id recorded for a digit start among the lead runs. */
const DIGIT = -1

/**
 * The trigger word of each lexicon entry: its longest run of ASCII letters, lower-cased, which every
 * match of the entry contains ("New Year's Day" gives "year", "Sept." gives "sept").
 * @returns undefined when an entry has no letters, so it cannot be ruled out by words
 */
export function triggerWords(entries: Iterable<string>): string[] | undefined {
  const out = new Set<string>()
  for (const entry of entries) {
    let longest = ''
    for (const run of entry.match(LETTER_RUN) ?? []) if (run.length > longest.length) longest = run.toLowerCase()
    if (longest === '') return undefined
    out.add(longest)
  }
  return [...out]
}

/**
 * Builds a rule's triggers from word groups; undefined (scan always) when a group is unknown or empty.
 * @example makeTriggers(['ago', 'earlier'], triggerWords(units))
 */
export function makeTriggers(...groups: ReadonlyArray<readonly string[] | undefined>): Triggers | undefined {
  const out: Array<readonly string[]> = []
  for (const group of groups) {
    if (group === undefined || group.length === 0) return undefined
    out.push(group)
  }
  return out
}

/**
 * The leads of lexicon entries: the first run of ASCII letters of each (lower-cased), and digits when an
 * entry opens with one ("twenty-first" gives "twenty", "1st" a digit).
 * @returns undefined when an entry opens with anything else, so its matches cannot be found by leads
 */
export function leadsOf(entries: Iterable<string>): Leads | undefined {
  const words = new Set<string>()
  let digits = false
  for (const entry of entries) {
    const first = entry.charCodeAt(0)
    if (first >= 0x30 && first <= 0x39) {
      digits = true
      continue
    }
    const run = /^[a-z]+/i.exec(entry)?.[0]
    if (run === undefined) return undefined
    words.add(run.toLowerCase())
  }
  return { words: [...words], digits }
}

/**
 * Joins word lists and leads into one rule's leads; undefined (scan the whole text) when a part is unknown.
 * @example makeLeads(['the', 'last'], leadsOf(numbers), DIGIT_STARTS)
 */
export function makeLeads(...parts: ReadonlyArray<readonly string[] | Leads | undefined>): Leads | undefined {
  const words = new Set<string>()
  let digits = false
  for (const part of parts) {
    if (part === undefined) return undefined
    const list = 'words' in part ? part.words : part
    for (const word of list) words.add(word.toLowerCase())
    if ('digits' in part && part.digits) digits = true
  }
  return { words: [...words], digits }
}

/** A trie over lower-cased ASCII letters: node n's child for letter c is `children[n * 26 + c]` (0: none). */
class LetterTrie {
  children = new Int32Array(26 * 64)
  /** The id of the word ending at a node, or -1. */
  wordAt = new Int32Array(64).fill(-1)
  size = 1

  /** Adds a word under an id. */
  add(word: string, id: number): void {
    let node = 0
    for (let i = 0; i < word.length; i++) {
      const letter = ASCII_LETTER_INDEX[word.charCodeAt(i)] ?? -1
      if (letter < 0) throw new RangeError(`trigger word "${word}" is not made of ASCII letters`)
      let child = this.children[node * 26 + letter] ?? 0
      if (child === 0) {
        if (this.size === this.wordAt.length) this.grow()
        child = this.size++
        this.children[node * 26 + letter] = child
      }
      node = child
    }
    this.wordAt[node] = id
  }

  private grow(): void {
    const children = new Int32Array(this.children.length * 2)
    children.set(this.children)
    this.children = children
    const wordAt = new Int32Array(this.wordAt.length * 2).fill(-1)
    wordAt.set(this.wordAt)
    this.wordAt = wordAt
  }
}

/**
 * Compiles the triggers and leads of several rules into one trie over lower-cased ASCII letters, walked
 * once per text with no string made per word.
 * @example createTriggerIndex([{ triggers: [['ago']] }, {}]).scan('two years ago').mayMatch // Uint8Array [1, 1]
 */
export function createTriggerIndex(rules: readonly RuleFilter[]): TriggerIndex {
  const ids = new Map<string, number>()
  const idOf = (word: string): number => {
    let id = ids.get(word.toLowerCase())
    if (id === undefined) {
      id = ids.size
      ids.set(word.toLowerCase(), id)
    }
    return id
  }
  // Flat arrays, so the check per rule is a few integer loops: rule r's groups are groupStarts[r]..groupStarts[r + 1],
  // group g's words are wordIds[wordStarts[g]..wordStarts[g + 1]].
  const groupStarts: number[] = [0]
  const wordStarts: number[] = [0]
  const wordIds: number[] = []
  for (const { triggers } of rules) {
    for (const group of triggers ?? []) {
      for (const word of group) wordIds.push(idOf(word))
      wordStarts.push(wordIds.length)
    }
    groupStarts.push(wordStarts.length - 1)
  }
  const leadIds = rules.map(({ leads }) => leads?.words.map(idOf))
  const trie = new LetterTrie()
  for (const [word, id] of ids) trie.add(word, id)
  const isLead = new Uint8Array(ids.size)
  for (const list of leadIds) for (const id of list ?? []) isLead[id] = 1
  const ruleLeads = leadIds.map((list) => {
    if (list === undefined) return undefined
    const flags = new Uint8Array(ids.size)
    for (const id of list) flags[id] = 1
    return flags
  })
  const present = new Uint8Array(ids.size)
  // Everything a scan fills is allocated once and refilled per text, in typed buffers with counts (fresh
  // arrays, or arrays emptied with `length = 0`, reallocated for every text and rule and fed the garbage
  // collector): the starts of one rule, the lead runs and the flags.
  const runs: LeadRuns = { starts: new Int32Array(256), ids: new Int32Array(256), count: 0 }
  const mayMatch = new Uint8Array(rules.length)
  let isFolded = false
  const result = {
    mayMatch,
    starts: new Int32Array(256),
    startsOf(r: number): number {
      const flags = ruleLeads[r]
      if (flags === undefined || isFolded) return -1
      const digits = rules[r]?.leads?.digits === true
      if (result.starts.length < runs.count) result.starts = new Int32Array(runs.starts.length)
      const out = result.starts
      let count = 0
      for (let k = 0; k < runs.count; k++) {
        const id = runs.ids[k] ?? 0
        if (id === DIGIT ? digits : flags[id] === 1) out[count++] = runs.starts[k] ?? 0
      }
      return count
    },
  }
  return {
    scan(text) {
      mayMatch.fill(1)
      isFolded = !readRuns(text, trie, isLead, present, runs)
      if (isFolded) return result
      for (let r = 0; r < rules.length; r++) {
        const lastGroup = groupStarts[r + 1] ?? 0
        for (let g = groupStarts[r] ?? 0; g < lastGroup; g++) {
          let isPresent = false
          const lastWord = wordStarts[g + 1] ?? 0
          for (let w = wordStarts[g] ?? 0; w < lastWord; w++) {
            if (present[wordIds[w] ?? 0] === 1) {
              isPresent = true
              break
            }
          }
          if (!isPresent) {
            mayMatch[r] = 0
            break
          }
        }
        const prechecks = rules[r]?.prechecks
        if (mayMatch[r] === 1 && prechecks !== undefined) {
          for (const precheck of prechecks) {
            if (!precheck.test(text)) {
              mayMatch[r] = 0
              break
            }
          }
        }
      }
      return result
    },
  }
}

/** The lead runs of a text in order, in the first `count` places: where each starts, and its word id (`DIGIT` for a digit start). */
interface LeadRuns {
  starts: Int32Array
  ids: Int32Array
  count: number
}

/** Appends a lead run, growing the buffers when full. */
function addRun(runs: LeadRuns, start: number, id: number): void {
  if (runs.count === runs.starts.length) {
    const starts = new Int32Array(runs.count * 2)
    starts.set(runs.starts)
    runs.starts = starts
    const ids = new Int32Array(runs.count * 2)
    ids.set(runs.ids)
    runs.ids = ids
  }
  runs.starts[runs.count] = start
  runs.ids[runs.count] = id
  runs.count++
}

/**
 * Marks in `present` every trigger or lead word that is a whole run of ASCII letters in the text, and
 * lists the lead words' runs and the digit starts in order into `runs` (emptied first).
 * @returns false when the text holds a character that folds to an ASCII letter, so nothing may be ruled out
 */
function readRuns(text: string, trie: LetterTrie, isLead: Uint8Array, present: Uint8Array, runs: LeadRuns): boolean {
  present.fill(0)
  runs.count = 0
  const { children, wordAt } = trie
  const length = text.length
  const run = RUN
  let i = 0
  while (i < length) {
    const code = text.charCodeAt(i)
    const letter = asciiLetterIndex(code)
    if (letter >= 0) {
      // A run of letters: walk the trie while the run is some word's prefix, then end the run.
      const runStart = i
      walkLetterRun(text, i, letter, children, run)
      i = run.end
      const id = run.node === 0 ? -1 : (wordAt[run.node] ?? -1)
      if (id >= 0) {
        present[id] = 1
        if (isLead[id] === 1) addRun(runs, runStart, id)
      }
      continue
    }
    if (code >= 0x30 && code <= 0x39) {
      const previous = i > 0 ? text.charCodeAt(i - 1) : 0
      if (previous < 0x30 || previous > 0x39) addRun(runs, i, DIGIT)
    } else if (code > 0x7f && FOLDS_TO_ASCII_LETTER.has(code)) return false
    i++
  }
  return true
}
