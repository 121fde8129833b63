/**
 * Productive prefixes per language: a known word with one of these in front
 * is a word (`interanual`, `exgerente`, `de-escalation`, `антикризисный`).
 * Hunspell dictionaries list only some such words; news text coins them
 * daily. A misspelled rest still fails (`interanaul`), and the rest must
 * have at least five letters. English `un-` and `re-` are left out: their
 * words are in the dictionary, and `untill` is a misspelling.
 */
export const productivePrefixes: Readonly<Record<string, ReadonlyArray<string>>> = {
  de: [
    'anti', 'ex', 'inter', 'mega', 'multi', 'post', 'prä', 'pro', 'super', 'ultra',
    // Particles of separable verbs, which igerman98 lists for some verbs only (`herausspielen`).
    'ab', 'an', 'auf', 'aus', 'bei', 'davon', 'dazu', 'ein', 'empor', 'entgegen', 'fest', 'fort', 'heran', 'heraus', 'herbei', 'herein', 'herum', 'herunter', 'hervor', 'hinaus', 'hinein', 'hinzu', 'los', 'mit', 'nach', 'vor', 'voran', 'vorbei', 'weg', 'weiter', 'wieder', 'zurück', 'zusammen'
  ],
  en: ['anti', 'co', 'counter', 'cross', 'cyber', 'de', 'eco', 'inter', 'mega', 'micro', 'mid', 'multi', 'non', 'over', 'post', 'pre', 'pro', 'semi', 'sub', 'super', 'trans', 'ultra', 'under'],
  es: ['anti', 'auto', 'bi', 'ciber', 'co', 'contra', 'eco', 'euro', 'ex', 'extra', 'hiper', 'inter', 'intra', 'macro', 'micro', 'mini', 'multi', 'neo', 'plurí', 'pluri', 'pos', 'post', 'pre', 'pro', 're', 'semi', 'sobre', 'sub', 'super', 'tri', 'ultra', 'vice'],
  fr: ['anti', 'auto', 'bio', 'co', 'contre', 'cyber', 'éco', 'euro', 'ex', 'extra', 'hyper', 'inter', 'intra', 'macro', 'micro', 'mini', 'multi', 'néo', 'non', 'post', 'pré', 'pro', 're', 'ré', 'semi', 'sous', 'super', 'sur', 'ultra'],
  ru: ['анти', 'авиа', 'авто', 'гео', 'гипер', 'гос', 'евро', 'кибер', 'контр', 'макро', 'мега', 'микро', 'мини', 'мульти', 'нео', 'пост', 'после', 'псевдо', 'супер', 'ультра', 'экс', 'эко', 'энерго'],
  uk: ['анти', 'авіа', 'авто', 'гео', 'гіпер', 'держ', 'євро', 'екс', 'еко', 'енерго', 'кібер', 'контр', 'макро', 'мега', 'мікро', 'міні', 'мульти', 'нео', 'пост', 'псевдо', 'супер', 'ультра']
}

/** Infixes between a prefix and its word: German `zu` in `herauszuspielen` (`heraus` + `zu` + `spielen`). */
export const prefixInfixes: Readonly<Record<string, ReadonlyArray<string>>> = {
  de: ['zu']
}
