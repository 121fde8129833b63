/**
 * One spell checker per language per process: loaded on first use from the
 * precompiled dictionary, with per-word results cached.
 *
 * Checking follows Hunspell: a word is right as written, or in the case
 * variants Hunspell allows (`HAUS` and `Haus` for `Haus`, `Spiel` for
 * `spiel` at the start of a sentence, never `berlin` for `Berlin`, and
 * never another case of a `KEEPCASE` word); else as a compound (German);
 * else hyphen by hyphen (`BREAK`).
 */

import type {AffixSettings} from './affix.js'
import {isCompound} from './compounds.js'
import {lookup, type WordGraph} from './dawg.js'
import {Bits} from './expand.js'
import {prefixInfixes, productivePrefixes} from './prefixes.js'
import {loadPrecompiled} from './store.js'
import {costsFor, nearestWords, type Candidate, type Costs} from './suggest.js'
import {primaryLanguage} from '../words.js'
import {scriptOf} from './tokens.js'

/** A language’s spell checker. */
export interface Speller {
  readonly lang: string
  /** Where the dictionary was loaded from. */
  readonly source: string
  /** Whether `word` is spelled right. */
  correct(word: string): boolean
  /**
   * Known words near `word`, cheapest first, or `undefined` when `deadline`
   * (`performance.now()` time) passed before the search ended.
   */
  candidates(word: string, deadline: number, limit?: number): ReadonlyArray<Candidate> | undefined
}

const spellers = new Map<string, Speller | null>()

/** The checker of `lang` (a BCP 47 tag), or `undefined` without a dictionary. */
export function spellerFor(lang: string): Speller | undefined {
  const key = dictionaryKey(lang)
  let speller = spellers.get(key)
  if (speller === undefined) {
    const loaded = loadPrecompiled(key)
    speller = loaded ? createSpeller(primaryLanguage(key), loaded.graph, loaded.settings, loaded.source) : null
    spellers.set(key, speller)
  }

  return speller ?? undefined
}

/** Regions that spell English the British way (Oxford spelling aside). */
const britishRegions = new Set(['gb', 'uk', 'ie', 'au', 'nz', 'za', 'in'])

/**
 * Which dictionary a language tag takes: its language subtag, except for
 * English, where `en-US` is American, `en-GB` (and Irish, Australian, New
 * Zealand, South African, Indian English) British, and any other `en`
 * accepts both.
 */
export function dictionaryKey(lang: string): string {
  const [language = '', region = ''] = lang.toLowerCase().split('-')
  if (language !== 'en') return language
  if (region === 'us') return 'en-us'
  return britishRegions.has(region) ? 'en-gb' : 'en'
}

/** Dictionaries built at `npm run build` (`dictionaryKey` values). */
export const builtinLanguages = ['de', 'en', 'en-gb', 'en-us', 'es', 'fr', 'ru', 'uk'] as const

/** Make a checker over a loaded graph. */
export function createSpeller(
  lang: string,
  graph: WordGraph,
  settings: AffixSettings,
  source: string
): Speller {
  const results = new Map<string, boolean>()
  const suggestions = new Map<string, ReadonlyArray<Candidate>>()
  let costs: Costs | undefined
  const breaks = settings.breaks.filter((pattern) => pattern.replace(/^\^|\$$/g, '') === '-').length > 0
  const prefixes = productivePrefixes[lang] ?? []
  const infixes = prefixInfixes[lang] ?? []
  const min = settings.compoundMin
  const script = scriptOf(lang)

  return {
    lang,
    source,
    correct(word) {
      let result = results.get(word)
      if (result === undefined) {
        const normal = normalize(word)
        result = isValid(normal) || (breaks && hyphenated(normal))
        if (results.size > 100_000) results.clear()
        results.set(word, result)
      }

      return result
    },
    candidates(word, deadline, limit = 3) {
      const key = limit + ':' + word
      const cached = suggestions.get(key)
      if (cached) return cached
      costs ??= costsFor(lang, settings)
      const found = nearestWords(graph, normalize(word), costs, settings, deadline, limit)
      if (found) {
        if (suggestions.size > 10_000) suggestions.clear()
        suggestions.set(key, found)
        return found
      }

      return undefined
    }
  }

  function valueOf(form: string): number {
    return lookup(graph, form)
  }

  function normalize(word: string): string {
    let value = word.normalize('NFC')
    for (const [from, to] of settings.iconv) {
      if (value.includes(from)) value = value.split(from).join(to)
    }

    if (settings.ignore) {
      for (const char of settings.ignore) value = value.split(char).join('')
    }

    return value
  }

  function isValid(word: string): boolean {
    const exact = valueOf(word)
    if (exact & Bits.forbidden) return false
    if (exact & (Bits.ok | Bits.keepCase)) return true
    for (const variant of caseVariants(word)) {
      const value = valueOf(variant)
      if (value & Bits.ok && !(value & Bits.forbidden)) return true
    }

    if (settings.compounds && !isAllCaps(word)) {
      const upper = upperFirst(word)
      if (upper === word) {
        // A noun: `Energiepreise`.
        if (isCompound(graph, word, min, 'noun')) return true
      } else if (isCompound(graph, word, min, 'adjective') || isCompound(graph, upper, min, 'adjective', true)) {
        // `blaugrün`; `schwankungsanfällig`, whose first part is a noun.
        return true
      }
    }

    return hasPrefix(word)
  }

  /** A productive prefix on a known word: `exgerente`, `interanual`, `постматчевый`, `herauszuspielen`. */
  function hasPrefix(word: string): boolean {
    const lower = word.toLowerCase()
    for (const prefix of prefixes) {
      if (lower.length - prefix.length >= 5 && lower.startsWith(prefix)) {
        const rest = lower.slice(prefix.length)
        if (valueOf(rest) & Bits.ok) return true
        for (const infix of infixes) {
          if (rest.startsWith(infix) && rest.length - infix.length >= 5 && valueOf(rest.slice(infix.length)) & Bits.ok) return true
        }
      }
    }

    return false
  }

  /**
   * `Weltraum-Mission`, `DWD-Sprecher`, `de-escalation`, `Telegram-канале`:
   * each part on its own; acronyms, prefixes and parts in another script pass.
   */
  function hyphenated(word: string): boolean {
    if (!word.includes('-')) return false
    const parts = word.split('-').filter(Boolean)
    return (
      parts.length > 1 &&
      parts.every(
        (part) =>
          isValid(part) ||
          isAllCaps(part) ||
          part.length === 1 ||
          prefixes.includes(part.toLowerCase()) ||
          !script.test(part)
      )
    )
  }
}

/** Case variants Hunspell tries: `HAUS` → `Haus`, `haus`; `Haus` → `haus`. */
function caseVariants(word: string): Array<string> {
  if (isAllCaps(word)) {
    const lower = word.toLowerCase()
    return [word.charAt(0) + lower.slice(1), lower]
  }

  if (word.charAt(0) !== word.charAt(0).toLowerCase()) {
    return [lowerFirst(word), word.toLowerCase()].filter((variant) => variant !== word)
  }

  return []
}

function isAllCaps(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase()
}

function lowerFirst(word: string): string {
  return word.charAt(0).toLowerCase() + word.slice(1)
}

function upperFirst(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}
