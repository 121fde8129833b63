import {readBuiltin} from './builtin.js'
import {DataFileError, readDataFile, type DataFile} from './read.js'

/** Target languages every name entry gives a preferred form for. */
export const nameLanguages = ['de', 'en', 'es', 'fr', 'ru', 'uk'] as const
type NameLanguage = (typeof nameLanguages)[number]

/** One person, place, organisation, party or medium, as `dictionaries/names/*.yml` describe it. */
export interface NameEntry {
  readonly id: string
  readonly kind: 'media' | 'organisation' | 'party' | 'person' | 'place'
  /** House style per target language. */
  readonly preferred: Readonly<Record<NameLanguage, string>>
  /** Other spellings, in any script. */
  readonly variants: ReadonlyArray<string>
  /** Forms that also name something else: never fixed unasked. */
  readonly ambiguous: ReadonlyArray<string>
  /** Forms accepted in every language besides the preferred one (native spellings such as `Orbán`). */
  readonly accepted?: ReadonlyArray<string>
  /** Why these forms: the authority per language. */
  readonly basis: string
  readonly examples: ReadonlyArray<{readonly lang: string; readonly bad?: string; readonly good: string}>
}

interface NamesFileData {
  readonly entries: ReadonlyArray<NameEntry>
}

const form = {type: 'string', minLength: 1, pattern: '^\\S(?:.*\\S)?$'}

/** JSON Schema of `dictionaries/names/<region>.yml`. */
export const namesSchema = {
  type: 'object',
  required: ['entries'],
  additionalProperties: false,
  properties: {
    entries: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'kind', 'preferred', 'variants', 'basis', 'examples'],
        additionalProperties: false,
        properties: {
          id: {type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$'},
          kind: {enum: ['media', 'organisation', 'party', 'person', 'place']},
          preferred: {
            type: 'object',
            required: [...nameLanguages],
            additionalProperties: false,
            properties: Object.fromEntries(nameLanguages.map((lang) => [lang, form]))
          },
          variants: {type: 'array', items: form},
          ambiguous: {type: 'array', items: form},
          accepted: {type: 'array', items: form},
          basis: {type: 'string', minLength: 1},
          examples: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              required: ['lang', 'good'],
              additionalProperties: false,
              properties: {lang: {enum: [...nameLanguages]}, bad: {type: 'string', minLength: 1}, good: {type: 'string', minLength: 1}}
            }
          }
        }
      }
    }
  }
} as const

/** Where a form of a name belongs. */
export interface NameForm {
  readonly entry: NameEntry
  /** The form as written in the data. */
  readonly form: string
  /** Languages whose preferred form this is (empty for a variant). */
  readonly preferredIn: ReadonlyArray<string>
  readonly ambiguous: boolean
}

/** The names lexicon, indexed for lookup. */
export interface NamesLexicon {
  readonly entries: ReadonlyArray<NameEntry>
  /** Every form, by its exact spelling. */
  readonly forms: ReadonlyMap<string, ReadonlyArray<NameForm>>
  /** Longest form in words. */
  readonly maxWords: number
}

/**
 * Read and check names files: shape, sorted unique ids, NFC forms, and no
 * form claimed by two entities unless both mark it ambiguous.
 *
 * @throws {DataFileError}
 */
export function loadNames(paths: ReadonlyArray<string>): NamesLexicon {
  return indexNames(readNameEntries(paths))
}

/** Read and check names files into a flat list of entries. */
export function readNameEntries(paths: ReadonlyArray<string>): Array<NameEntry> {
  const files: Array<DataFile<NamesFileData>> = paths.map((path) => readDataFile<NamesFileData>(path, namesSchema))
  const problems: Array<string> = []
  const entries: Array<NameEntry> = []
  const ids = new Map<string, string>()
  const owners = new Map<string, {entry: NameEntry; where: string; ambiguous: boolean}>()

  for (const file of files) {
    for (const [index, entry] of file.data.entries.entries()) {
      const where = file.at(['entries', index, 'id'])
      const previous = file.data.entries[index - 1]
      if (previous && previous.id >= entry.id) {
        problems.push(where + ': Unexpected entry `' + entry.id + '` after `' + previous.id + '`, expected entries sorted by `id`')
      }

      const first = ids.get(entry.id)
      if (first) problems.push(where + ': Unexpected duplicate id `' + entry.id + '`, first at ' + first)
      ids.set(entry.id, where)

      const ambiguous = new Set(entry.ambiguous ?? [])
      const forms = new Set([...Object.values(entry.preferred), ...entry.variants, ...(entry.accepted ?? [])])
      for (const value of ambiguous) {
        if (!forms.has(value)) problems.push(where + ': Unexpected ambiguous form `' + value + '` that is not a form of `' + entry.id + '`')
      }

      for (const value of forms) {
        if (value.normalize('NFC') !== value) problems.push(where + ': Unexpected non-NFC form `' + value + '`, expected it normalised to NFC')
        const owner = owners.get(value)
        if (owner && owner.entry !== entry && !(owner.ambiguous && ambiguous.has(value))) {
          problems.push(where + ': Unexpected form `' + value + '` of `' + entry.id + '` also claimed by `' + owner.entry.id + '` at ' + owner.where + ', expected it listed in `ambiguous` in both')
        }

        owners.set(value, {entry, where, ambiguous: ambiguous.has(value)})
      }

      for (const variant of entry.variants) {
        if (Object.values(entry.preferred).includes(variant)) {
          problems.push(where + ': Unexpected variant `' + variant + '` of `' + entry.id + '` that is also a preferred form')
        }
      }

      entries.push({...entry, ambiguous: entry.ambiguous ?? []})
    }
  }

  if (problems.length > 0) throw new DataFileError(problems)
  return entries
}

/** Index entries by form. */
export function indexNames(entries: ReadonlyArray<NameEntry>): NamesLexicon {
  // Plain loops, no spreads: this runs on every cold start over ~5,000 forms.
  const forms = new Map<string, Array<NameForm>>()
  let maxWords = 1
  for (const entry of entries) {
    const preferredIn = new Map<string, Array<string>>()
    for (const [lang, value] of Object.entries(entry.preferred)) {
      const langs = preferredIn.get(value)
      if (langs) langs.push(lang)
      else preferredIn.set(value, [lang])
    }

    const seen = new Set<string>()
    for (const values of [Object.values(entry.preferred), entry.variants, entry.accepted ?? []]) {
      for (const value of values) {
        if (seen.has(value)) continue
        seen.add(value)
        const form: NameForm = {entry, form: value, preferredIn: preferredIn.get(value) ?? [], ambiguous: entry.ambiguous.includes(value)}
        const list = forms.get(value)
        if (list) list.push(form)
        else forms.set(value, [form])
        if (value.includes(' ')) maxWords = Math.max(maxWords, value.split(/\s+/).length)
      }
    }
  }

  return {entries, forms, maxWords}
}

let builtin: NamesLexicon | undefined

/** The built-in lexicon, read once per process (it is immutable). */
export function builtinNames(): NamesLexicon {
  builtin ??= indexNames(readBuiltin('names', readNameEntries))

  return builtin
}

/** Whether `word` (one word, as written) is a form of a known name: spelling never reports it. */
export function isKnownNameWord(word: string): boolean {
  return knownWords().has(word)
}

let words: Set<string> | undefined
function knownWords(): Set<string> {
  if (!words) {
    words = new Set()
    for (const value of builtinNames().forms.keys()) {
      for (const part of value.split(/[\s-]+/)) if (part) words.add(part)
    }
  }

  return words
}
