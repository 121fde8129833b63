/**
 * Flags words the language’s Hunspell dictionary (the `dictionary-<lang>`
 * packages) does not know, with up to three ranked suggestions.
 *
 * The dictionary is precompiled into a word graph (`src/spelling/`), so a
 * language loads in milliseconds, only when a document needs it, and once
 * per process. German compounds of known words are accepted, with their
 * linking elements (`Verhandlungsrunde`, `Energiepreise`).
 *
 * Not checked: URLs, e-mail addresses, @handles, #hashtags, code, words with
 * digits, units after numbers, all-caps acronyms, words in another script,
 * names (from the names lexicon, or capitalised the same way at least twice
 * in the document) and the user’s `words` and `dictionaries`.
 *
 * Suggestions are never applied unasked (`fixable: false`): a word unknown to
 * the dictionary may be right. Finding them is time-boxed per word and per
 * document; when time runs out the word is reported without them.
 */

import {defineRule} from '../src/rule.js'
import {documentNames, findUnknown} from '../src/spelling/known.js'
import {rankSuggestions} from '../src/spelling/rank.js'
import {spellerFor} from '../src/spelling/speller.js'
import {wordsOf} from '../src/spelling/tokens.js'
import {userWordsFor} from '../src/spelling/user-words.js'
import {primaryLanguage} from '../src/words.js'

export interface Options {
  /** More words to accept (any case rule of Hunspell applies: `word` also accepts `Word`). */
  readonly words: ReadonlyArray<string>
  /** Paths of extra Hunspell `.dic` files (or plain word lists), expanded with the language’s affixes. */
  readonly dictionaries: ReadonlyArray<string>
  /** How many suggestions to give (0: none). */
  readonly suggestions: number
  /** Milliseconds to spend finding suggestions for one word. */
  readonly wordBudget: number
  /** Milliseconds to spend finding suggestions in one document. */
  readonly documentBudget: number
  /** Whether a capitalised word inside a sentence is taken for a name (never in German, where nouns are capitalised). */
  readonly ignoreCapitalised: boolean
}

export default defineRule<Options, 'unknown' | 'unknownNoSuggestion'>(
  'spelling',
  {
    description: 'Flag words the language’s dictionary does not know',
    languages: ['de', 'en', 'es', 'fr', 'ru', 'uk'],
    fixable: false,
    severity: 'warn',
    category: 'Fluency/Spelling',
    defaults: {words: [], dictionaries: [], suggestions: 3, wordBudget: 100, documentBudget: 1000, ignoreCapitalised: true},
    schema: {
      type: 'object',
      properties: {
        words: {type: 'array', items: {type: 'string', minLength: 1}},
        dictionaries: {type: 'array', items: {type: 'string', minLength: 1}},
        suggestions: {type: 'integer', minimum: 0, maximum: 10},
        wordBudget: {type: 'number', minimum: 0},
        documentBudget: {type: 'number', minimum: 0},
        ignoreCapitalised: {type: 'boolean'}
      },
      additionalProperties: false
    },
    messages: {
      unknown: 'Unexpected unknown word `{word}`, expected {suggestions}',
      unknownNoSuggestion: 'Unexpected unknown word `{word}`, expected a known word'
    }
  },
  function (tree, file, options, report) {
    const lang = primaryLanguage(file.data.lang)
    // The whole tag: `en-GB` checks British spelling, `en-US` American, `en` either.
    const speller = spellerFor(file.data.lang ?? '')
    if (!speller) return undefined
    const text = String(file)
    const words = wordsOf(tree, text, lang)
    const knowledge = {
      lang,
      speller,
      user: userWordsFor(options, lang),
      documentNames: documentNames(words),
      capitalsMarkNames: options.ignoreCapitalised && lang !== 'de'
    }
    const documentDeadline = performance.now() + options.documentBudget

    for (const word of findUnknown(words, knowledge)) {
      // `Dr.`, `z.B.`: abbreviations the dictionary lists with their period.
      if (text.charAt(word.end) === '.' && speller.correct(word.value + '.')) continue
      const suggestions = options.suggestions > 0 ? rankSuggestions(speller, word.value, words, options, documentDeadline) : []
      report({
        messageId: suggestions.length > 0 ? 'unknown' : 'unknownNoSuggestion',
        data: {word: word.value, suggestions: listOf(suggestions)},
        span: [word.start, word.end],
        actual: word.value,
        ...(suggestions.length > 0 ? {expected: suggestions} : {})
      })
    }

    return undefined
  }
)

/** `` `a`, `b` or `c` `` */
function listOf(values: ReadonlyArray<string>): string {
  const quoted = values.map((value) => '`' + value + '`')
  return quoted.length > 1 ? quoted.slice(0, -1).join(', ') + ' or ' + quoted.at(-1) : (quoted[0] ?? '')
}
