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
 * Index keys of `source`: the first two tokens a match must start with,
 * folded and joined by a space (`the federal`, `{Num} comments`), or the
 * first alone where the second is not fixed (`ard`, `{Name}`); `{Name}` and
 * `{Num}` stand for any capitalised word and any number. `undefined` when a
 * match can start anywhere (`*` or an optional first token). Reads only the
 * first two pieces, so indexes are built without compiling every pattern.
 */
export function startKeys(source: string): Array<string> | undefined {
  const pieces = /^\s*(\S+)(?:\s+(\S+))?/.exec(source)
  if (!pieces?.[1]) return undefined
  const heads = slotKeys(compilePiece(pieces[1], source).slot)
  if (!heads) return undefined
  const next = pieces[2] === undefined ? undefined : compilePiece(pieces[2], source).slot
  // Lookups pair a key with the next token's own text, so only a literal second slot can form a pair.
  const nexts = next?.type === 'literal' ? slotKeys(next) : undefined
  const singles = new Set<string>()
  const pairs = new Set<string>()
  for (const head of heads) {
    if (head.length > 1) pairs.add(head[0] + ' ' + head[1])
    else if (nexts) for (const second of nexts) pairs.add(head[0] + ' ' + second[0])
    else singles.add(head[0]!)
  }

  // A pair whose first token is also a key alone would be tried twice.
  return [...singles, ...[...pairs].filter((pair) => !singles.has(pair.slice(0, pair.indexOf(' '))))]
}

/** The folded token sequences a required slot starts with (`{Name}`, `{Num}` as such); `undefined` for `*` or an optional slot. */
function slotKeys(slot: Slot): Array<ReadonlyArray<string>> | undefined {
  if (slot.optional) return undefined
  if (slot.type === 'name') return [['{Name}']]
  if (slot.type === 'number') return [['{Num}']]
  if (slot.type === 'any') return undefined
  return slot.alternatives.map((alternative) => alternative.slice(0, 2).map((literal) => literal.folded))
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
