/**
 * What the server knows about a document from its URI and language id:
 * its path, its workspace folder and how it is parsed.
 */

import {sep} from 'node:path'
import {fileURLToPath} from 'node:url'
import {formatOf, type Format} from '../engine/formats.js'

/** The path of a `file:` URI, else `undefined` (an untitled document). */
export function pathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined
  try {
    return fileURLToPath(uri)
  } catch {
    return undefined
  }
}

/** The format of a document: by language id, else by extension. */
export function formatFor(languageId: string | undefined, path: string | undefined): Format {
  if (languageId === 'markdown') return 'markdown'
  if (languageId === 'html') return 'html'
  if (languageId === 'plaintext' || languageId === 'text') return 'text'
  return formatOf(path)
}

/** The innermost of `folders` (absolute paths) that holds `path`. */
export function folderOf(path: string | undefined, folders: ReadonlyArray<string>): string | undefined {
  if (path === undefined) return folders[0]
  let best: string | undefined
  for (const folder of folders) {
    const inside = path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep)
    if (inside && (best === undefined || folder.length > best.length)) best = folder
  }

  return best
}
