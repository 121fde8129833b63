/**
 * Inflection of names in running text, so `Zelenskyi’s`, `Selenskyjs` and
 * `Зеленского` are found as forms of `Zelenskyi`, `Selenskyj` and
 * `Зеленский`, and a replacement keeps the ending.
 */

/** Endings that follow a Latin-script name, longest first, per language. */
const latinEndings: Readonly<Record<string, ReadonlyArray<string>>> = {
  en: ['’s', "'s", '’', "'"],
  de: ['’s', "'s", 's', '’', "'"],
  fr: [],
  es: []
}

/** Russian and Ukrainian case endings (nouns and adjectival surnames), longest first. */
const cyrillicEndings = [
  'ыми', 'ими', 'ами', 'ями', 'ого', 'ому', 'его', 'ему', 'ові', 'еві', 'ою', 'ею', 'єю',
  'ов', 'ів', 'ам', 'ям', 'ах', 'ях', 'ом', 'ем', 'єм', 'им', 'ым', 'ім', 'ой', 'ей', 'ий', 'ый', 'ій', 'ая', 'яя', 'ую', 'юю', 'ые', 'ие', 'ых', 'их', 'ої', 'ої',
  'а', 'я', 'у', 'ю', 'е', 'є', 'і', 'ї', 'и', 'ы', 'о', 'й', 'ь'
]

/** Endings that are part of a Cyrillic citation form and change in other cases (`Зеленский` → stem `Зеленск`). */
const cyrillicStemEndings = ['ий', 'ый', 'ой', 'ій', 'ая', 'а', 'я', 'ь', 'й', 'о']

const cyrillic = /\p{Script=Cyrillic}/u

/** Whether `text` has a Cyrillic letter. */
export function isCyrillic(text: string): boolean {
  return cyrillic.test(text)
}

/** Ways to read `word` as a base form plus an ending, the word itself first. */
export function splitEnding(word: string, lang: string): Array<readonly [string, string]> {
  const splits: Array<readonly [string, string]> = [[word, '']]
  const endings = isCyrillic(word) ? cyrillicEndings : (latinEndings[lang] ?? [])
  for (const ending of endings) {
    if (word.length > ending.length + 2 && word.endsWith(ending)) {
      splits.push([word.slice(0, -ending.length), ending])
    }
  }

  return splits
}

/** The part of a Cyrillic citation form that stays in every case. */
export function cyrillicStem(form: string): string {
  if (!/\p{Script=Cyrillic}$/u.test(form)) return form
  for (const ending of cyrillicStemEndings) {
    if (form.length > ending.length + 2 && form.endsWith(ending)) return form.slice(0, -ending.length)
  }

  return form
}

/**
 * `preferred` inflected like the found word: the found form’s ending moved
 * over when both forms inflect the same way, else `undefined` (the
 * replacement is then offered only as a suggestion).
 */
export function inflectLike(preferred: string, found: string, ending: string, lang: string): string | undefined {
  if (ending === '') return preferred
  if (!isCyrillic(found)) return preferred + ending
  const foundStem = cyrillicStem(found)
  const preferredStem = cyrillicStem(preferred)
  const sameClass = found.slice(foundStem.length) === preferred.slice(preferredStem.length)
  if (!sameClass || !isCyrillic(preferred)) return undefined
  return preferredStem + (crossEndings[lang]?.[ending] ?? ending)
}

/**
 * The same case in the other language, for endings that differ between
 * Ukrainian and Russian (`Пєсковим` → `Песковым`); other endings carry over
 * as they are.
 */
const crossEndings: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  ru: {им: 'ым', ім: 'ом', ові: 'у', еві: 'ю', ою: 'ой', ів: 'ых'},
  uk: {ым: 'им', ых: 'их', ой: 'ою'}
}
