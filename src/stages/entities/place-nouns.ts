// Place names typed by a place-kind noun beside them: "Arvo island", "the islands of Arvo and Belm", "two islands – Arvo and Belm".
import type { EntityType } from '../../core/index.js'
import type { Candidate } from './candidates.js'
import type { NerLexicon } from './resources.js'

/** Place-kind nouns and list openers, indexed for `placeNounCandidates`. */
export interface PlaceNounLexicon {
  /** Lowercase noun -> the type it gives ("island" -> LOC, "province" -> GPE). */
  readonly nouns: ReadonlyMap<string, EntityType>
  readonly openers: ReadonlySet<string>
  readonly nonNames: ReadonlySet<string>
}

/** Indexes the lexicon's place nouns. */
export function buildPlaceNounLexicon(lexicon: NerLexicon): PlaceNounLexicon {
  const nouns = new Map<string, EntityType>()
  for (const w of lexicon.placeNouns.LOC) nouns.set(w, 'LOC')
  for (const w of lexicon.placeNouns.GPE) nouns.set(w, 'GPE')
  return { nouns, openers: new Set(lexicon.placeListOpeners), nonNames: new Set(lexicon.nonNames) }
}

/** How many words after a place noun may come before a dash, colon or parenthesis opening the list ("two islands to Arvenia – Arvo and Belm"). */
const MAX_GAP = 3
const STOPS = new Set(['.', ';', '!', '?', '"', '\u201c', '\u201d'])

/**
 * Place candidates named by a kind noun: the unknown capitalised names right before a lowercase place noun,
 * and those listed right after one. A name the dictionary or gazetteer knows keeps its own type.
 * @param pos UPOS tags: a run needs a proper noun, so a sentence-initial "Coastal region" is no name
 * @param known type of a known name spanning exactly `[first, last]`, if any
 * @param isCommonWord whether a lowercase word is mostly written in lowercase ("coastal"): alone at the start of a sentence it is no name
 */
export function placeNounCandidates(
  words: readonly string[],
  pos: readonly string[],
  lex: PlaceNounLexicon,
  known: (first: number, last: number) => EntityType | undefined,
  isCommonWord: (lower: string) => boolean,
): Candidate[] {
  const out: Candidate[] = []
  // Most sentences hold no place noun: they return before any closure is made.
  let firstNoun = 0
  while (firstNoun < words.length && !lex.nouns.has(words[firstNoun] ?? '')) firstNoun++
  if (firstNoun === words.length) return out
  const isNameWord = (k: number): boolean => {
    const w = words[k] ?? ''
    const c = w.charCodeAt(0)
    return c >= 65 && c <= 90 ? !lex.nonNames.has(w.toLowerCase()) : c > 127 && w.charAt(0) !== w.charAt(0).toLowerCase()
  }
  const emit = (first: number, last: number, type: EntityType): void => {
    if (first === 0 && last === 0 && isCommonWord((words[0] ?? '').toLowerCase())) return
    let isProper = false
    for (let k = first; k <= last && !isProper; k++) isProper = pos[k] === 'PROPN'
    if (isProper && known(first, last) === undefined) out.push({ first, last, type, source: 'rule' })
  }
  for (let i = firstNoun; i < words.length; i++) {
    const type = lex.nouns.get(words[i] ?? '')
    if (type === undefined) continue
    // Names before the noun, walking back over "X and Y", "X, Y and Z".
    let k = i - 1
    while (k >= 0 && isNameWord(k)) {
      const last = k
      while (k - 1 >= 0 && isNameWord(k - 1)) k--
      emit(k, last, type)
      const joiner = words[k - 1]
      if ((joiner === 'and' || joiner === 'or' || joiner === ',') && isNameWord(k - 2)) k -= 2
      else break
    }
    // Names listed after the noun, behind an opener within a few words.
    let open = -1
    for (let g = i + 1; g <= i + 1 + MAX_GAP && g < words.length; g++) {
      const w = words[g] ?? ''
      // Words ("of", "called") and commas open a list only right after the noun; a dash, colon or parenthesis may come later.
      if (lex.openers.has(w.toLowerCase()) && (g === i + 1 || !/^\p{L}|^,$/u.test(w))) {
        open = g
        break
      }
      if (STOPS.has(w) || w === ',' || lex.nouns.has(w)) break
    }
    if (open < 0) continue
    const names: Array<[number, number]> = []
    let j = open + 1
    while (isNameWord(j)) {
      const first = j
      while (isNameWord(j + 1)) j++
      names.push([first, j])
      const next = words[j + 1]
      const skip = next === ',' && (words[j + 2] === 'and' || words[j + 2] === 'or') ? 3 : next === ',' || next === 'and' || next === 'or' ? 2 : 0
      if (skip === 0 || !isNameWord(j + skip)) break
      j += skip
    }
    // After a bare comma one name may be anything ("the region, Varga said"); a list of two is a list.
    if (words[open] === ',' && names.length < 2) continue
    for (const [first, last] of names) emit(first, last, type)
  }
  return out
}
