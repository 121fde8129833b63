import test from 'ava'
import {unified} from 'unified'
import {parsePlainText} from '../../src/engine/parse.js'
import rule from '../../rules/calque.js'
import {casesFor, lintWith} from '../helpers/rule-cases.js'

const check = casesFor(rule)

test('flags a calque of the known source language with a suggestion and an explanation', check, {
  input: 'Police drew up an administrative protocol against the protester.',
  lang: 'en',
  sourceLang: 'ru',
  messages: [
    '1:34-1:42: Unexpected `protocol`, a calque of Russian `административный протокол`, expected `offense report`: An “административный протокол” is the police report that charges a minor offense'
  ],
  expected: [['offense report']]
})

test('reports at info level when the source language is unknown', async (t) => {
  const file = await lintWith(rule, 'Police drew up an administrative protocol against the protester.', 'en')
  t.is(file.messages.length, 1)
  t.is(file.messages[0]?.fatal, undefined)
  t.is(file.messages[0]?.category, 'Style/Unidiomatic')
})

test('reports at warning level when the source language is known', async (t) => {
  const file = await lintWith(rule, 'Police drew up an administrative protocol against the protester.', 'en', undefined, 'ru')
  t.is(file.messages[0]?.fatal, false)
})

test('applies only the table of the known source language', check, {
  input: 'Police drew up an administrative protocol against the protester.',
  lang: 'en',
  sourceLang: 'fr',
  messages: []
})

test('leaves ordinary text with the same words alone', check, {
  input: 'The administrative staff followed protocol. Election day was calm.',
  lang: 'en',
  sourceLang: 'ru',
  messages: []
})

test('never matches inside a longer word', check, {
  input: 'Police drew up an administrative protocols-style note.',
  lang: 'en',
  sourceLang: 'ru',
  messages: []
})

test('ignores a text whose language no table targets', check, {
  input: 'Police drew up an administrative protocol against the protester.',
  lang: 'pt',
  messages: []
})

test('counts positions after astral characters', check, {
  input: '🇺🇦 Police drew up an administrative protocol.',
  lang: 'en',
  sourceLang: 'ru',
  messages: [
    '1:39-1:47: Unexpected `protocol`, a calque of Russian `административный протокол`, expected `offense report`: An “административный протокол” is the police report that charges a minor offense'
  ]
})

test('honours `disable`', check, {
  input: 'Police drew up an administrative protocol against the protester.',
  lang: 'en',
  sourceLang: 'ru',
  config: ['warn', {disable: ['ru-en']}],
  messages: []
})

test('rejects bad options', (t) => {
  t.throws(() => unified().use(parsePlainText).use(rule, ['warn', {disable: ['russian']}]).freeze(), {
    message: /^Unexpected value `"russian"` for `calque.disable.0`/
  })
})

test('without a source language, a span inside another table’s longer match is reported once, as the longer one', async (t) => {
  const text = 'Putin said so, according to a message published by the Kremlin.'
  const unknown = await lintWith(rule, text, 'en')
  t.deepEqual(unknown.messages.map((message) => message.actual), ['a message'])
  t.regex(String(unknown.messages[0]?.reason), /German `Mitteilung`/)
  // Each table on its own still finds its own span.
  const russian = await lintWith(rule, text, 'en', undefined, 'ru')
  t.deepEqual(russian.messages.map((message) => message.actual), ['message'])
})
