import {VFile} from 'vfile'
import type {LintOptions} from '../config/resolve.js'
import {docsBase, source} from '../rule.js'
import {inconsistentGroups} from './candidates.js'

/** What the batch check keeps from one file: the first use of each spelling. */
interface Use {
  readonly key: string
  readonly base: string
  readonly ending: string
  readonly actual: string
  readonly start: number
  readonly end: number
  readonly line: number
  readonly column: number
}

/**
 * `name-consistency` across the files of one run: a name spelled one way in
 * most files and another way in some is reported once in each minority file,
 * at its first use there. Off for a single file (the rule itself covers one
 * document) and when `name-consistency` is off.
 */
export const nameConsistencyAcrossFiles = {
  id: 'name-consistency',
  collect(file: VFile, options: LintOptions): Array<Use> | undefined {
    const setting = options.rules?.['name-consistency']
    if (setting === 'off' || (Array.isArray(setting) && setting[0] === 'off')) return undefined
    const occurrences = file.data.nameOccurrences
    if (!occurrences || occurrences.length === 0) return undefined
    const value = String(file)
    const seen = new Set<string>()
    const uses: Array<Use> = []
    for (const occurrence of occurrences) {
      if (seen.has(occurrence.base)) continue
      seen.add(occurrence.base)
      // Spellings are compared within one language: German `Ajatollah` is right beside English `Ayatollah`.
      uses.push({...occurrence, key: (file.data.lang ?? '') + ':' + occurrence.key, actual: value.slice(occurrence.start, occurrence.end)})
    }

    return uses
  },
  finish(collected: ReadonlyArray<{readonly path: string; readonly data: Array<Use>}>): Array<VFile> {
    if (collected.length < 2) return []
    const items = collected.flatMap(({path, data}) => data.map((use) => ({...use, path})))
    const files = new Map<string, VFile>()
    // Each file counts once, so the majority is the spelling most files use.
    for (const {preferred, items: group} of inconsistentGroups(items, new Set(), (item) => item.path)) {
      const reported = new Set<string>()
      for (const use of group) {
        if (use.base === preferred || reported.has(use.path)) continue
        reported.add(use.path)
        const others = group
          .filter((other) => other.base === preferred)
          .slice(0, 3)
          .map((other) => '`' + other.actual + '` in ' + other.path + ':' + other.line + ':' + other.column)
          .join(', ')
        const file = files.get(use.path) ?? new VFile({path: use.path})
        files.set(use.path, file)
        const message = file.message(
          'Unexpected `' + use.actual + '`, expected `' + preferred + use.ending + '` as other files of this batch spell it (' + others + ')',
          {
            place: {start: {line: use.line, column: use.column, offset: use.start}, end: {line: use.line, column: use.column + use.actual.length, offset: use.end}},
            ruleId: 'name-consistency',
            source
          }
        )
        message.fatal = false
        message.actual = use.actual
        message.expected = [preferred + use.ending]
        message.url = docsBase + 'name-consistency'
        message.category = 'Terminology/Inconsistent'
        message.autofix = false
      }
    }

    return [...files.values()]
  }
}
