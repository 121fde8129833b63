import {existsSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

let root: string | undefined

/**
 * Path of a built-in data file in `dictionaries/`. The package root is found
 * by walking up from this module, so the same code works from `src/` (tests)
 * and `dist/src/` (the built package).
 */
export function builtinPath(...segments: Array<string>): string {
  return join(packageRoot(), 'dictionaries', ...segments)
}

/** The folder holding mtlint’s `package.json` and `dictionaries/`. */
export function packageRoot(): string {
  root ??= findRoot(dirname(fileURLToPath(import.meta.url)))
  return root
}

function findRoot(from: string): string {
  let directory = from
  for (;;) {
    if (existsSync(join(directory, 'dictionaries', 'locales'))) return directory
    const parent = dirname(directory)
    if (parent === directory) {
      throw new Error('Cannot find mtlint’s `dictionaries/` above `' + from + '`')
    }

    directory = parent
  }
}
