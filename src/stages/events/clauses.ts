// Clause splitter: cuts a chunked sentence at punctuation, relative pronouns, subordinators, coordinated verbs and reporting verbs.
import { RELATIVE_PRONOUNS, type Chunk } from './chunks.js'
import type { Word } from './words.js'

/** Why a clause starts where it does, which later tells roles and modality how to read it. */
export type ClauseKind = 'main' | 'relative' | 'subordinate' | 'conditional' | 'coordinate' | 'reported'

/** A clause: a run of chunks. */
export interface Clause {
  readonly kind: ClauseKind
  /** Chunk positions, `to` inclusive. */
  readonly from: number
  readonly to: number
  /** Relative clause: the chunk position of the noun phrase it describes (always set, undefined elsewhere: one object shape). */
  readonly antecedent: number | undefined
  /** Reported clause: the clause holding the reporting verb (always set, undefined elsewhere). */
  readonly reportedBy: number | undefined
}


const SUBORDINATORS = new Set(['whether', 'because', 'while', 'although', 'though', 'when', 'after', 'before', 'since', 'whereas', 'as', 'until', 'once', 'despite'])
const CONDITIONALS = new Set(['if', 'unless'])
// Brackets and quotation marks do not cut clauses: they mostly hold acronyms, appositions and scare quotes.
const HARD_PUNCT = new Set([';', ':', '—', '–'])

/** Conjunctions that, after a comma, open a contrasting clause (", but Belmora refused"): English grammar, a closed list. */
const CONTRASTIVE: ReadonlySet<string> = new Set(['but', 'yet'])

function firstWord(words: readonly Word[], chunk: Chunk | undefined): Word | undefined {
  return chunk === undefined ? undefined : words[chunk.from]
}

/** Whether a verb group follows within the next few chunks before a hard break. */
function hasVerbAhead(chunks: readonly Chunk[], from: number, words: readonly Word[], stopAtConjunction = true): boolean {
  for (let c = from; c < chunks.length && c < from + 8; c++) {
    const chunk = chunks[c]
    if (chunk === undefined) return false
    if (chunk.kind === 'VG') return true
    const w = firstWord(words, chunk)
    if (chunk.kind === 'O' && w !== undefined && (HARD_PUNCT.has(w.lower) || w.lower === ',' || (stopAtConjunction && w.pos === 'CCONJ'))) return false
  }
  return false
}

/** Whether a chunk is a date noun phrase ("Friday", "last week"). */
function isDateChunk(words: readonly Word[], chunk: Chunk | undefined): boolean {
  if (chunk?.kind !== 'NP') return false
  for (let w = chunk.from; w <= chunk.to; w++) if (words[w]?.isDate !== true) return false
  return true
}

/** The clauses of a sentence as they are read: the open one's start, kind, antecedent and reporter, and those closed. */
class ClauseCollector {
  readonly clauses: Clause[] = []
  start = 0
  kind: ClauseKind = 'main'
  antecedent: number | undefined = undefined
  reportedBy: number | undefined = undefined

  /** Closes the open clause at chunk `end` (nothing when it would be empty). */
  close(end: number): void {
    if (end >= this.start) {
      this.clauses.push({ kind: this.kind, from: this.start, to: end, antecedent: this.antecedent, reportedBy: this.reportedBy })
    }
  }

  /** Closes the open clause before chunk `at` and opens one of kind `next` there. */
  open(at: number, next: ClauseKind, ante?: number, reporter?: number): void {
    this.close(at - 1)
    this.start = at
    this.kind = next
    this.antecedent = ante
    this.reportedBy = reporter
  }
}

/**
 * Whether verb group c, right after a noun phrase, is finite and main: an auxiliary first, or a verb in -s, or a past
 * form with an object after it; not an infinitive, a gerund, nor a bare participle before a preposition ("tourists
 * held in Vell", a reduced relative of its own).
 */
function endsRelative(words: readonly Word[], chunks: readonly Chunk[], c: number, start: number): boolean {
  const chunk = chunks[c]
  if (chunk === undefined || chunks[c - 1]?.kind !== 'NP') return false
  // Only phrases of the relative clause's own verb lie between: "who killed [eight tourists] | attacked", not "that's
  // cool when [Varga] | visits" (a subject of its own after a subordinator).
  let back = c - 1
  while (back > start && (chunks[back]?.kind === 'NP' || chunks[back]?.kind === 'P')) back--
  if (back <= start || chunks[back]?.kind !== 'VG') return false
  const first = words[chunk.from]
  if (first === undefined || first.lower === 'to' || first.lower.endsWith('ing')) return false
  if (first.pos === 'AUX') return chunk.verbs.length > 0
  const last = words[chunk.verbs[chunk.verbs.length - 1] ?? chunk.to]
  if (first.pos !== 'VERB' || last === undefined) return false
  return chunks[c + 1]?.kind === 'NP' && (last.lower.endsWith('ed') || last.lower.endsWith('s'))
}

/**
 * Splits chunks into clauses. `reporting` lists the lemmas of reporting verbs ("say", "claim").
 * @example splitClauses(words, chunks) // "Arvenia said | Belmora shelled the border"
 */
export function splitClauses(words: readonly Word[], chunks: readonly Chunk[], reporting: ReadonlySet<string>): Clause[] {
  // The clause being read, and the clauses closed so far (a class, not closures built per sentence).
  const b = new ClauseCollector()
  // Verb groups before each chunk, so "is there a verb group since the clause start" is one subtraction.
  const verbGroupsBefore = new Array<number>(chunks.length + 1)
  verbGroupsBefore[0] = 0
  for (let c = 0; c < chunks.length; c++) verbGroupsBefore[c + 1] = (verbGroupsBefore[c] ?? 0) + (chunks[c]?.kind === 'VG' ? 1 : 0)
  for (let c = 0; c < chunks.length; c++) {
    const chunk = chunks[c]
    if (chunk === undefined) continue
    const word = firstWord(words, chunk)
    if (word === undefined) continue
    // "… unless Arvenian forces withdraw", "… whether Belmora would join": the chunker may read the word as a
    // preposition; it still opens a condition or an embedded question.
    if (chunk.kind === 'P' && (CONDITIONALS.has(word.lower) || word.lower === 'whether') && c > 0 && hasVerbAhead(chunks, c + 1, words)) {
      b.open(c, CONDITIONALS.has(word.lower) ? 'conditional' : 'subordinate')
      continue
    }
    if (chunk.kind === 'O' || chunk.kind === 'NP') {
      if (word.pos === 'PRON' && RELATIVE_PRONOUNS.has(word.lower) && chunk.kind === 'O') {
        let ante = c - 1
        while (ante >= 0 && chunks[ante]?.kind === 'O') ante--
        // "a trade mission to Vell, which …": the relative describes the head of the phrase, not the place.
        while (ante >= 2 && chunks[ante - 1]?.kind === 'P' && chunks[ante - 2]?.kind === 'NP' && words[chunks[ante - 1]?.from ?? -1]?.lower !== 'of') ante -= 2
        b.open(c, 'relative', ante >= 0 && chunks[ante]?.kind === 'NP' ? ante : undefined)
        continue
      }
      if (word.pos === 'SCONJ' || word.pos === 'ADP' || word.pos === 'ADV') {
        if (CONDITIONALS.has(word.lower) && hasVerbAhead(chunks, c + 1, words)) {
          b.open(c, 'conditional')
          continue
        }
        // "whether" opens an embedded question whatever its tag (wink often calls it ADP).
        if (SUBORDINATORS.has(word.lower) && (word.pos === 'SCONJ' || word.lower === 'whether') && hasVerbAhead(chunks, c + 1, words)) {
          b.open(c, 'subordinate')
          continue
        }
      }
      if (HARD_PUNCT.has(word.lower) || word.lower === ',') {
        // A comma that opens another verb-bearing stretch starts a clause; one inside a list does not. ", but" before a
        // verb-bearing stretch does too ("oppose the tax, but Arvenia and Belmora seem …").
        const contrast = chunks[c + 1]?.kind === 'O' && CONTRASTIVE.has(firstWord(words, chunks[c + 1])?.lower ?? '') ? c + 2 : c + 1
        if (HARD_PUNCT.has(word.lower) || hasVerbAhead(chunks, contrast, words, contrast === c + 1)) {
          // Keep the clause that is already reported (or relative) open through commas inside it only for hard punctuation.
          const inReport = b.kind === 'reported' && !HARD_PUNCT.has(word.lower)
          b.open(c + 1, inReport ? 'reported' : 'coordinate', undefined, inReport ? b.reportedBy : undefined)
          continue
        }
      }
      // "and" joins clauses only once the current one has its verb; before that it joins subjects ("Arvenia and Belmora met").
      const hasVerbSoFar = b.start < c && (verbGroupsBefore[c] ?? 0) - (verbGroupsBefore[b.start] ?? 0) > 0
      // It opens a clause when a verb group follows at once, or right after one noun phrase ("and Belmora retaliated"),
      // not for "accused Arvenia and Corvia of spying".
      const next = chunks[c + 1]
      // "urged Arvenia and Belmora to renew their dialogue": a noun phrase and an infinitive make no clause.
      const isInfinitiveAfter = firstWord(words, chunks[c + 2])?.lower === 'to'
      const opensClause = next?.kind === 'VG' || (next?.kind === 'NP' && chunks[c + 2]?.kind === 'VG' && !isInfinitiveAfter)
      if (word.pos === 'CCONJ' && hasVerbSoFar && opensClause) {
        // "and" before a verb group coordinates predicates or clauses; a report stays a report.
        b.open(c + 1, b.kind === 'reported' ? 'reported' : 'coordinate', undefined, b.kind === 'reported' ? b.reportedBy : undefined)
        continue
      }
    }
    if (chunk.kind === 'VG') {
      // "Rebels who killed eight tourists | attacked Vell", "A car bomb that exploded near the party offices | targeted a
      // checkpoint": a finite verb group right after the object of a relative clause's verb is the main clause's.
      if (b.kind === 'relative' && b.antecedent !== undefined && (verbGroupsBefore[c] ?? 0) - (verbGroupsBefore[b.start] ?? 0) > 0 && endsRelative(words, chunks, c, b.start)) {
        b.open(c, 'coordinate')
        continue
      }
      const verb = words[chunk.verbs[0] ?? chunk.from]
      // "Militants claiming to hold three workers met …": a reporting participle with its own infinitive reports that
      // act; what follows it is no report.
      const hasInfinitive = chunk.verbs.length > 1 && verb?.lower.endsWith('ing') === true && words[(chunk.verbs[0] ?? chunk.from) + 1]?.lower === 'to'
      if (verb !== undefined && reporting.has(verb.lemma) && !hasInfinitive) {
        // "said on Friday that …": a date between the reporting verb and its report.
        let next = c + 1
        while (chunks[next]?.kind === 'P' && isDateChunk(words, chunks[next + 1]) && firstWord(words, chunks[next + 2])?.lower === 'that') next += 2
        const after = chunks[next]
        const afterWord = firstWord(words, after)
        // "said that X …" or "said X did …": what follows is reported.
        // "has written to Belmora demanding …", "spoke about the crisis": a preposition after the verb addresses or
        // topics the report; what follows is not its content.
        const isAddressed = after?.kind === 'P' && afterWord?.lower !== 'that' && !isDateChunk(words, chunks[next + 1]) && firstWord(words, chunks[next + 1])?.isDate !== true
        if (after !== undefined && afterWord !== undefined && !isAddressed && afterWord.lower !== ',' && afterWord.lower !== '.' && hasVerbAhead(chunks, next, words, false)) {
          const reporter = b.clauses.length
          b.close(next - 1)
          b.start = afterWord.lower === 'that' && after.kind === 'O' ? next + 1 : next
          b.kind = 'reported'
          b.antecedent = undefined
          b.reportedBy = reporter
          c = b.start - 1
          continue
        }
      }
    }
  }
  b.close(chunks.length - 1)
  return b.clauses
}
