import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'
import {rename, unlink, writeFile} from 'node:fs/promises'
import {dirname, relative, resolve, sep} from 'node:path'
import type {VFileMessage} from 'vfile-message'

/** One recorded finding. `fingerprint` decides; the rest is for people reading the file. */
export interface BaselineEntry {
  readonly ruleId: string
  readonly fingerprint: string
  readonly actual: string
  /** Line when recorded; not used for matching. */
  readonly line: number
}

/** The `--baseline-write` file: findings per path (relative to the baseline file, `/`-separated). */
export interface BaselineData {
  readonly version: 1
  readonly files: Readonly<Record<string, ReadonlyArray<BaselineEntry>>>
}

/** Characters of context on each side of a finding, within its line. */
const contextLength = 24

/**
 * A finding’s identity that survives edits elsewhere in the file: its rule,
 * the flagged text and up to 24 characters on each side within the same
 * line (white space collapsed). Line and column are left out, so text added
 * above a finding does not change it; an edit next to it does.
 */
export function fingerprint(message: VFileMessage, text: string): string | undefined {
  const place = message.place
  if (!message.ruleId || message.ruleId === 'read-error') return undefined
  const start = place && 'start' in place ? place.start.offset : undefined
  const end = place && 'end' in place ? place.end.offset : undefined
  const parts = [message.ruleId]
  if (start === undefined || end === undefined) {
    parts.push(message.reason)
  } else {
    const lineStart = Math.max(text.lastIndexOf('\n', start - 1) + 1, start - contextLength)
    const lineEnd = text.indexOf('\n', end)
    const after = text.slice(end, Math.min(lineEnd < 0 ? text.length : lineEnd, end + contextLength))
    parts.push(text.slice(start, end), text.slice(lineStart, start), after)
  }

  const normal = parts.map((part) => part.replace(/\s+/g, ' '))
  return createHash('sha256').update(normal.join('\u0000')).digest('hex').slice(0, 20)
}

/** The key of a reported path in a baseline at `baselinePath`. */
export function baselineKey(path: string, cwd: string, baselinePath: string): string {
  if (path.startsWith('<')) return path
  return relative(dirname(resolve(cwd, baselinePath)), resolve(cwd, path)).split(sep).join('/')
}

/**
 * Read a baseline file.
 *
 * @throws {TypeError}
 *   When the file is missing or is not a baseline.
 */
export function readBaseline(path: string): BaselineData {
  let data: unknown
  try {
    data = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new TypeError('Cannot read baseline `' + path + '` (' + (code ?? (error as Error).message) + '); write one with `--baseline-write`', {cause: error})
  }

  const files = (data as BaselineData | undefined)?.files
  if ((data as BaselineData | undefined)?.version !== 1 || typeof files !== 'object' || files === null) {
    throw new TypeError('Unexpected content in baseline `' + path + '`, expected a file written by `--baseline-write`')
  }

  return data as BaselineData
}

/** Matches findings against a baseline, each recorded finding at most once. */
export class BaselineMatcher {
  readonly #left = new Map<string, Map<string, Array<BaselineEntry>>>()

  constructor(data: BaselineData) {
    for (const [path, entries] of Object.entries(data.files)) {
      const byFingerprint = new Map<string, Array<BaselineEntry>>()
      for (const entry of entries) {
        const list = byFingerprint.get(entry.fingerprint) ?? []
        list.push(entry)
        byFingerprint.set(entry.fingerprint, list)
      }

      this.#left.set(path, byFingerprint)
    }
  }

  /** The messages of `key` that are new: not recorded, or recorded fewer times. */
  newMessages(key: string, messages: ReadonlyArray<VFileMessage>): Array<VFileMessage> {
    const left = this.#left.get(key)
    return messages.filter(function (message) {
      const list = message.fingerprint ? left?.get(message.fingerprint) : undefined
      if (!list || list.length === 0) return true
      list.pop()
      return false
    })
  }

  /** Recorded findings that no longer occur in the `linted` paths. */
  fixed(linted: ReadonlySet<string>): Array<{readonly path: string; readonly entry: BaselineEntry}> {
    const result: Array<{path: string; entry: BaselineEntry}> = []
    for (const [path, byFingerprint] of this.#left) {
      if (!linted.has(path)) continue
      for (const list of byFingerprint.values()) {
        for (const entry of list) result.push({path, entry})
      }
    }

    return result.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.entry.line - b.entry.line))
  }
}

/** Collects findings for `--baseline-write`. */
export class BaselineWriter {
  readonly #files = new Map<string, Array<BaselineEntry>>()

  add(key: string, messages: ReadonlyArray<VFileMessage>): undefined {
    const entries = messages.flatMap(function (message): Array<BaselineEntry> {
      if (!message.fingerprint || !message.ruleId) return []
      const place = message.place
      const line = (place && 'start' in place ? place.start.line : place?.line) ?? 1
      return [{ruleId: message.ruleId, fingerprint: message.fingerprint, actual: message.actual ?? '', line}]
    })
    if (entries.length > 0) this.#files.set(key, [...(this.#files.get(key) ?? []), ...entries])
    return undefined
  }

  /** Number of findings recorded. */
  get size(): number {
    let count = 0
    for (const entries of this.#files.values()) count += entries.length
    return count
  }

  /** Write the baseline atomically, paths sorted. */
  async write(path: string): Promise<undefined> {
    const files = Object.fromEntries([...this.#files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    const data: BaselineData = {version: 1, files}
    const temporary = path + '.' + process.pid + '.tmp'
    try {
      await writeFile(temporary, JSON.stringify(data, undefined, 2) + '\n')
      await rename(temporary, path)
    } catch (error) {
      await unlink(temporary).catch(() => undefined)
      throw error
    }

    return undefined
  }
}
