import type {LocaleData} from '../dictionary/locales.js'

/** A calendar date. */
export interface DateParts {
  readonly day: number
  readonly month: number
  readonly year: number
}

/** A time of day. */
export interface TimeParts {
  readonly hour: number
  readonly minute: number
}

/** `date` in each of the language’s full forms (`7 December 2021`, `December 7, 2021`). */
export function formatDate(date: DateParts, locale: LocaleData): Array<string> {
  return locale.dates.formats.map((format) =>
    format
      .replace('{dd}', pad(date.day))
      .replace('{d}', String(date.day))
      .replace('{month}', locale.dates.months[date.month - 1] ?? String(date.month))
      .replace('{mm}', pad(date.month))
      .replace('{yyyy}', String(date.year))
  )
}

/** `time` in each of the language’s forms (`10:15 p.m.`, `22:15`; `22.15 Uhr`; `22 h 15`). */
export function formatTime(time: TimeParts, locale: LocaleData): Array<string> {
  const [am = 'a.m.', pm = 'p.m.'] = locale.times.ampm
  const hour12 = time.hour % 12 === 0 ? 12 : time.hour % 12
  return locale.times.formats.map(function (format) {
    let result = format
      .replace('{hh}', pad(time.hour))
      .replace('{h12}', String(hour12))
      .replace('{h}', String(time.hour))
      .replace('{mm}', pad(time.minute))
      .replace('{ampm}', time.hour < 12 ? am : pm)
    // Whole hours read better without `:00` in 12-hour form (`8 p.m.`).
    if (format.includes('{h12}') && time.minute === 0) result = result.replace(':00', '')
    return result
  })
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}
