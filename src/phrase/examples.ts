import type {VFileMessage} from 'vfile-message'
import type {PhraseExample} from '../dictionary/phrases.js'

/** What went wrong with one data example, or `undefined` when it holds. */
export function checkExample(
  example: PhraseExample,
  messages: ReadonlyArray<VFileMessage>,
  tag: string
): string | undefined {
  const own = messages.filter((message) => message.note?.endsWith('(' + tag + ')'))
  if ('ok' in example) {
    return messages.length === 0 ? undefined : 'Unexpected finding in `ok` example `' + example.ok + '`: ' + messages.map(String).join('; ')
  }

  if (own.length !== 1) {
    return 'Unexpected ' + own.length + ' findings of `' + tag + '` in `bad` example `' + example.bad + '`, expected 1' + (messages.length > own.length ? ' (others: ' + messages.filter((m) => !own.includes(m)).map(String).join('; ') + ')' : '')
  }

  if (example.good === undefined) return undefined
  const [message] = own
  const place = message!.place as {start: {offset: number}; end: {offset: number}}
  const fixed = example.bad.slice(0, place.start.offset) + (message!.expected?.[0] ?? '') + example.bad.slice(place.end.offset)
  return fixed === example.good ? undefined : 'Unexpected fix `' + fixed + '` of `bad` example, expected `good` `' + example.good + '`'
}
