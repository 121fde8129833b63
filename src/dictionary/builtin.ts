import {createHash} from 'node:crypto'
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {basename, join} from 'node:path'
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

/**
 * Names and contents of `paths`, hashed: changes whenever a source file
 * does, and survives copies that reset modification times (a bundle’s
 * data, an unpacked `.vsix`, a container layer). Hashing the ~1 MB of YAML
 * takes a few milliseconds.
 */
export function signatureOf(paths: ReadonlyArray<string>): string {
  const hash = createHash('sha1')
  for (const path of paths) {
    hash.update(basename(path) + '\0')
    hash.update(readFileSync(path))
    hash.update('\0')
  }

  return hash.digest('hex')
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
