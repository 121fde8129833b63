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
import {dirname, join, resolve} from 'node:path'
import {ConfigError, display, isFile, readConfigFile, type ConfigData} from './read-file.js'
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
}

/**
 * Make a loader that looks up and caches configuration per folder. With
 * `configFile`, that file alone applies to every folder.
 */
export function createConfigLoader(options: {readonly cwd: string; readonly configFile?: string | undefined}): ConfigLoader {
  const cwd = options.cwd
  const cache = new Map<string, LintOptions | ConfigError>()

  if (options.configFile !== undefined) {
    const path = resolve(cwd, options.configFile)
    if (!existsSync(path)) {
      throw new ConfigError([display(path, cwd) + ': Cannot find configuration file given with `--config`'])
    }

    const given = merge({}, readConfigFile(path, {cwd, field: path.endsWith('package.json') ? 'mtlint' : undefined}) ?? {})
    return {forDirectory: () => given}
  }

  return {forDirectory}

  function forDirectory(directory: string): LintOptions {
    const absolute = resolve(cwd, directory)
    let result = cache.get(absolute)
    if (result === undefined) {
      try {
        const data = configIn(absolute, cwd)
        const parent = dirname(absolute)
        const base = data?.root || parent === absolute ? {} : forDirectory(parent)
        result = data ? merge(base, data) : base
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error
        result = error
      }

      cache.set(absolute, result)
    }

    if (result instanceof ConfigError) throw result
    return result
  }
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
