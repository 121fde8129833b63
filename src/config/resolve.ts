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
}

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
    result.push({rule, config: ruleOptions ? [level, ruleOptions] : level})
  }

  return result
}
