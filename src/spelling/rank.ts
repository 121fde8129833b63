/**
 * The suggestions a report carries: the best few candidates, in the
 * misspelling’s casing, within the word’s and the document’s time budget.
 */

import type {Speller} from './speller.js'
import type {Candidate} from './suggest.js'
import type {WordToken} from './tokens.js'

/** Budgets and count, as the rule’s options give them. */
export interface RankOptions {
  readonly suggestions: number
  readonly wordBudget: number
}

const frequencies = new WeakMap<ReadonlyArray<WordToken>, Map<string, number>>()

/**
 * Up to `options.suggestions` replacements for `word`, best first; none when
 * the budget ran out (a partial search could rank a poor candidate first).
 */
export function rankSuggestions(
  speller: Speller,
  word: string,
  words: ReadonlyArray<WordToken>,
  options: RankOptions,
  documentDeadline: number
): Array<string> {
  const now = performance.now()
  if (now >= documentDeadline) return []
  const deadline = Math.min(now + options.wordBudget, documentDeadline)
  const found = speller.candidates(word, deadline, options.suggestions)
  if (!found) return []
  let candidates = [...found]
  // A German compound with a misspelled last part: mend the part, keep the rest.
  if (speller.lang === 'de' && word.length >= 8 && !candidates.some((candidate) => candidate.cost <= 10)) {
    const mended = mendCompound(speller, word, deadline)
    if (!mended) return []
    candidates = [...candidates, ...mended]
  }

  const frequency = documentFrequency(words)
  const seen = new Set<string>([word])
  return candidates
    .map((candidate) => ({...candidate, word: inCasingOf(word, candidate.word)}))
    .sort(
      (a, b) =>
        a.cost - b.cost ||
        (frequency.get(b.word.toLowerCase()) ?? 0) - (frequency.get(a.word.toLowerCase()) ?? 0) ||
        Math.abs(a.word.length - word.length) - Math.abs(b.word.length - word.length) ||
        (a.word < b.word ? -1 : a.word > b.word ? 1 : 0)
    )
    .map((candidate) => candidate.word)
    .filter((candidate) => !seen.has(candidate) && Boolean(seen.add(candidate)))
    .slice(0, options.suggestions)
}

/**
 * Candidates for a German compound with one misspelled part: `Energie` +
 * the candidates of `Preisse`, or the candidates of `Brif` + `marke`; kept
 * when the whole is a word.
 */
function mendCompound(speller: Speller, word: string, deadline: number): Array<Candidate> | undefined {
  const result: Array<Candidate> = []
  for (let split = word.length - 4; split >= 3; split--) {
    if (performance.now() > deadline) return undefined
    const head = word.slice(0, split)
    const tail = word.slice(split)
    const tailNoun = tail.charAt(0).toUpperCase() + tail.slice(1)
    let found: ReadonlyArray<Candidate> | undefined
    let join: (candidate: string) => string
    if (speller.correct(head) || speller.correct(head.replace(/(?:e?s|e?n)$/, ''))) {
      found = speller.candidates(tailNoun, deadline)
      join = (candidate) => head + candidate.charAt(0).toLowerCase() + candidate.slice(1)
    } else if (split >= 4 && speller.correct(tailNoun)) {
      found = speller.candidates(head, deadline)
      join = (candidate) => candidate + tail
    } else {
      continue
    }

    if (!found) return undefined
    for (const candidate of found) {
      const whole = join(candidate.word)
      if (candidate.cost <= 10 && speller.correct(whole)) result.push({word: whole, cost: candidate.cost})
    }

    if (result.length > 0) return result
  }

  return result
}

/** How often each word (lower-cased) occurs in the document: ties go to the more frequent. */
function documentFrequency(words: ReadonlyArray<WordToken>): Map<string, number> {
  let counts = frequencies.get(words)
  if (!counts) {
    counts = new Map()
    for (const {value} of words) {
      const key = value.toLowerCase()
      counts.set(key, (counts.get(key) ?? 0) + 1)
    }

    frequencies.set(words, counts)
  }

  return counts
}

/** Give `candidate` the casing and apostrophes of `word` (`Breif` → `Brief`, `don’t`). */
function inCasingOf(word: string, candidate: string): string {
  let result = candidate
  if (/[’]/.test(word)) result = result.replace(/'/g, '’')
  else if (/[ʼ]/.test(word)) result = result.replace(/'/g, 'ʼ')
  const first = word.charAt(0)
  if (first !== first.toLowerCase() && word.slice(1) !== word.slice(1).toUpperCase()) {
    result = result.charAt(0).toUpperCase() + result.slice(1)
  }

  return result
}
