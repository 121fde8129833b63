import test from 'ava'
import {unified} from 'unified'
import {parsePlainText} from '../../src/engine/parse.js'
import rule from '../../rules/locale-format.js'
import {casesFor, lintWith} from '../helpers/rule-cases.js'

const check = casesFor(rule)

test('offers both English forms for a German date, as in the seed', check, {
  input: 'Status: 07.12.2021 11:54 p.m.',
  lang: 'en',
  messages: ['1:9-1:19: Unexpected date `07.12.2021`, expected `7 December 2021` or `December 7, 2021` in English text'],
  expected: [['7 December 2021', 'December 7, 2021']]
})

test('puts the house date style first with `dateStyle: second`', check, {
  input: 'Updated 07.12.2021.',
  lang: 'en',
  config: ['warn', {dateStyle: 'second'}],
  messages: ['1:9-1:19: Unexpected date `07.12.2021`, expected `December 7, 2021` or `7 December 2021` in English text']
})

test('flags a US date in German text when the order is certain', check, {
  input: 'Die Frist endet am 12/25/2021 um Mitternacht, Beginn war am 3/4/2021.',
  lang: 'de',
  messages: ['1:20-1:30: Unexpected date `12/25/2021`, expected `25. Dezember 2021` or `25.12.2021` in German text']
})

test('reads an ambiguous slashed date by the source language', check, {
  input: 'Die Frist endete am 12/7/2021.',
  lang: 'de',
  sourceLang: 'en',
  messages: ['1:21-1:30: Unexpected date `12/7/2021`, expected `7. Dezember 2021` or `07.12.2021` in German text']
})

test('flags German and 24-hour times in English text', check, {
  input: 'It aired at 22.15 Uhr, ended at 15 o’clock, resumed at 20 p.m. and at 10 Uhr.',
  lang: 'en',
  messages: [
    '1:13-1:22: Unexpected time `22.15 Uhr`, expected `10:15 p.m.` or `22:15` in English text',
    '1:33-1:43: Unexpected time `15 o’clock`, expected `3 p.m.` or `15:00` in English text',
    '1:56-1:63: Unexpected time `20 p.m.`, expected `8 p.m.` or `20:00` in English text',
    '1:71-1:77: Unexpected time `10 Uhr`, expected `10 a.m.` or `10:00` in English text'
  ]
})

test('leaves times written the target way alone', check, {
  input: 'The vote closed at 22:15, the count at 10.15pm, and the last train left at 11:54 p.m. at 3 o’clock.',
  lang: 'en',
  messages: []
})

test('converts 12-hour times in French text', check, {
  input: 'Le sommet a commencé à 10:15 p.m. hier.',
  lang: 'fr',
  messages: ['1:24-1:34: Unexpected time `10:15 p.m.`, expected `22 h 15` or `22:15` in French text']
})

test('fixes decimal and thousands separators in English', check, {
  input: 'About 1,5 million people fled and 120.000 soldiers massed; 1.200.000 euros were paid.',
  lang: 'en',
  messages: [
    '1:7-1:10: Unexpected decimal separator in `1,5`, expected `1.5` in English text',
    '1:35-1:42: Unexpected thousands separator in `120.000`, expected `120,000` in English text',
    '1:60-1:69: Unexpected thousands separator in `1.200.000`, expected `1,200,000` in English text'
  ],
  output: 'About 1.5 million people fled and 120,000 soldiers massed; 1,200,000 euros were paid.'
})

test('fixes a decimal point before a German scale word', check, {
  input: 'Es kamen 1.5 Millionen Menschen und 120,000 Soldaten.',
  lang: 'de',
  messages: [
    '1:10-1:13: Unexpected decimal separator in `1.5`, expected `1,5` in German text',
    '1:37-1:44: Unexpected thousands separator in `120,000`, expected `120.000` in German text'
  ],
  output: 'Es kamen 1,5 Millionen Menschen und 120.000 Soldaten.'
})

test('leaves ambiguous and non-quantity numbers alone', check, {
  input: 'Android 14.2 runs at 192.168.0.1; the score was 2:1 and 3-1; see John 3.16, ISBN 978-3-16-148410-0 and +49 30 1234567. The total was 3.000.',
  lang: 'en',
  messages: []
})

test('fixes percent spacing in English and French', async (t) => {
  const english = await lintWith(rule, 'Prices rose 5 % in May.', 'en')
  t.deepEqual(english.messages.map((message) => message.expected), [['5%']])
  const french = await lintWith(rule, 'Les prix ont augmenté de 5% en mai.', 'fr')
  t.deepEqual(french.messages.map((message) => message.expected), [['5\u00A0%']])
  t.deepEqual((await lintWith(rule, 'Die Preise stiegen um 5 % und 5%.', 'de')).messages, [])
})

test('fixes the currency order', async (t) => {
  const english = await lintWith(rule, 'A ticket costs 5 € now.', 'en')
  t.deepEqual(english.messages.map((message) => message.expected), [['€5']])
  const german = await lintWith(rule, 'Ein Ticket kostet €5.', 'de')
  t.deepEqual(german.messages.map((message) => message.expected), [['5\u00A0€']])
})

test('leaves native dates in Russian and Ukrainian alone', async (t) => {
  t.deepEqual((await lintWith(rule, 'Встреча состоялась 07.12.2021 в 22:15.', 'ru')).messages, [])
  t.deepEqual((await lintWith(rule, 'Зустріч відбулася 07.12.2021 о 22:15.', 'uk')).messages, [])
})

test('counts positions after astral characters', check, {
  input: '🇺🇦 07.12.2021',
  lang: 'en',
  messages: ['1:6-1:16: Unexpected date `07.12.2021`, expected `7 December 2021` or `December 7, 2021` in English text']
})

test('rejects bad options', (t) => {
  t.throws(() => unified().use(parsePlainText).use(rule, ['warn', {dateStyle: 'mdy' as 'first'}]).freeze(), {
    message: 'Unexpected value `"mdy"` for `locale-format.dateStyle`, expected `"first"` or `"second"`'
  })
})
