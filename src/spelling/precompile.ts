/**
 * Precompile the built-in languages’ dictionaries into `dist/data/` at build
 * time (`scripts/build-data.ts`), two at a time in child processes (French
 * and Ukrainian take 15–30 s and 600 MB each to expand). Files that are
 * current are kept, so a second build costs nothing.
 *
 * Run alone: `node dist/scripts/precompile-spelling.js [lang …]`.
 */

import {spawn} from 'node:child_process'
import {join} from 'node:path'
import {packageRoot} from '../dictionary/paths.js'
import {builtinLanguages} from './speller.js'
import {precompile} from './store.js'

/** Where the build writes a language’s precompiled dictionary. */
export function buildPath(lang: string): string {
  return join(packageRoot(), 'dist', 'data', 'spelling-' + lang + '.bin')
}

/**
 * Precompile `languages` (default: the built-in ones) in child processes.
 * A language whose dictionary package is missing is reported and skipped:
 * it is then compiled on first use, or not checked.
 */
export async function precompileAll(languages: ReadonlyArray<string> = builtinLanguages, parallel = 2): Promise<undefined> {
  const queue = [...languages]
  const script = join(packageRoot(), 'dist', 'scripts', 'precompile-spelling.js')
  async function worker(): Promise<undefined> {
    for (let lang = queue.shift(); lang; lang = queue.shift()) {
      const code = await new Promise<number | null>(function (resolve) {
        const child = spawn(process.execPath, [...process.execArgv, script, lang], {stdio: 'inherit'})
        child.on('close', resolve)
      })
      if (code !== 0) process.stderr.write('spelling: could not precompile `' + lang + '`; it will be compiled on first use\n')
    }

    return undefined
  }

  await Promise.all(Array.from({length: parallel}, worker))
  return undefined
}
