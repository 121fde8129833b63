/** A progress line on a terminal: `mtlint: 120/2000 files · news/a.md`. */
export interface Progress {
  /** One more file done. */
  tick(path: string): undefined
  /** Take the line off the screen (before other output, and at the end). */
  clear(): undefined
}

/** Batches shorter than this finish before a progress line would help. */
export const progressThreshold = 20

/**
 * Make a progress line for `total` files, written with `write` (stderr),
 * redrawn at most every 100 ms. Off unless `enabled` (stderr is a
 * terminal) and the batch has at least `progressThreshold` files.
 */
export function createProgress(options: {
  readonly enabled: boolean
  readonly total: number
  readonly columns: number
  readonly write: (text: string) => void
  readonly now?: () => number
}): Progress {
  const now = options.now ?? Date.now
  let done = 0
  let shown = false
  let last = -Infinity

  if (!options.enabled || options.total < progressThreshold) {
    return {tick: () => undefined, clear: () => undefined}
  }

  return {
    tick(path) {
      done++
      const time = now()
      if (time - last < 100 && done < options.total) return undefined
      last = time
      const line = 'mtlint: ' + done + '/' + options.total + ' files · ' + path
      options.write('\r\u001B[2K' + line.slice(0, Math.max(options.columns - 1, 20)))
      shown = true
      return undefined
    },
    clear() {
      if (shown) options.write('\r\u001B[2K')
      shown = false
      last = -Infinity
      return undefined
    }
  }
}
