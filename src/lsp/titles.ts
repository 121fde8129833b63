/**
 * Code action titles people can read: text in backticks, and characters
 * that do not show (spaces, no-break spaces, zero-width and control
 * characters, bidi marks) named by code point, so a fix reads
 * “Replace U+0020 with U+00A0”, not “Replace ` ` with ` `”.
 */

/** Longest text shown before it is cut with `…`. */
const maxShown = 40

/** Characters that do not show, or show as blank. */
const invisible = /[\p{White_Space}\p{Cc}\p{Cf}\p{Co}\p{Cn}]/u

/** The title of a fix that writes `expected` over `actual`. */
export function replaceTitle(actual: string | undefined, expected: string): string {
  if (actual === undefined || actual === '') return 'Insert ' + show(expected)
  if (expected === '') return 'Delete ' + show(actual)
  return 'Replace ' + show(actual) + ' with ' + show(expected)
}

/**
 * `text` as a title shows it: in backticks when every character shows
 * (a space is fine between two characters that show), else as runs in
 * backticks and code points (`5` U+00A0 `%`).
 */
export function show(text: string): string {
  const characters = [...text]
  const parts: Array<string> = []
  let run = ''
  for (const [index, character] of characters.entries()) {
    if (isShown(characters, index)) {
      run += character
    } else {
      if (run) parts.push(quote(run))
      run = ''
      parts.push(codePoint(character))
    }
  }

  if (run) parts.push(quote(run))
  return parts.length > 0 ? parts.join(' ') : '``'
}

/** A character shows unless it is invisible; a plain space shows between two characters that do. */
function isShown(characters: ReadonlyArray<string>, index: number): boolean {
  const character = characters[index]!
  if (character === ' ') {
    const before = characters[index - 1]
    const after = characters[index + 1]
    return before !== undefined && after !== undefined && !invisible.test(before) && !invisible.test(after)
  }

  // A combining mark with nothing to combine with would sit on the backtick.
  if (/^\p{M}/u.test(character) && (index === 0 || !isShown(characters, index - 1))) return false
  return !invisible.test(character)
}

function quote(run: string): string {
  const shown = run.length > maxShown ? [...run].slice(0, maxShown - 1).join('') + '…' : run
  // A backtick inside needs a longer fence, as in Markdown.
  return shown.includes('`') ? '`` ' + shown + ' ``' : '`' + shown + '`'
}

/** `U+00A0`: at least four hex digits, upper case. */
export function codePoint(character: string): string {
  return 'U+' + character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')
}
