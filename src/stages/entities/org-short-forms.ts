// Document consistency for organisations: a company named once with its legal form ("Kessa Holdings Inc") is an
// organisation under its bare forms elsewhere in the document ("Kessa Holdings", "Kessa"), never a person.
import type { Candidate } from './candidates.js'
import type { SentenceCandidates } from './consistency.js'
import { corporateNames } from './corporate-context.js'
import type { NameMatcher } from './name-matcher.js'
import type { NerLexicon } from './resources.js'
import type { RuleLexicon } from './rules.js'

/** Words joining the last parts of a company name to its form ("Kessa Brothers and Co Inc"). */
const FORM_JOINERS = new Set(['and', '&', ','])

/** Words that make a name no company name to shorten ("Tomas Varga of Kessa Holdings Inc"). */
const CONNECTORS = new Set(['of', 'for', 'de', 'du', 'del', 'la', 'the'])

/** A word with a letter. */
const LETTER = /\p{L}/u

/** What the short-form rule needs to know about words and names. */
export interface OrgFormWords {
  /** Company forms, lowercase, without a final period ("inc", "corp", "co", "ltd", "plc", "n.v"). */
  readonly companyForms: ReadonlySet<string>
  /** Whether a lowercased word is a company form, with or without its period ("inc", "corp."). */
  readonly isCompanyForm: (lower: string) => boolean
  /** Whether a word as written is a company form in lowercase, capitalised or in capitals ("Inc", "CORP."; not "iNc"). */
  readonly isCompanyFormWord: (word: string) => boolean
  /** Industry words that end a company's name ("motors", "securities"), lowercase: the words before are its short form. */
  readonly companyHeads: ReadonlySet<string>
  /** Whether a capitalised word is a given name. */
  readonly isGivenName: (word: string) => boolean
  /** Whether a lowercased word is a title ("president", "marshal"). */
  readonly isTitle: (lower: string) => boolean
  /** Whether a short form may stand for the company: not a common word, a given name alone or another known name. */
  readonly isUsableForm: (words: readonly string[]) => boolean
}

/** Returns the lexicon's company forms (`companyForms`, lexicon v10), lowercase without a final period. */
export function companyFormsOf(lexicon: NerLexicon): Set<string> {
  const forms = lexicon.companyForms ?? []
  return new Set(forms.map(formKey))
}

/**
 * Builds what the short-form rule needs from the stage's resources. A short form is not a name the dictionary or
 * gazetteer types otherwise ("Arvenian" of "Arvenian Trade Co"), and a one-word form is no common word, given
 * name, title or head word ("General" of "General Binding Corp", "Tomas" of "Tomas Varga Ltd").
 */
export function orgFormWords(
  lexicon: NerLexicon,
  rules: RuleLexicon,
  isCommon: (lower: string) => boolean,
  isGivenName: (word: string) => boolean,
  known: NameMatcher,
): OrgFormWords {
  const isUsableForm = (part: readonly string[]): boolean => {
    const word = part[0] ?? ''
    const lower = word.toLowerCase()
    if (part.length === 1 && (word.length < 3 || isCommon(lower) || isGivenName(word))) return false
    if (part.length === 1 && (rules.nonNames.has(lower) || rules.titles.has(lower) || rules.orgHeads.has(lower))) return false
    const hit = known.find(part)[0]
    return hit === undefined || hit.first !== 0 || hit.last !== part.length - 1 || hit.name.category === 'ORG'
  }
  const companyForms = companyFormsOf(lexicon)
  const companyHeads = new Set(lexicon.companyHeads ?? [])
  // Company forms as written ("Inc", "Inc.", "INC"), so a word is checked without lowercasing it.
  const formSpellings = new Set<string>()
  for (const f of companyForms) {
    for (const v of [f, f.charAt(0).toUpperCase() + f.slice(1), f.toUpperCase()]) formSpellings.add(v).add(`${v}.`)
  }
  return {
    companyForms,
    isCompanyForm: (lower) => companyForms.has(formKey(lower)),
    isCompanyFormWord: (word) => formSpellings.has(word),
    companyHeads,
    isGivenName,
    isTitle: (lower) => rules.titles.has(lower) || rules.titleCore.has(lower),
    isUsableForm,
  }
}

/** Returns a word lowercased without a final period ("Inc." -> "inc"). */
function formKey(word: string): string {
  const lower = word.toLowerCase()
  return lower.endsWith('.') ? lower.slice(0, -1) : lower
}

/** Returns whether a word starts with an uppercase letter or a digit. */
function startsUpper(word: string): boolean {
  const code = word.charCodeAt(0)
  if ((code >= 65 && code <= 90) || (code >= 48 && code <= 57)) return true
  if (code < 128) return false
  const first = word.charAt(0)
  return (first !== first.toLowerCase() && first === first.toUpperCase()) || /^\d/.test(word)
}

/** Returns whether a sentence is written in capitals (a wire headline): letters, none of them lowercase. */
export function isCapsLine(words: readonly string[]): boolean {
  let upper = 0
  for (const w of words) {
    // A word opening with a lowercase ASCII letter has a letter that is not a capital: most lines end here.
    const code = w.charCodeAt(0)
    if (code >= 97 && code <= 122) return false
    if (!LETTER.test(w)) continue
    if (w !== w.toUpperCase()) return false
    upper++
  }
  return upper >= 2
}

/**
 * Returns the core of a company name, the words before its trailing forms ("Kessa Brothers and Co Inc" ->
 * "Kessa Brothers"), or undefined when the name ends in no form, holds a connector or nothing is left.
 */
export function companyCore(words: readonly string[], forms: ReadonlySet<string>): string[] | undefined {
  let end = words.length
  while (end > 0 && (forms.has(formKey(words[end - 1] ?? '')) || FORM_JOINERS.has(words[end - 1] ?? ''))) end--
  if (end === words.length || end === 0) return undefined
  const core = words.slice(0, end)
  if (!startsUpper(core[0] ?? '')) return undefined
  if (core.some((w) => CONNECTORS.has(w.toLowerCase()) || FORM_JOINERS.has(w))) return undefined
  return core
}

/** Whether a name's opening is a usable short form, judged once per lowercased opening into `judged` (module-level: no closure per document). */
function isUsableJudged(judged: Map<string, boolean>, lex: OrgFormWords, part: readonly string[]): boolean {
  const key = part.join(' ').toLowerCase()
  let usable = judged.get(key)
  if (usable === undefined) judged.set(key, (usable = lex.isUsableForm(part)))
  return usable
}

/**
 * Collects the short forms of the companies a document names with their legal form: the core and each shorter
 * opening of it ("Kessa Holdings Inc" -> "kessa holdings", "kessa"), lowercased; in a line in capitals the core only.
 * A name ending in an industry word gives the words before it ("Dorn Motors" -> "dorn"). A one-word
 * form that is also a word of a person's name in the document is left out ("Dorn" beside "Lida Dorn").
 * @param marked lowercased names the wire marked as companies (`applyWireBrackets`), kept whole without their form
 */
export function collectOrgShortForms(sentences: readonly SentenceCandidates[], lex: OrgFormWords, marked: Iterable<string> = []): Set<string> {
  const forms = new Set<string>()
  // The same company is named many times: each opening is judged once.
  const judged = new Map<string, boolean>()
  for (const name of marked) {
    const words = name.split(' ')
    const core = companyCore(words, lex.companyForms) ?? words
    if (isUsableJudged(judged, lex, core)) forms.add(core.join(' '))
  }
  for (const s of sentences) {
    let caps: boolean | undefined
    for (const c of s.candidates) {
      if (c.type !== 'ORG' || c.last === c.first) continue
      const lastWord = (s.words[c.last] ?? '').toLowerCase()
      const hasForm = lex.isCompanyForm(lastWord)
      if (!hasForm && !lex.companyHeads.has(lastWord)) continue
      caps ??= isCapsLine(s.words)
      const words = s.words.slice(c.first, c.last + 1)
      // A name ending in an industry word is shortened to the words before it ("Kessa Motors" -> "Kessa").
      const core = hasForm ? companyCore(words, lex.companyForms) : companyCore(words, lex.companyHeads)
      if (core === undefined) continue
      // A headline's words may run on into its verb, so only its whole core counts ("DORN FOODS CO SETS ...").
      for (let n = core.length; n >= (caps ? core.length : 1); n--) {
        const part = core.slice(0, n)
        if (!startsUpper(part[n - 1] ?? '') || !isUsableJudged(judged, lex, part)) continue
        forms.add(part.join(' ').toLowerCase())
      }
    }
  }
  if (forms.size === 0) return forms
  // A person named like a short form is the company the tagger mistook; other people keep their words.
  // The people are read only now: most documents name no company with its form and have returned above.
  const personWords = new Set<string>()
  for (const s of sentences) {
    for (const c of s.candidates) {
      if (c.type !== 'PERSON' || c.last === c.first) continue
      const name = s.words.slice(c.first, c.last + 1).map((w) => w.toLowerCase())
      if (!forms.has(name.join(' '))) for (const w of name) personWords.add(w)
    }
  }
  for (const w of personWords) forms.delete(w)
  return forms
}

/** Returns whether a word is written as a company form is: two-letter forms other than "Co" in capitals ("AG", not "Ag"). */
function isFormCase(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '')
  return letters.length > 2 || letters.toLowerCase() === 'co' || letters === letters.toUpperCase()
}

/** Two or three capitals, or four or five with at most one vowel ("BA", "GSK", "FSLIC"; not "TITO", "AZIZ"). */
function isAcronym(word: string): boolean {
  if (!/^[A-Z]{2,5}$/.test(word)) return false
  return word.length <= 3 || word.replace(/[^AEIOUY]/g, '').length <= 1
}

/** Returns whether the document writes surnames in capitals, as reference texts do ("Joaquin BALAGUER"): a person ending in one. */
function writesSurnamesInCapitals(sentences: readonly SentenceCandidates[]): boolean {
  for (const s of sentences) {
    for (const c of s.candidates) {
      if (c.type !== 'PERSON' || c.last === c.first) continue
      const last = s.words[c.last] ?? ''
      if (/^[A-Z]{2,}$/.test(last) && /\p{Ll}/u.test(s.words[c.first] ?? '')) return true
    }
  }
  return false
}

/**
 * Retypes as ORG each candidate of two or more words (not from the dictionary) that ends in a company form
 * ("Kessa AG" as a person is a company), so it also counts for the short forms, and each tagger person that is
 * one acronym in a line in mixed case, not after a title, in a document that does not write surnames in capitals.
 * @param sentences each sentence's words and candidates; candidates are replaced in place
 */
export function retypeCompanyNames(sentences: readonly SentenceCandidates[], lex: OrgFormWords): void {
  let capsSurnames: boolean | undefined
  for (const s of sentences) {
    let updated: Candidate[] | undefined
    let caps: boolean | undefined
    for (let i = 0; i < s.candidates.length; i++) {
      const c = s.candidates[i] as Candidate
      if (c.type === 'ORG' || c.source === 'dictionary') continue
      const word = s.words[c.last] ?? ''
      if (c.last === c.first) {
        // An acronym in running text is no person's name ("BA said ...", "SAIC will ...").
        if (c.type !== 'PERSON' || !isAcronym(word) || lex.isTitle((s.words[c.first - 1] ?? '').toLowerCase())) continue
        if ((caps ??= isCapsLine(s.words)) || (capsSurnames ??= writesSurnamesInCapitals(sentences))) continue
      } else if (!lex.isCompanyFormWord(word) || !isFormCase(word) || !startsUpper(s.words[c.first] ?? '')) continue
      updated ??= [...s.candidates]
      updated[i] = { ...c, type: 'ORG' }
    }
    if (updated !== undefined) s.candidates = updated
  }
}

/**
 * Organisation consistency over a document: company names retyped by their form (`retypeCompanyNames`), then
 * every use of their short forms, and of tagger persons seen in a company's context (`corporateNames`), made an
 * organisation (`collectOrgShortForms`, `applyOrgShortForms`).
 * @param marked lowercased names the wire marked as companies (`applyWireBrackets`)
 */
export function applyOrgConsistency(sentences: readonly SentenceCandidates[], lex: OrgFormWords, marked: Iterable<string> = []): void {
  retypeCompanyNames(sentences, lex)
  const named = [...marked, ...corporateNames(sentences, lex.isGivenName)]
  applyOrgShortForms(sentences, collectOrgShortForms(sentences, lex, named))
}

/**
 * Makes each use of a company's short form an organisation: a candidate (not from the dictionary) whose text is
 * one is retyped ORG, and a capitalised run that is one and no candidate covers is added as an ORG rule
 * candidate. In a line in capitals every run counts, so "KESSA SETS PAYOUT" reads like the body.
 * @param sentences each sentence's words and candidates; candidates are replaced in place
 */
export function applyOrgShortForms(sentences: readonly SentenceCandidates[], forms: ReadonlySet<string>): void {
  if (forms.size === 0) return
  // The forms by their first word, longest first, so most words cost one lookup.
  const byFirst = new Map<string, string[][]>()
  for (const f of forms) {
    const parts = f.split(' ')
    const list = byFirst.get(parts[0] ?? '') ?? []
    list.push(parts)
    byFirst.set(parts[0] ?? '', list)
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length)
  /** Returns whether words `[first, last]` are exactly a form. */
  const isForm = (words: readonly string[], first: number, last: number): boolean => {
    const list = byFirst.get((words[first] ?? '').toLowerCase())
    if (list === undefined) return false
    return list.some((parts) => parts.length === last - first + 1 && parts.every((p, j) => (words[first + j] ?? '').toLowerCase() === p))
  }
  for (const s of sentences) {
    const { words } = s
    let changed = false
    let updated: Candidate[] = s.candidates
    s.candidates.forEach((c, i) => {
      if (c.type === 'ORG' || c.source === 'dictionary' || !startsUpper(words[c.first] ?? '') || !isForm(words, c.first, c.last)) return
      if (!changed) updated = [...s.candidates]
      changed = true
      updated[i] = { ...c, type: 'ORG' }
    })
    let taken: Uint8Array | undefined
    let caps: boolean | undefined
    for (let k = 0; k < words.length; k++) {
      const list = startsUpper(words[k] ?? '') ? byFirst.get((words[k] ?? '').toLowerCase()) : undefined
      if (list === undefined) continue
      caps ??= isCapsLine(words)
      if (taken === undefined) {
        taken = new Uint8Array(words.length)
        for (const c of updated) for (let j = c.first; j <= c.last; j++) taken[j] = 1
      }
      if (taken[k] === 1) continue
      if (!caps && k > 0 && startsUpper(words[k - 1] ?? '') && LETTER.test(words[k - 1] ?? '')) continue
      for (const parts of list) {
        const last = k + parts.length - 1
        if (last >= words.length) continue
        let free = true
        for (let j = k; j <= last && free; j++) free = taken[j] === 0 && startsUpper(words[j] ?? '') && (words[j] ?? '').toLowerCase() === parts[j - k]
        const next = words[last + 1] ?? ''
        if (!free || (!caps && startsUpper(next) && LETTER.test(next))) continue
        if (!changed) updated = [...s.candidates]
        updated.push({ first: k, last, type: 'ORG', source: 'rule' })
        for (let j = k; j <= last; j++) taken[j] = 1
        changed = true
        k = last
        break
      }
    }
    if (changed) s.candidates = updated.sort((a, b) => a.first - b.first || a.last - b.last)
  }
}
