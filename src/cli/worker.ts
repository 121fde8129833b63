/**
 * Worker thread entry for `--concurrency`: lints the tasks it is sent, one
 * linter per configuration for the life of the thread (so dictionaries
 * load once per worker), and posts plain results back.
 */

import {parentPort} from 'node:worker_threads'
import {createTaskRunner, type LintTask} from './lint-file.js'

/** What a worker posts for one task. */
export type WorkerReply = {readonly index: number; readonly result: import('./lint-file.js').TaskResult} | {readonly index: number; readonly error: string}

const run = createTaskRunner()
const port = parentPort

port?.on('message', function (task: LintTask) {
  run(task).then(
    (result) => port.postMessage({index: task.index, result} satisfies WorkerReply),
    (error: unknown) => port.postMessage({index: task.index, error: String((error as Error)?.stack ?? error)} satisfies WorkerReply)
  )
})
