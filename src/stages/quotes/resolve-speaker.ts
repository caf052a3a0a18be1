// Resolves a speaker span to a coreference mention, its cluster, named entity and actor code.
import type { Actor, ActorCode, Cluster, Doc, Entity, Mention, Span } from '../../core/index.js'

/** What a speaker span resolved to; every field optional. */
export interface SpeakerResolution {
  readonly mentionId?: string
  readonly clusterId?: string
  readonly entityId?: string
  readonly actor: ActorCode | null
  /** The cluster's fullest name, for the reason text. */
  readonly name?: string
  readonly mentionKind?: Mention['kind']
}

/** Lookups over the entity, mention, cluster and actor layers of one document. */
export class SpeakerResolver {
  private readonly mentions: readonly Mention[]
  private readonly entities: readonly Entity[]
  private readonly doc: Pick<Doc, 'layers'>
  private readonly clusters = new Map<string, Cluster>()
  private readonly actorByMention = new Map<string, Actor>()
  private readonly actorByCluster = new Map<string, Actor>()
  private readonly entityByCluster = new Map<string, string>()
  /** Whether the maps above are filled: only on the first lookup, since most documents have no speaker to resolve. */
  private isIndexed = false
  private hasClusters = false

  constructor(doc: Pick<Doc, 'layers'>) {
    this.doc = doc
    this.mentions = doc.layers.mentions ?? []
    this.entities = doc.layers.entities ?? []
  }

  /** Fills the actor and entity maps (the cluster map is filled on its own: person and organization tests need only it). */
  private index(): void {
    this.isIndexed = true
    const layers = this.doc.layers
    for (const actor of layers.actors ?? []) {
      this.actorByMention.set(actor.mentionId, actor)
      // Prefer a known actor for the cluster; otherwise the first one seen.
      const seen = this.actorByCluster.get(actor.clusterId)
      if (seen === undefined || (!seen.isKnown && actor.isKnown)) this.actorByCluster.set(actor.clusterId, actor)
    }
    for (const mention of this.mentions) {
      if (mention.entityId !== undefined && !this.entityByCluster.has(mention.clusterId)) {
        this.entityByCluster.set(mention.clusterId, mention.entityId)
      }
    }
  }

  /** The cluster of an id, indexing the document on first use. */
  private clusterOf(id: string): Cluster | undefined {
    if (!this.hasClusters) {
      this.hasClusters = true
      for (const cluster of this.doc.layers.clusters ?? []) this.clusters.set(cluster.id, cluster)
    }
    return this.clusters.get(id)
  }

  /** Whether any coreference layer is present. */
  get hasMentions(): boolean {
    return this.mentions.length > 0
  }

  /**
   * Finds the mention that best covers a speaker span: the largest overlap, then the one ending
   * last (the head of "Carnegie director Dmitri Trenin" is at its end).
   */
  findMention(span: Span): Mention | undefined {
    let best: Mention | undefined
    let bestOverlap = 0
    // Mentions are sorted by start; those starting before span.end may overlap.
    let hi = this.mentions.length
    let lo = 0
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if ((this.mentions[mid]?.start ?? 0) < span.end) lo = mid + 1
      else hi = mid
    }
    for (let i = lo - 1; i >= 0; i--) {
      const mention = this.mentions[i]
      if (mention === undefined || mention.start < span.start - 400) break
      const overlap = Math.min(mention.end, span.end) - Math.max(mention.start, span.start)
      if (overlap <= 0) continue
      if (overlap > bestOverlap || (overlap === bestOverlap && best !== undefined && mention.end > best.end)) {
        best = mention
        bestOverlap = overlap
      }
    }
    return best
  }

  /** The first named entity overlapping a span, by binary search on the sorted layer. */
  private findEntity(span: Span): Entity | undefined {
    let lo = 0
    let hi = this.entities.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if ((this.entities[mid] as Entity).end <= span.start) lo = mid + 1
      else hi = mid
    }
    for (let i = Math.max(0, lo - 8); i < this.entities.length; i++) {
      const entity = this.entities[i] as Entity
      if (entity.start >= span.end) break
      if (entity.end > span.start) return entity
    }
    return undefined
  }

  /** Whether a span names a person: a mention of a PERSON cluster, or a PERSON entity. */
  isPerson(span: Span): boolean {
    const mention = this.findMention(span)
    if (mention !== undefined) return this.clusterOf(mention.clusterId)?.type === 'PERSON'
    return this.findEntity(span)?.type === 'PERSON'
  }

  /** Whether a span names an organization: a mention of an ORG cluster, or an ORG entity. */
  isOrganization(span: Span): boolean {
    const mention = this.findMention(span)
    if (mention !== undefined) return this.clusterOf(mention.clusterId)?.type === 'ORG'
    return this.findEntity(span)?.type === 'ORG'
  }

  /** Resolves a speaker span through mentions and clusters; falls back to an overlapping named entity. */
  resolve(span: Span): SpeakerResolution | undefined {
    const mention = this.findMention(span)
    if (mention !== undefined) {
      const cluster = this.clusterOf(mention.clusterId)
      if (!this.isIndexed) this.index()
      const entityId = mention.entityId ?? this.entityByCluster.get(mention.clusterId)
      const actor = this.actorByMention.get(mention.id) ?? this.actorByCluster.get(mention.clusterId)
      return {
        mentionId: mention.id,
        clusterId: mention.clusterId,
        ...(entityId === undefined ? {} : { entityId }),
        actor: actor?.code ?? null,
        ...(cluster === undefined ? {} : { name: cluster.text }),
        mentionKind: mention.kind,
      }
    }
    const entity = this.findEntity(span)
    if (entity === undefined) return undefined
    return { entityId: entity.id, actor: null, name: entity.text }
  }
}
