import {fileURLToPath} from 'node:url'
import test from 'ava'
import {runCli} from './helpers/run-cli.js'

const cwd = fileURLToPath(new URL('../fixtures/cli/exit-codes/', import.meta.url))
const warningsReport = [
  'warnings.txt',
  '1:10-1:11 warning Unexpected straight `"` among curly quotes, expected `“` quotes mtlint',
  '1:14-1:15 warning Unexpected straight `"` among curly quotes, expected `”` quotes mtlint',
  '',
  '⚠ 2 warnings',
  ''
].join('\n')
const errorsReport = ['errors.txt', '1:9-1:16 error Unexpected repeated `the`, expected `the` once repeated-words mtlint', '', '✖ 1 error', ''].join('\n')

const exits = test.macro<[ReadonlyArray<string>, number, string, string | RegExp]>({
  async exec(t, args, code, stdout, stderr) {
    const result = await runCli(args, {cwd})
    t.is(result.stdout, stdout)
    if (typeof stderr === 'string') t.is(result.stderr, stderr)
    else t.regex(result.stderr, stderr)
    t.is(result.code, code)
  },
  title(provided, args, code) {
    return (provided ?? '') + ' (`mtlint ' + args.join(' ') + '` exits ' + code + ')'
  }
})

test('a clean file', exits, ['clean.txt'], 0, 'clean.txt: no issues found\n', '')
test('warnings alone', exits, ['warnings.txt'], 0, warningsReport, '')
test('as many warnings as allowed', exits, ['--max-warnings', '2', 'warnings.txt'], 0, warningsReport, '')
test('more warnings than allowed', exits, ['--max-warnings', '1', 'warnings.txt'], 1, warningsReport, 'mtlint: Unexpected 2 warnings, expected at most 1 (`--max-warnings`)\n')
test('an error', exits, ['errors.txt'], 1, errorsReport, '')
test('--quiet reports errors only', exits, ['--quiet', 'warnings.txt', 'errors.txt'], 1, errorsReport, '')
test('--quiet still counts warnings', exits, ['--quiet', '--max-warnings', '0', 'warnings.txt'], 1, '', 'mtlint: Unexpected 2 warnings, expected at most 0 (`--max-warnings`)\n')
test(
  'an unreadable file, the others still linted',
  exits,
  ['missing.txt', 'errors.txt'],
  2,
  'missing.txt\n1:1 error Cannot find file read-error mtlint\n\n' + errorsReport.replace('✖ 1 error', '✖ 2 errors'),
  ''
)
test('a usage error', exits, ['--max-warnings', 'some', 'clean.txt'], 2, '', 'mtlint: Unexpected value `some` for `--max-warnings`, expected a whole number such as `0`\nRun `mtlint --help` for the options.\n')
test('two fix modes at once', exits, ['--fix', '--fix-dry-run', 'clean.txt'], 2, '', /Unexpected `--fix` with `--fix-dry-run`/)
test('an unknown fix type', exits, ['--fix', '--fix-type', 'layout', 'clean.txt'], 2, '', /Unexpected value `layout` for `--fix-type`/)
test('a missing baseline', exits, ['--baseline', 'none.json', 'clean.txt'], 2, '', /^mtlint: Cannot read baseline `.*none\.json` \(ENOENT\); write one with `--baseline-write`\n$/)
test(
  'a file over --max-file-size',
  exits,
  ['--max-file-size', '0.00001', 'errors.txt'],
  2,
  'errors.txt\n1:1 error Cannot lint a file larger than 0.00001 MB (0.0 MB); split it, or raise `--max-file-size` read-error mtlint\n\n✖ 1 error\n',
  ''
)
