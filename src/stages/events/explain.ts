// Explanations: a readable, line-per-step view of how a sentence was coded, for an `--explain` option.
import type { Doc } from '../../core/index.js'
import { chunkText } from './chunks.js'
import type { SentenceCoding } from './code-sentence.js'

/**
 * Formats a sentence's coding as lines: chunks (with actor codes), clauses (kind, antecedent, reporter),
 * roles of each verb group, and every candidate with the rule that fired and the notes behind its confidence.
 * @example formatSentenceCoding(doc, explainSentence(doc, 0)!).join('\n')
 */
export function formatSentenceCoding(doc: Pick<Doc, 'text'>, coding: SentenceCoding): string[] {
  const text = (from: number, to: number): string => {
    const first = coding.chunks[from]
    const last = coding.chunks[to]
    const start = coding.words[first?.from ?? 0]?.start ?? 0
    const end = coding.words[last?.to ?? 0]?.end ?? 0
    return doc.text.slice(start, end)
  }
  const lines: string[] = []
  lines.push(`chunks: ${coding.chunks.map((c) => `${c.kind}[${chunkText(doc.text, coding.words, c)}]${c.actor === undefined ? '' : `=${c.actor.code}`}`).join(' ')}`)
  coding.clauses.forEach((clause, k) => {
    const extra = [
      clause.antecedent === undefined ? '' : ` antecedent "${text(clause.antecedent, clause.antecedent)}"`,
      clause.reportedBy === undefined ? '' : ` reported by clause ${clause.reportedBy}`,
    ].join('')
    lines.push(`clause ${k} ${clause.kind}${extra}: ${text(clause.from, clause.to)}`)
  })
  for (const role of coding.roles) {
    const subject = role.subject === undefined ? '-' : `${text(role.subject.from, role.subject.to)} [${role.subject.actors.map((a) => a.code).join(', ') || 'no actor'}]`
    const agent = role.agent === undefined ? '' : `, agent ${text(role.agent.from, role.agent.to)}`
    lines.push(`verb "${text(role.chunk, role.chunk)}": subject ${subject}${role.isSubjectInherited ? ' (inherited)' : ''}${role.isPassive ? ', passive' : ''}${agent}`)
  }
  for (const c of coding.candidates) {
    const trigger = doc.text.slice(coding.words[c.triggerFrom]?.start ?? 0, coding.words[c.triggerTo]?.end ?? 0)
    lines.push(`event ${c.source.code} -> ${c.target?.code ?? '-'} ${c.code} ${c.modality}${c.negated ? ' negated' : ''} "${trigger}" rule ${c.rule} confidence ${c.confidence.toFixed(2)}${c.notes.length > 0 ? ` (${c.notes.join('; ')})` : ''}`)
  }
  if (coding.candidates.length === 0) lines.push('no event')
  return lines
}
