// The actors stage: an actor code per mention, shared by its cluster, as of the publication date.
import { asActorCode, makeId, matchText, publishedDay, type Actor, type Entity, type Mention, type Sentence } from '../../core/index.js'
import { defineStage } from '../../pipeline/index.js'
import type { ActorDictionary } from '../../dictionaries/actors/index.js'
import { resolveCluster, type ClusterCode } from './resolve-cluster.js'

export { resolveCluster, type ClusterCode } from './resolve-cluster.js'

/**
 * Best effort for a person or organization with no country: when the sentence of its first mention names
 * exactly one country (by name, nationality, capital or city), that country, still `isKnown: false`.
 */
function guessCountry(
  dict: ActorDictionary,
  resolved: ClusterCode,
  mentions: readonly Mention[],
  sentences: readonly Sentence[],
  all: readonly Mention[],
  clusterType: ReadonlyMap<string, string>,
  text: string,
): ClusterCode | undefined {
  const first = mentions.find((m) => m.kind === 'name' || m.kind === 'alias')
  const sentence = first === undefined ? undefined : sentences.find((s) => s.start <= first.start && first.end <= s.end)
  if (first === undefined || sentence === undefined) return undefined
  const codes = new Map<string, Mention>()
  for (const m of all) {
    if (m.start < sentence.start || m.end > sentence.end || m.clusterId === first.clusterId || m.kind === 'pronoun') continue
    const type = clusterType.get(m.clusterId)
    if (type !== 'GPE' && type !== 'NORP') continue
    const target = dict.lookupName(m.text)
    if (target === undefined || !('code' in target) || target.kind === 'igo' || target.kind === 'metonym' || target.kind === 'organization') continue
    if (!codes.has(target.code)) codes.set(target.code, m)
  }
  const [only] = codes
  if (codes.size !== 1 || only === undefined) return undefined
  const [country, mention] = only
  const evidence = [...resolved.evidence, { start: mention.start, end: mention.end, text: text.slice(mention.start, mention.end) }].sort((a, b) => a.start - b.start)
  return { ...resolved, code: country + resolved.roles.join(''), country, isKnown: false, evidence }
}

/**
 * Creates the actors stage. It writes one `actors` annotation per mention of a cluster that is an actor
 * (persons, organizations, GPEs, nationality words: "Dalonian positions" → DLN), with the code, its evidence,
 * and `isKnown: false` for best-effort guesses. Mentions inside boilerplate (photo credits, related links)
 * get no actor.
 * @param dict the actor dictionary
 */
export function createActorsStage(dict: ActorDictionary) {
  return defineStage({
    name: 'actors',
    version: '1',
    reads: ['normalized', 'tokens', 'sentences', 'entities', 'mentions', 'clusters'],
    writes: ['actors'],
    run: (doc, ctx) => {
      const folded = matchText(doc)
      const day = publishedDay(doc)
      if (day === undefined) {
        ctx.report({ code: 'actor-undated', severity: 'info', message: 'No publication date: dated roles are read as of today (open-ended roles count as current).' })
      }
      const entities: readonly Entity[] = doc.layers.entities ?? []
      const boilerplate = (doc.layers.sentences ?? []).filter((s) => s.role === 'boilerplate')
      const byCluster = new Map<string, Mention[]>()
      for (const m of doc.layers.mentions ?? []) {
        const list = byCluster.get(m.clusterId) ?? []
        list.push(m)
        byCluster.set(m.clusterId, list)
      }
      const actors: Actor[] = []
      const sentences = doc.layers.sentences ?? []
      const clusterType = new Map((doc.layers.clusters ?? []).map((c) => [c.id, c.type]))
      for (const cluster of doc.layers.clusters ?? []) {
        const mentions = byCluster.get(cluster.id) ?? []
        let resolved = resolveCluster(dict, { type: cluster.type, mentions, text: doc.text, folded, entities, day })
        if (resolved === undefined) continue
        if (resolved.country === null && (cluster.type === 'PERSON' || cluster.type === 'ORG')) {
          resolved = guessCountry(dict, resolved, mentions, sentences, doc.layers.mentions ?? [], clusterType, doc.text) ?? resolved
        }
        if (!resolved.isKnown) {
          ctx.report({
            code: 'actor-unknown',
            severity: 'info',
            message: `No full actor code for "${cluster.text}"; kept as ${resolved.code} (isKnown: false).`,
            start: cluster.start,
            end: cluster.end,
            expected: 'a dictionary entry (--actors file) or a title naming country and role',
          })
        }
        for (const m of mentions) {
          if (boilerplate.some((s) => s.start <= m.start && m.end <= s.end)) continue
          actors.push({
            id: makeId('act', m, m.kind),
            start: m.start,
            end: m.end,
            by: ctx.by,
            text: m.text,
            mentionId: m.id,
            clusterId: cluster.id,
            code: asActorCode(resolved.code),
            country: resolved.country,
            roles: resolved.roles,
            isKnown: resolved.isKnown,
            // Names and titles carry the evidence's own reason; pronouns and descriptions inherit theirs.
            reason: m.id !== resolved.mentionId && (m.kind === 'pronoun' || m.kind === 'description') ? 'cluster' : resolved.reason,
            evidence: resolved.evidence,
            ...(resolved.entry === undefined ? {} : { entry: resolved.entry }),
          })
        }
      }
      actors.sort((a, b) => a.start - b.start || a.end - b.end)
      return { actors }
    },
  })
}
