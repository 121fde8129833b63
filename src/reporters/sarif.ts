import {isAbsolute, relative, sep} from 'node:path'
import {pathToFileURL} from 'node:url'
import type {Log, Notification, Region, ReportingDescriptor, Result} from 'sarif'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

declare module 'vfile-message' {
  interface VFileMessage {
    /** Stable identity of the finding (rule, text, nearby context), set by the CLI for baselines and SARIF. */
    fingerprint?: string | undefined
  }
}

/** What SARIF says about a rule (`tool.driver.rules`). */
export interface SarifRule {
  readonly id: string
  readonly description: string
  readonly url: string
  /** Default severity. */
  readonly severity: 'error' | 'info' | 'warn'
  readonly category: string
  readonly fixable: boolean
}

/** What the SARIF log needs besides the files. */
export interface SarifOptions {
  /** Folder paths are relative to (`%SRCROOT%`). */
  readonly cwd: string
  readonly version: string
  readonly rules: ReadonlyArray<SarifRule>
}

const uriBaseId = '%SRCROOT%'
/** Messages that are about a file rather than its text become notifications, not results. */
const notificationIds = new Set(['read-error'])

/**
 * `--format sarif`: one SARIF 2.1.0 log with one run, written one file at
 * a time. Results carry the rule, a region in UTF-16 code units (SARIF’s
 * default `columnKind`), the fingerprint and, for every replacement, a fix.
 * Files that could not be read are tool notifications.
 */
export function sarifReporter(options: SarifOptions): {head(): string; file(file: VFile): string; tail(): string} {
  const ruleIndex = new Map(options.rules.map((rule, index) => [rule.id, index]))
  const notifications: Array<Notification> = []
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'mtlint',
            version: options.version,
            semanticVersion: options.version,
            informationUri: 'https://github.com/mtlint/mtlint',
            rules: options.rules.map(describeRule)
          }
        },
        originalUriBaseIds: {[uriBaseId]: {uri: pathToFileURL(options.cwd + sep).href}},
        columnKind: 'utf16CodeUnits',
        results: [],
        invocations: []
      }
    ]
  }
  const skeleton = JSON.stringify(log, undefined, 2)
  const resultsAt = skeleton.indexOf('"results": []')
  const invocationsAt = skeleton.indexOf('"invocations": []')
  const indent = ' '.repeat(resultsAt - skeleton.lastIndexOf('\n', resultsAt) - 1 + 2)
  let count = 0

  return {
    head() {
      return skeleton.slice(0, resultsAt) + '"results": ['
    },
    file(file) {
      let text = ''
      for (const message of file.messages) {
        if (message.ruleId && notificationIds.has(message.ruleId)) {
          notifications.push({
            level: 'error',
            message: {text: message.reason},
            descriptor: {id: message.ruleId},
            locations: [{physicalLocation: {artifactLocation: artifact(file.path, options.cwd)}}]
          })
          continue
        }

        const result = toResult(file.path, message, options.cwd, ruleIndex)
        text += (count++ === 0 ? '\n' : ',\n') + indent + JSON.stringify(result, undefined, 2).replace(/\n/g, '\n' + indent)
      }

      return text
    },
    tail() {
      const close = count === 0 ? ']' : '\n' + indent.slice(2) + ']'
      const invocation = {executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications}
      const invocations = JSON.stringify([invocation], undefined, 2).replace(/\n/g, '\n' + indent.slice(2))
      return close + skeleton.slice(resultsAt + '"results": []'.length, invocationsAt) + '"invocations": ' + invocations + skeleton.slice(invocationsAt + '"invocations": []'.length) + '\n'
    }
  }
}

/** `--format sarif` for a whole batch. */
export function reportSarif(files: ReadonlyArray<VFile>, options: SarifOptions): string {
  const reporter = sarifReporter(options)
  return reporter.head() + files.map((file) => reporter.file(file)).join('') + reporter.tail()
}

function describeRule(rule: SarifRule): ReportingDescriptor {
  return {
    id: rule.id,
    shortDescription: {text: rule.description},
    helpUri: rule.url,
    help: {text: rule.description + ': ' + rule.url},
    defaultConfiguration: {level: level(rule.severity === 'error' ? true : rule.severity === 'warn' ? false : undefined)},
    properties: {category: rule.category, fixable: rule.fixable, tags: [rule.category]}
  }
}

function toResult(path: string, message: VFileMessage, cwd: string, ruleIndex: ReadonlyMap<string, number>): Result {
  const location = artifact(path, cwd)
  const region = regionOf(message)
  const index = message.ruleId ? ruleIndex.get(message.ruleId) : undefined
  const result: Result = {
    ruleId: message.ruleId ?? 'mtlint',
    ...(index === undefined ? {} : {ruleIndex: index}),
    level: level(message.fatal),
    message: {text: message.reason},
    locations: [{physicalLocation: {artifactLocation: location, ...(region ? {region} : {})}}]
  }

  if (message.fingerprint) result.partialFingerprints = {'mtlint/v1': message.fingerprint}
  if (region && message.expected && message.expected.length > 0) {
    result.fixes = message.expected.map((text) => ({
      description: {text: text === '' ? 'Delete `' + (message.actual ?? '') + '`' : 'Replace `' + (message.actual ?? '') + '` with `' + text + '`'},
      artifactChanges: [{artifactLocation: location, replacements: [{deletedRegion: region, insertedContent: {text}}]}]
    }))
  }

  const properties: Record<string, unknown> = {}
  if (message.category) properties['category'] = message.category
  if (message.autofix !== undefined) properties['autofix'] = message.autofix
  if (Object.keys(properties).length > 0) result.properties = properties
  return result
}

function regionOf(message: VFileMessage): Region | undefined {
  const place = message.place
  if (!place || !('start' in place)) return undefined
  const {start, end} = place
  const region: Region = {startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column}
  if (start.offset !== undefined && end.offset !== undefined) {
    region.charOffset = start.offset
    region.charLength = end.offset - start.offset
  }

  return region
}

function level(fatal: boolean | null | undefined): 'error' | 'note' | 'warning' {
  return fatal === true ? 'error' : fatal === false ? 'warning' : 'note'
}

/** A path relative to `%SRCROOT%` when inside it, else a `file:` URL. */
function artifact(path: string, cwd: string): {uri: string; uriBaseId?: string} {
  const absolute = isAbsolute(path) ? path : cwd + sep + path
  const inside = relative(cwd, absolute)
  if (!path.startsWith('<') && inside && !inside.startsWith('..') && !isAbsolute(inside)) {
    return {uri: inside.split(sep).map(encodeURIComponent).join('/'), uriBaseId}
  }

  return path.startsWith('<') ? {uri: encodeURIComponent(path)} : {uri: pathToFileURL(absolute).href}
}
