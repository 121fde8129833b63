import {spawn, spawnSync} from 'node:child_process'
import {copyFile, mkdtemp, readFile, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import test from 'ava'
import {createLinter} from '../src/engine/lint.js'
import {serverBin} from './helpers/lsp-client.js'

const seed = fileURLToPath(new URL('../fixtures/seed/seed-article.txt', import.meta.url))
const init = fileURLToPath(new URL('fixtures/nvim/init.lua', import.meta.url))
const nvim = spawnSync('nvim', ['--version'], {encoding: 'utf8'})
const available = !nvim.error && nvim.status === 0

interface Reported {
  readonly lnum: number
  readonly col: number
  readonly code: string
  readonly severity: number
  readonly source: string
  readonly message: string
  readonly href: string | null
  readonly related: number
}

interface Report {
  readonly error?: string
  readonly diagnostics: ReadonlyArray<Reported>
  readonly actions: ReadonlyArray<{title: string; kind: string | null; isPreferred: boolean}>
  readonly applied?: string
  readonly cleared?: boolean
  readonly after: ReadonlyArray<Reported>
}

test('Neovim’s built-in LSP client shows the seed article’s diagnostics and applies a quick fix', async (t) => {
  if (!available) {
    if (process.env['CI']) return t.fail('`nvim` is not installed; `.ci/run` installs Debian’s `neovim`')
    t.log('Skipped: `nvim` is not installed (`apt-get install neovim`); in CI this test runs')
    return t.pass()
  }

  t.log(nvim.stdout.split('\n')[0])
  const folder = await mkdtemp(join(tmpdir(), 'mtlint-nvim-'))
  const file = join(folder, 'seed-article.txt')
  const out = join(folder, 'fixed.txt')
  const reportPath = join(folder, 'report.json')
  await copyFile(seed, file)
  await writeFile(join(folder, '.mtlintrc.json'), '{"lang": "en"}\n')

  const run = await runNeovim(['--headless', '--clean', '-u', init], {
    MTLINT_NODE: process.execPath,
    MTLINT_SERVER: serverBin,
    MTLINT_FILE: file,
    MTLINT_OUT: out,
    MTLINT_RESULT: reportPath
  })
  let report: Report
  try {
    report = JSON.parse(await readFile(reportPath, 'utf8')) as Report
  } catch {
    return t.fail('Neovim wrote no report (exit ' + run.code + '): ' + run.output)
  }

  t.is(report.error, undefined)
  t.is(run.code, 0)

  // What Neovim shows is what the engine finds: rule, line, and column (Neovim counts bytes).
  const text = await readFile(seed, 'utf8')
  const lines = text.split('\n')
  const engine = await createLinter({lang: 'en'}).lint(text)
  const expected = engine.messages.map(function (message) {
    const start = message.place && 'start' in message.place ? message.place.start : {line: 1, column: 1}
    return [message.ruleId, start.line - 1, Buffer.byteLength(lines[start.line - 1]!.slice(0, start.column - 1))].join(':')
  })
  const shown = report.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.lnum, diagnostic.col].join(':'))
  t.deepEqual([...shown].sort(), [...expected].sort())

  const doubled = report.diagnostics.find((diagnostic) => diagnostic.code === 'doubled-conjunct')
  t.like(doubled, {lnum: 44, severity: 1, source: 'mtlint', href: 'https://github.com/mtlint/mtlint#doubled-conjunct'})
  t.regex(doubled?.message ?? '', /^Unexpected `inviolability` on both sides of `and`/)

  t.is(report.applied, 'Replace `Kiev` with `Kyiv`')
  t.true(report.actions.some((action) => action.title === 'Replace `Kiev` with `Kyiv`' && action.isPreferred && action.kind === 'quickfix'))
  t.true(report.cleared)
  t.is(report.after.length, report.diagnostics.length - 1)
  t.is(await readFile(out, 'utf8'), text.replace('guarantee from Kiev', 'guarantee from Kyiv'))
})

/** Run Neovim with `env` added; a bounded wait, then kill (the Lua side has its own watchdog). */
function runNeovim(args: ReadonlyArray<string>, env: Record<string, string>): Promise<{code: number | null; output: string}> {
  return new Promise(function (resolve) {
    const child = spawn('nvim', [...args], {env: {...process.env, ...env}, stdio: ['ignore', 'pipe', 'pipe']})
    let output = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), 100_000)
    child.on('close', function (code) {
      clearTimeout(timer)
      resolve({code, output})
    })
  })
}
