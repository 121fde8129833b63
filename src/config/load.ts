/**
 * Find, read, check and merge configuration files.
 *
 * In each folder the first of `.mtlintrc`, `.mtlintrc.json`, `.mtlintrc.yml`,
 * `.mtlintrc.yaml` and `package.json` (its `mtlint` field) is that folder’s
 * configuration, as unified-engine looks for `rcName` and `packageField`.
 * Unlike unified-engine, configurations cascade: a file’s settings are those
 * of every folder from the file system root (or the nearest `root: true`)
 * down to the file’s own, the nearer winning key by key; `rules` and `names`
 * merge by key and `words` and `dictionaries` add up. Each file is read and
 * checked by `./read-file.ts`.
 */

import {existsSync} from 'node:fs'
import {dirname, join, relative, resolve, sep} from 'node:path'
import picomatch from 'picomatch'
import {ConfigError, display, isFile, readConfigFile, type ConfigData, type ConfigOverride} from './read-file.js'
import type {LintOptions} from './resolve.js'

export {ConfigError, display, readConfigFile, type ConfigData}

/** File names looked for in each folder, in order. */
export const configNames = ['.mtlintrc', '.mtlintrc.json', '.mtlintrc.yml', '.mtlintrc.yaml', 'package.json'] as const

/** Settings for the files of each folder. */
export interface ConfigLoader {
  /**
   * The merged settings for files in `directory`.
   *
   * @throws {ConfigError}
   */
  forDirectory(directory: string): LintOptions
  /**
   * The settings for the file at `path`: its folder’s, then every
   * `overrides` entry along the cascade whose `files` match it, in order.
   * The folder’s own object when none matches (linters are cached by it).
   *
   * @throws {ConfigError}
   */
  forFile(path: string): LintOptions
}

/**
 * Make a loader that looks up and caches configuration per folder. With
 * `configFile`, that file alone applies to every folder.
 */
export function createConfigLoader(options: {readonly cwd: string; readonly configFile?: string | undefined}): ConfigLoader {
  const cwd = options.cwd
  const cache = new Map<string, {readonly options: LintOptions; readonly overrides: ReadonlyArray<Override>} | ConfigError>()
  const byFile = new Map<string, LintOptions>()

  if (options.configFile !== undefined) {
    const path = resolve(cwd, options.configFile)
    if (!existsSync(path)) {
      throw new ConfigError([display(path, cwd) + ': Cannot find configuration file given with `--config`'])
    }

    const data = readConfigFile(path, {cwd, field: path.endsWith('package.json') ? 'mtlint' : undefined}) ?? {}
    const given = {options: merge({}, data), overrides: compile(data.overrides)}
    return {forDirectory: () => given.options, forFile: (file) => applyOverrides(given, file)}
  }

  return {forDirectory: (directory) => settingsOf(directory).options, forFile: (file) => applyOverrides(settingsOf(dirname(resolve(cwd, file))), resolve(cwd, file))}

  function settingsOf(directory: string): {readonly options: LintOptions; readonly overrides: ReadonlyArray<Override>} {
    const absolute = resolve(cwd, directory)
    let result = cache.get(absolute)
    if (result === undefined) {
      try {
        const data = configIn(absolute, cwd)
        const parent = dirname(absolute)
        const base = data?.root || parent === absolute ? {options: {}, overrides: []} : settingsOf(parent)
        result = data ? {options: merge(base.options, data), overrides: [...base.overrides, ...compile(data.overrides)]} : base
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error
        result = error
      }

      cache.set(absolute, result)
    }

    if (result instanceof ConfigError) throw result
    return result
  }

  function applyOverrides(settings: {readonly options: LintOptions; readonly overrides: ReadonlyArray<Override>}, path: string): LintOptions {
    const matching = settings.overrides.filter((override) => override.matches(path))
    if (matching.length === 0) return settings.options
    // Cached by what matched, so files alike share one options object (and one linter).
    const key = resolve(path, '..') + '\0' + matching.map((override) => settings.overrides.indexOf(override)).join(',')
    let options = byFile.get(key)
    if (!options) {
      options = matching.reduce<LintOptions>((result, override) => merge(result, override.data), settings.options)
      byFile.set(key, options)
    }

    return options
  }
}

/** An `overrides` entry ready to test paths. */
interface Override {
  readonly data: ConfigData
  matches(path: string): boolean
}

function compile(overrides: ReadonlyArray<ConfigOverride> | undefined): Array<Override> {
  return (overrides ?? []).map(function ({files, base, ...data}) {
    // A pattern without `/` matches a file name in any folder below, as in `.gitignore`
    // (picomatch’s own `basename` option applies to patterns with `/` too).
    const test = picomatch(
      files.map((pattern) => (pattern.includes('/') ? pattern.replace(/^\//, '') : '**/' + pattern)),
      {dot: true}
    )
    return {
      data,
      matches(path) {
        const inside = relative(base, path)
        return inside !== '' && !inside.startsWith('..') && test(inside.split(sep).join('/'))
      }
    }
  })
}

/** The configuration of one folder, when it has one. */
function configIn(directory: string, cwd: string): ConfigData | undefined {
  for (const name of configNames) {
    const path = join(directory, name)
    if (!isFile(path)) continue
    const data = readConfigFile(path, {cwd, field: name === 'package.json' ? 'mtlint' : undefined})
    if (data) return data
  }

  return undefined
}

/** Settings `data` adds to `base`: nearer keys win, `rules` and `names` merge, lists add up. */
function merge(base: LintOptions, data: ConfigData): LintOptions {
  return withoutUndefined({
    lang: data.lang ?? base.lang,
    sourceLang: data.sourceLang ?? base.sourceLang,
    preset: data.preset ?? base.preset,
    rules: data.rules || base.rules ? {...base.rules, ...data.rules} : undefined,
    words: union(base.words, data.words),
    names: data.names || base.names ? {...base.names, ...data.names} : undefined,
    dictionaries: union(base.dictionaries, data.dictionaries)
  })
}

function union(a: ReadonlyArray<string> | undefined, b: ReadonlyArray<string> | undefined): ReadonlyArray<string> | undefined {
  return a || b ? [...new Set([...(a ?? []), ...(b ?? [])])] : undefined
}

function withoutUndefined(options: Record<string, unknown>): LintOptions {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as LintOptions
}
