#!/usr/bin/env node
/**
 * Build the VS Code extension and package it as a `.vsix`, then check the
 * package: unpack it and lint a sentence with the server inside it.
 *
 *   npm ci && npm ci --prefix editors/vscode   (once, from a clean clone)
 *   npm run build:vsix                          (from the repository root)
 *   node editors/vscode/build.mjs --no-vsix     (bundles only)
 *
 * Steps:
 * 1. type-check `src/extension.ts` (TypeScript from the root);
 * 2. bundle the client with esbuild (`dist/extension.js`, CommonJS,
 *    `vscode` external) and the server from `../../src/lsp/index.ts`
 *    (`server/server.mjs`, ESM, every dependency inlined, started through
 *    `server/main.mjs`);
 * 3. lay out the server’s data next to it as mtlint finds it: the library
 *    locates its data from the module’s folder upwards, so `server/`
 *    becomes a small package root with `dictionaries/`, `dist/data/` (the
 *    build’s precompiled JSON and spelling graphs) and the `dictionary-*`
 *    packages the spelling rule reads (see README, “Bundling”);
 * 4. package with `@vscode/vsce` (no `node_modules`: everything is bundled);
 * 5. unpack the `.vsix` into a temporary folder, start its server over
 *    stdio and check that it reports a doubled word, a house spelling and a
 *    misspelling (so the data and the dictionaries made it in).
 */

import {spawn, spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {bundleLibrary} from './bundle-library.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, '..', '..')
const require = createRequire(import.meta.url)
const packaging = !process.argv.includes('--no-vsix')
const manifest = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8'))
const vsixPath = join(here, manifest.name + '-' + manifest.version + '.vsix')

for (const name of ['vscode-languageclient/node', '@vscode/vsce']) {
  try {
    require.resolve(name)
  } catch {
    fail('Cannot find `' + name + '`, expected the extension’s dependencies: `npm ci --prefix editors/vscode`')
  }
}

if (!existsSync(join(root, 'dist', 'data', 'names.json'))) {
  step('building mtlint (`npm run build`) for its precompiled data')
  run('npm', ['run', 'build'], root)
}

step('type-checking the extension')
run(process.execPath, [require.resolve('typescript/bin/tsc', {paths: [root]}), '-p', join(here, 'tsconfig.json')], here)

const esbuild = await import(pathToFileURL(require.resolve('esbuild', {paths: [root]})).href)
rmSync(join(here, 'dist'), {recursive: true, force: true})
rmSync(join(here, 'server'), {recursive: true, force: true})

step('bundling the client')
await esbuild.build({
  entryPoints: [join(here, 'src', 'extension.ts')],
  outfile: join(here, 'dist', 'extension.js'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  minify: true,
  sourcemap: true,
  logLevel: 'warning'
})

step('bundling the server')
const serverDirectory = join(here, 'server')
await bundleLibrary(esbuild, join(root, 'src', 'lsp', 'index.ts'), join(serverDirectory, 'server.mjs'))
// A stable entry file for the client to start, whatever the bundle is called.
writeFileSync(join(serverDirectory, 'main.mjs'), "// Entry point of the bundled server: see build.mjs.\nimport './server.mjs'\n")

if (packaging) {
  step('packaging ' + vsixPath)
  const {createVSIX} = require('@vscode/vsce')
  await createVSIX({cwd: here, packagePath: vsixPath, dependencies: false})
  step('checking the package')
  await checkVsix(vsixPath)
  step('done: ' + vsixPath + ' (' + (statSync(vsixPath).size / 1e6).toFixed(1) + ' MB)')
}

/** Unpack the `.vsix` and lint a sentence with the server inside it. */
async function checkVsix(path) {
  const folder = mkdtempSync(join(tmpdir(), 'mtlint-vsix-'))
  try {
    const entries = await unzip(path, folder)
    for (const required of ['extension/package.json', 'extension/dist/extension.js', 'extension/server/main.mjs', 'extension/server/server.mjs', 'extension/server/dictionaries/locales/en.yml', 'extension/server/dist/data/names.json', 'extension/server/node_modules/dictionary-en/index.dic']) {
      if (!entries.includes(required)) fail('Unexpected package without `' + required + '`')
    }

    for (const entry of entries) {
      if (/^extension\/(?:src|node_modules)\//.test(entry)) fail('Unexpected `' + entry + '` in the package, expected bundles only')
    }

    const codes = await lintWith(join(folder, 'extension', 'server', 'main.mjs'), 'He said the the talks in Kiev would go on, the goverment said.\n')
    for (const code of ['repeated-words', 'name-spelling', 'spelling']) {
      if (!codes.includes(code)) fail('Unexpected diagnostics from the packaged server: ' + JSON.stringify(codes) + ', expected `' + code + '`')
    }

    step('the packaged server reports ' + codes.join(', '))
  } finally {
    rmSync(folder, {recursive: true, force: true})
  }
}

/** Extract a zip with yauzl (a dependency of vsce); returns the entry names. */
async function unzip(path, folder) {
  const yauzl = require(require.resolve('yauzl', {paths: [dirname(require.resolve('@vscode/vsce/package.json'))]}))
  const {pipeline} = await import('node:stream/promises')
  const {createWriteStream} = await import('node:fs')
  const zip = await new Promise((resolve, reject) => yauzl.open(path, {lazyEntries: true}, (error, value) => (error ? reject(error) : resolve(value))))
  const names = []
  await new Promise(function (resolve, reject) {
    zip.on('error', reject)
    zip.on('end', resolve)
    zip.on('entry', function (entry) {
      names.push(entry.fileName)
      if (entry.fileName.endsWith('/')) return zip.readEntry()
      const target = join(folder, entry.fileName)
      mkdirSync(dirname(target), {recursive: true})
      zip.openReadStream(entry, function (error, stream) {
        if (error) return reject(error)
        pipeline(stream, createWriteStream(target)).then(() => zip.readEntry(), reject)
      })
    })
    zip.readEntry()
  })
  return names
}

/** Start `server` over stdio, open `text` as an English plain-text document, return the diagnostic codes. */
function lintWith(server, text) {
  return new Promise(function (resolve, reject) {
    const child = spawn(process.execPath, [server, '--stdio'], {stdio: ['pipe', 'pipe', 'pipe']})
    let buffer = Buffer.alloc(0)
    let stderr = ''
    const timer = setTimeout(() => finish(new Error('No diagnostics from the packaged server within 60 s: ' + stderr)), 60_000)
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('error', (error) => finish(error))
    child.stdout.on('data', function (chunk) {
      buffer = Buffer.concat([buffer, chunk])
      for (;;) {
        const header = buffer.indexOf('\r\n\r\n')
        if (header < 0) return
        const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, header).toString())?.[1])
        if (buffer.length < header + 4 + length) return
        const message = JSON.parse(buffer.subarray(header + 4, header + 4 + length).toString())
        buffer = buffer.subarray(header + 4 + length)
        if (message.method === 'textDocument/publishDiagnostics') finish(undefined, message.params.diagnostics.map((diagnostic) => diagnostic.code))
        else if (message.id !== undefined && message.method) send({jsonrpc: '2.0', id: message.id, result: null})
      }
    })
    send({jsonrpc: '2.0', id: 1, method: 'initialize', params: {processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: {lang: 'en'}}})
    send({jsonrpc: '2.0', method: 'initialized', params: {}})
    send({jsonrpc: '2.0', method: 'textDocument/didOpen', params: {textDocument: {uri: 'untitled:check', languageId: 'plaintext', version: 1, text}}})

    function send(message) {
      const body = JSON.stringify(message)
      child.stdin.write('Content-Length: ' + Buffer.byteLength(body) + '\r\n\r\n' + body)
    }

    function finish(error, codes) {
      clearTimeout(timer)
      child.kill()
      if (error) reject(error)
      else resolve(codes)
    }
  })
}

function run(command, args, cwd) {
  const result = spawnSync(command, args, {cwd, stdio: 'inherit'})
  if (result.status !== 0) fail('`' + [command, ...args].join(' ') + '` failed')
}

function step(message) {
  process.stdout.write('build:vsix: ' + message + '\n')
}

function fail(message) {
  process.stderr.write('build:vsix: ' + message + '\n')
  process.exit(1)
}

