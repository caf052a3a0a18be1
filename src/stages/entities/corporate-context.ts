// Company evidence from context: a name the tagger calls a person but that speaks of "its" board, has shares, or is
// something "which" acts ("Brandt said its profit rose", "shares of Brandt", "Brandt, which") is a company.
import type { SentenceCandidates } from './consistency.js'

/** Words after a possessive that only a company has ("Brandt's shares", "Brandt's board"). */
const COMPANY_POSSESSIONS = new Set([
  'shares',
  'stock',
  'board',
  'subsidiary',
  'subsidiaries',
  'unit',
  'units',
  'net',
  'profit',
  'profits',
  'earnings',
  'revenue',
  'revenues',
  'sales',
  'shareholders',
  'stockholders',
  'directors',
])

/** Nouns before "of" or "in" that take a company ("shares of Brandt", "a stake in Brandt", "a unit of Brandt"). */
const COMPANY_PARTS = new Set(['shares', 'stake', 'subsidiary', 'unit', 'division', 'shareholders', 'stockholders'])

/** People who work at a firm, before "at" and the firm's name ("an analyst at Brandt Lehr"): the name is a company even after a given name. */
const FIRM_STAFF = new Set(['analyst', 'analysts', 'economist', 'economists', 'strategist', 'strategists', 'broker', 'brokers', 'banker', 'bankers', 'trader', 'traders', 'dealer', 'dealers'])

/**
 * Nouns that describe a company right before its name ("French carmaker Velmont", "US bank Dorn Fargo", "drinks firm
 * Kessa"): the name is a company even after a given name. Not "maker", "producer", "publisher", "broker" or "rival",
 * which also describe people ("film maker Lida Marosh").
 */
const COMPANY_DESCRIPTORS = new Set([
  'firm',
  'company',
  'group',
  'giant',
  'carmaker',
  'automaker',
  'drugmaker',
  'chipmaker',
  'retailer',
  'airline',
  'carrier',
  'bank',
  'insurer',
  'brewer',
  'chain',
  'conglomerate',
  'manufacturer',
  'supplier',
  'distributor',
  'operator',
])

/** Words before a descriptor that make it a common noun phrase, not a label ("the firm Lida Marosh founded"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'his', 'her', 'its', 'their', 'our', 'my', 'your'])

/** Possessive marks as the tokens stage writes them. */
const POSSESSIVE = new Set(["'s", '\u2019s'])

/** Words right after a name that may open a company context, as written. */
const CONTEXT_AFTER = new Set(['said', 'Said', ',', 'shares', 'stock', ...POSSESSIVE, "'S", '\u2019S'])

/** Words right before a name that may close a company context, as written. */
const CONTEXT_BEFORE = new Set(['of', 'in'])

/** Word `k` lowercased ('' outside the sentence); module-level, not a closure per call. */
function lowerAt(words: readonly string[], k: number): string {
  return (words[k] ?? '').toLowerCase()
}

/**
 * Returns whether the words around `[first, last]` say the name is a company: "said its" or "said in its" after
 * it, a comma and "which" after it, a company's possession after its possessive, or "shares" / "stock" right after it,
 * or a company part and "of" / "in" before it.
 */
export function hasCompanyContext(words: readonly string[], first: number, last: number): boolean {
  // Most names have none of the words after or before them: pass them over without lowercasing.
  if (!CONTEXT_AFTER.has(words[last + 1] ?? '') && !CONTEXT_BEFORE.has(words[first - 1] ?? '')) return false
  const next = lowerAt(words, last + 1)
  if (next === 'said' && (lowerAt(words, last + 2) === 'its' || (lowerAt(words, last + 2) === 'in' && lowerAt(words, last + 3) === 'its'))) return true
  if (next === ',' && lowerAt(words, last + 2) === 'which') return true
  if (POSSESSIVE.has(next) && COMPANY_POSSESSIONS.has(lowerAt(words, last + 2))) return true
  if ((next === 'shares' || next === 'stock') && words[last + 1] === next) return true
  const before = lowerAt(words, first - 1)
  return (before === 'of' || before === 'in') && COMPANY_PARTS.has(lowerAt(words, first - 2))
}

/** Returns whether a firm's staff and "at" stand right before `first` ("an analyst at Morgan Lehr"). */
export function isFirmAfterStaff(words: readonly string[], first: number): boolean {
  return (words[first - 1] ?? '').toLowerCase() === 'at' && FIRM_STAFF.has((words[first - 2] ?? '').toLowerCase())
}

/**
 * Returns whether a company descriptor without a determiner stands right before `[first, last]` ("Dutch brewer
 * Velkor") and the name ends there: a capitalised word after it means the tagger took only part of the name ("lobby
 * group Vell Rights Commission" with "Vell" alone).
 */
export function isAfterCompanyDescriptor(words: readonly string[], first: number, last: number): boolean {
  const descriptor = words[first - 1] ?? ''
  if (!COMPANY_DESCRIPTORS.has(descriptor) || DETERMINERS.has((words[first - 2] ?? '').toLowerCase())) return false
  return !/^\p{Lu}/u.test(words[last + 1] ?? '')
}

/**
 * Returns the names, lowercased, that the tagger calls persons somewhere in the document and that stand in a company's
 * context at least once (`hasCompanyContext`), unless they open with a given name ("Lida Brandt said its ..." speaks
 * for a company and stays a person); after a firm's staff and "at" ("an analyst at Morgan Lehr") or a company
 * descriptor ("US bank Morgan Lehr") a given name does not matter, and a place the tagger made of it counts too.
 * @param isGivenName whether a capitalised word is a given name
 */
export function corporateNames(sentences: readonly SentenceCandidates[], isGivenName: (word: string) => boolean): Set<string> {
  const names = new Set<string>()
  for (const s of sentences) {
    for (const c of s.candidates) {
      if (c.type === 'ORG' || c.source === 'dictionary') continue
      // A place or people name is a company only after a descriptor ("Japanese carmaker Velmont" read as a place).
      if (c.type !== 'PERSON') {
        if (isAfterCompanyDescriptor(s.words, c.first, c.last)) names.add(s.words.slice(c.first, c.last + 1).join(' ').toLowerCase())
        continue
      }
      const isCompany =
        isFirmAfterStaff(s.words, c.first) ||
        isAfterCompanyDescriptor(s.words, c.first, c.last) ||
        (hasCompanyContext(s.words, c.first, c.last) && !isGivenName(s.words[c.first] ?? ''))
      if (isCompany) names.add(s.words.slice(c.first, c.last + 1).join(' ').toLowerCase())
    }
  }
  return names
}
