import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname} from 'node:path'
import {fileURLToPath} from 'node:url'
import {setFlagsFromString} from 'node:v8'
import {Script} from 'node:vm'

// V8 first runs each regular expression in its interpreter and compiles it
// to machine code only once it is hot; building the interpreter's bytecode
// for a Unicode class (`\p{L}`) costs as much as the machine code, so every
// pattern paid twice in a short run. Compiling once, natively, saves ~30 ms
// of a cold start and changes nothing else. Only the CLI and server
// processes are ours to tune: the library sets no flags.
setFlagsFromString('--no-regexp-tier-up')

/** Import `dist/bundle/<bundle>` when the build wrote it, else `fallback` (relative to `bin/`). */
export async function load(bundle, fallback) {
  const url = new URL('../dist/bundle/' + bundle, import.meta.url)
  await import(existsSync(url) ? url.href : new URL(fallback, import.meta.url).href)
}

/**
 * Run the CommonJS bundle `dist/bundle/<bundle>` as Node would `require` it,
 * compiled with the V8 code cache the build recorded beside it
 * (`scripts/bundle-bin.ts`); `fallback` (relative to `bin/`) when there is
 * no bundle. The bundle's first comment carries an id of its build, and
 * the cache starts with the same id: V8 checks only its own version, flags
 * and the source's length, so a cache must not outlive its bundle (hashing
 * the 1.8 MB source instead cost 6 ms; file times do not survive `npm
 * pack`). A cache V8 rejects (another Node version) costs nothing but the
 * time.
 */
export async function run(bundle, fallback) {
  const file = fileURLToPath(new URL('../dist/bundle/' + bundle, import.meta.url))
  if (!existsSync(file)) {
    await import(new URL(fallback, import.meta.url).href)
    return
  }

  // No `#!` line to drop: the entry, `src/cli/index.ts`, has none (`bin/mtlint.js` is the executable).
  const source = readFileSync(file, 'utf8')
  const stamp = Buffer.from((/^\/\/ mtlint-bundle (\S+)/m.exec(source.slice(0, 200))?.[1] ?? 'none') + '\n')
  const cacheFile = file + '.cache'
  const stored = existsSync(cacheFile) ? readFileSync(cacheFile) : undefined
  const cachedData = stored && stored.subarray(0, stamp.length).equals(stamp) ? stored.subarray(stamp.length) : undefined
  // The wrapper Node's CommonJS loader puts around a module.
  const wrapped = '(function (exports, require, module, __filename, __dirname) { ' + source + '\n})'
  const script = new Script(wrapped, {filename: file, cachedData})
  if (process.env.MTLINT_RECORD_CODE_CACHE) {
    // At exit, the cache holds every function the run compiled, not only the top level.
    process.once('exit', () => writeFileSync(cacheFile, Buffer.concat([stamp, script.createCachedData()])))
  }

  const module = {exports: {}}
  script.runInThisContext().call(module.exports, module.exports, createRequire(file), module, file, dirname(file))
}
