// Merging: mentions of the same event (same countries, compatible roles, code, negation and date) within one article become one event with all its mentions.
import type { Event } from '../../core/index.js'

/** The key two mentions share when they may report the same event: countries only (roles and the date are compared apart). */
export function eventKey(event: Pick<Event, 'source' | 'target' | 'code' | 'negated'>): string {
  return [event.source.code.slice(0, 3), event.target?.code.slice(0, 3) ?? '-', event.code, event.negated ? 'neg' : 'pos'].join('|')
}

/**
 * Whether two actor codes of one country can name the same party: equal, or one is the bare country (a headline's
 * "Nepal rejects UN mediation" and the body's "Nepalese Prime Minister has rejected …"). NPLGOV and NPLREB cannot.
 */
function isSameParty(a: string | undefined, b: string | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && (a.length === 3 || b.length === 3))
}

/** The more specific of two arguments for one party: the one with a role. */
function moreSpecific<T extends { readonly code: string }>(first: T, other: T): T {
  return first.code.length === 3 && other.code.length > 3 ? other : first
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
 * Merges events with the same key, compatible parties and a compatible date, in text order: the first mention keeps its
 * fields (but takes a later mention's clause date over the publication day, and a party's role over its bare country), later mentions add their spans to `mentions`, and the
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
      return seen !== undefined && isSameDate(seen.date, event.date) && isSameParty(seen.source.code, event.source.code) && isSameParty(seen.target?.code, event.target?.code)
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
    const source = moreSpecific(seen.source, event.source)
    const target = seen.target === null || event.target === null ? seen.target : moreSpecific(seen.target, event.target)
    out[at] = {
      ...seen,
      source,
      target,
      evidence: { ...seen.evidence, source: source === seen.source ? seen.evidence.source : event.evidence.source, target: target === seen.target ? seen.evidence.target : event.evidence.target },
      date,
      confidence: Math.max(seen.confidence, event.confidence),
      mentions: [...seen.mentions, ...event.mentions],
    }
  }
  return out
}
