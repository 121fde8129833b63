/**
 * Flags page furniture that a scraper or translator carried into the
 * article: `source site`, share and subscribe buttons, cookie and paywall
 * notices, photo credits, `Read more`, breadcrumbs, timestamps. Lists per
 * language live in `dictionaries/boilerplate/<lang>.yml`.
 *
 * Entries with `scope: line` match only a whole paragraph (outer punctuation
 * aside), so `Read more` alone on a line is flagged and “those who want to
 * read more” is not. The suggestion deletes the span; it is never applied
 * unasked.
 */

import type {Paragraph} from 'nlcst'
import {builtinBoilerplate} from '../src/dictionary/phrases.js'
import {findInParagraph, indexOf} from '../src/phrase/tables.js'
import {paragraphTokens} from '../src/phrase/tokens.js'
import {defineRule} from '../src/rule.js'
import {primaryLanguage} from '../src/words.js'
import {eachParagraph} from '../src/walk.js'

export type Options = Record<string, never>

export default defineRule<Options, 'boilerplate'>(
  'boilerplate',
  {
    description: 'Flag page furniture carried into the article text',
    languages: ['de', 'en', 'es', 'fr', 'ru', 'uk'],
    fixable: false,
    severity: 'warn',
    category: 'Verity/Extraneous',
    defaults: {},
    schema: {type: 'object', properties: {}, additionalProperties: false},
    messages: {
      boilerplate: 'Unexpected `{actual}`, expected it deleted: {explanation}'
    }
  },
  function (tree, file, _options, report) {
    const lang = primaryLanguage(file.data.lang)
    const table = builtinBoilerplate().find((candidate) => candidate.lang === lang)
    if (!table) return undefined
    const lines = indexOf(table, 'line', (entry) => entry.scope === 'line')
    const phrases = indexOf(table, 'phrase', (entry) => entry.scope === 'phrase')
    const value = String(file)

    eachParagraph(tree, function (paragraph: Paragraph) {
      const tokens = paragraphTokens(paragraph)
      const found = [...findInParagraph(lines, tokens, true), ...findInParagraph(phrases, tokens)]
      const whole = paragraph.position
      for (const match of found) {
        // A whole-line entry reports the paragraph, outer punctuation included.
        const start = match.payload.scope === 'line' && whole ? whole.start.offset ?? match.start : match.start
        const end = match.payload.scope === 'line' && whole ? whole.end.offset ?? match.stop : match.stop
        const actual = value.slice(start, end)
        report({
          messageId: 'boilerplate',
          data: {actual, explanation: match.payload.explanation},
          span: [start, end],
          actual,
          expected: [''],
          note: match.payload.explanation + ' (' + table.lang + '#' + match.payload.id + ')'
        })
      }
    })

    return undefined
  }
)
