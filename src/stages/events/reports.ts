// Report events: the statement (010) a report makes, and the demand in "X said Y must …".
import type { PatternSet } from '../../dictionaries/patterns/index.js'
import { pairs, type Candidate } from './candidates.js'
import type { ClauseKind } from './clauses.js'
import { clauseOf, type ChunkedSentence, type NounGroup, type Roles } from './roles.js'

/** Adds the demand a report of obligation makes: "Arvenia said Belmora must withdraw" is Arvenia demanding of Belmora. */
export function addDemands(
  s: ChunkedSentence,
  rolesAt: (c: number) => Roles | undefined,
  candidates: Candidate[],
  patterns: PatternSet,
  speakerOf: (k: number) => NounGroup | undefined,
): void {
  const demand = patterns.demand
  if (demand === undefined) return
  // Every verb group inside a clause, in text order; its roles are read only once a modal and a speaker are there.
  for (let c = 0; c < s.chunks.length; c++) {
    const chunk = s.chunks[c]
    if (chunk?.kind !== 'VG') continue
    const k = clauseOf(s, c)
    const clause = s.clauses[k]
    if (clause === undefined || (clause.kind !== 'reported' && speakerOf(k) === undefined)) continue
    let modal = -1
    for (let w = chunk.from; w <= chunk.to; w++) if (demand.modals.has(s.words[w]?.lower ?? '')) modal = w
    if (modal < 0) continue
    const speaker = speakerOf(k)
    const subject = speaker === undefined ? undefined : rolesAt(c)?.subject
    if (speaker === undefined || subject === undefined) continue
    for (const [a, b] of pairs(speaker.actors, subject.actors)) {
      // "the Arvenian premier said Arvenia must face realities": a government exhorting its own country demands of no one.
      // ("Arvenia and Belmora must withdraw, says Varga" asks both).
      if (subject.actors.length === 1 && b.code.length === 3 && a.code.slice(0, 3) === b.code && a.code.slice(3).includes('GOV')) continue
      candidates.push({ source: a, target: b, code: demand.code, pattern: undefined, rule: `demand:${s.words[modal]?.lower ?? ''}`, triggerFrom: modal, triggerTo: modal, modality: 'asserted', negated: false, clause: k, confidence: 0.75, notes: ['report of an obligation'] })
    }
  }
}

/** Clause kinds that hang inside another clause: their acts are not what a report is about. */
const EMBEDDED: ReadonlySet<ClauseKind> = new Set(['relative', 'subordinate', 'conditional'])

/** Adds the statement (010) a reporting verb makes when its report holds a coded event: "Arvenia said Belmora …". */
export function addStatements(
  s: ChunkedSentence,
  rolesAt: (c: number) => Roles | undefined,
  candidates: Candidate[],
  trailing: number | undefined,
): void {
  // The statement is about the doer of the report's own act, not of an act in a clause inside it ("…, Belmora said of
  // a man who was deported by Arvenia" says nothing to Arvenia).
  const first = candidates.find((c) => (c.modality === 'reported' || s.clauses[c.clause]?.kind === 'reported') && !EMBEDDED.has(s.clauses[c.clause]?.kind ?? 'main'))
  if (first === undefined) return
  const reportClause = s.clauses[first.clause]?.reportedBy ?? trailing
  const clause = reportClause === undefined ? undefined : s.clauses[reportClause]
  if (clause === undefined) return
  for (let c = clause.from; c <= clause.to; c++) {
    const chunk = s.chunks[c]
    if (chunk?.kind !== 'VG') continue
    const subject = rolesAt(c)?.subject
    const verb = chunk.verbs[0] ?? chunk.from
    // "demanded that Belmora explain": the reporting verb is coded as an event of its own; no second, vaguer statement.
    if (candidates.some((x) => x.triggerFrom === verb)) return
    for (const speaker of subject?.actors ?? []) {
      // A news agency reporting ("…, the Kyodo news service reported") passes news on; it makes no statement.
      if (speaker.code.slice(3).includes('MED')) continue
      // A report inside one country ("Brazilian officials said Funaro met …") is no international statement.
      if (speaker.start === first.source.start || speaker.code.slice(0, 3) === first.source.code.slice(0, 3)) continue
      if (speaker.clusterId !== undefined && speaker.clusterId === first.source.clusterId) continue
      candidates.push({ source: speaker, target: first.source, code: '010', pattern: undefined, rule: `statement:${s.words[verb]?.lemma ?? ''}`, triggerFrom: verb, triggerTo: verb, modality: 'asserted', negated: false, clause: reportClause ?? 0, confidence: 0.5, notes: ['statement making a report'] })
    }
    return
  }
}
