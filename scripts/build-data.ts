// Validate the built-in dictionaries and store them as JSON in dist/data/,
// so the linter starts without parsing YAML (see src/dictionary/builtin.ts).
import {mkdirSync, writeFileSync} from 'node:fs'
import {dirname} from 'node:path'
import {builtinFiles, compiledPath, signatureOf, stampsOf, type Compiled} from '../src/dictionary/builtin.js'
import {readLocaleFiles} from '../src/dictionary/locales.js'
import {readNameEntries} from '../src/dictionary/names.js'
import {forRuntime, readBoilerplateTables, readCalqueTables} from '../src/dictionary/phrases.js'
import {DataFileError} from '../src/dictionary/read.js'

const folders: Record<string, (paths: ReadonlyArray<string>) => unknown> = {
  boilerplate: (paths) => readBoilerplateTables(paths).map(forRuntime),
  calques: (paths) => readCalqueTables(paths).map(forRuntime),
  locales: readLocaleFiles,
  names: readNameEntries
}

try {
  for (const [folder, read] of Object.entries(folders)) {
    const paths = builtinFiles(folder)
    const path = compiledPath(folder)
    mkdirSync(dirname(path), {recursive: true})
    const compiled: Compiled<unknown> = {signature: signatureOf(paths), stamps: stampsOf(paths), data: read(paths)}
    writeFileSync(path, JSON.stringify(compiled))
  }
} catch (error) {
  if (error instanceof DataFileError) {
    process.stderr.write(error.message + '\n')
    process.exit(1)
  }

  throw error
}

await (await import('../src/spelling/precompile.js')).precompileAll()
