/**
 * Findings → LSP diagnostics: range, severity, code (the rule id),
 * codeDescription (the rule’s docs), source, and for a name spelled two
 * ways the other spellings as related information.
 */

import {DiagnosticSeverity, type Diagnostic} from 'vscode-languageserver'
import {source} from '../rule.js'
import type {Finding, Level} from './finding.js'
import type {LineIndex} from './text.js'

const severities: Readonly<Record<Level, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  info: DiagnosticSeverity.Information,
  warning: DiagnosticSeverity.Warning
}

/** What the client can show. */
export interface DiagnosticOptions {
  /** The client supports `relatedInformation` (`textDocument.publishDiagnostics.relatedInformation`). */
  readonly relatedInformation: boolean
}

/** The diagnostic of one finding in the document at `uri`, whose text `index` holds. */
export function toDiagnostic(finding: Finding, uri: string, index: LineIndex, options: DiagnosticOptions): Diagnostic {
  const diagnostic: Diagnostic = {
    range: index.rangeOf(finding.start, finding.end),
    severity: severities[finding.level],
    code: finding.ruleId,
    source,
    message: messageOf(finding)
  }

  if (finding.url) diagnostic.codeDescription = {href: finding.url}
  if (options.relatedInformation && finding.related.length > 0) {
    diagnostic.relatedInformation = finding.related.map((related) => ({
      location: {uri, range: index.rangeOf(related.start, related.end)},
      message: 'Also spelled `' + related.text + '`'
    }))
  }

  return diagnostic
}

/**
 * The reason, and the note when it says more than the reason: the basis of
 * a house spelling, say, but not a calque’s explanation, which the reason
 * already quotes (only its table reference, `(de-en#stand)`, would be new).
 */
function messageOf(finding: Finding): string {
  const note = finding.note?.replace(/\s*\([^()]*\)$/, '').trim()
  return note && !finding.reason.includes(note) ? finding.reason + '\n' + finding.note : finding.reason
}
