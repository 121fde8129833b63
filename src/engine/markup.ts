/**
 * Markdown (remark) and HTML (rehype) to nlcst, with positions that are
 * offsets into the original file. Imported only when a Markdown or HTML
 * file is linted (`loadMarkup` in `./formats.ts`): its parsers are three
 * quarters of a megabyte of code a plain-text run never needs.
 *
 * mdast-util-to-nlcst and hast-util-to-nlcst place the words of a text node
 * by adding up their lengths from the node’s start, which drifts wherever
 * the source is longer than the text: a character reference (`&rsquo;`), an
 * escape (`\*`), or the `> ` and indentation that continue a block quote or
 * list item on the next line. `realign` puts every leaf back on its source.
 */

import type {Element as HastElement, Nodes as HastNodes, Root as HastRoot, Text as HastText} from 'hast'
import type {InlineCode, Root as MdastRoot, Text as MdastText} from 'mdast'
import type {Parent as NlcstParent, Root, RootContent} from 'nlcst'
import {ParseLatin} from 'parse-latin'
import rehypeParse from 'rehype-parse'
import rehypeRetext from 'rehype-retext'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import {unified} from 'unified'
import type {Position} from 'unist'
import {visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'

/** One control comment. */
export interface Marker {
  readonly verb: 'disable' | 'disable-next-line' | 'enable'
  /** Rule ids; empty for every rule. */
  readonly ruleIds: ReadonlyArray<string>
  readonly start: number
  /** Line the comment ends on. */
  readonly endLine: number
  readonly position: Position
}

/** A parsed Markdown or HTML file. */
export interface Markup {
  readonly tree: Root
  /** Its control comments, in order. */
  readonly markers: ReadonlyArray<Marker>
  /** The document as rules see it: markup blanked to spaces (`blankMarkup`). */
  readonly view: string
}

const markdown = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml', 'toml'])
  .use(function () {
    return function (tree: MdastRoot, file: VFile): undefined {
      skipUrls(tree as never, file, markdownSource)
      return undefined
    }
  })
  .use(remarkRetext, ParseLatin as never)
  .freeze()

const html = unified()
  .use(rehypeParse)
  .use(function () {
    return function (tree: HastRoot, file: VFile): undefined {
      // rehype-parse gives a blank document (``, ` `, `\n`) no position, without which hast-util-to-nlcst throws.
      tree.position ??= {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}}
      skipUrls(tree as never, file, htmlSource)
      return undefined
    }
  })
  .use(rehypeRetext, ParseLatin as never)
  .freeze()

/** Parse a Markdown or HTML file into nlcst, its control comments and the text rules see. */
export function parseMarkup(format: 'html' | 'markdown', document: string, file: VFile): Markup {
  const processor = format === 'markdown' ? markdown : html
  const tree = processor.parse(file) as MdastRoot | HastRoot
  const comments: Array<Position> = []
  visit(tree as HastNodes, function (node) {
    if ((node.type === 'comment' || (node.type as string) === 'html') && node.position) comments.push(node.position)
  })
  const markers = readMarkers(document, comments, location(file).toPoint)
  const result = processor.runSync(tree as never, file) as unknown as Root
  realign(result, document, file)
  return {tree: result, markers, view: blankMarkup(result, document)}
}

/** A URL in running text: from the scheme (or `www.`) to before trailing punctuation. */
const urlPattern = /\b(?:https?:\/\/|www\.)[^\s<>"]*[^\s<>".,;:!?'’”)\]]/g

type UrlParent = {children: Array<unknown>}
type TextLike = {type: 'text'; value: string; position?: Position | undefined}

/** Split URLs out of text nodes into code-like nodes, which become nlcst `SourceNode`s. */
function skipUrls(tree: UrlParent, file: VFile, makeSource: (url: string, position: Position) => unknown): undefined {
  const document = String(file)
  const place = location(file)
  visit(tree as never, 'text', function (node: TextLike, index: number | undefined, parent: UrlParent | undefined) {
    if (!parent || index === undefined || !node.position) return undefined
    const start = node.position.start.offset ?? 0
    const end = node.position.end.offset ?? start
    const raw = document.slice(start, end)
    const parts: Array<unknown> = []
    let textStart = start
    let valueStart = 0
    let searchFrom = 0
    for (const match of node.value.matchAll(urlPattern)) {
      const at = raw.indexOf(match[0], searchFrom)
      if (at < 0) continue
      const urlStart = start + at
      const urlEnd = urlStart + match[0].length
      if (urlStart > textStart) parts.push(textNode(node.value.slice(valueStart, match.index), textStart, urlStart))
      parts.push(makeSource(match[0], span(urlStart, urlEnd)))
      textStart = urlEnd
      valueStart = match.index + match[0].length
      searchFrom = at + match[0].length
    }

    if (parts.length === 0) return undefined
    if (textStart < end) parts.push(textNode(node.value.slice(valueStart), textStart, end))
    parent.children.splice(index, 1, ...parts)
    return index + parts.length
  })
  return undefined

  function span(from: number, to: number): Position {
    const startPoint = place.toPoint(from)
    const endPoint = place.toPoint(to)
    return {
      start: {line: startPoint?.line ?? 1, column: startPoint?.column ?? 1, offset: from},
      end: {line: endPoint?.line ?? 1, column: endPoint?.column ?? 1, offset: to}
    }
  }

  // Text keeps its decoded value; `realign` maps it back onto escapes and references.
  function textNode(value: string, from: number, to: number): MdastText | HastText {
    return {type: 'text', value, position: span(from, to)}
  }
}

function markdownSource(url: string, position: Position): InlineCode {
  return {type: 'inlineCode', value: url, position}
}

function htmlSource(url: string, position: Position): HastElement {
  return {type: 'element', tagName: 'code', properties: {}, children: [{type: 'text', value: url, position}], position}
}

/** A character reference as written in source: `&amp;`, `&#8217;`, `&#x2019;`. */
const reference = /&(?:#[xX][\da-fA-F]+|#\d+|[A-Za-z][A-Za-z\d]*);/y

/**
 * Move each leaf of `tree` onto the source text it came from, then fit the
 * parents around their children. A leaf that cannot be found keeps the
 * position it was given.
 */
function realign(tree: Root, document: string, file: VFile): undefined {
  const place = location(file)
  let cursor = 0

  visit(tree, function (node) {
    if (!('value' in node) || !node.position || node.value.length === 0) return
    const value = node.value
    const from = Math.max(node.position.start.offset ?? 0, cursor)
    let found = align(document, from, value) ?? align(document, skipLinePrefix(document, from), value)
    if (!found && node.type === 'SourceNode') {
      const at = document.indexOf(value, from)
      if (at >= 0 && at - from < 1000) found = [at, at + value.length]
    }

    if (!found) return
    cursor = found[1]
    if (found[0] === node.position.start.offset && found[1] === node.position.end.offset) return
    const start = place.toPoint(found[0])
    const end = place.toPoint(found[1])
    if (!start || !end) return
    node.position = {
      start: {line: start.line, column: start.column, offset: found[0]},
      end: {line: end.line, column: end.column, offset: found[1]}
    }
  })

  fitParents(tree)
  return undefined
}

/** Where `value` starts and ends in `document` at `start`, reading through references, escapes and line prefixes. */
function align(document: string, start: number, value: string): [number, number] | undefined {
  let index = start
  for (let position = 0; position < value.length; position++) {
    const character = value.charAt(position)
    reference.lastIndex = index
    const match = document.charAt(index) === '&' ? reference.exec(document) : null
    if (match) {
      index += match[0].length
      const code = character.charCodeAt(0)
      // An astral character is two code units in the text, one reference in the source.
      if (code >= 0xd800 && code <= 0xdbff) position++
    } else if (document.charAt(index) === character) {
      index++
      if (character === '\n' && value.charAt(position + 1) !== '\n') index = skipLinePrefix(document, index)
    } else if (document.charAt(index) === '\\' && document.charAt(index + 1) === character) {
      index += 2
    } else {
      return undefined
    }
  }

  return [start, index]
}

/** At the start of a line, skip the indentation and `>` marks that continue a block quote or list item. */
function skipLinePrefix(document: string, index: number): number {
  const lineStart = document.lastIndexOf('\n', index - 1) + 1
  if (!/^[ \t>]*$/.test(document.slice(lineStart, index))) return index
  while (index < document.length && /[ \t>]/.test(document.charAt(index))) index++
  return index
}

/**
 * The document as rules see it: markup, code and URLs blanked to spaces,
 * line breaks kept, so every offset, line and column is the original file’s
 * (`<p title="x">Hi</p>` → `              Hi    `).
 */
function blankMarkup(tree: Root, document: string): string {
  let result = ''
  let last = 0
  visit(tree, function (node) {
    if (!('value' in node) || node.type === 'SourceNode' || !node.position) return
    const start = node.position.start.offset ?? 0
    const end = node.position.end.offset ?? start
    if (start < last || end > document.length) return
    result += blank(document.slice(last, start)) + document.slice(start, end)
    last = end
  })
  return result + blank(document.slice(last))
}

function blank(text: string): string {
  return text.replace(/[^\r\n]/g, ' ')
}

function fitParents(node: Root | RootContent): undefined {
  if (!('children' in node)) return undefined
  for (const child of node.children) fitParents(child)
  if (node.type === 'RootNode') return undefined
  const first = (node as NlcstParent).children.find((child) => child.position)
  const last = (node as NlcstParent).children.findLast((child) => child.position)
  if (first?.position && last?.position) {
    node.position = {start: first.position.start, end: last.position.end}
  }

  return undefined
}

const markerPattern = /<!--\s*mtlint-(disable-next-line|disable|enable)\b([^]*?)-->/g

function readMarkers(
  document: string,
  comments: ReadonlyArray<Position>,
  toPoint: (offset: number) => {line: number; column: number} | undefined
): Array<Marker> {
  const found: Array<Marker> = []
  for (const comment of comments) {
    const offset = comment.start.offset ?? 0
    const text = document.slice(offset, comment.end.offset)
    for (const match of text.matchAll(markerPattern)) {
      const start = offset + match.index
      const end = start + match[0].length
      const startPoint = toPoint(start) ?? {line: 1, column: 1}
      const endPoint = toPoint(end) ?? startPoint
      // Everything after ` -- ` is a reason for people: `<!-- mtlint-disable quotes -- quoted verbatim -->`.
      const list = (match[2] ?? '').split(/\s--\s|\s--$/)[0] ?? ''
      found.push({
        verb: match[1] as Marker['verb'],
        ruleIds: list.split(/[\s,]+/).filter(Boolean),
        start,
        endLine: endPoint.line,
        position: {
          start: {...startPoint, offset: start},
          end: {...endPoint, offset: end}
        }
      })
    }
  }

  return found.sort((a, b) => a.start - b.start)
}
