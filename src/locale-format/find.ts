import type {LocaleData} from '../dictionary/locales.js'
import {formatDate, formatTime} from './format.js'

/** A date, time or number written another language’s way, relative to the paragraph. */
export interface Finding {
  readonly kind: 'currency' | 'date' | 'decimal' | 'group' | 'percent' | 'time'
  readonly start: number
  readonly actual: string
  readonly expected: ReadonlyArray<string>
  /** `false` when the one suggestion is not certain enough to apply unasked. */
  readonly safe?: boolean
}

/** What the finders know about the text. */
export interface Context {
  readonly locale: LocaleData
  readonly sourceLang: string | undefined
}

// Every pattern is anchored on digits and has no nested quantifiers: linear.
const dottedDate = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d]|\.\d)/g
const slashedDate = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/g

/** Numeric dates in a form the language does not use. */
export function findDates(text: string, {locale, sourceLang}: Context): Array<Finding> {
  const findings: Array<Finding> = []
  const native = new Set(locale.dates.numeric)
  if (!native.has('dmy-dot')) {
    for (const match of text.matchAll(dottedDate)) {
      const [actual, day, month, year] = match.map(Number) as [number, number, number, number]
      if (!validDate(day, month)) continue
      findings.push({kind: 'date', start: match.index, actual: match[0], expected: formatDate({day, month, year}, locale)})
    }
  }

  if (!native.has('dmy-slash') || !native.has('mdy-slash')) {
    for (const match of text.matchAll(slashedDate)) {
      const first = Number(match[1])
      const second = Number(match[2])
      const year = Number(match[3])
      // The order is known when a number exceeds 12, or from the source language.
      const order = first > 12 ? 'dmy' : second > 12 ? 'mdy' : sourceLang === 'en' ? 'mdy' : sourceLang ? 'dmy' : undefined
      if (!order || native.has(order === 'dmy' ? 'dmy-slash' : 'mdy-slash')) continue
      const [day, month] = order === 'dmy' ? [first, second] : [second, first]
      if (!validDate(day, month)) continue
      findings.push({kind: 'date', start: match.index, actual: match[0], expected: formatDate({day, month, year}, locale)})
    }
  }

  return findings
}

function validDate(day: number, month: number): boolean {
  return day >= 1 && day <= 31 && month >= 1 && month <= 12
}

const uhrTime = /(?<![\d.:])(\d{1,2})(?:[.:](\d{2}))?\s?Uhr\b/g
const oClock = /(?<![\d.:])(\d{1,2})\s?o[’']clock\b/g
const meridiem = /(?<![\d.:])(\d{1,2})(?:[.:](\d{2}))?\s?(a\.m\.|p\.m\.|AM|PM)(?!\p{L})/gu

/** Times in another language’s form: `22.15 Uhr` in English, `15 o’clock`, `20 p.m.`, `10:15 p.m.` in German. */
export function findTimes(text: string, {locale}: Context): Array<Finding> {
  const findings: Array<Finding> = []
  const add = function (start: number, actual: string, hour: number, minute: number): undefined {
    if (hour > 24 || minute > 59) return undefined
    findings.push({kind: 'time', start, actual, expected: formatTime({hour: hour % 24, minute}, locale)})
    return undefined
  }

  if (locale.lang !== 'de') {
    for (const match of text.matchAll(uhrTime)) add(match.index, match[0], Number(match[1]), Number(match[2] ?? 0))
  }

  if (locale.times.clock === 12) {
    for (const match of text.matchAll(oClock)) {
      if (Number(match[1]) > 12) add(match.index, match[0], Number(match[1]), 0)
    }

    for (const match of text.matchAll(meridiem)) {
      const hour = Number(match[1])
      if (hour > 12) add(match.index, match[0], hour, Number(match[2] ?? 0))
    }
  } else {
    for (const match of text.matchAll(meridiem)) {
      const hour = Number(match[1]) % 12 + (/^p/i.test(match[3] ?? '') ? 12 : 0)
      add(match.index, match[0], hour, Number(match[2] ?? 0))
    }
  }

  return findings
}

/** Numbers with another language’s separators, percent spacing or currency order. */
export function findNumbers(text: string, {locale}: Context): Array<Finding> {
  const findings: Array<Finding> = []
  const {decimal, group, scaleWords, percentSpace, currencyFirst} = locale.numbers
  const wrongDecimal = decimal === '.' ? ',' : '.'
  const scale = scaleWords.map(escape).join('|')
  const quantity = new RegExp('(?<![\\d.,])(\\d+)' + escape(wrongDecimal) + '(\\d{1,2})(?=\\s?(?:%|(?:' + scale + ')(?!\\p{L})))', 'gu')
  for (const match of text.matchAll(quantity)) {
    findings.push({kind: 'decimal', start: match.index, actual: match[0], expected: [match[1] + decimal + match[2]]})
  }

  // Groups of three after a separator the language does not group with:
  // certain with two groups (`1.200.000`), and with one group only before
  // a word (`120.000 soldiers`), since `3.000` alone may be a decimal.
  for (const separator of ['.', ','].filter((candidate) => !group.includes(candidate))) {
    const grouped = new RegExp('(?<![\\d.,])\\d{1,3}(?:' + escape(separator) + '\\d{3})+(?![\\d]|[.,]\\d)', 'gu')
    for (const match of text.matchAll(grouped)) {
      const groups = match[0].split(separator).length - 1
      const beforeWord = /^\s\p{L}/u.test(text.slice(match.index + match[0].length, match.index + match[0].length + 2))
      if (groups < 2 && !beforeWord) continue
      if (findings.some((finding) => finding.start === match.index)) continue
      findings.push({kind: 'group', start: match.index, actual: match[0], expected: [match[0].split(separator).join(group[0])]})
    }
  }

  const percent = percentSpace ? /(?<=\d)%/g : /(?<=\d)[ \u00A0\u202F]%/g
  if (locale.lang === 'en' || locale.lang === 'fr') {
    for (const match of text.matchAll(percent)) {
      const start = match.index - 1
      const digit = text.charAt(start)
      findings.push({kind: 'percent', start, actual: digit + match[0], expected: [digit + (percentSpace ? '\u00A0%' : '%')]})
    }
  }

  const currency = currencyFirst ? /(?<![\d.,])(\d[\d.,]*)\s?([€$£])(?![\p{L}\d])/gu : /(?<![\p{L}\d])([€$£])\s?(\d[\d.,]*\d|\d)(?![\d.,]?\d)/gu
  for (const match of text.matchAll(currency)) {
    const expected = currencyFirst ? match[2]! + match[1]! : match[2]! + '\u00A0' + match[1]!
    findings.push({kind: 'currency', start: match.index, actual: match[0], expected: [expected]})
  }

  return findings
}

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
