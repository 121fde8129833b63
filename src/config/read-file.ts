/**
 * Read and check one configuration file (`.mtlintrc*` or the `mtlint` field
 * of `package.json`). Files are YAML or JSON, read with `yaml` so every
 * problem has a `path:line:column`, and checked against the schema built
 * from the rules (`./schema.ts`); each problem is worded `Unexpected …,
 * expected …` and names the key.
 */

import {readFileSync, statSync} from 'node:fs'
import {dirname, isAbsolute, relative, resolve} from 'node:path'
import {Ajv, type ErrorObject, type ValidateFunction} from 'ajv'
import {isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode} from 'yaml'
import {DataFileError} from '../dictionary/read.js'
import type {RuleConfig} from '../rule.js'
import type {Preset} from './resolve.js'
import {closest, configSchema} from './schema.js'

/** What one configuration file holds, once checked. */
export interface ConfigData {
  readonly root?: boolean
  readonly lang?: string
  readonly sourceLang?: string
  readonly preset?: Preset
  readonly rules?: Readonly<Record<string, RuleConfig<Record<string, unknown>>>>
  readonly words?: ReadonlyArray<string>
  readonly names?: Readonly<Record<string, ReadonlyArray<string>>>
  /** Absolute paths (written relative to the configuration file). */
  readonly dictionaries?: ReadonlyArray<string>
  /** Settings for the files matching `files`, relative to `base`. */
  readonly overrides?: ReadonlyArray<ConfigOverride>
}

/** One entry of `overrides`, with the folder its globs are relative to. */
export interface ConfigOverride {
  readonly files: ReadonlyArray<string>
  /** The configuration file’s folder (absolute). */
  readonly base: string
  readonly lang?: string
  readonly sourceLang?: string
  readonly words?: ReadonlyArray<string>
  readonly rules?: Readonly<Record<string, RuleConfig<Record<string, unknown>>>>
}

/** A configuration file with problems, each `path:line:column: Unexpected …, expected …`. */
export class ConfigError extends DataFileError {
  constructor(problems: ReadonlyArray<string>) {
    super(problems)
    this.name = 'ConfigError'
  }
}

let validate: ValidateFunction | undefined

/**
 * Read and check one configuration file. `field` names the key that holds
 * the configuration (`mtlint` in `package.json`); a file without it yields
 * `undefined`.
 *
 * @throws {ConfigError}
 *   With every problem in the file, each with its `path:line:column`.
 */
export function readConfigFile(
  path: string,
  options: {readonly cwd?: string | undefined; readonly field?: string | undefined; readonly source?: string | undefined} = {}
): ConfigData | undefined {
  const name = display(path, options.cwd ?? process.cwd())
  let text: string
  try {
    text = options.source ?? readFileSync(path, 'utf8')
  } catch (error) {
    throw new ConfigError([name + ': Cannot read configuration file (' + String((error as NodeJS.ErrnoException).code ?? error) + ')'])
  }

  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)

  if (path.endsWith('.json')) {
    try {
      JSON.parse(text)
    } catch (error) {
      const reason = (error as Error).message.replace(/ in JSON at position \d+.*$/s, '').replace(/^JSON\.parse: /, '')
      const offset = Number(/at position (\d+)/.exec((error as Error).message)?.[1] ?? 0)
      throw new ConfigError([name + ':' + lineAndColumn(text, offset) + ': Cannot parse JSON: ' + reason])
    }
  }

  const lineCounter = new LineCounter()
  const document = parseDocument(text, {lineCounter, uniqueKeys: true})
  const at = function (offset: number): string {
    const {line, col} = lineCounter.linePos(offset)
    return name + ':' + line + ':' + col
  }

  if (document.errors.length > 0) {
    throw new ConfigError(document.errors.map((error) => at(error.pos[0]) + ': Cannot parse YAML: ' + error.message.split('\n')[0]))
  }

  const prefix = options.field === undefined ? [] : [options.field]
  let data: unknown = document.toJS()
  if (options.field !== undefined) {
    if (!isObject(data) || !(options.field in data)) return undefined
    data = data[options.field]
  }

  data ??= {}
  validate ??= new Ajv({allErrors: true, strict: true, strictTuples: false, verbose: true}).compile(configSchema())
  const found: Array<{offset: number; text: string}> = []
  if (!validate(data)) {
    for (const error of validate.errors ?? []) {
      const described = describe(error, data, prefix)
      if (described) found.push({offset: keyOffset(document, [...prefix, ...described.keys]), text: described.text})
    }
  }

  const config = data as ConfigData
  const tagged: Array<[Partial<Record<'lang' | 'sourceLang', unknown>>, Array<string | number>]> = [[config, []]]
  for (const [index, override] of (Array.isArray(config.overrides) ? config.overrides : []).entries()) tagged.push([override, ['overrides', index]])
  for (const [holder, at] of tagged) {
    for (const key of ['lang', 'sourceLang'] as const) {
      const tag = holder[key]
      if (typeof tag === 'string' && !isLanguageTag(tag)) {
        found.push({offset: keyOffset(document, [...prefix, ...at, key]), text: 'Unexpected value ' + JSON.stringify(tag) + ' for ' + keyName([...prefix, ...at, key]) + ', expected a BCP 47 language tag such as "en" or "de-AT"'})
      }
    }
  }

  const dictionaries = Array.isArray(config.dictionaries) ? config.dictionaries.map((file) => (typeof file === 'string' ? resolve(dirname(path), file) : file)) : undefined
  for (const [index, file] of (dictionaries ?? []).entries()) {
    if (typeof file === 'string' && !isFile(file)) {
      found.push({offset: keyOffset(document, [...prefix, 'dictionaries', index]), text: 'Cannot find file ' + JSON.stringify(config.dictionaries?.[index]) + ' for ' + keyName([...prefix, 'dictionaries', index]) + ', expected a path relative to this configuration file'})
    }
  }

  if (found.length > 0) {
    const problems = found.sort((a, b) => a.offset - b.offset).map(({offset, text}) => at(offset) + ': ' + text)
    throw new ConfigError([...new Set(problems)])
  }

  const result: {-readonly [Key in keyof ConfigData]: ConfigData[Key]} = {...config}
  if (dictionaries) result.dictionaries = dictionaries
  if (Array.isArray(config.overrides)) result.overrides = config.overrides.map((override) => ({...override, base: dirname(resolve(path))}))
  return result
}

/** An ajv error as the keys it concerns and a sentence, or `undefined` for errors that only echo others. */
function describe(error: ErrorObject, data: unknown, prefix: ReadonlyArray<string>): {keys: Array<string | number>; text: string} | undefined {
  const keys: Array<string | number> = error.instancePath
    .split('/')
    .slice(1)
    .map((key) => key.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((key) => (/^\d+$/.test(key) ? Number(key) : key))
  const name = keyName([...prefix, ...keys])
  const value = keys.reduce<unknown>((parent, key) => (parent as Record<string | number, unknown> | undefined)?.[key], data)
  const head = 'Unexpected value ' + show(value) + ' for ' + name
  const ruleEntry = keys.length === 2 && keys[0] === 'rules'

  switch (error.keyword) {
    case 'if': {
      return undefined
    }

    case 'additionalProperties': {
      const extra = String(error.params['additionalProperty'])
      const allowed = Object.keys((error.parentSchema as {properties?: object} | undefined)?.properties ?? {}).sort()
      const where = keys.length === 0 && prefix.length === 0 ? '' : ' in ' + name
      if (keys.length === 1 && keys[0] === 'rules') {
        // The list of rules grows: suggest the nearest id rather than list them all.
        return {keys: [...keys, extra], text: 'Unexpected rule ' + JSON.stringify(extra) + where + ', expected a rule id such as ' + JSON.stringify(closest(extra, allowed))}
      }

      const expected = allowed.length > 0 ? ', expected one of ' + list(allowed, 'or') : ', expected no keys'
      return {keys: [...keys, extra], text: 'Unexpected key ' + JSON.stringify(extra) + where + expected}
    }

    case 'enum': {
      return {keys, text: head + ', expected ' + list(error.params['allowedValues'] as Array<unknown>, 'or')}
    }

    case 'type':
    case 'minItems':
    case 'maxItems': {
      if (ruleEntry) {
        return {keys, text: head + ', expected ' + list(['off', 'info', 'warn', 'error'], 'or') + ', or a severity and options such as ["warn", {}]'}
      }

      if (error.keyword !== 'type') return {keys, text: head + ', expected ' + error.message}
      const type = String(error.params['type'])
      return {keys, text: head + ', expected ' + (/^[aeiou]/.test(type) ? 'an ' : 'a ') + type}
    }

    case 'minLength': {
      return {keys, text: head + ', expected a non-empty string'}
    }

    case 'required': {
      return {keys, text: 'Missing key ' + JSON.stringify(error.params['missingProperty']) + ' in ' + name}
    }

    default: {
      return {keys, text: head + ', expected a value that ' + (error.message ?? 'is valid')}
    }
  }
}

/**
 * A key path as people write it: `rules.quotes.straight`, `words[2]`. The
 * position inside a `[severity, options]` pair is left out, since the key
 * says which of the two it is.
 */
function keyName(keys: ReadonlyArray<string | number>): string {
  let name = ''
  for (const [index, key] of keys.entries()) {
    if (typeof key === 'number') {
      if (keys[index - 2] !== 'rules') name += '[' + key + ']'
    } else {
      name += (name ? '.' : '') + key
    }
  }

  return name || 'the configuration'
}

/** Offset of the key (in a map) or item (in a list) at `keys`; the document start for none. */
function keyOffset(document: Document, keys: ReadonlyArray<string | number>): number {
  const last = keys.at(-1)
  const parent = (keys.length > 1 ? document.getIn(keys.slice(0, -1), true) : document.contents) as YamlNode | null | undefined
  if (last !== undefined && isMap(parent)) {
    const pair = parent.items.find((item) => isScalar(item.key) && String(item.key.value) === String(last))
    const node = pair?.key as YamlNode | undefined
    if (node?.range) return node.range[0]
  }

  if (typeof last === 'number' && isSeq(parent)) {
    const node = parent.items[last] as YamlNode | undefined
    if (node?.range) return node.range[0]
  }

  return parent?.range?.[0] ?? 0
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  return line + ':' + (offset - before.lastIndexOf('\n'))
}

function list(values: ReadonlyArray<unknown>, conjunction: string): string {
  const shown = values.map((value) => JSON.stringify(value))
  return shown.length < 2 ? (shown[0] ?? '') : shown.slice(0, -1).join(', ') + ' ' + conjunction + ' ' + shown.at(-1)
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value)
  return text.length > 60 ? text.slice(0, 57) + '…' : text
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Whether `path` is a readable regular file (following links). */
export function isFile(path: string): boolean {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}

function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1
  } catch {
    return false
  }
}

/** `path` relative to `cwd` when inside it, else as given. */
export function display(path: string, cwd: string): string {
  const relativePath = relative(cwd, path)
  return relativePath && !relativePath.startsWith('..') && !isAbsolute(relativePath) ? relativePath : path
}
