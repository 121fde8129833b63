import {readdirSync, readFileSync} from 'node:fs'
import test from 'ava'
import {createLinter} from '../src/index.js'

const root = new URL('../fixtures/clean/', import.meta.url)
const languages = ['de', 'en', 'es', 'fr', 'ru', 'uk']

for (const lang of languages) {
  const folder = new URL(lang + '/', root)
  const names = readdirSync(folder).filter((name) => name.endsWith('.txt')).sort()

  test(lang + ': the clean corpus holds at least three articles', (t) => {
    t.true(names.length >= 3)
  })

  test(lang + ': no rule flags human-quality news text', async (t) => {
    const linter = createLinter({lang})
    const found: Array<string> = []
    for (const name of names) {
      const file = await linter.lint(readFileSync(new URL(name, folder), 'utf8'))
      for (const message of file.messages) found.push(lang + '/' + name + ':' + String(message) + ' [' + message.ruleId + '] ' + JSON.stringify(message.actual))
    }

    t.deepEqual(found, [])
  })
}
