import type {NameForm, NamesLexicon} from '../dictionary/names.js'
import {cyrillicStem, isCyrillic, splitEnding} from './inflection.js'

/** A name form found in text. */
export interface FoundName {
  readonly forms: ReadonlyArray<NameForm>
  /** The lexicon form (citation form). */
  readonly form: string
  /** The inflection ending after it in the text (`’s`, `ого`), or `''`. */
  readonly ending: string
}

const stemIndexes = new WeakMap<NamesLexicon, Map<string, Array<NameForm>>>()

/** Find `text` (one or more words, as written) in the lexicon, inflected or not. */
export function lookupName(lexicon: NamesLexicon, text: string, lang: string): FoundName | undefined {
  for (const [base, ending] of splitEnding(text, lang)) {
    const exact = lexicon.forms.get(base)
    if (exact) return {forms: exact, form: base, ending}
    // Only Cyrillic forms have stems apart from themselves: a Latin name needs no stem index (built on first need).
    if (ending === '' || !isCyrillic(base)) continue
    const stemmed = stems(lexicon).get(base)
    if (stemmed) {
      // Russian `Залужный` and Ukrainian `Залужний` share a stem: read the word as the text language’s own form first.
      const own = stemmed.find((candidate) => candidate.preferredIn.includes(lang)) ?? stemmed[0]!
      return {forms: stemmed.filter((candidate) => candidate.form === own.form), form: own.form, ending}
    }
  }

  return undefined
}

function stems(lexicon: NamesLexicon): Map<string, Array<NameForm>> {
  let index = stemIndexes.get(lexicon)
  if (!index) {
    index = new Map()
    for (const [form, list] of lexicon.forms) {
      const stem = cyrillicStem(form)
      if (stem !== form) index.set(stem, [...(index.get(stem) ?? []), ...list])
    }

    stemIndexes.set(lexicon, index)
  }

  return index
}
