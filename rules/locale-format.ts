/**
 * Flags dates, times and numbers written the source language’s way: German
 * `07.12.2021` and `22.15 Uhr` in English text, `1,5 million` and
 * `120.000 soldiers` in English, `1.5 Millionen` in German, `20 p.m.`,
 * `15 o’clock`, `5 %` in English, currency on the wrong side. Conventions per
 * language live in `dictionaries/locales/<lang>.yml`.
 *
 * Ambiguous forms are flagged only where the context decides: `120.000` in
 * English only before a word (`120.000 soldiers`), a slashed date only when
 * one number exceeds 12 or the source language says which order it has.
 * Leaves alone: version numbers (`Android 14.2`), IP addresses, sports
 * scores (`2:1`), Bible and law references (`John 3.16`), ISBNs and phone
 * numbers, and times written the target way (British `22:15`).
 */

import type {Paragraph} from 'nlcst'
import {localeData} from '../src/dictionary/locales.js'
import {languageName} from '../src/engine/language.js'
import {findDates, findNumbers, findTimes, type Finding} from '../src/locale-format/find.js'
import {defineRule} from '../src/rule.js'
import {primaryLanguage} from '../src/words.js'
import {eachParagraph} from '../src/walk.js'

export interface Options {
  /** Which full date form to suggest first: the language’s first (`dmy` in English: `7 December 2021`) or second (`mdy`: `December 7, 2021`). */
  readonly dateStyle: 'first' | 'second'
}

type MessageId = Finding['kind']

export default defineRule<Options, MessageId>(
  'locale-format',
  {
    description: 'Flag dates, times and numbers written the way of another language',
    languages: ['de', 'en', 'es', 'fr', 'ru', 'uk'],
    fixable: true,
    severity: 'warn',
    category: 'Locale convention',
    defaults: {dateStyle: 'first'},
    schema: {
      type: 'object',
      properties: {dateStyle: {enum: ['first', 'second']}},
      additionalProperties: false
    },
    messages: {
      currency: 'Unexpected `{actual}`, expected `{expected}` in {language} text',
      date: 'Unexpected date `{actual}`, expected `{expected}` in {language} text',
      decimal: 'Unexpected decimal separator in `{actual}`, expected `{expected}` in {language} text',
      group: 'Unexpected thousands separator in `{actual}`, expected `{expected}` in {language} text',
      percent: 'Unexpected `{actual}`, expected `{expected}` in {language} text',
      time: 'Unexpected time `{actual}`, expected `{expected}` in {language} text'
    }
  },
  function (tree, file, options, report) {
    const locale = localeData(file.data.lang)
    if (!locale) return undefined
    const value = String(file)
    const language = languageName(locale.lang)
    const context = {locale, sourceLang: primaryLanguage(file.data.sourceLang) || undefined}

    eachParagraph(tree, function (paragraph: Paragraph) {
      const start = paragraph.position?.start.offset
      const end = paragraph.position?.end.offset
      if (start === undefined || end === undefined) return
      const text = value.slice(start, end)
      const findings = [...findDates(text, context), ...findTimes(text, context), ...findNumbers(text, context)].sort((a, b) => a.start - b.start)
      for (const finding of findings) {
        const expected = finding.kind === 'date' && options.dateStyle === 'second' ? [...finding.expected].reverse() : finding.expected
        report({
          messageId: finding.kind,
          data: {actual: finding.actual, expected: expected.join('` or `'), language},
          span: [start + finding.start, start + finding.start + finding.actual.length],
          actual: finding.actual,
          expected,
          ...(finding.safe === false ? {safe: false} : {})
        })
      }
    })

    return undefined
  }
)
