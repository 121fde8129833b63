import {foldToken, splitLikeText} from './tokens.js'

/** One position in a compiled pattern. */
export type Slot =
  | {readonly type: 'any'; readonly optional: boolean}
  | {readonly type: 'name'; readonly optional: boolean}
  | {readonly type: 'number'; readonly optional: boolean}
  /** One or more alternatives, each a sequence of literal tokens. */
  | {readonly type: 'literal'; readonly optional: boolean; readonly alternatives: ReadonlyArray<ReadonlyArray<Literal>>}

/** A literal token: matched case-insensitively when written in lower case. */
export interface Literal {
  readonly value: string
  /** `value` folded like tokens (`foldToken`), so matching compares without re-folding. */
  readonly folded: string
  /** `value` with curly apostrophes, for case-sensitive comparison. */
  readonly exact: string
  readonly caseSensitive: boolean
}

/** A compiled pattern. */
export interface Pattern {
  readonly source: string
  readonly slots: ReadonlyArray<Slot>
  /** Slots `[spanStart, spanEnd)` are reported (the `[…]` part, or all). */
  readonly spanStart: number
  readonly spanEnd: number
}

/**
 * Compile pattern text (see `dictionaries/README.md`): space-separated
 * tokens; `a|b` alternatives; `word?` optional; `*` any word; `{Name}` a
 * capitalised word; `{Num}` a word starting with a digit; `[` … `]` the
 * reported part.
 *
 * @throws {TypeError} on malformed patterns, worded like every other message.
 */
export function compilePattern(source: string): Pattern {
  const slots: Array<Slot> = []
  let spanStart: number | undefined
  let spanEnd: number | undefined

  for (const raw of source.trim().split(/\s+/)) {
    const {slot, opens, closes} = compilePiece(raw, source)
    if (opens) {
      if (spanStart !== undefined) throw new TypeError('Unexpected second `[` in pattern `' + source + '`, expected one reported part')
      spanStart = slots.length
    }

    slots.push(slot)
    if (closes) {
      if (spanStart === undefined || spanEnd !== undefined) throw new TypeError('Unexpected `]` in pattern `' + source + '`, expected it after a `[`')
      spanEnd = slots.length
    }
  }

  if (slots.length === 0) throw new TypeError('Unexpected empty pattern, expected at least one token')
  if (spanStart !== undefined && spanEnd === undefined) throw new TypeError('Unexpected unclosed `[` in pattern `' + source + '`')
  if (slots.every((slot) => slot.optional)) throw new TypeError('Unexpected pattern `' + source + '` of optional tokens only')
  return {source, slots, spanStart: spanStart ?? 0, spanEnd: spanEnd ?? slots.length}
}

/**
 * The folded tokens a match of `source` can start with, or `undefined` when
 * it can start anywhere (`*`, `{Name}`, `{Num}` or an optional first token).
 * Reads only the first piece, so indexes can be built without compiling
 * every pattern.
 */
export function firstTokens(source: string): Array<string> | undefined {
  const first = /^\s*(\S+)/.exec(source)?.[1]
  if (first === undefined) return undefined
  const {slot} = compilePiece(first, source)
  if (slot.type !== 'literal' || slot.optional) return undefined
  return slot.alternatives.map((alternative) => alternative[0]!.folded)
}

/** One whitespace-separated piece of a pattern: its slot and whether it opens or closes the reported part. */
function compilePiece(raw: string, source: string): {slot: Slot; opens: boolean; closes: boolean} {
  let piece = raw
  let opens = false
  let closes = false
  if (piece.startsWith('[') && piece.length > 1) {
    opens = true
    piece = piece.slice(1)
  }

  if (piece.endsWith(']') && piece.length > 1) {
    closes = true
    piece = piece.slice(0, -1)
  }

  let optional = false
  if (piece.endsWith('?') && piece.length > 1) {
    optional = true
    piece = piece.slice(0, -1)
  }

  if (piece === '*') return {slot: {type: 'any', optional}, opens, closes}
  if (piece === '{Name}') return {slot: {type: 'name', optional}, opens, closes}
  if (piece === '{Num}') return {slot: {type: 'number', optional}, opens, closes}
  if (/^\{.*\}$/.test(piece)) throw new TypeError('Unexpected placeholder `' + piece + '` in pattern `' + source + '`, expected `{Name}` or `{Num}`')
  const alternatives = piece.split('|').map(function (alternative) {
    const parts = splitLikeText(alternative)
    if (parts.length === 0) throw new TypeError('Unexpected empty alternative in pattern `' + source + '`')
    return parts.map((value) => ({value, folded: foldToken(value), exact: value.replace(/'/g, '’'), caseSensitive: value !== value.toLowerCase()}))
  })
  return {slot: {type: 'literal', optional, alternatives}, opens, closes}
}
