import type {Paragraph, Word} from 'nlcst'
import {toString} from 'nlcst-to-string'

/** A unit phrase patterns match: a word part or a punctuation mark. */
export interface Token {
  readonly kind: 'punctuation' | 'word'
  readonly value: string
  /** Lower-cased `value`. */
  readonly folded: string
  /** A word starting with an upper-case letter (`{Name}`) / a digit (`{Num}`). */
  readonly capitalised: boolean
  readonly numeric: boolean
  readonly start: number
  readonly end: number
  /** Whether the token starts / ends its nlcst word (so a match never takes part of a word). */
  readonly wordStart: boolean
  readonly wordEnd: boolean
}

const apostrophes = /^['’]$/u

/**
 * Flatten a paragraph into tokens. Words are split at inner punctuation
 * (`Chancellor-designate` → `Chancellor`, `-`, `designate`; `tagesschau.de`
 * → `tagesschau`, `.`, `de`), except apostrophes (`Biden’s`, `l’Élysée`) and
 * words that start with a digit (`07.12.2021`, `10:15`), which stay whole.
 * Patterns are split the same way, so `p.m.` in a pattern matches `p.m.`.
 */
export function paragraphTokens(paragraph: Paragraph): ReadonlyArray<Token> {
  const cached = tokenCache.get(paragraph)
  if (cached) return cached
  const tokens: Array<Token> = []
  for (const sentence of paragraph.children) {
    if (sentence.type !== 'SentenceNode') continue
    for (const node of sentence.children) {
      if (node.type === 'WordNode') addWord(node, tokens)
      else if (node.type === 'PunctuationNode' || node.type === 'SymbolNode') {
        const start = node.position?.start.offset
        const end = node.position?.end.offset
        if (start !== undefined && end !== undefined) {
          tokens.push(token('punctuation', node.value, start, end, true, true))
        }
      }
    }
  }

  tokenCache.set(paragraph, tokens)
  return tokens
}

/** Tokens per paragraph node: the calque and boilerplate rules read the same paragraphs of the same tree. */
const tokenCache = new WeakMap<Paragraph, ReadonlyArray<Token>>()

function addWord(word: Word, tokens: Array<Token>): undefined {
  const start = word.position?.start.offset
  const end = word.position?.end.offset
  if (start === undefined || end === undefined) return undefined
  const value = toString(word)
  if (/^\p{N}/u.test(value)) {
    tokens.push(token('word', value, start, end, true, true))
    return undefined
  }

  let partStart = start
  let part = ''
  const first = tokens.length
  for (const child of word.children) {
    const text = toString(child)
    const childStart = child.position?.start.offset ?? partStart
    if (child.type === 'TextNode' || apostrophes.test(text)) {
      if (part === '') partStart = childStart
      part += text
    } else {
      if (part) tokens.push(token('word', part, partStart, partStart + part.length, false, false))
      part = ''
      tokens.push(token('punctuation', text, childStart, childStart + text.length, false, false))
    }
  }

  if (part) tokens.push(token('word', part, partStart, partStart + part.length, false, false))
  const firstToken = tokens[first]
  const lastToken = tokens.at(-1)
  if (firstToken) tokens[first] = {...firstToken, wordStart: true}
  if (lastToken && tokens.length > first) tokens[tokens.length - 1] = {...tokens.at(-1)!, wordEnd: true}
  return undefined
}

function token(kind: Token['kind'], value: string, start: number, end: number, wordStart: boolean, wordEnd: boolean): Token {
  const numeric = kind === 'word' && /^\p{N}/u.test(value)
  const capitalised = kind === 'word' && !numeric && /^\p{Lu}/u.test(value)
  return {kind, value, folded: foldToken(value), capitalised, numeric, start, end, wordStart, wordEnd}
}

/**
 * Split pattern text the way `paragraphTokens` splits words: runs of
 * letters, digits and apostrophes, and single other characters. A run that
 * starts with a digit takes the rest of the piece (`07.12.2021`).
 */
export function splitLikeText(piece: string): Array<string> {
  if (/^\p{N}/u.test(piece)) return [piece]
  return piece.match(/[\p{L}\p{M}\p{N}'’]+|[^\p{L}\p{M}\p{N}'’\s]/gu) ?? []
}

/** Lower case, with straight and curly apostrophes alike (`o'clock`, `o’clock`). */
export function foldToken(value: string): string {
  return value.toLowerCase().replace(/'/g, '’')
}
