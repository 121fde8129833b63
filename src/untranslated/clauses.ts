import type {Sentence} from 'nlcst'
import {toString} from 'nlcst-to-string'
import type {SpanWord} from './evidence.js'

/** A clause: the words between two clause marks (`,`, `;`, `:`, dashes, brackets, quotes). */
export interface Clause {
  readonly start: number
  readonly end: number
  readonly words: ReadonlyArray<SpanWord>
}

const clauseMarks = /^[,;:()[\]–—«»“”„‚‘"]$/u
const quoteMarks = /^[«»“”„‚‘"›‹]$/u

/**
 * Split a sentence into clauses. Words inside a quotation of at most
 * `maxQuotedWords` words are dropped: a quoted title or phrase in its own
 * language is fine (`the programme “Tagesthemen”`).
 */
export function clausesOf(sentence: Sentence, _value: string, maxQuotedWords: number): Array<Clause> {
  const clauses: Array<Clause> = []
  let words: Array<SpanWord> = []
  let quoted: Array<SpanWord> | undefined
  const flush = function (): undefined {
    const first = words[0]
    const last = words.at(-1)
    if (first && last) clauses.push({start: first.start, end: last.end, words})
    words = []
    return undefined
  }

  for (const node of sentence.children) {
    const text = node.type === 'WhiteSpaceNode' ? '' : toString(node)
    if (node.type === 'PunctuationNode' && quoteMarks.test(text)) {
      if (quoted) {
        // A long quotation is checked like any clause; a short one is left alone.
        if (quoted.length > maxQuotedWords) words.push(...quoted)
        quoted = undefined
      } else {
        flush()
        quoted = []
      }

      continue
    }

    if (node.type === 'PunctuationNode' && clauseMarks.test(text)) {
      if (!quoted) flush()
      continue
    }

    if (node.type !== 'WordNode') continue
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) continue
    const word = {value: text, start, end}
    if (quoted) quoted.push(word)
    else words.push(word)
  }

  if (quoted && quoted.length > maxQuotedWords) words.push(...quoted)
  flush()
  return clauses
}
