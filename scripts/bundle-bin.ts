// Bundle the CLI, its worker and the language server into `dist/bundle/`
// with esbuild, from tsc's output in `dist/src/`, and record a V8 code cache
// for the CLI. `bin/*.js` run these; the library (`import {lint} from
// 'mtlint'`) stays unbundled, so a bundler downstream sees its modules.
//
// Why: Node 20 resolves, reads and compiles every ES module one at a time
// (~190 of them: a quarter of a second of each cold start), and then
// compiles each function the first time it runs. The CLI is therefore one
// CommonJS file that `bin/load.js` compiles with the code cache recorded
// here from a run over the seed article (what Node 22's
// `module.enableCompileCache()` does; Node 20 has only `vm.Script`'s
// `cachedData`). The worker and the server are ES module bundles.
//
// Data stays outside the bundle: it is found from `dist/bundle/` upwards
// like from `dist/src/`.
import {spawnSync} from 'node:child_process'
import {randomUUID} from 'node:crypto'
import {existsSync, rmSync} from 'node:fs'
import {join} from 'node:path'
import {packageRoot} from '../src/dictionary/paths.js'

const root = packageRoot()
const out = join(root, 'dist/bundle')

let esbuild: typeof import('esbuild')
try {
  esbuild = await import('esbuild')
} catch {
  // Without the dev dependency the bins fall back to `dist/src/` (slower to start, same behaviour).
  process.stderr.write('bundle: esbuild not installed; `bin/` will load `dist/src/` module by module\n')
  process.exit(0)
}

rmSync(out, {recursive: true, force: true})
const common = {bundle: true, platform: 'node', target: 'node20', sourcemap: 'linked', logLevel: 'warning'} as const

await esbuild.build({
  ...common,
  entryPoints: {cli: join(root, 'dist/src/cli/index.js')},
  outdir: out,
  outExtension: {'.js': '.cjs'},
  format: 'cjs',
  // `import.meta.url` is where modules find the package's data and the worker: the bundle's own URL.
  define: {'import.meta.url': '__mtlintModuleUrl'},
  // The build id ties the code cache to this bundle (bin/load.js).
  banner: {js: '// mtlint-bundle ' + randomUUID() + "\nvar __mtlintModuleUrl = require('node:url').pathToFileURL(__filename).href;"}
})

await esbuild.build({
  ...common,
  entryPoints: {worker: join(root, 'dist/src/cli/worker.js'), 'language-server': join(root, 'dist/src/lsp/index.js')},
  outdir: out,
  format: 'esm',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  // CommonJS dependencies inside an ES module call `require` for Node built-ins.
  banner: {js: "import {createRequire as __mtlintCreateRequire} from 'node:module'; const require = __mtlintCreateRequire(import.meta.url);"}
})

// Record the code cache: every function the seed article's lint compiles.
const training = spawnSync(process.execPath, [join(root, 'bin/mtlint.js'), '--format', 'json', join(root, 'fixtures/seed/seed-article.txt')], {
  env: {...process.env, MTLINT_RECORD_CODE_CACHE: '1'},
  stdio: ['ignore', 'ignore', 'pipe'],
  encoding: 'utf8'
})
if (training.status !== 1 || !existsSync(join(out, 'cli.cjs.cache'))) {
  // Exit code 1: the seed has findings. Anything else is a broken bundle.
  process.stderr.write('bundle: the bundled CLI failed on the seed article (exit ' + String(training.status) + ')\n' + training.stderr)
  process.exit(1)
}
