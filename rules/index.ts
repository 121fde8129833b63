import type {Rule} from '../src/rule.js'
import doubledConjunct from './doubled-conjunct.js'
import quotes from './quotes.js'
import repeatedWords from './repeated-words.js'

/** Every rule, sorted by id. */
export const rules: ReadonlyArray<Rule<any, string>> = [
  doubledConjunct,
  quotes,
  repeatedWords
]
