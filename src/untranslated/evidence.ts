import type {LocaleData} from '../dictionary/locales.js'
import {localeData} from '../dictionary/locales.js'
import {fold} from '../words.js'

/** Function words of `other` that are not words of `target`’s list: evidence of `other` in `target` text. */
export function distinctiveWords(target: LocaleData, other: LocaleData): ReadonlySet<string> {
  const own = new Set(target.functionWords.map(fold))
  return new Set(other.functionWords.map(fold).filter((word) => !own.has(word)))
}

/** Name particles (`von der Leyen`, `de la Rúa`): not evidence when a capitalised word follows. */
const particles = new Set(['al', 'da', 'das', 'de', 'del', 'della', 'der', 'des', 'di', 'do', 'dos', 'du', 'el', 'la', 'le', 'van', 'von', 'y', 'zu'])

/** A word of a span, as the evidence counter sees it. */
export interface SpanWord {
  readonly value: string
  readonly start: number
  readonly end: number
}

/** How strongly `words` look like `language` (distinct evidence words), names’ particles aside. */
export function countEvidence(words: ReadonlyArray<SpanWord>, evidence: ReadonlySet<string>): number {
  const found = new Set<string>()
  for (const [index, word] of words.entries()) {
    const folded = fold(word.value)
    if (!evidence.has(folded)) continue
    if (word.value !== folded) continue
    if (particles.has(folded) && isNameAhead(words, index)) continue
    found.add(folded)
  }

  return found.size
}

function isNameAhead(words: ReadonlyArray<SpanWord>, index: number): boolean {
  for (let next = index + 1; next < words.length && next <= index + 2; next++) {
    const value = words[next]!.value
    if (/^\p{Lu}/u.test(value)) return true
    if (!particles.has(fold(value))) return false
  }

  return false
}

/** Conventions of the candidate languages that exist, except the target. */
export function candidateLocales(target: string, candidates: ReadonlyArray<string>): Array<LocaleData> {
  return candidates.filter((lang) => lang !== target).flatMap((lang) => localeData(lang) ?? [])
}
