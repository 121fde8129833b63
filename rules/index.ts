import type {Rule} from '../src/rule.js'
import boilerplate from './boilerplate.js'
import calque from './calque.js'
import doubledConjunct from './doubled-conjunct.js'
import localeFormat from './locale-format.js'
import nameConsistency from './name-consistency.js'
import nameSpelling from './name-spelling.js'
import quotes from './quotes.js'
import repeatedWords from './repeated-words.js'
import spelling from './spelling.js'
import untranslated from './untranslated.js'

/** Every rule, sorted by id. */
export const rules: ReadonlyArray<Rule<object, string>> = [
  boilerplate,
  calque,
  doubledConjunct,
  localeFormat,
  nameConsistency,
  nameSpelling,
  quotes,
  repeatedWords,
  spelling,
  untranslated
] as ReadonlyArray<Rule<object, string>>
