import {spawnSync} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import test from 'ava'
import {runCli} from './helpers/run-cli.js'

const root = fileURLToPath(new URL('../', import.meta.url))
/** The CLI from tsc's separate modules, as `bin/` runs it when the build had no esbuild. */
const unbundled = root + 'dist/src/cli/index.js'

test('the build writes the CLI bundle with a code cache V8 accepts, and the worker beside it', (t) => {
  const file = root + 'dist/bundle/cli.cjs'
  t.true(existsSync(root + 'dist/bundle/worker.js'), 'the --concurrency worker sits beside the CLI bundle')
  const id = /^\/\/ mtlint-bundle (\S+)$/m.exec(readFileSync(file, 'utf8').slice(0, 200))?.[1]
  t.regex(id ?? '', /^[\da-f-]{36}$/, 'the bundle carries its build id')
  const stamp = id + '\n'
  const stored = readFileSync(file + '.cache')
  t.is(stored.subarray(0, stamp.length).toString(), stamp, 'the cache names the bundle it was made from')
  // Compiled as bin/load.js compiles it, with the same V8 flag.
  const probe = spawnSync(process.execPath, ['--no-regexp-tier-up', '-e', `
    const {readFileSync} = require('node:fs')
    const {Script} = require('node:vm')
    const source = readFileSync(${JSON.stringify(file)}, 'utf8')
    const script = new Script('(function (exports, require, module, __filename, __dirname) { ' + source + '\\n})', {cachedData: readFileSync(${JSON.stringify(file + '.cache')}).subarray(${stamp.length})})
    process.stdout.write(String(script.cachedDataRejected))`], {encoding: 'utf8'})
  t.is(probe.stdout, 'false', probe.stderr)
})

test('the bundled CLI reports exactly what the separate modules report, in plain text and Markdown', async (t) => {
  const args = ['--format', 'json', 'fixtures/seed/seed-article.txt', 'fixtures/cli/formats/article.md']
  const [bundled, modules] = await Promise.all([runCli(args, {cwd: root}), runCli(args, {cwd: root, script: unbundled})])
  t.is(bundled.code, modules.code)
  t.is(bundled.stdout, modules.stdout)
  const files = JSON.parse(bundled.stdout) as Array<{messages: Array<unknown>}>
  t.true(files.length === 2 && files.every((file) => file.messages.length > 0))
})
