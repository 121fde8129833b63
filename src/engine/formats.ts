/**
 * Which parser a file gets, by extension, and what its markup contributes.
 *
 * `.md`/`.markdown` go through remark and `.html`/`.htm` through rehype
 * (`./markup.ts`, imported on first use: `loadMarkup`); everything else
 * through the per-line plain-text parser (`./parse.ts`). All three produce
 * nlcst whose positions are offsets into the original file. Markdown code,
 * inline code, front matter and URLs, and HTML scripts, styles, `<code>`,
 * attributes and URLs, are not text.
 *
 * Control comments (`<!-- mtlint-disable quotes -->`,
 * `<!-- mtlint-enable quotes -->`, `<!-- mtlint-disable-next-line -->`) are
 * read while parsing and applied by `controlComments`, the last plugin, to
 * the messages the rules left.
 */

import type {Root} from 'nlcst'
import {toString} from 'nlcst-to-string'
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import {rules} from '../../rules/index.js'
import {closest} from '../config/schema.js'
import {docsBase, source} from '../rule.js'
import type {Marker} from './markup.js'
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

let markup: typeof import('./markup.js') | undefined

/** Load the Markdown and HTML parsers; `formatParser` needs them for those formats. */
export async function loadMarkup(): Promise<undefined> {
  markup ??= await import('./markup.js')
  return undefined
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
      if (format === 'text') return parseText(document)
      if (!markup) throw new Error('Cannot parse ' + format + ' before `loadMarkup()`, expected it awaited first')
      const parsed = markup.parseMarkup(format, document, file)
      markers.set(file, parsed.markers)
      views.set(file, parsed.view)
      return parsed.tree
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

const markers = new WeakMap<VFile, ReadonlyArray<Marker>>()
/** Per file: the blanked text before rules run, the original while they run. */
const views = new WeakMap<VFile, string>()

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
