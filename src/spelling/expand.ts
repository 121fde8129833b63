/**
 * Expand a Hunspell dictionary into every word form it accepts, each with a
 * few bits saying how the form may be used (alone, in which compound
 * position, only in its exact case).
 *
 * This follows Hunspell rather than nspell where they differ: homonyms keep
 * their own flags (nspell merges them, so German `gut/AU` plus
 * `gut/STozm` made `gut` compound-only), affix continuation flags apply to
 * the affixed form (`ONLYINCOMPOUND`, `NEEDAFFIX`, compound flags on
 * affixes, as igerman98 uses them for linking elements), and `CIRCUMFIX`
 * is honoured. Numbers built by `COMPOUNDRULE` (English `21st`) are not
 * expanded: the spelling rule never checks words with digits.
 */

import {meetsCondition, type AffixClass, type AffixEntry, type Affixes} from './affix.js'

/** Bits of a form’s value. */
export const Bits = {
  /** Valid on its own, in any case Hunspell allows (`Haus`, `HAUS`). */
  ok: 1,
  /** Valid on its own in exactly this case (`KEEPCASE`). */
  keepCase: 2,
  /** May start a compound. */
  begin: 4,
  /** May stand inside a compound. */
  middle: 8,
  /** May end a compound. */
  end: 16,
  /** A listed misspelling (`FORBIDDENWORD`): never accepted. */
  forbidden: 32,
  /** Never suggested (`NOSUGGEST`: offensive or rare words). */
  noSuggest: 64
} as const

/** Every form with its bits. */
export type Forms = Map<string, number>

/**
 * Expand the lines of a `.dic` file (first line: the count) with `affixes`
 * into `forms`.
 */
export function expandDictionary(dic: string, affixes: Affixes, forms: Forms = new Map()): Forms {
  const lines = dic.split(/\r?\n/)
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index]!
    // igerman98 writes its licence as tab-indented lines.
    if (line === '' || line.charCodeAt(0) === 9) continue
    const entry = parseDicLine(line)
    if (entry) expandWord(entry.word, affixes.decode(entry.flags), affixes, forms)
  }

  return forms
}

/** Split a `.dic` line into its word and raw flags (morphological fields dropped). */
export function parseDicLine(line: string): {word: string; flags: string} | undefined {
  const text = line.replace(/[\t ].*$/, '')
  const slash = text.search(/(?<!\\)\//)
  const word = (slash < 0 ? text : text.slice(0, slash)).replace(/\\\//g, '/')
  if (!word) return undefined
  return {word, flags: slash < 0 ? '' : text.slice(slash + 1)}
}

/** Add `word` (with mapped `flags`) and every form its affixes make to `forms`. */
export function expandWord(word: string, flags: string, affixes: Affixes, forms: Forms): undefined {
  const {classes, flags: special} = affixes
  const ignore = affixes.settings.ignore
  if (ignore) word = strip(word, ignore)
  const context: Context = {flags, special, forms, classes, ownPrefixes: [], fullStrip: affixes.fullStrip}
  for (const flag of flags) {
    const found = classes.get(flag)
    if (found?.kind === 'PFX') context.ownPrefixes.push(found)
  }

  emit(context, word, none, none)

  for (const flag of flags) {
    const suffixes = classes.get(flag)
    if (suffixes?.kind !== 'SFX') continue
    for (const first of suffixes.entries) {
      const once = applyEntry(word, first, 'SFX', context.fullStrip)
      if (once === undefined) continue
      const applied = [first]
      emit(context, once, none, applied)
      crossWithPrefixes(context, once, suffixes, applied)

      // Twofold suffixes: the first suffix’s continuation allows a second.
      for (const next of first.cont) {
        const outer = classes.get(next)
        if (outer?.kind !== 'SFX' || outer === suffixes) continue
        for (const second of outer.entries) {
          const twice = applyEntry(once, second, 'SFX', context.fullStrip)
          if (twice === undefined) continue
          const both = [first, second]
          emit(context, twice, none, both)
          crossWithPrefixes(context, twice, outer, both)
        }
      }
    }
  }

  for (const prefixes of context.ownPrefixes) {
    for (const entry of prefixes.entries) {
      const form = applyEntry(word, entry, 'PFX', context.fullStrip)
      if (form !== undefined) emit(context, form, [entry], none)
    }
  }

  return undefined
}

interface Context {
  readonly flags: string
  readonly special: Affixes['flags']
  readonly forms: Forms
  readonly classes: Affixes['classes']
  readonly ownPrefixes: Array<AffixClass>
  readonly fullStrip: boolean
}

const none: ReadonlyArray<AffixEntry> = []

/** Prefixes allowed on a suffixed form: the word’s own (when both cross) or a suffix’s continuation. */
function crossWithPrefixes(context: Context, form: string, suffixes: AffixClass, applied: ReadonlyArray<AffixEntry>): undefined {
  if (suffixes.cross) {
    for (const prefixes of context.ownPrefixes) {
      if (!prefixes.cross) continue
      for (const entry of prefixes.entries) {
        const prefixed = applyEntry(form, entry, 'PFX', context.fullStrip)
        if (prefixed !== undefined) emit(context, prefixed, [entry], applied)
      }
    }
  }

  for (const suffix of applied) {
    for (const flag of suffix.cont) {
      const prefixes = context.classes.get(flag)
      if (prefixes?.kind !== 'PFX' || (suffixes.cross && prefixes.cross && context.ownPrefixes.includes(prefixes))) continue
      for (const entry of prefixes.entries) {
        const prefixed = applyEntry(form, entry, 'PFX', context.fullStrip)
        if (prefixed !== undefined) emit(context, prefixed, [entry], applied)
      }
    }
  }

  return undefined
}

function emit(context: Context, form: string, prefixes: ReadonlyArray<AffixEntry>, suffixes: ReadonlyArray<AffixEntry>): undefined {
  const bits = formBits(context.flags, prefixes, suffixes, context.special)
  if (bits !== 0 && form !== '') context.forms.set(form, (context.forms.get(form) ?? 0) | bits)
  return undefined
}

/** The bits of a form made from a word with `flags` and the given affixes. */
function formBits(
  flags: string,
  prefixes: ReadonlyArray<AffixEntry>,
  suffixes: ReadonlyArray<AffixEntry>,
  special: Affixes['flags']
): number {
  let cont = ''
  for (const entry of prefixes) cont += entry.cont
  for (const entry of suffixes) cont += entry.cont
  const all = cont === '' ? flags : flags + cont
  const count = prefixes.length + suffixes.length

  if (special.circumfix && cont !== '' && hasCircumfix(prefixes, special.circumfix) !== hasCircumfix(suffixes, special.circumfix)) {
    return 0
  }

  const needsAffix =
    (count === 0 && has(flags, special.needAffix)) ||
    // An affix marked `NEEDAFFIX` needs another affix on top of it.
    (count === 1 && has(cont, special.needAffix))

  let bits = 0
  if (has(all, special.forbidden)) bits |= Bits.forbidden
  if (has(all, special.noSuggest)) bits |= Bits.noSuggest

  if (!needsAffix && (special.compoundBegin || special.compound)) {
    const compound = has(all, special.compound)
    if ((has(all, special.compoundBegin) || compound) && permitted(suffixes, special.compoundPermit)) bits |= Bits.begin
    if (has(all, special.compoundMiddle) || (compound && permitted(prefixes, special.compoundPermit) && permitted(suffixes, special.compoundPermit))) bits |= Bits.middle
    if ((has(all, special.compoundEnd) || compound) && permitted(prefixes, special.compoundPermit)) bits |= Bits.end
  }

  if (!needsAffix && !has(all, special.onlyInCompound) && !(bits & Bits.forbidden)) {
    bits |= has(all, special.keepCase) ? Bits.keepCase : Bits.ok
  }

  return bits
}

function has(flags: string, flag: string): boolean {
  return flag !== '' && flags.includes(flag)
}

function hasCircumfix(entries: ReadonlyArray<AffixEntry>, flag: string): boolean {
  for (const entry of entries) if (entry.cont.includes(flag)) return true
  return false
}

/** Whether every affix in `entries` may stand inside a compound (`COMPOUNDPERMITFLAG`). */
function permitted(entries: ReadonlyArray<AffixEntry>, flag: string): boolean {
  for (const entry of entries) if (!has(entry.cont, flag)) return false
  return true
}

/** Apply one affix entry to `word`, or `undefined` when its strip or condition does not match. */
function applyEntry(word: string, entry: AffixEntry, kind: 'PFX' | 'SFX', fullStrip: boolean): string | undefined {
  if (word.length < entry.strip.length || (word.length === entry.strip.length && !fullStrip)) return undefined
  if (!meetsCondition(word, entry, kind)) return undefined
  if (kind === 'SFX') {
    if (!word.endsWith(entry.strip)) return undefined
    return word.slice(0, word.length - entry.strip.length) + entry.add
  }

  if (!word.startsWith(entry.strip)) return undefined
  return entry.add + word.slice(entry.strip.length)
}

function strip(word: string, characters: string): string {
  let result = ''
  for (const char of word) if (!characters.includes(char)) result += char
  return result
}
