// The actor dictionary: format, validation, loading and lookups (see docs/actor-dictionary.md).
export * from './schema.js'
export * from './read-file.js'
export * from './dated-code.js'
export * from './actor-dictionary.js'
export * from './load.js'
export * from './title.js'
