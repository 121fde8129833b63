import test from 'ava'
import {languageName} from '../src/engine/language.js'

test('language names are the English names Intl gives, for the shipped languages and others', (t) => {
  const intl = new Intl.DisplayNames(['en'], {type: 'language'})
  for (const lang of ['de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt', 'ru', 'uk', 'cs', 'tr']) t.is(languageName(lang), intl.of(lang) ?? '', lang)
})

test('a malformed language tag is shown as given, not thrown', (t) => {
  t.is(languageName('not a tag'), 'not a tag')
})
