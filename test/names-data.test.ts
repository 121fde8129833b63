import test from 'ava'
import rule from '../rules/name-spelling.js'
import {builtinFiles} from '../src/dictionary/builtin.js'
import {readNameEntries} from '../src/dictionary/names.js'
import {lintWith} from './helpers/lint-with.js'

// Read the YAML sources (not the compiled JSON), so validation runs.
const entries = readNameEntries(builtinFiles('names'))

test('the names lexicon is well-formed and large enough', (t) => {
  t.true(entries.length >= 300, entries.length + ' entities')
  const kinds = new Set(entries.map((entry) => entry.kind))
  t.deepEqual([...kinds].sort(), ['media', 'organisation', 'party', 'person', 'place'])
  for (const entry of entries) t.true(entry.basis.length > 0, entry.id)
})

test('every example in the names lexicon holds when run through name-spelling', async (t) => {
  const problems: Array<string> = []
  for (const entry of entries) {
    for (const example of entry.examples) {
      if (example.bad) {
        const file = await lintWith(rule, example.bad, example.lang)
        const [message, ...rest] = file.messages
        if (!message || rest.length > 0) {
          problems.push(entry.id + ': ' + file.messages.length + ' messages for bad example `' + example.bad + '`, expected 1')
          continue
        }

        const place = message.place as {start: {offset: number}; end: {offset: number}}
        const fixed = example.bad.slice(0, place.start.offset) + (message.expected?.[0] ?? '') + example.bad.slice(place.end.offset)
        if (fixed !== example.good) problems.push(entry.id + ': fix gives `' + fixed + '`, expected `' + example.good + '`')
      }

      const good = await lintWith(rule, example.good, example.lang)
      if (good.messages.length > 0) problems.push(entry.id + ': good example `' + example.good + '` gives ' + good.messages.map(String).join('; '))
    }
  }

  t.deepEqual(problems, [])
})
