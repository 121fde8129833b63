/**
 * Flags words and phrases machine translation rendered literally from the
 * source language: `Biden’s switch with Putin` (German `Schalte`: a video
 * call), `daily topics` (the programme `Tagesthemen`), `Status:` (`Stand:`),
 * false friends (`actual` for German `aktuell`). Phrase tables per language
 * pair live in `dictionaries/calques/<source>-<target>.yml`, each entry with
 * an explanation, suggestions and examples that run as tests.
 *
 * With `sourceLang` known, only that pair’s table applies; without it, every
 * table into the text’s language applies, at `info` level, and a span found
 * by two tables, or inside another table’s longer match, is reported once. Entries marked
 * `info` (phrases that are also ordinary text) always report at `info`.
 * Never fixed unasked: a calque is for a person to rewrite. A phrase in
 * quotation marks of its own is mentioned, not used (what it calls its
 * “special military operation”), and is left alone.
 */

import type {Paragraph} from 'nlcst'
import {builtinCalques, type CalqueEntry, type CalqueTable} from '../src/dictionary/phrases.js'
import {languageName} from '../src/engine/language.js'
import type {Match} from '../src/phrase/match.js'
import {combinedIndex, matchCase, type Ranked} from '../src/phrase/tables.js'
import {paragraphTokens} from '../src/phrase/tokens.js'
import {defineRule} from '../src/rule.js'
import {primaryLanguage} from '../src/words.js'
import {eachParagraph} from '../src/walk.js'

export interface Options {
  /** Language pairs (`de-en`) whose tables never apply. */
  readonly disable: ReadonlyArray<string>
}

export default defineRule<Options, 'calque' | 'calqueNoSuggestion'>(
  'calque',
  {
    description: 'Flag phrases rendered word for word from the source language',
    languages: ['*'],
    fixable: false,
    severity: 'warn',
    category: 'Style/Unidiomatic',
    defaults: {disable: []},
    schema: {
      type: 'object',
      properties: {disable: {type: 'array', items: {type: 'string', pattern: '^[a-z]{2,3}-[a-z]{2,3}$'}}},
      additionalProperties: false
    },
    messages: {
      calque: 'Unexpected `{actual}`, a calque of {language} `{source}`, expected `{expected}`: {explanation}',
      calqueNoSuggestion: 'Unexpected `{actual}`, a calque of {language} `{source}`, expected a rewrite: {explanation}'
    }
  },
  function (tree, file, options, report) {
    const target = primaryLanguage(file.data.lang)
    const source = primaryLanguage(file.data.sourceLang) || undefined
    const tables = builtinCalques().filter(
      (table) =>
        table.target === target &&
        (source === undefined || table.source === source) &&
        !options.disable.includes(table.source + '-' + table.target)
    )
    if (tables.length === 0) return undefined
    const value = String(file)
    const index = combinedIndex(tables)

    eachParagraph(tree, function (paragraph: Paragraph) {
      // Without a source language, tables that share a pattern (ru-en, uk-en) report a span once: the first table's.
      const bySpan = new Map<string, Match<Ranked<CalqueTable, CalqueEntry>>>()
      for (const match of index.find(paragraphTokens(paragraph))) {
        const key = match.start + ':' + match.stop
        const kept = bySpan.get(key)
        if (!kept || match.payload.rank < kept.payload.rank) bySpan.set(key, match)
      }

      const matches = [...bySpan.values()]
      for (const {payload, start, stop} of matches) {
        // Nor a span inside another table's longer one: `message` (Russian `сообщение`) within `a message` (German `Mitteilung`).
        const inside = matches.some((other) => other.payload.table !== payload.table && other.start <= start && other.stop >= stop && other.stop - other.start > stop - start)
        if (!inside && !isMentioned(value, start, stop)) reportEntry(payload.table, payload.entry, start, stop)
      }
    })

    return undefined

    function reportEntry(table: CalqueTable, entry: CalqueEntry, start: number, end: number): undefined {
      const actual = value.slice(start, end)
      const expected = entry.suggest.map((suggestion) => matchCase(value, start, suggestion))
      const data = {actual, language: languageName(table.source), source: entry.source, explanation: entry.explanation}
      report({
        messageId: expected.length > 0 ? 'calque' : 'calqueNoSuggestion',
        data: {...data, expected: expected.join('`, `')},
        span: [start, end],
        actual,
        expected,
        note: entry.explanation + ' (' + table.source + '-' + table.target + '#' + entry.id + ')',
        ...(entry.level === 'info' || source === undefined ? {level: 'info' as const} : {})
      })
      return undefined
    }
  }
)

/** Whether the span is exactly the content of a pair of quotation marks. */
function isMentioned(value: string, start: number, end: number): boolean {
  return /["«“„‘‚‹]\u00A0?$/u.test(value.slice(Math.max(0, start - 2), start)) && /^\u00A0?["»”“’‘›]/u.test(value.slice(end, end + 2))
}
