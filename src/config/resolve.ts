import type {Rule, RuleConfig, Severity} from '../rule.js'
import {rules as builtinRules} from '../../rules/index.js'

/** Named rule sets. */
export type Preset = 'recommended' | 'strict'

/** What callers configure: presets and per-rule settings. */
export interface LintOptions {
  /** BCP 47 tag of the text’s language; detected when absent. */
  readonly lang?: string | undefined
  /** BCP 47 tag of the language the text was translated from. */
  readonly sourceLang?: string | undefined
  /** Per rule: a severity, or a severity and options. */
  readonly rules?: Readonly<Record<string, RuleConfig<Record<string, unknown>>>> | undefined
  /** Base rule set (default: `recommended`). */
  readonly preset?: Preset | undefined
  /** Project words that are never misspellings (rules with a `words` option get them). */
  readonly words?: ReadonlyArray<string> | undefined
  /** House-style names: preferred form → variants to replace (rules with a `names` option get them). */
  readonly names?: Readonly<Record<string, ReadonlyArray<string>>> | undefined
  /** Extra data files: names lexicons, phrase tables, `.dic` word lists (rules with a `dictionaries` option get them). */
  readonly dictionaries?: ReadonlyArray<string> | undefined
}

/** Project-wide settings handed to every rule whose options declare them. */
const sharedSettings = ['dictionaries', 'names', 'words'] as const

/** A rule and how it is configured. */
export interface ConfiguredRule {
  readonly rule: Rule<object, string>
  readonly config: RuleConfig<Record<string, unknown>>
}

const severities: ReadonlyArray<Severity> = ['error', 'info', 'off', 'warn']

/**
 * Turn a preset and rule settings into the list of rules to run.
 *
 * @throws {TypeError}
 *   For an unknown rule, preset or severity, phrased `Unexpected …, expected …`.
 */
export function resolveRules(
  options: LintOptions,
  available: ReadonlyArray<Rule<object, string>> = builtinRules
): Array<ConfiguredRule> {
  const preset = options.preset ?? 'recommended'
  if (preset !== 'recommended' && preset !== 'strict') {
    throw new TypeError('Unexpected preset `' + String(preset) + '`, expected `recommended` or `strict`')
  }

  const byId = new Map(available.map((rule) => [rule.id, rule]))
  for (const id of Object.keys(options.rules ?? {})) {
    if (!byId.has(id)) {
      throw new TypeError('Unexpected rule `' + id + '`, expected one of ' + [...byId.keys()].map((key) => '`' + key + '`').join(', '))
    }
  }

  const result: Array<ConfiguredRule> = []
  for (const rule of available) {
    const given = options.rules?.[rule.id]
    const [severity, ruleOptions] = typeof given === 'string' ? [given, undefined] : (given ?? [undefined, undefined])
    if (severity !== undefined && !severities.includes(severity)) {
      throw new TypeError('Unexpected severity `' + String(severity) + '` for `' + rule.id + '`, expected `off`, `info`, `warn` or `error`')
    }

    const base = preset === 'strict' && rule.meta.severity === 'warn' ? 'error' : rule.meta.severity
    const level = severity ?? base
    if (level === 'off') continue
    const shared: Record<string, unknown> = {}
    for (const key of sharedSettings) {
      if (options[key] !== undefined && key in rule.meta.defaults) shared[key] = options[key]
    }

    const merged = {...shared, ...ruleOptions}
    result.push({rule, config: Object.keys(merged).length > 0 ? [level, merged] : level})
  }

  return result
}
