import {readBuiltin} from './builtin.js'
import {DataFileError, readDataFile} from './read.js'
import {primaryLanguage} from '../words.js'

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
  readonly numbers: {
    readonly decimal: string
    /** Accepted group separators; the first is suggested. */
    readonly group: ReadonlyArray<string>
    readonly percentSpace: boolean
    readonly currencyFirst: boolean
    /** Words after a number that make it a quantity (`1,5 million`). */
    readonly scaleWords: ReadonlyArray<string>
  }
  readonly dates: {
    readonly months: ReadonlyArray<string>
    /** Full date forms, for suggestions: `{d}`, `{dd}`, `{month}`, `{mm}`, `{yyyy}`. */
    readonly formats: ReadonlyArray<string>
    /** All-number date forms native to the language. */
    readonly numeric: ReadonlyArray<'dmy-dot' | 'dmy-slash' | 'iso' | 'mdy-slash'>
  }
  readonly times: {
    readonly clock: 12 | 24
    /** Time forms, for suggestions: `{h}`, `{hh}`, `{h12}`, `{mm}`, `{ampm}`. */
    readonly formats: ReadonlyArray<string>
    readonly ampm: ReadonlyArray<string>
  }
  /** Frequent words of the language: evidence of an untranslated fragment elsewhere. */
  readonly functionWords: ReadonlyArray<string>
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
  required: ['lang', 'name', 'quotes', 'conjunctions', 'legitimateDoubles', 'reduplications', 'comparativeSuffixes', 'speechVerbs', 'numbers', 'dates', 'times', 'functionWords'],
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
    speechVerbs: words,
    numbers: {
      type: 'object',
      required: ['decimal', 'group', 'percentSpace', 'currencyFirst', 'scaleWords'],
      additionalProperties: false,
      properties: {
        decimal: {enum: ['.', ',']},
        group: {type: 'array', minItems: 1, items: {type: 'string', minLength: 1, maxLength: 1}},
        percentSpace: {type: 'boolean'},
        currencyFirst: {type: 'boolean'},
        scaleWords: words
      }
    },
    dates: {
      type: 'object',
      required: ['months', 'formats', 'numeric'],
      additionalProperties: false,
      properties: {
        months: {type: 'array', minItems: 12, maxItems: 12, items: {type: 'string', minLength: 1}},
        formats: {type: 'array', minItems: 1, items: {type: 'string', minLength: 1}},
        numeric: {type: 'array', items: {enum: ['dmy-dot', 'dmy-slash', 'iso', 'mdy-slash']}}
      }
    },
    times: {
      type: 'object',
      required: ['clock', 'formats', 'ampm'],
      additionalProperties: false,
      properties: {
        clock: {enum: [12, 24]},
        formats: {type: 'array', minItems: 1, items: {type: 'string', minLength: 1}},
        ampm: {type: 'array', items: {type: 'string', minLength: 1}}
      }
    },
    functionWords: words
  }
} as const

/** Languages that have conventions in `dictionaries/locales/`. */
export const supportedLanguages = ['de', 'en', 'es', 'fr', 'ru', 'uk'] as const

let locales: Map<string, LocaleData> | undefined

/**
 * Conventions for the language of BCP 47 tag `lang` (`en-GB` → `en`), or
 * `undefined` when there are none. Built-in data is immutable, so it is read
 * once per process (from the build’s JSON when current).
 */
export function localeData(lang: string | undefined): LocaleData | undefined {
  locales ??= new Map(readBuiltin('locales', readLocaleFiles).map((data) => [data.lang, Object.freeze(data)]))
  return locales.get(primaryLanguage(lang))
}

/** Read and check locale files. */
export function readLocaleFiles(paths: ReadonlyArray<string>): Array<LocaleData> {
  return paths.map(function (path) {
    const file = readDataFile<LocaleData>(path, localeSchema)
    checkSorted(file.data, file.at)
    if (!path.endsWith('/' + file.data.lang + '.yml')) {
      throw new DataFileError([file.at(['lang']) + ': Unexpected `lang` `' + file.data.lang + '` in `' + path.slice(path.lastIndexOf('/') + 1) + '`, expected the file name'])
    }

    return file.data
  })
}

function checkSorted(data: LocaleData, at: (keys: Array<string | number>) => string): undefined {
  const problems: Array<string> = []
  for (const key of ['conjunctions', 'legitimateDoubles', 'reduplications', 'speechVerbs', 'functionWords'] as const) {
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
