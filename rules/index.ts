import type {Rule} from '../src/rule.js'
import boilerplate from './boilerplate.js'
import calque from './calque.js'
import doubledConjunct from './doubled-conjunct.js'
import nameSpelling from './name-spelling.js'
import quotes from './quotes.js'
import repeatedWords from './repeated-words.js'

/** Every rule, sorted by id. */
export const rules: ReadonlyArray<Rule<object, string>> = [
  boilerplate,
  calque,
  doubledConjunct,
  nameSpelling,
  quotes,
  repeatedWords
] as ReadonlyArray<Rule<object, string>>
