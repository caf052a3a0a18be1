// Importer for Phoenix/PETRARCH dictionaries (see README.md).
export * from './import-phoenix.js'
