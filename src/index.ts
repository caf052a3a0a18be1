// Dyad's library entry point: `import { analyze, toDocJson } from 'dyad'`.
export * from './core/index.js'
export * from './pipeline/index.js'
export * from './api/index.js'
export * from './readers/index.js'
