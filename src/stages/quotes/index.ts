// The quotes stage: quotations and reported speech with cue, content, speaker (resolved to actors) and events.
import { makeId, makeTextSpan, type Doc, type Event, type Quote, type Speaker } from '../../core/index.js'
import { defineStage } from '../../pipeline/index.js'
import { loadCueLexicon, type CueLexicon } from './cue-lexicon.js'
import { detectQuotes, type QuoteDraft, type SpeakerDraft } from './detect-quotes.js'
import { SpeakerResolver, type SpeakerResolution } from './resolve-speaker.js'

export { compileCueLexicon, loadCueLexicon, type CueLexicon, type CueFrame } from './cue-lexicon.js'
export { findQuoteRegions, type QuoteRegion } from './quote-marks.js'

/** Options for the quotes stage. */
export interface QuotesStageOptions {
  /** A cue lexicon to use instead of the built-in `cues.json`. */
  readonly lexicon?: CueLexicon
}

/** Ids of events whose trigger lies inside a span (events are sorted by start, their first trigger). */
function eventsInside(events: readonly Event[], span: { start: number; end: number }): string[] {
  let lo = 0
  let hi = events.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((events[mid] as Event).start < span.start) lo = mid + 1
    else hi = mid
  }
  const ids: string[] = []
  for (let i = lo; i < events.length && (events[i] as Event).start < span.end; i++) {
    const event = events[i] as Event
    if (event.trigger.start >= span.start && event.trigger.end <= span.end) ids.push(event.id)
  }
  return ids
}

/** Turns a speaker draft into a `Speaker`, through coreference when available. */
function resolveSpeaker(
  doc: Doc,
  draft: SpeakerDraft,
  resolver: SpeakerResolver,
  lexicon: CueLexicon,
  lastNamed: { resolution: SpeakerResolution; text: string } | undefined,
): { speaker: Speaker; resolution: SpeakerResolution | undefined } {
  const span = draft.inherited ?? draft
  const text = doc.text.slice(span.start, span.end)
  const target = (draft.inherited ?? draft).resolveAs
  let resolution = resolver.resolve(target ?? span)
  let reason = draft.reason
  if (target !== undefined) reason += ` → ${doc.text.slice(target.start, target.end)}`
  if (resolution !== undefined) {
    if (resolution.name !== undefined && resolution.name !== text) reason += `; ${resolution.mentionKind ?? 'name'} "${text}" → ${resolution.name}`
  } else {
    // The span's last word, lower-cased, and whether it is the only one (read only when coreference gave nothing).
    const head = (/\S*$/.exec(text)?.[0] ?? '').toLowerCase()
    const isOneWord = !/\s/.test(text)
    if (isOneWord && lexicon.pronouns.has(head) && lastNamed !== undefined) {
      // No coreference for "he"/"she" (the lexicon's pronouns): take the last named speaker, as a reader
      // would. Plural pronouns ("they", "we") rarely continue a single named speaker, so they stay unresolved.
      resolution = lastNamed.resolution
      reason += `; pronoun "${text}" → previous speaker ${lastNamed.text}`
    } else if (lexicon.groupSpeakers.has(head)) {
      reason += '; group speaker'
    }
  }
  const speaker: Speaker = {
    ...makeTextSpan(doc.text, span.start, span.end),
    ...(resolution?.mentionId === undefined ? {} : { mentionId: resolution.mentionId }),
    ...(resolution?.clusterId === undefined ? {} : { clusterId: resolution.clusterId }),
    ...(resolution?.entityId === undefined ? {} : { entityId: resolution.entityId }),
    actor: resolution?.actor ?? null,
    reason,
  }
  return { speaker, resolution }
}

/** Builds the `quotes` layer from drafts: resolves speakers, links events, makes ids. */
function buildQuotes(doc: Doc, drafts: readonly QuoteDraft[], lexicon: CueLexicon, by: Quote['by'], resolver: SpeakerResolver): Quote[] {
  const events = doc.layers.events ?? []
  const quotes: Quote[] = []
  const ids = new Set<string>()
  let lastNamed: { resolution: SpeakerResolution; text: string } | undefined
  for (const draft of drafts) {
    let speaker: Speaker | null = null
    if (draft.speaker !== null) {
      const resolved = resolveSpeaker(doc, draft.speaker, resolver, lexicon, lastNamed)
      speaker = resolved.speaker
      if (resolved.resolution?.entityId !== undefined) {
        lastNamed = { resolution: resolved.resolution, text: resolved.resolution.name ?? resolved.speaker.text }
      }
    }
    const id = makeId('quo', draft, draft.kind)
    if (ids.has(id)) continue
    ids.add(id)
    quotes.push({
      id,
      start: draft.start,
      end: draft.end,
      by,
      text: doc.text.slice(draft.start, draft.end),
      kind: draft.kind,
      cue: draft.cue === null ? null : makeTextSpan(doc.text, draft.cue.start, draft.cue.end),
      speaker,
      ...(speaker === null ? { noSpeakerReason: draft.noSpeakerReason ?? 'no speaker found' } : {}),
      content: makeTextSpan(doc.text, draft.content.start, draft.content.end),
      eventIds: eventsInside(events, draft.content),
    })
  }
  return quotes
}

/**
 * Creates the quotes stage.
 * @example buildPipeline([...createDefaultStages(), createQuotesStage()])
 */
export function createQuotesStage(options: QuotesStageOptions = {}) {
  const lexicon = options.lexicon ?? loadCueLexicon()
  return defineStage({
    name: 'quotes',
    version: '1',
    reads: ['normalized', 'paragraphs', 'tokens', 'sentences', 'entities', 'mentions', 'clusters', 'actors', 'events'],
    writes: ['quotes'],
    run: (doc, ctx) => {
      const resolver = new SpeakerResolver(doc)
      const { drafts, problems } = detectQuotes(doc, lexicon, (span) => resolver.isPerson(span), (span) => resolver.isOrganization(span))
      for (const problem of problems) {
        ctx.report({
          code: problem.code,
          severity: 'warning',
          message:
            problem.code === 'quote-unclosed'
              ? 'Quotation mark opened but not closed in its paragraph; the quote is cut at the paragraph end.'
              : 'Closing quotation mark with no opening mark before it.',
          start: problem.start,
          end: problem.end,
          expected: 'a matching pair of double quotation marks',
        })
      }
      return { quotes: buildQuotes(doc, drafts, lexicon, ctx.by, resolver) }
    },
  })
}
