// Tests: hard-wrapped wire copy is told from headline lists and one-sentence-per-line text, and keeps names whole.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { checkDoc, createDoc } from '../../core/index.js'
import { buildPipeline, runPipeline } from '../../pipeline/index.js'
import { normalizeStage } from '../normalize/index.js'
import { structureStage } from '../structure/index.js'
import { tokensStage } from '../tokens/index.js'
import { createEntitiesStage } from './index.js'
import { isHardWrapped } from './line-wraps.js'

const WIRE = [
  'Kessa Corp said on Monday it had elected Tomas',
  'Varga as its new chief executive officer, succeeding',
  'Lind Dorsa, who will retire at the end of the month after',
  'twenty years with the company, the company said in a',
  'statement issued at its headquarters in Belmora.',
  '    Varga was previously head of the Arvenian unit.',
].join('\n')

const cases: Array<[string, string, boolean]> = [
  ['takes wire copy wrapped at a fixed width as hard-wrapped', WIRE, true],
  ['takes one sentence per line as not wrapped', 'Arvenia beat Belmora 3-1 on Sunday.\nKessa United drew 0-0 with Dorn City in the first leg of the cup final.\nThe return match is next week.\nVarga scored twice.', false],
  ['takes a list of headlines as not wrapped', 'Arvenia and Belmora sign a border deal after talks\nTomas Varga resigns as head of the Kessa central bank\nFloods close the main roads into Dorn for a week\nLind Dorsa wins the Belmora presidential election', false],
  ['takes a text of one line as not wrapped', 'Arvenia and Belmora signed a border deal.', false],
  ['takes lines longer than wire widths as not wrapped', `${'word '.repeat(30)}\nand ${'more '.repeat(30)}\nand ${'more '.repeat(30)}\nand ${'more '.repeat(30)}`, false],
]

for (const [name, text, expected] of cases) test(name, () => assert.equal(isHardWrapped(text), expected))

test('keeps a name broken across lines of wire copy whole', () => {
  const pipeline = buildPipeline([normalizeStage, structureStage, tokensStage, createEntitiesStage({ names: [{ text: 'Belmora', type: 'GPE' }] })])
  const doc = runPipeline(pipeline, createDoc(WIRE, { published: '2024-03-08' }))
  assert.deepEqual(checkDoc(doc), [])
  const found = (doc.layers.entities ?? []).map((e) => [e.text, e.type])
  assert.ok(found.some(([t, type]) => t === 'Tomas\nVarga' && type === 'PERSON'), JSON.stringify(found))
})

test('still cuts names at the lines of a headline list', () => {
  const pipeline = buildPipeline([normalizeStage, structureStage, tokensStage, createEntitiesStage({ names: [{ text: 'Belmora', type: 'GPE' }] })])
  const text = 'Talks stall in Belmora\nVarga resigns as bank head\nFloods close roads in Dorn\nDorsa wins the vote'
  const doc = runPipeline(pipeline, createDoc(text, { published: '2024-03-08' }))
  assert.deepEqual(checkDoc(doc), [])
  assert.ok(!(doc.layers.entities ?? []).some((e) => e.text.includes('\n')), JSON.stringify(doc.layers.entities?.map((e) => e.text)))
})
