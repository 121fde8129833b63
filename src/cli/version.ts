import {existsSync, readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

let version: string | undefined

/** mtlint’s version, from the `package.json` above this module (in `src/` and `dist/src/` alike). */
export function packageVersion(): string {
  if (version) return version
  let directory = dirname(fileURLToPath(import.meta.url))
  for (;;) {
    const path = join(directory, 'package.json')
    if (existsSync(path)) {
      const data = JSON.parse(readFileSync(path, 'utf8')) as {name?: string; version?: string}
      if (data.name === 'mtlint' && data.version) return (version = data.version)
    }

    const parent = dirname(directory)
    if (parent === directory) return (version = '0.0.0')
    directory = parent
  }
}
