/**
 * “Disable this rule for this file”. Markdown and HTML have control
 * comments (`<!-- mtlint-disable quotes -->`, read by the engine and the
 * CLI alike), so the action inserts one at the top: after YAML or TOML
 * front matter in Markdown, after the doctype in HTML. Plain text has no
 * comment syntax: there the rule is turned off by an `overrides` entry in
 * the configuration (`./project-config.ts`), or, for an unsaved document,
 * until the server stops.
 */

import type {Format} from '../engine/formats.js'

/** Where and what to insert to turn `ruleId` off for a whole Markdown or HTML document. */
export function disableComment(text: string, format: Exclude<Format, 'text'>, ruleId: string): {offset: number; text: string} {
  const newline = text.includes('\r\n') ? '\r\n' : '\n'
  const comment = '<!-- mtlint-disable ' + ruleId + ' -->' + newline
  const head =
    format === 'markdown'
      ? /^(?:---\r?\n[^]*?\r?\n---|\+\+\+\r?\n[^]*?\r?\n\+\+\+)[ \t]*(?:\r?\n|$)/.exec(text)
      : /^\uFEFF?\s*<!doctype[^>]*>[ \t]*(?:\r?\n|$)/i.exec(text)
  if (!head) return {offset: text.charCodeAt(0) === 0xfeff ? 1 : 0, text: comment}
  const offset = head[0].length
  // Front matter that ends the file has no line break after it yet.
  return {offset, text: /\n$/.test(head[0]) ? comment : newline + comment}
}
