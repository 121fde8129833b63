/**
 * Offsets and LSP positions in one text, and the smallest edit between two
 * texts. Offsets and characters count UTF-16 code units, the LSP’s default
 * position encoding and what vfile counts, so nothing is converted; lines
 * end at `\n`, `\r\n` or `\r`, as the LSP says.
 */

import type {Position, Range} from 'vscode-languageserver'

/** Turns offsets into positions and back for one text. */
export interface LineIndex {
  readonly text: string
  positionAt(offset: number): Position
  offsetAt(position: Position): number
  rangeOf(start: number, end: number): Range
}

/** Index the line starts of `text` once; each lookup is a binary search. */
export function lineIndex(text: string): LineIndex {
  const starts = [0]
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 13 /* \r */) {
      if (text.charCodeAt(index + 1) === 10) index++
      starts.push(index + 1)
    } else if (code === 10 /* \n */) {
      starts.push(index + 1)
    }
  }

  return {
    text,
    positionAt(offset) {
      const clamped = Math.max(0, Math.min(offset, text.length))
      let low = 0
      let high = starts.length - 1
      while (low < high) {
        const middle = (low + high + 1) >> 1
        if (starts[middle]! <= clamped) low = middle
        else high = middle - 1
      }

      return {line: low, character: clamped - starts[low]!}
    },
    offsetAt(position) {
      if (position.line >= starts.length) return text.length
      if (position.line < 0) return 0
      const start = starts[position.line]!
      let end = starts[position.line + 1] ?? text.length
      // A character past the end of the line means the end of the line, before its break.
      if (end > start && text.charCodeAt(end - 1) === 10) end--
      if (end > start && text.charCodeAt(end - 1) === 13) end--
      return Math.min(start + Math.max(0, position.character), end)
    },
    rangeOf(start, end) {
      return {start: this.positionAt(start), end: this.positionAt(end)}
    }
  }
}

/** What changed between two texts: `before.slice(start, end)` became `inserted`. */
export interface Change {
  readonly start: number
  /** End in the old text. */
  readonly end: number
  readonly inserted: string
}

/**
 * The one replacement that turns `before` into `after`: the common prefix
 * and suffix are left alone, so a fix-all edit does not move the cursor or
 * touch text it did not change. A surrogate pair is never split.
 */
export function diffTexts(before: string, after: string): Change {
  const limit = Math.min(before.length, after.length)
  let prefix = 0
  while (prefix < limit && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++
  if (prefix > 0 && isHighSurrogate(before.charCodeAt(prefix - 1))) prefix--

  let suffix = 0
  while (
    suffix < limit - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++
  }

  if (suffix > 0 && isLowSurrogate(before.charCodeAt(before.length - suffix))) suffix--
  return {start: prefix, end: before.length - suffix, inserted: after.slice(prefix, after.length - suffix)}
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}
