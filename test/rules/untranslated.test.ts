import test from 'ava'
import {unified} from 'unified'
import {parsePlainText} from '../../src/engine/parse.js'
import rule from '../../rules/untranslated.js'
import {casesFor} from '../helpers/rule-cases.js'

const check = casesFor(rule)

test('flags a German paragraph left in an English article', check, {
  input: 'The talks ended late on Tuesday.\n\nDie Bundesregierung hat am Dienstag beschlossen, die Hilfen für die Ukraine deutlich auszuweiten, wie ein Sprecher in Berlin mitteilte.\n\nThen everyone left.',
  lang: 'en',
  messages: ['3:1-3:136: Unexpected German text `Die Bundesregierung hat am Dienstag besc…rlin mitteilte.`, expected English']
})

test('flags a single German clause from its first German word', check, {
  input: 'Biden said on Tuesday that die Verhandlungen mit Russland fortgesetzt werden sollen, according to the White House.',
  lang: 'en',
  sourceLang: 'de',
  messages: ['1:28-1:84: Unexpected German text `die Verhandlungen mit Russland fortgesetzt werden sollen`, expected English']
})

test('flags an English sentence in a Russian article', check, {
  input: 'Переговоры продолжились во вторник. The White House said the talks would continue next week in Geneva. Песков отказался от комментариев.',
  lang: 'ru',
  messages: ['1:37-1:103: Unexpected English text `The White House said the talks would con…week in Geneva.`, expected Russian']
})

test('flags a whole document in the wrong language', check, {
  input: 'Die Bundesregierung hat am Dienstag beschlossen, die Hilfen für die Ukraine deutlich auszuweiten.\nWie ein Sprecher in Berlin mitteilte, sollen die Lieferungen noch in diesem Jahr beginnen und bis zum Frühjahr abgeschlossen sein.',
  lang: 'en',
  messages: ['1:1-1:98: Unexpected German text, expected English']
})

test('leaves names with particles alone', check, {
  input: 'EU Commission President Ursula von der Leyen met Demian von Osten of ARD and Jean de la Fontaine’s heirs.',
  lang: 'en',
  messages: []
})

test('leaves loanwords alone', check, {
  input: 'The Zeitgeist changed after the coup d’état, and the Kindergarten closed; it was a real Schadenfreude moment.',
  lang: 'en',
  messages: []
})

test('leaves quoted titles and quoted, translated phrases alone', check, {
  input: 'The programme “Tagesthemen” reported it, as did “Der Spiegel” and the show “Bericht aus Berlin” (Report from Berlin). He called it “die Zeitenwende”, the turning point.',
  lang: 'en',
  messages: []
})

test('leaves URLs and code alone', check, {
  input: 'See https://www.tagesschau.de/ausland/die-lage-und-der-krieg-100.html and run `grep -r und der`.',
  lang: 'en',
  messages: []
})

test('leaves English words that look German alone', check, {
  input: 'Soldiers die every day in the war, and the den of thieves was also raided.',
  lang: 'en',
  messages: []
})

test('counts positions after astral characters', check, {
  input: '🇺🇦 He said that die Verhandlungen mit Russland fortgesetzt werden sollen.',
  lang: 'en',
  messages: ['1:19-1:75: Unexpected German text `die Verhandlungen mit Russland fortgesetzt werden sollen`, expected English']
})

test('rejects bad options', (t) => {
  t.throws(() => unified().use(parsePlainText).use(rule, ['warn', {minEvidence: 0}]).freeze(), {
    message: /^Unexpected value `0` for `untranslated.minEvidence`/
  })
})
