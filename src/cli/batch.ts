import type {VFile} from 'vfile'
import type {LintOptions} from '../config/resolve.js'
import {nameConsistencyAcrossFiles} from '../names/batch.js'

/**
 * A check over a whole batch, run as a reduce step after the per-file pass:
 * for example, one name spelled two ways across the files of a run.
 *
 * `collect` runs once per linted file, on the thread that linted it (a
 * worker with `--concurrency` above 1), after fixes, and returns what the
 * check keeps from that file: plain data that survives `structuredClone`,
 * kept small, since the CLI holds it for every file until the end.
 * `finish` runs once on the main thread with everything collected and
 * returns files whose messages are added to the report: they go through
 * `--quiet`, baselines and exit codes like any other, and are reported
 * after the per-file results, as extra entries for their paths.
 */
export interface BatchCheck<Data = unknown> {
  /** The rule id its messages carry. */
  readonly id: string
  /** What to keep from one linted file (its text is `String(file)`); `undefined` keeps nothing. */
  collect(file: VFile, options: LintOptions): Data | undefined
  /** Messages to add, in files named by path (as reported). */
  finish(collected: ReadonlyArray<{readonly path: string; readonly data: Data}>): ReadonlyArray<VFile>
}

/**
 * The checks the CLI runs after every batch. Register a check here; workers
 * import this module too, so a check is known on every thread.
 */
export const batchChecks: ReadonlyArray<BatchCheck> = [nameConsistencyAcrossFiles as BatchCheck]
