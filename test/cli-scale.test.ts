import {mkdtemp, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import test from 'ava'
import {VFile} from 'vfile'
import type {BatchCheck} from '../src/cli/batch.js'
import {runCli, type CliIo} from '../src/cli/run.js'
import type {JsonFile} from '../src/reporters/json.js'

/** Run the CLI in this process, capturing what it writes. */
async function run(argv: ReadonlyArray<string>, cwd: string, io: Partial<CliIo> = {}, checks?: ReadonlyArray<BatchCheck>) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(
    argv,
    {stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), readStdin: async () => '', cwd, ...io},
    {batchChecks: checks}
  )
  return {code, stdout, stderr}
}

async function folderWith(files: Record<string, string>): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'mtlint-scale-'))
  await writeFile(join(folder, '.mtlintrc.json'), '{"root": true, "lang": "en"}\n')
  for (const [name, value] of Object.entries(files)) await writeFile(join(folder, name), value)
  return folder
}

/** A cross-file check as the rules’ author would write one: the less common of two spellings is flagged. */
const spellings: BatchCheck<Array<{form: string; offset: number}>> = {
  id: 'name-consistency-test',
  collect(file) {
    return [...String(file).matchAll(/Zelenskyy?/g)].map((match) => ({form: match[0], offset: match.index}))
  },
  finish(collected) {
    const counts = new Map<string, number>()
    for (const {data} of collected) for (const {form} of data) counts.set(form, (counts.get(form) ?? 0) + 1)
    const [preferred] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? []
    const files: Array<VFile> = []
    for (const {path, data} of collected) {
      const file = new VFile({path})
      for (const {form, offset} of data) {
        if (form === preferred) continue
        const start = {line: 1, column: offset + 1, offset}
        const end = {line: 1, column: offset + 1 + form.length, offset: offset + form.length}
        const message = file.message('Unexpected `' + form + '`, expected `' + preferred + '` as elsewhere in this batch', {place: {start, end}, ruleId: 'name-consistency-test', source: 'mtlint'})
        message.fatal = true
        message.actual = form
        message.expected = [preferred ?? '']
      }

      if (file.messages.length > 0) files.push(file)
    }

    return files
  }
}

test('batch checks run as a reduce step after the per-file pass, and their findings count', async (t) => {
  const folder = await folderWith({'a.txt': 'Zelensky spoke.\n', 'b.txt': 'Zelenskyy spoke.\n', 'c.txt': 'Zelensky left.\n'})
  const result = await run(['--format', 'json', '.'], folder, {}, [spellings])
  const report = JSON.parse(result.stdout) as Array<JsonFile>
  const ours = (file: JsonFile) => file.messages.filter((message) => message.ruleId === 'name-consistency-test').map((message) => message.message)
  t.deepEqual(report.map((file) => [file.path, ours(file)]), [
    ['a.txt', []],
    ['b.txt', []],
    ['c.txt', []],
    ['b.txt', ['Unexpected `Zelenskyy`, expected `Zelensky` as elsewhere in this batch']]
  ])
  t.is(result.code, 1)
  const none = await run(['--format', 'json', '.'], folder)
  t.deepEqual((JSON.parse(none.stdout) as Array<JsonFile>).map((file) => file.path), ['a.txt', 'b.txt', 'c.txt'], 'none is registered by default')
})

test('a progress line is drawn on a terminal for long batches and cleared at the end', async (t) => {
  const files: Record<string, string> = {}
  for (let index = 1; index <= 25; index++) files['f' + String(index).padStart(2, '0') + '.txt'] = 'The talks went on.\n'
  const folder = await folderWith(files)
  const terminal = await run(['--quiet', '.'], folder, {stderrIsTTY: true, columns: 60})
  t.true(terminal.stderr.startsWith('\r\u001B[2Kmtlint: 1/25 files · f01.txt'))
  t.true(terminal.stderr.includes('mtlint: 25/25 files · f25.txt'))
  t.true(terminal.stderr.endsWith('\r\u001B[2K'))
  t.is(terminal.code, 0)
  const piped = await run(['--quiet', '.'], folder)
  t.is(piped.stderr, '', 'no progress line when stderr is not a terminal')
})

test('in process, --concurrency 2 runs the sources on worker threads and reports in input order', async (t) => {
  const files: Record<string, string> = {}
  for (let index = 1; index <= 6; index++) files['f' + index + '.txt'] = index % 2 ? 'He said the the thing.\n' : 'The talks went on.\n'
  const folder = await folderWith(files)
  const one = await run(['--format', 'json', '.'], folder)
  const two = await run(['--format', 'json', '--concurrency', '2', '.'], folder)
  t.is(two.stdout, one.stdout)
  t.deepEqual((JSON.parse(two.stdout) as Array<JsonFile>).map((file) => file.path), ['f1.txt', 'f2.txt', 'f3.txt', 'f4.txt', 'f5.txt', 'f6.txt'])
  t.is(two.code, 1)
})
