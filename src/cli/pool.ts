import {Worker} from 'node:worker_threads'
import type {LintTask, TaskResult} from './lint-file.js'
import type {WorkerReply} from './worker.js'

/** How a batch runs. */
export interface PoolOptions {
  /** Worker threads; 1 runs on the main thread. */
  readonly concurrency: number
  /** The per-file step on the main thread (concurrency 1). */
  readonly run: (task: LintTask) => Promise<TaskResult>
  /** Called with each result, in task order, as soon as it and all before it are done. */
  readonly onResult: (result: TaskResult) => undefined
}

/** Tasks each worker holds at once, so it never waits for the next. */
const perWorker = 2
/** How far results may run ahead of the oldest unfinished one, per worker: bounds what is held back. */
const window = 32

/**
 * Run `tasks` and hand over results in order. With concurrency above 1,
 * files are linted on worker threads (`./worker.ts`); results that finish
 * early wait, at most `window` per worker, for the ones before them, so
 * memory stays bounded on any batch size.
 */
export async function runPool(tasks: ReadonlyArray<LintTask>, options: PoolOptions): Promise<undefined> {
  const count = Math.min(options.concurrency, tasks.length)
  if (count <= 1) {
    for (const task of tasks) options.onResult(await options.run(task))
    return undefined
  }

  const workers = Array.from({length: count}, startWorker)
  const busy = new Map<Worker, number>(workers.map((worker) => [worker, 0]))
  const done = new Map<number, TaskResult>()
  let next = 0
  let delivered = 0

  try {
    await new Promise<undefined>(function (resolve, reject) {
      for (const worker of workers) {
        worker.on('error', reject)
        worker.on('exit', (code) => {
          if (delivered < tasks.length) reject(new Error('Worker stopped with exit code ' + code))
        })
        worker.on('message', function (reply: WorkerReply) {
          if ('error' in reply) {
            reject(new Error('Cannot lint `' + (tasks[reply.index]?.path ?? '?') + '`: ' + reply.error))
            return
          }

          busy.set(worker, (busy.get(worker) ?? 1) - 1)
          done.set(reply.index, reply.result)
          let result
          while ((result = done.get(delivered))) {
            done.delete(delivered)
            delivered++
            try {
              options.onResult(result)
            } catch (error) {
              reject(error)
              return
            }
          }

          if (delivered === tasks.length) resolve(undefined)
          else dispatch()
        })
      }

      dispatch()
    })
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()))
  }

  return undefined

  function dispatch(): undefined {
    for (const worker of workers) {
      while ((busy.get(worker) ?? 0) < perWorker && next < tasks.length && next - delivered < window * count) {
        worker.postMessage(tasks[next++])
        busy.set(worker, (busy.get(worker) ?? 0) + 1)
      }
    }

    return undefined
  }
}

/** A worker running `./worker.js`, or `./worker.ts` when this module runs from source under tsx. */
function startWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('worker.js', import.meta.url))
  // Node 20 workers ignore `--import tsx`: register it inside the worker (tests run the sources).
  const url = new URL('worker.ts', import.meta.url).href
  return new Worker('import("tsx/esm/api").then((api) => { api.register(); return import(' + JSON.stringify(url) + ') })', {eval: true})
}
