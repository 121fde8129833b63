/**
 * Read a Hunspell `.aff` file into what expansion and checking need.
 *
 * Flags of every `FLAG` type (`short`, `long`, `num`, `UTF-8`) are mapped to
 * one UTF-16 code unit each, so a word’s flags are a plain string and
 * `flags.includes(flag)` tests one.
 */

/** A condition character class (`[^aeiou]`) or literal, as one step of a condition. */
interface ConditionStep {
  readonly chars: string
  readonly negate: boolean
  /** `.`: any character. */
  readonly any: boolean
}

/** One line of a `PFX`/`SFX` class. */
export interface AffixEntry {
  readonly strip: string
  readonly add: string
  /** Continuation flags (`/flags` after the affix), as mapped flag characters. */
  readonly cont: string
  readonly condition: ReadonlyArray<ConditionStep>
}

/** One `PFX` or `SFX` class. */
export interface AffixClass {
  readonly flag: string
  readonly kind: 'PFX' | 'SFX'
  /** Whether it combines with affixes of the other kind (`Y`). */
  readonly cross: boolean
  readonly entries: Array<AffixEntry>
}

/** Special flags of the affix file, as mapped flag characters (`''` when unset). */
export interface SpecialFlags {
  readonly needAffix: string
  readonly onlyInCompound: string
  readonly forbidden: string
  readonly keepCase: string
  readonly circumfix: string
  readonly noSuggest: string
  readonly compound: string
  readonly compoundBegin: string
  readonly compoundMiddle: string
  readonly compoundEnd: string
  readonly compoundPermit: string
}

/** What a checker needs from the affix file at run time (stored with the precompiled word list). */
export interface AffixSettings {
  /** `ICONV` pairs: applied to a word before lookup. */
  readonly iconv: ReadonlyArray<readonly [string, string]>
  /** Characters removed from words before lookup (`IGNORE`). */
  readonly ignore: string
  /** `REP` pairs: common misspellings, used for suggestions. */
  readonly rep: ReadonlyArray<readonly [string, string]>
  /** `KEY` rows: neighbouring keys, used for suggestions. */
  readonly key: ReadonlyArray<string>
  /** `MAP` groups: related characters (`aàâä`), used for suggestions. */
  readonly map: ReadonlyArray<string>
  /** `BREAK` patterns (Hunspell default: `-`). */
  readonly breaks: ReadonlyArray<string>
  /** `COMPOUNDMIN`. */
  readonly compoundMin: number
  /** Whether the dictionary builds compounds with `COMPOUNDBEGIN`/`COMPOUNDFLAG`. */
  readonly compounds: boolean
}

/** A parsed affix file. */
export interface Affixes {
  readonly classes: ReadonlyMap<string, AffixClass>
  readonly flags: SpecialFlags
  readonly settings: AffixSettings
  /** Map a raw flag field of the `.dic` or an affix to flag characters. */
  readonly decode: (raw: string) => string
  /** `FULLSTRIP`: an affix may strip the whole word (French `avoir` → `ont`). */
  readonly fullStrip: boolean
}

/** Parse the text of an `.aff` file. */
export function parseAffixes(text: string): Affixes {
  const lines = text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'))
  let flagType = 'short'
  for (const line of lines) {
    const [name, value] = line.split(/\s+/)
    if (name === 'FLAG' && value) flagType = value
  }

  const ids = new Map<string, string>()
  const decode = function (raw: string): string {
    let result = ''
    for (const flag of splitFlags(raw, flagType)) {
      let id = ids.get(flag)
      if (id === undefined) {
        // Private-use code units: never confused with text.
        id = String.fromCharCode(0xe000 + ids.size)
        ids.set(flag, id)
      }

      result += id
    }

    return result
  }

  const classes = new Map<string, AffixClass>()
  const special = new Map<string, string>()
  const iconv: Array<[string, string]> = []
  const rep: Array<[string, string]> = []
  const key: Array<string> = []
  const map: Array<string> = []
  const breaks: Array<string> = []
  let ignore = ''
  let compoundMin = 3
  let sawBreak = false
  let fullStrip = false

  for (let index = 0; index < lines.length; index++) {
    const parts = lines[index]!.split(/\s+/)
    const name = parts[0]!
    if ((name === 'PFX' || name === 'SFX') && parts.length >= 4 && /^\d+$/.test(parts[3]!)) {
      const flag = decode(parts[1]!)
      const affixClass: AffixClass = {flag, kind: name, cross: parts[2] === 'Y', entries: classes.get(flag)?.entries ?? []}
      classes.set(flag, affixClass)
      const count = Number(parts[3])
      for (let line = 0; line < count && index + 1 < lines.length; line++) {
        const fields = lines[++index]!.split(/\s+/)
        if (fields[0] !== name || fields.length < 4) continue
        const [added = '', cont = ''] = splitContinuation(fields[3]!)
        affixClass.entries.push({
          strip: fields[2] === '0' ? '' : fields[2]!,
          add: added === '0' ? '' : added,
          cont: cont ? decode(cont) : '',
          condition: parseCondition(fields[4] ?? '.')
        })
      }
    } else if (name === 'ICONV' || name === 'REP' || name === 'MAP' || name === 'BREAK') {
      const count = Number(parts[1])
      for (let line = 0; line < count && index + 1 < lines.length; line++) {
        const fields = lines[++index]!.split(/\s+/)
        if (name === 'ICONV' && fields[1] !== undefined && fields[2] !== undefined) iconv.push([fields[1], fields[2]])
        else if (name === 'REP' && fields[1] !== undefined && fields[2] !== undefined) rep.push([fields[1].replace(/_/g, ' '), fields[2].replace(/_/g, ' ')])
        else if (name === 'MAP' && fields[1]) map.push(fields[1])
        else if (name === 'BREAK' && fields[1]) breaks.push(fields[1])
      }

      if (name === 'BREAK') sawBreak = true
    } else if (name === 'KEY' && parts[1]) {
      key.push(...parts[1].split('|'))
    } else if (name === 'FULLSTRIP') {
      fullStrip = true
    } else if (name === 'IGNORE' && parts[1]) {
      ignore = parts[1]
    } else if (name === 'COMPOUNDMIN' && parts[1]) {
      compoundMin = Number(parts[1])
    } else if (specialNames.has(name) && parts[1]) {
      special.set(specialNames.get(name)!, decode(parts[1]))
    }
  }

  const flags = Object.fromEntries(
    [...new Set(specialNames.values())].map((field) => [field, special.get(field) ?? ''])
  ) as unknown as SpecialFlags

  return {
    classes,
    flags,
    decode,
    fullStrip,
    settings: {
      iconv,
      ignore,
      rep,
      key,
      map,
      breaks: sawBreak ? breaks : ['-', '^-', '-$'],
      compoundMin,
      compounds: flags.compoundBegin !== '' || flags.compound !== ''
    }
  }
}

const specialNames = new Map<string, keyof SpecialFlags>([
  ['NEEDAFFIX', 'needAffix'],
  ['PSEUDOROOT', 'needAffix'],
  ['ONLYINCOMPOUND', 'onlyInCompound'],
  ['FORBIDDENWORD', 'forbidden'],
  ['KEEPCASE', 'keepCase'],
  ['CIRCUMFIX', 'circumfix'],
  ['NOSUGGEST', 'noSuggest'],
  ['COMPOUNDFLAG', 'compound'],
  ['COMPOUNDBEGIN', 'compoundBegin'],
  ['COMPOUNDMIDDLE', 'compoundMiddle'],
  ['COMPOUNDEND', 'compoundEnd'],
  ['COMPOUNDPERMITFLAG', 'compoundPermit']
])

/** Split `add/flags` (a `\/` is a literal slash). */
function splitContinuation(field: string): [string, string] {
  const slash = field.search(/(?<!\\)\//)
  return slash < 0 ? [field.replace(/\\\//g, '/'), ''] : [field.slice(0, slash).replace(/\\\//g, '/'), field.slice(slash + 1)]
}

/** Split a raw flag field by the file’s `FLAG` type. */
function splitFlags(raw: string, type: string): Array<string> {
  if (type === 'long') return raw.match(/[\s\S]{1,2}/g) ?? []
  if (type === 'num') return raw.split(',').filter(Boolean)
  // `short` and `UTF-8`: one code point each.
  return [...raw]
}

/** Parse a condition (`[^aeiou]y`, `.`) into steps. */
function parseCondition(source: string): Array<ConditionStep> {
  if (source === '.') return []
  const steps: Array<ConditionStep> = []
  for (let index = 0; index < source.length; index++) {
    const char = source[index]!
    if (char === '[') {
      const close = source.indexOf(']', index + 1)
      const body = source.slice(index + 1, close < 0 ? source.length : close)
      const negate = body.startsWith('^')
      steps.push({chars: negate ? body.slice(1) : body, negate, any: false})
      index = close < 0 ? source.length : close
    } else {
      steps.push({chars: char, negate: false, any: char === '.'})
    }
  }

  return steps
}

/** Whether `word` meets `entry`’s condition: at its end for suffixes, at its start for prefixes. */
export function meetsCondition(word: string, entry: AffixEntry, kind: 'PFX' | 'SFX'): boolean {
  const steps = entry.condition
  if (steps.length > word.length) return false
  const offset = kind === 'SFX' ? word.length - steps.length : 0
  for (let index = 0; index < steps.length; index++) {
    const step = steps[index]!
    if (step.any) continue
    const found = step.chars.includes(word[offset + index]!)
    if (found === step.negate) return false
  }

  return true
}
