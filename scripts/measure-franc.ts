// Measure how long a span must be for franc (restricted to our six
// languages) to name its language reliably. Spans are cut at word
// boundaries from the human-written texts in fixtures/clean/<lang>/.
// `node --import tsx scripts/measure-franc.ts` prints accuracy per language
// and length; README records the shortest length with ≥ 95 % accuracy.
import {readFileSync, readdirSync} from 'node:fs'
import {detectable, detectLanguage} from '../src/engine/language.js'

const lengths = [15, 20, 30, 40, 50, 60, 80, 100, 150]
const root = new URL('../fixtures/clean/', import.meta.url)
const rows: Array<string> = ['| language | ' + lengths.map((length) => length + ' chars').join(' | ') + ' | reliable from |', '|' + ' --- |'.repeat(lengths.length + 2)]

for (const lang of detectable) {
  const folder = new URL(lang + '/', root)
  const text = readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(new URL(name, folder), 'utf8'))
    .join('\n')
  const words = text.split(/\s+/).filter(Boolean)
  const cells: Array<string> = []
  let reliable = '—'
  for (const length of lengths) {
    let total = 0
    let right = 0
    for (let index = 0; index < words.length; ) {
      let span = ''
      while (index < words.length && span.length < length) span += (span ? ' ' : '') + words[index++]
      if (span.length < length) break
      total++
      if (detectLanguage(span, detectable, 1)?.lang === lang) right++
    }

    const accuracy = total === 0 ? 0 : right / total
    cells.push((accuracy * 100).toFixed(0) + ' %')
    if (reliable === '—' && accuracy >= 0.95) reliable = length + ' chars'
  }

  rows.push('| ' + lang + ' | ' + cells.join(' | ') + ' | ' + reliable + ' |')
}

console.log(rows.join('\n'))
