import type {Literal, Pattern, Slot} from './pattern.js'
import type {Token} from './tokens.js'

/** A pattern found in a token list. */
export interface Match<Payload> {
  readonly payload: Payload
  readonly pattern: Pattern
  /** Token range of the whole match, `[first, end)`. */
  readonly first: number
  readonly end: number
  /** Offsets of the reported part. */
  readonly start: number
  readonly stop: number
}

/**
 * Patterns indexed by the literal that must come first, so each token is
 * tried only against patterns that can start with it: matching stays linear
 * in text length whatever the size of the phrase tables.
 */
export class PhraseIndex<Payload> {
  readonly #byFirst = new Map<string, Array<{pattern: Pattern; payload: Payload}>>()
  readonly #anywhere: Array<{pattern: Pattern; payload: Payload}> = []

  add(pattern: Pattern, payload: Payload): undefined {
    const first = pattern.slots[0]!
    if (first.type === 'literal' && !first.optional) {
      for (const alternative of first.alternatives) {
        const key = alternative[0]!.value.toLowerCase()
        const list = this.#byFirst.get(key) ?? []
        list.push({pattern, payload})
        this.#byFirst.set(key, list)
      }
    } else {
      this.#anywhere.push({pattern, payload})
    }

    return undefined
  }

  /** Every match in `tokens`; with `whole`, only matches that cover all tokens but outer punctuation. */
  find(tokens: ReadonlyArray<Token>, whole = false): Array<Match<Payload>> {
    const matches: Array<Match<Payload>> = []
    let from = 0
    let to = tokens.length
    if (whole) {
      while (from < to && tokens[from]!.kind === 'punctuation') from++
      while (to > from && tokens[to - 1]!.kind === 'punctuation') to--
    }

    for (let index = from; index < to; index++) {
      if (whole && index > from) break
      const token = tokens[index]!
      if (!token.wordStart && token.kind === 'word') continue
      const candidates = [...(this.#byFirst.get(token.folded) ?? []), ...this.#anywhere]
      for (const {pattern, payload} of candidates) {
        const result = matchAt(pattern.slots, 0, tokens, index, to, [])
        if (!result) continue
        const [end, positions] = result
        if (whole && end !== to) continue
        const last = tokens[end - 1]!
        if (last.kind === 'word' && !last.wordEnd) continue
        const spanFirst = positions[pattern.spanStart]
        const spanLast = lastPosition(positions, pattern.spanStart, pattern.spanEnd)
        if (spanFirst === undefined || spanLast === undefined) continue
        matches.push({payload, pattern, first: index, end, start: tokens[spanFirst]!.start, stop: tokens[spanLast]!.end})
      }
    }

    return matches
  }
}

/** Token index each slot starts at (`-1` for a skipped optional slot), plus one past the last token of the last slot. */
type Positions = Array<number>

function matchAt(
  slots: ReadonlyArray<Slot>,
  slotIndex: number,
  tokens: ReadonlyArray<Token>,
  at: number,
  limit: number,
  positions: Positions
): [number, Positions, ] | undefined {
  if (slotIndex === slots.length) return [at, [...positions, at]]
  const slot = slots[slotIndex]!
  for (const length of slotLengths(slot, tokens, at, limit)) {
    const result = matchAt(slots, slotIndex + 1, tokens, at + length, limit, [...positions, at])
    if (result) return result
  }

  if (slot.optional) return matchAt(slots, slotIndex + 1, tokens, at, limit, [...positions, -1])
  return undefined
}

/** How many tokens `slot` can take at `at` (longest first). */
function slotLengths(slot: Slot, tokens: ReadonlyArray<Token>, at: number, limit: number): Array<number> {
  const token = tokens[at]
  if (!token || at >= limit) return []
  switch (slot.type) {
    case 'any':
      return token.kind === 'word' ? [1] : []
    case 'name':
      return token.kind === 'word' && /^\p{Lu}/u.test(token.value) ? [1] : []
    case 'number':
      return token.kind === 'word' && /^\p{N}/u.test(token.value) ? [1] : []
    case 'literal': {
      const lengths: Array<number> = []
      for (const alternative of slot.alternatives) {
        if (at + alternative.length <= limit && alternative.every((literal, offset) => same(literal, tokens[at + offset]!))) {
          lengths.push(alternative.length)
        }
      }

      return lengths.sort((a, b) => b - a)
    }
  }
}

function same(literal: Literal, token: Token): boolean {
  return literal.caseSensitive ? literal.value === token.value : literal.value.toLowerCase() === token.folded
}

function lastPosition(positions: Positions, from: number, to: number): number | undefined {
  // The reported part ends where the first slot after it starts, minus one token.
  for (let slot = to - 1; slot >= from; slot--) {
    const start = positions[slot]
    if (start !== undefined && start >= 0) {
      const next = positions.slice(slot + 1).find((value) => value >= 0)
      return (next ?? start + 1) - 1
    }
  }

  return undefined
}
