import test from 'ava'
import {fixUntilStable} from '../../src/fix.js'
import type {Rule, RuleConfig} from '../../src/rule.js'
import {lintWith} from './lint-with.js'

export {lintWith} from './lint-with.js'

/** One test case for one rule. */
export interface Case<Options> {
  readonly input: string
  /** BCP 47 tag of `input` (default: the rule’s first language, or `en`). */
  readonly lang?: string
  readonly sourceLang?: string
  readonly config?: RuleConfig<Options>
  /** `String(message)` for each message, in order; `[]` when none. */
  readonly messages: ReadonlyArray<string>
  /** `expected` of each message, in order, when the case checks suggestions. */
  readonly expected?: ReadonlyArray<ReadonlyArray<string> | undefined>
  /** Text after fixing until stable; leave out when nothing is autofixable. */
  readonly output?: string
}

/**
 * Make an ava macro that runs one case through `rule`: the messages, the
 * positions they point at, and the text after fixing.
 */
export function casesFor<Options extends object, MessageId extends string>(
  rule: Rule<Options, MessageId>
) {
  const defaultLang = rule.meta.languages.find((lang) => lang !== '*') ?? 'en'
  return test.macro<[Case<Options>]>({
    async exec(t, check) {
      const lang = check.lang ?? defaultLang
      const lint = async function (value: string) {
        return (await lintWith(rule, value, lang, check.config, check.sourceLang)).messages
      }

      const messages = await lint(check.input)
      t.deepEqual(messages.map(String), [...check.messages])
      for (const message of messages) {
        const place = message.place
        t.true(place !== undefined && 'start' in place, 'message has a range')
        if (place && 'start' in place) {
          t.is(check.input.slice(place.start.offset, place.end.offset), message.actual ?? '', 'actual is the text at the range')
        }
      }

      if (check.expected) {
        t.deepEqual(messages.map((message) => message.expected), check.expected.map((list) => list && [...list]))
      }

      t.is((await fixUntilStable(check.input, lint)).value, check.output ?? check.input, 'fixed output')
    },
    title(provided, check) {
      return rule.id + ': ' + (provided ?? JSON.stringify(check.input))
    }
  })
}
