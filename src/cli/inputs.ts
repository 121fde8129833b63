import {readdirSync, realpathSync, statSync} from 'node:fs'
import {isAbsolute, join, resolve} from 'node:path'
import {globSync, isDynamicPattern} from 'tinyglobby'
import type {IgnoreRules} from './ignore.js'

/** Extensions looked for in folders (and by globs that do not name one). */
export const lintedExtensions = ['.htm', '.html', '.markdown', '.md', '.txt'] as const

/** One file to lint, or a pattern that matched nothing. */
export interface Input {
  /** As shown in reports: as given, or folder/glob results relative to the folder given or the working folder. */
  readonly path: string
  /** Absolute path for the file system. */
  readonly absolute: string
  /** Why there is nothing to read (a glob without matches). */
  readonly problem?: string
}

/** How inputs are expanded. */
export interface ExpandOptions {
  readonly cwd: string
  readonly ignore: IgnoreRules
  /** Told about files named on the command line that an ignore file leaves out. */
  readonly onIgnored: (path: string, ignoreFile: string) => void
}

/**
 * Turn command-line arguments into files, in order and without repeats: a
 * file is linted as named (even with another extension); a folder is walked
 * for `lintedExtensions`, leaving out dot files, `node_modules` and what
 * ignore files say; anything else that looks like a glob is matched with
 * tinyglobby. A path that does not exist stays, to be reported as missing.
 * Symlinked folders are followed, each real folder once.
 */
export function expandInputs(args: ReadonlyArray<string>, options: ExpandOptions): Array<Input> {
  const seen = new Set<string>()
  /** Real paths of folders walked, so a symlink back up the tree is walked once, not for ever. */
  const walked = new Set<string>()
  const result: Array<Input> = []

  for (const arg of args) {
    const absolute = resolve(options.cwd, arg)
    const stats = statOrUndefined(absolute)
    if (stats?.isDirectory()) {
      walk(arg, absolute)
    } else if (stats || !isDynamicPattern(arg)) {
      const ignoredBy = stats ? options.ignore.ignoredBy(absolute, false) : undefined
      if (ignoredBy) options.onIgnored(arg, ignoredBy)
      else add({path: arg, absolute})
    } else {
      const matches = globSync(arg, {cwd: options.cwd, dot: false, onlyFiles: true, absolute: isAbsolute(arg), ignore: ['**/node_modules/**']}).sort()
      const kept = matches.filter((match) => !options.ignore.ignoredBy(resolve(options.cwd, match), false))
      if (matches.length === 0) add({path: arg, absolute, problem: 'Cannot find files matching `' + arg + '`'})
      for (const match of kept) add({path: match, absolute: resolve(options.cwd, match)})
    }
  }

  return result

  function add(input: Input): undefined {
    if (seen.has(input.absolute)) return undefined
    seen.add(input.absolute)
    result.push(input)
    return undefined
  }

  function walk(shown: string, absolute: string): undefined {
    const real = realOrSame(absolute)
    if (walked.has(real)) return undefined
    walked.add(real)
    const entries = readdirSync(absolute, {withFileTypes: true}).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
      const path = join(absolute, entry.name)
      const isDirectory = entry.isDirectory() || (entry.isSymbolicLink() && statOrUndefined(path)?.isDirectory() === true)
      if (!isDirectory && !lintedExtensions.some((extension) => entry.name.toLowerCase().endsWith(extension))) continue
      if (options.ignore.ignoredBy(path, isDirectory)) continue
      const name = shown === '.' ? entry.name : join(shown, entry.name)
      if (isDirectory) walk(name, path)
      else add({path: name, absolute: path})
    }

    return undefined
  }
}

function realOrSame(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    return path
  }
}

function statOrUndefined(path: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(path)
  } catch {
    return undefined
  }
}
