import {cp, mkdtemp, readFile, copyFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import test from 'ava'
import {runCli} from './helpers/run-cli.js'

const fixture = fileURLToPath(new URL('../fixtures/cli/baseline/', import.meta.url))

test('a baseline survives edits above its findings, fails on new ones and lists the fixed ones', async (t) => {
  const folder = await mkdtemp(join(tmpdir(), 'mtlint-baseline-'))
  await cp(fixture, folder, {recursive: true})
  const written = await runCli(['--baseline-write', '.mtlint-baseline.json', 'article.txt'], {cwd: folder})
  t.is(written.code, 0, 'recording findings accepts them')
  t.is(written.stderr, 'mtlint: Wrote 3 findings to `.mtlint-baseline.json`\n')
  t.regex(written.stdout, /repeated-words/, 'the report is printed as usual')
  t.is(await readFile(join(folder, '.mtlint-baseline.json'), 'utf8'), await readFile(fixture + 'expected-baseline.json', 'utf8'))

  for (const [step, code] of [['1-edited-above', 0], ['2-new-finding', 1], ['3-one-fixed', 1]] as const) {
    await copyFile(join(folder, 'steps', step + '.txt'), join(folder, 'article.txt'))
    const result = await runCli(['--baseline', '.mtlint-baseline.json', 'article.txt'], {cwd: folder})
    t.is(result.stdout, await readFile(fixture + 'expected-' + step + '.txt', 'utf8'), step)
    t.is(result.stderr, await readFile(fixture + 'expected-' + step + '.stderr.txt', 'utf8'), step)
    t.is(result.code, code, step)
  }
})

test('baselines work with every format and with --concurrency', async (t) => {
  const folder = await mkdtemp(join(tmpdir(), 'mtlint-baseline-'))
  await cp(fixture, folder, {recursive: true})
  await runCli(['--baseline-write', 'base.json', 'article.txt'], {cwd: folder})
  await copyFile(join(folder, 'steps', '2-new-finding.txt'), join(folder, 'article.txt'))
  const result = await runCli(['--baseline', 'base.json', '--format', 'github', '--concurrency', '2', 'article.txt', 'steps/1-edited-above.txt'], {cwd: folder})
  t.is(
    result.stdout,
    [
      '::error file=article.txt,line=6,col=11,endLine=6,endColumn=26,title=mtlint (doubled-conjunct)::Unexpected `peace` on both sides of `and`, expected it once: the source probably had two different words',
      '::error file=steps/1-edited-above.txt,line=4,col=9,endLine=4,endColumn=16,title=mtlint (repeated-words)::Unexpected repeated `the`, expected `the` once',
      '::warning file=steps/1-edited-above.txt,line=5,col=24,endLine=5,endColumn=25,title=mtlint (quotes)::Unexpected `„`, expected `“` in English text',
      '::warning file=steps/1-edited-above.txt,line=5,col=31,endLine=5,endColumn=32,title=mtlint (quotes)::Unexpected `“`, expected `”` in English text',
      ''
    ].join('\n'),
    'a baseline is per path: the same text elsewhere is new'
  )
  t.is(result.code, 1)
})

test('only findings of the files linted can be “no longer found”', async (t) => {
  const folder = await mkdtemp(join(tmpdir(), 'mtlint-baseline-'))
  await cp(fixture, folder, {recursive: true})
  await runCli(['--baseline-write', 'base.json', 'article.txt', 'steps/3-one-fixed.txt'], {cwd: folder})
  await copyFile(join(folder, 'steps', '3-one-fixed.txt'), join(folder, 'article.txt'))
  const result = await runCli(['--baseline', 'base.json', '--quiet', 'article.txt'], {cwd: folder})
  t.is(result.stderr, await readFile(fixture + 'expected-3-one-fixed.stderr.txt', 'utf8'))
  t.is(result.code, 1, 'the new doubled conjunct in article.txt')
})
