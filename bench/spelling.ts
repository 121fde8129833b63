/**
 * Spelling benchmark: mtlint’s `spelling` rule against retext-spell (nspell)
 * with the same `dictionary-<lang>` package, side by side, in one run.
 *
 * Measures, per language (the English seed article, and German, French and
 * Ukrainian articles of about the same length built from
 * `fixtures/clean/<lang>/`):
 *
 * - cold start: a whole `mtlint` process (`bin/mtlint.js`, so `npm run build`
 *   first) until it exits with its result, a whole process running the built
 *   `spelling` rule alone (median of three runs each), and a whole
 *   retext-spell process;
 * - the dictionary’s load time and the RSS it adds: precompiled word graph
 *   against nspell;
 * - warm throughput of the rule alone, in words per second, against
 *   retext-spell on the same parser;
 * - peak RSS of each process.
 *
 * It prints a table and ratios and never fails: the targets are for people
 * to read (README, “Spelling”). Run alone: `node --import tsx bench/spelling.ts`
 * (`--quick` skips retext-spell on French and Ukrainian, which takes a minute
 * and 700 MB each to load).
 */

import type {Root} from 'nlcst'
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const self = fileURLToPath(import.meta.url)
/** Prints the process’s peak RSS (kB) on exit: works for any entry point. */
const rssHook =
  'data:text/javascript,process.on("exit",()=>process.stderr.write("\\nmaxrss:"+process.resourceUsage().maxRSS+"\\n"))'

/** One language’s numbers. */
export interface SpellingBenchRow {
  readonly lang: string
  readonly words: number
  /** Whole `mtlint` process on the article (every rule), ms. */
  readonly coldMtlint: number | undefined
  readonly rssMtlint: number | undefined
  /** Whole process running the built `spelling` rule alone on the article, ms. */
  readonly coldSpelling: number | undefined
  readonly rssSpelling: number | undefined
  /** Whole retext-spell process on the article, ms. */
  readonly coldRetext: number | undefined
  readonly rssRetext: number | undefined
  /** Loading the dictionary: ms and MiB added, precompiled graph and nspell. */
  readonly loadGraph: {readonly ms: number; readonly mib: number}
  readonly loadNspell: {readonly ms: number; readonly mib: number} | undefined
  /** Warm words per second: the rule alone, and retext-spell. */
  readonly warmMtlint: number
  readonly warmRetext: number | undefined
  readonly findingsMtlint: number
  readonly findingsRetext: number | undefined
}

/** Options of `benchSpelling`. */
export interface SpellingBenchOptions {
  readonly languages?: ReadonlyArray<string>
  /** Skip retext-spell where nspell takes tens of seconds to load (fr, uk). */
  readonly quick?: boolean
  readonly log?: (line: string) => void
}

/** Run the benchmark and return its rows (also printed through `log`). */
export async function benchSpelling(options: SpellingBenchOptions = {}): Promise<Array<SpellingBenchRow>> {
  const log = options.log ?? ((line: string) => process.stdout.write(line + '\n'))
  const languages = options.languages ?? ['en', 'de', 'fr', 'uk']
  const rows: Array<SpellingBenchRow> = []
  const cli = join(root, 'bin', 'mtlint.js')
  const built = existsSync(join(root, 'dist', 'src', 'cli', 'index.js'))
  if (!built) log('spelling bench: no dist/ (run `npm run build`): skipping the mtlint process')

  for (const lang of languages) {
    const path = article(lang)
    const text = readFileSync(path, 'utf8')
    const words = countWords(text)
    const heavy = options.quick === true && (lang === 'fr' || lang === 'uk')

    const mtlint = built ? median(() => timeProcess([cli, '--lang', lang, path])) : undefined
    const alone = built ? median(() => timeProcess(['--input-type=module', '-e', spellingOnly(lang, path)])) : undefined
    const retext = heavy ? undefined : timeProcess([self, '--child', 'retext', lang, path], true)
    const ours = child('ours', lang, path)
    const theirs = heavy ? undefined : child('retext-warm', lang, path)
    const row: SpellingBenchRow = {
      lang,
      words,
      coldMtlint: mtlint?.ms,
      rssMtlint: mtlint?.rss,
      coldSpelling: alone?.ms,
      rssSpelling: alone?.rss,
      coldRetext: retext?.ms,
      rssRetext: retext?.rss,
      loadGraph: {ms: ours.loadMs, mib: ours.loadMib},
      loadNspell: theirs && {ms: theirs.loadMs, mib: theirs.loadMib},
      warmMtlint: ours.wordsPerSecond,
      warmRetext: theirs?.wordsPerSecond,
      findingsMtlint: ours.findings,
      findingsRetext: theirs?.findings
    }
    rows.push(row)
    log(describe(row))
  }

  log('')
  log(table(rows))
  return rows
}

/** The seed article for English; for other languages, clean articles joined to about its length. */
function article(lang: string): string {
  if (lang === 'en') return join(root, 'fixtures', 'seed', 'seed-article.txt')
  const target = countWords(readFileSync(join(root, 'fixtures', 'seed', 'seed-article.txt'), 'utf8'))
  const folder = join(root, 'fixtures', 'clean', lang)
  let text = ''
  for (const name of readdirSync(folder).filter((name) => name.endsWith('.txt')).sort()) {
    if (countWords(text) >= target) break
    text += readFileSync(join(folder, name), 'utf8') + '\n'
  }

  const out = join(root, 'bench', 'out')
  mkdirSync(out, {recursive: true})
  const path = join(out, 'spelling-' + lang + '.txt')
  writeFileSync(path, text)
  return path
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length
}

/** The run with the median time of three: the machines are shared and noisy. */
function median(run: () => {ms: number; rss: number | undefined}): {ms: number; rss: number | undefined} {
  const runs = [run(), run(), run()].sort((a, b) => a.ms - b.ms)
  return runs[1]!
}

/** A module that lints `path` with the built `spelling` rule only and prints the count. */
function spellingOnly(lang: string, path: string): string {
  const url = (relative: string) => JSON.stringify(new URL(relative, 'file://' + root + '/').href)
  return [
    'import {readFileSync} from "node:fs"',
    'import {unified} from "unified"',
    'import {VFile} from "vfile"',
    'import {parsePlainText} from ' + url('dist/src/engine/parse.js'),
    'import rule from ' + url('dist/rules/spelling.js'),
    'const file = new VFile({value: readFileSync(' + JSON.stringify(path) + ', "utf8"), data: {lang: ' + JSON.stringify(lang) + '}})',
    'const processor = unified().use(parsePlainText).use(rule)',
    'await processor.run(processor.parse(file), file)',
    'console.log(file.messages.length)'
  ].join('\n')
}

/** Wall time and peak RSS (MiB) of a whole Node process (`tsx` only for our TypeScript children). */
function timeProcess(argv: ReadonlyArray<string>, typescript = false): {ms: number; rss: number | undefined} {
  const started = performance.now()
  const loader = typescript ? ['--import', 'tsx'] : []
  const result = spawnSync(process.execPath, [...loader, '--import', rssHook, ...argv], {cwd: root, encoding: 'utf8', maxBuffer: 1 << 26})
  const ms = performance.now() - started
  const match = /maxrss:(\d+)/.exec(result.stderr ?? '')
  return {ms, rss: match ? Number(match[1]) / 1024 : undefined}
}

interface ChildResult {
  readonly loadMs: number
  readonly loadMib: number
  readonly wordsPerSecond: number
  readonly findings: number
}

/** Run a measurement in a fresh process, so one language’s memory never counts for another. */
function child(kind: string, lang: string, path: string): ChildResult {
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', self, '--child', kind, lang, path], {cwd: root, encoding: 'utf8', maxBuffer: 1 << 26})
  const line = (result.stdout ?? '').trim().split('\n').at(-1) ?? ''
  try {
    return JSON.parse(line) as ChildResult
  } catch {
    throw new Error('Cannot read `' + kind + '` result for `' + lang + '`: ' + result.stderr)
  }
}

function describe(row: SpellingBenchRow): string {
  return (
    row.lang + ': ' + row.words + ' words; cold mtlint ' + ms(row.coldMtlint) + ', spelling alone ' + ms(row.coldSpelling) + ' (retext-spell ' + ms(row.coldRetext) + '); ' +
    'load graph ' + ms(row.loadGraph.ms) + ' +' + row.loadGraph.mib.toFixed(1) + ' MiB (nspell ' + ms(row.loadNspell?.ms) + ' +' + (row.loadNspell?.mib.toFixed(0) ?? '–') + ' MiB); ' +
    'warm ' + Math.round(row.warmMtlint) + ' words/s (retext-spell ' + (row.warmRetext ? Math.round(row.warmRetext) : '–') + ')'
  )
}

function table(rows: ReadonlyArray<SpellingBenchRow>): string {
  const lines = [
    '| lang | words | cold start mtlint (all rules) | cold start spelling alone | cold start retext-spell | peak RSS mtlint | peak RSS spelling alone | peak RSS retext-spell | load graph | load nspell | warm mtlint (words/s) | warm retext-spell | warm ratio | findings (mtlint / retext-spell) |',
    '| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |'
  ]
  for (const row of rows) {
    lines.push(
      '| ' +
        [
          row.lang,
          row.words,
          ms(row.coldMtlint),
          ms(row.coldSpelling),
          ms(row.coldRetext) + ratio(row.coldRetext, row.coldSpelling),
          mib(row.rssMtlint),
          mib(row.rssSpelling),
          mib(row.rssRetext),
          ms(row.loadGraph.ms) + ', +' + row.loadGraph.mib.toFixed(1) + ' MiB',
          row.loadNspell ? ms(row.loadNspell.ms) + ', +' + row.loadNspell.mib.toFixed(0) + ' MiB' : '–',
          Math.round(row.warmMtlint),
          row.warmRetext === undefined ? '–' : Math.round(row.warmRetext),
          row.warmRetext === undefined ? '–' : (row.warmMtlint / row.warmRetext).toFixed(1) + '×',
          row.findingsMtlint + ' / ' + (row.findingsRetext ?? '–')
        ].join(' | ') +
        ' |'
    )
  }

  return lines.join('\n')
}

function ms(value: number | undefined): string {
  if (value === undefined) return '–'
  return value >= 1000 ? (value / 1000).toFixed(2) + ' s' : Math.round(value) + ' ms'
}

function mib(value: number | undefined): string {
  return value === undefined ? '–' : Math.round(value) + ' MiB'
}

function ratio(slow: number | undefined, fast: number | undefined): string {
  return slow === undefined || fast === undefined ? '' : ' (' + (slow / fast).toFixed(1) + '×)'
}

/** Heap and RSS in MiB after a collection. */
function memory(): number {
  ;(globalThis as {gc?: () => void}).gc?.()
  return process.memoryUsage().rss / 2 ** 20
}

/** Child processes: one measurement each, the result as JSON on the last line of stdout. */
async function runChild(kind: string, lang: string, path: string): Promise<undefined> {
  const {unified} = await import('unified')
  const {VFile} = await import('vfile')
  const {parsePlainText} = await import('../src/engine/parse.js')
  const text = readFileSync(path, 'utf8')
  const words = countWords(text)

  if (kind === 'retext') {
    // A whole retext-spell run, as a user would make it: load, parse, check, suggest.
    const retextSpell = (await import('retext-spell')).default
    const dictionary = await loadDictionary(lang)
    const processor = unified().use(parsePlainText).use(retextSpell, {dictionary})
    const file = new VFile({value: text})
    await processor.run(processor.parse(file) as Root, file)
    process.stdout.write(file.messages.length + ' messages\n')
    return undefined
  }

  const before = memory()
  const started = performance.now()
  let processor
  if (kind === 'ours') {
    const {spellerFor} = await import('../src/spelling/speller.js')
    spellerFor(lang)
  } else {
    const dictionary = await loadDictionary(lang)
    const nspell = createRequire(import.meta.url)('nspell') as (dictionary: unknown) => unknown
    nspell(dictionary)
  }

  const loadMs = performance.now() - started
  const loadMib = memory() - before

  if (kind === 'ours') {
    const rule = (await import('../rules/spelling.js')).default
    processor = unified().use(parsePlainText).use(rule)
  } else {
    const retextSpell = (await import('retext-spell')).default
    processor = unified().use(parsePlainText).use(retextSpell, {dictionary: await loadDictionary(lang)})
  }

  // Warm: one pass to load and fill caches, then timed passes over the same
  // tree (parsing is the same for both and not what is compared).
  let findings = 0
  const tree = processor.parse(new VFile({value: text})) as Root
  const runs = kind === 'ours' ? 200 : 20
  let timed = 0
  for (let pass = -1; pass < runs; pass++) {
    if (pass === 0) timed = performance.now()
    const file = new VFile({value: text, data: {lang}})
    await processor.run(tree, file)
    findings = file.messages.filter((message) => message.fatal === false).length
  }

  const seconds = (performance.now() - timed) / 1000
  const result: ChildResult = {loadMs, loadMib, wordsPerSecond: (words * runs) / seconds, findings}
  process.stdout.write(JSON.stringify(result) + '\n')
  return undefined
}

/** The `dictionary-<lang>` package, as retext-spell takes it. */
async function loadDictionary(lang: string): Promise<{aff: Buffer; dic: Buffer}> {
  return (await import('dictionary-' + lang)).default as {aff: Buffer; dic: Buffer}
}

const argv = process.argv.slice(2)
if (process.argv[1] === self) {
  if (argv[0] === '--child') {
    await runChild(argv[1]!, argv[2]!, argv[3]!)
  } else {
    await benchSpelling({quick: argv.includes('--quick'), ...(argv.some((arg) => !arg.startsWith('-')) ? {languages: argv.filter((arg) => !arg.startsWith('-'))} : {})})
  }
}
