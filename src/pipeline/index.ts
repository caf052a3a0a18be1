// The pipeline: stage contract, builder with dependency checks, and runner.
export * from './stage.js'
export * from './pipeline.js'
