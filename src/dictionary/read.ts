import {readFileSync} from 'node:fs'
import {Ajv, type ErrorObject} from 'ajv'
import {LineCounter, parseDocument, type Node as YamlNode} from 'yaml'
import {describeSchemaError} from '../options.js'

// Built on first use: built-in data is read from the build's JSON, which was validated then.
let ajv: Ajv | undefined
const compiled = new WeakMap<object, ReturnType<Ajv['compile']>>()

/** A data file with a problem, listing every problem as `path:line:col: …`. */
export class DataFileError extends Error {
  /** Each problem, with its location. */
  readonly problems: ReadonlyArray<string>

  constructor(problems: ReadonlyArray<string>) {
    super(problems.join('\n'))
    this.name = 'DataFileError'
    this.problems = problems
  }
}

/** A parsed, schema-checked YAML or JSON file and a way to locate its keys. */
export interface DataFile<Data> {
  readonly path: string
  readonly data: Data
  /** `path:line:col` of the value at `keys` (or the file when not found). */
  at(keys: ReadonlyArray<string | number>): string
}

/**
 * Read a YAML (or JSON, a subset of YAML) data file and check it against
 * `schema`. Every problem carries `path:line:col`, so a mistake in a
 * user’s glossary reads like one in ours.
 *
 * @throws {DataFileError}
 */
export function readDataFile<Data>(
  path: string,
  schema: Readonly<Record<string, unknown>>,
  source?: string
): DataFile<Data> {
  let text: string
  try {
    text = source ?? readFileSync(path, 'utf8')
  } catch (error) {
    throw new DataFileError([
      path + ': Cannot read file: ' + (error as Error).message
    ])
  }

  const lineCounter = new LineCounter()
  const document = parseDocument(text, {lineCounter, uniqueKeys: true})

  function position(offset: number): string {
    const {line, col} = lineCounter.linePos(offset)
    return path + ':' + line + ':' + col
  }

  if (document.errors.length > 0) {
    throw new DataFileError(
      document.errors.map(function (error) {
        return position(error.pos[0]) + ': ' + error.message.split('\n')[0]
      })
    )
  }

  const data: unknown = document.toJS()

  function at(keys: ReadonlyArray<string | number>): string {
    const node = document.getIn(keys, true) as YamlNode | undefined
    return position(node?.range?.[0] ?? 0)
  }

  let validate = compiled.get(schema)
  if (!validate) {
    ajv ??= new Ajv({allErrors: true, strict: true})
    validate = ajv.compile(schema)
    compiled.set(schema, validate)
  }

  if (!validate(data)) {
    throw new DataFileError(
      (validate.errors ?? []).map(function (error: ErrorObject) {
        const keys = error.instancePath
          .split('/')
          .slice(1)
          .map((key) => (/^\d+$/.test(key) ? Number(key) : key))
        return at(keys) + ': ' + describeSchemaError('', error, data).replace('``', '`(root)`')
      })
    )
  }

  return {path, data: data as Data, at}
}
