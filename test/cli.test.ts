import {copyFile, mkdtemp, readFile, stat, utimes, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import test from 'ava'
import type {JsonFile} from '../src/reporters/json.js'
import {runCli} from './helpers/run-cli.js'

const seed = fileURLToPath(new URL('../fixtures/seed/seed-article.txt', import.meta.url))

async function scratch(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'mtlint-cli-'))
}

test('lints the seed article for people, with positions, suggestions and exit code 1', async (t) => {
  const result = await runCli([seed])
  t.is(result.code, 1)
  t.regex(result.stdout, /45:472-45:503 +error +Unexpected `inviolability` on both sides of `and`/)
  t.regex(result.stdout, /41:99-41:118 +warning +Unexpected quotation marks around the attribution `said Sullivan\.`, expected `,” said Sullivan\. “`/)
})

test('prints the documented JSON contract, whose offsets slice out `actual`', async (t) => {
  const result = await runCli(['--format', 'json', '--lang', 'en', seed])
  const text = await readFile(seed, 'utf8')
  const report = JSON.parse(result.stdout) as Array<JsonFile>
  t.is(report.length, 1)
  t.is(report[0]?.path, seed)
  const messages = report[0]?.messages ?? []
  t.true(messages.length >= 2)
  for (const message of messages) {
    t.deepEqual(Object.keys(message), ['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'offset', 'endOffset', 'actual', 'expected', 'category', 'url'])
    t.is(text.slice(message.offset, message.endOffset), message.actual ?? '<no actual>')
    t.true(['error', 'warning', 'info'].includes(message.severity))
    t.true(Array.isArray(message.expected))
  }

  t.is(result.stderr, '')
})

test('reads stdin when no file is named, and exits 0 on clean text', async (t) => {
  const dirty = await runCli(['--format', 'json', '--lang', 'en'], {stdin: 'He said the the thing.'})
  t.is(dirty.code, 1)
  t.is((JSON.parse(dirty.stdout) as Array<JsonFile>)[0]?.path, '<stdin>')
  const clean = await runCli(['--lang', 'en'], {stdin: 'He said the thing.'})
  t.is(clean.code, 0)
})

test('--fix writes the safe fixes and keeps every other byte', async (t) => {
  const folder = await scratch()
  const copy = join(folder, 'seed.txt')
  await copyFile(seed, copy)
  const original = await readFile(copy, 'utf8')
  const result = await runCli(['--fix', '--lang', 'en', copy])
  const fixed = await readFile(copy, 'utf8')
  // The doubled conjunct, and the names whose house-style fix is safe; nothing else.
  const expected = original
    .replace('the inviolability and inviolability of borders', 'the inviolability of borders')
    .replace('spoken to Zelenskyi on', 'spoken to Zelensky on')
    .replace('Oleksiy Resnikov warned', 'Oleksiy Reznikov warned')
    .replace('guarantee from Kiev not', 'guarantee from Kyiv not')
    .replace('areas in Donbass controlled', 'areas in Donbas controlled')
    .replace('also live in Donbass.', 'also live in Donbas.')
  t.is(fixed, expected)
  t.notRegex(result.stdout, /inviolability/, 'the fixed finding is no longer reported')
  t.is(result.code, 0, 'what is left are warnings')
})

test('--fix keeps a BOM and CRLF line endings', async (t) => {
  const folder = await scratch()
  const path = join(folder, 'crlf.txt')
  await writeFile(path, '\uFEFFFirst line.\r\nHe said the the thing.\r\n')
  await runCli(['--fix', '--lang', 'en', path])
  t.deepEqual(await readFile(path), Buffer.from('\uFEFFFirst line.\r\nHe said the thing.\r\n'))
})

test('--fix leaves a file without fixes untouched', async (t) => {
  const folder = await scratch()
  const path = join(folder, 'clean.txt')
  await writeFile(path, 'A clean sentence.\n')
  const old = new Date('2020-01-01T00:00:00Z')
  await utimes(path, old, old)
  const result = await runCli(['--fix', '--lang', 'en', path])
  t.is(result.code, 0)
  t.is((await stat(path)).mtime.getTime(), old.getTime(), 'the file was not rewritten')
})

test('reports unreadable and binary files, lints the others, and exits 2', async (t) => {
  const folder = await scratch()
  const binary = join(folder, 'image.png')
  await writeFile(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]))
  const good = join(folder, 'good.txt')
  await writeFile(good, 'He said the the thing.\n')
  const result = await runCli(['--format', 'json', '--lang', 'en', join(folder, 'missing.txt'), binary, good])
  t.is(result.code, 2)
  const report = JSON.parse(result.stdout) as Array<JsonFile>
  t.deepEqual(report.map((file) => file.messages.map((message) => message.message)), [
    ['Cannot find file'],
    ['Cannot lint a binary file'],
    ['Unexpected repeated `the`, expected `the` once']
  ])
})

test('rejects usage errors with exit code 2', async (t) => {
  const unknown = await runCli(['--frobnicate'])
  t.is(unknown.code, 2)
  t.regex(unknown.stderr, /Unknown option '--frobnicate'/)
  const format = await runCli(['--format', 'xml', seed])
  t.is(format.code, 2)
  t.regex(format.stderr, /Unexpected format `xml`, expected `json` or `stylish`/)
  const lang = await runCli(['--lang', 'not a tag', seed])
  t.is(lang.code, 2)
  const stdinFix = await runCli(['--fix'])
  t.is(stdinFix.code, 2)
  t.regex(stdinFix.stderr, /`--fix` does not work with stdin/)
})

test('prints help', async (t) => {
  const result = await runCli(['--help'])
  t.is(result.code, 0)
  t.regex(result.stdout, /^Usage: mtlint/)
})
