/**
 * Compound words, for dictionaries that build them (German).
 *
 * Two sources of parts are combined:
 *
 * - the dictionary’s own compound flags (igerman98’s `COMPOUNDBEGIN`,
 *   `COMPOUNDMIDDLE`, `COMPOUNDEND`, which Hunspell honours and nspell
 *   does not): `Arbeits|markt`, `Energie|preise`;
 * - any known noun (or other word of at least `minimumPart` letters) followed
 *   by an optional linking element (`-s-`, `-es-`, `-n-`, `-en-`) and then
 *   another known word, written in lower case inside the compound:
 *   `Tank|rabatt`, `Verhandlungs|runde`. igerman98 flags only the nouns its
 *   authors chose; news text compounds freely.
 *
 * A misspelled part still fails (`Energiepreisse`), because every part must
 * be a known word.
 */

import {prefixesAt, type WordGraph} from './dawg.js'
import {Bits} from './expand.js'

/**
 * Endings of the adjectives compounds are made with (`schwankungs|anfällig`,
 * `umwelt|freundlich`, `klima|neutral`), with their inflections: a free last
 * part of a lower-case compound must have one, so that a noun with a verb
 * form (`Alge|sichert`) is no adjective.
 */
const adjectiveEnd = /(?:ig|lich|isch|bar|sam|haft|los|voll|reich|arm|frei|fähig|fällig|mäßig|weit|wert|würdig|gerecht|bedingt|bezogen|orientiert|abhängig|intensiv|neutral|widrig|konform|relevant|stark|schwach|nah|fern|fest|sicher|gemäß|technisch|politisch)(?:e[mnrs]?)?$/
/** Linking elements (Fugenelemente) allowed after a non-final part. */
const linking = ['s', 'es', 'n', 'en']
/** Shortest free part (a flagged part only needs `COMPOUNDMIN`): keeps `Ei|n` from being a compound. */
const minimumPart = 3
const standalone = Bits.ok | Bits.keepCase

/**
 * Whether `word` is a compound of known parts. A free last part must be a
 * noun when `kind` is `'noun'` (`Tank|rabatt`, never `Bundes|kanzle`, a
 * verb form) and a lower-case word when it is `'adjective'`
 * (`Schwankungs|anfälligen`, checked as `Schwankungsanfälligen`); parts the
 * dictionary flags for compounds may end either. With `freeFirst`, the first
 * part must be a word of its own (a noun), not just a flagged compound
 * start: `Viel|leicht` does not make `vieleicht` a word.
 */
export function isCompound(graph: WordGraph, word: string, compoundMin: number, kind: 'adjective' | 'noun', freeFirst = false): boolean {
  const length = word.length
  if (length < 2 * Math.min(compoundMin, minimumPart)) return false
  // `reached[i]`: a part may start at `i`.
  const reached = new Uint8Array(length + 1)
  let success = false

  partsAt(0, true)
  for (let start = 1; start < length && !success; start++) {
    if (reached[start]) partsAt(start, false)
  }

  return success

  function partsAt(start: number, first: boolean): undefined {
    // Flagged parts, as the dictionary spells them (lower case inside a word).
    prefixesAt(graph, word, start, function (end, value) {
      consider(start, end, value, first, true)
      return undefined
    })

    // Free parts: a capitalised noun written in lower case inside the compound.
    const head = word[start]!
    const upper = head.toUpperCase()
    if (!first && upper !== head) {
      const shifted = upper + word.slice(start + 1)
      prefixesAt(graph, shifted, 0, function (end, value) {
        consider(start, start + end, value, false, false)
        return undefined
      })
    }

    return undefined
  }

  function consider(start: number, end: number, value: number, first: boolean, flagged: boolean): undefined {
    if (success || value & Bits.forbidden) return undefined
    const size = end - start
    const last = end === length
    const free = size >= minimumPart && (value & standalone) !== 0
    if (last) {
      const freeEnd = free && flagged === (kind === 'adjective') && (kind === 'noun' || adjectiveEnd.test(word.slice(start)))
      // Lower-case compound ends (`gebühr`) end nouns only: `maklergebühr` is no adjective.
      const flaggedEnd = kind === 'noun' && flagged && (value & Bits.end) !== 0 && size >= compoundMin
      if (!first && (flaggedEnd || freeEnd)) success = true
      return undefined
    }

    const flaggedHere = flagged && !(first && freeFirst) && size >= compoundMin && (value & (first ? Bits.begin : Bits.middle)) !== 0
    if (flaggedHere) mark(end)
    // Free parts before the last must be nouns (`Tank|rabatt`), never `viel|leicht` (for `vielleicht`).
    if (free && (!flagged || isUpper(word.charCodeAt(start)))) {
      mark(end)
      for (const element of linking) {
        if (word.startsWith(element, end)) mark(end + element.length)
      }
    }

    return undefined
  }

  function isUpper(code: number): boolean {
    const char = String.fromCharCode(code)
    return char !== char.toLowerCase()
  }

  function mark(position: number): undefined {
    if (position < length && length - position >= Math.min(compoundMin, minimumPart)) reached[position] = 1
    return undefined
  }
}
