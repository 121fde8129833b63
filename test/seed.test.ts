import {readFile} from 'node:fs/promises'
import test from 'ava'
import {fix, lint} from '../src/index.js'
import {toJsonMessage} from '../src/reporters/json.js'

const seedPath = new URL('../fixtures/seed/seed-article.txt', import.meta.url)
const expectedPath = new URL('../fixtures/seed/seed-article.expected.json', import.meta.url)

interface Finding {
  readonly ruleId: string | null
  readonly severity: string
  readonly start: string
  readonly end: string
  readonly actual: string | null
  readonly expected: ReadonlyArray<string>
}

test('the seed article yields exactly the reviewed findings', async (t) => {
  const value = await readFile(seedPath, 'utf8')
  const expected = JSON.parse(await readFile(expectedPath, 'utf8')) as Array<Finding>
  const file = await lint(value, {lang: 'en', sourceLang: 'de'})
  const actual: Array<Finding> = file.messages.map(toJsonMessage).map((message) => ({
    ruleId: message.ruleId,
    severity: message.severity,
    start: message.line + ':' + message.column,
    end: message.endLine + ':' + message.endColumn,
    actual: message.actual,
    expected: message.expected
  }))
  t.deepEqual(actual, expected)
  for (const message of file.messages.map(toJsonMessage)) {
    t.is(value.slice(message.offset, message.endOffset), message.actual ?? '<no actual>')
  }
})

test('fixing the seed article changes only what safe fixes cover', async (t) => {
  const value = await readFile(seedPath, 'utf8')
  const result = await fix(value, {lang: 'en'})
  const fixes = result.applied.map((message) => message.ruleId)
  t.true(fixes.includes('doubled-conjunct'))
  // Re-applying every applied edit by hand gives the same text: nothing else moved.
  let manual = value
  for (const message of [...result.applied].reverse()) {
    const place = message.place as {start: {offset: number}; end: {offset: number}}
    manual = manual.slice(0, place.start.offset) + (message.expected?.[0] ?? '') + manual.slice(place.end.offset)
  }

  t.is(result.value, manual)
  t.true(result.value.includes('“This includes the inviolability of borders.”'))
  const again = await fix(result.value, {lang: 'en'})
  t.is(again.value, result.value, 're-fixing is a no-op')
})
