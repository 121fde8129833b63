import {unified} from 'unified'
import {VFile, type Compatible} from 'vfile'
import {resolveRules, type LintOptions} from '../config/resolve.js'
import {detectLanguage} from './language.js'
import {parsePlainText} from './parse.js'

/** A linter that keeps its processor and loaded data warm across calls. */
export interface Linter {
  /** Lint one text; per-call `lang` and `sourceLang` override the linter’s. */
  lint(input: Compatible, overrides?: Pick<LintOptions, 'lang' | 'sourceLang'>): Promise<VFile>
}

/**
 * Create a linter for `options`. Configuration errors (unknown rules, bad
 * options) throw here, before any text is read.
 */
export function createLinter(options: LintOptions = {}): Linter {
  const processor = unified().use(parsePlainText)
  for (const {rule, config} of resolveRules(options)) {
    processor.use(rule, config)
  }

  processor.freeze()

  return {
    async lint(input, overrides = {}) {
      const file = input instanceof VFile ? input : new VFile(input)
      const value = String(file)
      const lang = overrides.lang ?? options.lang
      if (lang) {
        file.data.lang = lang
        file.data.langSource = 'option'
      } else {
        const detected = detectLanguage(value)
        file.data.lang = detected?.lang ?? 'en'
        file.data.langSource = detected ? 'detected' : 'default'
      }

      file.data.sourceLang = overrides.sourceLang ?? options.sourceLang
      const tree = processor.parse(file)
      await processor.run(tree, file)
      file.messages.sort(compareMessages)
      return file
    }
  }
}

/** Lint one text with a fresh linter. Prefer `createLinter` for many texts. */
export async function lint(input: Compatible, options: LintOptions = {}): Promise<VFile> {
  return createLinter(options).lint(input)
}

function compareMessages(a: VFile['messages'][number], b: VFile['messages'][number]): number {
  return (
    (a.place && 'start' in a.place ? a.place.start.offset ?? 0 : 0) -
      (b.place && 'start' in b.place ? b.place.start.offset ?? 0 : 0) ||
    String(a.ruleId).localeCompare(String(b.ruleId))
  )
}
