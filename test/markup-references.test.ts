import test from 'ava'
import {createLinter} from '../src/index.js'

/** Findings as `rule actual → expected`, with `actual` checked against the source at the reported offsets. */
async function findings(t: {is(a: unknown, b: unknown, message?: string): void}, value: string, path: string): Promise<Array<string>> {
  const file = await createLinter({lang: 'en'}).lint({value, path})
  return file.messages.map(function (message) {
    const place = message.place && 'start' in message.place ? message.place : undefined
    t.is(value.slice(place?.start.offset, place?.end.offset), message.actual, 'actual is the source at the offsets')
    return message.ruleId + ' ' + message.actual + ' → ' + (message.expected ?? []).join(' | ')
  })
}

test('HTML character references read as the characters they stand for', async (t) => {
  const html = '<p>The government&rsquo;s caf&eacute; in Kiev&rsquo;s center, said Zelenskyi&rsquo;s aide. It&apos;s &bdquo;fine&ldquo;, &laquo;yes&raquo;.</p>\n'
  t.deepEqual(await findings(t, html, 'page.html'), [
    'name-spelling Kiev&rsquo;s → Kyiv’s',
    'name-spelling Zelenskyi&rsquo;s → Zelensky’s',
    'quotes &bdquo; → “',
    'quotes &ldquo; → ”',
    'quotes &laquo; → “',
    'quotes &raquo; → ”'
  ])
})

test('a shifted quotation written with references is found and spans the references', async (t) => {
  const html = '<p>That is leverage for the West, &ldquo;said Sullivan.&rdquo; Because if it fails, talks end.</p>\n'
  t.deepEqual(await findings(t, html, 'page.html'), ['quotes , &ldquo;said Sullivan.&rdquo;  → ,” said Sullivan. “'])
})

test('Markdown escapes read as the characters they stand for', async (t) => {
  const markdown = 'The owner\\\'s café said \\"no\\" to the goverment.\n'
  t.deepEqual(await findings(t, markdown, 'note.md'), ['spelling goverment → government | governments | movement'])
})

test('the same text written with plain characters gives the same findings at their own offsets', async (t) => {
  const html = '<p>The government’s café in Kiev’s center, said Zelenskyi’s aide. It\'s „fine“, «yes».</p>\n'
  t.deepEqual(await findings(t, html, 'page.html'), [
    'name-spelling Kiev’s → Kyiv’s',
    'name-spelling Zelenskyi’s → Zelensky’s',
    'quotes „ → “',
    'quotes “ → ”',
    'quotes « → “',
    'quotes » → ”'
  ])
})
