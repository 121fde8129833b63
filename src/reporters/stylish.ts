import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

/** How `stylish` prints. */
export interface StylishOptions {
  /** Colour (ANSI escapes); off by default. */
  readonly color?: boolean | undefined
  /** Leave out files without messages. */
  readonly quiet?: boolean | undefined
}

/**
 * `--format stylish`, one file at a time: the layout of vfile-reporter (a
 * header per file, aligned `place severity reason rule source` rows, a
 * closing count), with columns aligned within each file so that nothing is
 * held back until the end of a batch.
 */
export function stylishReporter(options: StylishOptions = {}): {
  head(): string
  file(file: VFile): string
  tail(): string
} {
  const paint = options.color ? colors : plain
  let errors = 0
  let warnings = 0
  let total = 0
  let written = false

  return {
    head() {
      return ''
    },
    file(file) {
      const messages = file.messages
      if (messages.length === 0 && options.quiet) return ''
      const fatal = messages.filter((message) => message.fatal === true).length
      const warn = messages.filter((message) => message.fatal === false).length
      errors += fatal
      warnings += warn
      total += messages.length
      const name = paint.underline(fatal ? paint.red(file.path) : messages.length > 0 ? paint.yellow(file.path) : paint.green(file.path))
      const status = file.stored ? paint.yellow('written') : messages.length === 0 ? 'no issues found' : ''
      const rows = messages.map((message) => row(message, paint))
      const widths = rows.reduce<Array<number>>((sizes, cells) => cells.map((cell, index) => Math.max(sizes[index] ?? 0, visibleLength(cell))), [])
      const lines = rows.map((cells) => cells.map((cell, index) => (index === cells.length - 1 ? cell : cell + ' '.repeat((widths[index] ?? 0) - visibleLength(cell)))).join(' ').trimEnd())
      const text = [status ? name + ': ' + status : name, ...lines].join('\n') + '\n'
      const separated = written ? '\n' + text : text
      written = true
      return separated
    },
    tail() {
      if (!errors && !warnings) return ''
      let line = errors ? paint.red('✖') + ' ' + errors + ' error' + (errors === 1 ? '' : 's') : ''
      if (warnings) line += (line ? ', ' : '') + paint.yellow('⚠') + ' ' + warnings + ' warning' + (warnings === 1 ? '' : 's')
      if (total !== errors && total !== warnings) line = total + ' messages (' + line + ')'
      return (written ? '\n' : '') + line + '\n'
    }
  }
}

/** `--format stylish` for a whole batch. */
export function reportStylish(files: ReadonlyArray<VFile>, options: StylishOptions = {}): string {
  const reporter = stylishReporter(options)
  return reporter.head() + files.map((file) => reporter.file(file)).join('') + reporter.tail()
}

function row(message: VFileMessage, paint: Paint): Array<string> {
  const place = message.place
  const start = place && 'start' in place ? place.start : place
  const end = place && 'end' in place ? place.end : undefined
  const where = start ? start.line + ':' + start.column + (end ? '-' + end.line + ':' + end.column : '') : '1:1'
  const label = message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
  return [where, label === 'error' ? paint.red(label) : paint.yellow(label), paint.bold(message.reason), message.ruleId ?? '', message.source ?? '']
}

function visibleLength(value: string): number {
  // eslint-disable-next-line no-control-regex
  return value.replace(/\u001B\[\d+m/g, '').length
}

interface Paint {
  readonly bold: (value: string) => string
  readonly green: (value: string) => string
  readonly red: (value: string) => string
  readonly underline: (value: string) => string
  readonly yellow: (value: string) => string
}

function wrap(open: number, close: number): (value: string) => string {
  return (value) => '\u001B[' + open + 'm' + value + '\u001B[' + close + 'm'
}

const colors: Paint = {bold: wrap(1, 22), green: wrap(32, 39), red: wrap(31, 39), underline: wrap(4, 24), yellow: wrap(33, 39)}
const plain: Paint = {bold: (value) => value, green: (value) => value, red: (value) => value, underline: (value) => value, yellow: (value) => value}
