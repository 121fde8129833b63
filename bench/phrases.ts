// How long loading every phrase table takes, in a fresh process: the calque
// tables and the boilerplate lists read (from the build's JSON) and indexed,
// ready to match. Target: ≤ 50 ms together (issue 9). Patterns compile when a
// document first meets their first word; compiling all of them is timed too,
// for reference (a linter never does it).
// `npm run build && node --import tsx bench/phrases.ts [--json]`
import {performance} from 'node:perf_hooks'
import {builtinBoilerplate, builtinCalques} from '../src/dictionary/phrases.js'
import {compilePattern} from '../src/phrase/pattern.js'
import {indexOf} from '../src/phrase/tables.js'

/** One fresh-process measurement, in milliseconds. */
export interface PhraseLoad {
  readonly tables: number
  readonly patterns: number
  readonly readMs: number
  readonly indexMs: number
  readonly totalMs: number
  readonly compileAllMs: number
}

const start = performance.now()
const calques = builtinCalques()
const lists = builtinBoilerplate()
const read = performance.now()
for (const table of calques) indexOf(table)
for (const list of lists) {
  // What the boilerplate rule builds: whole-line and phrase entries apart.
  indexOf(list, 'line', (entry) => entry.scope === 'line')
  indexOf(list, 'phrase', (entry) => entry.scope === 'phrase')
}

const indexed = performance.now()
const sources = [...calques, ...lists].flatMap((table) => table.entries.flatMap((entry) => entry.match))
for (const source of sources) compilePattern(source)
const compiled = performance.now()

const result: PhraseLoad = {
  tables: calques.length + lists.length,
  patterns: sources.length,
  readMs: read - start,
  indexMs: indexed - read,
  totalMs: indexed - start,
  compileAllMs: compiled - indexed
}

if (process.argv.includes('--json')) console.log(JSON.stringify(result))
else {
  console.log(
    'phrase tables: ' + calques.length + ' calque tables, ' + lists.length + ' boilerplate lists, ' + result.patterns + ' patterns: read ' +
      result.readMs.toFixed(1) + ' ms, indexed ' + result.indexMs.toFixed(1) + ' ms, load total ' + result.totalMs.toFixed(1) +
      ' ms (target ≤ 50 ms); compiling every pattern, which linting never does: ' + result.compileAllMs.toFixed(1) + ' ms'
  )
}
