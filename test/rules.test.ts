import {readdirSync, readFileSync} from 'node:fs'
import test from 'ava'
import {Ajv} from 'ajv'
import {rules} from '../rules/index.js'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
const ruleFiles = readdirSync(new URL('../rules/', import.meta.url))
  .filter((name) => name.endsWith('.ts') && name !== 'index.ts')
  .map((name) => name.slice(0, -3))
  .sort()

test('the registry holds every rule file, sorted by id', (t) => {
  const ids = rules.map((rule) => rule.id)
  t.deepEqual(ids, [...ids].sort())
  t.deepEqual(ids, ruleFiles)
})

for (const rule of rules) {
  test(rule.id + ': has well-formed metadata', (t) => {
    const {meta} = rule
    t.regex(rule.id, /^[a-z]+(?:-[a-z]+)*$/)
    t.regex(meta.description, /^[A-Z][a-z]+ [^\n]*[^.]$/)
    t.true(meta.languages.length > 0)
    for (const language of meta.languages) {
      t.true(language === '*' || Intl.getCanonicalLocales(language)[0] === language, language)
    }

    t.is(meta.schema['additionalProperties'], false)
    const validate = new Ajv({strict: true}).compile(meta.schema)
    t.true(validate(meta.defaults), 'defaults validate against the schema')
    for (const template of Object.values<string>(meta.messages)) {
      t.regex(template, /^Unexpected /)
      for (const slot of template.match(/\{[^}]*\}/g) ?? []) t.regex(slot, /^\{\w+\}$/)
    }
  })

  test(rule.id + ': is documented in README with a section and a table row', (t) => {
    t.true(readme.includes('\n### ' + rule.id + '\n'), 'section')
    t.true(readme.includes('| [`' + rule.id + '`](#' + rule.id + ') |'), 'table row')
  })

  if (rule.meta.fixable) {
    test(rule.id + ': fixable rules test their fixes', (t) => {
      const tests = readFileSync(new URL('./rules/' + rule.id + '.test.ts', import.meta.url), 'utf8')
      t.regex(tests, /output: /)
    })
  }
}

test('descriptions are unique', (t) => {
  const descriptions = rules.map((rule) => rule.meta.description)
  t.is(new Set(descriptions).size, descriptions.length)
})
