/**
 * Re-lint only what an edit touched.
 *
 * A full lint of a 1,500-word article costs 100–300 ms; a paragraph costs a
 * few. After an edit, findings before the edited paragraphs stay, findings
 * after them move by the change in length, and the edited paragraphs alone
 * are linted again. In plain text every line is a paragraph to the engine
 * (`src/engine/parse.ts`), so the region is whole lines; in Markdown it is
 * whole blocks between blank lines.
 *
 * Rules that look across paragraphs cannot be judged on a region:
 * `name-consistency` (spellings anywhere in the document), `spelling`
 * (names are words capitalised alike twice in the document), `quotes` (a
 * quotation reopened in the next paragraph) and `untranslated` (the whole
 * document’s language). Their findings are kept wherever the text under
 * them is unchanged and are otherwise left to the full lint that the server
 * runs once typing pauses; that full lint is always the authority.
 *
 * HTML, and Markdown with fenced code, HTML or control comments, are
 * always linted in full: a region cut out of them could turn code into
 * text or lose a `<!-- mtlint-disable -->` above it.
 */

import type {Format} from '../engine/formats.js'
import type {Finding} from './finding.js'
import {diffTexts} from './text.js'

/** Rules whose findings depend on text outside the paragraph they are in. */
export const documentRules: ReadonlySet<string> = new Set(['name-consistency', 'quotes', 'spelling', 'untranslated'])

/** A text and its findings: the base an edit is applied to. */
export interface Snapshot {
  readonly text: string
  readonly findings: ReadonlyArray<Finding>
}

/** How to bring a snapshot up to date with a new text. */
export interface Plan {
  /** The region of the new text to lint again (whole paragraphs). */
  readonly start: number
  readonly end: number
  /** Findings carried over from the snapshot, moved to the new text. */
  readonly kept: ReadonlyArray<Finding>
}

/** A region larger than this share of the document is linted in full. */
const maxShare = 0.5

/**
 * Plan an incremental re-lint of `text` from `base`, or `undefined` when only
 * a full lint will do.
 */
export function planIncremental(base: Snapshot, text: string, format: Format): Plan | undefined {
  if (!canSlice(base.text, format) || !canSlice(text, format)) return undefined
  const change = diffTexts(base.text, text)
  const delta = text.length - base.text.length
  // The changed span in the new text, then widened to whole paragraphs.
  const changedEnd = change.start + change.inserted.length
  const start = format === 'markdown' ? blockStart(text, change.start) : lineStart(text, change.start)
  const end = format === 'markdown' ? blockEnd(text, changedEnd) : lineEnd(text, changedEnd)
  if (end - start > text.length * maxShare && text.length > 2000) return undefined
  const oldEnd = end - delta

  const kept: Array<Finding> = []
  for (const finding of base.findings) {
    const outsideRegion = finding.end <= start || finding.start >= oldEnd
    if (!outsideRegion && !documentRules.has(finding.ruleId)) continue
    const moved = move(finding.start, finding.end)
    if (!moved) continue
    kept.push({
      ...finding,
      start: moved[0],
      end: moved[1],
      related: finding.related.flatMap(function (related) {
        const place = move(related.start, related.end)
        return place ? [{...related, start: place[0], end: place[1]}] : []
      })
    })
  }

  return {start, end, kept}

  /** Where a span of the old text is in the new one, when the text under it did not change. */
  function move(from: number, to: number): readonly [number, number] | undefined {
    if (to <= change.start) return [from, to]
    if (from >= change.end) return [from + delta, to + delta]
    return undefined
  }
}

/** Whether cutting `text` at paragraph boundaries keeps every paragraph’s meaning. */
function canSlice(text: string, format: Format): boolean {
  if (format === 'text') return true
  if (format === 'html') return false
  return !/^ {0,3}(?:```|~~~)|<!--|^ {0,3}<[A-Za-z/!?]/m.test(text)
}

function lineStart(text: string, offset: number): number {
  let index = offset
  while (index > 0 && text.charCodeAt(index - 1) !== 10 && text.charCodeAt(index - 1) !== 13) index--
  return index
}

function lineEnd(text: string, offset: number): number {
  let index = offset
  while (index < text.length && text.charCodeAt(index) !== 10 && text.charCodeAt(index) !== 13) index++
  return index
}

/** Start of the block holding `offset`: just after the last blank line before it. */
function blockStart(text: string, offset: number): number {
  let index = lineStart(text, offset)
  while (index > 0) {
    const previous = lineStart(text, previousLineEnd(text, index))
    if (text.slice(previous, previousLineEnd(text, index)).trim() === '') break
    index = previous
  }

  return index
}

/** End of the block holding `offset`: the end of the last line before the next blank line. */
function blockEnd(text: string, offset: number): number {
  let index = lineEnd(text, offset)
  while (index < text.length) {
    const next = nextLineStart(text, index)
    const nextEnd = lineEnd(text, next)
    if (text.slice(next, nextEnd).trim() === '') break
    index = nextEnd
  }

  return index
}

/** Offset of the end of the line before the line starting at `start`. */
function previousLineEnd(text: string, start: number): number {
  if (start >= 2 && text.charCodeAt(start - 1) === 10 && text.charCodeAt(start - 2) === 13) return start - 2
  return start - 1
}

/** Offset of the start of the line after the line ending at `end`. */
function nextLineStart(text: string, end: number): number {
  if (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10) return end + 2
  return end + 1
}
