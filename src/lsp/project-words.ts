/**
 * “Add word to the project dictionary”: write the word into `words` of the
 * configuration file that applies to the document, keeping every other key
 * (and, in YAML, comments and layout).
 *
 * The file is the nearest configuration between the document’s folder and
 * the workspace folder, found as the loader finds them (`configNames`, and
 * `package.json` only when it has an `mtlint` field); when there is none,
 * `.mtlintrc.json` is created in the workspace folder. `words` add up down
 * the cascade, so a word written there applies to the document.
 */

import {existsSync, readFileSync, renameSync, writeFileSync} from 'node:fs'
import {basename, dirname, join, relative} from 'node:path'
import {isSeq, parseDocument} from 'yaml'
import {configNames} from '../config/load.js'

/**
 * Add `word` to the project words for the file at `path` in workspace
 * folder `root`. Returns the configuration file written, or `undefined` when
 * the word was there already.
 */
export function addProjectWord(word: string, path: string | undefined, root: string): string | undefined {
  const file = findConfigFile(path ? dirname(path) : root, root) ?? join(root, '.mtlintrc.json')
  const before = existsSync(file) ? readFileSync(file, 'utf8') : undefined
  const after = withWord(before, word, basename(file))
  if (after === before) return undefined
  writeAtomic(file, after)
  return file
}

/** The nearest configuration file from `directory` up to `root`. */
export function findConfigFile(directory: string, root: string): string | undefined {
  const inside = !relative(root, directory).startsWith('..')
  let current = inside ? directory : root
  for (;;) {
    for (const name of configNames) {
      const candidate = join(current, name)
      if (!existsSync(candidate)) continue
      if (name !== 'package.json' || hasField(candidate)) return candidate
    }

    if (current === root || dirname(current) === current) return undefined
    current = dirname(current)
  }
}

/** `text` of a configuration file named `name` with `word` in its words (JSON stays JSON, YAML stays YAML). */
export function withWord(text: string | undefined, word: string, name: string): string {
  if (text === undefined || text.trim() === '') {
    return JSON.stringify(name === 'package.json' ? {mtlint: {words: [word]}} : {words: [word]}, undefined, 2) + '\n'
  }

  const bom = text.charCodeAt(0) === 0xfeff ? '\uFEFF' : ''
  const body = bom ? text.slice(1) : text
  let json: unknown
  try {
    json = JSON.parse(body)
  } catch {
    json = undefined
  }

  if (isObject(json)) {
    if (name === 'package.json' && !isObject(json['mtlint'])) json['mtlint'] = {}
    const target = name === 'package.json' ? (json['mtlint'] as Record<string, unknown>) : json
    const words = Array.isArray(target['words']) ? (target['words'] as Array<unknown>) : []
    if (words.includes(word)) return text
    target['words'] = [...words, word]
    const indent = /^[ \t]+(?=")/m.exec(body)?.[0] ?? '  '
    const newline = body.includes('\r\n') ? '\r\n' : '\n'
    const result = JSON.stringify(json, undefined, indent).replace(/\n/g, newline)
    return bom + result + (/\r?\n$/.test(body) ? newline : '')
  }

  const document = parseDocument(body)
  const words = document.get('words', true)
  if (isSeq(words)) {
    if (words.items.some((item) => String((item as {value?: unknown}).value ?? item) === word)) return text
    words.add(document.createNode(word))
  } else {
    document.set('words', document.createNode([word]))
  }

  return bom + document.toString()
}

function hasField(path: string): boolean {
  try {
    const data: unknown = JSON.parse(readFileSync(path, 'utf8'))
    return isObject(data) && isObject(data['mtlint'])
  } catch {
    return false
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Write through a temporary file and a rename, so a reader never sees half a file. */
function writeAtomic(path: string, text: string): void {
  const temporary = join(dirname(path), '.' + basename(path) + '.' + process.pid + '.tmp')
  writeFileSync(temporary, text)
  renameSync(temporary, path)
}
