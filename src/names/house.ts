import {indexNames, readNameEntries, type NameEntry, type NamesLexicon} from '../dictionary/names.js'

const cache = new WeakMap<NamesLexicon, Map<string, NamesLexicon>>()

/**
 * The lexicon with the user’s house style applied: extra lexicon files
 * added, and for each `names` key, that form made preferred in every
 * language for the entity it belongs to (or a new entity), its listed
 * variants moved to it. Cached per configuration.
 */
export function houseNames(
  lexicon: NamesLexicon,
  names: Readonly<Record<string, ReadonlyArray<string>>>,
  files: ReadonlyArray<string>
): NamesLexicon {
  const key = JSON.stringify([names, files])
  if (key === '[{},[]]') return lexicon
  let byKey = cache.get(lexicon)
  if (!byKey) {
    byKey = new Map()
    cache.set(lexicon, byKey)
  }

  let result = byKey.get(key)
  if (!result) {
    const extra = files.length > 0 ? readNameEntries(files) : []
    const overridden = new Set<string>()
    const house: Array<NameEntry> = []
    for (const [preferred, variants] of Object.entries(names)) {
      const claimed = new Set([preferred, ...variants])
      const original = lexicon.entries.find((entry) => [...Object.values(entry.preferred), ...entry.variants].some((form) => claimed.has(form)))
      if (original) overridden.add(original.id)
      house.push({
        id: 'house-' + (original?.id ?? preferred.toLowerCase()),
        kind: original?.kind ?? 'person',
        preferred: {de: preferred, en: preferred, es: preferred, fr: preferred, ru: preferred, uk: preferred},
        variants: [...new Set([...(original ? [...Object.values(original.preferred), ...original.variants] : []), ...variants])].filter((form) => form !== preferred),
        ambiguous: [],
        basis: 'house style (configuration `names`)',
        examples: []
      })
    }

    result = indexNames([...lexicon.entries.filter((entry) => !overridden.has(entry.id)), ...house, ...extra])
    byKey.set(key, result)
  }

  return result
}
