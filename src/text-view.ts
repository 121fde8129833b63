import type {Root} from 'nlcst'
import {visit} from 'unist-util-visit'

/**
 * A document's text as its words and marks read, mapped back to the source.
 * In HTML and Markdown a character can be written as a reference or an
 * escape (`&ldquo;`, `&laquo;&nbsp;`, `\"`): the nlcst leaves hold the
 * character, their positions the reference. Rules that scan characters
 * (quotation marks) scan `text` and report source offsets.
 */
export interface TextView {
  readonly text: string
  /** Source offset where the character at `index` of `text` starts. */
  start(index: number): number
  /** Source offset where the character at `index` of `text` ends. */
  end(index: number): number
  /** Index in `text` of the first character at or after source offset `offset`. */
  indexOf(offset: number): number
}

/**
 * The view of `source` (the text rules see, markup blanked) through the
 * leaves of `tree`. Identity when `source` has no `&` or `\`, which is every
 * plain text without them: nothing is built.
 */
export function textView(tree: Root, source: string): TextView {
  if (!mayEncode(source)) return identity(source)
  let text = ''
  const starts: Array<number> = []
  const ends: Array<number> = []
  let cursor = 0

  visit(tree, function (node) {
    if (!('value' in node) || !node.position) return
    const start = node.position.start.offset
    const end = node.position.end.offset
    if (start === undefined || end === undefined || start < cursor) return
    copy(cursor, start)
    const raw = source.slice(start, end)
    if (raw === node.value) {
      copy(start, end)
    } else {
      // A reference or escape: each character it stands for spans all of it.
      text += node.value
      for (let index = 0; index < node.value.length; index++) {
        starts.push(start)
        ends.push(end)
      }
    }

    cursor = end
  })
  copy(cursor, source.length)

  return {
    text,
    start: (index) => starts[index] ?? source.length,
    end: (index) => ends[index] ?? source.length,
    indexOf(offset) {
      // Binary search: `starts` never decreases.
      let low = 0
      let high = starts.length
      while (low < high) {
        const middle = (low + high) >>> 1
        if (starts[middle]! < offset) low = middle + 1
        else high = middle
      }

      return low
    }
  }

  function copy(from: number, to: number): undefined {
    text += source.slice(from, to)
    for (let offset = from; offset < to; offset++) {
      starts.push(offset)
      ends.push(offset + 1)
    }

    return undefined
  }
}

/** Whether `text` may hold a character reference or escape (`&…;`, `\\"`): without `&` or `\\` the leaves read as the source. */
export function mayEncode(text: string): boolean {
  return text.includes('&') || text.includes('\\')
}

function identity(source: string): TextView {
  return {text: source, start: (index) => index, end: (index) => index + 1, indexOf: (offset) => offset}
}
