import type {Paragraph, Root, Sentence} from 'nlcst'
import {SKIP, visit} from 'unist-util-visit'

/**
 * Call `each` for every paragraph of `tree`, in order, without visiting
 * what is inside it: a visitor that returns nothing makes `visit` walk
 * every sentence, word and letter below (a closure and an array per node,
 * for each of ten rules, on every keystroke in an editor).
 */
export function eachParagraph(tree: Root, each: (paragraph: Paragraph) => undefined): undefined {
  visit(tree, 'ParagraphNode', function (paragraph: Paragraph) {
    each(paragraph)
    return SKIP
  })
  return undefined
}

/** Call `each` for every sentence of `tree`, in order, without visiting its words. */
export function eachSentence(tree: Root, each: (sentence: Sentence) => undefined): undefined {
  visit(tree, 'SentenceNode', function (sentence: Sentence) {
    each(sentence)
    return SKIP
  })
  return undefined
}
