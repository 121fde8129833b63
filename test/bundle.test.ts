import {mkdtemp, readFile} from 'node:fs/promises'
import {builtinModules} from 'node:module'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import test from 'ava'
import * as esbuild from 'esbuild'

type BundleLibrary = (build: typeof esbuild, entry: string, outfile: string) => Promise<void>
type Bundled = {lint(input: string, options: {lang: string}): Promise<{messages: Array<{ruleId?: string | undefined}>}>}

const entry = fileURLToPath(new URL('../src/index.ts', import.meta.url))
const helper = new URL('../editors/vscode/bundle-library.mjs', import.meta.url).href

test('bundles the library with esbuild into one module that lints with its data beside it', async (t) => {
  const {bundleLibrary} = (await import(helper)) as {bundleLibrary: BundleLibrary}
  const folder = await mkdtemp(join(tmpdir(), 'mtlint-bundle-'))
  const outfile = join(folder, 'mtlint.mjs')
  await bundleLibrary(esbuild, entry, outfile)

  // Only Node built-ins are left to `require`: everything else is inlined.
  const code = await readFile(outfile, 'utf8')
  const required = [...code.matchAll(/__require\("([^"]+)"\)/g)].map((match) => match[1]!)
  const builtins = new Set([...builtinModules, ...builtinModules.map((name) => 'node:' + name)])
  t.deepEqual(required.filter((name) => !builtins.has(name)), [])
  t.notRegex(code, /\bimport\((?!["'`])/, 'no dynamic import of a computed name')

  const bundled = (await import(pathToFileURL(outfile).href)) as Bundled
  const file = await bundled.lint('He said the the talks in Kiev would go on, the goverment said.', {lang: 'en'})
  t.deepEqual(file.messages.map((message) => message.ruleId), ['repeated-words', 'name-spelling', 'spelling'])
})
