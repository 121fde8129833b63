import test from 'ava'
import * as api from '../src/index.js'
import {createLinter, lint, rules} from '../src/index.js'

test('exposes the public API', (t) => {
  t.deepEqual(Object.keys(api).sort(), ['applyFixes', 'createLinter', 'defineRule', 'fix', 'fixUntilStable', 'lint', 'rules'])
})

test('lint() accepts a string and returns a file with messages and its language', async (t) => {
  const file = await lint('The government said the the talks would go on.', {lang: 'en'})
  t.is(file.data.lang, 'en')
  t.is(file.data.langSource, 'option')
  t.deepEqual(file.messages.map((message) => message.ruleId), ['repeated-words'])
  const [message] = file.messages
  t.is(message?.source, 'mtlint')
  t.is(message?.fatal, true)
  t.is(message?.category, 'Fluency/Grammar')
  t.is(message?.url, 'https://github.com/mtlint/mtlint#repeated-words')
  t.deepEqual(message?.expected, ['the'])
  t.true(message?.autofix)
})

test('lint() detects the language when none is given', async (t) => {
  const german = await lint('Die Bundesregierung hat am Dienstag beschlossen, die Hilfen für die Ukraine deutlich auszuweiten, wie ein Sprecher in Berlin mitteilte.')
  t.is(german.data.lang, 'de')
  t.is(german.data.langSource, 'detected')
  const russian = await lint('Президент России заявил журналистам, что переговоры продолжатся на следующей неделе в Москве.')
  t.is(russian.data.lang, 'ru')
})

test('lint() falls back to English when a text is too short to tell', async (t) => {
  const file = await lint('OK')
  t.is(file.data.lang, 'en')
  t.is(file.data.langSource, 'default')
})

test('rules can be turned off or set to another severity', async (t) => {
  const text = 'He said the the thing.'
  t.deepEqual((await lint(text, {lang: 'en', rules: {'repeated-words': 'off'}})).messages, [])
  const [warning] = (await lint(text, {lang: 'en', rules: {'repeated-words': 'warn'}})).messages
  t.is(warning?.fatal, false)
  const [info] = (await lint(text, {lang: 'en', rules: {'repeated-words': ['info', {}]}})).messages
  t.is(info?.fatal, undefined)
})

test('the strict preset makes warnings errors', async (t) => {
  const text = 'He said „no“.'
  t.is((await lint(text, {lang: 'en'})).messages[0]?.fatal, false)
  t.is((await lint(text, {lang: 'en', preset: 'strict'})).messages[0]?.fatal, true)
})

test('configuration mistakes throw when the linter is created, naming what is wrong', (t) => {
  t.throws(() => createLinter({rules: {'no-such-rule': 'warn'}}), {message: /^Unexpected rule `no-such-rule`, expected one of `boilerplate`, `calque`/})
  // @ts-expect-error: check how the runtime handles a wrong value.
  t.throws(() => createLinter({rules: {quotes: 'loud'}}), {message: 'Unexpected severity `loud` for `quotes`, expected `off`, `info`, `warn` or `error`'})
  t.throws(() => createLinter({rules: {quotes: ['warn', {straight: 'often'}]}}), {message: /`quotes.straight`/})
  // @ts-expect-error: check how the runtime handles a wrong value.
  t.throws(() => createLinter({preset: 'lax'}), {message: 'Unexpected preset `lax`, expected `recommended` or `strict`'})
})

test('a linter is reusable and keeps no state between texts', async (t) => {
  const linter = createLinter({lang: 'en'})
  const first = await linter.lint('He said the the thing.')
  const second = await linter.lint('A clean sentence.')
  const third = await linter.lint('He said the the thing.')
  t.is(first.messages.length, 1)
  t.is(second.messages.length, 0)
  t.deepEqual(third.messages.map(String), first.messages.map(String))
  const german = await linter.lint('Er sagte „nein“.', {lang: 'de'})
  t.is(german.data.lang, 'de')
  t.deepEqual(german.messages, [])
})

test('every rule is exported with its metadata', (t) => {
  t.deepEqual(rules.map((rule) => rule.id), ['boilerplate', 'calque', 'doubled-conjunct', 'locale-format', 'name-consistency', 'name-spelling', 'quotes', 'repeated-words', 'spelling', 'untranslated'])
})
