import {mkdtemp, readFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import test from 'ava'
import {Ajv} from 'ajv'
import type {Log} from 'sarif'
import {VFile} from 'vfile'
import {rules} from '../rules/index.js'
import {jsonReporter, reportJson} from '../src/reporters/json.js'
import {reportStylish} from '../src/reporters/stylish.js'
import {runCli} from './helpers/run-cli.js'

const cwd = fileURLToPath(new URL('../fixtures/cli/formats/', import.meta.url))
const inputs = ['article.md', 'note.txt', 'page.html']

async function expected(name: string): Promise<string> {
  return readFile(cwd + name, 'utf8')
}

for (const [format, name] of [
  ['stylish', 'expected.txt'],
  ['json', 'expected.json'],
  ['github', 'expected.github.txt'],
  ['junit', 'expected.junit.xml']
] as const) {
  test('--format ' + format + ' prints the reviewed report', async (t) => {
    const result = await runCli(['--format', format, ...inputs], {cwd})
    t.is(result.stdout, await expected(name))
    t.is(result.stderr, '')
    t.is(result.code, 1)
  })
}

test('--format sarif prints a SARIF 2.1.0 log with rule metadata, fixes and notifications', async (t) => {
  const result = await runCli(['--format', 'sarif', ...inputs, 'missing.txt'], {cwd})
  t.is(result.code, 2)
  const log = JSON.parse(result.stdout) as Log
  const run = log.runs[0]!
  const driver = run.tool.driver
  t.deepEqual(driver.rules?.map((rule) => rule.id), [...rules.map((rule) => rule.id), 'control-comment'])
  for (const rule of driver.rules ?? []) t.regex(rule.helpUri ?? '', /^https:\/\/github\.com\/mtlint\/mtlint#[a-z-]+$/)
  for (const item of run.results ?? []) {
    if (item.ruleIndex !== undefined) t.is(driver.rules?.[item.ruleIndex]?.id, item.ruleId)
    delete item.ruleIndex
  }

  t.is(run.originalUriBaseIds?.['%SRCROOT%']?.uri, 'file://' + cwd)
  run.originalUriBaseIds = {'%SRCROOT%': {uri: 'file:///cwd/'}}
  driver.rules = []
  driver.version = '0.0.0'
  driver.semanticVersion = '0.0.0'
  t.deepEqual(log, JSON.parse(await expected('expected.sarif.json')) as Log)
})

test('SARIF output is valid against the SARIF 2.1.0 JSON Schema', async (t) => {
  const schema = JSON.parse(await readFile(fileURLToPath(new URL('fixtures/sarif/sarif-2.1.0-rtm.5.json', import.meta.url)), 'utf8')) as Record<string, unknown>
  // Draft-04 names its identifier `id`; ajv 8 reads `$id` (draft-06 and later, same meaning).
  schema['$id'] = schema['id']
  delete schema['id']
  delete schema['$schema']
  const ajv = new Ajv({
    allErrors: true,
    strict: false,
    // The schema’s `language` pattern (`^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$`) is not valid with the `u` flag.
    unicodeRegExp: false,
    formats: {
      'date-time': /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/,
      uri: {validate: (value: string) => URL.canParse(value)},
      'uri-reference': {validate: (value: string) => URL.canParse(value, 'file:///base/')}
    }
  })
  const validate = ajv.compile(schema)
  for (const args of [[...inputs, 'missing.txt'], ['note.txt'], ['--quiet', 'note.txt']]) {
    const result = await runCli(['--format', 'sarif', ...args], {cwd})
    const valid = validate(JSON.parse(result.stdout))
    t.true(valid, JSON.stringify(validate.errors?.slice(0, 3)))
  }

  t.false(validate({version: '2.1.0', runs: [{tool: {driver: {name: 'mtlint'}}, results: [{message: {text: 'x'}, level: 'fatal'}]}]}), 'the schema does reject')
})

test('--output-file writes the report there and nothing to stdout', async (t) => {
  const folder = await mkdtemp(join(tmpdir(), 'mtlint-output-'))
  const target = join(folder, 'reports', 'mtlint.json')
  const result = await runCli(['--format', 'json', '--output-file', target, ...inputs], {cwd})
  t.is(result.stdout, '')
  t.is(result.code, 1)
  t.is(await readFile(target, 'utf8'), await expected('expected.json'))
})

test('--concurrency 2 lints on worker threads and prints the same report', async (t) => {
  const result = await runCli(['--format', 'json', '--concurrency', '2', ...inputs], {cwd})
  t.is(result.stdout, await expected('expected.json'))
  t.is(result.code, 1)
})

test('reporters stream one file at a time and print what the whole-batch form prints', (t) => {
  const files = [new VFile({path: 'a.txt'}), new VFile({path: 'b.txt'}), new VFile({path: 'c.txt'})]
  const message = files[1]!.message('Unexpected `x`, expected `y`', {place: {start: {line: 1, column: 2, offset: 1}, end: {line: 1, column: 3, offset: 2}}, ruleId: 'quotes', source: 'mtlint'})
  message.fatal = false
  const reporter = jsonReporter()
  t.is(reporter.head() + files.map((file) => reporter.file(file)).join('') + reporter.tail(), reportJson(files))
  const empty = jsonReporter()
  t.is(empty.head() + empty.tail(), reportJson([]))
  t.is(reportStylish(files), 'a.txt: no issues found\n\nb.txt\n1:2-1:3 warning Unexpected `x`, expected `y` quotes mtlint\n\nc.txt: no issues found\n\n⚠ 1 warning\n')
  t.is(reportStylish(files, {quiet: true}), 'b.txt\n1:2-1:3 warning Unexpected `x`, expected `y` quotes mtlint\n\n⚠ 1 warning\n')
})
