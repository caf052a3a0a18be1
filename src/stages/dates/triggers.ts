// Trigger words and prechecks: one pass over a text, before any full scan, rules out the date patterns it cannot match.

/** A rule's trigger words: every group needs one of its words in the text, as a whole run of ASCII letters, lower-cased. */
export type Triggers = ReadonlyArray<readonly string[]>

/** What rules a rule out by: trigger words, then cheap patterns. */
export interface RuleFilter {
  readonly triggers?: Triggers | undefined
  /**
   * Cheap patterns (no `g` flag), each matching somewhere in every text the rule's pattern matches in;
   * tried in order once the trigger words are present. Written without the `u` flag they may differ
   * from a `u` pattern only on letters that fold to ASCII, and texts holding those skip every filter.
   */
  readonly prechecks?: readonly RegExp[] | undefined
}

/** Which of several rules may match a text, from one pass over its letters. */
export interface TriggerIndex {
  /**
   * Flags, per rule in the order given, whether the text holds its triggers (1) or the rule cannot match (0).
   * A rule without triggers is always flagged.
   */
  flagRules(text: string): Uint8Array
}

/**
 * Characters that a case-insensitive unicode regex folds to an ASCII letter (long s to "s", the Kelvin
 * sign to "k"): in a text holding one, a pattern may match a word its letter runs do not show.
 */
const FOLDS_TO_ASCII_LETTER = new Set([0x017f, 0x212a])

const LETTER_RUN = /[a-z]+/gi

/** For each ASCII code, its letter's index 0-25 ignoring case, or -1. */
const LETTER_INDEX = Int8Array.from({ length: 0x80 }, (_, code) => {
  const letter = (code | 0x20) - 0x61
  return letter >= 0 && letter <= 25 ? letter : -1
})

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
 * Compiles the triggers of several rules into a trie over lower-cased ASCII letters, walked once per
 * text with no string made per word.
 * @example createTriggerIndex([{ triggers: [['ago']] }, {}]).flagRules('two years ago') // Uint8Array [1, 1]
 */
export function createTriggerIndex(rules: readonly RuleFilter[]): TriggerIndex {
  const ids = new Map<string, number>()
  const idOf = (word: string): number => {
    let id = ids.get(word)
    if (id === undefined) {
      id = ids.size
      ids.set(word, id)
    }
    return id
  }
  const compiled = rules.map(({ triggers }) => triggers?.map((group) => Int32Array.from(group, (w) => idOf(w.toLowerCase()))))
  // Node n's child for letter c is children[n * 26 + c] (0: none, as the root is never a child); wordAt[n] is the word ending there.
  let children = new Int32Array(26 * 64)
  let wordAt = new Int32Array(64).fill(-1)
  let nodes = 1
  for (const [word, id] of ids) {
    let node = 0
    for (let i = 0; i < word.length; i++) {
      const letter = (word.charCodeAt(i) | 0x20) - 0x61
      if (letter < 0 || letter > 25) throw new RangeError(`trigger word "${word}" is not made of ASCII letters`)
      let child = children[node * 26 + letter] ?? 0
      if (child === 0) {
        if (nodes === wordAt.length) {
          const grownChildren = new Int32Array(children.length * 2)
          grownChildren.set(children)
          children = grownChildren
          const grownWords = new Int32Array(wordAt.length * 2).fill(-1)
          grownWords.set(wordAt)
          wordAt = grownWords
        }
        child = nodes++
        children[node * 26 + letter] = child
      }
      node = child
    }
    wordAt[node] = id
  }
  // Flat arrays, so the check per rule is a few integer loops: rule r's groups are groupStarts[r]..groupStarts[r + 1]
  // (none: no triggers), group g's words are ids[wordStarts[g]..wordStarts[g + 1]].
  const groupStarts: number[] = [0]
  const wordStarts: number[] = [0]
  const wordIds: number[] = []
  const hasTriggers: boolean[] = []
  for (const groups of compiled) {
    hasTriggers.push(groups !== undefined)
    for (const group of groups ?? []) {
      wordIds.push(...group)
      wordStarts.push(wordIds.length)
    }
    groupStarts.push(wordStarts.length - 1)
  }
  const present = new Uint8Array(ids.size)
  return {
    flagRules(text) {
      const flags = new Uint8Array(compiled.length).fill(1)
      if (!markPresent(text, children, wordAt, present)) return flags
      for (let r = 0; r < compiled.length; r++) {
        if (hasTriggers[r] !== true) continue
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
            flags[r] = 0
            break
          }
        }
      }
      rules.forEach(({ prechecks }, r) => {
        if (flags[r] === 1 && prechecks !== undefined && !prechecks.every((precheck) => precheck.test(text))) flags[r] = 0
      })
      return flags
    },
  }
}

/**
 * Marks in `present` every trigger word that is a whole run of ASCII letters in the text.
 * @returns false when the text holds a character that folds to an ASCII letter, so nothing may be ruled out
 */
function markPresent(text: string, children: Int32Array, wordAt: Int32Array, present: Uint8Array): boolean {
  present.fill(0)
  // node < 0: the run so far is no trigger word's prefix.
  let node = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const letter = code < 0x80 ? (LETTER_INDEX[code] ?? -1) : -1
    if (letter >= 0) {
      if (node >= 0) node = (children[node * 26 + letter] ?? 0) || -1
      continue
    }
    if (node > 0) {
      const id = wordAt[node] ?? -1
      if (id >= 0) present[id] = 1
    }
    node = 0
    if (code > 0x7f && FOLDS_TO_ASCII_LETTER.has(code)) return false
  }
  if (node > 0) {
    const id = wordAt[node] ?? -1
    if (id >= 0) present[id] = 1
  }
  return true
}
