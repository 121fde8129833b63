import type {Paragraph} from 'nlcst'
import type {PhraseEntry} from '../dictionary/phrases.js'
import {PhraseIndex, type Match} from './match.js'
import {paragraphTokens, type Token} from './tokens.js'

const indexes = new WeakMap<object, Map<string, PhraseIndex<unknown>>>()

/**
 * The phrase index of the entries of `table` that pass `filter`, built once
 * per table object and `name` (tables are immutable, so the cache is keyed
 * by identity).
 */
export function indexOf<Entry extends PhraseEntry>(
  table: {readonly entries: ReadonlyArray<Entry>},
  name = 'all',
  filter: (entry: Entry) => boolean = () => true
): PhraseIndex<Entry> {
  let byName = indexes.get(table)
  if (!byName) {
    byName = new Map()
    indexes.set(table, byName)
  }

  let index = byName.get(name) as PhraseIndex<Entry> | undefined
  if (!index) {
    index = new PhraseIndex<Entry>()
    for (const entry of table.entries) {
      if (!filter(entry)) continue
      addPatterns(index, entry, entry)
    }

    byName.set(name, index as PhraseIndex<unknown>)
  }

  return index
}

/** An entry of one of several tables searched together, with the table's place among them. */
export interface Ranked<Table, Entry> {
  readonly table: Table
  readonly entry: Entry
  readonly rank: number
}

const combined = new Map<string, PhraseIndex<unknown>>()

/**
 * One index over several tables (all calque tables into English, when the
 * source language is unknown), so a paragraph is searched once, not once
 * per table. Cached by the tables' paths: built-in tables live as long as
 * the process.
 */
export function combinedIndex<Table extends {readonly path: string; readonly entries: ReadonlyArray<PhraseEntry>}>(
  tables: ReadonlyArray<Table>
): PhraseIndex<Ranked<Table, Table['entries'][number]>> {
  type Entry = Table['entries'][number]
  const key = tables.map((table) => table.path).join('\n')
  let index = combined.get(key) as PhraseIndex<Ranked<Table, Entry>> | undefined
  if (!index) {
    index = new PhraseIndex<Ranked<Table, Entry>>()
    for (const [rank, table] of tables.entries()) {
      for (const entry of table.entries) {
        addPatterns(index, entry, {table, entry, rank})
      }
    }

    combined.set(key, index as PhraseIndex<unknown>)
  }

  return index
}

/** Add every pattern of `entry` to `index`, with its precomputed keys when the build stored them. */
function addPatterns<Payload>(index: PhraseIndex<Payload>, entry: PhraseEntry, payload: Payload): undefined {
  for (const [position, pattern] of entry.match.entries()) index.add(pattern, payload, entry.starts?.[position])
  return undefined
}

/** Matches of `index` in a paragraph (or its tokens, when several indexes search it), one per reported span. */
export function findInParagraph<Entry>(index: PhraseIndex<Entry>, paragraph: Paragraph | ReadonlyArray<Token>, whole = false): Array<Match<Entry>> {
  const seen = new Set<string>()
  const tokens = Array.isArray(paragraph) ? paragraph : paragraphTokens(paragraph as Paragraph)
  return index.find(tokens, whole).filter(function (match) {
    const key = match.start + ':' + match.stop
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/**
 * `suggestion` capitalised when it replaces a capitalised word that starts
 * a sentence or line (`Status:` → `As of:`); mid-sentence capitals
 * (`the GIBDD`, `Topics of the Day`) say nothing about the replacement.
 */
export function matchCase(value: string, start: number, suggestion: string): string {
  const before = value.slice(Math.max(0, start - 4), start)
  const sentenceStart = start === 0 || /(?:^|[.!?…]["”’»)]*\s+|\n\s*)$/u.test(before)
  if (sentenceStart && /^\p{Lu}/u.test(value.charAt(start)) && /^\p{Ll}/u.test(suggestion)) {
    return suggestion.charAt(0).toUpperCase() + suggestion.slice(1)
  }

  return suggestion
}
