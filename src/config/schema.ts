/**
 * The JSON Schema of `.mtlintrc*` files and `package.json#mtlint`, built
 * from every rule’s `meta.schema`. The loader validates with it, and it is
 * published as `schema/mtlintrc.schema.json` so editors complete and check
 * configuration files. Regenerate that file after adding a rule or option:
 * `node --import tsx scripts/write-schema.ts` (a test fails while it is stale).
 */

import {join} from 'node:path'
import {rules as builtinRules} from '../../rules/index.js'
import {packageRoot} from '../dictionary/paths.js'
import type {Rule} from '../rule.js'

/** Severities in the order messages list them. */
export const severities = ['off', 'info', 'warn', 'error'] as const

/** Where the published schema lives; `$schema` in a config file may point here. */
export const schemaUrl = 'https://raw.githubusercontent.com/mtlint/mtlint/main/schema/mtlintrc.schema.json'

/** Keys a configuration file may have, each described once for the schema and the README. */
const keys = {
  $schema: {type: 'string', description: 'URL or path of this schema, for editors'},
  root: {type: 'boolean', description: 'Stop looking for configuration in parent folders'},
  lang: {type: 'string', minLength: 1, description: 'BCP 47 tag of the text’s language; detected when absent'},
  sourceLang: {type: 'string', minLength: 1, description: 'BCP 47 tag of the language the text was translated from'},
  preset: {enum: ['recommended', 'strict'], description: 'Base rule set: `recommended` (default) or `strict`, where every warning is an error'},
  words: {type: 'array', items: {type: 'string', minLength: 1}, description: 'Project words that are never misspellings; added to those of parent folders'},
  names: {
    type: 'object',
    additionalProperties: {type: 'array', items: {type: 'string', minLength: 1}},
    description: 'House-style names: preferred form → variants to replace; merged with those of parent folders'
  },
  dictionaries: {
    type: 'array',
    items: {type: 'string', minLength: 1},
    description: 'Extra data files, relative to this configuration file; added to those of parent folders'
  }
} as const

/** The JSON Schema (draft-07) of a configuration object for `available` rules. */
export function configSchema(available: ReadonlyArray<Rule<object, string>> = builtinRules): Record<string, unknown> {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: schemaUrl,
    title: 'mtlint configuration',
    description: 'Configuration for mtlint, a linter for machine-translated news text: `.mtlintrc`, `.mtlintrc.json`, `.mtlintrc.yml` or `package.json#mtlint`.',
    type: 'object',
    additionalProperties: false,
    properties: {
      ...keys,
      rules: rulesSchema(available, 'Per rule: a severity, or a severity and options; merged with those of parent folders'),
      overrides: {
        type: 'array',
        description:
          'Settings for some files only, applied after the folder’s in order: `files` are globs relative to this configuration file (one without `/` matches a file name in any folder below it)',
        items: {
          type: 'object',
          required: ['files'],
          additionalProperties: false,
          properties: {
            files: {type: 'array', minItems: 1, items: {type: 'string', minLength: 1}, description: 'Globs of the files these settings apply to'},
            lang: keys.lang,
            sourceLang: keys.sourceLang,
            words: keys.words,
            rules: rulesSchema(available, 'Per rule: a severity, or a severity and options; merged with the folder’s')
          }
        }
      }
    }
  }
}

function rulesSchema(available: ReadonlyArray<Rule<object, string>>, description: string): Record<string, unknown> {
  return {
    type: 'object',
    description,
    additionalProperties: false,
    properties: Object.fromEntries(available.map((rule) => [rule.id, ruleEntry(rule)]))
  }
}

function ruleEntry(rule: Rule<object, string>): Record<string, unknown> {
  const severity = {enum: [...severities]}
  return {
    description: rule.meta.description + ' (default: `' + rule.meta.severity + '`)',
    if: {type: 'string'},
    then: severity,
    else: {
      type: 'array',
      minItems: 1,
      maxItems: 2,
      items: [severity, JSON.parse(JSON.stringify(rule.meta.schema)) as unknown]
    }
  }
}

/** The candidate nearest to `word` by edit distance (to suggest a rule id for a typo). */
export function closest(word: string, candidates: ReadonlyArray<string>): string | undefined {
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate)
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }

  return best
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({length: b.length + 1}, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1))
    }

    previous = current
  }

  return previous[b.length] ?? 0
}

/** The published file’s text. */
export function schemaText(): string {
  return JSON.stringify(configSchema(), undefined, 2) + '\n'
}

/** Where the published schema is written: `schema/` in the package. */
export function schemaFile(): string {
  return join(packageRoot(), 'schema', 'mtlintrc.schema.json')
}
