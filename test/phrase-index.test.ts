import test from 'ava'
import type {Paragraph} from 'nlcst'
import {visit} from 'unist-util-visit'
import {builtinBoilerplate, builtinCalques} from '../src/dictionary/phrases.js'
import {builtinFiles} from '../src/dictionary/builtin.js'
import {readBoilerplateTables, readCalqueTables} from '../src/dictionary/phrases.js'
import {parseText} from '../src/engine/parse.js'
import {PhraseIndex} from '../src/phrase/match.js'
import {startKeys} from '../src/phrase/pattern.js'
import {findInParagraph} from '../src/phrase/tables.js'
import {paragraphTokens, type Token} from '../src/phrase/tokens.js'

function tokensOf(value: string): Array<Token> {
  const tokens: Array<Token> = []
  visit(parseText(value), 'ParagraphNode', (paragraph: Paragraph) => void tokens.push(...paragraphTokens(paragraph)))
  return tokens
}

/** Matches as `findInParagraph` reports them: one per span. */
function spans(patterns: ReadonlyArray<string>, value: string): Array<string> {
  const index = new PhraseIndex<string>()
  for (const pattern of patterns) index.add(pattern, pattern)
  return findInParagraph(index, tokensOf(value)).map((match) => match.payload + ' → ' + value.slice(match.start, match.stop))
}

test('an index finds patterns by their first word, case-aware, never inside a word', (t) => {
  t.deepEqual(spans(['daily topics', 'ARD'], 'The daily topics on ARD, not the Daily Topicsville nor card.'), ['daily topics → daily topics', 'ARD → ARD'])
  t.deepEqual(spans(['ARD'], 'the ard of it'), [])
})

test('patterns that start with a placeholder or an optional word are tried everywhere', (t) => {
  t.deepEqual(spans(['{Num} comments'], 'Read the 12 comments.'), ['{Num} comments → 12 comments'])
  t.deepEqual(spans(['the? [daily topics]'], 'Watch daily topics and the daily topics.'), [
    'the? [daily topics] → daily topics',
    'the? [daily topics] → daily topics'
  ])
})

test('a skipped optional word at the start of the reported part moves its start, not the match', (t) => {
  t.deepEqual(spans(['said [the? spokesperson] of'], 'He said spokesperson of the party.'), ['said [the? spokesperson] of → spokesperson'])
  t.deepEqual(spans(['said [the? spokesperson] of'], 'He said the spokesperson of the party.'), ['said [the? spokesperson] of → the spokesperson'])
})

test('a malformed pattern throws when it is first tried, naming it', (t) => {
  const index = new PhraseIndex<string>()
  index.add('daily [topics', 'bad')
  t.deepEqual(index.find(tokensOf('Nothing here.')), [])
  t.throws(() => index.find(tokensOf('The daily topics.')), {message: /unclosed `\[` in pattern `daily \[topics`/})
})

test('start keys are the first two fixed tokens, or the first alone; placeholders stand for their kind', (t) => {
  t.deepEqual(startKeys('daily topics'), ['daily topics'])
  t.deepEqual(startKeys('[Status] : {Num}'), ['status :'])
  t.deepEqual(startKeys('ARD|ZDF {Name}'), ['ard', 'zdf'])
  t.deepEqual(startKeys('in|in the? morning'), ['in'])
  t.deepEqual(startKeys('p.m. sharp'), ['p .'])
  t.deepEqual(startKeys('ARD {Name}'), ['ard'])
  t.deepEqual(startKeys('{Num} comments'), ['{Num} comments'])
  t.deepEqual(startKeys('{Name} [informed] that'), ['{Name} informed'])
  t.deepEqual(startKeys('the? daily topics'), undefined)
  t.deepEqual(startKeys('* *? ( EFE|AFP )'), undefined)
})

test('indexing by start keys finds what trying every pattern everywhere finds, on every example', (t) => {
  const tables = [...readCalqueTables(builtinFiles('calques')), ...readBoilerplateTables(builtinFiles('boilerplate'))]
  let texts = 0
  for (const table of tables) {
    const keyed = new PhraseIndex<string>()
    const everywhere = new PhraseIndex<string>()
    for (const entry of table.entries) {
      for (const source of entry.match) {
        keyed.add(source, entry.id)
        everywhere.add(source, entry.id, null)
      }
    }

    for (const entry of table.entries) {
      for (const example of entry.examples) {
        const tokens = tokensOf('ok' in example ? example.ok : example.bad)
        const found = (index: PhraseIndex<string>) => findInParagraph(index, tokens).map((match) => match.payload + '@' + match.start + '-' + match.stop).sort()
        t.deepEqual(found(keyed), found(everywhere), entry.id)
        texts++
      }
    }
  }

  t.true(texts > 2000)
})

test('the build’s runtime tables are the YAML tables without examples, with each pattern’s index keys', (t) => {
  const strip = (table: {readonly entries: ReadonlyArray<{readonly match: ReadonlyArray<string>}>}) =>
    table.entries.map(({examples: _examples, starts: _starts, ...entry}: Record<string, unknown>) => entry)
  const yaml = readCalqueTables(builtinFiles('calques'))
  const runtime = builtinCalques()
  t.is(runtime.length, yaml.length)
  for (const [position, table] of runtime.entries()) {
    t.deepEqual(strip(table), strip(yaml[position]!))
    for (const entry of table.entries) {
      t.is(entry.examples, undefined)
      t.deepEqual(entry.starts, entry.match.map((source) => startKeys(source) ?? null))
    }
  }

  t.is(builtinBoilerplate().length, readBoilerplateTables(builtinFiles('boilerplate')).length)
})
