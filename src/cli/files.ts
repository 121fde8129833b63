import {readFile, rename, writeFile, unlink} from 'node:fs/promises'
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

/**
 * Read `path` as text. UTF-8 (with or without BOM) and UTF-16 LE with BOM
 * are read; binary files (a NUL byte in the first 8 kB) and invalid UTF-8
 * are refused with a reason, so the run can report them and go on.
 */
export async function readTextFile(path: string): Promise<TextFile> {
  let buffer: Buffer
  try {
    buffer = await readFile(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new UnreadableFileError(
      code === 'EISDIR' ? 'Cannot lint a directory' : code === 'ENOENT' ? 'Cannot find file' : 'Cannot read file (' + String(code ?? (error as Error).message) + ')',
      {cause: error}
    )
  }

  if (buffer[0] === 0xff && buffer[1] === 0xfe) {
    return {path, value: buffer.toString('utf16le'), encoding: 'utf16le'}
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
 * Write `value` to `file.path` in the file’s own encoding, atomically: a
 * temporary file in the same folder, then a rename, so a crash never leaves
 * half a file.
 */
export async function writeTextFileAtomic(file: TextFile, value: string): Promise<undefined> {
  const temporary = join(dirname(file.path), '.' + basename(file.path) + '.mtlint-' + process.pid + '.tmp')
  try {
    await writeFile(temporary, Buffer.from(value, file.encoding))
    await rename(temporary, file.path)
  } catch (error) {
    await unlink(temporary).catch(() => undefined)
    throw error
  }

  return undefined
}
