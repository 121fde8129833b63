import {sep} from 'node:path'
import {createTwoFilesPatch, FILE_HEADERS_ONLY} from 'diff'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {LintOptions} from '../config/resolve.js'
import {createLinter, type Linter} from '../engine/lint.js'
import {fixUntilStable} from '../fix.js'
import {fingerprint} from './baseline.js'
import {batchChecks, type BatchCheck} from './batch.js'
import {readTextFile, UnreadableFileError, writeTextFileAtomic, type TextFile} from './files.js'
import {matchesType} from './flags.js'
import {toWire, type WireMessage} from './wire.js'

/** One file to lint: plain data, so it can go to a worker thread. */
export interface LintTask {
  /** Position in the batch; results are reported in this order. */
  readonly index: number
  /** As reported. */
  readonly path: string
  /** For the file system; absent for stdin. */
  readonly absolute?: string | undefined
  /** The text, for stdin. */
  readonly value?: string | undefined
  /** Why there is nothing to read (a glob without matches). */
  readonly problem?: string | undefined
  readonly options: LintOptions
  readonly fix: 'dry-run' | 'none' | 'write'
  readonly fixTypes?: ReadonlyArray<string> | undefined
  /** Largest file read, in MB. */
  readonly maxFileSize?: number | undefined
}

/** What linting one file gives: plain data. */
export interface TaskResult {
  readonly index: number
  readonly path: string
  readonly messages: ReadonlyArray<WireMessage>
  /** The file could not be read. */
  readonly unreadable: boolean
  /** `--fix` wrote the file. */
  readonly written: boolean
  /** `--fix-dry-run`: the fixes as a unified diff. */
  readonly diff?: string | undefined
  /** What each batch check kept, by check id. */
  readonly batch?: Readonly<Record<string, unknown>> | undefined
}

/**
 * Make the per-file step: read, fix (`--fix`, `--fix-dry-run`), lint what
 * is left, fingerprint, collect for batch checks. Linters are built once
 * per distinct configuration and kept, so data loads once per thread.
 */
export function createTaskRunner(checks: ReadonlyArray<BatchCheck> = batchChecks): (task: LintTask) => Promise<TaskResult> {
  const linters = new Map<string, Linter>()

  return async function (task) {
    const key = JSON.stringify(task.options)
    let linter = linters.get(key)
    if (!linter) {
      linter = createLinter(task.options)
      linters.set(key, linter)
    }

    let text: TextFile
    try {
      if (task.problem !== undefined) throw new UnreadableFileError(task.problem)
      text = task.value === undefined ? await readTextFile(task.absolute ?? task.path, task.maxFileSize) : {path: task.path, value: task.value, encoding: 'utf8'}
    } catch (error) {
      if (!(error instanceof UnreadableFileError)) throw error
      const file = new VFile({path: task.path})
      const message = file.message(error.message, {ruleId: 'read-error', source: 'mtlint'})
      message.fatal = true
      return {index: task.index, path: task.path, messages: file.messages.map(toWire), unreadable: true, written: false}
    }

    let value = text.value
    let written = false
    let diff: string | undefined
    if (task.fix !== 'none') {
      const types = task.fixTypes
      const filter = types ? (message: VFileMessage) => message.category !== undefined && types.some((type) => matchesType(message.category!, type)) : undefined
      // The language is decided once, on the first pass, as `fix()` does: re-detected on
      // every pass it can flip with the fixes themselves and the passes never settle.
      let lang: string | undefined
      let langSource: 'detected' | 'option' | undefined
      const lint = async function (next: string) {
        const linted = await linter.lint(new VFile({path: task.path, value: next}), lang === undefined ? {} : {lang, langSource})
        lang ??= linted.data.lang
        langSource ??= linted.data.langSource === 'detected' ? 'detected' : 'option'
        return linted.messages
      }
      const result = await fixUntilStable(value, lint, filter ? {filter} : {})
      if (result.value !== value) {
        if (task.fix === 'write') {
          await writeTextFileAtomic(text, result.value)
          written = true
        } else {
          diff = unifiedDiff(task.path, value, result.value)
        }

        value = result.value
      }
    }

    const file = await linter.lint(new VFile({path: task.path, value}))
    for (const message of file.messages) message.fingerprint = fingerprint(message, value)
    let batch: Record<string, unknown> | undefined
    for (const check of checks) {
      const data = check.collect(file, task.options)
      if (data !== undefined) (batch ??= {})[check.id] = data
    }

    return {index: task.index, path: task.path, messages: file.messages.map(toWire), unreadable: false, written, diff, batch}
  }
}

/** A unified diff of one file, applicable with `patch -p0` or `git apply -p0`. */
function unifiedDiff(path: string, before: string, after: string): string {
  const name = path.split(sep).join('/')
  return createTwoFilesPatch(name, name, before, after, undefined, undefined, {headerOptions: FILE_HEADERS_ONLY}) ?? ''
}
