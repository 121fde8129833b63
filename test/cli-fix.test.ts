import {cp, mkdtemp, readFile, readdir, stat, utimes, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import test from 'ava'
import {applyPatch, parsePatch} from 'diff'
import {runCli} from './helpers/run-cli.js'

const fixture = fileURLToPath(new URL('../fixtures/cli/fix-overlap/', import.meta.url))

/** A fresh copy of the fixture’s `input/` folder. */
async function copy(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'mtlint-fix-'))
  await cp(fixture + 'input', folder, {recursive: true})
  return folder
}

test('--fix applies overlapping fixes over several passes, byte for byte, and rewrites only changed files', async (t) => {
  const folder = await copy()
  const old = new Date('2020-01-01T00:00:00Z')
  await utimes(join(folder, 'clean.txt'), old, old)
  const result = await runCli(['--fix', '.'], {cwd: folder})
  t.is(result.stdout, 'article.txt: written\n\nclean.txt: no issues found\n\ncrlf.txt: written\n\npage.md: written\n')
  t.is(result.code, 0)
  for (const name of await readdir(fixture + 'expected')) {
    t.deepEqual(await readFile(join(folder, name)), await readFile(fixture + 'expected/' + name), name)
  }

  t.is((await stat(join(folder, 'clean.txt'))).mtime.getTime(), old.getTime(), 'an unchanged file is not rewritten')
  t.deepEqual((await readdir(folder)).sort(), ['.mtlintrc.json', 'article.txt', 'clean.txt', 'crlf.txt', 'page.md'], 'no temporary files are left')
})

test('--fix keeps UTF-16 LE with its BOM, and works on worker threads', async (t) => {
  const folder = await copy()
  const text = '\uFEFFHe said the the talks would go on.\r\n'
  await writeFile(join(folder, 'utf16.txt'), Buffer.from(text, 'utf16le'))
  const result = await runCli(['--fix', '--concurrency', '2', 'utf16.txt', 'article.txt'], {cwd: folder})
  t.deepEqual(await readFile(join(folder, 'utf16.txt')), Buffer.from(text.replace('the the', 'the'), 'utf16le'))
  t.deepEqual(await readFile(join(folder, 'article.txt')), await readFile(fixture + 'expected/article.txt'))
  t.is(result.code, 0)
})

test('--fix-type limits fixes to a category', async (t) => {
  const folder = await copy()
  const result = await runCli(['--fix', '--fix-type', 'accuracy', 'article.txt'], {cwd: folder})
  t.is(await readFile(join(folder, 'article.txt'), 'utf8'), await readFile(fixture + 'expected-accuracy/article.txt', 'utf8'))
  t.regex(result.stdout, /^article\.txt: written\n/)
  t.regex(result.stdout, /repeated-words/, 'what other categories would fix is still reported')
  t.is(result.code, 1)
})

test('--fix-dry-run prints a unified diff that applies, and writes nothing', async (t) => {
  const folder = await copy()
  const result = await runCli(['--fix-dry-run', '.'], {cwd: folder})
  const diff = await readFile(fixture + 'expected-dry-run.diff', 'utf8')
  t.is(result.stdout, diff)
  t.is(result.code, 0, 'the exit code is that of the text once fixed')
  for (const name of ['article.txt', 'crlf.txt', 'page.md']) {
    const before = await readFile(join(folder, name), 'utf8')
    t.is(before, await readFile(fixture + 'input/' + name, 'utf8'), name + ' is untouched')
    const patch = parsePatch(diff).find((item) => item.oldFileName === name)
    t.is(patch && applyPatch(before, patch), await readFile(fixture + 'expected/' + name, 'utf8'), name + ': the diff gives the fixed text')
  }
})

test('--fix-dry-run works on stdin; --fix does not', async (t) => {
  const input = 'He said the the talks would go on.\n'
  const dry = await runCli(['--fix-dry-run', '--stdin-filename', 'note.txt'], {cwd: fixture + 'input', stdin: input})
  t.is(dry.stdout, '--- note.txt\n+++ note.txt\n@@ -1,1 +1,1 @@\n-He said the the talks would go on.\n+He said the talks would go on.\n')
  const write = await runCli(['--fix', '--stdin-filename', 'note.txt'], {cwd: fixture + 'input', stdin: input})
  t.is(write.stderr, 'mtlint: `--fix` does not work with stdin; use `--fix-dry-run` to see the fixes as a diff, or name the files to fix\nRun `mtlint --help` for the options.\n')
  t.is(write.code, 2)
})
