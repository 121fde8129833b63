import test from 'ava'
import {unified} from 'unified'
import {parsePlainText} from '../../src/engine/parse.js'
import rule from '../../rules/quotes.js'
import {casesFor, lintWith} from '../helpers/rule-cases.js'

const check = casesFor(rule)
const nbsp = '\u00A0'

test('flags quotation marks shifted onto the attribution, as in the seed', check, {
  input: 'That is a leverage of the West, “said Sullivan.” Because if Putin wants gas, he may not risk it.',
  lang: 'en',
  messages: [
    '1:31-1:50: Unexpected quotation marks around the attribution `said Sullivan.`, expected `,” said Sullivan. “` with the marks around the quoted words'
  ],
  expected: [[',” said Sullivan. “']]
})

test('flags a shifted attribution with the name first', check, {
  input: 'We are ready to talk, “Peskov said.” The Kremlin wants guarantees.',
  lang: 'en',
  messages: [
    '1:21-1:38: Unexpected quotation marks around the attribution `Peskov said.`, expected `,” Peskov said. “` with the marks around the quoted words'
  ]
})

test('leaves a real quotation of a few words alone', check, {
  input: 'He called it, “Said Sullivan.” A café of that name opened. She wrote “a leverage”.',
  lang: 'en',
  messages: []
})

test('leaves correct English quotes, apostrophes and inch marks alone', check, {
  input: 'Sullivan said, “It was a useful meeting.” Peskov spoke of “our ‘red lines’.” It’s Biden’s call; the ’90s, rock ’n’ roll, a 5\' 11" man, the US’ stance.',
  lang: 'en',
  messages: []
})

test('leaves a quotation over several paragraphs alone', check, {
  input: '“We will not give up,” she said. “The first point is security.\n\n“The second point is energy.\n\n“The third is trust.”',
  lang: 'en',
  messages: []
})

test('replaces German marks in English text', check, {
  input: 'Scholz spoke of a „very serious situation“ on the border.',
  lang: 'en',
  messages: [
    '1:19-1:20: Unexpected `„`, expected `“` in English text',
    '1:42-1:43: Unexpected `“`, expected `”` in English text'
  ],
  output: 'Scholz spoke of a “very serious situation” on the border.'
})

test('replaces English marks in German text', check, {
  input: 'Scholz sprach von einer “sehr ernsten Lage”.',
  lang: 'de',
  messages: [
    '1:25-1:26: Unexpected `“`, expected `„` in German text',
    '1:43-1:44: Unexpected `”`, expected `“` in German text'
  ],
  output: 'Scholz sprach von einer „sehr ernsten Lage“.'
})

test('accepts German guillemets as a house style', check, {
  input: 'Scholz sprach von einer »sehr ernsten Lage« und zitierte ›rote Linien‹.',
  lang: 'de',
  messages: []
})

test('replaces straight quotes among curly ones', check, {
  input: 'He said "no" and then “yes”.',
  lang: 'en',
  messages: [
    '1:9-1:10: Unexpected straight `"` among curly quotes, expected `“`',
    '1:12-1:13: Unexpected straight `"` among curly quotes, expected `”`'
  ],
  output: 'He said “no” and then “yes”.'
})

test('leaves a text with only straight quotes alone by default', check, {
  input: 'He said "no" and then "yes".',
  lang: 'en',
  messages: []
})

test('honours `straight: always`', check, {
  input: 'He said "no".',
  lang: 'en',
  config: ['warn', {straight: 'always'}],
  messages: [
    '1:9-1:10: Unexpected straight `"` among curly quotes, expected `“`',
    '1:12-1:13: Unexpected straight `"` among curly quotes, expected `”`'
  ],
  output: 'He said “no”.'
})

test('flags unclosed and unopened marks', check, {
  input: 'He said “no and left.\n\nThen she said yes” to them.',
  lang: 'en',
  messages: [
    '1:9-1:10: Unexpected unclosed `“`, expected a closing `”` in this paragraph',
    '3:18-3:19: Unexpected closing `”` without an opening `“`'
  ]
})

test('inserts a space after a closing mark glued to a word', check, {
  input: 'He said “no”and left.',
  lang: 'en',
  messages: ['1:12-1:13: Unexpected `”a` without a space, expected `” a`'],
  output: 'He said “no” and left.'
})

test('asks for a no-break space inside French guillemets', check, {
  input: 'Il a dit « non » puis «oui».',
  lang: 'fr',
  messages: [
    '1:11-1:12: Unexpected U+0020 inside `«`, expected U+00A0',
    '1:15-1:16: Unexpected U+0020 inside `»`, expected U+00A0',
    '1:23-1:24: Unexpected missing space inside `«`, expected U+00A0',
    '1:27-1:28: Unexpected missing space inside `»`, expected U+00A0'
  ],
  output: 'Il a dit «' + nbsp + 'non' + nbsp + '» puis «' + nbsp + 'oui' + nbsp + '».'
})

test('accepts French, Spanish, Russian and Ukrainian conventions', async (t) => {
  t.deepEqual((await lintWith(rule, 'Il a dit «' + nbsp + 'non, “jamais”' + nbsp + '», selon l’AFP.', 'fr')).messages, [])
  t.deepEqual((await lintWith(rule, 'Dijo: «No, “nunca”». Es “habitual” también.', 'es')).messages, [])
  t.deepEqual((await lintWith(rule, 'Он сказал: «Нет, „никогда“». Так.', 'ru')).messages, [])
  t.deepEqual((await lintWith(rule, 'Він сказав: «Ні, „ніколи“». Пам’ять.', 'uk')).messages, [])
})

test('flags English marks in Russian text', check, {
  input: 'Песков сказал: “Нет”.',
  lang: 'ru',
  messages: [
    '1:16-1:17: Unexpected `“`, expected `«` in Russian text',
    '1:20-1:21: Unexpected `”`, expected `»` in Russian text'
  ],
  output: 'Песков сказал: «Нет».'
})

test('counts positions after astral characters', check, {
  input: '🇺🇦 He said „no“.',
  lang: 'en',
  messages: [
    '1:14-1:15: Unexpected `„`, expected `“` in English text',
    '1:17-1:18: Unexpected `“`, expected `”` in English text'
  ],
  output: '🇺🇦 He said “no”.'
})

test('ignores languages without conventions', check, {
  input: 'Ele disse „não“.',
  lang: 'pt',
  messages: []
})

test('rejects bad options', (t) => {
  t.throws(
    () =>
      unified()
        .use(parsePlainText)
        // @ts-expect-error: check how the runtime handles a wrong value.
        .use(rule, ['warn', {straight: 'sometimes'}])
        .freeze(),
    {message: 'Unexpected value `"sometimes"` for `quotes.straight`, expected `"always"` or `"mixed"` or `"never"`'}
  )
})
