import assert from 'node:assert/strict'
import { test } from 'node:test'
import { checkDoc, createDoc, ErrorCode, PipelineError } from '../core/index.js'
import { buildPipeline, runPipeline } from './pipeline.js'
import { defineStage, type AnyStage } from './stage.js'

const writesParagraphs = defineStage({
  name: 'para',
  version: '1',
  reads: [],
  writes: ['paragraphs'],
  run: (doc, ctx) => ({
    paragraphs: [{ id: 'par:0', start: 0, end: doc.text.length, by: ctx.by, role: 'body', index: 0 }],
  }),
})

const readsParagraphs = defineStage({
  name: 'bp',
  version: '2',
  reads: ['paragraphs'],
  writes: ['boilerplate'],
  run: () => ({ boilerplate: [] }),
})

function pipelineErrorOf(fn: () => unknown): PipelineError {
  try {
    fn()
  } catch (error) {
    if (error instanceof PipelineError) return error
    throw error
  }
  throw new Error('expected a PipelineError')
}

test('names the stage, the missing layer and the stage that could supply it when order is wrong', () => {
  const error = pipelineErrorOf(() => buildPipeline([readsParagraphs, writesParagraphs]))
  assert.equal(error.code, ErrorCode.PipelineMissingLayer)
  assert.match(error.message, /Stage "bp" reads layer "paragraphs"/)
  assert.match(error.message, /stage "para" writes it but runs later/)
})

test('says no stage writes a layer that nothing supplies', () => {
  const error = pipelineErrorOf(() => buildPipeline([readsParagraphs]))
  assert.match(error.message, /no stage in this pipeline writes it/)
})

test('refuses two writers of one layer', () => {
  const error = pipelineErrorOf(() => buildPipeline([writesParagraphs, { ...writesParagraphs, name: 'para2' }]))
  assert.equal(error.code, ErrorCode.PipelineDuplicateWriter)
  assert.match(error.message, /"para" and stage "para2"/)
})

test('accepts layers provided on input docs', () => {
  assert.doesNotThrow(() => buildPipeline([readsParagraphs], ['paragraphs']))
})

test('records the versions of every stage', () => {
  assert.deepEqual(buildPipeline([writesParagraphs, readsParagraphs]).versions, { para: '1', bp: '2' })
})

test('merges layers without mutating the input doc', () => {
  const input = createDoc('Arvenia met Belmora.')
  const output = runPipeline(buildPipeline([writesParagraphs]), input)
  assert.deepEqual(input.layers, {})
  assert.equal(output.layers.paragraphs?.length, 1)
  assert.deepEqual(output.layers.paragraphs?.[0]?.by, { stage: 'para', version: '1' })
  assert.deepEqual(checkDoc(output), [])
})

test('records a crashing stage, skips stages that need its layer, and runs the rest', () => {
  const crashing: AnyStage = { ...writesParagraphs, run: () => { throw new Error('boom') } }
  const independent = defineStage({
    name: 'indep',
    version: '1',
    reads: [],
    writes: ['figures'],
    run: () => ({ figures: [] }),
  })
  const output = runPipeline(buildPipeline([crashing, readsParagraphs, independent]), createDoc('Text.'))
  const codes = output.diagnostics.map((d) => `${d.stage}/${d.code}`)
  assert.deepEqual(codes, ['para/stage-crashed', 'bp/stage-skipped'])
  assert.match(output.diagnostics[0]?.message ?? '', /boom/)
  assert.deepEqual(output.layers.figures, [])
})

test('treats a stage that returns an undeclared layer as crashed', () => {
  const sneaky: AnyStage = { ...writesParagraphs, run: (doc, ctx) => ({ ...writesParagraphs.run(doc, ctx), figures: [] }) }
  const output = runPipeline(buildPipeline([sneaky]), createDoc('Text.'))
  assert.equal(output.diagnostics[0]?.code, 'stage-crashed')
  assert.match(output.diagnostics[0]?.message ?? '', /does not declare/)
})

test('lets a stage report diagnostics tagged with its name', () => {
  const reporting = defineStage({
    name: 'rep',
    version: '1',
    reads: [],
    writes: ['figures'],
    run: (_doc, ctx) => {
      ctx.report({ code: 'odd-thing', severity: 'warning', message: 'odd', start: 0, end: 4 })
      return { figures: [] }
    },
  })
  const output = runPipeline(buildPipeline([reporting]), createDoc('Text.'))
  assert.deepEqual(output.diagnostics, [{ stage: 'rep', code: 'odd-thing', severity: 'warning', message: 'odd', start: 0, end: 4 }])
})
