import type {VFile} from 'vfile'

/**
 * `--format github`: one workflow command per message
 * (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::…`), which
 * GitHub Actions shows as annotations on the pull request. Errors are
 * `error`, warnings `warning`, info `notice`.
 */
export function githubReporter(): {head(): string; file(file: VFile): string; tail(): string} {
  return {
    head() {
      return ''
    },
    file(file) {
      let text = ''
      for (const message of file.messages) {
        const command = message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'notice'
        const place = message.place
        const start = place && 'start' in place ? place.start : place
        const end = place && 'end' in place ? place.end : undefined
        const properties: Array<[string, string | number]> = [['file', file.path]]
        if (start) properties.push(['line', start.line], ['col', start.column])
        if (end) properties.push(['endLine', end.line], ['endColumn', end.column])
        properties.push(['title', 'mtlint' + (message.ruleId ? ' (' + message.ruleId + ')' : '')])
        const list = properties.map(([key, value]) => key + '=' + escapeProperty(String(value))).join(',')
        text += '::' + command + ' ' + list + '::' + escapeData(message.reason) + '\n'
      }

      return text
    },
    tail() {
      return ''
    }
  }
}

/** `--format github` for a whole batch. */
export function reportGithub(files: ReadonlyArray<VFile>): string {
  const reporter = githubReporter()
  return files.map((file) => reporter.file(file)).join('')
}

/** Escape the message of a workflow command, as `@actions/core` does. */
function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** Escape a property of a workflow command, as `@actions/core` does. */
function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
