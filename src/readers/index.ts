// Readers: plain text, HTML, JSONL, feeds, directories, URLs and stdin into documents.
export * from './types.js'
export * from './text-reader.js'
export * from './read-input.js'
