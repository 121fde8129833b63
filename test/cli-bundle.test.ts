import {spawn} from 'node:child_process'
import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import test from 'ava'
import {runCli, type CliResult} from './helpers/run-cli.js'

const root = fileURLToPath(new URL('../', import.meta.url))
const unbundled = root + 'dist/src/cli/index.js'

/** The CLI from tsc's separate modules, as `bin/` runs it when the build had no esbuild. */
function runUnbundled(args: ReadonlyArray<string>): Promise<CliResult> {
  return new Promise(function (resolve, reject) {
    const child = spawn(process.execPath, [unbundled, ...args], {cwd: root, stdio: ['ignore', 'pipe', 'pipe']})
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({code, stdout, stderr}))
  })
}

test('bin/mtlint.js runs the bundle the build wrote', (t) => {
  t.true(existsSync(root + 'dist/bundle/cli.js'), 'npm run build writes dist/bundle/')
  t.true(existsSync(root + 'dist/bundle/worker.js'), 'the --concurrency worker sits beside the CLI bundle')
})

test('the bundled CLI reports exactly what the separate modules report, in plain text and Markdown', async (t) => {
  const args = ['--format', 'json', 'fixtures/seed/seed-article.txt', 'fixtures/cli/formats/article.md']
  const [bundled, modules] = await Promise.all([runCli(args, {cwd: root}), runUnbundled(args)])
  t.is(bundled.code, modules.code)
  t.is(bundled.stdout, modules.stdout)
  const files = JSON.parse(bundled.stdout) as Array<{messages: Array<unknown>}>
  t.true(files.length === 2 && files.every((file) => file.messages.length > 0))
})
