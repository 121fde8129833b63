/**
 * CLI concurrency benchmark: the same batch of files linted by the built
 * `bin/mtlint.js` (so `npm run build` first) at `--concurrency 1` (main
 * thread) and `--concurrency 2` (two worker threads), as whole processes.
 *
 * The batch is `files` short English news articles (two to five paragraphs
 * drawn with a seeded generator from `fixtures/clean/en/` and the seed
 * article; one in three gets a doubled word), written to a temporary
 * folder. Each run is timed from spawn to exit; the report goes to
 * /dev/null. The peak RSS of each process is read through a `--import` hook,
 * so the same numbers show that memory does not grow with the batch
 * (`--files 10000`).
 *
 * Target (issue #6): `--concurrency 2` takes at most 0.6× the time of
 * `--concurrency 1` on 2,000 files. It prints the ratio and never fails.
 * Run alone: `node --import tsx bench/cli.ts [--files N] [--runs N]`.
 */

import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {random} from './corpus.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const bin = join(root, 'bin', 'mtlint.js')
/** Prints the process’s peak RSS (kB) and CPU time (µs, all threads) on exit, whatever the entry point. */
const usageHook =
  'data:text/javascript,process.on("exit",()=>{const u=process.resourceUsage();process.stderr.write("\\nmaxrss:"+u.maxRSS+" cpu:"+(u.userCPUTime+u.systemCPUTime)+"\\n")})'

/** One timed run. */
export interface CliRun {
  readonly concurrency: number
  readonly ms: number
  /** Peak resident set of the whole process (all threads), MiB. */
  readonly rssMiB: number
  /** CPU time of the whole process (all threads), ms. */
  readonly cpuMs: number
  readonly exitCode: number | null
}

/** What the benchmark found. */
export interface CliBench {
  readonly files: number
  readonly bytes: number
  /** Best of the runs per concurrency. */
  readonly runs: ReadonlyArray<CliRun>
  /** Time at concurrency 2 over time at concurrency 1 (target ≤ 0.6). */
  readonly ratio: number
}

/**
 * Write a batch of `files` articles and time the CLI on it at each
 * concurrency, keeping the best of `runs` runs.
 */
export function benchCli(options: {readonly files?: number | undefined; readonly runs?: number | undefined; readonly concurrency?: ReadonlyArray<number> | undefined} = {}): CliBench {
  const count = options.files ?? 2000
  const folder = mkdtempSync(join(tmpdir(), 'mtlint-bench-cli-'))
  try {
    const bytes = writeBatch(folder, count)
    const runs: Array<CliRun> = []
    for (const concurrency of options.concurrency ?? [1, 2]) {
      let best: CliRun | undefined
      for (let index = 0; index < (options.runs ?? 1); index++) {
        const run = runOnce(folder, concurrency)
        if (!best || run.ms < best.ms) best = run
      }

      if (best) runs.push(best)
    }

    const one = runs.find((run) => run.concurrency === 1)
    const two = runs.find((run) => run.concurrency === 2)
    return {files: count, bytes, runs, ratio: one && two ? two.ms / one.ms : Number.NaN}
  } finally {
    rmSync(folder, {recursive: true, force: true})
  }
}

function runOnce(folder: string, concurrency: number): CliRun {
  const start = process.hrtime.bigint()
  const result = spawnSync(process.execPath, ['--import', usageHook, bin, '--format', 'json', '--concurrency', String(concurrency), '.'], {
    cwd: folder,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  })
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  const usage = /maxrss:(\d+) cpu:(\d+)/.exec(result.stderr ?? '')
  return {concurrency, ms, rssMiB: Number(usage?.[1] ?? 0) / 1024, cpuMs: Number(usage?.[2] ?? 0) / 1000, exitCode: result.status}
}

/** Write `count` articles into `folder`; return their total size in bytes. */
function writeBatch(folder: string, count: number): number {
  const paragraphs = sourceParagraphs()
  const next = random(6)
  writeFileSync(join(folder, '.mtlintrc.json'), '{"root": true}\n')
  let bytes = 0
  for (let index = 0; index < count; index++) {
    // Folders of 500 files, as a news archive would be split.
    const directory = join(folder, 'batch-' + String(Math.floor(index / 500)).padStart(2, '0'))
    if (index % 500 === 0) mkdirSync(directory, {recursive: true})
    const blocks = Array.from({length: 2 + Math.floor(next() * 4)}, () => paragraphs[Math.floor(next() * paragraphs.length)]!)
    if (index % 3 === 0) blocks[0] = blocks[0]!.replace(/ the /, ' the the ')
    const text = blocks.join('\n\n') + '\n'
    writeFileSync(join(directory, 'article-' + String(index).padStart(5, '0') + '.txt'), text)
    bytes += Buffer.byteLength(text)
  }

  return bytes
}

function sourceParagraphs(): Array<string> {
  const folder = join(root, 'fixtures', 'clean', 'en')
  const texts = readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(join(folder, name), 'utf8'))
  texts.push(readFileSync(join(root, 'fixtures', 'seed', 'seed-article.txt'), 'utf8'))
  return texts.flatMap((text) => text.split(/\n\s*\n/)).map((block) => block.trim()).filter((block) => block.length > 80)
}

/** The benchmark as a table, for people. */
export function formatCliBench(result: CliBench): string {
  const lines = [
    'CLI: ' + result.files + ' files, ' + (result.bytes / 1024 / 1024).toFixed(1) + ' MB',
    ...result.runs.map(
      (run) =>
        '  --concurrency ' + run.concurrency + ': ' + (run.ms / 1000).toFixed(2) + ' s, CPU ' + (run.cpuMs / 1000).toFixed(2) + ' s, peak RSS ' + run.rssMiB.toFixed(0) + ' MiB, exit ' + run.exitCode
    ),
    '  ratio (2 / 1): ' + result.ratio.toFixed(2) + ' (target ≤ 0.60)'
  ]
  return lines.join('\n') + '\n'
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const argument = (name: string): number | undefined => {
    const index = process.argv.indexOf(name)
    return index < 0 ? undefined : Number(process.argv[index + 1])
  }

  process.stdout.write(formatCliBench(benchCli({files: argument('--files'), runs: argument('--runs')})))
}
