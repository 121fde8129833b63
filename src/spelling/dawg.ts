/**
 * A word graph (DAWG: a minimal acyclic automaton) over UTF-16 code units,
 * with one small value per word.
 *
 * It stores a language’s expanded word forms compactly (suffixes shared:
 * millions of Ukrainian or French forms fit in a few MB), loads by wrapping
 * typed arrays around a file’s bytes (no parsing, no per-word objects), and
 * supports what the checker needs: exact lookup, all words starting at a
 * position of a longer string (compounds), and fuzzy walks (suggestions).
 */

/** Typed arrays of a word graph. Node `n` owns edges `edgeStart[n] … edgeStart[n + 1] - 1`, sorted by label. */
export interface WordGraph {
  readonly root: number
  readonly edgeStart: Uint32Array
  readonly value: Uint8Array
  readonly label: Uint16Array
  readonly target: Uint32Array
}

/** The node reached from `node` over `code`, or -1. */
export function step(graph: WordGraph, node: number, code: number): number {
  let low = graph.edgeStart[node]!
  let high = graph.edgeStart[node + 1]! - 1
  const label = graph.label
  while (low <= high) {
    const middle = (low + high) >>> 1
    const found = label[middle]!
    if (found === code) return graph.target[middle]!
    if (found < code) low = middle + 1
    else high = middle - 1
  }

  return -1
}

/** The value of `word` (0 when absent). */
export function lookup(graph: WordGraph, word: string, from = 0, to = word.length): number {
  let node = graph.root
  for (let index = from; index < to; index++) {
    node = step(graph, node, word.charCodeAt(index))
    if (node < 0) return 0
  }

  return graph.value[node]!
}

/**
 * Call `found(end, value)` for every word that is a prefix of
 * `word.slice(from)`, shortest first.
 */
export function prefixesAt(
  graph: WordGraph,
  word: string,
  from: number,
  found: (end: number, value: number) => undefined
): undefined {
  let node = graph.root
  for (let index = from; index < word.length; index++) {
    node = step(graph, node, word.charCodeAt(index))
    if (node < 0) return undefined
    const value = graph.value[node]!
    if (value !== 0) found(index + 1, value)
  }

  return undefined
}

/**
 * Build a word graph from words sorted by UTF-16 code unit (as
 * `Array#sort()` sorts), each with a value from 1 to 255.
 * Daciuk et al.’s incremental algorithm: memory stays proportional to the
 * graph, not to the word list.
 */
export function buildGraph(words: ReadonlyArray<string>, values: ReadonlyArray<number>): WordGraph {
  let edgeStart = new Uint32Array(1 << 16)
  let value = new Uint8Array(1 << 16)
  let label = new Uint16Array(1 << 16)
  let target = new Uint32Array(1 << 16)
  let nodes = 0
  let edges = 0
  const register = new Map<string, number>()

  interface Open {
    labels: Array<number>
    targets: Array<number>
    value: number
  }

  const stack: Array<Open> = [{labels: [], targets: [], value: 0}]
  let previous = ''

  for (let index = 0; index < words.length; index++) {
    const word = words[index]!
    let common = 0
    const limit = Math.min(word.length, previous.length)
    while (common < limit && word.charCodeAt(common) === previous.charCodeAt(common)) common++
    if (index > 0 && common === word.length && word.length === previous.length) continue
    freezeDownTo(common)
    for (let offset = common; offset < word.length; offset++) {
      const parent = stack.at(-1)!
      parent.labels.push(word.charCodeAt(offset))
      parent.targets.push(-1)
      stack.push({labels: [], targets: [], value: 0})
    }

    stack.at(-1)!.value = values[index]!
    previous = word
  }

  freezeDownTo(0)
  const root = freeze(stack[0]!)
  edgeStart = grow(edgeStart, nodes + 1)
  edgeStart[nodes] = edges
  return {
    root,
    edgeStart: edgeStart.slice(0, nodes + 1),
    value: value.slice(0, nodes),
    label: label.slice(0, edges),
    target: target.slice(0, edges)
  }

  function freezeDownTo(depth: number): undefined {
    while (stack.length - 1 > depth) {
      const node = stack.pop()!
      const parent = stack.at(-1)!
      parent.targets[parent.targets.length - 1] = freeze(node)
    }

    return undefined
  }

  function freeze(node: Open): number {
    const key = node.value + ':' + node.labels.join(',') + ':' + node.targets.join(',')
    const existing = register.get(key)
    if (existing !== undefined) return existing
    const id = nodes++
    edgeStart = grow(edgeStart, nodes + 1)
    value = grow(value, nodes)
    edgeStart[id] = edges
    value[id] = node.value
    for (let index = 0; index < node.labels.length; index++) {
      label = grow(label, edges + 1)
      target = grow(target, edges + 1)
      label[edges] = node.labels[index]!
      target[edges] = node.targets[index]!
      edges++
    }

    register.set(key, id)
    return id
  }
}

function grow<Array extends Uint8Array | Uint16Array | Uint32Array>(array: Array, size: number): Array {
  if (size <= array.length) return array
  const next = new (array.constructor as new (length: number) => Array)(Math.max(size, array.length * 2))
  next.set(array)
  return next
}
