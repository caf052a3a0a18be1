// The tokens stage: tokens with POS and lemmas, and sentences, per paragraph, via wink-nlp.
import { makeId, matchText, type Sentence, type SentenceRole, type Token } from '../../core/index.js'
import { defineStage } from '../../pipeline/index.js'
import { analyzeWithWink } from './wink.js'

export { analyzeWithWink, getWink } from './wink.js'

/** Writes `tokens` and `sentences`. Sentences never cross a paragraph or a boilerplate boundary. */
export const tokensStage = defineStage({
  name: 'tokens',
  version: '1',
  reads: ['normalized', 'paragraphs', 'boilerplate'],
  writes: ['tokens', 'sentences'],
  run: (doc, ctx) => {
    const text = matchText(doc)
    const boilerplate = doc.layers.boilerplate ?? []
    const tokens: Token[] = []
    const sentences: Sentence[] = []
    for (const paragraph of doc.layers.paragraphs ?? []) {
      const inParagraph = boilerplate.filter((b) => b.start >= paragraph.start && b.end <= paragraph.end)
      // Boilerplate fragments and the text around them are analysed apart, so no sentence spans both.
      const cuts = [paragraph.start]
      for (const b of inParagraph) cuts.push(b.start, b.end)
      cuts.push(paragraph.end)
      for (let c = 0; c + 1 < cuts.length; c++) {
        const from = cuts[c] ?? 0
        const to = cuts[c + 1] ?? 0
        if (to <= from || text.slice(from, to).trim() === '') continue
        const isBoilerplate = inParagraph.some((b) => b.start === from)
        const role: SentenceRole = isBoilerplate ? 'boilerplate' : paragraph.role
        const analysis = analyzeWithWink(text.slice(from, to))
        const offset = tokens.length
        for (const t of analysis.tokens) {
          const span = { start: from + t.start, end: from + t.end }
          tokens.push({ id: makeId('tok', span), ...span, by: ctx.by, pos: t.pos, lemma: t.lemma, isNegation: t.isNegationWord })
        }
        for (const s of analysis.sentences) {
          const first = tokens[offset + s.first]
          const last = tokens[offset + s.last]
          if (first === undefined || last === undefined) continue
          const span = { start: first.start, end: last.end }
          sentences.push({ id: makeId('sen', span), ...span, by: ctx.by, role, paragraphId: paragraph.id })
        }
      }
    }
    return { tokens, sentences }
  },
})
