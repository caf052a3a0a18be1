// Step 3b of coreference: groups named by nationality and role ("Belmoran diplomats", "senior Arvenian
// officials", "Hungarian and Romanian officials") become description mentions of a group cluster.
import type { ActorDictionary } from '../../dictionaries/actors/index.js'
import type { ClusterState } from './name-clusters.js'
import { agentAt, type CorefView, type DraftMention } from './drafts.js'

/** Words that join nationality words of one group ("Hungarian and Romanian officials"). */
const JOINERS = new Set(['and', ',', 'or'])
/** An upper-case letter at `lastIndex` (sticky, so it tests one position without slicing). */
const UPPER_AT = /\p{Lu}/uy
/** Words after a hyphen that keep a nationality the group's own ("Arvenian-led forces", "Vell-based"). */
const LED_WORDS = new Set(['led', 'based'])
/** Prepositions that attach a role word to its country ("officials of Belmora", "rebels in Belmora"). */
const PLACE_PREPOSITIONS = new Set(['of', 'in'])

/** Whether a role word's holders serve in countries not their own (dictionary classes `diplomat`, `posted`). */
function isPosted(classes: readonly string[] | undefined): boolean {
  return classes !== undefined && (classes.includes('diplomat') || classes.includes('posted'))
}
/** Plain adjectives allowed between the nationality and the role word ("Russian military officials"). */
const MAX_ADJECTIVES = 2

/**
 * Reads a nationality at token k: a NORP entity or dictionary adjective ("Belmoran"), or a country, capital
 * or IGO entity used as a modifier ("Sudan's", "Khartoum", "UN"), with an optional possessive.
 * @returns its code and the index of the token after it
 */
function nationalityAt(view: CorefView, dict: ActorDictionary, k: number): { code: string; next: number } | undefined {
  const token = view.tokens[k]
  // Nationalities and places are proper nouns or adjectives; skip everything else before slicing text.
  if (token === undefined || (token.pos !== 'PROPN' && token.pos !== 'ADJ' && token.pos !== 'NOUN')) return undefined
  const entity = view.entityOfToken[k]
  if (entity !== undefined && entity.start !== token.start) return undefined
  // A capital first letter, tested in place: an all-lower-case token fails it too, with no slice.
  // ASCII letters are read from the code (A-Z are the only ASCII capitals); others go to the regex.
  const first = view.text.charCodeAt(token.start)
  if (first < 0x80) {
    if (first < 65 || first > 90) return undefined
  } else {
    UPPER_AT.lastIndex = token.start
    if (!UPPER_AT.test(view.text)) return undefined
  }
  const target = dict.lookupName(entity?.text ?? view.text.slice(token.start, token.end))
  if (target === undefined) return undefined
  const isNationality = target.kind === 'adjective' || target.kind === 'demonym'
  const isPlace = target.kind === 'country' || target.kind === 'capital' || target.kind === 'igo'
  if (!isNationality && !(isPlace && entity !== undefined)) return undefined
  let next = k + 1
  if (entity !== undefined) while ((view.tokens[next]?.start ?? Infinity) < entity.end) next++
  if (isPlace && (view.lowers[next] === "'s" || view.lowers[next] === "'")) next++
  return { code: target.code, next }
}

/**
 * Tells whether token k is a plain adjective ("military") or a role-less dictionary modifier ("senior",
 * "acting") that may stand between a nationality and its role word.
 */
function isPlainModifier(view: CorefView, dict: ActorDictionary, k: number): boolean {
  const match = agentAt(view, dict, k)
  if (match !== undefined) return match.kind === 'modifier' && match.agent.role === undefined && match.length === 1
  return view.tokens[k]?.pos === 'ADJ'
}

/** Whether a title, description or person mention found earlier overlaps `[start, end)` (module-level: no closure per document). */
function isCovered(earlier: readonly DraftMention[], start: number, end: number): boolean {
  return earlier.some((m) => m.start < end && start < m.end && (m.kind === 'title' || m.kind === 'description' || m.entity?.type === 'PERSON'))
}

/**
 * Finds nationality + role groups not already covered by a title or description, and returns one
 * description mention per nationality, in a cluster keyed by country and role (`group:BLMGOV`).
 * @param earlier mentions found so far, sorted by start
 * @param clusters cluster states; group clusters are added to it
 */
export function findGroupMentions(
  view: CorefView,
  dict: ActorDictionary,
  earlier: readonly DraftMention[],
  clusters: Map<string, ClusterState>,
): DraftMention[] {
  const out: DraftMention[] = []
  for (let i = 0; i < view.tokens.length; i++) {
    const first = nationalityAt(view, dict, i)
    if (first === undefined) continue
    // Collect "X and Y" nationality chains, then plain adjectives, then the role word.
    const members: Array<{ code: string; index: number }> = [{ code: first.code, index: i }]
    let k = first.next
    while (JOINERS.has(view.lowers[k] ?? '')) {
      const next = nationalityAt(view, dict, k + 1)
      if (next === undefined) break
      members.push({ code: next.code, index: k + 1 })
      k = next.next
    }
    // "Vietnamese-led forces": a group led by the nationality is coded as it.
    if (view.lowers[k] === '-' && LED_WORDS.has(view.lowers[k + 1] ?? '')) k += 2
    let adjectives = 0
    while (adjectives < MAX_ADJECTIVES && view.entityOfToken[k] === undefined && isPlainModifier(view, dict, k)) {
      k++
      adjectives++
    }
    const match = agentAt(view, dict, k)
    const sentence = view.sentenceOfToken[i]
    if (match === undefined || match.kind === 'modifier' || match.agent.role === undefined || view.sentenceOfToken[k] !== sentence) continue
    let lastIndex = k + match.length - 1
    // A chain of role words ("rebel leaders", "army officers") ends at its head noun.
    for (let next = agentAt(view, dict, lastIndex + 1); next !== undefined && next.kind === 'title' && next.agent.role !== undefined && view.sentenceOfToken[lastIndex + 1] === sentence; next = agentAt(view, dict, lastIndex + 1)) {
      lastIndex += next.length
    }
    let insideEntity = false
    for (let t = k; t <= lastIndex; t++) if (view.entityOfToken[t] !== undefined) insideEntity = true
    // A role word followed by a name is a title ("Belmoran Foreign Minister Ilse Brandt"), not a group.
    if (insideEntity || view.entityOfToken[lastIndex + 1]?.type === 'PERSON') continue
    const end = view.tokens[lastIndex]?.end ?? 0
    const start = view.tokens[i]?.start ?? 0
    if (isCovered(earlier, start, end)) continue
    for (const [n, member] of members.entries()) {
      const key = `group:${member.code}${match.agent.role}`
      if (!clusters.has(key)) clusters.set(key, { key, type: 'NORP', names: [] })
      const token = view.tokens[member.index]
      if (token === undefined) continue
      // Each nationality's mention runs from it to the role word ("Hungarian and Romanian officials",
      // "Romanian officials"), so each reads as its own country with the shared role.
      out.push({ start: token.start, end, kind: 'description', key, reason: `group: ${view.text.slice(token.start, token.end)} + "${match.phrase}"${n < members.length - 1 ? ' (coordinated)' : ''}` })
    }
    i = lastIndex
  }
  // "the president of Armenia", "officials of Belmora", "rebels in the Ivory Coast": a role word with its
  // country after "of" or "in" (and an optional "the").
  for (let i = 0; i + 2 < view.tokens.length; i++) {
    const match = agentAt(view, dict, i)
    if (match === undefined || match.kind === 'modifier' || match.agent.role === undefined || view.entityOfToken[i] !== undefined) continue
    const of = i + match.length
    if (!PLACE_PREPOSITIONS.has(view.lowers[of] ?? '')) continue
    // A diplomat or a peacekeeper "in" a country is posted there ("the envoy in Belmora", "peacekeepers in
    // Dalonia"), not its own: the dictionary's classes `diplomat` and `posted` say so.
    if (view.lowers[of] === 'in' && isPosted(match.agent.classes)) continue
    const at = view.lowers[of + 1] === 'the' ? of + 2 : of + 1
    if (view.sentenceOfToken[at] !== view.sentenceOfToken[i]) continue
    const place = nationalityAt(view, dict, at)
    const entity = view.entityOfToken[at]
    if (place === undefined || entity === undefined || entity.type === 'NORP') continue
    if (view.entityOfToken[place.next]?.type === 'PERSON') continue
    const start = view.tokens[i]?.start ?? 0
    const end = entity.end
    if (isCovered(earlier, start, end) || out.some((m) => m.start < end && start < m.end)) continue
    const key = `group:${place.code}${match.agent.role}`
    if (!clusters.has(key)) clusters.set(key, { key, type: 'NORP', names: [] })
    out.push({ start, end, kind: 'description', key, reason: `group: "${match.phrase}" of ${entity.text}` })
    i = place.next - 1
  }
  out.push(...findBareRoles(view, dict, earlier, out, clusters))
  return out.sort((a, b) => a.start - b.start || a.end - b.end)
}

/** Roles of the state a bare role word may stand for ("the interior minister", "police", "the army"). */
const STATE_ROLES = new Set(['GOV', 'MIL', 'COP', 'LEG', 'JUD', 'SPY', 'OPP'])

/**
 * Words that may open a bare role phrase: none (a plural such as "police" or "officials"), an article, or a "that"
 * (the tagger reads "said on Monday that police had …" as a determiner).
 */
const BARE_ROLE_ARTICLES = new Set(['the', 'a', 'an', 'that'])

/** Adjectives that keep a role phrase the state's own ("senior officials", "local police"). */
const BARE_ROLE_ADJECTIVES = new Set(['senior', 'top', 'local', 'national', 'federal', 'state', 'provincial', 'regional', 'security', 'government', 'military', 'interim', 'new'])

/** Singular-looking words that name a body of people ("police"). */
const COLLECTIVE_HEADS = new Set(['police', 'military', 'personnel', 'staff'])

/** Whether a role word names several people: a plural ("officials", "MPs") or a collective ("police"). */
export function isPluralHead(lower: string): boolean {
  return COLLECTIVE_HEADS.has(lower) || singular(lower) !== lower
}

/** Key prefix of the nameless cluster of a bare role of the state (`group:*GOV`). */
const BARE_ROLE_KEY = 'group:*'

/** Whether a cluster key is a bare role's (`group:*GOV`) rather than a group with a country (`group:BLMGOV`). */
export function isBareRoleKey(key: string): boolean {
  return key.startsWith(BARE_ROLE_KEY)
}

/** How many sentences back a bare role looks for a group of its role ("Belmoran troops … the troops"). */
const GROUP_REACH = 3

/**
 * The group with a country that a bare role ending at `end` refers back to: the nearest earlier group mention with the
 * same head word ("Colombia's government … the government", however far back), else the nearest one with `role`
 * ("group:BLMMIL") within `GROUP_REACH` sentences.
 */
function groupWithRoleBefore(view: CorefView, groups: readonly DraftMention[], role: string, start: number, end: number, sentence: number): DraftMention | undefined {
  const head = singular(lastWordOf(view.text, end))
  let sameHead: DraftMention | undefined
  let sameRole: DraftMention | undefined
  for (const m of groups) {
    if (m.start >= start || !m.key.endsWith(role) || m.key.length !== 'group:'.length + 3 + role.length) continue
    if (singular(lastWordOf(view.text, m.end)) === head) {
      if (sameHead === undefined || m.start > sameHead.start) sameHead = m
      continue
    }
    const at = view.sentences.findIndex((s) => s.start <= m.start && m.start < s.end)
    if (at < 0 || sentence - at > GROUP_REACH) continue
    if (sameRole === undefined || m.start > sameRole.start) sameRole = m
  }
  return sameHead ?? sameRole
}

/** A role word without a plural "s" ("leaders" → "leader", "MPs" → "mp"; not "press" or "corpus"). */
function singular(word: string): string {
  return word.length > 2 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') ? word.slice(0, -1) : word
}

/** Whether token `k` is glued to a hyphen before it ("backed" in "Arvenian-backed"), not after a spaced dash. */
function isAfterHyphen(view: CorefView, k: number): boolean {
  const start = view.tokens[k]?.start ?? 0
  return start > 0 && view.text.charAt(start - 1) === '-'
}

/** The lower-case word that ends at `end` in `text` ("officials" for "Senior officials"). */
export function lastWordOf(text: string, end: number): string {
  let start = end
  while (start > 0 && /[\p{L}']/u.test(text.charAt(start - 1))) start--
  return text.slice(start, end).toLowerCase()
}

/**
 * Role words of the state with no country, owner or name of their own ("The interior minister said", "Police
 * arrested", "officials said", "a government spokesman"): one description mention each, in one nameless cluster
 * per role (`group:*GOV`). The actors stage places them in the country the story is filed from or mostly about,
 * or leaves them without a code. A role after a possessive, a name, a nationality, "other"/"foreign" and the
 * like, or before a name or "of/in" and a place is left to the other readings.
 */
function findBareRoles(view: CorefView, dict: ActorDictionary, earlier: readonly DraftMention[], groups: readonly DraftMention[], clusters: Map<string, ClusterState>): DraftMention[] {
  const out: DraftMention[] = []
  for (let i = 0; i < view.tokens.length; i++) {
    if (view.entityOfToken[i] !== undefined) continue
    const match = agentAt(view, dict, i)
    if (match === undefined || match.kind === 'modifier' || match.agent.role === undefined || !STATE_ROLES.has(match.agent.role)) continue
    const sentence = view.sentenceOfToken[i]
    if (sentence === undefined || sentence < 0) continue
    let lastIndex = i + match.length - 1
    // A chain of role words ends at its head, which may be a title with no role of its own ("a ministry spokesman");
    // the last role in it is the group's ("Government troops" are MIL).
    let role = match.agent.role
    // Diplomats, mediators and peacekeepers serve abroad: the place a story is filed from is seldom theirs.
    let isAbroad = isPosted(match.agent.classes)
    for (let next = agentAt(view, dict, lastIndex + 1); next !== undefined && next.kind === 'title' && view.sentenceOfToken[lastIndex + 1] === sentence; next = agentAt(view, dict, lastIndex + 1)) {
      lastIndex += next.length
      role = next.agent.role ?? role
      isAbroad ||= isPosted(next.agent.classes)
    }
    if (isAbroad) {
      i = lastIndex
      continue
    }
    let insideEntity = false
    for (let t = i; t <= lastIndex; t++) if (view.entityOfToken[t] !== undefined) insideEntity = true
    const after = view.entityOfToken[lastIndex + 1]
    // "general election", "police station": a role word before a noun only modifies it.
    const modifiesNoun = view.tokens[lastIndex + 1]?.pos === 'NOUN' && view.sentenceOfToken[lastIndex + 1] === sentence
    // "the official IRNA news agency", "the official Xinhua agency": before an organization's name it is an adjective.
    if (insideEntity || modifiesNoun || after?.type === 'PERSON' || after?.type === 'ORG' || PLACE_PREPOSITIONS.has(view.lowers[lastIndex + 1] ?? '') || view.lowers[lastIndex + 1] === "'s" || view.lowers[lastIndex + 1] === '\u2019s') {
      i = lastIndex
      continue
    }
    // What stands before: nothing of the sentence, an article, or an allowed adjective after one.
    let before = i - 1
    while (before >= 0 && view.sentenceOfToken[before] === sentence && BARE_ROLE_ADJECTIVES.has(view.lowers[before] ?? '')) before--
    const opener = view.sentenceOfToken[before] === sentence ? (view.lowers[before] ?? '') : ''
    const openerPos = view.sentenceOfToken[before] === sentence ? view.tokens[before]?.pos : undefined
    const isBare = opener === '' || BARE_ROLE_ARTICLES.has(opener) || (openerPos !== 'ADJ' && openerPos !== 'PROPN' && openerPos !== 'NOUN' && openerPos !== 'DET' && openerPos !== 'PRON' && openerPos !== 'NUM' && openerPos !== 'PART' && openerPos !== 'X')
    // "Arvenian-backed forces", "Vell-based police": a role after a hyphenated modifier is someone else's. Without an
    // article only a plural stands for people ("officials", "police"); "government", "justice" or "intelligence"
    // alone is mostly the abstract noun.
    const hasArticle = BARE_ROLE_ARTICLES.has(opener)
    if (!isBare || view.entityOfToken[before] !== undefined || isAfterHyphen(view, before) || (!hasArticle && !isPluralHead(view.lowers[lastIndex] ?? ''))) {
      i = lastIndex
      continue
    }
    const start = view.tokens[hasArticle && opener !== 'that' ? before : before + 1]?.start ?? 0
    const end = view.tokens[lastIndex]?.end ?? 0
    // Only mentions that will stand count: a title or description draft with no cluster of its own is dropped later.
    if (earlier.some((m) => m.start < end && start < m.end && clusters.has(m.key) && (m.kind === 'title' || m.kind === 'description' || m.entity?.type === 'PERSON')) || groups.some((m) => m.start < end && start < m.end)) {
      i = lastIndex
      continue
    }
    if (role === undefined || !STATE_ROLES.has(role)) continue
    // "U.S. forces killed 50 fighters …, the military said": a group of that role named in the last sentences is
    // the one meant, whatever the dateline says.
    const named = groupWithRoleBefore(view, groups, role, start, end, sentence)
    if (named !== undefined) {
      out.push({ start, end, kind: 'description', key: named.key, reason: `role: "${view.text.slice(start, end)}" → the ${role} group named before` })
      i = lastIndex
      continue
    }
    const key = `${BARE_ROLE_KEY}${role}`
    if (!clusters.has(key)) clusters.set(key, { key, type: 'NORP', names: [] })
    out.push({ start, end, kind: 'description', key, reason: `role: "${view.text.slice(start, end)}" with no country` })
    i = lastIndex
  }
  return out
}
