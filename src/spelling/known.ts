/**
 * Whether a word the dictionary does not know is still fine: the user’s
 * words, names (from the names lexicon, or capitalised the same way at
 * least twice in the document), and inflected or elided forms of those
 * (`Sullivan’s`, `Selenskyjs`, `l’Ukraine`, `Зеленського`).
 */

import {isKnownNameWord} from '../dictionary/names.js'
import type {Speller} from './speller.js'
import type {WordToken} from './tokens.js'
import type {UserWords} from './user-words.js'

/** What decides whether a word is known in one document. */
export interface Knowledge {
  readonly lang: string
  readonly speller: Speller
  readonly user: UserWords
  /** Capitalised words that occur at least twice in the document, as written. */
  readonly documentNames: ReadonlySet<string>
  /** Whether capitals inside a sentence mark names (every language but German). */
  readonly capitalsMarkNames: boolean
}

/** Lower-case particles of names (`von der Leyen`, `bin Salman`, `de Galhau`): known before a capitalised word. */
const particles = new Set(['al', 'bin', 'da', 'das', 'de', 'del', 'della', 'der', 'di', 'do', 'dos', 'du', 'el', 'ibn', 'la', 'le', 'ten', 'ter', 'van', 'von', 'zu'])

/**
 * The words of `words` to report: checked, unknown to the dictionary and the
 * user, and not names. A capitalised unknown word is a name when the
 * language capitalises only names and it stands inside a sentence, when it
 * is a short quoted title (`«Роскосмос»`), or when it stands next to
 * another name (`Jürgen Klopp`, `Xabi Alonso`).
 */
export function findUnknown(words: ReadonlyArray<WordToken>, knowledge: Knowledge): Array<WordToken> {
  const unknown = new Set<WordToken>()
  const names = new Set<WordToken>()
  for (const [index, word] of words.entries()) {
    if (!word.checked || isKnown(word.value, knowledge)) continue
    if (particles.has(word.value) && beforeName(words, index)) continue
    if (isCapitalised(word.value) && ((knowledge.capitalsMarkNames && !word.initial) || word.title)) names.add(word)
    else unknown.add(word)
  }

  return words.filter(function (word, index) {
    if (!unknown.has(word)) return false
    if (!isCapitalised(word.value)) return true
    const previous = words[index - 1]
    const next = words[index + 1]
    // `Demian von Osten`: a first name before particles and a name.
    if (next?.adjacent && particles.has(next.value) && beforeName(words, index + 1)) return false
    return !((word.adjacent && previous && isNameLike(previous)) || (next?.adjacent && isNameLike(next)))
  })

  /** A neighbour that marks a name: itself a name, or another capitalised word the dictionary does not know. */
  function isNameLike(word: WordToken): boolean {
    if (!isCapitalised(word.value) || word.value.length < 2) return false
    return names.has(word) || unknown.has(word) || isName(word.value, knowledge) || (!word.checked && /\p{Ll}/u.test(word.value))
  }
}

/** French (and Catalan, Italian) elided articles and conjunctions: `l’`, `d’`, `qu’`. */
const elision = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’]/i
/** Endings of Russian and Ukrainian case forms, longest first, to find a name’s nominative. */
const slavicEndings = ['ого', 'ому', 'ими', 'ыми', 'ам', 'ом', 'ем', 'ой', 'ей', 'ою', 'ею', 'ів', 'ов', 'ах', 'ях', 'им', 'ым', 'а', 'я', 'у', 'ю', 'і', 'и', 'ы', 'е', 'є']
const slavicNominative = ['', 'а', 'я', 'ий', 'ій', 'ый', 'ой', 'о', 'ь', 'й']

/** Whether `word` needs no report. */
export function isKnown(word: string, knowledge: Knowledge): boolean {
  const {speller, user} = knowledge
  if (speller.correct(word) || user.has(word) || isName(word, knowledge)) return true
  for (const stem of stems(word, knowledge.lang)) {
    if (speller.correct(stem) || user.has(stem) || isName(stem, knowledge) || isAcronym(stem)) return true
  }

  for (const stem of nameStems(word, knowledge.lang)) {
    if (isName(stem, knowledge)) return true
  }

  return false
}

/** Capitalised words written the same way at least twice: names the dictionary lacks. */
export function documentNames(words: ReadonlyArray<WordToken>): Set<string> {
  const seen = new Set<string>()
  const names = new Set<string>()
  for (const {value} of words) {
    if (!isCapitalised(value)) continue
    if (seen.has(value)) names.add(value)
    else seen.add(value)
  }

  return names
}

/** Whether particles from `index` on lead to a capitalised word (`von der Leyen`). */
function beforeName(words: ReadonlyArray<WordToken>, index: number): boolean {
  for (let next = index + 1; next < words.length && words[next]!.adjacent; next++) {
    const value = words[next]!.value
    if (isCapitalised(value)) return true
    if (!particles.has(value)) return false
  }

  return false
}

function isName(word: string, knowledge: Knowledge): boolean {
  if (!isCapitalised(word)) return false
  if (knowledge.documentNames.has(word) || isKnownNameWord(word)) return true
  // Hyphenated names: `Bundesbank-Präsident` is checked by the dictionary; `Abu-Dhabi` here.
  if (word.includes('-')) {
    return word.split('-').every((part) => part !== '' && (knowledge.speller.correct(part) || isKnownNameWord(part) || knowledge.documentNames.has(part)))
  }

  return false
}

/** Shorter forms to try: without an English possessive or a French elided article. */
function stems(word: string, lang: string): Array<string> {
  const result: Array<string> = []
  if (lang === 'en' && /['’]s$|s['’]$/.test(word)) result.push(word.replace(/['’]s$|['’]$/, ''))
  if ((lang === 'fr' || lang === 'it' || lang === 'ca') && elision.test(word)) result.push(word.replace(elision, ''))
  return result
}

/** Nominatives a capitalised word may be an inflection of, for names only (`Zelenskyjs`, `Зеленського`). */
function nameStems(word: string, lang: string): Array<string> {
  const result: Array<string> = []
  if (!isCapitalised(word)) return result
  // German genitive of names: `Selenskyjs`, `Putins`.
  if (lang === 'de' && word.endsWith('s') && word.length > 3) result.push(word.slice(0, -1))
  if (lang === 'ru' || lang === 'uk') {
    for (const ending of slavicEndings) {
      if (!word.endsWith(ending) || word.length - ending.length < 3) continue
      const stem = word.slice(0, -ending.length)
      for (const nominative of slavicNominative) result.push(stem + nominative)
    }
  }

  return result.filter((stem) => stem !== word && stem.length > 1)
}

/** `OM` in `l’OM`, `NATO` in `NATO’s`. */
function isAcronym(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase()
}

function isCapitalised(word: string): boolean {
  const first = word.charAt(0)
  return first !== first.toLowerCase()
}
