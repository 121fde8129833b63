/**
 * Settings for a document: the CLI’s configuration discovery
 * (`src/config/load.ts`: `.mtlintrc*` and `package.json#mtlint`, cascading
 * from the file’s folder up), run from the workspace folder, then the
 * client’s settings for what the files leave open.
 *
 * Languages are decided per document: the configuration’s `lang` and
 * `sourceLang`, else the client’s `mtlint.lang` and `mtlint.sourceLang`,
 * else the engine detects the language.
 *
 * A configuration with problems does not stop linting: its problems are
 * returned (each `path:line:col: …`) and the document is linted with the
 * client’s settings alone, as the CLI lints with its flags alone.
 */

import {dirname, isAbsolute, resolve} from 'node:path'
import {ConfigError, createConfigLoader, type ConfigLoader} from '../config/load.js'
import type {LintOptions} from '../config/resolve.js'

/** What the client may set under `mtlint`. */
export interface ClientSettings {
  /** BCP 47 tag of the text’s language when no configuration file says. */
  readonly lang?: string | undefined
  /** BCP 47 tag of the source language when no configuration file says. */
  readonly sourceLang?: string | undefined
  /** Milliseconds to wait after an edit before re-linting the edited paragraphs (default 75). */
  readonly debounce?: number | undefined
  /** Milliseconds without edits before the whole document is linted again (default 400). */
  readonly fullLintDelay?: number | undefined
}

/** Settings for one document, and the configuration problems met finding them. */
export interface Resolved {
  readonly options: LintOptions
  readonly problems: ReadonlyArray<string>
}

/** Configuration per folder, cached until `reload`. */
export interface ConfigService {
  /**
   * Settings for the file at `path` (absolute), in workspace folder `root`;
   * for a document without a path, those of `root`.
   */
  resolve(path: string | undefined, root: string | undefined, client: ClientSettings): Resolved
  /** Forget what was read: a configuration file changed. */
  reload(): void
}

/** Make a config service; loaders are made per workspace folder, as the CLI makes one per working directory. */
export function createConfigService(): ConfigService {
  const loaders = new Map<string, ConfigLoader>()

  return {
    resolve(path, root, client) {
      const directory = path ? dirname(path) : root
      let found: LintOptions = {}
      let problems: ReadonlyArray<string> = []
      if (directory !== undefined) {
        const cwd = root ?? directory
        let loader = loaders.get(cwd)
        if (!loader) {
          loader = createConfigLoader({cwd})
          loaders.set(cwd, loader)
        }

        try {
          found = path ? loader.forFile(path) : loader.forDirectory(directory)
        } catch (error) {
          if (!(error instanceof ConfigError)) throw error
          problems = error.problems.map((problem) => absoluteProblem(problem, cwd))
        }
      }

      const options: LintOptions = {
        ...found,
        lang: found.lang ?? nonEmpty(client.lang),
        sourceLang: found.sourceLang ?? nonEmpty(client.sourceLang)
      }
      return {options, problems}
    },
    reload() {
      loaders.clear()
    }
  }
}

/** A problem’s path made absolute (the loader shows paths relative to its folder). */
function absoluteProblem(problem: string, cwd: string): string {
  const match = /^(.+?):(\d+):(\d+): /.exec(problem) ?? /^(.+?): /.exec(problem)
  if (!match || isAbsolute(match[1]!)) return problem
  return resolve(cwd, match[1]!) + problem.slice(match[1]!.length)
}

function nonEmpty(value: string | undefined): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined
}
