import {builtinPath} from './paths.js'
import {DataFileError, readDataFile} from './read.js'

/** Conventions of one target language: quotes and word lists. */
export interface LocaleData {
  readonly lang: string
  /** English name of the language, for messages. */
  readonly name: string
  readonly quotes: {
    readonly primary: readonly [string, string]
    readonly secondary: readonly [string, string]
    readonly accepted: ReadonlyArray<readonly [string, string]>
    readonly innerSpace: string
  }
  readonly conjunctions: ReadonlyArray<string>
  readonly legitimateDoubles: ReadonlyArray<string>
  readonly reduplications: ReadonlyArray<string>
  readonly comparativeSuffixes: ReadonlyArray<string>
  readonly speechVerbs: ReadonlyArray<string>
}

const pair = {
  type: 'array',
  items: {type: 'string', minLength: 1, maxLength: 1},
  minItems: 2,
  maxItems: 2
}
const words = {type: 'array', items: {type: 'string', minLength: 1}, uniqueItems: true}

/** JSON Schema of `dictionaries/locales/<lang>.yml`. */
export const localeSchema = {
  type: 'object',
  required: ['lang', 'name', 'quotes', 'conjunctions', 'legitimateDoubles', 'reduplications', 'comparativeSuffixes', 'speechVerbs'],
  additionalProperties: false,
  properties: {
    lang: {type: 'string', pattern: '^[a-z]{2,3}$'},
    name: {type: 'string', minLength: 1},
    quotes: {
      type: 'object',
      required: ['primary', 'secondary', 'accepted', 'innerSpace'],
      additionalProperties: false,
      properties: {
        primary: pair,
        secondary: pair,
        accepted: {type: 'array', items: pair},
        innerSpace: {type: 'string', maxLength: 1}
      }
    },
    conjunctions: words,
    legitimateDoubles: words,
    reduplications: words,
    comparativeSuffixes: words,
    speechVerbs: words
  }
} as const

/** Languages that have conventions in `dictionaries/locales/`. */
export const supportedLanguages = ['de', 'en', 'es', 'fr', 'ru', 'uk'] as const

const cache = new Map<string, LocaleData | undefined>()

/**
 * Conventions for the language of BCP 47 tag `lang` (`en-GB` → `en`), or
 * `undefined` when there are none. Built-in data is immutable, so it is read
 * once per process.
 */
export function localeData(lang: string | undefined): LocaleData | undefined {
  const language = (lang ?? '').toLowerCase().split('-')[0] ?? ''
  if (cache.has(language)) return cache.get(language)
  let data: LocaleData | undefined
  if ((supportedLanguages as ReadonlyArray<string>).includes(language)) {
    const file = readDataFile<LocaleData>(builtinPath('locales', language + '.yml'), localeSchema)
    checkSorted(file.data, file.at)
    data = Object.freeze(file.data)
  }

  cache.set(language, data)
  return data
}

function checkSorted(data: LocaleData, at: (keys: Array<string | number>) => string): undefined {
  const problems: Array<string> = []
  for (const key of ['conjunctions', 'legitimateDoubles', 'reduplications', 'speechVerbs'] as const) {
    const list = data[key]
    for (let index = 1; index < list.length; index++) {
      if (list[index - 1]! > list[index]!) {
        problems.push(at([key, index]) + ': Unexpected `' + list[index] + '` after `' + list[index - 1] + '`, expected `' + key + '` sorted')
      }
    }
  }

  if (problems.length > 0) throw new DataFileError(problems)
  return undefined
}
