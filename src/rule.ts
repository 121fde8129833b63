import type {Root} from 'nlcst'
import type {Plugin} from 'unified'
import type {Node, Point} from 'unist'
import type {VFile} from 'vfile'
import {pointEnd, pointStart} from 'unist-util-position'
import {location} from 'vfile-location'
import {validateOptions} from './options.js'

declare module 'vfile' {
  interface DataMap {
    /** BCP 47 tag of the text’s language; set by the engine before rules run. */
    lang: string
    /** BCP 47 tag of the language the text was translated from, when known. */
    sourceLang: string | undefined
    /** How `lang` was decided. */
    langSource: 'option' | 'detected' | 'default'
  }
}

declare module 'vfile-message' {
  interface VFileMessage {
    /** Whether `--fix` may write `expected[0]` over `place` unasked. */
    autofix?: boolean | undefined
    /** MQM error category of the finding. */
    category?: Category | undefined
  }
}

/** MQM (Multidimensional Quality Metrics) categories our rules report. */
export type Category =
  | 'Accuracy/Untranslated'
  | 'Accuracy/Mistranslation'
  | 'Fluency/Grammar'
  | 'Fluency/Punctuation'
  | 'Fluency/Spelling'
  | 'Locale convention'
  | 'Style/Unidiomatic'
  | 'Terminology/Inconsistent'
  | 'Terminology/Wrong term'
  | 'Verity/Extraneous'

/** How a configured rule reports: not at all, or at one of three levels. */
export type Severity = 'error' | 'info' | 'off' | 'warn'

/** What a rule says about itself: read by the engine, CLI, LSP and docs. */
export interface RuleMeta<Options, MessageId extends string> {
  /** One line, imperative mood, no final period. */
  readonly description: string
  /** Language subtags the rule runs for (`['*']`: every language). */
  readonly languages: ReadonlyArray<string>
  /** Whether reports with one `expected` value are safe to apply unasked. */
  readonly fixable: boolean
  /** Severity when a preset turns the rule on without saying one. */
  readonly severity: Exclude<Severity, 'off'>
  /** MQM category of what the rule finds. */
  readonly category: Category
  /** A value for every option. */
  readonly defaults: Readonly<Options>
  /** JSON Schema of the options object. */
  readonly schema: Readonly<Record<string, unknown>>
  /** Message templates with `{slot}`s, by message id. */
  readonly messages: Readonly<Record<MessageId, string>>
}

/** One problem, as a rule describes it. */
export interface Report<MessageId extends string> {
  readonly messageId: MessageId
  readonly data?: Readonly<Record<string, string>>
  /** Adjacent nodes: their span is reported and, when fixed, replaced. */
  readonly nodes?: ReadonlyArray<Node>
  /** Alternatively, the span as offsets into the file (end exclusive). */
  readonly span?: readonly [number, number]
  /** Text of the span as found. */
  readonly actual: string
  /** Replacements for `actual`, best first (`['']` deletes). */
  readonly expected?: ReadonlyArray<string>
  /** Overrides the configured severity downwards (`'info'` for weak evidence). */
  readonly level?: 'info'
  /** Longer explanation or a citation. */
  readonly note?: string
  /** Whether the single replacement is safe even though the rule is not `fixable` (or unsafe though it is). */
  readonly safe?: boolean
}

/** The body of a rule: walk `tree`, call `report` for each problem. */
export type Check<Options, MessageId extends string> = (
  tree: Root,
  file: VFile,
  options: Readonly<Options>,
  report: (report: Report<MessageId>) => undefined
) => undefined

/** What users write for a rule: a severity, or a severity and options. */
export type RuleConfig<Options> =
  | Severity
  | readonly [Severity, Partial<Options>?]

/** A unified plugin that also carries its id and metadata. */
export type Rule<Options = object, MessageId extends string = string> = Plugin<
  [(RuleConfig<Options> | null | undefined)?],
  Root
> & {
  readonly id: string
  readonly meta: RuleMeta<Options, MessageId>
}

/** `source` of every message we emit. */
export const source = 'mtlint'
/** Where rule docs live: README anchors. */
export const docsBase = 'https://github.com/mtlint/mtlint#'

/**
 * Turn a check into a unified plugin that carries its metadata.
 */
export function defineRule<Options extends object, MessageId extends string>(
  id: string,
  meta: RuleMeta<Options, MessageId>,
  check: Check<Options, MessageId>
): Rule<Options, MessageId> {
  function plugin(config?: RuleConfig<Options> | null) {
    const [severity, given] =
      typeof config === 'string' ? [config, undefined] : (config ?? [meta.severity])
    if (severity === 'off') return

    const options: Readonly<Options> = {
      ...meta.defaults,
      ...validateOptions(id, meta.schema, given)
    }

    return function (tree: Root, file: VFile): undefined {
      if (!appliesTo(meta.languages, file.data.lang)) return
      const place = offsetsToPoints(file)

      check(tree, file, options, function (report) {
        const span = reportSpan(report, place)
        const message = file.message(
          interpolate(id, meta.messages[report.messageId], report.data),
          {place: span, ruleId: id, source}
        )
        const level = report.level === 'info' ? 'info' : severity
        message.fatal = level === 'error' ? true : level === 'warn' ? false : undefined
        message.actual = report.actual
        message.expected = report.expected && [...report.expected]
        message.url = docsBase + id
        message.category = meta.category
        if (report.note) message.note = report.note
        message.autofix =
          (report.safe ?? meta.fixable) && report.expected?.length === 1
        return undefined
      })
    }
  }

  return Object.assign(plugin, {id, meta})
}

/** Whether a rule for `languages` runs on text in `lang`. */
export function appliesTo(
  languages: ReadonlyArray<string>,
  lang = ''
): boolean {
  const tag = lang.toLowerCase()
  return languages.some(function (prefix) {
    return prefix === '*' || tag === prefix || tag.startsWith(prefix + '-')
  })
}

function reportSpan(
  report: Report<string>,
  toPoint: (offset: number) => Point | undefined
): {start: Point; end: Point} | undefined {
  if (report.span) {
    const start = toPoint(report.span[0])
    const end = toPoint(report.span[1])
    return start && end ? {start, end} : undefined
  }

  const first = report.nodes?.[0]
  const last = report.nodes?.at(-1)
  const start = first && pointStart(first)
  const end = last && pointEnd(last)
  return start && end ? {start, end} : undefined
}

function offsetsToPoints(file: VFile) {
  let cached: ReturnType<typeof location> | undefined
  return function (offset: number): Point | undefined {
    cached ??= location(file)
    const point = cached.toPoint(offset)
    return point ? {line: point.line, column: point.column, offset} : undefined
  }
}

function interpolate(
  id: string,
  template: string,
  data: Readonly<Record<string, string>> = {}
): string {
  return template.replace(/\{(\w+)\}/g, function (_, key: string) {
    const value = data[key]
    if (value === undefined) {
      throw new Error('Missing `' + key + '` in data for `' + id + '`')
    }

    return value
  })
}
