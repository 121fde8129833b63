import {parseArgs} from 'node:util'
import {VFile} from 'vfile'
import type {LintOptions} from '../config/resolve.js'
import {createLinter} from '../engine/lint.js'
import {fixUntilStable} from '../fix.js'
import {reportJson} from '../reporters/json.js'
import {reportStylish} from '../reporters/stylish.js'
import {readTextFile, UnreadableFileError, writeTextFileAtomic} from './files.js'

/** Where the CLI reads and writes: the process’s streams, or test doubles. */
export interface CliIo {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  readonly readStdin: () => Promise<string>
  readonly cwd: string
}

const formats = ['json', 'stylish'] as const

const usage = `Usage: mtlint [options] [file ...]

Lint machine-translated text. Reads stdin when no file is named.

Options:
  --lang <tag>         language of the text (BCP 47); detected when absent
  --source-lang <tag>  language the text was translated from
  --format <name>      stylish (default) or json
  --fix                apply safe fixes to the files, then report what is left
  --preset <name>      recommended (default) or strict
  -h, --help           show this help
  -v, --version        show the version

Exit codes: 0 no errors, 1 errors found, 2 usage or input errors.
`

/**
 * Run the CLI with `argv` (without `node` and the script) and return the
 * exit code. Never throws for user mistakes: they are reported on stderr
 * with exit code 2.
 */
export async function runCli(argv: ReadonlyArray<string>, io: CliIo): Promise<number> {
  let values
  let positionals
  try {
    ;({values, positionals} = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        lang: {type: 'string'},
        'source-lang': {type: 'string'},
        format: {type: 'string', default: 'stylish'},
        fix: {type: 'boolean', default: false},
        preset: {type: 'string'},
        help: {type: 'boolean', short: 'h', default: false},
        version: {type: 'boolean', short: 'v', default: false}
      }
    }))
  } catch (error) {
    io.stderr('mtlint: ' + (error as Error).message + '\n\n' + usage)
    return 2
  }

  if (values.help) {
    io.stdout(usage)
    return 0
  }

  if (values.version) {
    io.stdout('0.1.0\n')
    return 0
  }

  const format = values.format as (typeof formats)[number]
  if (!formats.includes(format)) {
    io.stderr('mtlint: Unexpected format `' + values.format + '`, expected `json` or `stylish`\n')
    return 2
  }

  if (values.fix && positionals.length === 0) {
    io.stderr('mtlint: `--fix` does not work with stdin; name the files to fix\n')
    return 2
  }

  for (const [flag, tag] of [['--lang', values.lang], ['--source-lang', values['source-lang']]] as const) {
    if (tag !== undefined && !isLanguageTag(tag)) {
      io.stderr('mtlint: Unexpected value `' + tag + '` for `' + flag + '`, expected a BCP 47 language tag such as `en` or `de-AT`\n')
      return 2
    }
  }

  const options: LintOptions = {
    lang: values.lang,
    sourceLang: values['source-lang'],
    preset: values.preset as LintOptions['preset']
  }

  let linter
  try {
    linter = createLinter(options)
  } catch (error) {
    io.stderr('mtlint: ' + (error as Error).message + '\n')
    return 2
  }

  const files: Array<VFile> = []
  let failed = false

  if (positionals.length === 0) {
    files.push(await linter.lint(new VFile({path: '<stdin>', value: await io.readStdin()})))
  }

  for (const path of positionals) {
    let text
    try {
      text = await readTextFile(path)
    } catch (error) {
      if (!(error instanceof UnreadableFileError)) throw error
      const file = new VFile({path})
      const message = file.message(error.message, {ruleId: 'read-error', source: 'mtlint'})
      message.fatal = true
      files.push(file)
      failed = true
      continue
    }

    let value = text.value
    if (values.fix) {
      const result = await fixUntilStable(value, async (next) => (await linter.lint(new VFile({path, value: next}))).messages)
      if (result.value !== value) {
        await writeTextFileAtomic(text, result.value)
        value = result.value
      }
    }

    files.push(await linter.lint(new VFile({path, value})))
  }

  io.stdout(format === 'json' ? reportJson(files) : reportStylish(files))
  if (failed) return 2
  return files.some((file) => file.messages.some((message) => message.fatal === true)) ? 1 : 0
}

function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1
  } catch {
    return false
  }
}
