import {closeSync, mkdirSync, openSync, writeSync} from 'node:fs'
import {dirname, resolve} from 'node:path'
import type {VFile} from 'vfile'
import {rules} from '../../rules/index.js'
import {docsBase} from '../rule.js'
import {githubReporter} from '../reporters/github.js'
import {jsonReporter} from '../reporters/json.js'
import {junitReporter} from '../reporters/junit.js'
import {sarifReporter} from '../reporters/sarif.js'
import {stylishReporter} from '../reporters/stylish.js'
import type {FormatName} from './flags.js'
import {packageVersion} from './version.js'

/** A reporter that writes one file at a time: `head`, then `file` per file, then `tail`. */
export interface Reporter {
  head(): string
  file(file: VFile): string
  tail(): string
}

/** The reporter for `format`. */
export function createReporter(format: FormatName, options: {readonly cwd: string; readonly quiet: boolean}): Reporter {
  switch (format) {
    case 'json': {
      return jsonReporter()
    }

    case 'sarif': {
      return sarifReporter({
        cwd: options.cwd,
        version: packageVersion(),
        rules: [
          ...rules.map((rule) => ({id: rule.id, description: rule.meta.description, url: docsBase + rule.id, severity: rule.meta.severity, category: rule.meta.category, fixable: rule.meta.fixable})),
          {id: 'control-comment', description: 'Check that control comments name known rules', url: docsBase + 'control-comments', severity: 'warn', category: 'Configuration', fixable: false}
        ]
      })
    }

    case 'github': {
      return githubReporter()
    }

    case 'junit': {
      return junitReporter()
    }

    default: {
      return stylishReporter({quiet: options.quiet})
    }
  }
}

/** Where a report goes. */
export interface Sink {
  write(text: string): undefined
  close(): undefined
}

/** A sink for `--output-file` (folders made as needed), or `stdout`. */
export function createSink(options: {readonly cwd: string; readonly outputFile: string | undefined; readonly stdout: (text: string) => void}): Sink {
  if (options.outputFile === undefined) {
    return {
      write(text) {
        if (text) options.stdout(text)
        return undefined
      },
      close: () => undefined
    }
  }

  const path = resolve(options.cwd, options.outputFile)
  mkdirSync(dirname(path), {recursive: true})
  const descriptor = openSync(path, 'w')
  return {
    write(text) {
      if (text) writeSync(descriptor, text)
      return undefined
    },
    close() {
      closeSync(descriptor)
      return undefined
    }
  }
}
