import test from 'ava'
import {unified} from 'unified'
import {parsePlainText} from '../../src/engine/parse.js'
import rule from '../../rules/name-spelling.js'
import {casesFor, lintWith} from '../helpers/rule-cases.js'

const check = casesFor(rule)

test('replaces a German transliteration in English text', check, {
  input: 'Defence Minister Oleksii Resnikov warned of a massacre.',
  lang: 'en',
  messages: ['1:26-1:34: Unexpected `Resnikov`, expected `Reznikov` in English text'],
  output: 'Defence Minister Oleksii Reznikov warned of a massacre.'
})

test('keeps the English possessive', check, {
  input: 'It was Resnikov’s last interview.',
  lang: 'en',
  messages: ['1:8-1:18: Unexpected `Resnikov’s`, expected `Reznikov’s` in English text'],
  output: 'It was Reznikov’s last interview.'
})

test('uses each language’s house style', async (t) => {
  const english = await lintWith(rule, 'Moscow demanded a guarantee from Kiev.', 'en')
  t.deepEqual(english.messages.map((message) => message.expected), [['Kyiv']])
  t.deepEqual((await lintWith(rule, 'Moscou a exigé une garantie de Kiev.', 'fr')).messages, [])
  t.deepEqual((await lintWith(rule, 'Moskau verlangte eine Garantie von Kiew.', 'de')).messages, [])
  const german = await lintWith(rule, 'Moskau verlangte eine Garantie von Kyiv.', 'de')
  t.deepEqual(german.messages.map((message) => message.expected), [['Kiew']])
})

test('keeps the German genitive -s', check, {
  input: 'Nach Resnikovs Worten droht ein Massaker.',
  lang: 'de',
  messages: ['1:6-1:15: Unexpected `Resnikovs`, expected `Resnikows` in German text'],
  output: 'Nach Resnikows Worten droht ein Massaker.'
})

test('keeps Russian case endings', check, {
  input: 'Блинкен поговорил с Пєсковим по телефону.',
  lang: 'ru',
  messages: ['1:21-1:29: Unexpected `Пєсковим`, expected `Песковым` in Russian text'],
  output: 'Блинкен поговорил с Песковым по телефону.'
})

test('keeps Ukrainian case endings', check, {
  input: 'Блінкен розмовляв із Зеленським, а потім із Песковим.',
  lang: 'uk',
  messages: ['1:45-1:53: Unexpected `Песковим`, expected `Пєсковим` in Ukrainian text'],
  output: 'Блінкен розмовляв із Зеленським, а потім із Пєсковим.'
})

test('leaves preferred forms, inflected or not, alone', check, {
  input: 'Zelensky met Reznikov in Kyiv. Zelensky’s aides flew to Donbas.',
  lang: 'en',
  messages: []
})

test('leaves diacritics-only differences and Ukrainian vowel alternation alone', async (t) => {
  t.deepEqual((await lintWith(rule, 'Ungarns Regierungschef Viktor Orbán blockierte die Hilfen.', 'de')).messages, [])
  t.deepEqual((await lintWith(rule, 'Делегація зі Львова прибула до Києва та Харкова.', 'uk')).messages, [])
})

test('leaves lower-case words and unknown names alone', check, {
  input: 'The kiev-style dish was served to Mr Kievsky.',
  lang: 'en',
  messages: []
})

test('matches multi-word forms', async (t) => {
  const file = await lintWith(rule, 'Talks in Khan Yunis stalled.', 'en')
  t.true(file.messages.length <= 1)
})

test('applies house-style overrides from the configuration', check, {
  input: 'Blinken spoke to Zelensky and later to Zelenskiy.',
  lang: 'en',
  config: ['warn', {names: {Zelenskyy: ['Zelensky', 'Zelenskiy']}}],
  messages: [
    '1:18-1:26: Unexpected `Zelensky`, expected `Zelenskyy` in English text',
    '1:40-1:49: Unexpected `Zelenskiy`, expected `Zelenskyy` in English text'
  ],
  output: 'Blinken spoke to Zelenskyy and later to Zelenskyy.'
})

test('counts positions after astral characters', check, {
  input: '🇺🇦 Resnikov spoke.',
  lang: 'en',
  messages: ['1:6-1:14: Unexpected `Resnikov`, expected `Reznikov` in English text'],
  output: '🇺🇦 Reznikov spoke.'
})

test('reports extra lexicon files with file, line and key', (t) => {
  t.throws(() => unified().use(parsePlainText).use(rule, ['warn', {names: {Kyiv: 'Kiev' as unknown as Array<string>}}]).freeze(), {
    message: /^Unexpected value `"Kiev"` for `name-spelling.names.Kyiv`, expected type `array`/
  })
})
