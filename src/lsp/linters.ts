/**
 * Warm linters, one per distinct configuration, kept for the life of the
 * server: building the processor and loading data happens once, and every
 * document with the same settings shares them. The regional variant runs
 * only the rules that can be judged on a few paragraphs (`./incremental.ts`).
 */

import type {LintOptions} from '../config/resolve.js'
import {createLinter, type Linter} from '../engine/lint.js'
import {rules} from '../index.js'
import {documentRules} from './incremental.js'

/** Which rules a linter runs. */
export type Variant = 'full' | 'regional'

/** Linters by configuration; the least recently used is dropped past `limit`. */
export interface LinterCache {
  /**
   * The linter for `options` (`lang` and `sourceLang` are passed per call,
   * so documents in different languages share one).
   *
   * @throws {TypeError} When the options name an unknown rule or bad option.
   */
  get(options: LintOptions, variant: Variant): Linter
  clear(): void
}

/** Make a cache holding up to `limit` linters. */
export function createLinterCache(limit = 8): LinterCache {
  const linters = new Map<string, Linter>()

  return {
    get(options, variant) {
      const {lang, sourceLang, ...rest} = options
      const key = variant + '\0' + JSON.stringify(rest)
      let linter = linters.get(key)
      if (linter) {
        linters.delete(key)
      } else {
        linter = createLinter(variant === 'full' ? rest : withoutDocumentRules(rest))
        if (linters.size >= limit) linters.delete(linters.keys().next().value!)
      }

      linters.set(key, linter)
      return linter
    },
    clear() {
      linters.clear()
    }
  }
}

function withoutDocumentRules(options: LintOptions): LintOptions {
  const settings = {...options.rules}
  for (const rule of rules) {
    if (documentRules.has(rule.id)) settings[rule.id] = 'off'
  }

  return {...options, rules: settings}
}
