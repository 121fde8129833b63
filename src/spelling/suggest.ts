/**
 * Suggestions: the words nearest to a misspelling, ranked.
 *
 * A weighted Damerau–Levenshtein walk over the word graph, pruned as soon
 * as a branch costs more than the worst candidate kept. Edits a typist or a
 * transliterator makes cost less than others:
 *
 * | edit | cost |
 * | --- | --- |
 * | case only (`berlin` → `Berlin`) | 1 (0 for the first letter) |
 * | same letter with or without a diacritic, a `MAP` group, or a Cyrillic pair (`и`/`і`, `е`/`є`, `г`/`ґ`) | 5 |
 * | doubling or undoubling a letter | 6 |
 * | neighbouring key, two letters swapped | 7 |
 * | a letter left out | 9 |
 * | any other insertion, deletion, substitution | 10 |
 *
 * Candidates cost at most two plain edits (one for words of four letters or
 * fewer). The walk first looks one edit away and goes on to two only when
 * that found fewer than `limit` candidates; once it holds `limit`, branches
 * dearer than the last of them are cut. Hunspell’s `REP` table (`ph` → `f`, common misspellings) adds
 * candidates at cost 5. Ties go to the word used more often in the document,
 * then to the shorter length difference. The walk checks a deadline and
 * gives up, returning `undefined`, when it passes.
 */

import type {AffixSettings} from './affix.js'
import {lookup, type WordGraph} from './dawg.js'
import {Bits} from './expand.js'

/** A candidate and what it costs. */
export interface Candidate {
  readonly word: string
  readonly cost: number
}

const plain = 10
/** A letter left out: the most common typo, so a little cheaper than others (`wich` → `which` before `rich`). */
const omissionCost = 9
const keyboardCost = 7
const similarCost = 5
const doubleCost = 6
const swapCost = 7
const caseCost = 1
/** How many candidates the walk keeps while it searches (ties are ranked afterwards). */
const pool = 24
const suggestable = Bits.ok | Bits.keepCase
/** igerman98’s compound pieces (`-trasse`): never suggested for a whole word. */
const hyphenEdged = /^-|-$/

/** Keyboard rows per language, for “neighbouring key”. */
const keyboards: Readonly<Record<string, ReadonlyArray<string>>> = {
  de: ['qwertzuiopü', 'asdfghjklöä', 'yxcvbnm'],
  en: ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'],
  es: ['qwertyuiop', 'asdfghjklñ', 'zxcvbnm'],
  fr: ['azertyuiop', 'qsdfghjklm', 'wxcvbn'],
  ru: ['йцукенгшщзхъ', 'фывапролджэ', 'ячсмитьбю'],
  uk: ['йцукенгшщзхї', 'фівапролджє', 'ячсмитьбю']
}

/** Letters transliteration and keyboard layouts confuse in Cyrillic text. */
const cyrillicPairs = ['иіыї', 'еєэё', 'гґ', 'йи', 'шщ', 'ьъ']

/** Precomputed cost tables for one language. */
export interface Costs {
  substitute(a: number, b: number): number
}

/** Build the substitution costs of a language from its keyboard, `MAP` groups and diacritics. */
export function costsFor(lang: string, settings: AffixSettings): Costs {
  const neighbours = new Map<number, Set<number>>()
  const rows = keyboards[lang] ?? keyboards['en']!
  for (const [rowIndex, row] of rows.entries()) {
    for (let index = 0; index < row.length; index++) {
      const around = [row[index - 1], row[index + 1], rows[rowIndex - 1]?.[index], rows[rowIndex + 1]?.[index], rows[rowIndex - 1]?.[index + 1], rows[rowIndex + 1]?.[index - 1]]
      const set = neighbours.get(row.charCodeAt(index)) ?? new Set()
      for (const char of around) if (char) set.add(char.charCodeAt(0))
      neighbours.set(row.charCodeAt(index), set)
    }
  }

  const groups = new Map<number, number>()
  let group = 1
  for (const members of [...settings.map, ...cyrillicPairs]) {
    for (const char of members.toLowerCase()) groups.set(char.charCodeAt(0), group)
    group++
  }

  const cache = new Map<number, number>()
  return {
    substitute(a, b) {
      if (a === b) return 0
      const key = a * 65536 + b
      let cost = cache.get(key)
      if (cost === undefined) {
        cost = compute(a, b)
        cache.set(key, cost)
      }

      return cost
    }
  }

  function compute(a: number, b: number): number {
    const charA = String.fromCharCode(a)
    const charB = String.fromCharCode(b)
    const lowerA = charA.toLowerCase()
    const lowerB = charB.toLowerCase()
    if (lowerA === lowerB) return caseCost
    const extra = lowerA === charA && lowerB === charB ? 0 : caseCost
    const groupA = groups.get(lowerA.charCodeAt(0))
    if ((groupA !== undefined && groupA === groups.get(lowerB.charCodeAt(0))) || base(lowerA) === base(lowerB)) {
      return similarCost + extra
    }

    if (neighbours.get(lowerA.charCodeAt(0))?.has(lowerB.charCodeAt(0))) return keyboardCost + extra
    return plain + extra
  }
}

function base(char: string): string {
  return char.normalize('NFD').replace(/\p{M}/gu, '')
}

/**
 * Candidates for `word` from `graph`, cheapest first (at most `pool`), or
 * `undefined` when `deadline` (a `performance.now()` time) passed first.
 */
export function nearestWords(
  graph: WordGraph,
  word: string,
  costs: Costs,
  settings: AffixSettings,
  deadline: number,
  limit = 3
): Array<Candidate> | undefined {
  const length = word.length
  const found = new Map<string, number>()
  let maxCost = plain
  const codes = Array.from({length}, (_, index) => word.charCodeAt(index))
  const capitalised = length > 1 && word[0] !== word[0]!.toLowerCase()

  // REP: replacements Hunspell lists as common misspellings.
  for (const [from, to] of settings.rep) {
    if (!from) continue
    let index = word.indexOf(from)
    while (index >= 0) {
      const candidate = word.slice(0, index) + to + word.slice(index + from.length)
      if (lookup(graph, candidate) & suggestable) keep(candidate, similarCost)
      else if (capitalised && lookup(graph, lowerFirst(candidate)) & suggestable) keep(lowerFirst(candidate), similarCost)
      index = word.indexOf(from, index + 1)
    }
  }

  const maxDepth = length + 2
  const rows = Array.from({length: maxDepth + 2}, () => new Int32Array(length + 1))
  const path = new Uint16Array(maxDepth + 1)
  const first = rows[0]!
  for (let index = 0; index <= length; index++) first[index] = index * plain

  // The clock is read every ~65,000 table cells, not every so many nodes: a node costs a cell per letter of the word, and a 1,000-letter token overran its budget by half a second.
  let work = 0
  let nextCheck = checkEvery
  let timedOut = false
  walk(graph.root, 0)
  if (found.size < limit && length > 4 && !timedOut) {
    maxCost = 2 * plain
    walk(graph.root, 0)
  }

  if (timedOut) return undefined

  return [...found]
    .map(([candidate, cost]) => ({word: candidate, cost}))
    .sort((a, b) => a.cost - b.cost)
    .slice(0, pool)

  function walk(node: number, depth: number): undefined {
    if (timedOut) return undefined
    if (depth >= maxDepth) return undefined
    const previous = rows[depth]!
    const before = depth > 0 ? rows[depth - 1]! : undefined
    const row = rows[depth + 1]!
    const end = graph.edgeStart[node + 1]!
    for (let edge = graph.edgeStart[node]!; edge < end; edge++) {
      work += length + 1
      if (work >= nextCheck) {
        nextCheck = work + checkEvery
        if (performance.now() > deadline) {
          timedOut = true
          return undefined
        }
      }

      const code = graph.label[edge]!
      path[depth] = code
      const last = depth > 0 ? path[depth - 1]! : -1
      row[0] = previous[0]! + (code === last ? doubleCost : omissionCost)
      let best = row[0]!
      for (let index = 1; index <= length; index++) {
        const char = codes[index - 1]!
        const substitution = index === 1 && depth === 0 && capitalised ? firstLetterCost(char, code) : costs.substitute(char, code)
        let cost = previous[index - 1]! + substitution
        // Insert `code` into the word.
        const insert = previous[index]! + (code === char || code === last ? doubleCost : omissionCost)
        if (insert < cost) cost = insert
        // Delete the word’s letter.
        const remove = row[index - 1]! + (index > 1 && codes[index - 2] === char ? doubleCost : plain)
        if (remove < cost) cost = remove
        if (before && index > 1 && char === last && codes[index - 2] === code) {
          const swap = before[index - 2]! + swapCost
          if (swap < cost) cost = swap
        }

        row[index] = cost
        if (cost < best) best = cost
      }

      if (best > maxCost) continue
      const target = graph.target[edge]!
      const final = row[length]!
      if (final <= maxCost && graph.value[target]! & suggestable && !(graph.value[target]! & (Bits.noSuggest | Bits.forbidden))) {
        keep(String.fromCharCode(...path.subarray(0, depth + 1)), final)
      }

      walk(target, depth + 1)
      if (timedOut) return undefined
    }

    return undefined
  }

  function keep(candidate: string, cost: number): undefined {
    if (candidate === word || (hyphenEdged.test(candidate) && !hyphenEdged.test(word))) return undefined
    const known = found.get(candidate)
    if (known !== undefined && known <= cost) return undefined
    found.set(candidate, cost)
    if (found.size >= limit) {
      // Ties with the last kept candidate stay: the document decides between them.
      const costs = [...found.values()].sort((a, b) => a - b)
      maxCost = Math.min(maxCost, costs[limit - 1]!)
      if (found.size > 2 * pool) {
        const kept = [...found].sort((a, b) => a[1] - b[1]).slice(0, pool)
        found.clear()
        for (const [key, value] of kept) found.set(key, value)
      }
    }

    return undefined
  }

  /** A capitalised word (sentence start) may match a lower-case entry at no cost. */
  function firstLetterCost(char: number, code: number): number {
    if (String.fromCharCode(code).toUpperCase().charCodeAt(0) === char) return 0
    return costs.substitute(char, code)
  }
}

/** Table cells (a letter of the word against a graph edge) between reads of the clock. */
const checkEvery = 65_536

function lowerFirst(word: string): string {
  return word.charAt(0).toLowerCase() + word.slice(1)
}
