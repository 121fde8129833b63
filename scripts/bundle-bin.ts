// Bundle the CLI, its worker and the language server into `dist/bundle/`
// with esbuild, from tsc's output in `dist/src/`: one module each instead of
// ~190 (Node 20 resolves, reads and compiles every ES module one by one,
// which cost a quarter of a second of each cold start). `bin/*.js` import
// these; the library (`import {lint} from 'mtlint'`) stays unbundled, so a
// bundler downstream sees its modules. Data stays outside the bundle: it is
// found from `dist/bundle/` upwards like from `dist/src/`.
import {rmSync} from 'node:fs'
import {join} from 'node:path'
import {packageRoot} from '../src/dictionary/paths.js'

const root = packageRoot()

let esbuild: typeof import('esbuild')
try {
  esbuild = await import('esbuild')
} catch {
  // Without the dev dependency the bins fall back to `dist/src/` (slower to start, same behaviour).
  process.stderr.write('bundle: esbuild not installed; `bin/` will load `dist/src/` module by module\n')
  process.exit(0)
}

// Chunk names carry hashes: drop the last build's.
rmSync(join(root, 'dist/bundle'), {recursive: true, force: true})
await esbuild.build({
  entryPoints: {
    cli: join(root, 'dist/src/cli/index.js'),
    worker: join(root, 'dist/src/cli/worker.js'),
    'language-server': join(root, 'dist/src/lsp/index.js')
  },
  outdir: join(root, 'dist/bundle'),
  bundle: true,
  // Shared code in chunks, and the Markdown/HTML parsers (a dynamic import) only when a file needs them.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  // CommonJS dependencies inside an ES module call `require` for Node built-ins.
  banner: {js: "import {createRequire as __mtlintCreateRequire} from 'node:module'; const require = __mtlintCreateRequire(import.meta.url);"},
  logLevel: 'warning'
})
