import {mkdir, mkdtemp, readFile, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import test from 'ava'
import {Ajv} from 'ajv'
import {flags} from '../src/cli/flags.js'
import {configSchema, schemaFile, schemaText} from '../src/config/schema.js'
import {runCli} from './helpers/run-cli.js'

const fixtures = fileURLToPath(new URL('../fixtures/cli/', import.meta.url))
const cascade = fixtures + 'config-cascade'

async function expected(path: string): Promise<string> {
  return readFile(fixtures + path, 'utf8')
}

test('configuration cascades per folder: nearer keys win, rules merge, `root` stops the lookup', async (t) => {
  const result = await runCli(['.'], {cwd: cascade})
  t.is(result.stdout, await expected('config-cascade/expected.txt'))
  t.is(result.stderr, '')
  t.is(result.code, 1)
})

test('--print-config shows the settings merged for a file', async (t) => {
  const german = await runCli(['--print-config', 'de/artikel.txt'], {cwd: cascade})
  t.deepEqual(JSON.parse(german.stdout), {lang: 'de', rules: {quotes: 'error', 'repeated-words': 'warn'}})
  const news = await runCli(['--print-config', 'news', '--lang', 'en-GB'], {cwd: cascade})
  t.deepEqual(JSON.parse(news.stdout), {lang: 'en-GB', rules: {quotes: 'error', 'repeated-words': 'off'}}, 'flags override configuration')
  t.is(news.code, 0)
})

test('--config uses that file alone', async (t) => {
  const result = await runCli(['--config', 'alternative.yml', 'article.txt', 'news/story.txt'], {cwd: cascade})
  t.is(result.stdout, await expected('config-cascade/expected-config.txt'))
  t.is(result.code, 1)
  const missing = await runCli(['--config', 'nope.json', 'article.txt'], {cwd: cascade})
  t.is(missing.stderr, 'nope.json: Cannot find configuration file given with `--config`\n')
  t.is(missing.code, 2)
})

for (const kind of ['json', 'yaml', 'package', 'syntax']) {
  test('a bad ' + kind + ' configuration is reported with file, line, column, key and what was expected, and exits 2', async (t) => {
    const result = await runCli(['article.txt'], {cwd: fixtures + 'config-errors/' + kind})
    t.is(result.stderr, await expected('config-errors/' + kind + '/expected-stderr.txt'))
    t.is(result.stdout, '', 'nothing is linted with a broken configuration')
    t.is(result.code, 2)
  })
}

test('the published schema is current and checks configuration as an editor would', async (t) => {
  t.is(await readFile(schemaFile(), 'utf8'), schemaText(), 'regenerate with `node --import tsx scripts/write-schema.ts`')
  const validate = new Ajv({strict: true, strictTuples: false, allErrors: true}).compile(configSchema())
  t.true(validate(JSON.parse(await readFile(cascade + '/.mtlintrc.json', 'utf8'))))
  t.true(validate({rules: {quotes: ['warn', {straight: 'always'}], 'repeated-words': 'off'}, words: ['Zelensky']}))
  t.false(validate(JSON.parse(await readFile(fixtures + 'config-errors/json/.mtlintrc.json', 'utf8'))))
  t.false(validate({rules: {quotes: ['warn', {straight: 'sometimes'}]}}))
})

test('README documents every flag as `--help` does, and every configuration key', async (t) => {
  const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8')
  const cli = readme.slice(readme.indexOf('## CLI\n'), readme.indexOf('\n## ', readme.indexOf('## CLI\n') + 1))
  const rows = [...cli.matchAll(/^\| (`-\w`, )?`--([\w-]+)(?: (\w+))?` \| (.+) \|$/gm)].map((match) => [match[2], match[4]])
  t.deepEqual(
    rows,
    flags.map((flag) => [flag.name, flag.description])
  )
  const help = (await runCli(['--help'])).stdout
  for (const flag of flags) t.true(help.includes('--' + flag.name + (flag.value ? ' ' + flag.value : '')), flag.name)
  const configuration = readme.slice(readme.indexOf('## Configuration\n'), readme.indexOf('## CLI\n'))
  for (const key of Object.keys((configSchema() as {properties: object}).properties)) t.true(configuration.includes('| `' + key + '` |'), key)
})

test('`overrides` apply settings to the files their globs match, after the folder’s', async (t) => {
  const folder = await mkdtemp(join(tmpdir(), 'mtlint-overrides-'))
  await writeFile(
    join(folder, '.mtlintrc.json'),
    JSON.stringify({lang: 'en', overrides: [{files: ['quoted/*.txt'], rules: {'repeated-words': 'off'}}, {files: ['*.de.txt'], lang: 'de', words: ['Tagesthemen']}]})
  )
  await mkdir(join(folder, 'quoted'))
  await mkdir(join(folder, 'desk'))
  const doubled = 'He said the the talks would go on.\n'
  await writeFile(join(folder, 'story.txt'), doubled)
  await writeFile(join(folder, 'quoted', 'story.txt'), doubled)
  await writeFile(join(folder, 'desk', 'notiz.de.txt'), 'Die Regierung hat am Freitag entschieden.\n')

  const result = await runCli(['--format', 'json', 'story.txt', 'quoted/story.txt'], {cwd: folder})
  const files = JSON.parse(result.stdout) as Array<{path: string; messages: Array<{ruleId: string}>}>
  t.deepEqual(
    files.map((file) => [file.path, file.messages.map((message) => message.ruleId)]),
    [['story.txt', ['repeated-words']], ['quoted/story.txt', []]]
  )

  // A pattern without `/` matches a file name in any folder below the configuration.
  const printed = JSON.parse((await runCli(['--print-config', 'desk/notiz.de.txt'], {cwd: folder})).stdout) as {lang: string; words: Array<string>}
  t.is(printed.lang, 'de')
  t.deepEqual(printed.words, ['Tagesthemen'])
  t.is(JSON.parse((await runCli(['--print-config', 'story.txt'], {cwd: folder})).stdout).lang, 'en')
})

test('a bad `overrides` entry is reported with its key', async (t) => {
  const folder = await mkdtemp(join(tmpdir(), 'mtlint-overrides-'))
  await writeFile(join(folder, '.mtlintrc.json'), '{\n  "overrides": [{"rules": {"quotes": "off"}}, {"files": ["*.txt"], "lang": "en_US"}]\n}\n')
  await writeFile(join(folder, 'story.txt'), 'Text.\n')
  const result = await runCli(['story.txt'], {cwd: folder})
  t.is(result.code, 2)
  t.regex(result.stderr, /^\.mtlintrc\.json:2:\d+: Missing key "files" in overrides\[0\]$/m)
  t.regex(result.stderr, /^\.mtlintrc\.json:2:\d+: Unexpected value "en_US" for overrides\[1\]\.lang, expected a BCP 47 language tag/m)
})
