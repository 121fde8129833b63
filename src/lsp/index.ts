/**
 * `mtlint-language-server`: the language server over stdio (the default),
 * or `--node-ipc`, `--socket=N` or `--pipe=NAME` as vscode-languageserver
 * reads them.
 */

import {createConnection, ProposedFeatures} from 'vscode-languageserver/node'
import {startServer} from './server.js'

const argv = process.argv.slice(2)
if (argv.includes('--help') || argv.includes('-h')) {
  process.stdout.write('Usage: mtlint-language-server [--stdio | --node-ipc | --socket=PORT | --pipe=NAME]\n\nThe mtlint language server; stdio when no transport is named.\n')
} else {
  // vscode-languageserver wants a transport flag; clients that start the bin bare mean stdio.
  if (!argv.some((arg) => /^--(?:stdio|node-ipc|socket|pipe)\b/.test(arg))) process.argv.push('--stdio')
  // A stray rejection (a client that declined a request) must not stop the server;
  // with stdio, vscode-languageserver sends `console.error` to the client’s log.
  process.on('unhandledRejection', (reason) => console.error('mtlint: unhandled rejection:', reason))
  startServer(createConnection(ProposedFeatures.all))
}
