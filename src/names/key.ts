import {isCyrillic} from './inflection.js'

/**
 * A spelling key under which the romanisations and inflections of one name
 * coincide: `Zelensky`, `Zelenskyi`, `Selenskyj` and `Zelenskij` all give
 * `selenski`; `Kovalchuk` and `Kowaltschuk` give `kovalcuk`. Different names stay
 * apart: `Johnson`/`Jonson`, `Scholz`/`Schultz` do not share a key.
 */
export function spellingKey(word: string): string {
  let key = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’'`\u2010-]/g, '')
  if (isCyrillic(key)) {
    return key.replace(/[ьъ]/g, '').replace(/ё/g, 'е').replace(/[єэ]/g, 'е').replace(/[іїы]/g, 'и').replace(/й/g, 'и').replace(/ґ/g, 'г').replace(/(.)\1+/g, '$1').replace(/и+/g, 'и')
  }

  for (const [from, to] of romanisations) key = key.replace(from, to)
  return key.replace(/(.)\1+/g, '$1')
}

/** Applied in order: longer clusters first. */
const romanisations: ReadonlyArray<readonly [RegExp, string]> = [
  // `ch` is read as Ukrainian and Russian ч (`Kovalchuk`, German `Kowaltschuk`);
  // х is `kh` in English and `ch` in German (`Kharkiv`, `Charkiw`): the
  // lexicon knows the places where that matters.
  [/tsch|tch|tsh|cz|ch|č/g, 'č'],
  [/sch|sh|sz|zh|ž|š/g, 'ʃ'],
  [/kh/g, 'x'],
  [/ph/g, 'f'],
  [/ck|q|c(?=[aou])/g, 'k'],
  [/w/g, 'v'],
  [/ou/g, 'u'],
  [/(?<=^|[aeiou])ye/g, 'e'],
  [/ij|iy|yi|yy|ii|y|j/g, 'i'],
  [/tz|ts|z/g, 's'],
  [/ʃ/g, 's'],
  [/č/g, 'c'],
  [/x/g, 'h']
]
