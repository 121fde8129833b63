/**
 * When documents are linted, and which results reach the client.
 *
 * - Opening a document lints it in full at once.
 * - An edit waits `debounce` ms for the next one, then re-lints the edited
 *   paragraphs (`./incremental.ts`) and publishes; once no edit has come
 *   for `fullLintDelay` ms, the whole document is linted again and that
 *   result replaces the quick one.
 * - Work on one document runs one step at a time, in order.
 * - A result is published only while the document is still at the version
 *   it was made for; a stale one is dropped (but still serves as the base
 *   of the next incremental step, since it is right for its own text).
 */

import type {Format} from '../engine/formats.js'
import {compareFindings, shift, type Finding} from './finding.js'
import {planIncremental} from './incremental.js'

/** A document as the scheduler reads it. */
export interface DocumentLike {
  readonly version: number
  getText(): string
}

/** Findings for one version of a document. */
export interface Linted {
  readonly version: number
  readonly text: string
  readonly findings: ReadonlyArray<Finding>
  /** Language the text was linted as. */
  readonly lang: string | undefined
  /** Made by a full lint (not pieced together from an earlier result). */
  readonly complete: boolean
}

/** The linting the scheduler asks for. */
export interface Engine {
  /** Lint a whole text. */
  full(uri: string, text: string): Promise<{findings: ReadonlyArray<Finding>; lang: string | undefined}>
  /** Lint a region cut from a document in `lang` with the rules that can judge it; offsets relative to `text`. */
  regional(uri: string, text: string, lang: string | undefined): Promise<ReadonlyArray<Finding>>
  /** How a document is parsed. */
  format(uri: string): Format
}

/** What the scheduler needs from the server. */
export interface SchedulerOptions {
  readonly documents: {get(uri: string): DocumentLike | undefined}
  readonly engine: Engine
  publish(uri: string, result: Linted): void
  delays(uri: string): {readonly debounce: number; readonly fullLintDelay: number}
  onError(error: unknown, uri: string): void
}

/** Lints open documents on open and change. */
export interface Scheduler {
  opened(uri: string): void
  changed(uri: string): void
  closed(uri: string): void
  /** Lint every open document in full again (settings changed). */
  relintAll(): void
  /**
   * Findings for the document’s current version, linting now when the last
   * result is older (for code actions, which must match the text).
   */
  current(uri: string): Promise<Linted | undefined>
}

interface State {
  queue: Promise<unknown>
  quick: ReturnType<typeof setTimeout> | undefined
  full: ReturnType<typeof setTimeout> | undefined
  /** The newest result, whatever version it is for. */
  base: Linted | undefined
}

/** Make a scheduler. */
export function createScheduler(options: SchedulerOptions): Scheduler {
  const states = new Map<string, State>()

  return {opened, changed, closed, relintAll, current}

  function opened(uri: string): undefined {
    closed(uri)
    const state = stateOf(uri)
    enqueue(state, () => lintFull(uri, state))
    return undefined
  }

  function changed(uri: string): undefined {
    const state = stateOf(uri)
    clearTimers(state)
    state.quick = setTimeout(function () {
      state.quick = undefined
      enqueue(state, () => lintQuick(uri, state))
    }, options.delays(uri).debounce)
    return undefined
  }

  function closed(uri: string): undefined {
    const state = states.get(uri)
    if (state) clearTimers(state)
    states.delete(uri)
    return undefined
  }

  function relintAll(): undefined {
    for (const uri of [...states.keys()]) opened(uri)
    return undefined
  }

  async function current(uri: string): Promise<Linted | undefined> {
    const document = options.documents.get(uri)
    const state = states.get(uri)
    if (!document || !state) return undefined
    const result = await enqueue(state, () => lintQuick(uri, state))
    return result && result.version === options.documents.get(uri)?.version ? result : undefined
  }

  function stateOf(uri: string): State {
    let state = states.get(uri)
    if (!state) {
      state = {queue: Promise.resolve(), quick: undefined, full: undefined, base: undefined}
      states.set(uri, state)
    }

    return state
  }

  /** Run `task` after the document’s earlier work; errors are reported, not thrown. */
  function enqueue<Result>(state: State, task: () => Promise<Result>): Promise<Result | undefined> {
    const run = state.queue.then(task).catch(function (error: unknown) {
      for (const [uri, value] of states) if (value === state) options.onError(error, uri)
      return undefined
    })
    state.queue = run
    return run
  }

  async function lintFull(uri: string, state: State): Promise<Linted | undefined> {
    const document = options.documents.get(uri)
    if (!document || states.get(uri) !== state) return undefined
    if (state.base?.version === document.version && state.base.complete) return state.base
    const version = document.version
    const text = document.getText()
    const {findings, lang} = await options.engine.full(uri, text)
    return settle(uri, state, {version, text, findings, lang, complete: true})
  }

  async function lintQuick(uri: string, state: State): Promise<Linted | undefined> {
    const document = options.documents.get(uri)
    if (!document || states.get(uri) !== state) return undefined
    const base = state.base
    if (base?.version === document.version) {
      if (!base.complete) scheduleFull(uri, state)
      return base
    }

    const version = document.version
    const text = document.getText()
    const plan = base ? planIncremental(base, text, options.engine.format(uri)) : undefined
    if (!base || !plan) return lintFull(uri, state)

    const region = text.slice(plan.start, plan.end)
    const fresh = region.trim() === '' ? [] : await options.engine.regional(uri, region, base.lang)
    const findings = [...plan.kept, ...fresh.map((finding) => shift(finding, plan.start))].sort(compareFindings)
    const result = settle(uri, state, {version, text, findings, lang: base.lang, complete: false})
    scheduleFull(uri, state)
    return result
  }

  /** Lint in full once no edit has come for `fullLintDelay` ms. */
  function scheduleFull(uri: string, state: State): undefined {
    if (states.get(uri) !== state || state.quick !== undefined) return undefined
    clearTimeout(state.full)
    state.full = setTimeout(function () {
      state.full = undefined
      enqueue(state, () => lintFull(uri, state))
    }, options.delays(uri).fullLintDelay)
    return undefined
  }

  /** Keep `result` as the base and publish it when it is still current. */
  function settle(uri: string, state: State, result: Linted): Linted {
    if (states.get(uri) !== state) return result
    state.base = result
    if (options.documents.get(uri)?.version === result.version) options.publish(uri, result)
    return result
  }

  function clearTimers(state: State): undefined {
    clearTimeout(state.quick)
    clearTimeout(state.full)
    state.quick = undefined
    state.full = undefined
    return undefined
  }
}
