import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

/** One message in `--format json` output: a documented, stable contract. */
export interface JsonMessage {
  readonly ruleId: string | null
  readonly severity: 'error' | 'info' | 'warning'
  readonly message: string
  /** 1-based, UTF-16 code units. */
  readonly line: number
  readonly column: number
  /** Exclusive end. */
  readonly endLine: number
  readonly endColumn: number
  /** 0-based UTF-16 offsets; `text.slice(offset, endOffset) === actual`. */
  readonly offset: number
  readonly endOffset: number
  readonly actual: string | null
  /** Replacements, best first; `['']` deletes. */
  readonly expected: Array<string>
  /** MQM category. */
  readonly category: string | null
  readonly url: string | null
}

/** One file in `--format json` output. */
export interface JsonFile {
  readonly path: string
  readonly messages: Array<JsonMessage>
}

/** Severity word of a vfile message. */
export function severityOf(message: VFileMessage): JsonMessage['severity'] {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

/** Convert one message to the JSON contract. */
export function toJsonMessage(message: VFileMessage): JsonMessage {
  const place = message.place
  const start = place && 'start' in place ? place.start : place
  const end = place && 'end' in place ? place.end : start
  return {
    ruleId: message.ruleId ?? null,
    severity: severityOf(message),
    message: message.reason,
    line: start?.line ?? 1,
    column: start?.column ?? 1,
    endLine: end?.line ?? start?.line ?? 1,
    endColumn: end?.column ?? start?.column ?? 1,
    offset: start?.offset ?? 0,
    endOffset: end?.offset ?? start?.offset ?? 0,
    actual: message.actual ?? null,
    expected: message.expected ?? [],
    category: message.category ?? null,
    url: message.url ?? null
  }
}

/**
 * `--format json`, one file at a time: the same text as `reportJson` on
 * the whole batch, so a run of 10,000 files holds none of them.
 */
export function jsonReporter(): {head(): string; file(file: VFile): string; tail(): string} {
  let count = 0
  return {
    head() {
      return '['
    },
    file(file) {
      const entry: JsonFile = {path: file.path, messages: file.messages.map(toJsonMessage)}
      const text = JSON.stringify(entry, undefined, 2).replace(/\n/g, '\n  ')
      return (count++ === 0 ? '\n  ' : ',\n  ') + text
    },
    tail() {
      return count === 0 ? ']\n' : '\n]\n'
    }
  }
}

/** `--format json`: `[{path, messages: [...]}]`, one entry per file. */
export function reportJson(files: ReadonlyArray<VFile>): string {
  const result: Array<JsonFile> = files.map(function (file) {
    return {path: file.path, messages: file.messages.map(toJsonMessage)}
  })
  return JSON.stringify(result, undefined, 2) + '\n'
}
