/**
 * Bundle mtlint (the library, or its language server) with esbuild into one
 * ES module, and lay out the data it reads next to it.
 *
 * mtlint finds its data from its module’s folder upwards: the first folder
 * holding `dictionaries/locales/` is the package root, whose `dist/data/`
 * holds the precompiled JSON and spelling graphs (`npm run build`), and
 * `dictionary-<lang>` packages are resolved from there for spelling. A
 * bundle is no different: put those next to it.
 *
 *   out/mtlint.mjs
 *   out/dictionaries/…            copied from the package
 *   out/dist/data/…               copied from the package (after `npm run build`)
 *   out/node_modules/dictionary-… package.json, index.aff, index.dic (for spelling)
 *
 * Nothing is required dynamically: the bundle’s only `require` is Node’s,
 * for built-ins that CommonJS dependencies load.
 */

import {cpSync, existsSync, mkdirSync, readdirSync, statSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

/** The mtlint package this file belongs to. */
export const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

/**
 * Bundle `entry` into `outfile` with `esbuild` (the module, passed in so
 * callers choose where it comes from) and copy the data beside it.
 */
export async function bundleLibrary(esbuild, entry, outfile, root = packageRoot) {
  const directory = dirname(outfile)
  mkdirSync(directory, {recursive: true})
  await esbuild.build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // CommonJS dependencies inside an ES module call `require` for Node built-ins.
    banner: {js: "import {createRequire as __mtlintCreateRequire} from 'node:module'; const require = __mtlintCreateRequire(import.meta.url);"},
    logLevel: 'warning'
  })

  for (const folder of readdirSync(join(root, 'dictionaries'))) {
    const source = join(root, 'dictionaries', folder)
    if (statSync(source).isDirectory()) cpSync(source, join(directory, 'dictionaries', folder), {recursive: true})
  }

  if (!existsSync(join(root, 'dist', 'data'))) throw new Error('Cannot find `dist/data/`, expected `npm run build` first')
  cpSync(join(root, 'dist', 'data'), join(directory, 'dist', 'data'), {recursive: true})

  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (!name.startsWith('dictionary-')) continue
    const source = join(root, 'node_modules', name)
    const target = join(directory, 'node_modules', name)
    mkdirSync(target, {recursive: true})
    for (const file of ['package.json', 'index.js', 'index.aff', 'index.dic', 'license']) {
      if (existsSync(join(source, file))) cpSync(join(source, file), join(target, file))
    }
  }
}
