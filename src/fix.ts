import type {VFileMessage} from 'vfile-message'

/** Outcome of one fixing pass. */
export interface FixResult {
  /** Text with every applied fix. */
  readonly value: string
  /** Messages whose fix was written. */
  readonly applied: ReadonlyArray<VFileMessage>
  /** Messages left: not autofixable, stale, or overlapping an applied fix. */
  readonly remaining: ReadonlyArray<VFileMessage>
}

/** Which messages a pass may fix. */
export interface ApplyOptions {
  /** Fix suggestions too, not only safe fixes (the editor’s “apply this”). */
  readonly suggestions?: boolean
  /** Only fix messages for which this returns true. */
  readonly filter?: (message: VFileMessage) => boolean
}

interface Edit {
  readonly message: VFileMessage
  readonly start: number
  readonly end: number
  readonly text: string
}

/**
 * Apply non-overlapping fixes to `value`, earliest first.
 * A fix whose `actual` no longer matches the text is skipped, never guessed;
 * text outside the fixed ranges is copied unchanged.
 */
export function applyFixes(
  value: string,
  messages: ReadonlyArray<VFileMessage>,
  options: ApplyOptions = {}
): FixResult {
  const edits: Array<Edit> = []
  const remaining: Array<VFileMessage> = []

  for (const message of messages) {
    const edit = toEdit(value, message, options)
    if (edit) edits.push(edit)
    else remaining.push(message)
  }

  edits.sort(function (a, b) {
    return a.start - b.start || a.end - b.end
  })

  const applied: Array<VFileMessage> = []
  let output = ''
  let last = 0

  for (const edit of edits) {
    // Touching edits are allowed only when neither is an insertion at the
    // shared point, so two fixes never fight over the same position.
    if (edit.start < last || (edit.start === last && applied.length > 0 && edit.start === edit.end)) {
      remaining.push(edit.message)
      continue
    }

    output += value.slice(last, edit.start) + edit.text
    last = edit.end
    applied.push(edit.message)
  }

  return {value: output + value.slice(last), applied, remaining}
}

/** The edit a message asks for, when it may be applied to `value`. */
function toEdit(
  value: string,
  message: VFileMessage,
  options: ApplyOptions
): Edit | undefined {
  const place = message.place
  const text = message.expected?.[0]
  const allowed = options.suggestions ? true : message.autofix === true

  if (
    !allowed ||
    text === undefined ||
    !place ||
    !('start' in place) ||
    (options.filter && !options.filter(message))
  ) {
    return undefined
  }

  const start = place.start.offset
  const end = place.end.offset

  if (
    start === undefined ||
    end === undefined ||
    start > end ||
    value.slice(start, end) !== message.actual
  ) {
    return undefined
  }

  return {message, start, end, text}
}

/** Result of fixing until stable. */
export interface FixUntilStableResult {
  readonly value: string
  /** Passes that changed the text. */
  readonly passes: number
  /** Every message whose fix was written, over all passes. */
  readonly applied: ReadonlyArray<VFileMessage>
}

/**
 * Lint, fix, and lint again until nothing changes, a text repeats (fixes
 * fighting each other), or `maxPasses` is reached.
 */
export async function fixUntilStable(
  value: string,
  lint: (value: string) => Promise<ReadonlyArray<VFileMessage>>,
  options: ApplyOptions & {readonly maxPasses?: number} = {}
): Promise<FixUntilStableResult> {
  const maxPasses = options.maxPasses ?? 10
  const seen = new Set([value])
  const applied: Array<VFileMessage> = []
  let passes = 0

  while (passes < maxPasses) {
    const result = applyFixes(value, await lint(value), options)
    if (result.applied.length === 0 || seen.has(result.value)) break
    value = result.value
    seen.add(value)
    applied.push(...result.applied)
    passes++
  }

  return {value, passes, applied}
}
