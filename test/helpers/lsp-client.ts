import {spawn, type ChildProcessWithoutNullStreams} from 'node:child_process'
import {existsSync} from 'node:fs'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent
} from 'vscode-languageserver-protocol/node'

/** The built server, as clients start it (`npm run build` first; `npm test` does). */
export const serverBin = fileURLToPath(new URL('../../bin/mtlint-language-server.js', import.meta.url))

/** What an editor tells the server it can do: VS Code’s answers for what mtlint uses. */
export const vscodeLikeCapabilities: ClientCapabilities = {
  textDocument: {
    synchronization: {didSave: true},
    publishDiagnostics: {relatedInformation: true, versionSupport: true},
    codeAction: {
      codeActionLiteralSupport: {codeActionKind: {valueSet: ['quickfix', 'source', 'source.fixAll']}},
      isPreferredSupport: true,
      dataSupport: true,
      resolveSupport: {properties: ['edit']}
    }
  },
  workspace: {workspaceEdit: {documentChanges: true}, applyEdit: true, workspaceFolders: true}
}

/** A started server and a client connection to it over stdio. */
export interface LspClient {
  readonly connection: ProtocolConnection
  readonly initialize: InitializeResult
  /** Every `publishDiagnostics` received, in order. */
  readonly published: Array<PublishDiagnosticsParams>
  /** What the server wrote to stderr. */
  readonly stderr: () => string
  /** Open a document at version 1. */
  open(uri: string, text: string, languageId?: string): void
  /** Send a change that makes `version`. */
  change(uri: string, version: number, changes: Array<TextDocumentContentChangeEvent>): void
  /**
   * The first diagnostics for `uri` (from the `from`-th publish on) that
   * satisfy `accept`; rejects after `timeout` ms with what was received.
   */
  diagnostics(uri: string, accept?: (params: PublishDiagnosticsParams) => boolean, options?: {from?: number; timeout?: number}): Promise<PublishDiagnosticsParams>
  close(): Promise<void>
}

/** Spawn the server and initialize it. */
export async function startLspClient(options: {
  readonly rootPath?: string | undefined
  readonly initializationOptions?: unknown
  readonly capabilities?: ClientCapabilities
  readonly args?: ReadonlyArray<string>
} = {}): Promise<LspClient> {
  if (!options.args && !existsSync(new URL('../../dist/src/lsp/index.js', import.meta.url))) {
    throw new Error('Cannot find the built server, expected `npm run build` first (`npm test` builds)')
  }

  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [...(options.args ?? [serverBin, '--stdio'])], {stdio: ['pipe', 'pipe', 'pipe']})
  let stderr = ''
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
  const published: Array<PublishDiagnosticsParams> = []
  const waiters = new Set<() => void>()
  connection.onNotification(PublishDiagnosticsNotification.type, function (params) {
    published.push(params)
    for (const waiter of waiters) waiter()
  })
  connection.onRequest('workspace/configuration', () => [])
  connection.onRequest('client/registerCapability', () => null)
  connection.onNotification('window/showMessage', () => undefined)
  connection.onNotification('window/logMessage', () => undefined)
  connection.listen()

  const rootUri = options.rootPath ? pathToFileURL(options.rootPath).href : null
  const initialize = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri,
    workspaceFolders: rootUri ? [{uri: rootUri, name: 'workspace'}] : null,
    capabilities: options.capabilities ?? vscodeLikeCapabilities,
    initializationOptions: options.initializationOptions
  })
  await connection.sendNotification(InitializedNotification.type, {})

  return {
    connection,
    initialize,
    published,
    stderr: () => stderr,
    open(uri, text, languageId = 'plaintext') {
      void connection.sendNotification(DidOpenTextDocumentNotification.type, {textDocument: {uri, languageId, version: 1, text}})
    },
    change(uri, version, changes) {
      void connection.sendNotification(DidChangeTextDocumentNotification.type, {textDocument: {uri, version}, contentChanges: changes})
    },
    diagnostics(uri, accept = () => true, {from = 0, timeout = 60_000} = {}) {
      return new Promise(function (resolve, reject) {
        function check(): boolean {
          const found = published.slice(from).find((params) => params.uri === uri && accept(params))
          if (!found) return false
          waiters.delete(waiter)
          clearTimeout(timer)
          resolve(found)
          return true
        }

        const waiter = () => void check()
        const timer = setTimeout(function () {
          waiters.delete(waiter)
          reject(new Error('No matching diagnostics for ' + uri + ' within ' + timeout + ' ms; received ' + JSON.stringify(published.filter((params) => params.uri === uri).map((params) => ({version: params.version, codes: params.diagnostics.map((diagnostic) => diagnostic.code)}))) + '\nstderr: ' + stderr))
        }, timeout)
        waiters.add(waiter)
        check()
      })
    },
    async close() {
      try {
        await connection.sendRequest(ShutdownRequest.type)
        await connection.sendNotification(ExitNotification.type)
      } catch {
        // Already gone.
      }

      connection.dispose()
      if (child.exitCode === null) {
        await new Promise<void>(function (resolve) {
          const timer = setTimeout(() => {
            child.kill()
            resolve()
          }, 5000)
          child.once('exit', () => {
            clearTimeout(timer)
            resolve()
          })
        })
      }
    }
  }
}
