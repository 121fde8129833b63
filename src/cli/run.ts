import {statSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {resolve} from 'node:path'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {ConfigError, createConfigLoader, display, type ConfigLoader} from '../config/load.js'
import type {LintOptions} from '../config/resolve.js'
import {BaselineMatcher, BaselineWriter, baselineKey, readBaseline} from './baseline.js'
import {batchChecks as registeredChecks, type BatchCheck} from './batch.js'
import {helpText, parseFlags} from './flags.js'
import {createIgnoreRules} from './ignore.js'
import {expandInputs} from './inputs.js'
import {createTaskRunner, type LintTask, type TaskResult} from './lint-file.js'
import {createReporter, createSink, type Sink} from './output.js'
import {runPool} from './pool.js'
import {createProgress} from './progress.js'
import {packageVersion} from './version.js'
import {fromWire} from './wire.js'

/** Where the CLI reads and writes: the process’s streams, or test doubles. */
export interface CliIo {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  readonly readStdin: () => Promise<string>
  readonly cwd: string
  /** Whether stderr is a terminal (a progress line is drawn for long batches). */
  readonly stderrIsTTY?: boolean | undefined
  /** Terminal width, for the progress line. */
  readonly columns?: number | undefined
}

/** Options for running in process (tests). */
export interface RunOptions {
  /** Batch checks to run instead of the registered ones (concurrency 1 only: workers use the registry). */
  readonly batchChecks?: ReadonlyArray<BatchCheck> | undefined
}

/**
 * Run the CLI with `argv` (without `node` and the script) and return the
 * exit code: 0 clean, 1 errors (or more warnings than `--max-warnings`), 2
 * usage, configuration, unreadable files or internal errors. Never throws
 * for user mistakes: they are reported on stderr.
 */
export async function runCli(argv: ReadonlyArray<string>, io: CliIo, runOptions: RunOptions = {}): Promise<number> {
  const parsed = parseFlags(argv, availableParallelism())
  if ('error' in parsed) {
    io.stderr('mtlint: ' + parsed.error + '\nRun `mtlint --help` for the options.\n')
    return 2
  }

  if ('help' in parsed) {
    io.stdout(helpText())
    return 0
  }

  if ('version' in parsed) {
    io.stdout(packageVersion() + '\n')
    return 0
  }

  const settings = parsed.settings
  const cwd = io.cwd
  let loader: ConfigLoader
  try {
    loader = createConfigLoader({cwd, configFile: settings.config})
    if (settings.printConfig !== undefined) {
      const target = resolve(cwd, settings.printConfig)
      io.stdout(JSON.stringify({...(isFolder(target) ? loader.forDirectory(target) : loader.forFile(target)), ...settings.overrides}, undefined, 2) + '\n')
      return 0
    }
  } catch (error) {
    return failWith(error)
  }

  const tasks: Array<LintTask> = []
  const problems = new Set<string>()
  const optionsByConfig = new Map<LintOptions, LintOptions>()
  try {
    const task = {fix: settings.fix, fixTypes: settings.fixTypes, maxFileSize: settings.maxFileSize}
    if (settings.stdin) {
      const path = settings.stdinFilename ?? '<stdin>'
      const options = optionsFor(() => (settings.stdinFilename === undefined ? loader.forDirectory(cwd) : loader.forFile(resolve(cwd, settings.stdinFilename))))
      tasks.push({...task, index: 0, path, value: await io.readStdin(), options})
    } else {
      const ignore = createIgnoreRules({cwd, ignorePath: settings.ignorePath, enabled: settings.ignore})
      const inputs = expandInputs(settings.inputs, {
        cwd,
        ignore,
        onIgnored(path, ignoreFile) {
          io.stderr('mtlint: Skipped `' + path + '`, ignored by `' + display(ignoreFile, cwd) + '`; use `--no-ignore` to lint it\n')
        }
      })
      for (const input of inputs) {
        tasks.push({...task, index: tasks.length, path: input.path, absolute: input.absolute, problem: input.problem, options: optionsFor(() => loader.forFile(input.absolute))})
      }
    }
  } catch (error) {
    return failWith(error)
  }

  if (problems.size > 0) {
    io.stderr([...problems].join('\n') + '\n')
    return 2
  }

  let matcher: BaselineMatcher | undefined
  try {
    if (settings.baseline !== undefined) matcher = new BaselineMatcher(readBaseline(resolve(cwd, settings.baseline)))
  } catch (error) {
    return failWith(error)
  }

  const writer = settings.baselineWrite === undefined ? undefined : new BaselineWriter()
  const checks = runOptions.batchChecks ?? registeredChecks
  const collected = new Map<string, Array<{path: string; data: unknown}>>()
  // `--fix-dry-run` prints the diff on stdout; the report then goes only to `--output-file`.
  const reportWanted = settings.fix !== 'dry-run' || settings.outputFile !== undefined
  const reporter = createReporter(settings.format, {cwd, quiet: settings.quiet})
  const progress = createProgress({enabled: io.stderrIsTTY === true, total: tasks.length, columns: io.columns ?? 80, write: io.stderr})
  let sink: Sink | undefined
  try {
    sink = reportWanted ? createSink({cwd, outputFile: settings.outputFile, stdout: io.stdout}) : undefined
  } catch (error) {
    return failWith(error)
  }

  const totals = {errors: 0, warnings: 0, unreadable: 0}
  /** Baseline keys of the files linted, so that only their recorded findings can be “no longer found”. */
  const linted = new Set<string>()
  let internal: unknown

  function print(text: string): undefined {
    if (!text) return undefined
    progress.clear()
    sink?.write(text)
    return undefined
  }

  function report(file: VFile, unreadable: boolean): undefined {
    const key = settings.baseline ?? settings.baselineWrite
    if (!unreadable && key !== undefined) {
      const baselinePath = baselineKey(file.path, cwd, key)
      linted.add(baselinePath)
      if (matcher) file.messages = matcher.newMessages(baselinePath, file.messages)
      writer?.add(baselinePath, file.messages)
    }

    if (unreadable) totals.unreadable++
    for (const message of file.messages) {
      if (message.fatal === true && !unreadable) totals.errors++
      else if (message.fatal === false) totals.warnings++
    }

    if (settings.quiet) file.messages = file.messages.filter((message: VFileMessage) => message.fatal === true)
    print(reporter.file(file))
    return undefined
  }

  print(reporter.head())
  try {
    await runPool(tasks, {
      concurrency: settings.concurrency,
      run: createTaskRunner(checks),
      onResult(result: TaskResult) {
        progress.tick(result.path)
        if (result.diff) {
          progress.clear()
          io.stdout(result.diff)
        }

        const file = fromWire(result.path, result.messages)
        if (result.written) file.stored = true
        for (const [id, data] of Object.entries(result.batch ?? {})) {
          const list = collected.get(id) ?? []
          list.push({path: result.path, data})
          collected.set(id, list)
        }

        report(file, result.unreadable)
        return undefined
      }
    })

    for (const check of checks) {
      for (const file of check.finish(collected.get(check.id) ?? [])) report(file, false)
    }
  } catch (error) {
    internal = error
  }

  print(reporter.tail())
  progress.clear()
  sink?.close()

  if (internal !== undefined) {
    io.stderr('mtlint: internal error: ' + String((internal as Error)?.stack ?? internal) + '\n')
    return 2
  }

  if (matcher) {
    const fixed = matcher.fixed(linted)
    if (fixed.length > 0) {
      io.stderr(
        'mtlint: ' + fixed.length + (fixed.length === 1 ? ' finding' : ' findings') + ' in the baseline no longer found; run `--baseline-write` to drop them:\n' +
          fixed.map(({path, entry}) => '  ' + path + ' (line ' + entry.line + ') ' + entry.ruleId + ' `' + entry.actual + '`\n').join('')
      )
    }
  }

  if (writer && settings.baselineWrite !== undefined) {
    try {
      await writer.write(resolve(cwd, settings.baselineWrite))
    } catch (error) {
      return failWith(error)
    }

    io.stderr('mtlint: Wrote ' + writer.size + (writer.size === 1 ? ' finding' : ' findings') + ' to `' + settings.baselineWrite + '`\n')
  }

  if (totals.unreadable > 0) return 2
  if (writer) return 0
  if (totals.errors > 0) return 1
  if (settings.maxWarnings !== undefined && totals.warnings > settings.maxWarnings) {
    io.stderr('mtlint: Unexpected ' + totals.warnings + ' warnings, expected at most ' + settings.maxWarnings + ' (`--max-warnings`)\n')
    return 1
  }

  return 0

  /** The configuration `find` returns, with the command line’s settings on top (one object per configuration). */
  function optionsFor(find: () => LintOptions): LintOptions {
    try {
      const found = find()
      let options = optionsByConfig.get(found)
      if (!options) {
        options = {...found, ...settings.overrides}
        optionsByConfig.set(found, options)
      }

      return options
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error
      for (const problem of error.problems) problems.add(problem)
      return settings.overrides
    }
  }

  function failWith(error: unknown): number {
    if (error instanceof ConfigError) io.stderr(error.problems.join('\n') + '\n')
    else if (error instanceof TypeError || (error as NodeJS.ErrnoException)?.code) io.stderr('mtlint: ' + (error as Error).message + '\n')
    else io.stderr('mtlint: internal error: ' + String((error as Error)?.stack ?? error) + '\n')
    return 2
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}
