/**
 * Which parser a file gets, by extension, and what its markup contributes.
 *
 * `.md`/`.markdown` go through remark and `.html`/`.htm` through rehype;
 * everything else through the per-line plain-text parser (`./parse.ts`).
 * All three produce nlcst whose positions are offsets into the original
 * file. Markdown code, inline code, front matter and URLs, and HTML
 * scripts, styles, `<code>`, attributes and URLs, are not text.
 *
 * mdast-util-to-nlcst and hast-util-to-nlcst place the words of a text node
 * by adding up their lengths from the node’s start, which drifts wherever
 * the source is longer than the text: a character reference (`&rsquo;`), an
 * escape (`\*`), or the `> ` and indentation that continue a block quote or
 * list item on the next line. `realign` puts every leaf back on its source.
 *
 * Control comments (`<!-- mtlint-disable quotes -->`,
 * `<!-- mtlint-enable quotes -->`, `<!-- mtlint-disable-next-line -->`) are
 * read while parsing and applied by `controlComments`, the last plugin, to
 * the messages the rules left.
 */

import type {Element as HastElement, Nodes as HastNodes, Root as HastRoot, Text as HastText} from 'hast'
import type {InlineCode, Root as MdastRoot, Text as MdastText} from 'mdast'
import type {Parent as NlcstParent, Root, RootContent} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {ParseLatin} from 'parse-latin'
import rehypeParse from 'rehype-parse'
import rehypeRetext from 'rehype-retext'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import {unified, type Processor} from 'unified'
import type {Position} from 'unist'
import {visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {rules} from '../../rules/index.js'
import {closest} from '../config/schema.js'
import {docsBase, source} from '../rule.js'
import {parseText} from './parse.js'

/** How a file is parsed. */
export type Format = 'html' | 'markdown' | 'text'

const byExtension: Readonly<Record<string, Format>> = {
  '.htm': 'html',
  '.html': 'html',
  '.markdown': 'markdown',
  '.md': 'markdown'
}

/** The format of a file by its extension (case-insensitive); `text` when unknown or absent. */
export function formatOf(path: string | undefined): Format {
  const name = (path ?? '').toLowerCase()
  const dot = name.lastIndexOf('.')
  const slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'))
  return dot > slash ? (byExtension[name.slice(dot)] ?? 'text') : 'text'
}

/**
 * A unified plugin that sets the parser for `format`: the tree is nlcst in
 * every case. For Markdown and HTML, rules then see the file’s text with
 * its markup blanked to spaces (offsets unchanged), until `controlComments`,
 * which must be the last plugin, puts the original text back.
 */
export function formatParser(format: Format): () => (tree: Root, file: VFile) => undefined {
  return function (this: unknown) {
    const processor = this as Processor<Root>
    processor.parser = function (document: string, file: VFile): Root {
      return format === 'text' ? parseText(document) : parseMarkup(format, document, file)
    }

    return function (_tree: Root, file: VFile): undefined {
      const view = views.get(file)
      if (view === undefined) return undefined
      views.set(file, String(file))
      file.value = view
      return undefined
    }
  }
}

/** Up to `limit` characters of a tree’s text, for language detection (markup left out). */
export function sampleText(tree: Root, limit = 4000): string {
  let text = ''
  for (const child of tree.children) {
    if (text.length >= limit) break
    text += toString(child)
  }

  return text.slice(0, limit)
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

function parseMarkup(format: 'html' | 'markdown', document: string, file: VFile): Root {
  const processor = format === 'markdown' ? markdown : html
  const tree = processor.parse(file) as MdastRoot | HastRoot
  const comments: Array<Position> = []
  visit(tree as HastNodes, function (node) {
    if ((node.type === 'comment' || (node.type as string) === 'html') && node.position) comments.push(node.position)
  })
  markers.set(file, readMarkers(document, comments, location(file).toPoint))
  const result = processor.runSync(tree as never, file) as unknown as Root
  realign(result, document, file)
  views.set(file, blankMarkup(result, document))
  return result
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

/**
 * Rules read markup as spaces, so a span over markup (`the <!-- x --> end`)
 * quoted the blanked view: quote the file instead, as the JSON contract
 * says (`actual` is the slice at the offsets), and stop applying the fix
 * unasked, since it was made for the text without the markup.
 */
function quoteOriginal(message: VFile['messages'][number], document: string): undefined {
  const place = message.place
  if (message.actual === undefined || !place || !('start' in place)) return undefined
  const start = place.start.offset
  const end = place.end.offset
  if (start === undefined || end === undefined) return undefined
  const text = document.slice(start, end)
  if (text === message.actual) return undefined
  message.actual = text
  message.autofix = false
  return undefined
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

/** One control comment. */
interface Marker {
  readonly verb: 'disable' | 'disable-next-line' | 'enable'
  /** Rule ids; empty for every rule. */
  readonly ruleIds: ReadonlyArray<string>
  readonly start: number
  /** Line the comment ends on. */
  readonly endLine: number
  readonly position: Position
}

const markers = new WeakMap<VFile, ReadonlyArray<Marker>>()
/** Per file: the blanked text before rules run, the original while they run. */
const views = new WeakMap<VFile, string>()
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

/**
 * The last plugin of every processor: put the original text back, drop the
 * messages that control comments turn off, and warn about comments that
 * name an unknown rule.
 */
export function controlComments(): (tree: Root, file: VFile) => undefined {
  const known = new Set(rules.map((rule) => rule.id))

  return function (_tree, file) {
    const original = views.get(file)
    if (original !== undefined) {
      file.value = original
      views.delete(file)
      for (const message of file.messages) quoteOriginal(message, original)
    }

    const found = markers.get(file)
    if (!found || found.length === 0) return undefined
    markers.delete(file)

    file.messages = file.messages.filter(function (message) {
      if (message.source !== source || !message.ruleId) return true
      const place = message.place && 'start' in message.place ? message.place.start : message.place
      const offset = place?.offset ?? 0
      const line = place?.line ?? 1
      let enabled = true
      for (const marker of found) {
        if (marker.start >= offset) break
        const applies = marker.ruleIds.length === 0 || marker.ruleIds.includes(message.ruleId)
        if (!applies) continue
        if (marker.verb === 'disable-next-line') {
          if (line === marker.endLine + 1) return false
        } else {
          enabled = marker.verb === 'enable'
        }
      }

      return enabled
    })

    for (const marker of found) {
      for (const ruleId of marker.ruleIds) {
        if (known.has(ruleId)) continue
        const message = file.message(
          'Unexpected unknown rule `' + ruleId + '` in `mtlint-' + marker.verb + '`, expected a rule id such as `' + closest(ruleId, [...known]) + '`',
          {place: marker.position, ruleId: 'control-comment', source}
        )
        message.fatal = false
        message.url = docsBase + 'control-comments'
      }
    }

    return undefined
  }
}
