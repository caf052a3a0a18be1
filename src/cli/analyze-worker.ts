// Worker thread of `dyad analyze --jobs N`: builds its own default pipeline and analyzes the documents it is sent.
import { parentPort, workerData } from 'node:worker_threads'
import { createDefaultPipeline } from '../api/index.js'
import type { Doc } from '../core/index.js'
import { analyzeToOutcome, type WorkerReply, type WorkerSetup } from './analyzer.js'

const setup = workerData as WorkerSetup
// The main thread built the same pipeline first, so configuration errors were already reported there.
const pipeline = createDefaultPipeline({ actorFiles: setup.actorFiles, patternFiles: setup.patternFiles })

parentPort?.on('message', (message: { seq: number; doc: Doc }) => {
  const reply: WorkerReply = {
    seq: message.seq,
    outcome: analyzeToOutcome(message.doc, pipeline, setup.includeLayers),
  }
  parentPort?.postMessage(reply)
})
