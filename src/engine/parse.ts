import type {Paragraph, Root, RootContent, Sentence, WhiteSpace} from 'nlcst'
import type {Point, Position} from 'unist'
import type {Processor} from 'unified'
import {ParseLatin} from 'parse-latin'

/** Longest run handed to parse-latin at once: its cost grows with the square of a run’s length. */
const maxChunk = 8192
const lineBreak = /\r\n|\n|\r/g

/**
 * unified parser for plain text: parse-latin, one line at a time.
 *
 * parse-latin tokenizes a whole document as one sentence before splitting it,
 * which is quadratic in document size (FACTS.md: 4.6 s per MB at 1 MB). It
 * already starts a paragraph at every line break, so parsing line by line
 * gives the same tree in linear time. Lines longer than `maxChunk` are cut
 * at a sentence end or white space and their sentences joined into one
 * paragraph.
 */
export function parsePlainText(this: unknown): undefined {
  const processor = this as Processor<Root>
  processor.parser = function (document: string): Root {
    return parseText(document)
  }

  return undefined
}

/** Parse `document` into an nlcst root with absolute positions. */
export function parseText(document: string): Root {
  const parser = new ParseLatin()
  const children: Array<RootContent> = []
  let lineStart = 0
  let line = 1

  lineBreak.lastIndex = 0
  for (;;) {
    const match = lineBreak.exec(document)
    const lineEnd = match ? match.index : document.length
    if (lineEnd > lineStart) {
      children.push(...parseLine(parser, document, lineStart, lineEnd, line))
    }

    if (!match) break
    const breakEnd = lineEnd + match[0].length
    children.push(
      whiteSpace(match[0], point(line, lineEnd - lineStart + 1, lineEnd), point(line + 1, 1, breakEnd))
    )
    line++
    lineStart = breakEnd
  }

  return {
    type: 'RootNode',
    children: mergeWhiteSpace(children),
    position: {start: point(1, 1, 0), end: endPoint(document, line, lineStart)}
  }
}

function parseLine(
  parser: ParseLatin,
  document: string,
  start: number,
  end: number,
  line: number
): Array<RootContent> {
  const nodes: Array<RootContent> = []
  let sentences: Array<Paragraph['children'][number]> | undefined
  let chunkStart = start

  while (chunkStart < end) {
    const chunkEnd = cutPoint(document, chunkStart, end)
    const root = parser.parse(document.slice(chunkStart, chunkEnd))
    rebase(root, line, chunkStart - start, chunkStart)

    if (chunkStart === start && chunkEnd === end) {
      nodes.push(...root.children)
      return nodes
    }

    // Join the chunks of one long line into a single paragraph.
    sentences ??= []
    for (const child of root.children) {
      if (child.type === 'ParagraphNode') sentences.push(...child.children)
      else sentences.push(child as WhiteSpace)
    }

    chunkStart = chunkEnd
  }

  const first = sentences?.[0]
  const last = sentences?.at(-1)
  if (sentences && first?.position && last?.position) {
    nodes.push({
      type: 'ParagraphNode',
      children: sentences as Array<Sentence | WhiteSpace>,
      position: {start: first.position.start, end: last.position.end}
    })
  }

  return nodes
}

/** Where to end a chunk that starts at `start`: a sentence end or white space before `maxChunk`. */
function cutPoint(document: string, start: number, end: number): number {
  if (end - start <= maxChunk) return end
  const limit = start + maxChunk
  const window = document.slice(start + maxChunk / 2, limit)
  const sentenceEnd = /[.!?…]["'”»“«’)]*\s+(?=\S)/g
  let cut = -1
  let match
  while ((match = sentenceEnd.exec(window))) cut = match.index + match[0].length
  if (cut < 0) {
    const space = window.search(/\s\S*$/)
    cut = space < 0 ? -1 : space + 1
  }

  // No break anywhere: cut between two code points.
  if (cut < 0) {
    const code = document.charCodeAt(limit - 1)
    return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit
  }

  return start + maxChunk / 2 + cut
}

/** Shift positions from chunk-relative to document-absolute, with new point objects (parse-latin shares them between parents and children). */
function rebase(
  node: {position?: Position | undefined; children?: Array<unknown>},
  line: number,
  columnShift: number,
  offsetShift: number
): undefined {
  if (node.position) {
    node.position = {
      start: shift(node.position.start),
      end: shift(node.position.end)
    }
  }

  if (node.children) {
    for (const child of node.children) {
      rebase(child as typeof node, line, columnShift, offsetShift)
    }
  }

  return undefined

  function shift(value: Point): Point {
    return point(line, value.column + columnShift, (value.offset ?? 0) + offsetShift)
  }
}

/** parse-latin may start or end a line with white space; keep adjacent white space as one node. */
function mergeWhiteSpace(nodes: Array<RootContent>): Array<RootContent> {
  const result: Array<RootContent> = []
  for (const node of nodes) {
    const previous = result.at(-1)
    if (node.type === 'WhiteSpaceNode' && previous?.type === 'WhiteSpaceNode' && previous.position && node.position) {
      result[result.length - 1] = whiteSpace(previous.value + node.value, previous.position.start, node.position.end)
    } else {
      result.push(node)
    }
  }

  return result
}

function whiteSpace(value: string, start: Point, end: Point): WhiteSpace {
  return {type: 'WhiteSpaceNode', value, position: {start, end}}
}

function point(line: number, column: number, offset: number): Point {
  return {line, column, offset}
}

function endPoint(document: string, line: number, lineStart: number): Point {
  return point(line, document.length - lineStart + 1, document.length)
}
