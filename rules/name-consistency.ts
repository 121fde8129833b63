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

import type {Sentence} from 'nlcst'
import {visit} from 'unist-util-visit'
import {builtinNames} from '../src/dictionary/names.js'
import {cyrillicStem, splitEnding} from '../src/names/inflection.js'
import {spellingKey} from '../src/names/key.js'
import {lookupName} from '../src/names/lookup.js'
import {defineRule} from '../src/rule.js'
import {fold, wordsOf} from '../src/words.js'

export interface Options {
  /** House style: preferred form → variants (shared with `name-spelling`). */
  readonly names: Readonly<Record<string, ReadonlyArray<string>>>
  /** Shortest word considered a name. */
  readonly minLength: number
}

interface Occurrence {
  readonly base: string
  readonly ending: string
  readonly start: number
  readonly end: number
  readonly line: number
  readonly column: number
}

const articles = new Set(['das', 'dem', 'den', 'der', 'des', 'die', 'ein', 'eine', 'einem', 'einen', 'einer', 'eines', 'kein', 'keine', 'im', 'am', 'vom', 'zum', 'zur', 'beim'])

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
    const lang = (file.data.lang ?? '').toLowerCase().split('-')[0] ?? ''
    const lexicon = builtinNames()
    const value = String(file)
    const groups = new Map<string, Array<Occurrence>>()
    const insideSentence = new Set<string>()
    const afterArticle = new Set<string>()
    const house = new Set(Object.keys(options.names))

    visit(tree, 'SentenceNode', function (sentence: Sentence) {
      const words = wordsOf(sentence)
      for (const [position, word] of words.entries()) {
        const text = word.value
        if (text.length < options.minLength || !/^\p{Lu}\p{Ll}/u.test(text) || /\p{N}/u.test(text)) continue
        if (lookupName(lexicon, text, lang)) continue
        const [base, ending] = baseOf(text, lang)
        if (position > 0) insideSentence.add(base)
        const previous = words[position - 1]
        if (previous && articles.has(fold(previous.value))) afterArticle.add(base)
        const start = word.node.position?.start
        const end = word.node.position?.end.offset
        if (start?.offset === undefined || end === undefined) continue
        const key = spellingKey(base)
        const list = groups.get(key) ?? []
        list.push({base, ending, start: start.offset, end, line: start.line, column: start.column})
        groups.set(key, list)
      }
    })

    for (const occurrences of groups.values()) {
      const counts = new Map<string, number>()
      for (const occurrence of occurrences) {
        if (!insideSentence.has(occurrence.base)) continue
        if (lang === 'de' && afterArticle.has(occurrence.base)) continue
        counts.set(occurrence.base, (counts.get(occurrence.base) ?? 0) + 1)
      }

      if (counts.size < 2) continue
      // House style, then the majority, then the first used (Map order).
      const preferred = [...counts.keys()].find((base) => house.has(base)) ?? [...counts.entries()].reduce((best, next) => (next[1] > best[1] ? next : best))[0]
      for (const occurrence of occurrences) {
        if (occurrence.base === preferred || !counts.has(occurrence.base)) continue
        const others = occurrences
          .filter((other) => other.base !== occurrence.base && counts.has(other.base))
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

/** A word without its inflection: `Syrskyi’s` → `Syrskyi`, `Сырского` → `Сырск`. */
function baseOf(word: string, lang: string): readonly [string, string] {
  const splits = splitEnding(word, lang).filter(([, ending]) => ending !== 's')
  if (/\p{Script=Cyrillic}/u.test(word)) {
    const [base, ending] = splits.at(-1) ?? [word, '']
    return [cyrillicStem(base), word.slice(cyrillicStem(base).length) || ending]
  }

  return splits.find(([, ending]) => ending !== '') ?? [word, '']
}
