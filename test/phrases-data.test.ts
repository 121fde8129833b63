import test from 'ava'
import boilerplate from '../rules/boilerplate.js'
import calque from '../rules/calque.js'
import {builtinFiles} from '../src/dictionary/builtin.js'
import {readBoilerplateTables, readCalqueTables} from '../src/dictionary/phrases.js'
import {checkExample} from '../src/phrase/examples.js'
import {lintWith} from './helpers/lint-with.js'

// Read the YAML sources (not the compiled JSON), so validation runs.
const calques = readCalqueTables(builtinFiles('calques'))
const lists = readBoilerplateTables(builtinFiles('boilerplate'))

const coverage: Readonly<Record<string, number>> = {
  'de-en': 150, 'fr-en': 60, 'ru-en': 60, 'uk-en': 60, 'es-en': 60, 'it-en': 60, 'en-de': 40, 'en-fr': 40, 'en-es': 40
}

test('phrase tables cover every language pair the issue names', (t) => {
  const counts = Object.fromEntries(calques.map((table) => [table.source + '-' + table.target, table.entries.length]))
  t.log(JSON.stringify(counts))
  for (const [pair, minimum] of Object.entries(coverage)) {
    t.true((counts[pair] ?? 0) >= minimum, pair + ': ' + String(counts[pair]) + ' entries, expected at least ' + minimum)
  }

  for (const lang of ['de', 'en', 'es', 'fr', 'ru', 'uk']) {
    t.true(lists.some((list) => list.lang === lang && list.entries.length >= 25), 'boilerplate for ' + lang)
  }
})

for (const table of calques) {
  test('every example of calques/' + table.source + '-' + table.target + ' holds', async (t) => {
    const problems: Array<string> = []
    for (const entry of table.entries) {
      for (const example of entry.examples) {
        const file = await lintWith(calque, 'ok' in example ? example.ok : example.bad, table.target, undefined, table.source)
        const problem = checkExample(example, file.messages, table.source + '-' + table.target + '#' + entry.id)
        if (problem) problems.push(entry.id + ': ' + problem)
      }
    }

    t.deepEqual(problems, [])
  })
}

for (const list of lists) {
  test('every example of boilerplate/' + list.lang + ' holds', async (t) => {
    const problems: Array<string> = []
    for (const entry of list.entries) {
      for (const example of entry.examples) {
        const file = await lintWith(boilerplate, 'ok' in example ? example.ok : example.bad, list.lang)
        const problem = checkExample(example, file.messages, list.lang + '#' + entry.id)
        if (problem) problems.push(entry.id + ': ' + problem)
      }
    }

    t.deepEqual(problems, [])
  })
}
