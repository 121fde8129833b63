/**
 * The baseline mtlint is compared with: the retext pipeline a user would
 * assemble today (retext-english, retext-spell with the language’s
 * `dictionary-*` package, retext-repeated-words, retext-quotes,
 * retext-indefinite-article), in its fairest form (FACTS.md): one paragraph
 * (line) at a time, since parse-latin is quadratic in document size, and
 * retext-spell limited to one suggestion (`max: 1`, suggestions cost
 * 80–170 ms a word).
 */

import retextEnglish from 'retext-english'
import retextIndefiniteArticle from 'retext-indefinite-article'
import retextQuotes from 'retext-quotes'
import retextRepeatedWords from 'retext-repeated-words'
import retextSpell from 'retext-spell'
import {unified} from 'unified'
import {VFile} from 'vfile'
import type {BenchLang} from './corpus.js'

/** A baseline linter for one language. */
export interface Baseline {
  /** Lint `text` paragraph by paragraph; returns how many messages the pipeline emitted. */
  lint(text: string): Promise<number>
}

/** Load the language’s Hunspell dictionary (the `dictionary-*` packages read their files at import time). */
export async function dictionaryFor(lang: BenchLang): Promise<{aff: Uint8Array; dic: Uint8Array}> {
  const module = (await import('dictionary-' + lang)) as {default: {aff: Uint8Array; dic: Uint8Array}}
  // nspell silently treats a plain Uint8Array as empty: pass Buffers (FACTS.md).
  return {aff: Buffer.from(module.default.aff), dic: Buffer.from(module.default.dic)}
}

/** Build the baseline pipeline for `lang`; loading the dictionary is part of the cost. */
export async function createBaseline(lang: BenchLang): Promise<Baseline> {
  const dictionary = await dictionaryFor(lang)
  const processor = unified()
    .use(retextEnglish)
    .use(retextSpell, {dictionary, max: 1})
    .use(retextRepeatedWords)
    .use(retextQuotes)
    .use(retextIndefiniteArticle)
    .freeze()

  return {
    async lint(text) {
      let count = 0
      for (const line of text.split(/\r\n|\n|\r/)) {
        if (line.trim() === '') continue
        const file = new VFile(line)
        await processor.run(processor.parse(file), file)
        count += file.messages.length
      }

      return count
    }
  }
}

/**
 * A plain JavaScript program (no tsx: a fair cold start) that lints the file
 * at `path` with the baseline for `lang` and prints the message count, for
 * `node --input-type=module -e` run from the repository root.
 */
export function coldStartProgram(lang: BenchLang, path: string): string {
  return [
    "import {readFileSync} from 'node:fs'",
    "import {unified} from 'unified'",
    "import retextEnglish from 'retext-english'",
    "import retextSpell from 'retext-spell'",
    "import retextRepeatedWords from 'retext-repeated-words'",
    "import retextQuotes from 'retext-quotes'",
    "import retextIndefiniteArticle from 'retext-indefinite-article'",
    "import {VFile} from 'vfile'",
    `const {default: d} = await import('dictionary-${lang}')`,
    'const p = unified().use(retextEnglish).use(retextSpell, {dictionary: {aff: Buffer.from(d.aff), dic: Buffer.from(d.dic)}, max: 1}).use(retextRepeatedWords).use(retextQuotes).use(retextIndefiniteArticle).freeze()',
    `let count = 0`,
    `for (const line of readFileSync(${JSON.stringify(path)}, 'utf8').split(/\\r\\n|\\n|\\r/)) {`,
    "  if (line.trim() === '') continue",
    '  const file = new VFile(line)',
    '  await p.run(p.parse(file), file)',
    '  count += file.messages.length',
    '}',
    'console.log(count)'
  ].join('\n')
}
