import {readFile} from 'node:fs/promises'
import {fileURLToPath} from 'node:url'
import test from 'ava'
import {VFile} from 'vfile'
import {createLinter} from '../src/engine/lint.js'
import type {JsonFile} from '../src/reporters/json.js'
import {runCli} from './helpers/run-cli.js'

const fixtures = fileURLToPath(new URL('../fixtures/cli/', import.meta.url))
const ignoring = fixtures + 'ignore-file'
const formats = fixtures + 'formats'
const stdin = fixtures + 'stdin'

async function expected(path: string): Promise<string> {
  return readFile(fixtures + path, 'utf8')
}

test('folders are walked for known extensions, leaving out what `.mtlintignore` files say', async (t) => {
  const result = await runCli(['.'], {cwd: ignoring})
  t.is(result.stdout, await expected('ignore-file/expected.txt'))
  t.is(result.stderr, '')
  t.is(result.code, 1)
})

test('a named file that an ignore file leaves out is skipped with a note', async (t) => {
  const result = await runCli(['sub/local.md', 'a.txt'], {cwd: ignoring})
  t.is(result.stderr, 'mtlint: Skipped `sub/local.md`, ignored by `sub/.mtlintignore`; use `--no-ignore` to lint it\n')
  t.regex(result.stdout, /^a\.txt\n/)
  t.is(result.code, 1)
})

test('--no-ignore lints everything named', async (t) => {
  const result = await runCli(['--no-ignore', 'a.txt', 'c.generated.txt', 'drafts', 'sub'], {cwd: ignoring})
  t.is(result.stdout, await expected('ignore-file/expected-no-ignore.txt'))
})

test('globs are matched, ignore files apply, and a glob without matches is reported', async (t) => {
  const markdown = await runCli(['**/*.md'], {cwd: ignoring})
  t.deepEqual((await json(['**/*.md'])).map((file) => file.path), ['sub/kept.md'])
  t.is(markdown.code, 1)
  const none = await runCli(['--format', 'json', 'nothing/*.md', 'a.txt'], {cwd: ignoring})
  const report = JSON.parse(none.stdout) as Array<JsonFile>
  t.deepEqual(report.map((file) => [file.path, file.messages.map((message) => message.ruleId)]), [
    ['nothing/*.md', ['read-error']],
    ['a.txt', ['repeated-words']]
  ])
  t.is(report[0]?.messages[0]?.message, 'Cannot find files matching `nothing/*.md`')
  t.is(none.code, 2)

  async function json(args: Array<string>): Promise<Array<JsonFile>> {
    return JSON.parse((await runCli(['--format', 'json', ...args], {cwd: ignoring})).stdout) as Array<JsonFile>
  }
})

test('stdin with --stdin-filename takes the format and configuration of that path', async (t) => {
  const input = await readFile(stdin + '/input.md', 'utf8')
  const named = await runCli(['--stdin-filename', 'docs/page.md'], {cwd: stdin, stdin: input})
  t.is(named.stdout, await expected('stdin/expected.txt'))
  t.is(named.code, 1)
  const plain = await runCli([], {cwd: stdin, stdin: input})
  t.is(plain.stdout, await expected('stdin/expected-plain.txt'), 'without a name, stdin is plain text')
})

test('Markdown and HTML positions are in the original file, and `actual` is the text there', async (t) => {
  const report = JSON.parse(await expected('formats/expected.json')) as Array<JsonFile>
  let checked = 0
  for (const file of report) {
    const text = await readFile(formats + '/' + file.path, 'utf8')
    const lines = text.split('\n')
    for (const message of file.messages) {
      if (message.actual !== null) t.is(text.slice(message.offset, message.endOffset), message.actual)
      t.is(lines.slice(0, message.line - 1).join('\n').length + (message.line > 1 ? 1 : 0) + message.column - 1, message.offset, 'line and column agree with the offset')
      checked++
    }
  }

  t.is(checked, 8)
})

test('code, front matter, URLs, scripts, styles and attributes produce no findings; control comments apply', async (t) => {
  const linter = createLinter({lang: 'en'})
  const markdown = await readFile(formats + '/article.md', 'utf8')
  const found = await linter.lint(new VFile({path: 'article.md', value: markdown}))
  t.deepEqual(found.messages.map(String), [
    'article.md:11:3-11:10: Unexpected repeated `the`, expected `the` once',
    'article.md:24:29-24:36: Unexpected repeated `the`, expected `the` once',
    'article.md:26:1-26:32: Unexpected unknown rule `quotess` in `mtlint-disable`, expected a rule id such as `quotes`'
  ])
  t.is(String(found), markdown, 'the file keeps its text')

  const html = await readFile(formats + '/page.html', 'utf8')
  const page = await linter.lint(new VFile({path: 'page.html', value: html}))
  t.deepEqual(page.messages.map(String), [
    'page.html:9:95-9:102: Unexpected repeated `the`, expected `the` once',
    'page.html:13:18-13:19: Unexpected `„`, expected `“` in English text',
    'page.html:13:25-13:26: Unexpected `“`, expected `”` in English text'
  ])

  const same = await linter.lint(new VFile({path: 'page.txt', value: html}))
  t.true(same.messages.length > page.messages.length, 'as plain text, the markup would be linted')
  const explicit = await linter.lint(new VFile({value: html}), {format: 'html'})
  t.deepEqual(explicit.messages.map((message) => message.ruleId), page.messages.map((message) => message.ruleId), '`format` overrides the extension')
})

test('control comments: disable and enable by rule, disable-next-line, and everything', async (t) => {
  const linter = createLinter({lang: 'en'})
  const value = [
    '<!-- mtlint-disable -->',
    '',
    'One the the.',
    '',
    '<!-- mtlint-enable -->',
    '<!-- mtlint-disable repeated-words, quotes -->',
    '',
    'Two the the „x“.',
    '',
    '<!-- mtlint-enable quotes -->',
    '',
    'Three the the „x“.',
    '',
    '<!-- mtlint-enable repeated-words -->',
    '<!-- mtlint-disable-next-line quotes -->',
    'Four the the „x“.',
    '',
    'Five the the.',
    ''
  ].join('\n')
  const file = await linter.lint(new VFile({path: 'a.md', value}))
  t.deepEqual(file.messages.map((message) => message.line + ' ' + message.ruleId), ['12 quotes', '12 quotes', '16 repeated-words', '18 repeated-words'])
})
