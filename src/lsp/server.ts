/**
 * The language server: documents in, diagnostics and code actions out.
 *
 * The engine runs in this process with warm linters (`./linters.ts`); the
 * CLI is never spawned. Plain text, Markdown and HTML are synced
 * incrementally, linted as `./scheduler.ts` decides, and configured as the
 * CLI is (`./config.ts`), reloading when a configuration file changes.
 * Requests honour cancellation: long work yields to the event loop so a
 * `$/cancelRequest` is seen, and a request whose document changed meanwhile
 * fails with `ContentModified` rather than return a stale edit.
 */

import {watch, type FSWatcher} from 'node:fs'
import {basename, dirname} from 'node:path'
import {pathToFileURL} from 'node:url'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {
  DidChangeWatchedFilesNotification,
  DiagnosticSeverity,
  ErrorCodes,
  LSPErrorCodes,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type ClientCapabilities,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type InitializeResult
} from 'vscode-languageserver'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {configNames} from '../config/load.js'
import {fixUntilStable} from '../fix.js'
import {source} from '../rule.js'
import {codeActions, commands, fixAllKind, replacementEdit, type FixAllData} from './actions.js'
import {createConfigService, type ClientSettings, type Resolved} from './config.js'
import {toDiagnostic} from './diagnostics.js'
import {folderOf, formatFor, pathOf} from './documents.js'
import {toFinding} from './finding.js'
import {createLinterCache} from './linters.js'
import {addProjectWord, disableRuleForFile} from './project-config.js'
import {createScheduler, type Linted} from './scheduler.js'
import {diffTexts, lineIndex} from './text.js'

/** Defaults for the client-adjustable delays, in milliseconds. */
const defaults = {debounce: 75, fullLintDelay: 400}
/** Milliseconds to gather configuration file events before reading again. */
const reloadDelay = 50

/** Serve mtlint on `connection` until the client shuts it down. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument)
  const config = createConfigService()
  const linters = createLinterCache()
  /** Rules turned off per document for this session (plain text has no control comments). */
  const disabled = new Map<string, Set<string>>()
  const justOpened = new Set<string>()
  const settingsCache = new Map<string, Promise<ClientSettings>>()
  /** Configuration problems shown, by configuration file URI. */
  const configProblems = new Map<string, string>()
  /** Client settings last read per document. */
  const knownSettings = new Map<string, ClientSettings>()
  const watchers: Array<FSWatcher> = []
  let folders: Array<string> = []
  let globalSettings: ClientSettings = {}
  let capabilities: ClientCapabilities = {}
  let reloadTimer: ReturnType<typeof setTimeout> | undefined

  const scheduler = createScheduler({
    documents,
    engine: {
      async full(uri, text) {
        const {file, messages} = await lintText(uri, text, 'full', undefined)
        return {findings: messages.map((message) => toFinding(message, text)), lang: file.data.lang}
      },
      async regional(uri, text, lang) {
        const {messages} = await lintText(uri, text, 'regional', lang)
        return messages.map((message) => toFinding(message, text))
      },
      format(uri) {
        return formatFor(documents.get(uri)?.languageId, pathOf(uri))
      }
    },
    publish,
    delays(uri) {
      const settings = knownSettings.get(uri) ?? globalSettings
      return {debounce: settings.debounce ?? defaults.debounce, fullLintDelay: settings.fullLintDelay ?? defaults.fullLintDelay}
    },
    onError(error, uri) {
      connection.console.error('mtlint: cannot lint ' + uri + ': ' + String((error as Error)?.stack ?? error))
    }
  })

  connection.onInitialize(function (params): InitializeResult {
    capabilities = params.capabilities
    globalSettings = settingsFrom(params.initializationOptions)
    folders = (params.workspaceFolders ?? []).flatMap((folder) => pathOf(folder.uri) ?? [])
    if (folders.length === 0 && params.rootUri) folders = [pathOf(params.rootUri)].flatMap((path) => path ?? [])
    return {
      capabilities: {
        textDocumentSync: {openClose: true, change: TextDocumentSyncKind.Incremental, save: {includeText: false}},
        codeActionProvider: {codeActionKinds: ['quickfix', fixAllKind], resolveProvider: true},
        executeCommandProvider: {commands: [commands.addWord, commands.disableRule]},
        workspace: {workspaceFolders: {supported: true, changeNotifications: true}}
      },
      serverInfo: {name: 'mtlint-language-server'}
    }
  })

  connection.onInitialized(function () {
    if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      const pattern = '**/{' + configNames.join(',') + '}'
      quietly(connection.client.register(DidChangeWatchedFilesNotification.type, {watchers: [{globPattern: pattern}]}))
    } else {
      watchFolders()
    }

    if (capabilities.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(function (event) {
        const removed = new Set(event.removed.flatMap((folder) => pathOf(folder.uri) ?? []))
        folders = [...folders.filter((folder) => !removed.has(folder)), ...event.added.flatMap((folder) => pathOf(folder.uri) ?? [])]
        configChanged()
      })
    }

    // Load the English data before the first document arrives.
    setImmediate(function () {
      if (documents.all().length > 0) return
      linters
        .get({}, 'full')
        .lint('Warm-up text for the language server.', {lang: 'en'})
        .catch(() => undefined)
    })
  })

  connection.onDidChangeConfiguration(function (change) {
    const settings = change.settings as {mtlint?: unknown} | undefined
    if (settings && typeof settings === 'object' && 'mtlint' in settings) globalSettings = settingsFrom(settings.mtlint)
    settingsCache.clear()
    knownSettings.clear()
    scheduler.relintAll()
  })

  connection.onDidChangeWatchedFiles(function (change) {
    if (change.changes.some((event) => (configNames as ReadonlyArray<string>).includes(basename(pathOf(event.uri) ?? '')))) configChanged()
  })

  documents.onDidOpen(function (event) {
    justOpened.add(event.document.uri)
    scheduler.opened(event.document.uri)
  })

  documents.onDidChangeContent(function (event) {
    if (justOpened.delete(event.document.uri)) return
    scheduler.changed(event.document.uri)
  })

  documents.onDidClose(function (event) {
    const uri = event.document.uri
    scheduler.closed(uri)
    disabled.delete(uri)
    settingsCache.delete(uri)
    knownSettings.delete(uri)
    quietly(connection.sendDiagnostics({uri, diagnostics: []}))
  })

  connection.onCodeAction(async function (params, token) {
    const document = documents.get(params.textDocument.uri)
    if (!document) return []
    const linted = await scheduler.current(document.uri)
    checkCancelled(token)
    if (!linted) throw new ResponseError(LSPErrorCodes.ContentModified, 'The document changed while it was linted')
    const actions = codeActions(actionContext(document.uri, linted), params.range, params.context.only)
    if (capabilities.textDocument?.codeAction?.resolveSupport?.properties.includes('edit')) return actions
    // Without resolve support the client needs every edit now.
    for (const action of actions) {
      if (action.kind === fixAllKind) action.edit = await fixAll(action.data as FixAllData, token)
    }

    return actions
  })

  connection.onCodeActionResolve(async function (action, token): Promise<CodeAction> {
    if (action.kind !== fixAllKind || action.edit) return action
    return {...action, edit: await fixAll(action.data as FixAllData, token)}
  })

  connection.onExecuteCommand(async function (params) {
    const [uri, value] = (params.arguments ?? []) as [unknown, unknown]
    if (typeof uri !== 'string' || typeof value !== 'string') {
      throw new ResponseError(ErrorCodes.InvalidParams, 'Unexpected arguments for `' + params.command + '`, expected a document URI and a string')
    }

    if (params.command === commands.addWord) {
      const path = pathOf(uri)
      const root = folderOf(path, folders) ?? (path ? dirname(path) : undefined)
      if (!root) throw new ResponseError(ErrorCodes.InvalidParams, 'Cannot add a word for a document outside a folder, expected a saved file or a workspace folder')
      addProjectWord(value, path, root)
      configChanged()
      return undefined
    }

    if (params.command === commands.disableRule) {
      const path = pathOf(uri)
      const root = folderOf(path, folders) ?? (path ? dirname(path) : undefined)
      if (path && root) {
        disableRuleForFile(value, path, root)
        configChanged()
        return undefined
      }

      const set = disabled.get(uri) ?? new Set<string>()
      set.add(value)
      disabled.set(uri, set)
      if (documents.get(uri)) scheduler.opened(uri)
      return undefined
    }

    throw new ResponseError(ErrorCodes.MethodNotFound, 'Unexpected command `' + params.command + '`, expected one of ' + Object.values(commands).join(', '))
  })

  connection.onShutdown(function () {
    for (const document of documents.all()) scheduler.closed(document.uri)
    clearTimeout(reloadTimer)
    for (const watcher of watchers) watcher.close()
  })

  documents.listen(connection)
  connection.listen()

  /** Lint `text` of the document at `uri` with its settings. */
  async function lintText(uri: string, text: string, variant: 'full' | 'regional', lang: string | undefined): Promise<{file: VFile; messages: Array<VFileMessage>}> {
    const path = pathOf(uri)
    const resolved = resolve(uri, await settingsFor(uri))
    let linter
    try {
      linter = linters.get(resolved.options, variant)
    } catch (error) {
      if (!(error instanceof TypeError)) throw error
      reportProblems([error.message])
      linter = linters.get({lang: resolved.options.lang, sourceLang: resolved.options.sourceLang}, variant)
    }

    const file = new VFile({path, value: text})
    await linter.lint(file, {
      lang: lang ?? resolved.options.lang,
      sourceLang: resolved.options.sourceLang,
      format: formatFor(documents.get(uri)?.languageId, path)
    })
    const off = disabled.get(uri)
    const messages = off ? file.messages.filter((message) => !off.has(message.ruleId ?? '')) : file.messages
    return {file, messages}
  }

  function resolve(uri: string, settings: ClientSettings): Resolved {
    const path = pathOf(uri)
    const resolved = config.resolve(path, folderOf(path, folders), settings)
    reportProblems(resolved.problems)
    return resolved
  }

  function publish(uri: string, result: Linted): void {
    const index = lineIndex(result.text)
    const relatedInformation = capabilities.textDocument?.publishDiagnostics?.relatedInformation === true
    quietly(connection.sendDiagnostics({
      uri,
      version: result.version,
      diagnostics: result.findings.map((finding) => toDiagnostic(finding, uri, index, {relatedInformation}))
    }))
  }

  function actionContext(uri: string, linted: Linted) {
    return {
      uri,
      version: linted.version,
      format: formatFor(documents.get(uri)?.languageId, pathOf(uri)),
      index: lineIndex(linted.text),
      findings: linted.findings,
      documentChanges: capabilities.workspace?.workspaceEdit?.documentChanges === true,
      relatedInformation: capabilities.textDocument?.publishDiagnostics?.relatedInformation === true
    }
  }

  /** The edit that applies every safe fix to the document until it is stable. */
  async function fixAll(data: FixAllData, token: CancellationToken) {
    const document = documents.get(data.uri)
    if (!document || document.version !== data.version) {
      throw new ResponseError(LSPErrorCodes.ContentModified, 'The document changed since the action was offered')
    }

    const text = document.getText()
    const linted = await scheduler.current(data.uri)
    const result = await fixUntilStable(text, async function (value) {
      await letMessagesIn()
      checkCancelled(token)
      return (await lintText(data.uri, value, 'full', linted?.lang)).messages
    })
    checkCancelled(token)
    if (documents.get(data.uri)?.version !== data.version) {
      throw new ResponseError(LSPErrorCodes.ContentModified, 'The document changed while fixes were computed')
    }

    return replacementEdit({uri: data.uri, version: data.version, documentChanges: capabilities.workspace?.workspaceEdit?.documentChanges === true}, lineIndex(text), diffTexts(text, result.value))
  }

  /** Client settings for a document: pulled per document when the client can, else the global ones. */
  function settingsFor(uri: string): Promise<ClientSettings> {
    if (!capabilities.workspace?.configuration) return Promise.resolve(globalSettings)
    let settings = settingsCache.get(uri)
    if (!settings) {
      settings = connection.workspace
        .getConfiguration({scopeUri: uri, section: 'mtlint'})
        .then(function (value: unknown) {
          const merged = {...globalSettings, ...settingsFrom(value)}
          knownSettings.set(uri, merged)
          return merged
        })
        .catch(() => globalSettings)
      settingsCache.set(uri, settings)
    }

    return settings
  }

  /**
   * Read configuration again and lint every open document. Events a few
   * milliseconds apart (an editor’s save is often a truncate and a write)
   * are taken together, so a half-written file is not read.
   */
  function configChanged(): void {
    clearTimeout(reloadTimer)
    reloadTimer = setTimeout(function () {
      for (const uri of configProblems.keys()) quietly(connection.sendDiagnostics({uri, diagnostics: []}))
      configProblems.clear()
      config.reload()
      settingsCache.clear()
      knownSettings.clear()
      scheduler.relintAll()
    }, reloadDelay)
  }

  /**
   * Show configuration problems as diagnostics of the configuration file
   * they are in, and once as a message; they are cleared when configuration
   * files change and read again.
   */
  function reportProblems(problems: ReadonlyArray<string>): void {
    const byFile = new Map<string, Array<string>>()
    for (const problem of problems) {
      const file = /^(.+?):\d+:\d+: /.exec(problem)?.[1] ?? /^(.+?): /.exec(problem)?.[1]
      if (file) byFile.set(file, [...(byFile.get(file) ?? []), problem])
    }

    for (const [file, list] of byFile) {
      const uri = pathToFileURL(file).href
      const key = list.join('\n')
      if (configProblems.get(uri) === key) continue
      configProblems.set(uri, key)
      quietly(connection.sendDiagnostics({uri, diagnostics: list.map((problem) => problemDiagnostic(problem, file))}))
      quietly(connection.sendNotification(ShowMessageNotification.type, {type: MessageType.Warning, message: 'mtlint: ' + list.join('\n') + '\nLinting without this configuration until it is fixed.'}))
    }
  }

  /** Without client file watching: watch each workspace folder for configuration files. */
  function watchFolders(): void {
    for (const folder of folders) {
      try {
        const watcher = watch(folder, function (_event, name) {
          if (name && (configNames as ReadonlyArray<string>).includes(String(name))) configChanged()
        })
        watcher.unref()
        watchers.push(watcher)
      } catch {
        // A folder that cannot be watched is reloaded only by `mtlint.addWord`.
      }
    }
  }
}

function settingsFrom(value: unknown): ClientSettings {
  if (!value || typeof value !== 'object') return {}
  const record = value as Record<string, unknown>
  const settings: {-readonly [Key in keyof ClientSettings]: ClientSettings[Key]} = {}
  if (typeof record['lang'] === 'string') settings.lang = record['lang']
  if (typeof record['sourceLang'] === 'string') settings.sourceLang = record['sourceLang']
  if (typeof record['debounce'] === 'number' && record['debounce'] >= 0) settings.debounce = record['debounce']
  if (typeof record['fullLintDelay'] === 'number' && record['fullLintDelay'] >= 0) settings.fullLintDelay = record['fullLintDelay']
  return settings
}

/** A problem `path:line:col: text` as a diagnostic of its file. */
function problemDiagnostic(problem: string, file: string): Diagnostic {
  const match = /^:(\d+):(\d+): (.*)$/s.exec(problem.slice(file.length))
  const line = Math.max(0, Number(match?.[1] ?? 1) - 1)
  const character = Math.max(0, Number(match?.[2] ?? 1) - 1)
  return {
    range: {start: {line, character}, end: {line, character: character + 1}},
    severity: DiagnosticSeverity.Error,
    source,
    message: match?.[3] ?? problem.slice(file.length + 2)
  }
}

/** Send and forget: a client that went away or declined is not an error worth stopping for. */
function quietly(promise: Promise<unknown>): undefined {
  promise.catch(() => undefined)
  return undefined
}

/**
 * Let a `$/cancelRequest` in between fix passes. A message read from the
 * pipe is queued by vscode-jsonrpc with `setImmediate` and handled in the
 * check phase after the poll that read it; one `setImmediate` here runs
 * before that handler, so a pass could start, and the fix finish, with the
 * cancellation already read. The second one runs after it.
 */
async function letMessagesIn(): Promise<undefined> {
  await new Promise((resolve) => setImmediate(resolve))
  await new Promise((resolve) => setImmediate(resolve))
  return undefined
}

function checkCancelled(token: CancellationToken): void {
  if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled')
}
