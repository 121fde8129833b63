/**
 * Quick fixes that change the project’s configuration, keeping every other
 * key (and, in YAML, comments and layout):
 *
 * - “Add word to the project dictionary” adds it to `words`;
 * - “Disable rule for this file” in plain text (which has no comments to
 *   carry it) adds an `overrides` entry for the file with the rule `off`.
 *
 * The file is the nearest configuration between the document’s folder and
 * the workspace folder, found as the loader finds them (`configNames`, and
 * `package.json` only when it has an `mtlint` field); when there is none,
 * `.mtlintrc.json` is created in the workspace folder. `words` add up down
 * the cascade and `overrides` apply along it, so what is written there
 * applies to the document.
 */

import {existsSync, readFileSync, renameSync, writeFileSync} from 'node:fs'
import {basename, dirname, join, relative, sep} from 'node:path'
import {isMap, isSeq, parseDocument, type Document} from 'yaml'
import {configNames} from '../config/load.js'

/**
 * Add `word` to the project words for the file at `path` in workspace
 * folder `root`. Returns the configuration file written, or `undefined` when
 * the word was there already.
 */
export function addProjectWord(word: string, path: string | undefined, root: string): string | undefined {
  return editNearest(path ? dirname(path) : root, root, (text, name) => withWord(text, word, name))
}

/**
 * Turn `ruleId` off for the file at `path` with an `overrides` entry in
 * the nearest configuration. Returns the configuration file written, or
 * `undefined` when the rule was off for it already.
 */
export function disableRuleForFile(ruleId: string, path: string, root: string): string | undefined {
  return editNearest(dirname(path), root, function (text, name, file) {
    const pattern = relative(dirname(file), path).split(sep).join('/')
    // A name alone would match that name in every folder below (see `overrides`): anchor it.
    return withRuleOff(text, pattern.includes('/') ? pattern : '/' + pattern, ruleId, name)
  })
}

function editNearest(directory: string, root: string, edit: (text: string | undefined, name: string, file: string) => string): string | undefined {
  const file = findConfigFile(directory, root) ?? join(root, '.mtlintrc.json')
  const before = existsSync(file) ? readFileSync(file, 'utf8') : undefined
  const after = edit(before, basename(file), file)
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
  return editConfig(text, name, {
    data(target) {
      const words = Array.isArray(target['words']) ? (target['words'] as Array<unknown>) : []
      if (words.includes(word)) return false
      target['words'] = [...words, word]
      return true
    },
    document(document) {
      const words = document.get('words', true)
      if (isSeq(words)) {
        if (words.items.some((item) => String((item as {value?: unknown}).value ?? item) === word)) return false
        words.add(document.createNode(word))
      } else {
        document.set('words', document.createNode([word]))
      }

      return true
    }
  })
}

/** `text` with `ruleId` off for the files of `pattern`: added to an entry for exactly that pattern, or a new entry. */
export function withRuleOff(text: string | undefined, pattern: string, ruleId: string, name: string): string {
  const isFor = (entry: unknown) => isObject(entry) && Array.isArray(entry['files']) && entry['files'].length === 1 && entry['files'][0] === pattern
  return editConfig(text, name, {
    data(target) {
      const overrides = Array.isArray(target['overrides']) ? (target['overrides'] as Array<unknown>) : []
      const entry = overrides.find(isFor) as Record<string, unknown> | undefined
      const rules = isObject(entry?.['rules']) ? (entry!['rules'] as Record<string, unknown>) : {}
      if (rules[ruleId] === 'off') return false
      if (entry) entry['rules'] = {...rules, [ruleId]: 'off'}
      else target['overrides'] = [...overrides, {files: [pattern], rules: {[ruleId]: 'off'}}]
      return true
    },
    document(document) {
      const overrides = document.toJS()?.overrides as unknown
      const index = Array.isArray(overrides) ? overrides.findIndex(isFor) : -1
      if (index >= 0) {
        if (document.getIn(['overrides', index, 'rules', ruleId]) === 'off') return false
        if (!isMap(document.getIn(['overrides', index, 'rules'], true))) document.setIn(['overrides', index, 'rules'], document.createNode({}))
        document.setIn(['overrides', index, 'rules', ruleId], 'off')
      } else if (isSeq(document.get('overrides', true))) {
        document.addIn(['overrides'], document.createNode({files: [pattern], rules: {[ruleId]: 'off'}}))
      } else {
        document.set('overrides', document.createNode([{files: [pattern], rules: {[ruleId]: 'off'}}]))
      }

      return true
    }
  })
}

/** How to change a configuration: as data (JSON, rewritten in its own indentation) or as a YAML document (comments kept). */
interface ConfigEdit {
  data(target: Record<string, unknown>): boolean
  document(document: Document): boolean
}

function editConfig(text: string | undefined, name: string, edit: ConfigEdit): string {
  if (text === undefined || text.trim() === '') {
    const data: Record<string, unknown> = {}
    edit.data(data)
    return JSON.stringify(name === 'package.json' ? {mtlint: data} : data, undefined, 2) + '\n'
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
    if (!edit.data(target)) return text
    const indent = /^[ \t]+(?=")/m.exec(body)?.[0] ?? '  '
    const newline = body.includes('\r\n') ? '\r\n' : '\n'
    const result = JSON.stringify(json, undefined, indent).replace(/\n/g, newline)
    return bom + result + (/\r?\n$/.test(body) ? newline : '')
  }

  const document = parseDocument(body)
  if (!edit.document(document)) return text
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
