// How long loading every phrase table takes: the calque tables and the
// boilerplate lists read (from the build's JSON) and compiled into their
// indexes, in a fresh process. Target: ≤ 50 ms together (issue 9).
// `npm run build && node --import tsx bench/phrases.ts`
import {performance} from 'node:perf_hooks'
import {builtinBoilerplate, builtinCalques} from '../src/dictionary/phrases.js'
import {indexOf} from '../src/phrase/tables.js'

const start = performance.now()
const calques = builtinCalques()
const lists = builtinBoilerplate()
const read = performance.now()
let patterns = 0
for (const table of calques) {
  indexOf(table)
  patterns += table.entries.reduce((sum, entry) => sum + entry.match.length, 0)
}

for (const list of lists) {
  indexOf(list)
  patterns += list.entries.reduce((sum, entry) => sum + entry.match.length, 0)
}

const end = performance.now()
console.log(
  'phrase tables: ' + calques.length + ' calque tables, ' + lists.length + ' boilerplate lists, ' + patterns + ' patterns: read ' +
    (read - start).toFixed(1) + ' ms, compiled ' + (end - read).toFixed(1) + ' ms, total ' + (end - start).toFixed(1) + ' ms'
)
