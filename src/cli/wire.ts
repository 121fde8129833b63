import type {Point} from 'unist'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {Category} from '../rule.js'
import '../reporters/sarif.js'

/**
 * A message as plain data, to cross from a worker thread (structured clone
 * keeps only `name`, `message` and `stack` of an `Error`, and a vfile
 * message is one).
 */
export interface WireMessage {
  readonly reason: string
  readonly ruleId: string | undefined
  readonly source: string | undefined
  readonly start: Point | undefined
  readonly end: Point | undefined
  readonly fatal: boolean | undefined
  readonly actual: string | undefined
  readonly expected: ReadonlyArray<string> | undefined
  readonly url: string | undefined
  readonly category: Category | undefined
  readonly autofix: boolean | undefined
  readonly note: string | undefined
  readonly fingerprint: string | undefined
}

/** A message as plain data. */
export function toWire(message: VFileMessage): WireMessage {
  const place = message.place
  return {
    reason: message.reason,
    ruleId: message.ruleId,
    source: message.source,
    start: place ? ('start' in place ? place.start : place) : undefined,
    end: place && 'end' in place ? place.end : undefined,
    fatal: message.fatal ?? undefined,
    actual: message.actual,
    expected: message.expected,
    url: message.url,
    category: message.category,
    autofix: message.autofix,
    note: message.note,
    fingerprint: message.fingerprint
  }
}

/** A file for reporters, rebuilt from plain data. */
export function fromWire(path: string, messages: ReadonlyArray<WireMessage>): VFile {
  const file = new VFile({path})
  for (const wire of messages) {
    const place = wire.start && wire.end ? {start: wire.start, end: wire.end} : wire.start
    const message = file.message(wire.reason, {place, ruleId: wire.ruleId, source: wire.source})
    message.fatal = wire.fatal
    if (wire.actual !== undefined) message.actual = wire.actual
    if (wire.expected !== undefined) message.expected = [...wire.expected]
    if (wire.url !== undefined) message.url = wire.url
    if (wire.category !== undefined) message.category = wire.category
    if (wire.autofix !== undefined) message.autofix = wire.autofix
    if (wire.note !== undefined) message.note = wire.note
    if (wire.fingerprint !== undefined) message.fingerprint = wire.fingerprint
  }

  return file
}
