// Merging: mentions of the same event (same dyad, code, negation and a compatible date) within one article become one event with all its mentions.
import type { Event } from '../../core/index.js'

/** The key two mentions share when they may report the same event (the date is compared apart: see `isSameDate`). */
export function eventKey(event: Pick<Event, 'source' | 'target' | 'code' | 'negated'>): string {
  return [event.source.code, event.target?.code ?? '-', event.code, event.negated ? 'neg' : 'pos'].join('|')
}

/**
 * Whether two mentions' dates can be one event's: the same value, or one of them is only the publication day (a
 * headline "Arvenia attacks Belmora" and the body's "… attacked Belmora on Monday"). Two different clause dates
 * ("on Monday", "on Friday") are two events.
 */
function isSameDate(a: Event['date'], b: Event['date']): boolean {
  return a.value === b.value || a.source !== 'clause' || b.source !== 'clause'
}

/**
 * Merges events with the same key and a compatible date, in text order: the first mention keeps its fields (but takes
 * a later mention's clause date over the publication day), later mentions add their spans to `mentions`, and the
 * merged confidence is the highest seen. Modality stays the first mention's.
 */
export function mergeEvents(events: readonly Event[]): Event[] {
  const byKey = new Map<string, number[]>()
  const out: Event[] = []
  for (const event of events) {
    const key = eventKey(event)
    const indices = byKey.get(key) ?? []
    const at = indices.find((i) => {
      const seen = out[i]
      return seen !== undefined && isSameDate(seen.date, event.date)
    })
    const seen = at === undefined ? undefined : out[at]
    if (at === undefined || seen === undefined) {
      indices.push(out.length)
      byKey.set(key, indices)
      out.push(event)
      continue
    }
    const date = seen.date.source !== 'clause' && event.date.source === 'clause' ? event.date : seen.date
    if (seen.mentions.some((m) => m.trigger.start === event.trigger.start)) {
      if (event.confidence > seen.confidence || date !== seen.date) out[at] = { ...seen, date, confidence: Math.max(seen.confidence, event.confidence) }
      continue
    }
    out[at] = {
      ...seen,
      date,
      confidence: Math.max(seen.confidence, event.confidence),
      mentions: [...seen.mentions, ...event.mentions],
    }
  }
  return out
}
