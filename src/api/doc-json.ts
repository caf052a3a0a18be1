// The public interchange format: a document as JSON with top-level entities, dates, quotes and events.
import { DyadError, ErrorCode } from '../core/index.js'
import type { ActorCode, Diagnostic, Doc, DocMeta, EntityType, Figure, Layers, Quote, Timex, Event } from '../core/index.js'

/** Format tag written into every document JSON. */
export const DOC_JSON_FORMAT = 'dyad-doc@1'

/** An entity mention as published: its actor code joined in. */
export interface EntityJson {
  readonly id: string
  readonly start: number
  readonly end: number
  readonly text: string
  readonly type: EntityType
  readonly clusterId: string | null
  readonly actor: { readonly code: ActorCode; readonly country: string | null; readonly roles: readonly string[]; readonly reason: string } | null
}

/** A date as published. */
export type DateJson = Pick<Timex, 'id' | 'start' | 'end' | 'text' | 'value' | 'granularity' | 'type' | 'anchor'>

/** A quote as published: the speaker names its entity and actor. */
export interface QuoteJson extends Omit<Quote, 'by' | 'speaker'> {
  readonly speaker: {
    readonly start: number
    readonly end: number
    readonly text: string
    readonly entity: string | null
    readonly cluster: string | null
    readonly actor: ActorCode | null
    readonly reason: string
    /** Each speaker of a coordinated speaker ("Arvenia and Belmora said"), when two or more resolve. */
    readonly members?: ReadonlyArray<{ readonly start: number; readonly end: number; readonly text: string; readonly entity: string | null; readonly cluster: string | null; readonly actor: ActorCode | null }>
  } | null
}

/** An event as published. */
export type EventJson = Omit<Event, 'by'>

/** A document as published by `dyad analyze` and the HTTP API. */
export interface DocJson {
  readonly format: typeof DOC_JSON_FORMAT
  readonly id: string
  readonly meta: DocMeta
  readonly text: string
  readonly entities: EntityJson[]
  readonly dates: DateJson[]
  readonly figures: Array<Omit<Figure, 'by'>>
  readonly quotes: QuoteJson[]
  readonly events: EventJson[]
  readonly diagnostics: Diagnostic[]
  /** Every raw layer, when asked for (`--layers`). */
  readonly layers?: Partial<Layers>
}

function withoutBy<T extends { by: unknown }>(item: T): Omit<T, 'by'> {
  const { by: _by, ...rest } = item
  return rest
}

/**
 * Projects a document into the public JSON format.
 * @param includeLayers also attach every raw layer under `layers`
 */
export function toDocJson(doc: Doc, includeLayers = false): DocJson {
  const layers = doc.layers
  const mentionByEntity = new Map<string, { id: string; clusterId: string }>()
  for (const mention of layers.mentions ?? []) {
    if (mention.entityId !== undefined) mentionByEntity.set(mention.entityId, mention)
  }
  const actorByMention = new Map((layers.actors ?? []).map((actor) => [actor.mentionId, actor]))
  const entities: EntityJson[] = (layers.entities ?? []).map((entity) => {
    const mention = mentionByEntity.get(entity.id)
    const actor = mention === undefined ? undefined : actorByMention.get(mention.id)
    return {
      id: entity.id,
      start: entity.start,
      end: entity.end,
      text: entity.text,
      type: entity.type,
      clusterId: mention?.clusterId ?? null,
      actor:
        actor === undefined
          ? null
          : { code: actor.code, country: actor.country, roles: actor.roles, reason: actor.reason },
    }
  })
  const dates: DateJson[] = (layers.dates ?? []).map(({ id, start, end, text, value, granularity, type, anchor }) => ({
    id,
    start,
    end,
    text,
    value,
    granularity,
    type,
    anchor,
  }))
  const quoteOfEvent = new Map<string, string>()
  for (const quote of layers.quotes ?? []) for (const eventId of quote.eventIds) quoteOfEvent.set(eventId, quote.id)
  const quotes: QuoteJson[] = (layers.quotes ?? []).map((quote) => {
    const rest = withoutBy(quote)
    const speaker = quote.speaker
    return {
      ...rest,
      speaker:
        speaker === null
          ? null
          : {
              start: speaker.start,
              end: speaker.end,
              text: speaker.text,
              entity: speaker.entityId ?? null,
              cluster: speaker.clusterId ?? null,
              actor: speaker.actor,
              reason: speaker.reason,
              ...(speaker.members === undefined
                ? {}
                : { members: speaker.members.map((m) => ({ start: m.start, end: m.end, text: m.text, entity: m.entityId ?? null, cluster: m.clusterId ?? null, actor: m.actor })) }),
            },
    }
  })
  return {
    format: DOC_JSON_FORMAT,
    id: doc.id,
    meta: doc.meta,
    text: doc.text,
    entities,
    dates,
    figures: (layers.figures ?? []).map(withoutBy),
    quotes,
    events: (layers.events ?? []).map((event) => {
      // Quotes run after events, so the link is stored on the quote and mirrored here.
      const quoteId = event.quoteId ?? quoteOfEvent.get(event.id)
      return { ...withoutBy(event), ...(quoteId === undefined ? {} : { quoteId }) }
    }),
    diagnostics: [...doc.diagnostics],
    ...(includeLayers ? { layers } : {}),
  }
}

/**
 * Rebuilds a document from its JSON form. Needs the raw layers (`toDocJson(doc, true)`).
 * @throws DyadError `DYAD_DOC_INVALID` when the value is not a `dyad-doc@1` document with layers
 */
export function docFromJson(value: unknown): Doc {
  const json = value as Partial<DocJson> | null
  if (json === null || typeof json !== 'object' || json.format !== DOC_JSON_FORMAT) {
    throw new DyadError(ErrorCode.DocInvalid, `Expected a ${DOC_JSON_FORMAT} document, got ${describeValue(value)}.`)
  }
  if (typeof json.id !== 'string' || typeof json.text !== 'string' || json.layers === undefined) {
    throw new DyadError(
      ErrorCode.DocInvalid,
      'A document needs string "id" and "text" and the raw "layers" (write it with --layers or toDocJson(doc, true)).',
    )
  }
  return { id: json.id, text: json.text, meta: json.meta ?? {}, layers: json.layers, diagnostics: json.diagnostics ?? [] }
}

function describeValue(value: unknown): string {
  if (value === null || typeof value !== 'object') return typeof value
  const format = (value as { format?: unknown }).format
  return format === undefined ? 'an object with no "format"' : `format ${JSON.stringify(format)}`
}
