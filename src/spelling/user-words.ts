/**
 * Words the user accepts: the `words` option and extra Hunspell `.dic`
 * files (`dictionaries`), whose flags are expanded with the language’s own
 * affix file (`Rheinmetall/S` also accepts `Rheinmetalls` in German).
 */

import {readFileSync} from 'node:fs'
import {parseAffixes, type Affixes} from './affix.js'
import {Bits, expandDictionary, type Forms} from './expand.js'
import {dictionarySource} from './store.js'

/** Accepted words, checked with Hunspell’s case rules. */
export interface UserWords {
  has(word: string): boolean
}

const empty: UserWords = {has: () => false}
const cache = new WeakMap<object, Map<string, UserWords>>()
const affixCache = new Map<string, Affixes>()

/**
 * The user’s words for `lang`, built once per options object and language.
 *
 * @throws {Error}
 *   When a `.dic` file cannot be read: `Cannot read …`.
 */
export function userWordsFor(
  options: {readonly words: ReadonlyArray<string>; readonly dictionaries: ReadonlyArray<string>},
  lang: string
): UserWords {
  if (options.words.length === 0 && options.dictionaries.length === 0) return empty
  let byLang = cache.get(options)
  if (!byLang) {
    byLang = new Map()
    cache.set(options, byLang)
  }

  let words = byLang.get(lang)
  if (!words) {
    words = build(options.words, options.dictionaries, lang)
    byLang.set(lang, words)
  }

  return words
}

function build(list: ReadonlyArray<string>, paths: ReadonlyArray<string>, lang: string): UserWords {
  const forms: Forms = new Map()
  for (const word of list) forms.set(word.normalize('NFC').replace(/’/g, "'"), Bits.ok)
  if (paths.length > 0) {
    const affixes = affixesFor(lang)
    for (const path of paths) {
      let text: string
      try {
        text = readFileSync(path, 'utf8')
      } catch (error) {
        throw new Error('Cannot read spelling dictionary `' + path + '`: ' + (error as Error).message)
      }

      // A `.dic` file starts with a count; a plain word list may not.
      if (!/^\d+\s*$/.test(text.split(/\r?\n/, 1)[0] ?? '')) text = '0\n' + text
      expandDictionary(text.normalize('NFC').replace(/’/g, "'"), affixes, forms)
    }
  }

  return {
    has(word) {
      const normal = word.normalize('NFC').replace(/’/g, "'")
      if ((forms.get(normal) ?? 0) & (Bits.ok | Bits.keepCase)) return true
      const lower = normal.charAt(0).toLowerCase() + normal.slice(1)
      return lower !== normal && ((forms.get(lower) ?? 0) & Bits.ok) !== 0
    }
  }
}

/** The language’s affix rules, or none (plain words) when it has no dictionary. */
function affixesFor(lang: string): Affixes {
  let affixes = affixCache.get(lang)
  if (!affixes) {
    const source = dictionarySource(lang)
    affixes = parseAffixes(source ? readFileSync(source.aff, 'utf8') : '')
    affixCache.set(lang, affixes)
  }

  return affixes
}
