import type {Root, Sentence} from 'nlcst'
import type {NamesLexicon} from '../dictionary/names.js'
import {fold, wordsOf} from '../words.js'
import {cyrillicStem, isCyrillic, splitEnding} from './inflection.js'
import {spellingKey} from './key.js'
import {lookupName} from './lookup.js'
import {eachSentence} from '../walk.js'

/** One use of a name the lexicon does not know. */
export interface NameOccurrence {
  /** Spelling key shared by the romanisations of one name. */
  readonly key: string
  /** The spelling without its inflection (`Syrskyi` for `Syrskyi’s`). */
  readonly base: string
  readonly ending: string
  readonly start: number
  readonly end: number
  readonly line: number
  readonly column: number
}

declare module 'vfile' {
  interface DataMap {
    /** Names the lexicon does not know, as `name-consistency` found them: input to the batch check. */
    nameOccurrences: ReadonlyArray<NameOccurrence>
  }
}

const articles = new Set(['das', 'dem', 'den', 'der', 'des', 'die', 'ein', 'eine', 'einem', 'einen', 'einer', 'eines', 'kein', 'keine', 'im', 'am', 'vom', 'zum', 'zur', 'beim'])

/**
 * Capitalised words of at least `minLength` letters that the lexicon does
 * not know and that look like names: used inside a sentence at least once
 * (so ordinary sentence-initial words drop out) and, in German, never after
 * an article (German nouns are capitalised too).
 */
export function nameOccurrences(tree: Root, value: string, lang: string, lexicon: NamesLexicon, minLength: number): Array<NameOccurrence> {
  const found: Array<Omit<NameOccurrence, 'key'>> = []
  const insideSentence = new Set<string>()
  const afterArticle = new Set<string>()

  eachSentence(tree, function (sentence: Sentence) {
    const words = wordsOf(sentence)
    for (const [position, word] of words.entries()) {
      const text = word.value
      if (text.length < minLength || !/^\p{Lu}\p{Ll}/u.test(text) || /\p{N}/u.test(text)) continue
      if (lookupName(lexicon, text, lang)) continue
      const [base, ending] = baseOf(text, lang)
      if (position > 0) insideSentence.add(base)
      const previous = words[position - 1]
      if (previous && articles.has(fold(previous.value))) afterArticle.add(base)
      const start = word.node.position?.start
      const end = word.node.position?.end.offset
      if (start?.offset === undefined || end === undefined) continue
      found.push({base, ending, start: start.offset, end, line: start.line, column: start.column})
    }
  })

  // Keys cost a dozen replacements each: only for the names kept, once per spelling.
  const keys = new Map<string, string>()
  return found
    .filter((occurrence) => insideSentence.has(occurrence.base) && !(lang === 'de' && afterArticle.has(occurrence.base)))
    .map(function (occurrence) {
      let key = keys.get(occurrence.base)
      if (key === undefined) {
        key = spellingKey(occurrence.base)
        keys.set(occurrence.base, key)
      }

      return {key, ...occurrence}
    })
}

/** A word without its inflection: `Syrskyi’s` → `Syrskyi`, `Сырского` → `Сырск`. */
function baseOf(word: string, lang: string): readonly [string, string] {
  const splits = splitEnding(word, lang).filter(([, ending]) => ending !== 's')
  if (isCyrillic(word)) {
    const [base, ending] = splits.at(-1) ?? [word, '']
    return [cyrillicStem(base), word.slice(cyrillicStem(base).length) || ending]
  }

  return splits.find(([, ending]) => ending !== '') ?? [word, '']
}

/**
 * Group occurrences by key and pick, for each group with more than one
 * spelling, the preferred one: the house form, else the most used (by
 * `weight`), else the first.
 */
export function inconsistentGroups<Item extends {readonly key: string; readonly base: string}>(
  items: ReadonlyArray<Item>,
  house: ReadonlySet<string>,
  weight: (item: Item) => string = (item) => item.base
): Array<{preferred: string; items: Array<Item>}> {
  const groups = new Map<string, Array<Item>>()
  for (const item of items) groups.set(item.key, [...(groups.get(item.key) ?? []), item])
  const result: Array<{preferred: string; items: Array<Item>}> = []
  for (const group of groups.values()) {
    const counts = new Map<string, Set<string>>()
    for (const item of group) counts.set(item.base, (counts.get(item.base) ?? new Set()).add(weight(item)))
    if (counts.size < 2) continue
    const preferred = [...counts.keys()].find((base) => house.has(base)) ?? [...counts.entries()].reduce((best, next) => (next[1].size > best[1].size ? next : best))[0]
    result.push({preferred, items: group})
  }

  return result
}
