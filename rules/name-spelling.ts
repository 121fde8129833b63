/**
 * Flags a known name spelled other than the house style of the text’s
 * language: `Resnikov` (the German transliteration) in English text is
 * `Reznikov`; `Kiev` in English is `Kyiv`, while French and Spanish keep
 * `Kiev`. The names lexicon (`dictionaries/names/*.yml`) gives each entity
 * its preferred form per language and its known variants; `names` in the
 * configuration overrides it (house style).
 *
 * Inflected forms are found and fixed with their ending: `Resnikov’s` →
 * `Reznikov’s`, German `Resnikows`, Russian `Зеленського` → `Зеленского`.
 * The fix is safe (applied by `--fix`) only when the form belongs to one
 * entity and the ending carries over; otherwise it is a suggestion.
 *
 * Forms listed as ambiguous (also an ordinary word) are offered as a
 * suggestion, never fixed unasked. Does not flag a form two entities share,
 * or one that is some entity’s preferred form in this language.
 */

import type {Sentence} from 'nlcst'
import {builtinNames, type NameForm} from '../src/dictionary/names.js'
import {languageName} from '../src/engine/language.js'
import {cyrillicStem, inflectLike} from '../src/names/inflection.js'
import {lookupName} from '../src/names/lookup.js'
import {houseNames} from '../src/names/house.js'
import {defineRule} from '../src/rule.js'
import {wordsOf, primaryLanguage} from '../src/words.js'
import {eachSentence} from '../src/walk.js'

export interface Options {
  /** House style: preferred form → variants that should be replaced by it, in every language. */
  readonly names: Readonly<Record<string, ReadonlyArray<string>>>
  /** Extra names lexicon files (same schema as `dictionaries/names/*.yml`). */
  readonly dictionaries: ReadonlyArray<string>
}

export default defineRule<Options, 'variant'>(
  'name-spelling',
  {
    description: 'Flag a known name spelled other than the house style of the text’s language',
    languages: ['de', 'en', 'es', 'fr', 'ru', 'uk'],
    fixable: true,
    severity: 'warn',
    category: 'Terminology/Wrong term',
    defaults: {names: {}, dictionaries: []},
    schema: {
      type: 'object',
      properties: {
        names: {type: 'object', additionalProperties: {type: 'array', items: {type: 'string', minLength: 1}}},
        dictionaries: {type: 'array', items: {type: 'string', minLength: 1}}
      },
      additionalProperties: false
    },
    messages: {
      variant: 'Unexpected `{actual}`, expected `{expected}` in {language} text'
    }
  },
  function (tree, file, options, report) {
    const lang = primaryLanguage(file.data.lang)
    const lexicon = houseNames(builtinNames(), options.names, options.dictionaries)
    const value = String(file)
    const language = languageName(lang)

    eachSentence(tree, function (sentence: Sentence) {
      const words = wordsOf(sentence)
      for (let index = 0; index < words.length; index++) {
        for (let size = Math.min(lexicon.maxWords, words.length - index); size > 0; size--) {
          const run = words.slice(index, index + size)
          if (!/^\p{Lu}/u.test(run[0]!.value) && !particle.test(run[0]!.value)) break
          if (!separatedBySpaces(sentence, run)) continue
          const start = run[0]!.node.position?.start.offset
          const end = run.at(-1)!.node.position?.end.offset
          if (start === undefined || end === undefined) continue
          // The words' text, not the source's: HTML may write `Kiev&rsquo;s`.
          const text = run.map((word) => word.value).join(' ')
          const found = lookupName(lexicon, text, lang)
          if (!found) continue
          index += size - 1
          check(found.forms, found.form, found.ending, start, end, text)
          break
        }
      }
    })

    return undefined

    function check(forms: ReadonlyArray<NameForm>, form: string, ending: string, start: number, end: number, written: string): undefined {
      // Right for this language for some entity: nothing to say.
      if (forms.some((candidate) => candidate.entry.preferred[lang as 'en'] === form)) return undefined
      // Shared by two entities: which one is meant is for a person to say.
      const entities = new Set(forms.map((candidate) => candidate.entry))
      if (entities.size !== 1) return undefined
      // Also an ordinary word or another thing: offered, never applied unasked.
      const ambiguous = forms.some((candidate) => candidate.ambiguous)
      const [entry] = entities
      const preferred = entry!.preferred[lang as 'en']
      if (!preferred) return undefined
      // Native spellings house style accepts besides the preferred one (`Orbán`).
      if (entry!.accepted?.includes(form)) return undefined
      // The preferred form, inflected, reads the same: Russian `Керчи` (`Керчь`), German `Athens` (`Athen`).
      if (preferred + ending === written || cyrillicStem(preferred) + ending === written) return undefined
      // Ukrainian `Львова`, `Києва`: the case forms of `Львів`, `Київ` (і and ї alternate with о and є).
      if (ending !== '' && alternates(preferred).includes(form)) return undefined
      const inflected = inflectLike(preferred, form, ending, lang)
      const actual = value.slice(start, end)
      const expected = inflected ?? preferred
      report({
        messageId: 'variant',
        data: {actual, expected, language},
        span: [start, end],
        actual,
        expected: [expected],
        note: entry!.basis,
        // Only when the language was given: on a detected one (franc on a short
        // Russian or Ukrainian text), house style itself is a guess.
        safe: !ambiguous && inflected !== undefined && actual.replace(/\s+/g, ' ') === form + ending && file.data.langSource !== 'detected'
      })
      return undefined
    }
  }
)

/** Lower-case particles that start names (`al-Burhan`, `von der Leyen`, `bin Salman`). */
const particle = /^(?:al|el|ad|an|as|ash|at|az|ben|bin|ibn|von|van|de|der|den|da|di|du|la|le|dos|das|del|аль|ас|аш|ад|ан|ат|аз|эль|ель|бен|бін|бин|ибн|ібн|фон|ван|де|дер)(?:[-‑]|$)/u

/** Whether the words of `run` are separated by single runs of white space only. */
function separatedBySpaces(sentence: Sentence, run: ReadonlyArray<{readonly index: number}>): boolean {
  for (let position = 1; position < run.length; position++) {
    if (run[position]!.index !== run[position - 1]!.index + 2) return false
    if (sentence.children[run[position]!.index - 1]?.type !== 'WhiteSpaceNode') return false
  }

  return true
}

/** Stems of a Ukrainian name with the vowel of its last syllable alternated (`Львів` → `Львов`, `Київ` → `Києв`). */
function alternates(form: string): Array<string> {
  const match = /^(.*)([ії])(\p{L}*)$/u.exec(form)
  if (!match) return []
  const [, head, vowel, tail] = match
  return vowel === 'ї' ? [head + 'є' + tail] : [head + 'о' + tail, head + 'е' + tail]
}
