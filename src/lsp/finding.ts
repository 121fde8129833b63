/**
 * A lint message as the server keeps it: plain data with offsets only, so
 * it can be moved when text before it changes (`./incremental.ts`) and
 * turned into a diagnostic or a code action for any version of the text.
 */

import type {VFileMessage} from 'vfile-message'
import {compareIds} from '../engine/lint.js'

/** Severity as the CLI’s JSON output names it. */
export type Level = 'error' | 'info' | 'warning'

/** Another place a finding points at: the other spellings of a name. */
export interface Related {
  readonly text: string
  readonly start: number
  readonly end: number
}

/** One finding with offsets into the text it was made for. */
export interface Finding {
  readonly ruleId: string
  readonly reason: string
  readonly level: Level
  /** UTF-16 offsets, end exclusive. */
  readonly start: number
  readonly end: number
  /** The flagged text, `text.slice(start, end)` when the finding is current. */
  readonly actual: string | undefined
  /** Replacements, best first; `['']` deletes. */
  readonly expected: ReadonlyArray<string>
  /** Whether `expected[0]` is safe to apply unasked. */
  readonly autofix: boolean
  readonly url: string | undefined
  readonly note: string | undefined
  readonly related: ReadonlyArray<Related>
}

/** A finding as a message of `text`: positions from the message, related places from its wording. */
export function toFinding(message: VFileMessage, text: string): Finding {
  const place = message.place
  const startPoint = place && 'start' in place ? place.start : place
  const endPoint = place && 'end' in place ? place.end : startPoint
  const start = clamp(startPoint?.offset ?? 0, text)
  const end = Math.max(start, clamp(endPoint?.offset ?? start, text))
  const ruleId = message.ruleId ?? 'mtlint'
  return {
    ruleId,
    reason: message.reason,
    level: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info',
    start,
    end,
    actual: message.actual,
    expected: message.expected ?? [],
    autofix: message.autofix === true,
    url: message.url,
    note: message.note,
    related: ruleId === 'name-consistency' ? otherSpellings(message.reason, text) : []
  }
}

/** The same finding moved by `delta` code units (text before it changed length). */
export function shift(finding: Finding, delta: number): Finding {
  if (delta === 0) return finding
  return {
    ...finding,
    start: finding.start + delta,
    end: finding.end + delta,
    related: finding.related.map((related) => ({...related, start: related.start + delta, end: related.end + delta}))
  }
}

/** Order of the engine’s messages: by start, then rule id. */
export function compareFindings(a: Finding, b: Finding): number {
  return a.start - b.start || compareIds(a.ruleId, b.ruleId)
}

/**
 * `name-consistency` lists the other spellings in its message:
 * ``(`Syrsky` at 3:10, `Sirskyi` at 9:1)``. Each becomes a related place,
 * kept only when the text there is that spelling.
 */
function otherSpellings(reason: string, text: string): Array<Related> {
  const open = reason.lastIndexOf('(')
  if (open < 0) return []
  const found: Array<Related> = []
  let starts: Array<number> | undefined
  for (const match of reason.slice(open).matchAll(/`([^`]+)` at (\d+):(\d+)/g)) {
    starts ??= lineStarts(text)
    const lineStart = starts[Number(match[2]) - 1]
    if (lineStart === undefined) continue
    const start = lineStart + Number(match[3]) - 1
    const spelling = match[1]!
    if (text.slice(start, start + spelling.length) === spelling) {
      found.push({text: spelling, start, end: start + spelling.length})
    }
  }

  return found
}

/** Line starts as vfile counts lines (at `\n`, `\r\n` and `\r`). */
function lineStarts(text: string): Array<number> {
  const starts = [0]
  for (const match of text.matchAll(/\r\n|\n|\r/g)) starts.push(match.index + match[0].length)
  return starts
}

function clamp(offset: number, text: string): number {
  return Math.max(0, Math.min(offset, text.length))
}
