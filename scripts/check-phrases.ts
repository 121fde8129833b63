// Check phrase tables: schema, sort order, patterns, and every example run
// through its rule. `node --import tsx scripts/check-phrases.ts [file.yml ...]`
// (default: every built-in table); prints problems and entry counts.
import {readdirSync} from 'node:fs'
import {join} from 'node:path'
import {lintWith} from '../test/helpers/lint-with.js'
import calque from '../rules/calque.js'
import boilerplate from '../rules/boilerplate.js'
import {builtinPath} from '../src/dictionary/paths.js'
import {DataFileError} from '../src/dictionary/read.js'
import {readBoilerplateTables, readCalqueTables} from '../src/dictionary/phrases.js'
import {checkExample} from '../src/phrase/examples.js'

const given = process.argv.slice(2)
const all = ['calques', 'boilerplate'].flatMap((folder) =>
  readdirSync(builtinPath(folder)).filter((name) => name.endsWith('.yml')).map((name) => join(builtinPath(folder), name))
)
let failed = 0

for (const path of given.length > 0 ? given : all) {
  try {
    if (path.includes('/calques/')) {
      const [table] = readCalqueTables([path])
      const problems: Array<string> = []
      for (const entry of table!.entries) {
        for (const example of entry.examples) {
          const text = 'ok' in example ? example.ok : example.bad
          const file = await lintWith(calque, text, table!.target, undefined, table!.source)
          const problem = checkExample(example, file.messages, table!.source + '-' + table!.target + '#' + entry.id)
          if (problem) problems.push(entry.id + ': ' + problem)
        }
      }

      report(path, table!.entries.length, problems)
    } else {
      const [table] = readBoilerplateTables([path])
      const problems: Array<string> = []
      for (const entry of table!.entries) {
        for (const example of entry.examples) {
          const text = 'ok' in example ? example.ok : example.bad
          const file = await lintWith(boilerplate, text, table!.lang)
          const problem = checkExample(example, file.messages, table!.lang + '#' + entry.id)
          if (problem) problems.push(entry.id + ': ' + problem)
        }
      }

      report(path, table!.entries.length, problems)
    }
  } catch (error) {
    failed++
    console.log(path + ': ' + (error instanceof DataFileError ? '\n  ' + error.problems.join('\n  ') : String(error)))
  }
}

process.exitCode = failed > 0 ? 1 : 0

function report(path: string, count: number, problems: ReadonlyArray<string>): undefined {
  console.log(path.slice(path.indexOf('dictionaries/')) + ': ' + count + ' entries' + (problems.length > 0 ? ', ' + problems.length + ' failing examples' : ''))
  for (const problem of problems) console.log('  ' + problem)
  if (problems.length > 0) failed++
  return undefined
}
