/**
 * The VS Code side of mtlint: start the bundled language server
 * (`server/main.mjs`, built by `build.mjs`) for plain text, Markdown and
 * HTML, and pass `mtlint.*` settings through `workspace/configuration`.
 * Everything else (diagnostics, quick fixes, fix all, the project
 * dictionary, configuration files) is the server’s.
 */

import {join} from 'node:path'
import type {ExtensionContext} from 'vscode'
import {LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions} from 'vscode-languageclient/node'

let client: LanguageClient | undefined

/** Start the server when a document of ours is opened. */
export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(join('server', 'main.mjs'))
  const serverOptions: ServerOptions = {
    run: {module, transport: TransportKind.stdio},
    debug: {module, transport: TransportKind.stdio, options: {execArgv: ['--nolazy', '--inspect=6011']}}
  }
  const clientOptions: LanguageClientOptions = {
    documentSelector: ['plaintext', 'markdown', 'html'].flatMap((language) => [
      {scheme: 'file', language},
      {scheme: 'untitled', language}
    ])
  }

  client = new LanguageClient('mtlint', 'mtlint', serverOptions, clientOptions)
  await client.start()
}

/** Stop the server with the extension. */
export async function deactivate(): Promise<void> {
  await client?.stop()
  client = undefined
}
