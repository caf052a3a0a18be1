// The public API of the analysis engine.
export * from './analyze.js'
export * from './default-pipeline.js'
export * from './doc-json.js'
export * from './explain.js'
