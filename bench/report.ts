/** Formatting for the bench’s Markdown tables. */

/** A Markdown table; the first column is left-aligned, the others right-aligned. */
export function table(head: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string>>): string {
  const align = head.map((_, index) => (index === 0 ? '---' : '--:'))
  return [head, align, ...rows].map((row) => '| ' + row.join(' | ') + ' |').join('\n')
}

/** `1.23 s` or `456 ms`. */
export function ms(value: number, digits?: number): string {
  if (digits !== undefined) return value.toFixed(digits)
  return value >= 1000 ? (value / 1000).toFixed(2) + ' s' : value.toFixed(value >= 10 ? 0 : 1) + ' ms'
}

/** `count` per second over `elapsed` milliseconds. */
export function perSecond(count: number, elapsed: number, unit: string, digits: number): string {
  const value = count / (elapsed / 1000)
  return value.toLocaleString('en-US', {minimumFractionDigits: digits, maximumFractionDigits: digits}) + (unit ? ' ' + unit : '')
}

/** `a / b` to two decimals. */
export function ratio(a: number, b: number): string {
  return b > 0 ? (a / b).toFixed(2) : ''
}

/** Decimal units: `1.2 MB`, `340 kB`. */
export function formatBytes(value: number): string {
  if (value >= 1e9) return (value / 1e9).toFixed(1) + ' GB'
  if (value >= 1e6) return (value / 1e6).toFixed(value >= 1e8 ? 0 : 1) + ' MB'
  if (value >= 1e3) return (value / 1e3).toFixed(0) + ' kB'
  return value + ' B'
}

export function median(values: ReadonlyArray<number>): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}
