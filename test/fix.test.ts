import test from 'ava'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {applyFixes, fixUntilStable} from '../src/fix.js'

function message(file: VFile, start: number, end: number, actual: string, expected: Array<string>, autofix = true): VFileMessage {
  const result = file.message('x', {
    place: {start: {line: 1, column: start + 1, offset: start}, end: {line: 1, column: end + 1, offset: end}}
  })
  result.actual = actual
  result.expected = expected
  result.autofix = autofix
  return result
}

test('applies non-overlapping fixes and leaves the rest', (t) => {
  const file = new VFile('abc def ghi')
  const a = message(file, 0, 3, 'abc', ['ABC'])
  const b = message(file, 2, 5, 'c d', ['C D'])
  const c = message(file, 8, 11, 'ghi', ['GHI'])
  const d = message(file, 4, 7, 'xxx', ['DEF'])
  const e = message(file, 4, 7, 'def', ['D', 'E'], false)
  const result = applyFixes(String(file), [c, b, a, d, e])
  t.is(result.value, 'ABC def GHI')
  t.deepEqual(result.applied, [a, c])
  t.is(result.remaining.length, 3)
})

test('deletes with an empty replacement', (t) => {
  const file = new VFile('the the end')
  const result = applyFixes(String(file), [message(file, 3, 7, ' the', [''])])
  t.is(result.value, 'the end')
})

test('applies suggestions only when asked', (t) => {
  const file = new VFile('Kiev is big')
  const suggestion = message(file, 0, 4, 'Kiev', ['Kyiv', 'Kyjiw'], false)
  t.is(applyFixes(String(file), [suggestion]).value, 'Kiev is big')
  t.is(applyFixes(String(file), [suggestion], {suggestions: true}).value, 'Kyiv is big')
})

test('keeps every byte outside fixed ranges, including CRLF and a BOM', (t) => {
  const value = '\uFEFFa  b\r\nthe the\r\n\u00A0end'
  const file = new VFile(value)
  const result = applyFixes(value, [message(file, 7, 14, 'the the', ['the'])])
  t.is(result.value, '\uFEFFa  b\r\nthe\r\n\u00A0end')
})

test('filters fixes', (t) => {
  const file = new VFile('ab')
  const a = message(file, 0, 1, 'a', ['A'])
  a.ruleId = 'one'
  const b = message(file, 1, 2, 'b', ['B'])
  b.ruleId = 'two'
  t.is(applyFixes('ab', [a, b], {filter: (m) => m.ruleId === 'two'}).value, 'aB')
})

test('fixes until stable when one fix enables another', async (t) => {
  // Each pass turns the first `aa` into `a`.
  const result = await fixUntilStable('aaaa', async function (value) {
    const file = new VFile(value)
    const index = value.indexOf('aa')
    return index < 0 ? [] : [message(file, index, index + 2, 'aa', ['a'])]
  })
  t.is(result.value, 'a')
  t.is(result.passes, 3)
})

test('stops when two fixes undo each other', async (t) => {
  const result = await fixUntilStable('x', async function (value) {
    const file = new VFile(value)
    return [message(file, 0, 1, value, [value === 'x' ? 'y' : 'x'])]
  })
  t.is(result.value, 'y')
  t.is(result.passes, 1)
})

test('stops after at most 10 passes', async (t) => {
  const result = await fixUntilStable('', async function (value) {
    const file = new VFile(value)
    return [message(file, 0, 0, '', ['a'])]
  })
  t.is(result.value, 'a'.repeat(10))
  t.is(result.passes, 10)
})
