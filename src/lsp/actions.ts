/**
 * Findings → code actions:
 *
 * - one quick fix per suggestion, preferred when it is the safe fix
 *   (`autofix`), titled with code points for invisible characters;
 * - “Fix all mtlint problems” (`source.fixAll.mtlint`): the safe fixes,
 *   applied until the text is stable, as `mtlint --fix` does; its edit is
 *   computed on resolve, since that takes a few lints;
 * - for unknown words, “Add `X` to the project dictionary” (a command);
 * - “Disable `rule` for this file”: a control comment in Markdown and HTML,
 *   a command (this session only) in plain text.
 */

import {CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit, type WorkspaceEdit} from 'vscode-languageserver'
import type {Format} from '../engine/formats.js'
import {toDiagnostic, type DiagnosticOptions} from './diagnostics.js'
import {disableComment} from './disable.js'
import type {Finding} from './finding.js'
import type {LineIndex} from './text.js'
import {replaceTitle, show} from './titles.js'
import {pathOf} from './documents.js'

/** Kind of the fix-all action. */
export const fixAllKind = CodeActionKind.SourceFixAll + '.mtlint'
/** Commands the server executes. */
export const commands = {addWord: 'mtlint.addWord', disableRule: 'mtlint.disableRule'} as const
/** Title of the fix-all action. */
export const fixAllTitle = 'Fix all mtlint problems'

/** Everything actions are made from: one version of one document. */
export interface ActionContext extends DiagnosticOptions {
  readonly uri: string
  readonly version: number
  readonly format: Format
  /** The text of `version`. */
  readonly index: LineIndex
  readonly findings: ReadonlyArray<Finding>
  /** The client takes `documentChanges` (versioned edits). */
  readonly documentChanges: boolean
}

/** What `codeAction/resolve` needs to compute a fix-all edit. */
export interface FixAllData {
  readonly uri: string
  readonly version: number
}

/**
 * Code actions for the findings that touch `range`, and fix-all when any
 * finding in the document has a safe fix; only kinds under `only`, when given.
 */
export function codeActions(context: ActionContext, range: Range, only: ReadonlyArray<string> | undefined): Array<CodeAction> {
  const actions: Array<CodeAction> = []
  const text = context.index.text
  const from = context.index.offsetAt(range.start)
  const to = context.index.offsetAt(range.end)
  const disabled = new Set<string>()

  if (wanted(CodeActionKind.QuickFix, only)) {
    for (const finding of context.findings) {
      if (finding.start > to || finding.end < from) continue
      const diagnostic = toDiagnostic(finding, context.uri, context.index, context)
      const current = finding.actual === undefined || text.slice(finding.start, finding.end) === finding.actual
      if (current) {
        for (const expected of new Set(finding.expected)) {
          actions.push({
            title: replaceTitle(finding.actual, expected),
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred: finding.autofix,
            edit: workspaceEdit(context, [{range: diagnostic.range, newText: expected}])
          })
        }
      }

      if (finding.ruleId === 'spelling' && finding.actual) {
        const title = 'Add ' + show(finding.actual) + ' to the project dictionary'
        actions.push({title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: {title, command: commands.addWord, arguments: [context.uri, finding.actual]}})
      }

      if (!disabled.has(finding.ruleId)) {
        disabled.add(finding.ruleId)
        actions.push(disableAction(context, finding.ruleId, diagnostic))
      }
    }
  }

  if (wanted(fixAllKind, only) && context.findings.some((finding) => finding.autofix)) {
    const data: FixAllData = {uri: context.uri, version: context.version}
    actions.push({title: fixAllTitle, kind: fixAllKind, data})
  }

  return actions
}

/** The edit of fix-all: `before` (the text of `version`) becomes `after`, as one replacement of what changed. */
export function replacementEdit(context: Pick<ActionContext, 'uri' | 'version' | 'documentChanges'>, index: LineIndex, change: {start: number; end: number; inserted: string}): WorkspaceEdit {
  return workspaceEdit(context, [{range: index.rangeOf(change.start, change.end), newText: change.inserted}])
}

function disableAction(context: ActionContext, ruleId: string, diagnostic: Diagnostic): CodeAction {
  const title = 'Disable ' + show(ruleId) + ' for this file'
  if (context.format === 'text') {
    // Plain text has no comments: a saved file gets an `overrides` entry in its configuration, an unsaved one a setting of this session.
    const commandTitle = pathOf(context.uri) === undefined ? title + ' (until the server restarts)' : title + ' (in the configuration)'
    return {title: commandTitle, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: {title: commandTitle, command: commands.disableRule, arguments: [context.uri, ruleId]}}
  }

  const insert = disableComment(context.index.text, context.format, ruleId)
  const at = context.index.positionAt(insert.offset)
  return {title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: workspaceEdit(context, [{range: {start: at, end: at}, newText: insert.text}])}
}

/** Edits to one document, versioned when the client checks versions. */
function workspaceEdit(context: Pick<ActionContext, 'uri' | 'version' | 'documentChanges'>, edits: Array<TextEdit>): WorkspaceEdit {
  return context.documentChanges
    ? {documentChanges: [{textDocument: {uri: context.uri, version: context.version}, edits}]}
    : {changes: {[context.uri]: edits}}
}

/** Whether an action of `kind` is asked for: `only` lists kinds or their parents (`source` covers `source.fixAll.mtlint`). */
function wanted(kind: string, only: ReadonlyArray<string> | undefined): boolean {
  return !only || only.length === 0 || only.some((parent) => kind === parent || kind.startsWith(parent + '.'))
}
