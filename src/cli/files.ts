import {chmod, open, readFile, realpath, rename, stat, unlink, writeFile} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'

/** A text file as read: its text without encoding marks, and how to write it back the same way. */
export interface TextFile {
  readonly path: string
  /** Text as linted (a UTF-8 BOM is kept as U+FEFF, so offsets match the file). */
  readonly value: string
  readonly encoding: 'utf16le' | 'utf8'
}

/** Why a file could not be linted. */
export class UnreadableFileError extends Error {}

/** Largest file read by default, in MB: news text is far smaller, and linting runs at well under 1 MB/s. */
export const defaultMaxFileSize = 5

/**
 * Read `path` as text. UTF-8 (with or without BOM) and UTF-16 LE with BOM
 * are read; binary files (a NUL byte in the first 8 kB), invalid UTF-8,
 * UTF-16 BE, files larger than `maxMegabytes` and anything that is not a
 * regular file (a named pipe would wait for a writer for ever) are refused
 * with a reason, so the run can report them and go on.
 */
export async function readTextFile(path: string, maxMegabytes = defaultMaxFileSize): Promise<TextFile> {
  let buffer: Buffer
  try {
    const stats = await stat(path)
    if (stats.isDirectory()) throw Object.assign(new Error('directory'), {code: 'EISDIR'})
    if (!stats.isFile()) {
      throw new UnreadableFileError(stats.isFIFO() ? 'Cannot lint a named pipe' : stats.isSocket() ? 'Cannot lint a socket' : 'Cannot lint a device or other special file')
    }

    if (stats.size > maxMegabytes * 1024 * 1024) {
      throw new UnreadableFileError(
        'Cannot lint a file larger than ' + maxMegabytes + ' MB (' + (stats.size / 1024 / 1024).toFixed(1) + ' MB); split it, or raise `--max-file-size`'
      )
    }

    buffer = await readFile(path)
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error
    const code = (error as NodeJS.ErrnoException).code
    throw new UnreadableFileError(
      code === 'EISDIR' ? 'Cannot lint a directory' : code === 'ENOENT' ? 'Cannot find file' : 'Cannot read file (' + String(code ?? (error as Error).message) + ')',
      {cause: error}
    )
  }

  if (buffer[0] === 0xff && buffer[1] === 0xfe) {
    return {path, value: buffer.toString('utf16le'), encoding: 'utf16le'}
  }

  if (buffer[0] === 0xfe && buffer[1] === 0xff) {
    throw new UnreadableFileError('Cannot lint UTF-16 BE text; convert it to UTF-8 or UTF-16 LE')
  }

  if (buffer.subarray(0, 8192).includes(0)) {
    throw new UnreadableFileError('Cannot lint a binary file')
  }

  let value: string
  try {
    value = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true}).decode(buffer)
  } catch (error) {
    throw new UnreadableFileError('Cannot lint a file that is not valid UTF-8', {cause: error})
  }

  return {path, value, encoding: 'utf8'}
}

/**
 * Write `value` over `file.path` in the file’s own encoding, atomically: a
 * temporary file in the same folder, given the original’s permissions, then
 * a rename, so a crash never leaves half a file. A symlink is followed: its
 * target is rewritten and the link stays.
 */
export async function writeTextFileAtomic(file: TextFile, value: string): Promise<undefined> {
  const target = await realpath(file.path)
  const {mode} = await stat(target)
  const temporary = join(dirname(target), '.' + basename(target) + '.mtlint-' + process.pid + '.tmp')
  try {
    await writeFile(temporary, Buffer.from(value, file.encoding), {mode: 0o600, flag: 'wx'})
    await chmod(temporary, mode & 0o7777)
    await syncFile(temporary)
    await rename(temporary, target)
  } catch (error) {
    await unlink(temporary).catch(() => undefined)
    throw error
  }

  return undefined
}

/** Flush a file to disk before it replaces another. */
async function syncFile(path: string): Promise<undefined> {
  const handle = await open(path, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }

  return undefined
}
