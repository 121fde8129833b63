import {fixUntilStable, type ApplyOptions, type FixUntilStableResult} from '../fix.js'
import type {LintOptions} from '../config/resolve.js'
import {createLinter, type Linter} from './lint.js'

/**
 * Lint and apply safe fixes until the text is stable (at most 10 passes).
 * Pass a `linter` to reuse a warm one.
 *
 * The language is decided once, on the first pass: detected anew on every
 * pass, it could flip with the fixes themselves (`Зеленский Україна`: read
 * as Russian, `Україна` becomes `Украина`; read as Ukrainian, `Зеленский`
 * becomes `Зеленський`), and the passes would never settle.
 */
export async function fix(
  value: string,
  options: LintOptions & ApplyOptions & {readonly linter?: Linter} = {}
): Promise<FixUntilStableResult> {
  const linter = options.linter ?? createLinter(options)
  let lang = options.lang
  let langSource: 'detected' | 'option' | undefined
  return fixUntilStable(
    value,
    async function (text) {
      const file = await linter.lint(text, lang === undefined ? {} : {lang, langSource})
      lang ??= file.data.lang
      langSource ??= file.data.langSource === 'detected' ? 'detected' : 'option'
      return file.messages
    },
    options
  )
}
