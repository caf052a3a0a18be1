// Step 3 of coreference: definite descriptions ("the former diplomat", "the Russian leader") linked to
// the nearest earlier person whose titles share a role class, country and "former".
import { type ActorDictionary } from '../../dictionaries/actors/index.js'
import { agentAt, startsWithCapital, type CorefView, type DraftMention } from './drafts.js'
import type { ClusterState } from './name-clusters.js'
import type { PersonProfile } from './profiles.js'

/** A description's constraints, read from its words. */
interface DescriptionReading {
  readonly end: number
  readonly head: string
  readonly classes: readonly string[]
  readonly country?: string
  readonly isFormer: boolean
}

function readDescription(view: CorefView, dict: ActorDictionary, at: number): DescriptionReading | undefined {
  const sentence = view.sentenceOfToken[at]
  let isFormer = false
  let country: string | undefined
  for (let k = at + 1; k < view.tokens.length && k <= at + 5 && view.sentenceOfToken[k] === sentence; k++) {
    const token = view.tokens[k]
    if (token === undefined) return undefined
    if (view.entityOfToken[k]?.type === 'PERSON') return undefined
    const match = agentAt(view, dict, k)
    if (match?.kind === 'modifier') {
      isFormer = true
      k += match.length - 1
      continue
    }
    if (match !== undefined && match.kind === 'title' && (match.agent.classes?.length ?? 0) > 0) {
      const lastIndex = k + match.length - 1
      const last = view.tokens[lastIndex]
      // Plural heads ("the diplomats") and heads followed by a name (a title, handled elsewhere) are not descriptions.
      if (last === undefined || last.lemma.toLowerCase() !== view.lowers[lastIndex]) return undefined
      // "the Scottish Executive": a business role written with a capital after a nationality names a body of the state.
      if (country !== undefined && startsWithCapital(view.text, last.start, last.end) && match.agent.classes?.includes('business') === true) return undefined
      const next = view.entityOfToken[lastIndex + 1]
      if (next?.type === 'PERSON') return undefined
      if (view.lowers[lastIndex + 1] === 'of') {
        const of = view.entityOfToken[lastIndex + 2]
        if (of !== undefined) country ??= dict.countryOf(of.text)
      }
      return { end: last.end, head: match.phrase, classes: match.agent.classes ?? [], ...(country === undefined ? {} : { country }), isFormer }
    }
    const code = startsWithCapital(view.text, token.start, token.end) ? dict.countryOf(view.text.slice(token.start, token.end)) : undefined
    if (code !== undefined) {
      country = code
      continue
    }
    if (token.pos === 'ADJ' || token.pos === 'ADV') continue
    return undefined
  }
  return undefined
}

/** How many sentences back "the country" / "the alliance" may look. */
const THING_WINDOW = 3

/**
 * Heads that name a publication, a people or a condition far more often than a named organisation; and "the
 * army", "the police", which name the state's forces even after a rebel "… Liberation Army".
 */
const GENERIC_HEADS = new Set(['state', 'states', 'house', 'times', 'post', 'world', 'people', 'nations', 'press', 'journal', 'herald', 'news', 'telegraph', 'guardian', 'mail', 'sun', 'star', 'express', 'center', 'centre', 'city', 'street', 'army', 'navy', 'police', 'military'])

/**
 * "The ministry", "the council", "the party": `the` and a lowercase noun that is the last word of an organisation
 * named within three sentences before ("the Vell Trade Council … The council said"); the nearest one is meant.
 * Not when the noun modifies another ("the council chamber") or opens a new name ("the ministry of …").
 */
function organizationHeadDescription(
  view: CorefView,
  at: number,
  earlier: readonly DraftMention[],
  clusters: ReadonlyMap<string, ClusterState>,
): DraftMention | undefined {
  const token = view.tokens[at]
  const head = view.tokens[at + 1]
  const word = view.lowers[at + 1]
  if (token === undefined || head === undefined || word === undefined || word.length < 4 || GENERIC_HEADS.has(word)) return undefined
  if (view.entityOfToken[at + 1] !== undefined || startsWithCapital(view.doc.text, head.start, head.end)) return undefined
  const next = view.tokens[at + 2]
  if (next !== undefined && (next.pos === 'NOUN' || next.pos === 'PROPN' || view.lowers[at + 2] === 'of')) return undefined
  if (head.pos !== 'NOUN') return undefined
  const sentence = view.sentenceOfToken[at] ?? 0
  const windowStart = view.sentences[Math.max(0, sentence - THING_WINDOW + 1)]?.start ?? 0
  const suffix = ` ${word}`
  for (let k = earlier.length - 1; k >= 0; k--) {
    const m = earlier[k]
    if (m === undefined || m.start >= token.start) continue
    if (m.start < windowStart) break
    const cluster = clusters.get(m.key)
    if (cluster?.type !== 'ORG' || !cluster.names.some((n) => n.toLowerCase().endsWith(suffix))) continue
    const text = view.doc.text.slice(token.start, head.end)
    return { start: token.start, end: head.end, kind: 'description', key: m.key, reason: `description "${text}" → the last word of ${cluster.names[0] ?? ''}` }
  }
  return undefined
}

/**
 * Finds "the country", "the alliance" and the like (dictionary `descriptions`) and links each to the
 * nearest earlier country (dictionary kind `country`) or entity with the given code within three sentences.
 * @param earlier name mentions, sorted by start
 */
export function findThingDescriptions(
  view: CorefView,
  dict: ActorDictionary,
  earlier: readonly DraftMention[],
  clusters: ReadonlyMap<string, ClusterState>,
): DraftMention[] {
  const out: DraftMention[] = []
  for (let i = 0; i + 1 < view.tokens.length; i++) {
    if (view.lowers[i] !== 'the' || view.entityOfToken[i] !== undefined) continue
    const pair = dict.descriptionOf(`${view.lowers[i + 1] ?? ''} ${view.lowers[i + 2] ?? ''}`)
    const entry = pair ?? dict.descriptionOf(view.lowers[i + 1] ?? '')
    const last = pair === undefined ? i + 1 : i + 2
    const token = view.tokens[i]
    const head = view.tokens[last]
    if (entry === undefined) {
      const found = organizationHeadDescription(view, i, earlier, clusters)
      if (found !== undefined) out.push(found)
      continue
    }
    if (token === undefined || head === undefined || view.entityOfToken[last] !== undefined) continue
    // "the country's X" is still the country; "the country X" (a name follows) is not a description.
    if (view.entityOfToken[last + 1] !== undefined && view.lowers[last + 1] !== "'s") continue
    const sentence = view.sentenceOfToken[i] ?? 0
    const windowStart = view.sentences[Math.max(0, sentence - THING_WINDOW + 1)]?.start ?? 0
    let chosen: DraftMention | undefined
    for (let k = earlier.length - 1; k >= 0; k--) {
      const m = earlier[k]
      if (m === undefined || m.start >= token.start) continue
      if (m.start < windowStart) break
      const target = clusters.get(m.key)?.target
      if (target === undefined) continue
      const fits = entry.refersTo === 'country' ? target.kind === 'country' : 'code' in target && target.code === entry.refersTo
      if (fits) {
        chosen = m
        break
      }
    }
    if (chosen === undefined) continue
    const name = clusters.get(chosen.key)?.names[0] ?? ''
    out.push({ start: token.start, end: head.end, kind: 'description', key: chosen.key, reason: `description "${view.text.slice(token.start, head.end)}" → nearest ${entry.refersTo} ${name}` })
  }
  return out
}

/**
 * Finds definite descriptions and links each to the most recent compatible person cluster.
 * @param earlier every mention found so far (names and titles), sorted by start
 */
export function findDescriptionMentions(
  view: CorefView,
  dict: ActorDictionary,
  earlier: readonly DraftMention[],
  profiles: ReadonlyMap<string, PersonProfile>,
): DraftMention[] {
  const out: DraftMention[] = []
  let pointer = 0
  const recent: string[] = []
  for (let i = 0; i < view.tokens.length; i++) {
    if (view.lowers[i] !== 'the' || view.entityOfToken[i] !== undefined) continue
    const token = view.tokens[i]
    if (token === undefined) continue
    while (pointer < earlier.length && (earlier[pointer]?.end ?? Infinity) <= token.start) {
      const key = earlier[pointer]?.key ?? ''
      const at = recent.indexOf(key)
      if (at >= 0) recent.splice(at, 1)
      if (profiles.has(key)) recent.push(key)
      pointer++
    }
    const reading = readDescription(view, dict, i)
    if (reading === undefined) continue
    // Inside a title or a person's name it is not a description; nationality words inside it are fine.
    const overlaps = (m: DraftMention): boolean => m.start < reading.end && token.start < m.end
    if (earlier.some((m) => overlaps(m) && (m.kind === 'title' || m.entity?.type === 'PERSON'))) continue
    for (let r = recent.length - 1; r >= 0; r--) {
      const key = recent[r] ?? ''
      const profile = profiles.get(key)
      if (profile === undefined) continue
      // Every class of the head must fit: "the prime minister" (leader, minister, premier) is not someone
      // titled only "leader", while "the leader" may be a prime minister.
      if (!reading.classes.every((c) => profile.classes.has(c))) continue
      if (reading.country !== undefined && !profile.countries.has(reading.country)) continue
      if (reading.isFormer && !profile.isFormer) continue
      // "the president" is not someone whose office the dictionary says has ended.
      if (!reading.isFormer && profile.isPastOffice) continue
      // "the chancellor" is not the shadow chancellor.
      if (!reading.isFormer && profile.isShadow) continue
      out.push({ start: token.start, end: reading.end, kind: 'description', key, reason: `description "${reading.head}" matches a ${[...profile.classes].filter((c) => reading.classes.includes(c)).join('/')} of the same country` })
      break
    }
  }
  return out
}
