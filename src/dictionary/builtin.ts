import {createHash} from 'node:crypto'
import {existsSync, readFileSync, readdirSync, statSync} from 'node:fs'
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

/** Name, size and modification time of each source file: a cheap first check that they are unchanged. */
export function stampsOf(paths: ReadonlyArray<string>): Array<string> {
  return paths.map(function (path) {
    const stats = statSync(path)
    return basename(path) + ':' + stats.size + ':' + stats.mtimeMs
  })
}

/** What `npm run build` stores for a data folder. */
export interface Compiled<Data> {
  /** `signatureOf` the YAML sources. */
  readonly signature: string
  /** `stampsOf` the YAML sources, when the build ran. */
  readonly stamps: ReadonlyArray<string>
  readonly data: Data
}

/**
 * Read built-in data: from the JSON the build wrote when it is current
 * (YAML parsing of the names lexicon alone costs about a second), else
 * from the YAML sources through `read`, which validates. Current means the
 * same file names, sizes and times as at build, or, when times differ (a
 * copy), the same content hash.
 */
export function readBuiltin<Data>(folder: string, read: (paths: ReadonlyArray<string>) => Data): Data {
  return readCompiled(builtinFiles(folder), compiledPath(folder), read)
}

/** `readBuiltin` for explicit source files and the JSON compiled from them. */
export function readCompiled<Data>(paths: ReadonlyArray<string>, compiled: string, read: (paths: ReadonlyArray<string>) => Data): Data {
  if (existsSync(compiled)) {
    const stored = JSON.parse(readFileSync(compiled, 'utf8')) as Compiled<Data>
    const stamps = stampsOf(paths)
    const unchanged = stamps.length === stored.stamps?.length && stamps.every((stamp, index) => stamp === stored.stamps[index])
    if (unchanged || stored.signature === signatureOf(paths)) return stored.data
  }

  return read(paths)
}
