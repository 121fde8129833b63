/**
 * Which words of a text the spelling rule checks.
 *
 * Skipped, because they are not words of the language or a dictionary
 * cannot judge them: URLs and e-mail addresses (retext splits
 * `https://example.com` into several words, so they are found on the raw
 * text of each paragraph), hashtags and @handles, text in backticks,
 * code-like tokens (`snake_case`, `camelCase`, `file.ts`), words with
 * digits (`10km`, `G7`), numbers’ units (`4,5 km`, `5 Mrd.`), all-caps
 * acronyms (`NATO`, `НБУ`), single letters, and words in another script than
 * the language’s (a Latin name in Ukrainian text).
 */

import type {Root, Sentence} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {mayEncode} from '../text-view.js'

/** A word of the document, with its offsets and place in its sentence. */
export interface WordToken {
  readonly value: string
  readonly start: number
  readonly end: number
  /** Whether the word starts a sentence, a quotation or a clause after a colon or dash: capitals there say nothing. */
  readonly initial: boolean
  /** Whether only white space separates it from the previous word of its sentence (`Jürgen Klopp`). */
  readonly adjacent: boolean
  /** Whether the spelling rule checks it (false for URLs, acronyms, code …). */
  readonly checked: boolean
  /** Whether it is in a quotation of at most three words: a title or a name (`«Роскосмос»`, “Leopard”). */
  readonly title: boolean
}

type MutableToken = {-readonly [Key in keyof WordToken]: WordToken[Key]}

/** Quotation marks; which one opens depends on the language, so the first of a pair opens. */
const quotes = new Set(['"', '“', '”', '„', '«', '»', '‹', '›', '‚', '‘', '’'])
/** The longest quotation taken for a title. */
const titleWords = 3

/** Marks after which a capital starts something new. */
const openers = new Set(['"', '“', '„', '«', '‹', '‚', '‘', "'", '(', '[', ':', '–', '—', '-', '…'])

/**
 * Spans of raw text that hold no words to check, each with a cheap test
 * that must pass before the expression runs (most paragraphs hold none).
 * Bare domains (`example.com`) need none: they are one word with a dot,
 * which `isCheckable` leaves alone.
 */
const skippedSpans: ReadonlyArray<readonly [string, RegExp]> = [
  // URLs.
  ['://', /\b(?:https?|ftp):\/\/[^\s<>"«»“”‘’]+/g],
  ['www.', /\bwww\.[^\s<>"«»“”‘’]+/g],
  // E-mail addresses, then @handles. The lookbehind starts an address only
  // where its run of `[\w.+-]` starts: without it a long run with no `@`
  // is rescanned from every position (quadratic: 40 kB took 1.8 s).
  ['@', /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w@])@[\p{L}\p{N}_.]+/gu],
  // #hashtags.
  ['#', /(?<![\w#&])#[\p{L}\p{N}_]+/gu],
  // Code in backticks.
  ['`', /`[^`\n]+`/g]
]

/** A number followed by a unit or an abbreviation (`4,5 km`, `5 Mrd.`, `20 °C`). */
const unitAfterNumber = /\d[\d.,]*[\s\u00a0\u202f]?(?:°\s?)?$/

const latin = /\p{Script=Latin}/u
const scripts: Readonly<Record<string, RegExp>> = {
  ru: /\p{Script=Cyrillic}/u,
  uk: /\p{Script=Cyrillic}/u,
  bg: /\p{Script=Cyrillic}/u,
  be: /\p{Script=Cyrillic}/u,
  sr: /\p{Script=Cyrillic}/u,
  el: /\p{Script=Greek}/u
}

/** The words of `tree` in document order, each marked whether it is checked. */
export function wordsOf(tree: Root, text: string, lang: string): Array<WordToken> {
  const script = scriptOf(lang)
  const skipped = skippedRanges(text)
  const checkable = checkableCache(script)
  const words: Array<WordToken> = []
  let range = 0
  sentencesOf(tree, sentence)
  return words

  function sentence(node: Sentence): undefined {
    let initial = true
    let adjacent = false
    let quoted: Array<MutableToken> | undefined
    for (const child of node.children) {
      if (child.type === 'WhiteSpaceNode') continue
      const start = child.position?.start.offset
      const end = child.position?.end.offset
      if (start === undefined || end === undefined) continue
      // In HTML and Markdown the source may spell a word with references or escapes (`caf&eacute;`, `owner\\'s`): check the text they stand for.
      const raw = text.slice(start, end)
      const value = mayEncode(raw) ? toString(child) : raw
      if (child.type !== 'WordNode') {
        if (quotes.has(value)) {
          if (quoted && quoted.length > 0 && quoted.length <= titleWords) {
            for (const token of quoted) token.title = true
          }

          quoted = quoted ? undefined : []
        }

        initial ||= openers.has(value)
        adjacent = false
        continue
      }

      while (range < skipped.length && skipped[range]![1] <= start) range++
      const span = skipped[range]
      let known = checkable.get(value)
      if (known === undefined) {
        known = isCheckable(value, script)
        if (checkable.size > 50_000) checkable.clear()
        checkable.set(value, known)
      }

      const checked = known && !(span && span[0] < end) && !isUnit(text, start, value)
      const token: MutableToken = {value, start, end, initial, adjacent, checked, title: false}
      words.push(token)
      quoted?.push(token)
      initial = false
      adjacent = true
    }

    return undefined
  }
}

/** Call `each` for every sentence, in order (faster than a generic visit: rules run on every keystroke in an editor). */
function sentencesOf(node: Root | Root['children'][number], each: (sentence: Sentence) => undefined): undefined {
  if (node.type === 'SentenceNode') return each(node)
  if ('children' in node) {
    for (const child of node.children) {
      if (child.type !== 'WordNode' && child.type !== 'WhiteSpaceNode' && child.type !== 'PunctuationNode') sentencesOf(child as Root['children'][number], each)
    }
  }

  return undefined
}

const caches = new Map<RegExp, Map<string, boolean>>()

/** `isCheckable` results per script: most words of a text recur. */
function checkableCache(script: RegExp): Map<string, boolean> {
  let cache = caches.get(script)
  if (!cache) {
    cache = new Map()
    caches.set(script, cache)
  }

  return cache
}

/** The script of a language’s words (Latin unless listed). */
export function scriptOf(lang: string): RegExp {
  return scripts[lang] ?? latin
}

/** Sorted `[start, end)` ranges of URLs, addresses, handles, hashtags and code. */
function skippedRanges(text: string): Array<readonly [number, number]> {
  const ranges: Array<readonly [number, number]> = []
  for (const [trigger, expression] of skippedSpans) {
    if (!text.includes(trigger)) continue
    for (const match of text.matchAll(expression)) ranges.push([match.index, match.index + match[0].length])
  }

  return ranges.sort((a, b) => a[0] - b[0])
}

/** Whether a word is one a dictionary can judge. */
export function isCheckable(value: string, script: RegExp): boolean {
  const letters = value.replace(/[^\p{L}]/gu, '')
  if (letters.length < 2) return false
  if (/\p{N}/u.test(value)) return false
  if (!script.test(value)) return false
  // All caps (`NATO`, `НБУ`, `EU-Gipfel` is checked: it has lower case).
  if (letters === letters.toUpperCase()) return false
  // Code: `snake_case`, `camelCase`, `file.ts`, `example.com`.
  if (/_/.test(value) || /\p{Ll}\p{Lu}/u.test(value) || /\p{L}\.\p{L}/u.test(value)) return false
  return true
}

/** A short word right after a number is a unit or an abbreviation (`km`, `Mrd`, `bn`). */
function isUnit(text: string, start: number, value: string): boolean {
  if (value.length > 4) return false
  // Cheap test first: a digit within the three characters before.
  const before = text.slice(Math.max(0, start - 3), start)
  return /\d/.test(before) && unitAfterNumber.test(text.slice(Math.max(0, start - 24), start))
}
