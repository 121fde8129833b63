import {fixUntilStable, type ApplyOptions, type FixUntilStableResult} from '../fix.js'
import type {LintOptions} from '../config/resolve.js'
import {createLinter, type Linter} from './lint.js'

/**
 * Lint and apply safe fixes until the text is stable (at most 10 passes).
 * Pass a `linter` to reuse a warm one.
 */
export async function fix(
  value: string,
  options: LintOptions & ApplyOptions & {readonly linter?: Linter} = {}
): Promise<FixUntilStableResult> {
  const linter = options.linter ?? createLinter(options)
  return fixUntilStable(
    value,
    async function (text) {
      return (await linter.lint(text)).messages
    },
    options
  )
}
