import {readFileSync, statSync} from 'node:fs'
import {dirname, join, relative, resolve, sep} from 'node:path'
import ignore, {type Ignore} from 'ignore'

/** Decides which paths ignore files leave out. */
export interface IgnoreRules {
  /** The ignore file that leaves out `path` (absolute), or `undefined` when it is linted. */
  ignoredBy(path: string, isDirectory: boolean): string | undefined
}

interface IgnoreFile {
  readonly path: string
  readonly directory: string
  readonly rules: Ignore
}

/** Name of the ignore file looked for in every folder. */
export const ignoreName = '.mtlintignore'

/**
 * Ignore rules in `.gitignore` syntax. Every `.mtlintignore` in a file’s
 * folder or above applies, each to paths relative to its own folder; a
 * nearer file cannot bring back what a farther one leaves out. With
 * `ignorePath`, that file alone applies, relative to its folder. Disabled
 * rules ignore nothing.
 */
export function createIgnoreRules(options: {readonly cwd: string; readonly ignorePath?: string | undefined; readonly enabled: boolean}): IgnoreRules {
  if (!options.enabled) return {ignoredBy: () => undefined}
  const given = options.ignorePath === undefined ? undefined : load(resolve(options.cwd, options.ignorePath), true)
  const chains = new Map<string, ReadonlyArray<IgnoreFile>>()

  return {
    ignoredBy(path, isDirectory) {
      const files = given ? [given] : chain(dirname(path))
      for (const file of files) {
        const name = relative(file.directory, path)
        if (!name || name.startsWith('..')) continue
        const posix = name.split(sep).join('/')
        if (file.rules.ignores(isDirectory ? posix + '/' : posix)) return file.path
      }

      return undefined
    }
  }

  function chain(directory: string): ReadonlyArray<IgnoreFile> {
    let found = chains.get(directory)
    if (!found) {
      const parent = dirname(directory)
      const own = load(join(directory, ignoreName), false)
      found = [...(parent === directory ? [] : chain(parent)), ...(own ? [own] : [])]
      chains.set(directory, found)
    }

    return found
  }
}

function load(path: string, required: boolean): IgnoreFile | undefined {
  let text: string
  try {
    if (!statSync(path).isFile()) return undefined
    text = readFileSync(path, 'utf8')
  } catch (error) {
    if (required) throw new TypeError('Cannot read ignore file `' + path + '` (' + String((error as NodeJS.ErrnoException).code ?? error) + ')', {cause: error})
    return undefined
  }

  return {path, directory: dirname(path), rules: ignore().add(text)}
}
