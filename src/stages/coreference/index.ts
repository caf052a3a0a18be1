// The coreference stage: entities become name mentions, grouped into clusters with titles,
// descriptions and pronouns that refer to them.
import { makeId, matchText, publishedDay, type Cluster, type Mention, type Producer } from '../../core/index.js'
import { defineStage } from '../../pipeline/index.js'
import type { ActorDictionary } from '../../dictionaries/actors/index.js'
import { findDescriptionMentions, findThingDescriptions } from './descriptions.js'
import { buildView, type DraftMention } from './drafts.js'
import { clusterNames } from './name-clusters.js'
import { findGroupMentions } from './groups.js'
import { findPronounMentions } from './pronouns.js'
import { buildProfiles } from './profiles.js'
import { findTitleMentions } from './titles.js'

const byPosition = (a: { start: number; end: number }, b: { start: number; end: number }): number => a.start - b.start || a.end - b.end

/** Whether a list is sorted by position. */
function isSortedByPosition(list: readonly DraftMention[]): boolean {
  for (let i = 1; i < list.length; i++) if (byPosition(list[i - 1] as DraftMention, list[i] as DraftMention) > 0) return false
  return true
}

/**
 * `[...a, ...b].sort(byPosition)`, as one linear merge when both lists are already sorted (ties keep `a`'s
 * items first, as the stable sort of the concatenation does); otherwise that very sort.
 */
function mergeByPosition(a: readonly DraftMention[], b: readonly DraftMention[]): DraftMention[] {
  if (!isSortedByPosition(a) || !isSortedByPosition(b)) return [...a, ...b].sort(byPosition)
  const out: DraftMention[] = []
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const x = a[i] as DraftMention
    const y = b[j] as DraftMention
    if (byPosition(y, x) < 0) {
      out.push(y)
      j++
    } else {
      out.push(x)
      i++
    }
  }
  while (i < a.length) out.push(a[i++] as DraftMention)
  while (j < b.length) out.push(b[j++] as DraftMention)
  return out
}

/**
 * Builds a mention annotation. Four literal shapes (with or without entity and antecedent) instead of spreads,
 * with the keys always in the same order.
 */
function toMention(draft: DraftMention, id: string, clusterId: string, antecedentId: string | undefined, text: string, by: Producer): Mention {
  const { start, end, kind, reason } = draft
  const entityId = draft.entity?.id
  if (entityId === undefined) {
    return antecedentId === undefined
      ? { id, start, end, by, text, kind, clusterId, reason }
      : { id, start, end, by, text, kind, clusterId, antecedentId, reason }
  }
  return antecedentId === undefined
    ? { id, start, end, by, text, kind, clusterId, entityId, reason }
    : { id, start, end, by, text, kind, clusterId, entityId, antecedentId, reason }
}

/**
 * Creates the coreference stage. It writes `mentions` (name, alias, title, description, pronoun) and
 * `clusters` (one per entity referred to, spanning its first name mention).
 * @param dict the actor dictionary (aliases, role words, genders, dated roles)
 * @example buildPipeline([...textStages, entities, createCoreferenceStage(loadActorDictionary())])
 */
export function createCoreferenceStage(dict: ActorDictionary) {
  return defineStage({
    name: 'coreference',
    version: '2',
    reads: ['normalized', 'tokens', 'sentences', 'entities'],
    writes: ['mentions', 'clusters'],
    run: (doc, ctx) => {
      const view = buildView(doc, matchText(doc))
      const { mentions: names, clusters } = clusterNames(view, dict)
      const titles = findTitleMentions(view, dict, names)
      const profiles = buildProfiles(view, dict, clusters, titles, publishedDay(doc), names)
      const named = mergeByPosition(names, titles)
      const personDescriptions = findDescriptionMentions(view, dict, named, profiles)
      const thingDescriptions = findThingDescriptions(view, dict, names, clusters)
      // The stable sort of names, person descriptions and thing descriptions, as two merges (each list is sorted).
      const described = mergeByPosition(mergeByPosition(named, personDescriptions), thingDescriptions)
      const groups = findGroupMentions(view, dict, described, clusters)
      const beforePronouns = mergeByPosition(described, groups)
      const pronouns = findPronounMentions(view, beforePronouns, clusters, profiles)
      const drafts = mergeByPosition(beforePronouns, pronouns)

      const clusterIds = new Map<string, string>()
      const firstName = new Map<string, DraftMention>()
      // A cluster's span is the first occurrence of its fullest name, so its text is that name.
      for (const draft of drafts) {
        if (draft.entity === undefined) continue
        const best = firstName.get(draft.key)
        if (best === undefined || draft.end - draft.start > best.end - best.start) firstName.set(draft.key, draft)
      }
      // Group clusters ("Belmoran diplomats") have no name: their first description anchors them.
      for (const draft of drafts) if (!firstName.has(draft.key) && draft.key.startsWith('group:')) firstName.set(draft.key, draft)
      for (const [key, draft] of firstName) clusterIds.set(key, makeId('clu', draft))
      const mentions: Mention[] = []
      // An id is its span and kind, and drafts are sorted by span: a repeated id can only come within one run
      // of equal spans, so only that run's kinds are remembered (no set of id strings).
      let runStart = -1
      let runEnd = -1
      const runKinds: string[] = []
      const lastOfCluster = new Map<string, string>()
      const members = new Map<string, string[]>()
      for (const draft of drafts) {
        const clusterId = clusterIds.get(draft.key)
        if (clusterId === undefined) continue
        if (draft.start !== runStart || draft.end !== runEnd) {
          runStart = draft.start
          runEnd = draft.end
          runKinds.length = 0
        } else if (runKinds.includes(draft.kind)) continue
        runKinds.push(draft.kind)
        const id = makeId('men', draft, draft.kind)
        const antecedentId = lastOfCluster.get(draft.key)
        mentions.push(toMention(draft, id, clusterId, antecedentId, doc.text.slice(draft.start, draft.end), ctx.by))
        lastOfCluster.set(draft.key, id)
        const list = members.get(draft.key) ?? []
        list.push(id)
        members.set(draft.key, list)
      }
      const out: Cluster[] = []
      for (const [key, first] of firstName) {
        const state = clusters.get(key)
        const id = clusterIds.get(key)
        if (state === undefined || id === undefined) continue
        const text = doc.text.slice(first.start, first.end)
        const cluster: Cluster = { id, start: first.start, end: first.end, by: ctx.by, text, type: state.type, mentionIds: members.get(key) ?? [] }
        const gender = state.type === 'PERSON' ? profiles.get(key)?.gender : undefined
        out.push(gender === undefined ? cluster : { ...cluster, gender })
      }
      out.sort(byPosition)
      return { mentions, clusters: out }
    },
  })
}
