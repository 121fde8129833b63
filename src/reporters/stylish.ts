import {reporter} from 'vfile-reporter'
import type {VFile} from 'vfile'

/** `--format stylish`: for people, via vfile-reporter, with suggestions in the message text. */
export function reportStylish(files: ReadonlyArray<VFile>, options: {readonly color?: boolean; readonly quiet?: boolean} = {}): string {
  const output = reporter([...files], {color: options.color ?? false, quiet: options.quiet ?? false, silent: false})
  return output ? output + '\n' : ''
}
