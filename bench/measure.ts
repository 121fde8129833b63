/**
 * One measurement, in a process of its own (so peak RSS and JIT state
 * belong to it alone): `node --import=tsx bench/measure.ts '<task JSON>'`.
 * Prints the result as one JSON line on stdout.
 *
 * Every timed lint is preceded by a warm-up lint of a small article, so
 * loading data (dictionaries, phrase tables, the names lexicon) is not
 * counted as throughput.
 */

import {pathToFileURL} from 'node:url'
import type {Root} from 'nlcst'
import type {Transformer} from 'unified'
import {createLinter, rules} from '../src/index.js'
import type {Rule} from '../src/rule.js'
import {createBaseline} from './baseline.js'
import {article, corpusText, paragraphsOfSize, peopleDocument, random, singleLine, type BenchLang} from './corpus.js'

/** Which text a task lints. */
export type TextSpec =
  | {readonly kind: 'corpus'; readonly lang: BenchLang; readonly bytes: number}
  | {readonly kind: 'line'; readonly lang: BenchLang; readonly bytes: number}
  | {readonly kind: 'paragraphs'; readonly lang: BenchLang; readonly bytes: number; readonly paragraphBytes: number}
  | {readonly kind: 'people'; readonly count: number}

export type Task =
  | {readonly kind: 'lint'; readonly text: TextSpec}
  | {readonly kind: 'baseline'; readonly text: TextSpec}
  | {readonly kind: 'editor'; readonly lang: BenchLang; readonly bytes: ReadonlyArray<number>; readonly edits: number}

/** What a lint or baseline task measured. */
export interface LintResult {
  readonly kind: 'lint' | 'baseline'
  /** Milliseconds for the timed lint, wall clock. */
  readonly ms: number
  /** CPU milliseconds of the process (all threads) for the timed lint: steadier than wall time on a busy machine. */
  readonly cpuMs: number
  /** Milliseconds to build the linter and lint the warm-up article (loading included). */
  readonly setupMs: number
  readonly bytes: number
  readonly words: number
  readonly messages: number
  /** CPU milliseconds spent in each rule’s transformer (mtlint only). */
  readonly ruleMs: Readonly<Record<string, number>>
  /** Messages per rule (mtlint only). */
  readonly ruleMessages: Readonly<Record<string, number>>
  /** RSS after the warm-up, before the timed lint (bytes). */
  readonly warmRss: number
  /** Peak RSS of the process (bytes). */
  readonly peakRss: number
}

/** Re-lint latency after one-character edits, per document size. */
export interface EditorResult {
  readonly kind: 'editor'
  readonly documents: ReadonlyArray<{readonly bytes: number; readonly firstMs: number; readonly p50: number; readonly p95: number; readonly max: number}>
  readonly peakRss: number
}

/** Build the text a spec names (deterministic). */
export function textOf(spec: TextSpec): string {
  switch (spec.kind) {
    case 'corpus':
      return corpusText(spec.lang, spec.bytes)
    case 'line':
      return singleLine(spec.lang, spec.bytes)
    case 'paragraphs':
      return paragraphsOfSize(spec.lang, spec.bytes, spec.paragraphBytes)
    case 'people':
      return peopleDocument(spec.count)
  }
}

function langOf(spec: TextSpec): BenchLang {
  return spec.kind === 'people' ? 'en' : spec.lang
}

/** Words as a reader counts them: runs of letters and digits, with inner apostrophes and hyphens. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0
}

/**
 * Replace every rule in the registry with a copy that adds the time its
 * transformer takes to `costs`. The engine reads the registry when a linter
 * is created, so this must run before `createLinter`.
 */
function timeRules(costs: Record<string, number>): undefined {
  const registry = rules as Array<Rule<object, string>>
  for (const [index, rule] of registry.entries()) {
    costs[rule.id] = 0
    const timed = function (this: unknown, ...parameters: Array<unknown>) {
      const transformer = (rule as unknown as (...values: Array<unknown>) => Transformer<Root> | undefined).apply(this, parameters)
      if (typeof transformer !== 'function') return transformer
      // Two parameters, as the rules’ own transformers: unified passes a callback to functions that take three.
      return function (this: unknown, tree: Root, file: Parameters<Transformer<Root>>[1]) {
        const start = process.cpuUsage()
        try {
          return (transformer as (tree: Root, file: unknown) => unknown).call(this, tree, file)
        } finally {
          costs[rule.id]! += cpuSince(start)
        }
      }
    }

    registry[index] = Object.assign(timed, {id: rule.id, meta: rule.meta}) as unknown as Rule<object, string>
  }

  return undefined
}

async function lintTask(spec: TextSpec): Promise<LintResult> {
  const costs: Record<string, number> = {}
  timeRules(costs)
  const lang = langOf(spec)
  const text = textOf(spec)
  const setupStart = performance.now()
  const linter = createLinter({lang})
  await linter.lint(article(lang, random(99), {paragraphs: 8}))
  const setupMs = performance.now() - setupStart
  for (const id of Object.keys(costs)) costs[id] = 0
  const warmRss = process.memoryUsage.rss()
  const cpu = process.cpuUsage()
  const start = performance.now()
  const file = await linter.lint(text)
  const ms = performance.now() - start
  const cpuMs = cpuSince(cpu)
  const ruleMessages: Record<string, number> = {}
  for (const message of file.messages) ruleMessages[String(message.ruleId)] = (ruleMessages[String(message.ruleId)] ?? 0) + 1
  return {kind: 'lint', ms, cpuMs, setupMs, bytes: Buffer.byteLength(text), words: countWords(text), messages: file.messages.length, ruleMs: costs, ruleMessages, warmRss, peakRss: peakRss()}
}

async function baselineTask(spec: TextSpec): Promise<LintResult> {
  const lang = langOf(spec)
  const text = textOf(spec)
  const setupStart = performance.now()
  const baseline = await createBaseline(lang)
  await baseline.lint(article(lang, random(99), {paragraphs: 8}))
  const setupMs = performance.now() - setupStart
  const warmRss = process.memoryUsage.rss()
  const cpu = process.cpuUsage()
  const start = performance.now()
  const messages = await baseline.lint(text)
  const ms = performance.now() - start
  const cpuMs = cpuSince(cpu)
  return {kind: 'baseline', ms, cpuMs, setupMs, bytes: Buffer.byteLength(text), words: countWords(text), messages, ruleMs: {}, ruleMessages: {}, warmRss, peakRss: peakRss()}
}

/**
 * What an editor does on every keystroke: re-lint the whole document with a
 * warm linter. Edits insert or delete one character at seeded positions.
 */
async function editorTask(task: Extract<Task, {kind: 'editor'}>): Promise<EditorResult> {
  const linter = createLinter({lang: task.lang})
  const documents: Array<EditorResult['documents'][number]> = []
  for (const bytes of task.bytes) {
    let text = corpusText(task.lang, bytes, 3)
    const firstStart = performance.now()
    await linter.lint(text)
    const firstMs = performance.now() - firstStart
    const rng = random(bytes)
    const times: Array<number> = []
    for (let edit = 0; edit < task.edits; edit++) {
      const at = Math.floor(rng() * text.length)
      text = edit % 2 === 0 ? text.slice(0, at) + 'e' + text.slice(at) : text.slice(0, at) + text.slice(at + 1)
      const start = performance.now()
      await linter.lint(text)
      times.push(performance.now() - start)
    }

    times.sort((a, b) => a - b)
    const quantile = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!
    documents.push({bytes: Buffer.byteLength(text), firstMs, p50: quantile(0.5), p95: quantile(0.95), max: times.at(-1)!})
  }

  return {kind: 'editor', documents, peakRss: peakRss()}
}

/** CPU milliseconds (user and system, all threads) since `start`. */
function cpuSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000
}

function peakRss(): number {
  return process.resourceUsage().maxRSS * 1024
}

/** Run one task in this process. */
export async function runTask(task: Task): Promise<LintResult | EditorResult> {
  switch (task.kind) {
    case 'lint':
      return lintTask(task.text)
    case 'baseline':
      return baselineTask(task.text)
    case 'editor':
      return editorTask(task)
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await runTask(JSON.parse(process.argv[2] ?? '{}') as Task)
  process.stdout.write('\n' + JSON.stringify(result) + '\n')
}
