// Tests for quotation-mark regions: curly and straight marks, doubled apostrophes, headlines, paragraphs.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createDoc } from '../../core/index.js'
import { buildPipeline, runPipeline } from '../../pipeline/index.js'
import { foldText } from '../normalize/index.js'
import { normalizeStage } from '../normalize/index.js'
import { structureStage } from '../structure/index.js'
import { findQuoteRegions } from './quote-marks.js'

const pipeline = buildPipeline([normalizeStage, structureStage])

function regions(text: string): { contents: string[]; problems: string[] } {
  const doc = runPipeline(pipeline, createDoc(text))
  const found = findQuoteRegions(text, foldText(text).folded, doc.layers.paragraphs ?? [])
  return {
    contents: found.regions.map((r) => text.slice(r.contentStart, r.contentEnd)),
    problems: found.problems.map((p) => p.code),
  }
}

test('pairs curly, straight and doubled-apostrophe marks', () => {
  const cases: Array<[string, string[]]> = [
    ['Varga said “yes” and “no” today.', ['yes', 'no']],
    ['Varga said "yes" and "no" today.', ['yes', 'no']],
    ["''We are ready,'' Varga said.", ['We are ready,']],
    ['It is Arvenia’s “red line,” he said, and Belmora’s too.', ['red line,']],
    // Three apostrophes: a nested single quote closing with the quotation, or opening with it.
    ["''They keep saying, 'Vell is different,''' Varga said. ''It is not.''", ["They keep saying, 'Vell is different,'", 'It is not.']],
    ["'''Border Watch,''' Lind replied. ''A fine show.''", ["'Border Watch,'", 'A fine show.']],
  ]
  for (const [text, expected] of cases) assert.deepEqual(regions(text).contents, expected, text)
})

test('reads curly single marks as quotation marks only in a headline without double marks', () => {
  assert.deepEqual(regions('Varga: ‘We Will Not Yield’\n\nThe president spoke in Vell.').contents, ['We Will Not Yield'])
  assert.deepEqual(regions('The president spoke in Vell.\n\nHe called it ‘odd’ and left.').contents, [])
})

test('continues a quotation into a paragraph that opens with a mark, and reports one that never closes', () => {
  const continued = regions('Varga said: “First.\n\n“Second.”')
  assert.equal(continued.contents.length, 1)
  assert.match(continued.contents[0] ?? '', /^First\.[\s\S]*Second\.$/)
  assert.deepEqual(continued.problems, [])
  const unclosed = regions('Varga said: “First.\n\nThe talks ended.')
  assert.deepEqual(unclosed.contents, ['First.'])
  assert.deepEqual(unclosed.problems, ['quote-unclosed'])
})

test('reports a closing mark with nothing open and keeps going', () => {
  const found = regions('It ended.” Then Varga said “done.”')
  assert.deepEqual(found.problems, ['quote-unopened'])
  assert.deepEqual(found.contents, ['done.'])
})

test('closes a quotation with an opening curly mark typed where a closing one belongs', () => {
  const cases: Array<[string, string[], string[]]> = [
    ['“It is unusual,“ said Varga. “It is hard.”', ['It is unusual,', 'It is hard.'], []],
    ['“Apparently not.“ He left.', ['Apparently not.'], []],
    // Miss: an opening mark before a word still opens a new quotation, and the open one is unclosed.
    ['“It is unusual “Vell” said Varga.', ['It is unusual', 'Vell'], ['quote-unclosed']],
  ]
  for (const [text, contents, problems] of cases) assert.deepEqual(regions(text), { contents, problems }, text)
})

test('reads a straight opening mark after a finished sentence inside an open quotation as its next paragraph, the break lost', () => {
  const lost = regions('"Career limits are wrong for Arvenia. "It is simply wrong to assume it," she said.')
  assert.deepEqual(lost.contents, ['Career limits are wrong for Arvenia. "It is simply wrong to assume it,'])
  // Misses: two closed quotations in a row, and a nested quote after a comma, stay as they were.
  assert.deepEqual(regions('"We are ready." "So is Belmora," Varga said.').contents, ['We are ready.', 'So is Belmora,'])
  assert.deepEqual(regions('"I told him, "no way," and left," Varga said.').contents, ['I told him, '])
})

test('keeps a quotation nested in curly double marks inside the outer one when the next two marks both close', () => {
  const cases: Array<[string, string[], string[]]> = [
    ['“Lind’s claim that Vell “wants no deal” shows he has no clue,” Varga wrote.', ['Lind’s claim that Vell “wants no deal” shows he has no clue,'], []],
    ['“Crowds wearing “Vote Lind” shirts at her rally… ouch” wrote a voter.', ['Crowds wearing “Vote Lind” shirts at her rally… ouch'], []],
    // Misses: a mark that opens again before the outer one closes, or a lone closing mark after it, is no nesting.
    ['“It is unusual “Vell” said Varga. “Yes.”', ['It is unusual', 'Vell', 'Yes.'], ['quote-unclosed']],
    ['“It is unusual “Vell” said Varga.', ['It is unusual', 'Vell'], ['quote-unclosed']],
  ]
  for (const [text, contents, problems] of cases) assert.deepEqual(regions(text), { contents, problems }, text)
})
