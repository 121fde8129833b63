/**
 * Flags a name the lexicon does not know that one document spells in two
 * ways (`Syrskyi` and `Syrsky`, `Budanov` and `Budanow`): machine
 * translation of one source name through different romanisations. Spellings
 * are grouped by a key under which transliteration variants coincide
 * (`src/names/key.ts`) and compared without their inflection (`’s`,
 * Russian and Ukrainian case endings). Each minority spelling is reported;
 * the preferred one is the configured house form, else the document’s
 * majority, else the first used.
 *
 * Never merges different names with one letter apart (`Johnson`/`Jonson`,
 * `Scholz`/`Schultz`): only spellings with the same key are grouped.
 * Candidates are capitalised words of at least four letters that occur at
 * least once inside a sentence (so ordinary sentence-initial words are not
 * names); in German, words ever preceded by an article are nouns, not names.
 * Names the lexicon knows are `name-spelling`’s.
 */

import {builtinNames} from '../src/dictionary/names.js'
import {inconsistentGroups, nameOccurrences} from '../src/names/candidates.js'
import {defineRule} from '../src/rule.js'
import {primaryLanguage} from '../src/words.js'

export interface Options {
  /** House style: preferred form → variants (shared with `name-spelling`). */
  readonly names: Readonly<Record<string, ReadonlyArray<string>>>
  /** Shortest word considered a name. */
  readonly minLength: number
}

export default defineRule<Options, 'inconsistent'>(
  'name-consistency',
  {
    description: 'Flag a name spelled in more than one way in one document',
    languages: ['de', 'en', 'es', 'fr', 'ru', 'uk'],
    fixable: false,
    severity: 'warn',
    category: 'Terminology/Inconsistent',
    defaults: {names: {}, minLength: 4},
    schema: {
      type: 'object',
      properties: {
        names: {type: 'object', additionalProperties: {type: 'array', items: {type: 'string', minLength: 1}}},
        minLength: {type: 'integer', minimum: 2}
      },
      additionalProperties: false
    },
    messages: {
      inconsistent: 'Unexpected `{actual}`, expected `{expected}` as this name is spelled elsewhere in the document ({others})'
    }
  },
  function (tree, file, options, report) {
    const lang = primaryLanguage(file.data.lang)
    const value = String(file)
    const occurrences = nameOccurrences(tree, value, lang, builtinNames(), options.minLength)
    file.data.nameOccurrences = occurrences
    // Occurrences count by position, so the majority is the most used spelling.
    for (const {preferred, items} of inconsistentGroups(occurrences, new Set(Object.keys(options.names)), (item) => String(item.start))) {
      for (const occurrence of items) {
        if (occurrence.base === preferred) continue
        const others = items
          .filter((other) => other.base !== occurrence.base)
          .slice(0, 3)
          .map((other) => '`' + value.slice(other.start, other.end) + '` at ' + other.line + ':' + other.column)
          .join(', ')
        const actual = value.slice(occurrence.start, occurrence.end)
        const expected = preferred + occurrence.ending
        report({messageId: 'inconsistent', data: {actual, expected, others}, span: [occurrence.start, occurrence.end], actual, expected: [expected]})
      }
    }

    return undefined
  }
)
