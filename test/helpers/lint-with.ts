import type {Root} from 'nlcst'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {parsePlainText} from '../../src/engine/parse.js'
import type {Rule, RuleConfig} from '../../src/rule.js'

/** Lint `value` with `rule` alone, as the engine would. */
export async function lintWith<Options extends object>(
  rule: Rule<Options, string>,
  value: string,
  lang: string,
  config?: RuleConfig<Options>,
  sourceLang?: string
): Promise<VFile> {
  const processor = unified().use(parsePlainText).use(rule, config)
  const file = new VFile({value, data: {lang, sourceLang, langSource: 'option'}})
  await processor.run(processor.parse(file) as Root, file)
  return file
}
