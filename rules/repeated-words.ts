/**
 * Flags a word written twice in a row (`the the`), a frequent artifact of
 * machine translation and of editing.
 *
 * Lower-case doubles are found by `retext-repeated-words`. It skips
 * capitalised words so as not to flag names like `Duran Duran`, but in
 * machine translation a doubled name (`Zelensky Zelensky`) is a common
 * artifact, so capitalised doubles are checked here too, with a list of
 * names that really are doubled.
 *
 * Does not flag: legitimate doubles of the text’s language (`had had`,
 * `that that`, German `die die`, French `nous nous`), the words in `allow`,
 * initials (`D. D.`), numbers, or words separated by punctuation.
 */

import type {Sentence} from 'nlcst'
import retextRepeatedWords from 'retext-repeated-words'
import {VFile} from 'vfile'
import {localeData} from '../src/dictionary/locales.js'
import {defineRule} from '../src/rule.js'
import {fold, isCapitalised, onlyWhiteSpaceBetween, wordsOf} from '../src/words.js'
import {eachSentence} from '../src/walk.js'

export interface Options {
  /** More words that may occur twice (any case); replaces nothing, adds to the language’s list. */
  readonly allow: ReadonlyArray<string>
  /** Capitalised words that are doubled in names (`Duran Duran`). Replaces the default list. */
  readonly doubledNames: ReadonlyArray<string>
}

const findLowerCaseDoubles = retextRepeatedWords()

export default defineRule<Options, 'repeated'>(
  'repeated-words',
  {
    description: 'Flag a word written twice in a row',
    languages: ['*'],
    fixable: true,
    severity: 'error',
    category: 'Fluency/Grammar',
    defaults: {
      allow: [],
      doubledNames: ['Baden', 'Bella', 'Bora', 'Dum', 'Duran', 'Mahi', 'Pago', 'Sing', 'Sirhan', 'Tom', 'Walla']
    },
    schema: {
      type: 'object',
      properties: {
        allow: {type: 'array', items: {type: 'string', minLength: 1}},
        doubledNames: {type: 'array', items: {type: 'string', minLength: 1}}
      },
      additionalProperties: false
    },
    messages: {
      repeated: 'Unexpected repeated `{word}`, expected `{word}` once'
    }
  },
  function (tree, file, options, report) {
    const allowed = new Set(
      [...(localeData(file.data.lang)?.legitimateDoubles ?? []), ...options.allow].map(fold)
    )
    const doubledNames = new Set(options.doubledNames)
    const value = String(file)

    const scratch = new VFile()
    findLowerCaseDoubles(tree, scratch)
    for (const message of scratch.messages) {
      const start = message.place && 'start' in message.place ? message.place.start.offset : undefined
      const end = message.place && 'end' in message.place ? message.place.end.offset : undefined
      const word = message.expected?.[0]
      if (start === undefined || end === undefined || !word || allowed.has(fold(word))) continue
      // The first word, as written (`The the` keeps `The`).
      const first = value.slice(start, start + word.length)
      report({
        messageId: 'repeated',
        data: {word},
        span: [start, end],
        actual: value.slice(start, end),
        expected: [first]
      })
    }

    eachSentence(tree, function (sentence: Sentence) {
      const words = wordsOf(sentence)
      for (let index = 1; index < words.length; index++) {
        const previous = words[index - 1]!
        const current = words[index]!
        if (
          previous.value === current.value &&
          isCapitalised(current.value) &&
          // `retext-repeated-words` reports the rest (`NATO NATO`).
          current.value.slice(1) === current.value.slice(1).toLowerCase() &&
          current.value.length > 1 &&
          !/^\p{Lu}\.$/u.test(current.value) &&
          !doubledNames.has(current.value) &&
          !allowed.has(fold(current.value)) &&
          onlyWhiteSpaceBetween(sentence, previous.index, current.index)
        ) {
          report({
            messageId: 'repeated',
            data: {word: current.value},
            nodes: sentence.children.slice(previous.index, current.index + 1),
            actual: value.slice(
              previous.node.position?.start.offset,
              current.node.position?.end.offset
            ),
            expected: [previous.value]
          })
        }
      }
    })

    return undefined
  }
)
