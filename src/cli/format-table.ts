// The `table` output format: a readable summary of one analyzed document.
import type { DocJson } from '../api/index.js'

function clip(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ')
  return flat.length <= width ? flat : `${flat.slice(0, width - 1)}…`
}

/** A speaker's actor code, else its members' codes joined by "+" ("KORGOV+JPNGOV" for "the two ministers"), else "-". */
function speakerCode(speaker: DocJson['quotes'][number]['speaker']): string {
  if (speaker === null) return '-'
  if (speaker.actor !== null) return speaker.actor
  const codes = (speaker.members ?? []).map((m) => m.actor).filter((code) => code !== null)
  return codes.length > 0 ? codes.join('+') : '-'
}

/** Renders a document summary as plain text lines. */
export function formatTable(doc: DocJson): string {
  const lines: string[] = []
  const title = doc.meta.title ?? doc.meta.source ?? doc.id
  lines.push(
    `== ${clip(title, 100)}  (id ${doc.id}${doc.meta.published === undefined ? '' : `, published ${doc.meta.published}`})`,
  )
  lines.push(`-- entities (${doc.entities.length})`)
  for (const e of doc.entities)
    lines.push(`  ${e.type.padEnd(7)} ${clip(e.text, 40).padEnd(40)} ${e.actor?.code ?? '-'}`)
  lines.push(`-- dates (${doc.dates.length})`)
  for (const d of doc.dates)
    lines.push(`  ${clip(d.text, 30).padEnd(30)} ${d.value.padEnd(12)} ${d.granularity}`)
  lines.push(`-- figures (${doc.figures.length})`)
  for (const f of doc.figures)
    lines.push(`  ${clip(f.text, 30).padEnd(30)} ${f.kind.padEnd(8)} ${f.measure?.text ?? ''}`)
  lines.push(`-- quotes (${doc.quotes.length})`)
  for (const q of doc.quotes) {
    lines.push(
      `  ${q.kind.padEnd(8)} ${clip(q.speaker?.text ?? '?', 32).padEnd(32)} ${speakerCode(q.speaker)}  "${clip(q.content.text, 60)}"`,
    )
  }
  lines.push(`-- events (${doc.events.length})`)
  for (const ev of doc.events) {
    const neg = ev.negated ? ' NOT' : ''
    lines.push(
      `  ${ev.source.code.padEnd(8)} ${ev.code.padEnd(4)} ${(ev.target?.code ?? '-').padEnd(8)} ${ev.modality}${neg}  ${ev.date.value}  "${clip(ev.trigger.text, 30)}"`,
    )
  }
  if (doc.diagnostics.length > 0) {
    lines.push(`-- diagnostics (${doc.diagnostics.length})`)
    for (const d of doc.diagnostics)
      lines.push(`  ${d.severity.padEnd(7)} ${d.stage}/${d.code}: ${d.message}`)
  }
  return lines.join('\n')
}
