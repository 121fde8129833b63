import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import test from 'ava'
import {unified} from 'unified'
import {parsePlainText} from '../../src/engine/parse.js'
import rule from '../../rules/spelling.js'
import {casesFor, lintWith} from '../helpers/rule-cases.js'

const check = casesFor(rule)
/** Suggestions are time-boxed; tests that check them give the search all the time it needs. */
const patient = ['warn', {wordBudget: 60_000, documentBudget: 600_000}] as const

// A real misspelling per language, its right correction first.

test('flags an English misspelling, the correction first', check, {
  input: 'The goverment said the talks would go on.',
  lang: 'en',
  config: patient,
  messages: ['1:5-1:14: Unexpected unknown word `goverment`, expected `government`, `governments` or `movement`'],
  expected: [['government', 'governments', 'movement']]
})

test('flags a German misspelling, the correction first', check, {
  input: 'Die Regierng hat am Freitag entschieden.',
  lang: 'de',
  config: patient,
  messages: ['1:5-1:13: Unexpected unknown word `Regierng`, expected `Regierung`, `Regierst` or `Regiert`'],
  expected: [['Regierung', 'Regierst', 'Regiert']]
})

test('flags a French misspelling, the correction first', check, {
  input: 'Le gouvernment a annoncé de nouvelles mesures.',
  lang: 'fr',
  config: patient,
  messages: ['1:4-1:15: Unexpected unknown word `gouvernment`, expected `gouvernement`, `gouvernent` or `gouvernements`'],
  expected: [['gouvernement', 'gouvernent', 'gouvernements']]
})

test('flags a Spanish misspelling, the correction first', check, {
  input: 'El gobeirno aprobó el presupuesto.',
  lang: 'es',
  config: patient,
  messages: ['1:4-1:12: Unexpected unknown word `gobeirno`, expected `gobierno`, `gobernó` or `gobiernos`'],
  expected: [['gobierno', 'gobernó', 'gobiernos']]
})

test('flags a Russian misspelling, the correction first', check, {
  input: 'Решение правительсва вступит в силу в мае.',
  lang: 'ru',
  config: patient,
  messages: ['1:9-1:21: Unexpected unknown word `правительсва`, expected `правительства`, `правительстве` or `правительств`'],
  expected: [['правительства', 'правительстве', 'правительств']]
})

test('flags a Ukrainian misspelling, the correction first', check, {
  input: 'Рішення ухвалило мінистерство фінансів.',
  lang: 'uk',
  config: patient,
  messages: ['1:18-1:30: Unexpected unknown word `мінистерство`, expected `міністерство`, `міністерством` or `міністерства`'],
  expected: [['міністерство', 'міністерством', 'міністерства']]
})

test('keeps the casing of a capitalised misspelling', check, {
  input: 'Goverment officials declined to comment.',
  lang: 'en',
  config: patient,
  messages: ['1:1-1:10: Unexpected unknown word `Goverment`, expected `Government` or `Governments`'],
  expected: [['Government', 'Governments']]
})

test('keeps typographic apostrophes in suggestions', check, {
  input: 'La réunion a lieu aujourdhui à Paris.',
  lang: 'fr',
  config: patient,
  messages: ['1:19-1:29: Unexpected unknown word `aujourdhui`, expected `aujourd\'hui`'],
  expected: [["aujourd'hui"]]
})

// German compounds and common words.

test('accepts German compounds of known words, with linking elements', check, {
  input:
    'Die Energiepreise und der Tankrabatt prägten die Verhandlungsrunde. ' +
    'Die Waffenstillstandsverhandlungen, die Hochwasserschutzmaßnahmen und die Briefmarke, ' +
    'Handschrift und Doppelgänger: schwankungsanfällige Wirtschaftsdaten, Heldentaten, Sonnenenergie.',
  lang: 'de',
  messages: []
})

test('accepts common German words nspell rejects', check, {
  input: 'Das ist gut, es muss tief sein, sagte er, und es wird sein Haus.',
  lang: 'de',
  messages: []
})

test('accepts German separable verbs with `zu`', check, {
  input: 'Es gelang ihnen, einen Vorteil herauszuspielen und der Opposition entgegenzukommen.',
  lang: 'de',
  messages: []
})

test('flags a German compound with a misspelled part and mends it', check, {
  input: 'Die Energiepreisse steigen.',
  lang: 'de',
  config: patient,
  messages: ['1:5-1:19: Unexpected unknown word `Energiepreisse`, expected `Energiepreise`, `Energiepreises` or `Energiepresse`'],
  expected: [['Energiepreise', 'Energiepreises', 'Energiepresse']]
})

test('does not take a misspelling for a compound of short words', check, {
  input: 'Das ist vieleicht richtig.',
  lang: 'de',
  config: patient,
  messages: ['1:9-1:18: Unexpected unknown word `vieleicht`, expected `vielleicht`'],
  expected: [['vielleicht']]
})

// Tokens that are not words to check.

test('skips URLs and e-mail addresses', check, {
  input: 'See https://exampel.com/sotre_path?qery=1 or www.exampel.org/abot and wrte to pres@exampel.com now.',
  lang: 'en',
  config: patient,
  messages: ['1:71-1:75: Unexpected unknown word `wrte`, expected `write`, `wrote` or `rte`'],
  expected: [['write', 'wrote', 'rte']]
})

test('skips hashtags and @handles', check, {
  input: 'Follow @mtlintbott and #elecshun for news.',
  lang: 'en',
  messages: []
})

test('skips numbers, words with digits and units after numbers', check, {
  input: 'Prices rose 4,5 kmh or 10kmh to 3 bn, up from 2 mln in the G7 and F-35s.',
  lang: 'en',
  messages: []
})

test('skips all-caps acronyms', check, {
  input: 'The NATTO and OSZE talks with the НБУ went on.',
  lang: 'en',
  messages: []
})

test('skips code-like tokens and text in backticks', check, {
  input: 'Call `parseWrod` or getWrod with snake_case_wrod.',
  lang: 'en',
  messages: []
})

test('skips names from the names lexicon', check, {
  input: 'Stoltenberg sprach mit Selenskyj und Habeck.',
  lang: 'de',
  messages: []
})

test('skips capitalised words that occur twice in the document', check, {
  input: 'Gribovski sagte nichts. Gribovski schwieg auch später.',
  lang: 'de',
  messages: []
})

test('flags a capitalised unknown word that occurs once in German', check, {
  input: 'Gribovski sagte nichts.',
  lang: 'de',
  messages: ['1:1-1:10: Unexpected unknown word `Gribovski`, expected a known word'],
  config: ['warn', {suggestions: 0}]
})

test('takes a capitalised word inside an English sentence for a name', check, {
  input: 'The striker Gribovski scored twice for Brentford.',
  lang: 'en',
  messages: []
})

test('checks capitalised words inside a sentence with `ignoreCapitalised: false`', check, {
  input: 'The ministry said Gribovski would resign.',
  lang: 'en',
  config: ['warn', {ignoreCapitalised: false, suggestions: 0}],
  messages: ['1:19-1:28: Unexpected unknown word `Gribovski`, expected a known word']
})

test('takes the neighbour of a name for a name', check, {
  input: 'Trainer Xabo Alonso lobte die Mannschaft.',
  lang: 'de',
  messages: []
})

test('skips name particles before a name', check, {
  input: 'Ursula von der Leyen met Ibrahim bin Salman.',
  lang: 'en',
  messages: []
})

test('skips words in another script', check, {
  input: 'Повідомлення в Telegram та Viber надійшли вчора.',
  lang: 'uk',
  messages: []
})

test('accepts hyphenated words part by part, and productive prefixes', check, {
  input: 'The de-escalation of the EU-wide ex-president’s post-war plans.',
  lang: 'en',
  messages: []
})

test('honours `words`', check, {
  input: 'The frobnicator frobnicates.',
  lang: 'en',
  config: ['warn', {words: ['frobnicator', 'frobnicates']}],
  messages: []
})

test('honours extra `.dic` files, with the language’s affixes', async (t) => {
  const directory = mkdtempSync(join(tmpdir(), 'mtlint-spelling-'))
  const path = join(directory, 'extra.dic')
  writeFileSync(path, '1\nfrobnicate/DSG\n')
  const file = await lintWith(rule, 'She frobnicated while he frobnicates, frobnicating.', 'en', ['warn', {dictionaries: [path]}])
  t.deepEqual(file.messages.map(String), [])
})

// English of unknown region accepts American and British spelling; a region holds to one.

test('accepts both American and British spelling in `en`', check, {
  input: 'The colour of the centre was organised; the color of the center was organized.',
  lang: 'en',
  messages: []
})

test('holds `en-GB` (and Australian English) to British spelling, suggesting it', check, {
  input: 'The color of the center was organized.',
  lang: 'en-AU',
  config: patient,
  messages: [
    '1:5-1:10: Unexpected unknown word `color`, expected `colour`, `colon` or `Colon`',
    '1:18-1:24: Unexpected unknown word `center`, expected `centre`, `canter` or `censer`',
    '1:29-1:38: Unexpected unknown word `organized`, expected `organised`, `organiser` or `organises`'
  ],
  expected: [['colour', 'colon', 'Colon'], ['centre', 'canter', 'censer'], ['organised', 'organiser', 'organises']]
})

test('holds `en-US` to American spelling, suggesting it', check, {
  input: 'The colour of the centre was organised.',
  lang: 'en-US',
  config: patient,
  messages: [
    '1:5-1:11: Unexpected unknown word `colour`, expected `color`, `collar` or `cooler`',
    '1:19-1:25: Unexpected unknown word `centre`, expected `center`, `entree` or `centers`',
    '1:30-1:39: Unexpected unknown word `organised`, expected `organized`, `organizer` or `organizes`'
  ],
  expected: [['color', 'collar', 'cooler'], ['center', 'entree', 'centers'], ['organized', 'organizer', 'organizes']]
})

test('reports without suggestions when the time budget is spent', check, {
  input: 'The goverment said so.',
  lang: 'en',
  config: ['warn', {documentBudget: 0}],
  messages: ['1:5-1:14: Unexpected unknown word `goverment`, expected a known word'],
  expected: [undefined]
})

test('never applies suggestions unasked', async (t) => {
  const file = await lintWith(rule, 'The goverment said so.', 'en')
  t.is(file.messages[0]?.autofix, false)
  t.is(file.messages[0]?.category, 'Fluency/Spelling')
  t.is(file.messages[0]?.fatal, false)
})

test('does nothing for a language without a dictionary', check, {
  input: 'Xyzzy qwrtp.',
  lang: 'en',
  config: ['off'],
  messages: []
})

test('rejects unknown options', (t) => {
  t.throws(
    () =>
      unified()
        .use(parsePlainText)
        // @ts-expect-error: check how the runtime handles a wrong value.
        .use(rule, ['warn', {words: 'frobnicator'}])
        .freeze(),
    {message: 'Unexpected value `"frobnicator"` for `spelling.words`, expected type `array`'}
  )
})
