import {existsSync, readFileSync, readdirSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {builtinPath, packageRoot} from './paths.js'

/** Where `npm run build` puts checked built-in data as JSON. */
export function compiledPath(folder: string): string {
  return join(packageRoot(), 'dist', 'data', folder + '.json')
}

/** The YAML files of a built-in data folder, sorted. */
export function builtinFiles(folder: string): Array<string> {
  const directory = builtinPath(folder)
  return readdirSync(directory)
    .filter((name) => name.endsWith('.yml'))
    .sort()
    .map((name) => join(directory, name))
}

/** Sizes and modification times of `paths`: changes whenever a source file does. */
export function signatureOf(paths: ReadonlyArray<string>): string {
  return paths
    .map(function (path) {
      const stats = statSync(path)
      return path.slice(path.lastIndexOf('/dictionaries/')) + ':' + stats.size + ':' + Math.floor(stats.mtimeMs)
    })
    .join('|')
}

/**
 * Read built-in data: from the JSON the build wrote when it is current
 * (YAML parsing of the names lexicon alone costs about a second), else
 * from the YAML sources through `read`, which validates.
 */
export function readBuiltin<Data>(folder: string, read: (paths: ReadonlyArray<string>) => Data): Data {
  const paths = builtinFiles(folder)
  const compiled = compiledPath(folder)
  if (existsSync(compiled)) {
    const stored = JSON.parse(readFileSync(compiled, 'utf8')) as {signature: string; data: Data}
    if (stored.signature === signatureOf(paths)) return stored.data
  }

  return read(paths)
}
