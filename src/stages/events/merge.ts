// Merging: mentions of the same event (same dyad, code and date) within one article become one event with all its mentions.
import type { Event } from '../../core/index.js'

/** The key two mentions share when they report the same event. */
export function eventKey(event: Pick<Event, 'source' | 'target' | 'code' | 'date' | 'negated'>): string {
  return [event.source.code, event.target?.code ?? '-', event.code, event.date.value, event.negated ? 'neg' : 'pos'].join('|')
}

/**
 * Merges events with the same key, in text order: the first mention keeps its fields, later mentions add
 * their spans to `mentions`, and the merged confidence is the highest seen. Modality stays the first mention's.
 */
export function mergeEvents(events: readonly Event[]): Event[] {
  const byKey = new Map<string, Event>()
  for (const event of events) {
    const key = eventKey(event)
    const seen = byKey.get(key)
    if (seen === undefined) {
      byKey.set(key, event)
      continue
    }
    if (seen.mentions.some((m) => m.trigger.start === event.trigger.start)) {
      if (event.confidence > seen.confidence) byKey.set(key, { ...seen, confidence: event.confidence })
      continue
    }
    byKey.set(key, {
      ...seen,
      confidence: Math.max(seen.confidence, event.confidence),
      mentions: [...seen.mentions, ...event.mentions],
    })
  }
  return [...byKey.values()]
}
