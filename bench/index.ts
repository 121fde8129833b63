/**
 * `npm run bench`: the whole benchmark in one run, under 5 minutes on two
 * cores. Prints Markdown tables (the README’s “Performance” section is
 * pasted from them) and the scaling ratios; it never fails.
 *
 *   npm run bench                          every section
 *   npm run bench -- --only scaling,batch  some sections: cold, phrases, throughput, baseline, scaling, editor, batch, others
 *   npm run bench -- --json out.json       also write the raw results
 *   npm run bench -- --jobs 1              one measurement at a time (default: 2)
 *   npm run bench -- --budget 600          let the other benches (lsp, cli, spelling) run past 280 s
 *
 * Each measurement runs in a child process of its own (`bench/measure.ts`),
 * so its peak RSS is its own, and is timed in CPU time of that process
 * (wall time is shown too): two run at a time, one per core, which CPU time
 * allows. Whole-process runs (cold start, the batch through the CLI) and the
 * editor latency are wall-clock times and run alone. Texts come from
 * `bench/corpus.ts`: seeded, the same bytes on every machine.
 */

import {spawn} from 'node:child_process'
import {existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {cpus, loadavg, release, tmpdir, totalmem, type as osType} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {coldStartProgram} from './baseline.js'
import {batchFiles, benchLanguages, writeFiles} from './corpus.js'
import type {EditorResult, LintResult, Task} from './measure.js'
import type {PhraseLoad} from './phrases.js'
import {formatBytes, median, ms, perSecond, ratio, table} from './report.js'

const root = fileURLToPath(new URL('../', import.meta.url))
const seed = join(root, 'fixtures/seed/seed-article.txt')
const bin = join(root, 'bin/mtlint.js')
const MB = 1_000_000

const sections = ['cold', 'phrases', 'throughput', 'baseline', 'scaling', 'editor', 'batch', 'others'] as const
type Section = (typeof sections)[number]

const args = process.argv.slice(2)
function option(name: string): string | undefined {
  const index = args.indexOf(name)
  return index >= 0 ? args[index + 1] : undefined
}

const only = option('--only')?.split(',')
const jsonPath = option('--json')
/** Seconds the whole run may take; the other engineers’ benches are skipped past it. */
const budget = Number(option('--budget') ?? 280)
const jobs = Math.max(1, Number(option('--jobs') ?? 2))
const wanted = (section: Section) => !only || only.includes(section)
const started = performance.now()
const results: Record<string, unknown> = {}

/** A finished child process. */
interface Run {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
  readonly ms: number
  /** Peak RSS in bytes, when the child reported it. */
  readonly peakRss: number | undefined
}

/** Preloaded into whole-process runs: print the peak RSS on stderr at exit. */
const rssProbe = 'data:text/javascript,process.on("exit",()=>process.stderr.write("\\nmtlint-bench-maxrss:"+process.resourceUsage().maxRSS+"\\n"))'

function run(command: string, parameters: ReadonlyArray<string>, options: {cwd?: string; probe?: boolean} = {}): Promise<Run> {
  return new Promise(function (resolve, reject) {
    const start = performance.now()
    const child = spawn(command, options.probe ? ['--import', rssProbe, ...parameters] : parameters, {cwd: options.cwd ?? root, stdio: ['ignore', 'pipe', 'pipe']})
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', function (code) {
      const elapsed = performance.now() - start
      const probe = /\nmtlint-bench-maxrss:(\d+)\n/.exec(stderr)
      resolve({code, stdout, stderr: stderr.replace(/\nmtlint-bench-maxrss:\d+\n/, ''), ms: elapsed, peakRss: probe ? Number(probe[1]) * 1024 : undefined})
    })
  })
}

/** Run one task of `bench/measure.ts` in its own process. */
async function measure<Result extends LintResult | EditorResult>(task: Task): Promise<Result> {
  const result = await run(process.execPath, ['--import=tsx', join(root, 'bench/measure.ts'), JSON.stringify(task)])
  const last = result.stdout.trim().split('\n').at(-1) ?? ''
  if (result.code !== 0 || !last.startsWith('{')) {
    throw new Error('Measurement failed: ' + JSON.stringify(task) + '\n' + result.stderr.slice(-2000))
  }

  return JSON.parse(last) as Result
}

function progress(message: string): undefined {
  process.stderr.write('[' + ((performance.now() - started) / 1000).toFixed(0).padStart(3) + ' s] ' + message + '\n')
  return undefined
}

function machine(): string {
  const cpu = cpus()
  return `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${formatBytes(totalmem())} RAM, ${osType()} ${release()}, Node ${process.version}`
}

function errorText(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split('\n')[0] ?? ''
}

/** Run `body` if `name` is wanted, reporting a failure without failing. */
async function section(name: Section, body: () => Promise<undefined>): Promise<undefined> {
  if (!wanted(name)) return undefined
  try {
    await body()
  } catch (error) {
    console.log('\n> `' + name + '` did not finish: ' + errorText(error) + '\n')
    progress(name + ' failed: ' + String(error))
  }

  return undefined
}

// ---------------------------------------------------------------------------

const loadAtStart = loadavg()
console.log('# mtlint benchmark\n')
console.log('Machine: ' + machine() + '; load average at start ' + loadAtStart.map((value) => value.toFixed(1)).join(', ') + '.\n')
if ((loadAtStart[0] ?? 0) > cpus().length) {
  console.log(`> The machine was busy (load ${(loadAtStart[0] ?? 0).toFixed(1)} on ${cpus().length} cores): trust CPU times and ratios more than wall times.\n`)
}

if (!existsSync(join(root, 'dist/src/cli/index.js'))) {
  progress('building (dist/ is missing)')
  const build = await run('npm', ['run', 'build'])
  if (build.code !== 0) progress('build failed: cold start and batch use the built CLI and will fail')
}

await section('cold', async function () {
  progress('cold start')
  const mtlintRuns: Array<Run> = []
  const baselineRuns: Array<Run> = []
  for (let index = 0; index < 3; index++) {
    mtlintRuns.push(await run(process.execPath, [bin, '--format', 'json', seed], {probe: true}))
    baselineRuns.push(await run(process.execPath, ['--input-type=module', '-e', coldStartProgram('en', seed)], {probe: true}))
  }

  const mtlintMs = median(mtlintRuns.map((item) => item.ms))
  const baselineMs = median(baselineRuns.map((item) => item.ms))
  const mtlintRss = Math.max(...mtlintRuns.map((item) => item.peakRss ?? 0))
  const baselineRss = Math.max(...baselineRuns.map((item) => item.peakRss ?? 0))
  const messages = (JSON.parse(mtlintRuns[0]!.stdout) as Array<{messages: Array<unknown>}>)[0]?.messages.length ?? 0
  results.cold = {mtlintMs, baselineMs, mtlintRss, baselineRss, messages}
  console.log('## Cold start\n')
  console.log('The seed article (7 kB, English, language detected), whole process until exit, median of 3.\n')
  console.log(
    table(
      ['', 'wall time', 'peak RSS', 'messages'],
      [
        ['mtlint (`bin/mtlint.js --format json`)', ms(mtlintMs), formatBytes(mtlintRss), String(messages)],
        ['baseline retext pipeline', ms(baselineMs), formatBytes(baselineRss), baselineRuns[0]!.stdout.trim()],
        ['ratio mtlint/baseline', ratio(mtlintMs, baselineMs), ratio(mtlintRss, baselineRss), '']
      ]
    )
  )
  return undefined
})

await section('phrases', async function () {
  progress('phrase tables')
  const loads: Array<PhraseLoad> = []
  for (let index = 0; index < 5; index++) {
    const result = await run(process.execPath, ['--import=tsx', join(root, 'bench/phrases.ts'), '--json'])
    if (result.code !== 0) throw new Error('bench/phrases.ts failed: ' + result.stderr.slice(-500))
    loads.push(JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '') as PhraseLoad)
  }

  const pick = (key: keyof PhraseLoad) => median(loads.map((load) => load[key]))
  results.phrases = {readMs: pick('readMs'), indexMs: pick('indexMs'), totalMs: pick('totalMs'), compileAllMs: pick('compileAllMs')}
  console.log('\n## Phrase tables\n')
  console.log('All ' + loads[0]!.tables + ' calque tables and boilerplate lists (' + loads[0]!.patterns + ' patterns) read from the build’s JSON and indexed, in a fresh process, median of 5. Target ≤ 50 ms. Patterns compile when a document first meets their first word; compiling all of them is shown for reference.\n')
  console.log(
    table(
      ['read', 'indexed', 'load total', 'compiling every pattern (never done by a lint)'],
      [[ms(pick('readMs')), ms(pick('indexMs')), ms(pick('totalMs')), ms(pick('compileAllMs'))]]
    )
  )
  return undefined
})

// ---------------------------------------------------------------------------
// Measurements in child processes, `jobs` at a time, longest first.

const measured = new Map<string, LintResult>()
const plan: Array<[string, Task]> = []
if (wanted('scaling')) {
  plan.push(
    ['ten', {kind: 'lint', text: {kind: 'corpus', lang: 'ru', bytes: 10 * MB}}],
    ['line-5', {kind: 'lint', text: {kind: 'line', lang: 'ru', bytes: 5 * MB}}],
    ['people-10000', {kind: 'lint', text: {kind: 'people', count: 10_000}}]
  )
}

if (wanted('throughput') || wanted('scaling')) {
  for (const lang of benchLanguages) plan.push(['lint-' + lang, {kind: 'lint', text: {kind: 'corpus', lang, bytes: MB}}])
}

if (wanted('baseline')) {
  for (const lang of benchLanguages) plan.push(['baseline-' + lang, {kind: 'baseline', text: {kind: 'corpus', lang, bytes: MB}}])
}

if (wanted('scaling')) {
  plan.push(
    ['paragraphs', {kind: 'lint', text: {kind: 'paragraphs', lang: 'ru', bytes: MB, paragraphBytes: 100_000}}],
    ['line-0.5', {kind: 'lint', text: {kind: 'line', lang: 'ru', bytes: MB / 2}}],
    ['people-1000', {kind: 'lint', text: {kind: 'people', count: 1000}}]
  )
}

if (plan.length > 0) {
  progress(plan.length + ' measurements, ' + jobs + ' at a time')
  let next = 0
  const worker = async function (): Promise<undefined> {
    while (next < plan.length) {
      const [key, task] = plan[next++]!
      try {
        measured.set(key, await measure<LintResult>(task))
        progress('measured ' + key)
      } catch (error) {
        progress(key + ' failed: ' + String(error))
        console.log('\n> Measurement `' + key + '` failed: ' + errorText(error) + '\n')
      }
    }

    return undefined
  }

  await Promise.all(Array.from({length: Math.min(jobs, plan.length)}, worker))
  results.measured = Object.fromEntries(measured)
}

if (wanted('throughput') || wanted('baseline')) {
  console.log('\n## Warm throughput, all rules on\n')
  console.log(
    '1 MB of generated news per language (the fixtures with planted artifacts), linted after a warm-up lint. CPU time of the process (wall time in brackets); MB/s, words/s and ratios are per CPU second. Load: building the linter and linting the warm-up article. Baseline: retext-english, retext-spell (`max: 1`), retext-repeated-words, retext-quotes and retext-indefinite-article, one paragraph at a time. Ratios are mtlint/baseline: above 1, mtlint takes more.\n'
  )
  const rows: Array<Array<string>> = []
  for (const lang of benchLanguages) {
    const own = measured.get('lint-' + lang)
    const base = measured.get('baseline-' + lang)
    rows.push([
      lang,
      own ? ms(own.cpuMs) + ' (' + ms(own.ms) + ')' : '',
      own ? perSecond(own.bytes / MB, own.cpuMs, '', 3) : '',
      own ? perSecond(own.words, own.cpuMs, '', 0) : '',
      own ? String(own.messages) : '',
      own ? ms(own.setupMs) : '',
      own ? formatBytes(own.peakRss) : '',
      base ? ms(base.cpuMs) + ' (' + ms(base.ms) + ')' : '',
      base ? perSecond(base.bytes / MB, base.cpuMs, '', 3) : '',
      base ? ms(base.setupMs) : '',
      base ? formatBytes(base.peakRss) : '',
      own && base ? ratio(own.cpuMs, base.cpuMs) : '',
      own && base ? ratio(own.peakRss, base.peakRss) : ''
    ])
  }

  console.log(table(['lang', 'mtlint', 'MB/s', 'words/s', 'messages', 'load', 'peak RSS', 'baseline', 'MB/s', 'load', 'peak RSS', 'time ratio', 'RSS ratio'], rows))
}

const ruleIds = Object.keys([...measured.values()].find((result) => result.kind === 'lint')?.ruleMs ?? {})

if (wanted('throughput') && ruleIds.length > 0) {
  console.log('\n## Cost of each rule\n')
  console.log('CPU milliseconds per MB in each rule’s transformer, from the throughput runs above (messages in brackets); “parse and engine” is the rest: parsing, language detection, control comments.\n')
  const rows = ruleIds.map((id) => [
    '`' + id + '`',
    ...benchLanguages.map(function (lang) {
      const result = measured.get('lint-' + lang)
      return result ? ms((result.ruleMs[id] ?? 0) / (result.bytes / MB), 0) + ' (' + (result.ruleMessages[id] ?? 0) + ')' : ''
    })
  ])
  rows.push([
    'parse and engine',
    ...benchLanguages.map(function (lang) {
      const result = measured.get('lint-' + lang)
      if (!result) return ''
      const inRules = Object.values(result.ruleMs).reduce((sum, value) => sum + value, 0)
      return ms((result.cpuMs - inRules) / (result.bytes / MB), 0)
    })
  ])
  console.log(table(['rule', ...benchLanguages], rows))
}

if (wanted('scaling')) {
  const cases: Array<[string, string, string, string]> = [
    ['size', '10 MB of Russian news vs 1 MB', 'lint-ru', 'ten'],
    ['paragraphs', '1 MB in 100 kB paragraphs vs the same words in news paragraphs', 'lint-ru', 'paragraphs'],
    ['line', '5 MB single line vs 0.5 MB single line (Russian)', 'line-0.5', 'line-5'],
    ['people', '10,000 people named vs 1,000 (English)', 'people-1000', 'people-10000']
  ]
  const present = cases.filter(([, , small, large]) => measured.has(small) && measured.has(large))
  const perByte = (result: LintResult) => result.cpuMs / result.bytes
  const growth = (result: LintResult) => Math.max(result.peakRss - result.warmRss, 1) / result.bytes
  const scaling: Record<string, unknown> = {}
  console.log('\n## Scaling\n')
  console.log(
    'Time ratio: CPU time per byte of the larger input over CPU time per byte of the smaller (1.00 is linear; the goal is at most 1.30). Memory ratio: growth of peak RSS over the RSS after warm-up, per byte, larger over smaller. Wall times in brackets.\n'
  )
  console.log(
    table(
      ['case', 'size', 'CPU time (wall)', 'time ratio', 'peak RSS', 'memory ratio'],
      present.map(function ([key, name, smallKey, largeKey]) {
        const small = measured.get(smallKey)!
        const large = measured.get(largeKey)!
        const timeRatio = perByte(large) / perByte(small)
        const memoryRatio = growth(large) / growth(small)
        scaling[key] = {name, timeRatio, memoryRatio}
        return [
          name,
          formatBytes(small.bytes) + ' → ' + formatBytes(large.bytes),
          ms(small.cpuMs) + ' (' + ms(small.ms) + ') → ' + ms(large.cpuMs) + ' (' + ms(large.ms) + ')',
          timeRatio.toFixed(2) + (timeRatio > 1.3 ? ' ⚠' : ''),
          formatBytes(small.peakRss) + ' → ' + formatBytes(large.peakRss),
          memoryRatio.toFixed(2) + (memoryRatio > 1.3 ? ' ⚠' : '')
        ]
      })
    )
  )
  console.log('\nThe same ratio for each rule (CPU time in its transformer). A rule that takes under 20 ms on the smaller input is shown in brackets: its ratio is mostly noise.\n')
  console.log(
    table(
      ['rule', ...present.map(([key]) => key)],
      ruleIds.map((id) => [
        '`' + id + '`',
        ...present.map(function ([, , smallKey, largeKey]) {
          const small = measured.get(smallKey)!
          const large = measured.get(largeKey)!
          const smallMs = small.ruleMs[id] ?? 0
          const largeMs = large.ruleMs[id] ?? 0
          if (smallMs <= 0) return '–'
          const value = largeMs / large.bytes / (smallMs / small.bytes)
          return smallMs < 20 ? '(' + value.toFixed(2) + ')' : value.toFixed(2) + (value > 1.3 ? ' ⚠' : '')
        })
      ])
    )
  )
  results.scaling = scaling
}

await section('editor', async function () {
  progress('editor re-lint latency')
  const result = await measure<EditorResult>({kind: 'editor', lang: 'en', bytes: [8000, 32_000], edits: 20})
  results.editor = result
  console.log('\n## Editor re-lint latency\n')
  console.log('A warm linter in one process re-linting the whole English document after each of 20 one-character edits (the language server’s full lint), wall time. `bench/lsp.ts` measures the server itself.\n')
  console.log(
    table(
      ['document', 'first lint', 'p50', 'p95', 'max'],
      result.documents.map((document) => [formatBytes(document.bytes), ms(document.firstMs), ms(document.p50), ms(document.p95), ms(document.max)])
    )
  )
  return undefined
})

await section('batch', async function () {
  progress('2,000-file batch through the CLI')
  const folder = mkdtempSync(join(tmpdir(), 'mtlint-bench-'))
  try {
    const files = batchFiles(2000)
    writeFiles(folder, files)
    // A root configuration, so nothing above the temporary folder applies.
    writeFileSync(join(folder, '.mtlintrc.json'), '{"root": true}\n')
    const bytes = files.reduce((sum, file) => sum + Buffer.byteLength(file.text), 0)
    const result = await run(process.execPath, [bin, '--format', 'json', '.'], {cwd: folder, probe: true})
    let messages = 0
    let linted = 0
    try {
      const report = JSON.parse(result.stdout) as Array<{path: string; messages: Array<unknown>}>
      // Cross-file checks report in entries of their own, so a path can appear twice.
      linted = new Set(report.map((file) => file.path)).size
      messages = report.reduce((sum, file) => sum + file.messages.length, 0)
    } catch {
      throw new Error('the CLI printed no JSON (exit ' + String(result.code) + '): ' + result.stderr.slice(0, 500))
    }

    results.batch = {files: files.length, linted, bytes, ms: result.ms, peakRss: result.peakRss, code: result.code, messages}
    console.log('\n## 2,000-file batch\n')
    console.log('Short articles (2–5 paragraphs) in en, de, fr and ru in turn, language detected per file: `mtlint --format json .` in their folder, whole process, default concurrency, wall time.\n')
    console.log(
      table(
        ['files', 'size', 'wall time', 'files/s', 'MB/s', 'peak RSS', 'messages', 'exit code'],
        [[String(linted), formatBytes(bytes), ms(result.ms), perSecond(linted, result.ms, '', 0), perSecond(bytes / MB, result.ms, '', 3), formatBytes(result.peakRss ?? 0), String(messages), String(result.code)]]
      )
    )
  } finally {
    rmSync(folder, {recursive: true, force: true})
  }

  return undefined
})

/** What the other benches export (`bench/lsp.ts`, `bench/cli.ts`, `bench/spelling.ts`, owned by others). */
interface OtherBench {
  readonly name: string
  /** Rough cost on two quiet cores, to keep the whole run within the budget. */
  readonly seconds: number
  run(module: Record<string, unknown>): Promise<string | undefined>
}

const others: ReadonlyArray<OtherBench> = [
  {
    name: 'lsp',
    seconds: 30,
    async run(module) {
      const bench = module.benchLsp as ((options: {edits?: number}) => Promise<unknown>) | undefined
      const format = module.formatLspBench as ((result: unknown) => string) | undefined
      return bench && format ? format(await bench({edits: 50})) : undefined
    }
  },
  {
    name: 'cli',
    seconds: 60,
    async run(module) {
      const bench = module.benchCli as ((options: {files?: number; runs?: number}) => unknown) | undefined
      const format = module.formatCliBench as ((result: unknown) => string) | undefined
      return bench && format ? format(await bench({files: 2000, runs: 1})) : undefined
    }
  },
  {
    name: 'spelling',
    seconds: 60,
    async run(module) {
      const bench = module.benchSpelling as ((options: {quick?: boolean; log?: (line: string) => void}) => Promise<unknown>) | undefined
      if (!bench) return undefined
      const lines: Array<string> = []
      await bench({quick: true, log: (line) => lines.push(line)})
      return lines.join('\n')
    }
  }
]

await section('others', async function () {
  for (const other of others) {
    const path = join(root, 'bench', other.name + '.ts')
    if (!existsSync(path)) continue
    const command = '`node --import tsx bench/' + other.name + '.ts`'
    const elapsed = (performance.now() - started) / 1000
    if (elapsed + other.seconds > budget) {
      console.log('\n> `bench/' + other.name + '.ts` skipped to stay within ' + budget + ' s (' + elapsed.toFixed(0) + ' s used); run it alone: ' + command + '.')
      continue
    }

    progress('bench/' + other.name + '.ts')
    try {
      const output = await other.run((await import(path)) as Record<string, unknown>)
      console.log('\n## From `bench/' + other.name + '.ts`\n')
      console.log(output === undefined ? '> Its exports changed; run it alone: ' + command + '.' : '```text\n' + output.trimEnd() + '\n```')
    } catch (error) {
      console.log('\n> `bench/' + other.name + '.ts` failed: ' + errorText(error) + '; run it alone: ' + command + '.')
    }
  }

  return undefined
})

const total = performance.now() - started
console.log('\nWhole run: ' + ms(total) + ' (load average now ' + loadavg().map((value) => value.toFixed(1)).join(', ') + ').')
results.machine = machine()
results.loadAtStart = loadAtStart
results.totalMs = total
if (jsonPath) writeFileSync(jsonPath, JSON.stringify(results, null, 2) + '\n')
