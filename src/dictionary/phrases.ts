import {compilePattern, startKeys} from '../phrase/pattern.js'
import {readBuiltin} from './builtin.js'
import {DataFileError, readDataFile, type DataFile} from './read.js'

/** An example: `bad` with its fix `good`, or text that must pass (`ok`). */
export type PhraseExample = {readonly bad: string; readonly good?: string} | {readonly ok: string}

/**
 * What the linter needs of a phrase entry. Read from YAML, entries also
 * carry their `examples`; the build's JSON leaves them out (they are for
 * tests) and adds `starts`, each pattern's index keys (`startKeys`), so
 * indexing a table compiles nothing.
 */
export interface PhraseEntry {
  readonly id: string
  readonly match: ReadonlyArray<string>
  /** Per pattern of `match`: its index keys (`startKeys`), `null` for anywhere. */
  readonly starts?: ReadonlyArray<ReadonlyArray<string> | null>
  readonly examples?: ReadonlyArray<PhraseExample>
}

/** One calque: a literal rendering in the target and what to write instead. */
export interface CalqueEntry extends PhraseEntry {
  /** The source-language expression it comes from. */
  readonly source: string
  readonly suggest: ReadonlyArray<string>
  readonly explanation: string
  readonly kind: 'byline' | 'false-friend' | 'idiom' | 'institution' | 'party' | 'programme' | 'publication' | 'set-phrase'
  readonly level: 'info' | 'warning'
}

/** A phrase table for one language pair. */
export interface CalqueTable {
  readonly path: string
  readonly source: string
  readonly target: string
  readonly entries: ReadonlyArray<CalqueEntry>
}

/** One piece of page furniture carried into articles. */
export interface BoilerplateEntry extends PhraseEntry {
  readonly scope: 'line' | 'phrase'
  readonly explanation: string
}

/** An entry as its YAML file has it: with the examples the data test runs. */
export type WithExamples<Entry> = Entry & {readonly examples: ReadonlyArray<PhraseExample>}

/** A table as read from YAML. */
export type SourceTable<Table extends {readonly entries: ReadonlyArray<unknown>}> = Omit<Table, 'entries'> & {
  readonly entries: ReadonlyArray<WithExamples<Table['entries'][number]>>
}

/** The boilerplate list of one target language. */
export interface BoilerplateTable {
  readonly path: string
  readonly lang: string
  readonly entries: ReadonlyArray<BoilerplateEntry>
}

const text = {type: 'string', minLength: 1, pattern: '^\\S(?:[\\s\\S]*\\S)?$'}
const id = {type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$'}
const lang = {type: 'string', pattern: '^[a-z]{2,3}$'}
const examples = {
  type: 'array',
  minItems: 1,
  items: {
    oneOf: [
      {type: 'object', required: ['bad'], additionalProperties: false, properties: {bad: text, good: text}},
      {type: 'object', required: ['ok'], additionalProperties: false, properties: {ok: text}}
    ]
  }
}

/** JSON Schema of `dictionaries/calques/<source>-<target>.yml`. */
export const calqueSchema = {
  type: 'object',
  required: ['source', 'target', 'entries'],
  additionalProperties: false,
  properties: {
    source: lang,
    target: lang,
    entries: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'match', 'source', 'suggest', 'explanation', 'kind', 'level', 'examples'],
        additionalProperties: false,
        properties: {
          id,
          match: {type: 'array', minItems: 1, items: text},
          source: text,
          suggest: {type: 'array', items: text},
          explanation: text,
          kind: {enum: ['byline', 'false-friend', 'idiom', 'institution', 'party', 'programme', 'publication', 'set-phrase']},
          level: {enum: ['info', 'warning']},
          examples
        }
      }
    }
  }
} as const

/** JSON Schema of `dictionaries/boilerplate/<lang>.yml`. */
export const boilerplateSchema = {
  type: 'object',
  required: ['lang', 'entries'],
  additionalProperties: false,
  properties: {
    lang,
    entries: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'match', 'scope', 'explanation', 'examples'],
        additionalProperties: false,
        properties: {id, match: {type: 'array', minItems: 1, items: text}, scope: {enum: ['line', 'phrase']}, explanation: text, examples}
      }
    }
  }
} as const

/** Read and check calque tables: shape, file name, sorted ids, patterns that compile. */
export function readCalqueTables(paths: ReadonlyArray<string>): Array<SourceTable<CalqueTable>> {
  return paths.map(function (path) {
    const file = readDataFile<Omit<SourceTable<CalqueTable>, 'path'>>(path, calqueSchema)
    const name = path.slice(path.lastIndexOf('/') + 1)
    const problems = checkEntries(file, file.data.entries)
    if (name !== file.data.source + '-' + file.data.target + '.yml') {
      problems.unshift(file.at(['source']) + ': Unexpected file name `' + name + '`, expected `' + file.data.source + '-' + file.data.target + '.yml`')
    }

    if (problems.length > 0) throw new DataFileError(problems)
    return {path, ...file.data}
  })
}

/** Read and check boilerplate lists. */
export function readBoilerplateTables(paths: ReadonlyArray<string>): Array<SourceTable<BoilerplateTable>> {
  return paths.map(function (path) {
    const file = readDataFile<Omit<SourceTable<BoilerplateTable>, 'path'>>(path, boilerplateSchema)
    const name = path.slice(path.lastIndexOf('/') + 1)
    const problems = checkEntries(file, file.data.entries)
    if (name !== file.data.lang + '.yml') {
      problems.unshift(file.at(['lang']) + ': Unexpected file name `' + name + '`, expected `' + file.data.lang + '.yml`')
    }

    if (problems.length > 0) throw new DataFileError(problems)
    return {path, ...file.data}
  })
}

function checkEntries(
  file: DataFile<unknown>,
  entries: ReadonlyArray<{readonly id: string; readonly match: ReadonlyArray<string>}>
): Array<string> {
  const problems: Array<string> = []
  const seen = new Set<string>()
  for (const [index, entry] of entries.entries()) {
    const previous = entries[index - 1]
    if (previous && previous.id >= entry.id) {
      problems.push(file.at(['entries', index, 'id']) + ': Unexpected entry `' + entry.id + '` after `' + previous.id + '`, expected entries sorted by `id`')
    }

    for (const [patternIndex, pattern] of entry.match.entries()) {
      try {
        compilePattern(pattern)
      } catch (error) {
        problems.push(file.at(['entries', index, 'match', patternIndex]) + ': ' + (error as Error).message)
      }

      if (seen.has(pattern)) problems.push(file.at(['entries', index, 'match', patternIndex]) + ': Unexpected duplicate pattern `' + pattern + '`')
      seen.add(pattern)
    }
  }

  return problems
}

/**
 * The runtime form the build stores: entries without examples, with each
 * pattern's index keys.
 */
export function forRuntime<Table extends {readonly entries: ReadonlyArray<PhraseEntry>}>(table: Table): Table {
  const entries = table.entries.map(function (entry) {
    const {examples, ...rest} = entry
    return {...rest, starts: entry.match.map((pattern) => startKeys(pattern) ?? null)}
  })
  return {...table, entries}
}

let calques: ReadonlyArray<CalqueTable> | undefined
let boilerplate: ReadonlyArray<BoilerplateTable> | undefined

/** Built-in calque tables, read once per process. */
export function builtinCalques(): ReadonlyArray<CalqueTable> {
  calques ??= readBuiltin<ReadonlyArray<CalqueTable>>('calques', readCalqueTables)
  return calques
}

/** Built-in boilerplate lists, read once per process. */
export function builtinBoilerplate(): ReadonlyArray<BoilerplateTable> {
  boilerplate ??= readBuiltin<ReadonlyArray<BoilerplateTable>>('boilerplate', readBoilerplateTables)
  return boilerplate
}
