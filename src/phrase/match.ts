import {compilePattern, startKeys, type Literal, type Pattern, type Slot} from './pattern.js'
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

/** A pattern as added: compiled the first time a token could start it. */
interface Candidate<Payload> {
  readonly source: string
  readonly payload: Payload
  pattern: Pattern | undefined
}

/**
 * Patterns indexed by the first two tokens a match must start with (or the
 * first alone, `startKeys`; `{Name}` and `{Num}` for a capitalised word or a
 * number), so each token is tried only against patterns that can start there: matching stays linear in text length whatever the
 * size of the phrase tables, and `the` does not try the 147 English patterns
 * that start with it. Patterns are
 * compiled when first tried: a document meets a few dozen of the thousands
 * in the tables, and building the index reads only each pattern's first
 * token (loading every table then takes milliseconds, not tens of them).
 * Data files are checked by compiling every pattern when they are read from
 * YAML (`src/dictionary/phrases.ts`) and at `npm run build`.
 */
export class PhraseIndex<Payload> {
  readonly #byFirst = new Map<string, Array<Candidate<Payload>>>()
  readonly #anywhere: Array<Candidate<Payload>> = []

  /** Add pattern text; `keys`, when given, are its `startKeys` computed beforehand (`null`: anywhere). */
  add(source: string, payload: Payload, keys?: ReadonlyArray<string> | null): undefined {
    const candidate: Candidate<Payload> = {source, payload, pattern: undefined}
    keys = keys === undefined ? startKeys(source) : keys
    if (!keys) {
      this.#anywhere.push(candidate)
      return undefined
    }

    for (const key of keys) {
      const list = this.#byFirst.get(key)
      if (list) list.push(candidate)
      else this.#byFirst.set(key, [candidate])
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
    if (whole) {
      let firstWord = 0
      while (firstWord < tokens.length && tokens[firstWord]!.kind === 'punctuation') firstWord++
      this.#findAt(tokens, 0, true, matches)
      if (firstWord !== 0) this.#findAt(tokens, firstWord, true, matches)
    } else {
      for (let index = 0; index < tokens.length; index++) this.#findAt(tokens, index, false, matches)
    }

    return matches
  }

  #findAt(tokens: ReadonlyArray<Token>, index: number, whole: boolean, matches: Array<Match<Payload>>): undefined {
    const token = tokens[index]
    if (!token || (!token.wordStart && token.kind === 'word')) return undefined
    this.#findKeyed(token.folded, tokens, index, whole, matches)
    if (token.capitalised) this.#findKeyed('{Name}', tokens, index, whole, matches)
    if (token.numeric) this.#findKeyed('{Num}', tokens, index, whole, matches)
    for (const candidate of this.#anywhere) this.#try(candidate, tokens, index, whole, matches)
    return undefined
  }

  /** Try the patterns keyed by `head` alone and by `head` and the next token. */
  #findKeyed(head: string, tokens: ReadonlyArray<Token>, index: number, whole: boolean, matches: Array<Match<Payload>>): undefined {
    const single = this.#byFirst.get(head)
    if (single) for (const candidate of single) this.#try(candidate, tokens, index, whole, matches)
    const next = tokens[index + 1]
    const pair = next && this.#byFirst.get(head + ' ' + next.folded)
    if (pair) for (const candidate of pair) this.#try(candidate, tokens, index, whole, matches)
    return undefined
  }

  #try(candidate: Candidate<Payload>, tokens: ReadonlyArray<Token>, index: number, whole: boolean, matches: Array<Match<Payload>>): undefined {
    candidate.pattern ??= compilePattern(candidate.source)
    const pattern = candidate.pattern
    const positions: Positions = []
    const end = matchAt(pattern.slots, 0, tokens, index, positions, whole)
    if (end === undefined) return undefined
    const last = tokens[end - 1]!
    if (last.kind === 'word' && !last.wordEnd) return undefined
    const spanFirst = positions.slice(pattern.spanStart, pattern.spanEnd).find((position) => position >= 0)
    const spanLast = lastPosition(positions, end, pattern.spanStart, pattern.spanEnd)
    if (spanFirst === undefined || spanLast === undefined) return undefined
    matches.push({payload: candidate.payload, pattern, first: index, end, start: tokens[spanFirst]!.start, stop: tokens[spanLast]!.end})
    return undefined
  }
}

/** Token index each slot starts at (`-1` for a skipped optional slot). */
type Positions = Array<number>

/**
 * Match `slots[slotIndex…]` at token `at`, filling `positions` (one entry
 * per slot, undone on backtracking); the token index after the match.
 */
function matchAt(
  slots: ReadonlyArray<Slot>,
  slotIndex: number,
  tokens: ReadonlyArray<Token>,
  at: number,
  positions: Positions,
  whole: boolean
): number | undefined {
  if (slotIndex === slots.length) {
    // A whole-line match may leave only punctuation after it.
    if (whole) {
      for (let rest = at; rest < tokens.length; rest++) if (tokens[rest]!.kind === 'word') return undefined
    }

    return at
  }

  const slot = slots[slotIndex]!
  positions.push(at)
  for (const length of slotLengths(slot, tokens, at)) {
    const end = matchAt(slots, slotIndex + 1, tokens, at + length, positions, whole)
    if (end !== undefined) return end
  }

  positions.pop()
  if (!slot.optional) return undefined
  positions.push(-1)
  const end = matchAt(slots, slotIndex + 1, tokens, at, positions, whole)
  if (end === undefined) positions.pop()
  return end
}

const none: ReadonlyArray<number> = []
const one: ReadonlyArray<number> = [1]

/** How many tokens `slot` can take at `at` (longest first). */
function slotLengths(slot: Slot, tokens: ReadonlyArray<Token>, at: number): ReadonlyArray<number> {
  const token = tokens[at]
  if (!token) return none
  switch (slot.type) {
    case 'any':
      return token.kind === 'word' ? one : none
    case 'name':
      return token.capitalised ? one : none
    case 'number':
      return token.numeric ? one : none
    case 'literal': {
      let lengths: Array<number> | undefined
      for (const alternative of slot.alternatives) {
        if (at + alternative.length > tokens.length) continue
        let matched = true
        for (let offset = 0; offset < alternative.length; offset++) {
          if (!same(alternative[offset]!, tokens[at + offset]!)) {
            matched = false
            break
          }
        }

        if (matched) (lengths ??= []).push(alternative.length)
      }

      return lengths ? lengths.sort((a, b) => b - a) : none
    }
  }
}

function same(literal: Literal, token: Token): boolean {
  if (!literal.caseSensitive) return literal.folded === token.folded
  return literal.exact === token.value || (token.value.includes("'") && literal.exact === token.value.replace(/'/g, '’'))
}

/** Last token of the reported part: the token before the next slot that took any, or before the match's end. */
function lastPosition(positions: Positions, end: number, from: number, to: number): number | undefined {
  for (let slot = to - 1; slot >= from; slot--) {
    const start = positions[slot]!
    if (start < 0) continue
    for (let next = slot + 1; next < positions.length; next++) {
      if (positions[next]! >= 0) return positions[next]! - 1
    }

    return end - 1
  }

  return undefined
}
