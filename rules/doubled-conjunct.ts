/**
 * Flags the same word or phrase on both sides of a conjunction:
 * `the inviolability and inviolability of borders`. Machine translation
 * produces this when the source had two near-synonyms (German
 * `Unverletzlichkeit und Unantastbarkeit`) that map to one target word.
 *
 * Does not flag idiomatic reduplication: the language’s list
 * (`again and again`, `immer und immer`, `encore et encore`, `más y más`,
 * `снова и снова`), comparatives (`bigger and bigger`), numbers (`1 and 1`),
 * or phrases separated by punctuation.
 */

import type {Sentence} from 'nlcst'
import {localeData} from '../src/dictionary/locales.js'
import {defineRule} from '../src/rule.js'
import {fold, wordsOf, type WordAt} from '../src/words.js'
import {eachSentence} from '../src/walk.js'

export interface Options {
  /** Longest phrase, in words, compared on each side. */
  readonly maxWords: number
  /** More words for which `X and X` is idiomatic; adds to the language’s list. */
  readonly allow: ReadonlyArray<string>
}

const determiners = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'der', 'die', 'das', 'le', 'la', 'les', 'el', 'los', 'las'])

export default defineRule<Options, 'doubled'>(
  'doubled-conjunct',
  {
    description: 'Flag the same word or phrase on both sides of a conjunction',
    languages: ['*'],
    fixable: true,
    severity: 'error',
    category: 'Accuracy/Mistranslation',
    defaults: {maxWords: 4, allow: []},
    schema: {
      type: 'object',
      properties: {
        maxWords: {type: 'integer', minimum: 1, maximum: 12},
        allow: {type: 'array', items: {type: 'string', minLength: 1}}
      },
      additionalProperties: false
    },
    messages: {
      doubled: 'Unexpected `{phrase}` on both sides of `{conjunction}`, expected it once: the source probably had two different words'
    }
  },
  function (tree, file, options, report) {
    const locale = localeData(file.data.lang)
    const conjunctions = new Set((locale?.conjunctions ?? ['and', 'or']).map(fold))
    const idioms = new Set([...(locale?.reduplications ?? []), ...options.allow].map(fold))
    const suffixes = locale?.comparativeSuffixes ?? []
    const value = String(file)

    eachSentence(tree, function (sentence: Sentence) {
      const words = wordsOf(sentence)
      for (const [position, word] of words.entries()) {
        if (!conjunctions.has(fold(word.value))) continue
        const size = longestMirror(sentence, words, position, options.maxWords)
        if (size === 0) continue
        const left = words.slice(position - size, position)
        const right = words.slice(position + 1, position + 1 + size)
        if (size === 1 && isIdiomatic(left[0]!, words[position - 2])) continue

        const start = left[0]!.node.position?.start.offset
        const end = right.at(-1)!.node.position?.end.offset
        const phraseEnd = left.at(-1)!.node.position?.end.offset
        if (start === undefined || end === undefined || phraseEnd === undefined) continue
        const phrase = value.slice(start, phraseEnd)
        report({
          messageId: 'doubled',
          data: {phrase, conjunction: word.value},
          span: [start, end],
          actual: value.slice(start, end),
          expected: [phrase]
        })
      }
    })

    return undefined

    function isIdiomatic(word: WordAt, before: WordAt | undefined): boolean {
      const folded = fold(word.value)
      if (idioms.has(folded) || /^\p{N}/u.test(folded)) return true
      // `bigger and bigger`, but not `the border and border`.
      const comparative = suffixes.some((suffix) => folded.length > suffix.length + 2 && folded.endsWith(suffix))
      return comparative && !(before && determiners.has(fold(before.value)))
    }
  }
)

/**
 * Length in words of the longest phrase that stands, the same, right before
 * and right after the conjunction at `position`, with only white space
 * between the words of each side.
 */
function longestMirror(
  sentence: Sentence,
  words: ReadonlyArray<WordAt>,
  position: number,
  maxWords: number
): number {
  let best = 0
  for (let size = 1; size <= maxWords; size++) {
    const left = words.slice(position - size, position)
    const right = words.slice(position + 1, position + 1 + size)
    if (position - size < 0 || right.length < size) break
    if (!contiguous(sentence, [...left, words[position]!, ...right])) break
    if (left.every((word, index) => fold(word.value) === fold(right[index]!.value))) best = size
  }

  return best
}

/** Whether `words` are separated by white space only. */
function contiguous(sentence: Sentence, words: ReadonlyArray<WordAt>): boolean {
  for (let index = 1; index < words.length; index++) {
    for (let child = words[index - 1]!.index + 1; child < words[index]!.index; child++) {
      if (sentence.children[child]?.type !== 'WhiteSpaceNode') return false
    }
  }

  return true
}
