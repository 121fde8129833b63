import test from 'ava'
import {unified} from 'unified'
import {parsePlainText} from '../../src/engine/parse.js'
import rule from '../../rules/boilerplate.js'
import {casesFor, lintWith} from '../helpers/rule-cases.js'

const check = casesFor(rule)

test('flags the scraper’s trailing link text, as in the seed', check, {
  input: 'Russia’s doctrine would provide for an invasion.\n\nsource site',
  lang: 'en',
  messages: ['3:1-3:12: Unexpected `source site`, expected it deleted: Scraped link text pointing back to the source page'],
  expected: [['']]
})

test('flags a whole line with its punctuation', check, {
  input: 'The talks went on.\nRead more…',
  lang: 'en',
  messages: ['2:1-2:11: Unexpected `Read more…`, expected it deleted: Teaser link of the source page']
})

test('leaves the same words in prose alone', check, {
  input: 'The source site was offline for an hour. Read more books, the minister urged pupils. Those who want to read more can visit the library.',
  lang: 'en',
  messages: []
})

test('flags page furniture in each language', async (t) => {
  for (const [lang, text] of [
    ['de', 'Mehr zum Thema'],
    ['fr', 'Lire aussi'],
    ['es', 'Leer más'],
    ['ru', 'Читайте также'],
    ['uk', 'Читайте також']
  ] as const) {
    const file = await lintWith(rule, 'Der erste Absatz.\n\n' + text, lang)
    t.is(file.messages.length, 1, lang + ': ' + text)
  }
})

test('is never applied unasked', async (t) => {
  const file = await lintWith(rule, 'source site', 'en')
  t.false(file.messages[0]?.autofix)
})

test('ignores languages without a list', check, {
  input: 'source site',
  lang: 'pt',
  messages: []
})

test('counts positions after astral characters', check, {
  input: '🇺🇦 The end.\nsource site',
  lang: 'en',
  messages: ['2:1-2:12: Unexpected `source site`, expected it deleted: Scraped link text pointing back to the source page']
})

test('rejects options', (t) => {
  t.throws(() => unified().use(parsePlainText).use(rule, ['warn', {lines: true} as never]).freeze(), {
    message: 'Unexpected field `lines` in `boilerplate`'
  })
})
