/**
 * The precompiled form of a language’s dictionary: its expanded word graph
 * and the affix settings checking needs, in one binary file.
 *
 * Expanding a Hunspell dictionary costs 0.5–15 s and up to 700 MB (nspell
 * on French and Ukrainian, FACTS.md); reading the precompiled file costs
 * milliseconds and its size in memory (0.7–4.2 MB). The file is written by
 * `npm run build` into `dist/data/`, or, when that is missing or stale (a
 * dictionary package was updated), on first use into a cache directory
 * (`$MTLINT_CACHE_DIR`, `$XDG_CACHE_HOME/mtlint`, `~/.cache/mtlint`, then
 * the system’s temporary directory), so a read-only install still works.
 *
 * The curated supplement of a language (`dictionaries/spelling/<lang>.txt`,
 * in `.dic` syntax so its words take the language’s affixes) is compiled
 * into the same graph.
 */

import {createHash} from 'node:crypto'
import {existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {homedir, tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {builtinPath, packageRoot} from '../dictionary/paths.js'
import {parseAffixes, type AffixSettings} from './affix.js'
import {primaryLanguage} from '../words.js'
import {buildGraph, type WordGraph} from './dawg.js'
import {expandDictionary} from './expand.js'

/** Bump when expansion or the file layout changes: older files are then rebuilt. */
const formatVersion = 5
const magic = 0x5053544d // `MTSP`, little-endian

/** A loaded precompiled dictionary. */
export interface Precompiled {
  readonly graph: WordGraph
  readonly settings: AffixSettings
  /** Where it came from: a path, or `'built'` when it could not be stored. */
  readonly source: string
}

/** Where a language’s Hunspell files are, and what identifies their version. */
export interface DictionarySource {
  /** The first package’s affix file: its settings govern checking. */
  readonly aff: string
  readonly dic: string
  /** Every package’s files, the first included: their words are merged. */
  readonly parts: ReadonlyArray<{readonly aff: string; readonly dic: string}>
  /** `dictionaries/spelling/<lang>.txt`, when there is one: more words in `.dic` syntax. */
  readonly supplement: string | undefined
  /** Changes whenever the package, its files, the supplement, or our format do. */
  readonly signature: string
}

const require = createRequire(import.meta.url)

/**
 * The `dictionary-*` packages behind a dictionary key (`spellerFor`): plain
 * `en` accepts both American and British spelling, as an English article
 * of unknown origin may use either; `en-us` and `en-gb` hold to one.
 */
export function packagesFor(key: string): Array<string> {
  if (key === 'en') return ['dictionary-en', 'dictionary-en-gb']
  if (key === 'en-us') return ['dictionary-en']
  return ['dictionary-' + key]
}

/** The dictionary packages’ files, or `undefined` when one is not installed. */
export function dictionarySource(lang: string): DictionarySource | undefined {
  if (!/^[a-z]{2,3}(?:-[a-z]{2,4})?$/.test(lang)) return undefined
  const parts: Array<{aff: string; dic: string}> = []
  const versions: Array<string> = []
  try {
    for (const name of packagesFor(lang)) {
      const directory = dirname(require.resolve(name))
      const aff = join(directory, 'index.aff')
      const dic = join(directory, 'index.dic')
      const version = (JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as {version?: string}).version
      parts.push({aff, dic})
      versions.push([name, version, statSync(aff).size, statSync(dic).size].join(':'))
    }
  } catch {
    return undefined
  }

  // The supplement is the language’s, whatever the region: `dictionaries/spelling/en.txt` for `en-gb`.
  const supplementPath = builtinPath('spelling', primaryLanguage(lang) + '.txt')
  const supplement = existsSync(supplementPath) ? supplementPath : undefined
  const supplementHash = supplement ? createHash('sha1').update(readFileSync(supplement)).digest('hex').slice(0, 12) : '-'
  const signature = ['v' + formatVersion, lang, ...versions, supplementHash].join(':')
  return {aff: parts[0]!.aff, dic: parts[0]!.dic, parts, supplement, signature}
}

/** Paths tried for a language’s precompiled file, the build output first. */
export function candidatePaths(lang: string): Array<string> {
  const name = 'spelling-' + lang + '.bin'
  const directories = [join(packageRoot(), 'dist', 'data')]
  const environment = process.env['MTLINT_CACHE_DIR']
  if (environment) directories.push(environment)
  const xdg = process.env['XDG_CACHE_HOME']
  directories.push(join(xdg || join(homedir(), '.cache'), 'mtlint'), join(tmpdir(), 'mtlint'))
  return directories.map((directory) => join(directory, name))
}

/**
 * Load the precompiled dictionary of `lang`: from the first current file,
 * else by expanding the Hunspell files and storing the result where it can.
 */
export function loadPrecompiled(lang: string): Precompiled | undefined {
  const source = dictionarySource(lang)
  if (!source) return undefined
  const paths = candidatePaths(lang)
  for (const path of paths) {
    const loaded = readPrecompiled(path, source.signature)
    if (loaded) return loaded
  }

  const {graph, settings} = compile(source)
  const bytes = serialize(graph, settings, source.signature)
  // The build output first (when writable: a checkout), then the caches.
  for (const path of paths) {
    if (writeAtomic(path, bytes)) return {graph, settings, source: path}
  }

  return {graph, settings, source: 'built'}
}

/** Expand a dictionary and its supplement into a word graph (the slow step the file saves). */
export function compile(source: Pick<DictionarySource, 'aff' | 'dic' | 'supplement'> & {readonly parts?: DictionarySource['parts']}): {graph: WordGraph; settings: AffixSettings} {
  const affixes = parseAffixes(readFileSync(source.aff, 'utf8'))
  const forms = expandDictionary(readFileSync(source.dic, 'utf8'), affixes)
  // More packages (British English besides American): each with its own affixes, into the same forms.
  for (const part of (source.parts ?? []).slice(1)) {
    expandDictionary(readFileSync(part.dic, 'utf8'), parseAffixes(readFileSync(part.aff, 'utf8')), forms)
  }

  if (source.supplement) {
    // Lines are `.dic` lines (`word/flags`); `#` starts a comment. No count line.
    const lines = readFileSync(source.supplement, 'utf8').split(/\r?\n/).map((line) => line.replace(/#.*/, '').trim())
    expandDictionary('0\n' + lines.filter(Boolean).join('\n').normalize('NFC'), affixes, forms)
  }

  const words = [...forms.keys()].sort()
  const values = words.map((word) => forms.get(word)!)
  forms.clear()
  return {graph: buildGraph(words, values), settings: affixes.settings}
}

/** Write the precompiled file of `lang` to `path` unless it is current; returns whether it wrote. */
export function precompile(lang: string, path: string): boolean {
  const source = dictionarySource(lang)
  if (!source) throw new Error('Cannot find `dictionary-' + lang + '`, expected it installed')
  if (readPrecompiled(path, source.signature)) return false
  const {graph, settings} = compile(source)
  if (!writeAtomic(path, serialize(graph, settings, source.signature))) {
    throw new Error('Cannot write `' + path + '`')
  }

  return true
}

/**
 * Layout (little-endian): magic, header length, JSON header (signature,
 * settings, counts) padded to 4 bytes, then `edgeStart` (u32 × nodes + 1),
 * `target` (u32 × edges), `label` (u16 × edges, padded to 4), `value`
 * (u8 × nodes).
 */
function serialize(graph: WordGraph, settings: AffixSettings, signature: string): Buffer {
  const nodes = graph.value.length
  const edges = graph.label.length
  const header = Buffer.from(JSON.stringify({signature, settings, root: graph.root, nodes, edges}))
  const headerSize = align(8 + header.length)
  const size = headerSize + 4 * (nodes + 1) + 4 * edges + align(2 * edges) + nodes
  const bytes = Buffer.alloc(size)
  bytes.writeUInt32LE(magic, 0)
  bytes.writeUInt32LE(header.length, 4)
  header.copy(bytes, 8)
  let offset = headerSize
  for (const array of [graph.edgeStart, graph.target, graph.label, graph.value]) {
    Buffer.from(array.buffer, array.byteOffset, array.byteLength).copy(bytes, offset)
    offset += align(array.byteLength)
  }

  return bytes
}

/** Read a precompiled file, or `undefined` when it is missing, damaged or stale. */
export function readPrecompiled(path: string, signature: string): Precompiled | undefined {
  let bytes: Buffer
  try {
    bytes = readFileSync(path)
  } catch {
    return undefined
  }

  try {
    if (bytes.length < 8 || bytes.readUInt32LE(0) !== magic) return undefined
    const headerLength = bytes.readUInt32LE(4)
    const header = JSON.parse(bytes.toString('utf8', 8, 8 + headerLength)) as {
      signature: string
      settings: AffixSettings
      root: number
      nodes: number
      edges: number
    }
    if (header.signature !== signature) return undefined
    // Typed arrays need aligned offsets: copy once if the buffer is not aligned.
    const buffer = bytes.byteOffset % 4 === 0 ? bytes : Buffer.from(bytes)
    const {nodes, edges} = header
    let offset = buffer.byteOffset + align(8 + headerLength)
    const edgeStart = new Uint32Array(buffer.buffer, offset, nodes + 1)
    offset += align(4 * (nodes + 1))
    const target = new Uint32Array(buffer.buffer, offset, edges)
    offset += align(4 * edges)
    const label = new Uint16Array(buffer.buffer, offset, edges)
    offset += align(2 * edges)
    const value = new Uint8Array(buffer.buffer, offset, nodes)
    if (offset + nodes > buffer.byteOffset + buffer.length) return undefined
    return {graph: {root: header.root, edgeStart, target, label, value}, settings: header.settings, source: path}
  } catch {
    return undefined
  }
}

/** Write through a temporary file and a rename, so readers never see half a file. */
function writeAtomic(path: string, bytes: Buffer): boolean {
  const temporary = path + '.' + process.pid + '.tmp'
  try {
    mkdirSync(dirname(path), {recursive: true})
    writeFileSync(temporary, bytes)
    renameSync(temporary, path)
    return true
  } catch {
    return false
  }
}

function align(size: number): number {
  return Math.ceil(size / 4) * 4
}
