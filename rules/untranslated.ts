/**
 * Flags text left in another language: a whole document in the wrong
 * language (one error at the start), and sentences or clauses the engine
 * skipped (`Biden said that die Verhandlungen fortgesetzt werden sollen`),
 * including English inside Russian text.
 *
 * franc cannot be the only signal: on spans shorter than the lengths
 * measured in README (30 characters for German, 60 for English, up to 150
 * for Russian) it is often wrong. A span is reported when the source
 * language’s function words (`und`, `der`, `sowie` in English text) outweigh
 * the target’s, or, on spans long enough, when franc agrees with that
 * evidence. A run of Latin-script words inside Cyrillic text (and the
 * reverse) is checked the same way.
 *
 * Leaves alone: names (`Ursula von der Leyen`), quoted titles and phrases
 * of a few words (“Tagesschau”, « la rentrée »), loanwords (`Zeitgeist`,
 * `coup d’état`: single words are never evidence), URLs and code.
 */

import type {Paragraph, Sentence} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {localeData, type LocaleData} from '../src/dictionary/locales.js'
import {detectLanguage, languageName} from '../src/engine/language.js'
import {clausesOf} from '../src/untranslated/clauses.js'
import {candidateLocales, countEvidence, distinctiveWords, type SpanWord} from '../src/untranslated/evidence.js'
import {defineRule} from '../src/rule.js'
import {primaryLanguage} from '../src/words.js'
import {eachParagraph} from '../src/walk.js'

export interface Options {
  /** Languages looked for besides the source language (BCP 47 subtags). */
  readonly candidates: ReadonlyArray<string>
  /** Distinct function words of another language that make a clause foreign. */
  readonly minEvidence: number
  /** Quoted spans of at most this many words are left alone (titles, quoted phrases). */
  readonly maxQuotedWords: number
}

/** Shortest span, in characters, on which franc names each language ≥ 95 % of the time (README, `scripts/measure-franc.ts`). */
export const reliableLength: Readonly<Record<string, number>> = {de: 30, en: 60, es: 30, fr: 30, ru: 150, uk: 100}

export default defineRule<Options, 'document' | 'span'>(
  'untranslated',
  {
    description: 'Flag text left in another language',
    languages: ['de', 'en', 'es', 'fr', 'ru', 'uk'],
    fixable: false,
    severity: 'error',
    category: 'Accuracy/Untranslated',
    defaults: {candidates: ['de', 'en', 'es', 'fr', 'ru', 'uk'], minEvidence: 2, maxQuotedWords: 8},
    schema: {
      type: 'object',
      properties: {
        candidates: {type: 'array', items: {type: 'string', pattern: '^[a-z]{2,3}$'}},
        minEvidence: {type: 'integer', minimum: 1},
        maxQuotedWords: {type: 'integer', minimum: 0}
      },
      additionalProperties: false
    },
    messages: {
      document: 'Unexpected {found} text, expected {language}',
      span: 'Unexpected {found} text `{actual}`, expected {language}'
    }
  },
  function (tree, file, options, report) {
    const target = localeData(file.data.lang)
    if (!target) return undefined
    const value = String(file)
    const source = primaryLanguage(file.data.sourceLang) || undefined
    const candidates = [...new Set([...(source ? [source] : []), ...options.candidates])]
    const others = candidateLocales(target.lang, candidates)
    const evidence = new Map(others.map((other) => [other, distinctiveWords(target, other)]))
    const language = languageName(target.lang)
    const ownWords = new Set(target.functionWords.map((word) => word.toLowerCase()))

    if (file.data.langSource === 'option' && value.length >= 200) {
      const detected = detectLanguage(value, [target.lang, ...others.map((other) => other.lang)])
      if (detected && detected.lang !== target.lang) {
        const end = value.search(/\r?\n|$/)
        report({messageId: 'document', data: {found: languageName(detected.lang), language}, span: [0, end], actual: value.slice(0, end)})
        return undefined
      }
    }

    eachParagraph(tree, function (paragraph: Paragraph) {
      for (const sentence of paragraph.children) {
        if (sentence.type === 'SentenceNode') checkSentence(sentence)
      }
    })

    return undefined

    function checkSentence(sentence: Sentence): undefined {
      const masked = maskedRanges(value, sentence.position?.start.offset ?? 0, sentence.position?.end.offset ?? 0)
      const words = wordsIn(sentence.children).filter((word) => !masked.some(([start, end]) => word.start >= start && word.end <= end))
      const whole = foreignLanguage(words, toString(sentence))
      if (whole) {
        const start = sentence.position?.start.offset ?? 0
        const end = sentence.position?.end.offset ?? start
        reportSpan(whole, start, end)
        return undefined
      }

      for (const clause of clausesOf(sentence, value, options.maxQuotedWords)) {
        const clauseWords = clause.words.filter((word) => words.includes(word) || words.some((other) => other.start === word.start))
        const found = foreignTail(clauseWords)
        if (found) reportSpan(found.language, found.start, clause.end)
      }

      return undefined
    }

    /** Whether a whole sentence is in another language. */
    function foreignLanguage(words: ReadonlyArray<SpanWord>, text: string): LocaleData | undefined {
      if (words.length < 3) return undefined
      const own = countEvidence(words, ownWords)
      const [best, bestCount] = strongest(words)
      if (!best || bestCount <= own) return undefined
      if (bestCount >= options.minEvidence + own) return best
      // Weaker evidence counts when the span is long enough for franc to confirm it.
      if (own === 0 && text.length >= (reliableLength[target!.lang] ?? 100)) {
        const detected = detectLanguage(text, [target!.lang, best.lang], 1)
        if (detected?.lang === best.lang) return best
      }

      return undefined
    }

    /**
     * The foreign end of a clause: from the first function word of another
     * language on, with none of the target’s (`that die Verhandlungen mit
     * Russland fortgesetzt werden sollen`).
     */
    function foreignTail(words: ReadonlyArray<SpanWord>): {language: LocaleData; start: number} | undefined {
      let result: {language: LocaleData; start: number; count: number} | undefined
      for (const other of others) {
        const foreign = evidence.get(other)!
        const first = words.findIndex((word) => foreign.has(word.value) )
        if (first < 0) continue
        const tail = words.slice(first)
        if (tail.length < 3 || countEvidence(tail, ownWords) > 0) continue
        const count = countEvidence(tail, foreign)
        if (count >= options.minEvidence && count > (result?.count ?? 0)) result = {language: other, start: tail[0]!.start, count}
      }

      return result
    }

    function strongest(words: ReadonlyArray<SpanWord>): [LocaleData | undefined, number] {
      let best: LocaleData | undefined
      let bestCount = 0
      for (const other of others) {
        const count = countEvidence(words, evidence.get(other)!)
        if (count > bestCount) {
          best = other
          bestCount = count
        }
      }

      return [best, bestCount]
    }

    function reportSpan(found: LocaleData, start: number, end: number): undefined {
      const actual = value.slice(start, end)
      report({messageId: 'span', data: {found: languageName(found.lang), language, actual: abbreviate(actual)}, span: [start, end], actual})
      return undefined
    }
  }
)

function wordsIn(nodes: Sentence['children']): Array<SpanWord> {
  const words: Array<SpanWord> = []
  for (const node of nodes) {
    if (node.type !== 'WordNode') continue
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start !== undefined && end !== undefined) words.push({value: toString(node), start, end})
  }

  return words
}

/** URLs, e-mail addresses and backticked code in `value.slice(start, end)`: never evidence. */
function maskedRanges(value: string, start: number, end: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  const text = value.slice(start, end)
  // `(?<![\w.+-])`: an address starts where its run starts, or a long run without `@` is rescanned from every position (quadratic).
  for (const match of text.matchAll(/(?:https?:\/\/|www\.)[^\s"“”«»<>]+|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+|`[^`\n]*`/gu)) {
    ranges.push([start + match.index, start + match.index + match[0].length])
  }

  return ranges
}

function abbreviate(text: string): string {
  return text.length > 60 ? text.slice(0, 40) + '…' + text.slice(-15) : text
}
