import test from 'ava'
import {createLinter} from '../src/index.js'
import {nameConsistencyAcrossFiles} from '../src/names/batch.js'
import {VFile} from 'vfile'

async function collect(files: Record<string, string>, options = {}) {
  const linter = createLinter({lang: 'en', ...options})
  const collected = []
  for (const [path, value] of Object.entries(files)) {
    const file = await linter.lint(new VFile({path, value}))
    const data = nameConsistencyAcrossFiles.collect(file, options)
    if (data) collected.push({path, data})
  }

  return collected
}

test('reports a name spelled differently in a minority of files, once per file', async (t) => {
  const collected = await collect({
    'a.txt': 'The envoy met Mr Kovalchuk on Monday. Mr Kovalchuk said little.',
    'b.txt': 'Later, Mr Kovalchuk flew to Brussels.',
    'c.txt': 'On Friday Mr Kowaltschuk returned. Mr Kowaltschuk was tired.'
  })
  const files = nameConsistencyAcrossFiles.finish(collected)
  t.deepEqual(
    files.map((file) => [file.path, file.messages.map(String)]),
    [['c.txt', ['c.txt:1:14-1:25: Unexpected `Kowaltschuk`, expected `Kovalchuk` as other files of this batch spell it (`Kovalchuk` in a.txt:1:18, `Kovalchuk` in b.txt:1:11)']]]
  )
  t.is(files[0]?.messages[0]?.ruleId, 'name-consistency')
})

test('says nothing for a single file or a consistent batch', async (t) => {
  t.deepEqual(nameConsistencyAcrossFiles.finish(await collect({'a.txt': 'Mr Kovalchuk met Mr Kowaltschuk.'})), [])
  t.deepEqual(nameConsistencyAcrossFiles.finish(await collect({'a.txt': 'Mr Kovalchuk spoke.', 'b.txt': 'Mr Kovalchuk left.'})), [])
})

test('is off when name-consistency is off', async (t) => {
  const options = {rules: {'name-consistency': 'off' as const}}
  t.deepEqual(await collect({'a.txt': 'Mr Kovalchuk spoke.', 'b.txt': 'Mr Kowaltschuk left.'}, options), [])
})

test('compares spellings only within one language', async (t) => {
  const linter = createLinter()
  const collected = []
  for (const [path, value, lang] of [
    ['en.txt', 'The talks with Mr Kovalchuk went on. Mr Kovalchuk left.', 'en'],
    ['en2.txt', 'Later Mr Kovalchuk spoke to reporters.', 'en'],
    ['de.txt', 'Danach sprach Herr Kowaltschuk mit Reportern.', 'de']
  ] as const) {
    const file = await linter.lint(new VFile({path, value}), {lang})
    const data = nameConsistencyAcrossFiles.collect(file, {})
    if (data) collected.push({path, data})
  }

  t.deepEqual(nameConsistencyAcrossFiles.finish(collected), [])
})

test('never merges different people across files', async (t) => {
  const files = nameConsistencyAcrossFiles.finish(await collect({'a.txt': 'Mr Johnson spoke.', 'b.txt': 'Mr Jonson left.', 'c.txt': 'Olaf Scholz and Howard Schultz met.'}))
  t.deepEqual(files, [])
})
