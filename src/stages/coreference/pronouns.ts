// Step 4 of coreference: personal and possessive pronouns linked to the nearest agreeing antecedent.
import type { EntityType } from '../../core/index.js'
import type { CorefView, DraftMention } from './drafts.js'
import type { ClusterState } from './name-clusters.js'
import type { PersonProfile } from './profiles.js'

type Agreement = 'm' | 'f' | 'it' | 'they'

const PRONOUNS: ReadonlyMap<string, Agreement> = new Map([
  ['he', 'm'], ['him', 'm'], ['his', 'm'], ['himself', 'm'],
  ['she', 'f'], ['her', 'f'], ['hers', 'f'], ['herself', 'f'],
  ['its', 'it'], ['itself', 'it'],
  ['they', 'they'], ['them', 'they'], ['their', 'they'], ['themselves', 'they'],
])

/** How many sentences back a pronoun may look for its antecedent. */
const WINDOW = 3
const THING_TYPES: ReadonlySet<EntityType> = new Set(['GPE', 'ORG'])

/**
 * Links pronouns: he/she to the nearest person of agreeing gender within three sentences; its to the
 * subject GPE/ORG of its sentence (else the nearest one before it); they/their to the nearest plural
 * demonym ("the Arvenians"). Unresolvable pronouns get no mention.
 * @param earlier every non-pronoun mention, sorted by start
 */
export function findPronounMentions(
  view: CorefView,
  earlier: readonly DraftMention[],
  clusters: ReadonlyMap<string, ClusterState>,
  profiles: ReadonlyMap<string, PersonProfile>,
): DraftMention[] {
  const out: DraftMention[] = []
  let upper = 0
  for (let i = 0; i < view.tokens.length; i++) {
    const token = view.tokens[i]
    // The tag first: most tokens are not pronouns or determiners, and a tag test is cheaper than a lookup.
    if (token === undefined || token.pos !== 'PRON' && token.pos !== 'DET') continue
    const agreement = PRONOUNS.get(view.lowers[i] ?? '')
    if (agreement === undefined) continue
    const sentence = view.sentenceOfToken[i] ?? -1
    const sentenceStart = view.sentences[sentence]?.start ?? 0
    const windowStart = view.sentences[Math.max(0, sentence - WINDOW + 1)]?.start ?? 0
    while (upper < earlier.length && (earlier[upper]?.end ?? Infinity) <= token.start) upper++
    // Candidates: earlier mentions and already linked pronouns, nearest first.
    const candidates: DraftMention[] = []
    for (let k = upper - 1; k >= 0; k--) {
      const m = earlier[k]
      if (m === undefined || m.start < windowStart) break
      candidates.push(m)
    }
    for (let k = out.length - 1; k >= 0; k--) {
      const m = out[k]
      if (m === undefined || m.start < windowStart) break
      candidates.push(m)
    }
    candidates.sort((a, b) => b.start - a.start)
    let chosen: DraftMention | undefined
    if (agreement === 'm' || agreement === 'f') {
      chosen = candidates.find((m) => {
        const profile = profiles.get(m.key)
        return profile !== undefined && (profile.gender === undefined || profile.gender === agreement)
      })
    } else if (agreement === 'it') {
      const inSentence = candidates.filter((m) => m.start >= sentenceStart && THING_TYPES.has(clusters.get(m.key)?.type ?? 'MISC'))
      let k = i
      while (k > 0 && view.sentenceOfToken[k - 1] === sentence) k--
      while (k < i && view.tokens[k]?.pos !== 'VERB' && view.tokens[k]?.pos !== 'AUX') k++
      const verbStart = k < i ? (view.tokens[k]?.start ?? Infinity) : Infinity
      chosen = inSentence.filter((m) => m.end <= verbStart).at(-1) ?? inSentence[0]
    } else {
      chosen = candidates.find((m) => {
        const cluster = clusters.get(m.key)
        return (cluster?.target?.kind === 'demonym' || m.key.startsWith('group:')) && m.kind !== 'pronoun'
      })
    }
    if (chosen === undefined) continue
    const name = clusters.get(chosen.key)?.names[0] ?? ''
    out.push({ start: token.start, end: token.end, kind: 'pronoun', key: chosen.key, reason: `pronoun ${view.lowers[i] ?? ''} → ${name}` })
  }
  return out
}
