// The normalize stage: a length-preserving folded view of the text for matching.
import { defineStage } from '../../pipeline/index.js'
import { foldText } from './fold.js'

export { foldText } from './fold.js'

/** Writes `normalized`: one annotation over the whole text holding its folded copy. */
export const normalizeStage = defineStage({
  name: 'normalize',
  version: '1',
  reads: [],
  writes: ['normalized'],
  run: (doc, ctx) => {
    const { folded, changed } = foldText(doc.text)
    return { normalized: [{ id: 'norm:0', start: 0, end: doc.text.length, by: ctx.by, folded, changed }] }
  },
})
