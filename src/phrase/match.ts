import type {Literal, Pattern, Slot} from './pattern.js'
import {foldToken, type Token} from './tokens.js'

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
        const key = foldToken(alternative[0]!.value)
        const list = this.#byFirst.get(key) ?? []
        list.push({pattern, payload})
        this.#byFirst.set(key, list)
      }
    } else {
      this.#anywhere.push({pattern, payload})
    }

    return undefined
  }

  /**
   * Every match in `tokens`; with `whole`, only matches that cover all
   * tokens but punctuation before or after (`Read more.`, `© dpa`,
   * `Status: 07.12.2021 11:54 p.m.`).
   */
  find(tokens: ReadonlyArray<Token>, whole = false): Array<Match<Payload>> {
    const matches: Array<Match<Payload>> = []
    let firstWord = 0
    while (firstWord < tokens.length && tokens[firstWord]!.kind === 'punctuation') firstWord++
    const starts = whole ? [...new Set([0, firstWord])] : tokens.keys()

    for (const index of starts) {
      const token = tokens[index]
      if (!token || (!token.wordStart && token.kind === 'word')) continue
      const candidates = [...(this.#byFirst.get(token.folded) ?? []), ...this.#anywhere]
      for (const {pattern, payload} of candidates) {
        const result = matchAt(pattern.slots, 0, tokens, index, tokens.length, [], whole)
        if (!result) continue
        const [end, positions] = result
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
  positions: Positions,
  whole: boolean
): [number, Positions] | undefined {
  if (slotIndex === slots.length) {
    // A whole-line match may leave only punctuation after it.
    if (whole && tokens.slice(at).some((token) => token.kind === 'word')) return undefined
    return [at, [...positions, at]]
  }

  const slot = slots[slotIndex]!
  for (const length of slotLengths(slot, tokens, at, limit)) {
    const result = matchAt(slots, slotIndex + 1, tokens, at + length, limit, [...positions, at], whole)
    if (result) return result
  }

  if (slot.optional) return matchAt(slots, slotIndex + 1, tokens, at, limit, [...positions, -1], whole)
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
  return literal.caseSensitive ? literal.value.replace(/'/g, '’') === token.value.replace(/'/g, '’') : foldToken(literal.value) === token.folded
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
