import type {LocaleData} from './dictionary/locales.js'

/** A quotation mark found in a paragraph, classified for the text’s language. */
export interface Mark {
  readonly offset: number
  readonly value: string
  readonly role: 'close' | 'open'
  /** `own`: the language’s mark; `foreign`: another locale’s; `straight`: `"`. */
  readonly kind: 'foreign' | 'own' | 'straight'
  /** Whether this is an outer (primary) mark of the language. */
  readonly primary: boolean
  /** The language’s pair at this nesting depth. */
  readonly pair: readonly [string, string]
  /** The language’s mark to use here instead (for `foreign` and `straight`). */
  readonly expected: string
  /** Whether the mark opens the paragraph (a continued quotation reopens). */
  readonly startsParagraph: boolean
}

const quoteCharacters = /["«»‹›“”„‟‚‘’]/g
/** Spaces French typography puts inside guillemets: look through them. */
const innerSpaces = /[\u00A0\u202F\u2009]/

/**
 * Find and classify the quotation marks in `value.slice(start, end)`.
 * `’` is an apostrophe (`Biden’s`, `’90s`) unless it closes a pending `‘`;
 * `"` after a digit is an inch or second mark (`5' 11"`).
 */
export function scanQuotes(
  value: string,
  start: number,
  end: number,
  locale: LocaleData
): Array<Mark> {
  const own = ownRoles(locale)
  const marks: Array<Mark> = []
  const stack: Array<readonly [string, string]> = []
  const firstVisible = start + (value.slice(start, end).search(/\S/) + 1 || 1) - 1
  const text = value.slice(start, end)
  quoteCharacters.lastIndex = 0
  let match

  while ((match = quoteCharacters.exec(text))) {
    const offset = start + match.index
    const character = match[0]
    const before = neighbour(value, offset, -1, start)
    const after = neighbour(value, offset, 1, end)
    const context = contextRole(before, after)

    if (character === '’' || character === '‘') {
      // Apostrophes: inside a word, before a digit, or after a letter with no `‘` pending.
      if (/\p{L}/u.test(before) && /\p{L}/u.test(after)) continue
      if (/\p{N}/u.test(after) && character === '’') continue
      const pending = stack.some((pair) => pair[1] === character)
      if (character === '’' && !pending) continue
    }

    if (character === '"' && /\p{N}/u.test(before)) continue

    const ownRole = own.get(character)
    let kind: Mark['kind'] = character === '"' ? 'straight' : ownRole ? 'own' : 'foreign'
    let role: Mark['role']
    if (ownRole && (context === undefined || context === ownRole.role)) {
      role = ownRole.role
    } else {
      // Another locale’s mark, or one of ours used the other way round (German `“Hallo”`).
      if (kind === 'own') kind = 'foreign'
      role = context ?? (/\s|^$/u.test(before) ? 'open' : 'close')
    }

    const depth = role === 'open' ? stack.length : Math.max(stack.length - 1, 0)
    const pair = role === 'close' && stack.length > 0 ? stack.at(-1)! : depth === 0 ? locale.quotes.primary : locale.quotes.secondary
    const expected = role === 'open' ? pair[0] : pair[1]
    const primary = kind === 'own' ? ownRole?.primary === true : depth === 0

    if (role === 'open') stack.push(kind === 'own' ? ownRole!.pair : pair)
    else stack.pop()

    marks.push({offset, value: character, role, kind, primary, pair, expected, startsParagraph: offset === firstVisible && role === 'open'})
  }

  return marks
}

interface OwnRole {
  readonly role: Mark['role']
  readonly primary: boolean
  readonly pair: readonly [string, string]
}

function ownRoles(locale: LocaleData): Map<string, OwnRole> {
  const roles = new Map<string, OwnRole>()
  const pairs = [locale.quotes.primary, locale.quotes.secondary, ...locale.quotes.accepted]
  for (const [index, pair] of pairs.entries()) {
    const primary = index !== 1
    if (!roles.has(pair[0])) roles.set(pair[0], {role: 'open', primary, pair})
    if (!roles.has(pair[1])) roles.set(pair[1], {role: 'close', primary, pair})
  }

  return roles
}

/** The character next to `offset` in `direction`, looking through no-break spaces; `''` at the edge. */
function neighbour(value: string, offset: number, direction: 1 | -1, limit: number): string {
  let index = offset + direction
  while (direction === 1 ? index < limit : index >= limit) {
    const character = value.charAt(index)
    if (!innerSpaces.test(character)) return character
    index += direction
  }

  return ''
}

/** What the surroundings say the mark is, when they say it clearly. */
function contextRole(before: string, after: string): Mark['role'] | undefined {
  const spaceOrEdgeBefore = before === '' || /[\s([{\u2013\u2014/]/u.test(before)
  const spaceOrEdgeAfter = after === '' || /[\s)\]}.,;:!?…\u2013\u2014]/u.test(after)
  if (spaceOrEdgeBefore && !spaceOrEdgeAfter) return 'open'
  if (spaceOrEdgeAfter && !spaceOrEdgeBefore) return 'close'
  return undefined
}
