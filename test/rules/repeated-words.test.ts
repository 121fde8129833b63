import test from 'ava'
import {unified} from 'unified'
import {parsePlainText} from '../../src/engine/parse.js'
import rule from '../../rules/repeated-words.js'
import {casesFor} from '../helpers/rule-cases.js'

const check = casesFor(rule)

test('deletes the second of two lower-case words', check, {
  input: 'Moscow demanded a guarantee from the the government in Kyiv.',
  messages: ['1:34-1:41: Unexpected repeated `the`, expected `the` once'],
  output: 'Moscow demanded a guarantee from the government in Kyiv.'
})

test('keeps the casing of the first word', check, {
  input: 'The the talks lasted two hours.',
  messages: ['1:1-1:8: Unexpected repeated `the`, expected `the` once'],
  output: 'The talks lasted two hours.'
})

test('flags a doubled name, which retext-repeated-words skips', check, {
  input: 'Biden will speak to Zelensky Zelensky on Thursday.',
  messages: ['1:21-1:38: Unexpected repeated `Zelensky`, expected `Zelensky` once'],
  output: 'Biden will speak to Zelensky on Thursday.'
})

test('flags doubled acronyms', check, {
  input: 'The NATO NATO summit opened in Vilnius.',
  messages: ['1:5-1:14: Unexpected repeated `NATO`, expected `NATO` once'],
  output: 'The NATO summit opened in Vilnius.'
})

test('leaves English legitimate doubles alone', check, {
  input: 'The best exhibition they had had since 1990. He said that that was wrong. What it is is a problem.',
  messages: []
})

test('leaves German article plus relative pronoun alone', check, {
  input: 'Es sind die die Macht haben, die entscheiden.',
  lang: 'de',
  messages: []
})

test('leaves French reflexive doubles alone', check, {
  input: 'Nous nous sommes rencontrés hier, et vous vous êtes trompés.',
  lang: 'fr',
  messages: []
})

test('flags a German double that is not an article', check, {
  input: 'Die Regierung hat hat entschieden.',
  lang: 'de',
  messages: ['1:15-1:22: Unexpected repeated `hat`, expected `hat` once'],
  output: 'Die Regierung hat entschieden.'
})

test('flags Cyrillic doubles', check, {
  input: 'Президент заявил заявил журналистам.',
  lang: 'ru',
  messages: ['1:11-1:24: Unexpected repeated `заявил`, expected `заявил` once'],
  output: 'Президент заявил журналистам.'
})

test('leaves names that are doubled, initials and numbers alone', check, {
  input: 'Duran Duran played in Bora Bora. D. D. Smith won 3 3-point contests in 2020 2021.',
  messages: []
})

test('leaves words separated by punctuation alone', check, {
  input: 'It was long, long ago. Yes. Yes, he said.',
  messages: []
})

test('honours `allow`', check, {
  input: 'He walked very very slowly.',
  config: ['warn', {allow: ['very']}],
  messages: []
})

test('counts positions in UTF-16 units after astral characters', check, {
  input: '𝒳 🇺🇦 the the end',
  messages: ['1:9-1:16: Unexpected repeated `the`, expected `the` once'],
  output: '𝒳 🇺🇦 the end'
})

test('rejects unknown options', (t) => {
  t.throws(
    () =>
      unified()
        .use(parsePlainText)
        // @ts-expect-error: check how the runtime handles a wrong value.
        .use(rule, ['warn', {allow: 'very'}])
        .freeze(),
    {message: 'Unexpected value `"very"` for `repeated-words.allow`, expected type `array`'}
  )
})
