import {parseArgs} from 'node:util'
import type {LintOptions, Preset} from '../config/resolve.js'
import type {Category} from '../rule.js'
import {defaultMaxFileSize} from './files.js'

/** One command-line flag: the table the parser, the help text and the README are made from. */
export interface Flag {
  readonly name: string
  readonly short?: string
  /** Placeholder for the value; absent for switches. */
  readonly value?: string
  readonly description: string
}

/** Every flag, in the order `--help` lists them. */
export const flags: ReadonlyArray<Flag> = [
  {name: 'config', value: 'FILE', description: 'use this configuration file instead of looking for `.mtlintrc*` files'},
  {name: 'lang', value: 'TAG', description: 'language of the text (BCP 47); overrides configuration; detected when absent'},
  {name: 'source-lang', value: 'TAG', description: 'language the text was translated from'},
  {name: 'preset', value: 'NAME', description: '`recommended` (default) or `strict`; overrides configuration'},
  {name: 'format', short: 'f', value: 'NAME', description: '`stylish` (default), `json`, `sarif`, `github` or `junit`'},
  {name: 'output-file', short: 'o', value: 'FILE', description: 'write the report to FILE instead of stdout'},
  {name: 'quiet', short: 'q', description: 'report errors only (warnings still count for `--max-warnings`)'},
  {name: 'max-warnings', value: 'N', description: 'exit 1 when there are more than N warnings'},
  {name: 'fix', description: 'write safe fixes to the files, then report what is left'},
  {name: 'fix-dry-run', description: 'print the safe fixes as a unified diff instead of writing them'},
  {name: 'fix-type', value: 'TYPES', description: 'fix only these categories, comma-separated: `accuracy`, `fluency`, `locale`, `style`, `terminology`, `verity` or a full one such as `fluency/punctuation`'},
  {name: 'baseline', value: 'FILE', description: 'report only findings that are not in this baseline, and list the ones fixed since'},
  {name: 'baseline-write', value: 'FILE', description: 'record every finding in FILE as the baseline, and exit 0'},
  {name: 'concurrency', value: 'N', description: 'lint on N worker threads (`auto`: one per CPU; default 1)'},
  {name: 'stdin-filename', value: 'PATH', description: 'lint stdin as if it were PATH (format, configuration)'},
  {name: 'max-file-size', value: 'MB', description: 'refuse files larger than this many megabytes (default 5)'},
  {name: 'ignore-path', value: 'FILE', description: 'use this ignore file instead of `.mtlintignore` files'},
  {name: 'no-ignore', description: 'lint files that ignore files leave out'},
  {name: 'print-config', value: 'PATH', description: 'print the settings that apply to PATH, then exit'},
  {name: 'help', short: 'h', description: 'show this help'},
  {name: 'version', short: 'v', description: 'show the version'}
]

/** Report formats. */
export const formatNames = ['stylish', 'json', 'sarif', 'github', 'junit'] as const
export type FormatName = (typeof formatNames)[number]

/** Every MQM category a rule may report; `--fix-type` matches these or their first part. */
export const categories = [
  'Accuracy/Mistranslation',
  'Accuracy/Untranslated',
  'Fluency/Grammar',
  'Fluency/Punctuation',
  'Fluency/Spelling',
  'Locale convention',
  'Style/Unidiomatic',
  'Terminology/Inconsistent',
  'Terminology/Wrong term',
  'Verity/Extraneous'
] as const satisfies ReadonlyArray<Category>
// Fails to compile when `Category` gains a member this list lacks.
const everyCategory: Exclude<Category, (typeof categories)[number]> extends never ? true : false = true

/** What the command line asks for, checked. */
export interface Settings {
  /** Files, folders and globs; empty with `stdin`. */
  readonly inputs: ReadonlyArray<string>
  readonly stdin: boolean
  readonly stdinFilename: string | undefined
  readonly config: string | undefined
  /** Flags that override configuration. */
  readonly overrides: Pick<LintOptions, 'lang' | 'preset' | 'sourceLang'>
  readonly format: FormatName
  readonly outputFile: string | undefined
  readonly quiet: boolean
  readonly maxWarnings: number | undefined
  readonly fix: 'dry-run' | 'none' | 'write'
  /** Lower-case categories or category prefixes to fix; all when absent. */
  readonly fixTypes: ReadonlyArray<string> | undefined
  readonly baseline: string | undefined
  readonly baselineWrite: string | undefined
  readonly concurrency: number
  /** Largest file read, in MB. */
  readonly maxFileSize: number
  readonly ignorePath: string | undefined
  readonly ignore: boolean
  readonly printConfig: string | undefined
}

/** What parsing the command line gives. */
export type Parsed = {readonly help: true} | {readonly version: true} | {readonly error: string} | {readonly settings: Settings}

/** Parse and check `argv` (without `node` and the script). */
export function parseFlags(argv: ReadonlyArray<string>, cpus: number): Parsed {
  let values: Record<string, string | boolean | undefined>
  let positionals: Array<string>
  try {
    let parsed
    ;({values: parsed, positionals} = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: Object.fromEntries(
        flags.map((flag) => [flag.name, {type: flag.value ? 'string' : 'boolean', ...(flag.short ? {short: flag.short} : {})}])
      ) as Record<string, {type: 'boolean' | 'string'; short?: string}>
    }))
    values = parsed as Record<string, string | boolean | undefined>
  } catch (error) {
    return {error: (error as Error).message}
  }

  if (values['help']) return {help: true}
  if (values['version']) return {version: true}

  const string = (name: string): string | undefined => values[name] as string | undefined
  const format = (string('format') ?? 'stylish') as FormatName
  if (!formatNames.includes(format)) {
    return {error: 'Unexpected format `' + string('format') + '`, expected `json` or `stylish`, or one for CI: `github`, `junit` or `sarif`'}
  }

  for (const [flag, tag] of [['--lang', string('lang')], ['--source-lang', string('source-lang')]] as const) {
    if (tag !== undefined && !isLanguageTag(tag)) {
      return {error: 'Unexpected value `' + tag + '` for `' + flag + '`, expected a BCP 47 language tag such as `en` or `de-AT`'}
    }
  }

  const preset = string('preset')
  if (preset !== undefined && preset !== 'recommended' && preset !== 'strict') {
    return {error: 'Unexpected value `' + preset + '` for `--preset`, expected `recommended` or `strict`'}
  }

  const maxWarnings = string('max-warnings')
  if (maxWarnings !== undefined && !/^\d+$/.test(maxWarnings)) {
    return {error: 'Unexpected value `' + maxWarnings + '` for `--max-warnings`, expected a whole number such as `0`'}
  }

  const concurrency = string('concurrency') ?? '1'
  if (concurrency !== 'auto' && !/^[1-9]\d*$/.test(concurrency)) {
    return {error: 'Unexpected value `' + concurrency + '` for `--concurrency`, expected a number of threads such as `2`, or `auto`'}
  }

  const maxFileSize = string('max-file-size')
  if (maxFileSize !== undefined && !(/^\d+(?:\.\d+)?$/.test(maxFileSize) && Number(maxFileSize) > 0)) {
    return {error: 'Unexpected value `' + maxFileSize + '` for `--max-file-size`, expected a number of megabytes such as `20`'}
  }

  const stdin = positionals.length === 0 && string('print-config') === undefined
  if (values['fix'] && values['fix-dry-run']) {
    return {error: 'Unexpected `--fix` with `--fix-dry-run`, expected one of them'}
  }

  if (values['fix'] && stdin) {
    return {error: '`--fix` does not work with stdin; use `--fix-dry-run` to see the fixes as a diff, or name the files to fix'}
  }

  const fixType = string('fix-type')
  if (fixType !== undefined && !values['fix'] && !values['fix-dry-run']) {
    return {error: '`--fix-type` needs `--fix` or `--fix-dry-run`'}
  }

  const fixTypes = fixType?.split(',').map((type) => type.trim().toLowerCase()).filter(Boolean)
  for (const type of fixTypes ?? []) {
    if (!categories.some((category) => matchesType(category, type))) {
      return {error: 'Unexpected value `' + type + '` for `--fix-type`, expected `accuracy`, `fluency`, `locale`, `style`, `terminology`, `verity` or a category such as `fluency/punctuation`'}
    }
  }

  if (string('baseline') !== undefined && string('baseline-write') !== undefined) {
    return {error: 'Unexpected `--baseline` with `--baseline-write`, expected one of them'}
  }

  if (string('stdin-filename') !== undefined && !stdin) {
    return {error: 'Unexpected files with `--stdin-filename`, expected stdin only'}
  }

  return {
    settings: {
      inputs: positionals,
      stdin,
      stdinFilename: string('stdin-filename'),
      config: string('config'),
      overrides: withoutUndefined({lang: string('lang'), sourceLang: string('source-lang'), preset: preset as Preset | undefined}),
      format,
      outputFile: string('output-file'),
      quiet: values['quiet'] === true,
      maxWarnings: maxWarnings === undefined ? undefined : Number(maxWarnings),
      fix: values['fix'] ? 'write' : values['fix-dry-run'] ? 'dry-run' : 'none',
      fixTypes,
      baseline: string('baseline'),
      baselineWrite: string('baseline-write'),
      concurrency: concurrency === 'auto' ? Math.max(1, cpus) : Number(concurrency),
      maxFileSize: maxFileSize === undefined ? defaultMaxFileSize : Number(maxFileSize),
      ignorePath: string('ignore-path'),
      ignore: values['no-ignore'] !== true,
      printConfig: string('print-config')
    }
  }
}

/** Whether `--fix-type` entry `type` (lower case) selects messages of `category`. */
export function matchesType(category: string, type: string): boolean {
  const name = category.toLowerCase()
  return name === type || name.split('/')[0] === type || name.split(' ')[0] === type
}

/** `--help`, generated from the flag table. */
export function helpText(): string {
  const rows = flags.map((flag) => [(flag.short ? '-' + flag.short + ', ' : '    ') + '--' + flag.name + (flag.value ? ' ' + flag.value : ''), flag.description.replace(/`/g, '')] as const)
  const width = Math.max(...rows.map(([left]) => left.length))
  return (
    'Usage: mtlint [options] [file, folder or glob ...]\n\n' +
    'Lint machine-translated text. Reads stdin when no file is named.\n\n' +
    'Options:\n' +
    rows.map(([left, right]) => '  ' + left.padEnd(width) + '  ' + right).join('\n') +
    '\n\nExit codes: 0 clean; 1 errors, or more warnings than --max-warnings;\n2 usage, configuration, unreadable files or internal errors.\n'
  )
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as T
}

function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1
  } catch {
    return false
  }
}

void everyCategory
