/**
 * Checks quotation marks against the conventions of the text’s language
 * (`dictionaries/locales/<lang>.yml`): marks of another locale (`„…“` in
 * English), straight quotes mixed with curly ones, marks glued to the next
 * word, French marks without their inner no-break space, unbalanced and
 * stray marks, and marks that machine translation shifted onto the
 * attribution: `That is a leverage of the West, “said Sullivan.” Because …`.
 *
 * Does not flag: a quotation that runs over several paragraphs and reopens
 * each one without closing the last (news convention); apostrophes
 * (`Biden’s`, `rock ’n’ roll`, `’90s`); inch and minute marks (`5' 11"`);
 * straight quotes in a text that uses no curly ones (see `straight`).
 */

import type {Paragraph} from 'nlcst'
import {localeData, type LocaleData} from '../src/dictionary/locales.js'
import {defineRule} from '../src/rule.js'
import {scanQuotes, type Mark} from '../src/quote-marks.js'
import {textView} from '../src/text-view.js'
import {eachParagraph} from '../src/walk.js'

export interface Options {
  /** When straight quotes (`"`) are reported: when curly ones also occur, always, or never. */
  readonly straight: 'always' | 'mixed' | 'never'
}

type MessageId = 'foreign' | 'glued' | 'innerSpace' | 'shifted' | 'straight' | 'unclosed' | 'unopened'

export default defineRule<Options, MessageId>(
  'quotes',
  {
    description: 'Check quotation marks against the conventions of the text’s language',
    languages: ['de', 'en', 'es', 'fr', 'ru', 'uk'],
    fixable: true,
    severity: 'warn',
    category: 'Fluency/Punctuation',
    defaults: {straight: 'mixed'},
    schema: {
      type: 'object',
      properties: {straight: {enum: ['always', 'mixed', 'never']}},
      additionalProperties: false
    },
    messages: {
      foreign: 'Unexpected `{actual}`, expected `{expected}` in {language} text',
      glued: 'Unexpected `{actual}` without a space, expected `{expected}`',
      innerSpace: 'Unexpected {found} inside `{mark}`, expected {space}',
      shifted: 'Unexpected quotation marks around the attribution `{attribution}`, expected `{expected}` with the marks around the quoted words',
      straight: 'Unexpected straight `"` among curly quotes, expected `{expected}`',
      unclosed: 'Unexpected unclosed `{mark}`, expected a closing `{close}` in this paragraph',
      unopened: 'Unexpected closing `{mark}` without an opening `{open}`'
    }
  },
  function (tree, file, options, report) {
    const locale = localeData(file.data.lang)
    if (!locale) return undefined
    // Characters as read, not as written: `&ldquo;` in HTML is a `“`. Offsets below are the view's; `reportAt` maps them back.
    const view = textView(tree, String(file))
    const value = view.text
    const paragraphs: Array<Paragraph> = []
    eachParagraph(tree, function (node: Paragraph) {
      paragraphs.push(node)
    })

    const scanned = paragraphs.map(function (paragraph) {
      const start = view.indexOf(paragraph.position?.start.offset ?? 0)
      const end = view.indexOf(paragraph.position?.end.offset ?? 0)
      return scanQuotes(value, start, Math.max(start, end), locale)
    })
    const curly = scanned.some((marks) => marks.some((mark) => mark.kind !== 'straight'))
    const reportStraight = options.straight === 'always' || (options.straight === 'mixed' && curly)

    for (const [index, marks] of scanned.entries()) {
      const nextStartsWithOpening = scanned[index + 1]?.[0]?.startsParagraph === true
      checkParagraph(marks, nextStartsWithOpening)
    }

    return undefined

    /** Report with `span` in view offsets. */
    function reportAt(descriptor: Parameters<typeof report>[0] & {span: readonly [number, number]}): undefined {
      const [from, to] = descriptor.span
      report({...descriptor, span: [view.start(from), to > from ? view.end(to - 1) : view.start(from)]})
      return undefined
    }

    function checkParagraph(marks: ReadonlyArray<Mark>, continues: boolean): undefined {
      const open: Array<Mark> = []
      for (const mark of marks) {
        if (mark.kind === 'straight' && reportStraight) {
          reportAt({messageId: 'straight', data: {expected: mark.expected}, span: [mark.offset, mark.offset + 1], actual: '"', expected: [mark.expected]})
        } else if (mark.kind === 'foreign') {
          reportAt({messageId: 'foreign', data: {actual: mark.value, expected: mark.expected, language: locale!.name}, span: [mark.offset, mark.offset + 1], actual: mark.value, expected: [mark.expected]})
        }

        checkSpacing(mark)

        if (mark.role === 'open') {
          open.push(mark)
        } else if (open.length > 0) {
          const opening = open.pop()!
          checkShifted(opening, mark)
        } else if (mark.kind !== 'straight' || reportStraight) {
          reportAt({messageId: 'unopened', data: {mark: mark.value, open: mark.pair[0]}, span: [mark.offset, mark.offset + 1], actual: mark.value})
        }
      }

      // The news convention: a quotation that goes on in the next paragraph
      // leaves this one open, and the next one reopens it.
      const unclosed = continues ? open.slice(0, -1) : open
      for (const mark of unclosed) {
        if (mark.kind === 'straight' && !reportStraight) continue
        reportAt({messageId: 'unclosed', data: {mark: mark.value, close: mark.pair[1]}, span: [mark.offset, mark.offset + 1], actual: mark.value})
      }

      return undefined
    }

    function checkSpacing(mark: Mark): undefined {
      const {offset} = mark
      const space = locale!.quotes.innerSpace
      const before = value.charAt(offset - 1)
      const after = value.charAt(offset + 1)
      if (mark.role === 'close' && /\p{L}/u.test(after)) {
        reportAt({messageId: 'glued', data: {actual: mark.value + after, expected: mark.value + ' ' + after}, span: [offset, offset + 1], actual: mark.value, expected: [mark.value + ' ']})
      } else if (mark.role === 'open' && /\p{L}/u.test(before) && mark.kind !== 'straight') {
        reportAt({messageId: 'glued', data: {actual: before + mark.value, expected: before + ' ' + mark.value}, span: [offset, offset + 1], actual: mark.value, expected: [' ' + mark.value]})
      }

      if (space && mark.kind === 'own' && mark.primary) {
        const inside = mark.role === 'open' ? offset + 1 : offset - 1
        const found = value.charAt(inside)
        if (found === ' ' || found === '\t') {
          reportAt({messageId: 'innerSpace', data: {found: codePoint(found), mark: mark.value, space: codePoint(space)}, span: [inside, inside + 1], actual: found, expected: [space]})
        } else if (found !== space && found !== '\u202F' && /[\p{L}\p{N}]/u.test(found)) {
          const insert = mark.role === 'open' ? mark.value + space : space + mark.value
          reportAt({messageId: 'innerSpace', data: {found: 'missing space', mark: mark.value, space: codePoint(space)}, span: [offset, offset + 1], actual: mark.value, expected: [insert]})
        }
      }

      return undefined
    }

    /** `West, “said Sullivan.” Because` → `West,” said Sullivan. “Because`. */
    function checkShifted(opening: Mark, closing: Mark): undefined {
      const inner = value.slice(opening.offset + 1, closing.offset)
      const match = /^(\p{L}+)\s+([\p{Lu}][\p{L}’'-]*(?:\s+[\p{Lu}][\p{L}’'-]*){0,2})([.,])$/u.exec(inner)
        ?? /^([\p{Lu}][\p{L}’'-]*(?:\s+[\p{Lu}][\p{L}’'-]*){0,2})\s+(\p{L}+)([.,])$/u.exec(inner)
      if (!match) return undefined
      const verbs = new Set(locale!.speechVerbs)
      const verbFirst = verbs.has(match[1]!)
      if (!verbFirst && !verbs.has(match[2]!)) return undefined
      // Shifted marks sit after the quotation’s own comma and before the next sentence.
      // Looked for backwards from the mark: `/[,.!?]\s*$/u` on the text before it scanned the whole document for each attribution (quadratic).
      const before = markBefore(value, opening.offset)
      const after = value.slice(closing.offset + 1).match(/^\s+(?=\p{Lu})/u)
      if (!before || !after) return undefined
      const start = opening.offset - before[0].length
      const end = closing.offset + 1 + after[0].length
      const attribution = inner.slice(0, -1)
      const comma = before[0].trimEnd()
      const fixed = comma + opening.pair[1] + ' ' + attribution + match[3] + ' ' + opening.pair[0]
      reportAt({messageId: 'shifted', data: {attribution: inner, expected: fixed}, span: [start, end], actual: value.slice(start, end), expected: [fixed], safe: false})
      return undefined
    }
  }
)

/** `[,.!?]` and the white space after it that end `value.slice(0, offset)` (`, `), as a one-item match, or `null`. */
function markBefore(value: string, offset: number): [string] | null {
  let index = offset
  while (index > 0 && /\s/u.test(value.charAt(index - 1))) index--
  return index > 0 && /[,.!?]/.test(value.charAt(index - 1)) ? [value.slice(index - 1, offset)] : null
}

function codePoint(value: string): string {
  return 'U+' + (value.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')
}

export type {LocaleData}
