/**
 * A deterministic benchmark corpus built from the fixtures.
 *
 * Articles are drawn from `fixtures/clean/<lang>` (and the seed article for
 * English) with a seeded generator: a headline, then paragraphs in a shuffled
 * order, with machine-translation artifacts planted at a fixed rate (doubled
 * conjuncts, repeated words, shifted and foreign quotes, source-language
 * dates and numbers, name variants, calques, boilerplate lines, untranslated
 * clauses, misspellings). The same seed gives the same bytes on every
 * machine, so runs compare.
 */

import {mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'

/** Languages the bench measures. */
export const benchLanguages = ['en', 'de', 'fr', 'ru'] as const
export type BenchLang = (typeof benchLanguages)[number]

const fixtures = new URL('../fixtures/', import.meta.url)

/** mulberry32: a small, fast, seeded generator in [0, 1). */
export function random(seed: number): () => number {
  let state = seed >>> 0
  return function () {
    state = (state + 0x6d2b79f5) >>> 0
    let value = state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}

function pick<T>(rng: () => number, values: ReadonlyArray<T>): T {
  return values[Math.floor(rng() * values.length)]!
}

/**
 * Sentences and lines with one or more planted artifacts, per language.
 * Each is checked by `test/property.test.ts` to make at least one rule report.
 */
export const artifacts: Readonly<Record<BenchLang, ReadonlyArray<string>>> = {
  en: [
    'This includes the inviolability and inviolability of borders.',
    'He said the the talks would go on until Friday.',
    'That is a leverage of the West, “said Sullivan.” Because if Putin wants gas, he may not risk it.',
    'Status: 07.12.2021 11:54 p.m.',
    'About 1,5 million people fled and 120.000 soldiers massed along the border.',
    'Defence Minister Oleksii Resnikov warned of a massacre in Kiev.',
    'Hryhoriy Kovalchuk met the mayor. Later Kowaltschuk said he was sure, and Kovalchuk’s aide agreed.',
    'Biden’s switch with Putin lasted two hours.',
    'Read more',
    'Biden said that die Verhandlungen mit Russland fortgesetzt werden sollen.',
    'The goverment announced new mesures on Tuesday.',
    'The minister called it „a historic day“ for Europe.',
    'It aired at 22.15 Uhr and ended at 15 o’clock.'
  ],
  de: [
    'Dazu gehört die Unverletzlichkeit und Unverletzlichkeit der Grenzen.',
    'Der Minister sagte, dass dass die Gespräche weitergehen.',
    'Die Frist endet am 12/25/2021 um Mitternacht.',
    'Es kamen 1.5 Millionen Menschen und 120,000 Soldaten.',
    'Nach Resnikovs Worten droht ein Massaker.',
    'Der Minister nannte es “einen historischen Tag” für Europa.',
    'Das sei ein Hebel des Westens, „sagte Sullivan.“ Denn wenn Putin Gas will, riskiert er das nicht.',
    'Mehr zum Thema',
    'Der Minister sagte, that the negotiations with Russia will continue and that the talks are going well.',
    'Die Regirung kündigte neue Massnahmen an.'
  ],
  fr: [
    'Il s’agit de la souveraineté et la souveraineté du pays.',
    'Le ministre a dit que que les discussions continuent.',
    'Le sommet a commencé à 10:15 p.m. hier.',
    'Le taux a atteint 5% en mars.',
    'Il a parlé d’un „jour historique“ pour l’Europe.',
    'Le président a salué un «accord équilibré» à Bruxelles.',
    'C’est un levier de l’Occident, « déclare Sullivan. » Car si Poutine veut du gaz, il ne prendra pas ce risque.',
    'Lire aussi',
    'Le ministre a déclaré que die Verhandlungen mit Russland fortgesetzt werden sollen.',
    'Le gouvernment a annoncé de nouvelles mesures.'
  ],
  ru: [
    'Речь идёт о суверенитете и суверенитете Украины.',
    'Министр сказал, что что переговоры продолжатся.',
    'Блинкен поговорил с Пєсковим по телефону.',
    'Министр назвал это “историческим днём” для Европы.',
    'Это рычаг Запада, «сказал Салливан.» Потому что если Путин хочет газа, он не станет рисковать.',
    'Мэр встретился со Стефанишиной. Позже Стефанишину похвалили, а Стефанішиной дали награду.',
    'Читайте также',
    'Министр заявил, что the negotiations with Russia will continue and that the talks are going well.',
    'Правительство объявило о новых мерах в понедельнек.'
  ]
}

interface Source {
  readonly headlines: ReadonlyArray<string>
  readonly paragraphs: ReadonlyArray<string>
}

const sources = new Map<BenchLang, Source>()

/** Headlines and paragraphs of the fixtures of `lang` (sorted by file name). */
export function sourceOf(lang: BenchLang): Source {
  let source = sources.get(lang)
  if (source) return source
  const folder = new URL('clean/' + lang + '/', fixtures)
  const texts = readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(new URL(name, folder), 'utf8'))
  if (lang === 'en') texts.push(readFileSync(new URL('seed/seed-article.txt', fixtures), 'utf8'))
  const headlines: Array<string> = []
  const paragraphs: Array<string> = []
  for (const text of texts) {
    const blocks = text
      .split(/\r?\n\s*\r?\n/)
      .map((block) => block.trim())
      .filter(Boolean)
    if (blocks[0]) headlines.push(blocks[0])
    // Only prose: leave out short lines (stamps, captions) of the seed.
    paragraphs.push(...blocks.slice(1).filter((block) => block.length > 80 && !block.includes('\n')))
  }

  source = {headlines, paragraphs}
  sources.set(lang, source)
  return source
}

/** How articles are put together. */
export interface ArticleOptions {
  /** Paragraphs after the headline. */
  readonly paragraphs: number
  /** Chance that a paragraph gets an artifact. */
  readonly artifactRate?: number
  /** Line ending. */
  readonly eol?: string
}

/** One news-like article: headline, blank line, paragraphs separated by blank lines. */
export function article(lang: BenchLang, rng: () => number, options: ArticleOptions): string {
  const source = sourceOf(lang)
  const rate = options.artifactRate ?? 0.25
  const eol = options.eol ?? '\n'
  const blocks = [pick(rng, source.headlines)]
  for (let index = 0; index < options.paragraphs; index++) {
    blocks.push(withArtifact(lang, pick(rng, source.paragraphs), rng, rate, eol))
  }

  return blocks.join(eol + eol) + eol
}

/** `paragraph` with an artifact planted after one of its sentences, with chance `rate`. */
function withArtifact(lang: BenchLang, paragraph: string, rng: () => number, rate: number, eol: string): string {
  if (rng() >= rate) return paragraph
  const artifact = pick(rng, artifacts[lang])
  // Line-scoped artifacts (boilerplate) stand on their own line.
  if (!/[.!?]$/.test(artifact)) return paragraph + eol + eol + artifact
  const ends = [...paragraph.matchAll(/[.!?][”»“"]? (?=\p{Lu})/gu)].map((match) => match.index + match[0].length)
  const at = ends.length > 0 && rng() < 0.7 ? pick(rng, ends) : paragraph.length + 1
  return (paragraph.slice(0, at) + (at > paragraph.length ? ' ' : '') + artifact + ' ' + paragraph.slice(at)).trimEnd()
}

/** Articles of `lang` up to at least `bytes` UTF-8 bytes. */
export function corpusText(lang: BenchLang, bytes: number, seed = 1): string {
  const rng = random(seed * 7919 + lang.charCodeAt(0) * 31 + lang.charCodeAt(1))
  const parts: Array<string> = []
  let size = 0
  while (size < bytes) {
    const text = article(lang, rng, {paragraphs: 4 + Math.floor(rng() * 8)}) + '\n'
    parts.push(text)
    size += Buffer.byteLength(text)
  }

  return parts.join('')
}

/** One paragraph, no line break, of at least `bytes` bytes: the long-line case. */
export function singleLine(lang: BenchLang, bytes: number, seed = 1): string {
  return corpusText(lang, bytes, seed)
    .replace(/\s*\n\s*/g, ' ')
    .trim()
}

/**
 * About `bytes` bytes in paragraphs of about `paragraphBytes` each: the same
 * text whatever the paragraph length, so time per byte should not depend on it.
 */
export function paragraphsOfSize(lang: BenchLang, bytes: number, paragraphBytes: number, seed = 1): string {
  const words = singleLine(lang, bytes, seed).split(' ')
  const lines: Array<string> = []
  let line: Array<string> = []
  let size = 0
  for (const word of words) {
    line.push(word)
    size += Buffer.byteLength(word) + 1
    if (size >= paragraphBytes && /[.!?]$/.test(word)) {
      lines.push(line.join(' '))
      line = []
      size = 0
    }
  }

  if (line.length > 0) lines.push(line.join(' '))
  return lines.join('\n\n') + '\n'
}

const firstNames = ['Anna', 'Boris', 'Clara', 'David', 'Elena', 'Felix', 'Greta', 'Hugo', 'Irina', 'Jonas', 'Karl', 'Lena', 'Marek', 'Nina', 'Oskar', 'Pavel', 'Olena', 'Taras', 'Yulia', 'Dmytro']
const syllables = ['ka', 'lo', 'mer', 'tis', 'van', 'dor', 'bel', 'rin', 'sko', 'wa', 'ne', 'gu', 'tam', 'pol', 'zer', 'hin', 'chuk', 'enko', 'ov', 'sky']
const surnameEndings = ['ov', 'enko', 'ski', 'er', 'son']
const roles = ['Minister', 'Mayor', 'Governor', 'spokeswoman', 'spokesman', 'lawmaker', 'ambassador', 'general']

/** A unique surname for person `index` (a base-20 numeral in syllables). */
function surname(index: number): string {
  let name = ''
  let rest = index
  do {
    name += syllables[rest % syllables.length]
    rest = Math.floor(rest / syllables.length)
  } while (rest > 0)
  name += surnameEndings[(index * 7) % surnameEndings.length]
  return name.charAt(0).toUpperCase() + name.slice(1)
}

/**
 * An English document naming `count` different people, each twice, one in
 * twenty with a romanisation variant the second time (`…chuk`/`…tschuk`):
 * the input that makes name grouping quadratic if anything is.
 */
export function peopleDocument(count: number, seed = 1): string {
  const rng = random(seed)
  const lines: Array<string> = []
  let paragraph: Array<string> = []
  for (let index = 0; index < count; index++) {
    const name = surname(index + 400)
    const variant = index % 20 === 0 ? name.replace(/chuk/, 'tschuk').replace(/ov/, 'ow').replace(/sky/, 'ski') : name
    paragraph.push(
      `The ${pick(rng, roles)} ${pick(rng, firstNames)} ${name} said on Monday that talks would continue.`,
      `Later ${variant} told reporters the vote was close.`
    )
    if (paragraph.length >= 8) {
      lines.push(paragraph.join(' '))
      paragraph = []
    }
  }

  if (paragraph.length > 0) lines.push(paragraph.join(' '))
  return lines.join('\n\n') + '\n'
}

/** One file of a batch. */
export interface BatchFile {
  readonly name: string
  readonly lang: BenchLang
  readonly text: string
}

/** `count` short articles (two to five paragraphs) in the bench languages, in turn. */
export function batchFiles(count: number, seed = 1): Array<BatchFile> {
  const rng = random(seed * 104729)
  const files: Array<BatchFile> = []
  for (let index = 0; index < count; index++) {
    const lang = benchLanguages[index % benchLanguages.length]!
    const text = article(lang, rng, {paragraphs: 2 + Math.floor(rng() * 4)})
    files.push({name: String(index).padStart(4, '0') + '-' + lang + '.txt', lang, text})
  }

  return files
}

/** Write `files` into `folder` (created); return their paths. */
export function writeFiles(folder: string, files: ReadonlyArray<{readonly name: string; readonly text: string}>): Array<string> {
  mkdirSync(folder, {recursive: true})
  return files.map(function (file) {
    const path = join(folder, file.name)
    writeFileSync(path, file.text)
    return path
  })
}
