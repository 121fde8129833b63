import {existsSync} from 'node:fs'

/**
 * Import `dist/bundle/<bundle>` when the build wrote it, else `fallback`
 * (relative to `bin/`). Checked with `existsSync`, not by catching the
 * import's error, so a real error inside the bundle is never mistaken for a
 * missing file.
 */
export async function load(bundle, fallback) {
  const url = new URL('../dist/bundle/' + bundle, import.meta.url)
  await import(existsSync(url) ? url.href : new URL(fallback, import.meta.url).href)
}
