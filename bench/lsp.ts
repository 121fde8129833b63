/**
 * Language server latency, measured as an editor sees it: the built
 * `bin/mtlint-language-server.js` (so `npm run build` first) driven over
 * stdio, timed from sending a notification to receiving the
 * `publishDiagnostics` for that document version.
 *
 * - First diagnostics: a fresh server is started and initialized, then a
 *   1,500-word English article is opened; timed from `didOpen`.
 * - Re-lint after an edit: seeded one-character inserts and deletes at random
 *   places, in bursts of five (typing) followed by a pause (the server’s
 *   full lint). The first 20 edits warm up (data loaded, code optimised) and
 *   are not counted. `debounce` is set to 0: it is waiting, not work.
 *   - quick: the first diagnostics for the edited version (the edited
 *     paragraphs re-linted, the rest carried over);
 *   - full: the whole-document lint the server runs when typing pauses,
 *     timed from its start (`fullLintDelay` after the quick diagnostics).
 *
 * Targets (issue #7): quick re-lint ≤ 30 ms median and ≤ 60 ms p95; first
 * diagnostics ≤ 1 s. It prints the numbers and never fails.
 * Run alone: `node --import tsx bench/lsp.ts [--edits N] [--server PATH]`.
 */

import {existsSync, readFileSync} from 'node:fs'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {random} from './corpus.js'
import {serverBin, startLspClient, type LspClient} from '../test/helpers/lsp-client.js'

const root = fileURLToPath(new URL('../', import.meta.url))

/** Milliseconds, summarised. */
export interface Latency {
  readonly median: number
  readonly p95: number
  readonly max: number
  readonly samples: number
}

/** What the benchmark found. */
export interface LspBench {
  readonly words: number
  /** Spawn to the `initialize` response, ms. */
  readonly startMs: number
  /** `didOpen` to the first diagnostics, ms. */
  readonly firstDiagnosticsMs: number
  /** Edit to diagnostics for the edited version. */
  readonly quick: Latency
  /** The full lint after a burst, from its start to its diagnostics. */
  readonly full: Latency
}

/** The article: the seed article, then paragraphs of the clean English corpus, to at least `words` words. */
export function benchArticle(words = 1500): string {
  const seed = readFileSync(new URL('../fixtures/seed/seed-article.txt', import.meta.url), 'utf8').trimEnd()
  const extra = new URL('../fixtures/clean/en/', import.meta.url)
  const paragraphs: Array<string> = []
  for (const name of ['eu-leaders-gas-prices.txt', 'russian-strikes-kharkiv-odesa.txt', 'ecb-raises-rates.txt', 'iran-saudi-deal-beijing.txt']) {
    const path = new URL(name, extra)
    if (existsSync(path)) paragraphs.push(...readFileSync(path, 'utf8').split(/\n\s*\n/).map((paragraph) => paragraph.trim()).filter(Boolean))
  }

  let text = seed
  for (const paragraph of paragraphs) {
    if (countWords(text) >= words) break
    text += '\n\n' + paragraph
  }

  return text + '\n'
}

/**
 * Measure; `edits` counted edits after 20 warm-up edits. `server` is the
 * script to start (default: the package’s bin; `editors/vscode/server/main.mjs`
 * measures the bundled server of the VS Code extension).
 */
export async function benchLsp(options: {readonly edits?: number | undefined; readonly server?: string | undefined} = {}): Promise<LspBench> {
  if (!options.server && !existsSync(new URL('../dist/src/lsp/index.js', import.meta.url))) {
    throw new Error('Cannot find the built server (`dist/src/lsp/index.js`), expected `npm run build` first')
  }

  const edits = options.edits ?? 200
  const warmup = 20
  // Long enough that the next edit of a burst (sent on the previous one’s diagnostics) cancels the full lint.
  const pause = 250
  let text = benchArticle()
  const uri = pathToFileURL(root + 'bench-article.txt').href
  const spawned = performance.now()
  const client = await startLspClient({args: [options.server ?? serverBin, '--stdio'], initializationOptions: {lang: 'en', debounce: 0, fullLintDelay: pause}})
  const startMs = performance.now() - spawned
  try {
    const opened = performance.now()
    client.open(uri, text)
    await client.diagnostics(uri)
    const firstDiagnosticsMs = performance.now() - opened

    const rng = random(1500)
    const quick: Array<number> = []
    const full: Array<number> = []
    let version = 1
    for (let edit = 0; edit < warmup + edits; edit++) {
      const at = Math.floor(rng() * text.length)
      const insert = edit % 2 === 0
      const position = positionAt(text, at)
      const end = insert ? position : positionAt(text, Math.min(text.length, at + 1))
      text = insert ? text.slice(0, at) + 'e' + text.slice(at) : text.slice(0, at) + text.slice(at + 1)
      version++
      const from = client.published.length
      const sent = performance.now()
      client.change(uri, version, [{range: {start: position, end}, text: insert ? 'e' : ''}])
      const first = await client.diagnostics(uri, (params) => params.version === version, {from})
      const received = performance.now()
      if (edit >= warmup) quick.push(received - sent)
      // A pause after every fifth edit: wait for the full lint, which starts `pause` ms after the quick one.
      if (edit % 5 === 4) {
        await fullLint(client, uri, version, client.published.indexOf(first) + 1)
        if (edit >= warmup) full.push(performance.now() - received - pause)
      }
    }

    return {words: countWords(text), startMs, firstDiagnosticsMs, quick: summarise(quick), full: summarise(full)}
  } finally {
    await client.close()
  }
}

/** Wait for the second publish of `version`: the full lint’s. */
async function fullLint(client: LspClient, uri: string, version: number, from: number): Promise<void> {
  await client.diagnostics(uri, (params) => params.version === version, {from})
}

function summarise(values: ReadonlyArray<number>): Latency {
  const sorted = [...values].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN
  return {median: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? Number.NaN, samples: sorted.length}
}

function positionAt(text: string, offset: number): {line: number; character: number} {
  const before = text.slice(0, offset)
  const line = before.split('\n').length - 1
  return {line, character: offset - (before.lastIndexOf('\n') + 1)}
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length
}

/** The results as people read them. */
export function formatLspBench(result: LspBench): string {
  const ms = (value: number) => value.toFixed(1) + ' ms'
  return [
    'mtlint-language-server, ' + result.words + '-word English article, over stdio:',
    '  re-lint after an edit (quick): median ' + ms(result.quick.median) + ', p95 ' + ms(result.quick.p95) + ', max ' + ms(result.quick.max) + ' (' + result.quick.samples + ' edits; target ≤ 30 ms median, ≤ 60 ms p95)',
    '  full re-lint when typing pauses: median ' + ms(result.full.median) + ', p95 ' + ms(result.full.p95) + ' (' + result.full.samples + ' pauses)',
    '  first diagnostics after didOpen: ' + ms(result.firstDiagnosticsMs) + ' (target ≤ 1 s); server start to initialized: ' + ms(result.startMs)
  ].join('\n')
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const option = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined)
  const edits = option('--edits')
  process.stdout.write(formatLspBench(await benchLsp({edits: edits === undefined ? undefined : Number(edits), server: option('--server')})) + '\n')
}
