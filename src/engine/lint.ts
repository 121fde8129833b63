import type {Root} from 'nlcst'
import {unified, type Processor} from 'unified'
import {VFile, type Compatible} from 'vfile'
import {resolveRules, type LintOptions} from '../config/resolve.js'
import {controlComments, formatOf, formatParser, loadMarkup, sampleText, type Format} from './formats.js'
import {detectLanguage} from './language.js'

/** A linter that keeps its processor and loaded data warm across calls. */
export interface Linter {
  /**
   * Lint one text; per-call `lang` and `sourceLang` override the linter’s.
   * The parser follows `format`, else the file’s extension (`.md`, `.html`,
   * else plain text).
   */
  lint(input: Compatible, overrides?: Pick<LintOptions, 'lang' | 'sourceLang'> & {readonly format?: Format | undefined; readonly langSource?: 'detected' | 'option' | undefined}): Promise<VFile>
}

/**
 * Create a linter for `options`. Configuration errors (unknown rules, bad
 * options) throw here, before any text is read.
 */
export function createLinter(options: LintOptions = {}): Linter {
  const configured = resolveRules(options)
  const processors = new Map<Format, Processor<Root>>()
  // Rule options are checked when a processor freezes: do it now for plain text.
  processorFor('text')

  return {
    async lint(input, overrides = {}) {
      const file = input instanceof VFile ? input : new VFile(input)
      const format = overrides.format ?? formatOf(file.path)
      if (format !== 'text') await loadMarkup()
      const processor = processorFor(format)
      const tree = processor.parse(file)
      const lang = overrides.lang ?? options.lang
      if (lang) {
        file.data.lang = lang
        // A fix pass reuses the first pass’s detection and says so.
        file.data.langSource = overrides.lang !== undefined && overrides.langSource === 'detected' ? 'detected' : 'option'
      } else {
        const detected = detectLanguage(format === 'text' ? String(file) : sampleText(tree))
        file.data.lang = detected?.lang ?? 'en'
        file.data.langSource = detected ? 'detected' : 'default'
      }

      file.data.sourceLang = overrides.sourceLang ?? options.sourceLang
      await processor.run(tree, file)
      file.messages.sort(compareMessages)
      return file
    }
  }

  function processorFor(format: Format): Processor<Root> {
    let processor = processors.get(format)
    if (!processor) {
      processor = unified().use(formatParser(format)) as unknown as Processor<Root>
      for (const {rule, config} of configured) processor.use(rule, config)
      processor.use(controlComments).freeze()
      processors.set(format, processor)
    }

    return processor
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
    compareIds(String(a.ruleId), String(b.ruleId))
  )
}

/** Rule ids are ASCII: compared by code unit, not `localeCompare`, whose first call builds an ICU collator (~15 ms of a cold start). */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
