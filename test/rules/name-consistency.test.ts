import test from 'ava'
import {unified} from 'unified'
import {parsePlainText} from '../../src/engine/parse.js'
import rule from '../../rules/name-consistency.js'
import {casesFor} from '../helpers/rule-cases.js'

const check = casesFor(rule)

test('flags the minority spelling of an unknown name', check, {
  input: 'Hryhoriy Kovalchuk met the mayor. Later Kowaltschuk said he was sure, and Kovalchuk’s aide agreed.',
  lang: 'en',
  messages: [
    '1:41-1:52: Unexpected `Kowaltschuk`, expected `Kovalchuk` as this name is spelled elsewhere in the document (`Kovalchuk` at 1:10, `Kovalchuk’s` at 1:75)'
  ],
  expected: [['Kovalchuk']]
})

test('keeps the ending when suggesting', check, {
  input: 'The envoy met Mr Tymoshchenko twice. Then Mr Tymoschtschenko’s office called, and Mr Tymoshchenko left.',
  lang: 'en',
  messages: [
    '1:46-1:63: Unexpected `Tymoschtschenko’s`, expected `Tymoshchenko’s` as this name is spelled elsewhere in the document (`Tymoshchenko` at 1:18, `Tymoshchenko` at 1:86)'
  ]
})

test('prefers the house form over the majority', check, {
  input: 'Mr Kovalchuk spoke. Mr Kovalchuk left. Mr Kowaltschuk returned.',
  lang: 'en',
  config: ['warn', {names: {Kowaltschuk: []}}],
  messages: [
    '1:4-1:13: Unexpected `Kovalchuk`, expected `Kowaltschuk` as this name is spelled elsewhere in the document (`Kowaltschuk` at 1:43)',
    '1:24-1:33: Unexpected `Kovalchuk`, expected `Kowaltschuk` as this name is spelled elsewhere in the document (`Kowaltschuk` at 1:43)'
  ]
})

test('never merges different people one letter apart', check, {
  input: 'Boris Johnson met Ben Jonson’s biographer. Olaf Scholz met Howard Schultz. Mr Johnson and Mr Scholz left.',
  lang: 'en',
  messages: []
})

test('keeps brothers who share a surname apart', check, {
  input: 'Vitali Klitschko, the mayor, and his brother Wladimir Klitschko visited the front. Vitali Klitschko spoke first.',
  lang: 'en',
  messages: []
})

test('keeps Kim Jong Un and Kim Jong Il apart', check, {
  input: 'Kim Jong Un succeeded his father Kim Jong Il in 2011. Kim Jong Un then purged his uncle.',
  lang: 'en',
  messages: []
})

test('compares Russian names without their case endings', check, {
  input: 'Мэр встретился с Ковальчуком. Позже Ковальчука похвалили, а Ковальчуку дали награду.',
  lang: 'ru',
  messages: []
})

test('flags Russian spellings that differ beyond the ending', check, {
  input: 'Мэр встретился со Стефанишиной. Позже Стефанишину похвалили, а Стефанішиной дали награду.',
  lang: 'ru',
  messages: [
    '1:64-1:76: Unexpected `Стефанішиной`, expected `Стефанишиной` as this name is spelled elsewhere in the document (`Стефанишиной` at 1:19, `Стефанишину` at 1:39)'
  ]
})

test('leaves German nouns that differ by a letter alone', check, {
  input: 'Die Reise war lang. Er erklärte die Reize der Stadt. Eine Reise lohnt sich.',
  lang: 'de',
  messages: []
})

test('leaves sentence-initial ordinary words alone', check, {
  input: 'Kowaltschuk is not here. Nobody knows. Kovalchuk was never mentioned again.',
  lang: 'en',
  messages: []
})

test('leaves names the lexicon knows to name-spelling', check, {
  input: 'Blinken spoke to Zelensky. Later Zelenskyi said thanks.',
  lang: 'en',
  messages: []
})

test('counts positions after astral characters', check, {
  input: '🇺🇦 Mr Kovalchuk spoke, Mr Kowaltschuk left.',
  lang: 'en',
  messages: [
    '1:29-1:40: Unexpected `Kowaltschuk`, expected `Kovalchuk` as this name is spelled elsewhere in the document (`Kovalchuk` at 1:9)'
  ]
})

test('rejects bad options', (t) => {
  t.throws(() => unified().use(parsePlainText).use(rule, ['warn', {minLength: 1}]).freeze(), {
    message: /^Unexpected value `1` for `name-consistency.minLength`/
  })
})
