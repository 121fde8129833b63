import type {VFile} from 'vfile'

/**
 * `--format junit`: JUnit XML, which CI systems (GitLab, Jenkins, Azure)
 * show as test results. Each file is a `<testsuite>`; each error or
 * warning a failed `<testcase>`; a clean file one passing case; a file that
 * could not be read an `<error>`. Info messages are not failures and are
 * left out.
 */
export function junitReporter(): {head(): string; file(file: VFile): string; tail(): string} {
  return {
    head() {
      return '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="mtlint">\n'
    },
    file(file) {
      const messages = file.messages.filter((message) => message.fatal !== undefined)
      const errors = messages.filter((message) => message.ruleId === 'read-error').length
      const failures = messages.length - errors
      const path = escape(file.path)
      let text = '  <testsuite name="' + path + '" tests="' + Math.max(messages.length, 1) + '" failures="' + failures + '" errors="' + errors + '">\n'
      if (messages.length === 0) text += '    <testcase name="' + path + '" classname="' + path + '"/>\n'
      for (const message of messages) {
        const place = message.place
        const start = place && 'start' in place ? place.start : place
        const where = start ? start.line + ':' + start.column : '1:1'
        const severity = message.fatal ? 'error' : 'warning'
        const element = message.ruleId === 'read-error' ? 'error' : 'failure'
        const body = path + ':' + where + ' ' + severity + ' ' + message.reason + (message.ruleId ? ' (' + message.ruleId + ')' : '')
        text +=
          '    <testcase name="' + escape(where + ' ' + (message.ruleId ?? 'mtlint')) + '" classname="' + path + '">\n' +
          '      <' + element + ' message="' + escape(message.reason) + '" type="' + severity + '">' + escape(body) + '</' + element + '>\n' +
          '    </testcase>\n'
      }

      return text + '  </testsuite>\n'
    },
    tail() {
      return '</testsuites>\n'
    }
  }
}

/** `--format junit` for a whole batch. */
export function reportJunit(files: ReadonlyArray<VFile>): string {
  const reporter = junitReporter()
  return reporter.head() + files.map((file) => reporter.file(file)).join('') + reporter.tail()
}

/** Escape text for XML content and attributes, dropping characters XML 1.0 cannot hold. */
function escape(value: string): string {
  return value
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}
