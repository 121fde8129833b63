import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {createRequire} from 'node:module'
import test from 'ava'
import {parseAffixes} from '../src/spelling/affix.js'
import {buildGraph, lookup, prefixesAt} from '../src/spelling/dawg.js'
import {Bits, expandDictionary} from '../src/spelling/expand.js'
import {createSpeller, spellerFor} from '../src/spelling/speller.js'
import {compile, dictionarySource, precompile, readPrecompiled} from '../src/spelling/store.js'

/** nspell has no types: the part these tests use. */
const nspell = createRequire(import.meta.url)('nspell') as (dictionary: {aff: Buffer; dic: Buffer}) => {
  correct(word: string): boolean
  data: Record<string, unknown>
}

/** A checker over a small affix file and dictionary, for one feature at a time. */
function tiny(aff: string, dic: string, lang = 'xx') {
  const affixes = parseAffixes(aff)
  const forms = expandDictionary(dic, affixes)
  const words = [...forms.keys()].sort()
  const graph = buildGraph(words, words.map((word) => forms.get(word)!))
  return {forms, speller: createSpeller(lang, graph, affixes.settings, 'test')}
}

test('the word graph finds every word with its value, and nothing else', (t) => {
  const words = ['Haus', 'Hausboot', 'Häuser', 'boot', 'bot', 'haus']
  const graph = buildGraph(words, [1, 2, 3, 4, 5, 6])
  for (const [index, word] of words.entries()) t.is(lookup(graph, word), index + 1)
  t.is(lookup(graph, 'Hau'), 0)
  t.is(lookup(graph, 'Hausboote'), 0)
  const found: Array<[number, number]> = []
  prefixesAt(graph, 'Hausbooten', 0, (end, value) => {
    found.push([end, value])
    return undefined
  })
  t.deepEqual(found, [[4, 1], [8, 2]])
})

test('expansion applies suffixes, prefixes, cross products and twofold suffixes', (t) => {
  const {speller} = tiny(
    'SFX S Y 1\nSFX S 0 s .\nSFX A Y 1\nSFX A 0 able/S .\nPFX U Y 1\nPFX U 0 un .\n',
    '1\ndrink/AU\n'
  )
  for (const word of ['drink', 'drinkable', 'drinkables', 'undrink', 'undrinkable']) t.true(speller.correct(word), word)
  t.false(speller.correct('drinks'))
})

test('homonyms keep their own flags (German `gut`, which nspell rejects)', (t) => {
  const {speller} = tiny('ONLYINCOMPOUND o\nCOMPOUNDEND z\n', '2\ngut\ngut/oz\n')
  t.true(speller.correct('gut'))
})

test('`NEEDAFFIX`, `ONLYINCOMPOUND`, `FORBIDDENWORD`, `KEEPCASE` and `CIRCUMFIX`', (t) => {
  const {speller} = tiny(
    [
      'NEEDAFFIX h', 'ONLYINCOMPOUND o', 'FORBIDDENWORD d', 'KEEPCASE w', 'CIRCUMFIX f',
      'SFX E Y 1', 'SFX E 0 e .',
      'SFX C Y 1', 'SFX C 0 en/f .',
      'PFX G Y 1', 'PFX G 0 ge/f .'
    ].join('\n'),
    '5\nwort/hE\nteil/o\nfalsch/d\niPod/w\nmach/CG\n'
  )
  t.false(speller.correct('wort'), 'needs an affix')
  t.true(speller.correct('worte'))
  t.false(speller.correct('teil'), 'only in compounds')
  t.false(speller.correct('falsch'), 'forbidden')
  t.true(speller.correct('iPod'))
  t.false(speller.correct('IPOD'), 'keeps its case')
  t.true(speller.correct('gemachen'), 'circumfix on both sides')
  t.false(speller.correct('machen'), 'circumfix suffix alone')
  t.false(speller.correct('gemach'), 'circumfix prefix alone')
})

test('`FULLSTRIP` lets an affix replace the whole word (French `avoir` → `ont`)', (t) => {
  const {speller} = tiny('FULLSTRIP\nSFX A Y 1\nSFX A avoir ont avoir\n', '1\navoir/A\n')
  t.true(speller.correct('ont'))
})

test('long and UTF-8 flags', (t) => {
  t.true(tiny('FLAG long\nSFX Aa Y 1\nSFX Aa 0 s .\n', '1\nmot/Aa\n').speller.correct('mots'))
  t.true(tiny('FLAG UTF-8\nSFX Á Y 1\nSFX Á 0 s .\n', '1\ncasa/Á\n').speller.correct('casas'))
})

test('case variants follow Hunspell', (t) => {
  const {speller} = tiny('', '2\nhouse\nBerlin\n')
  t.true(speller.correct('House'))
  t.true(speller.correct('HOUSE'))
  t.true(speller.correct('BERLIN'))
  t.false(speller.correct('berlin'))
})

test('agrees with nspell on English (a sample of forms and of misspellings)', (t) => {
  const source = dictionarySource('en')!
  const reference = nspell({aff: readFileSync(source.aff), dic: readFileSync(source.dic)})
  const speller = spellerFor('en')!
  const forms = Object.keys(reference.data)
  let seed = 7
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648
  const sample: Array<string> = []
  for (let index = 0; index < 3000; index++) {
    const word = forms[Math.floor(random() * forms.length)]!
    const at = Math.floor(random() * word.length)
    sample.push(word, word.slice(0, at) + 'xq'.charAt(index % 2) + word.slice(at + 1))
  }

  const differ = sample.filter((word) => reference.correct(word) !== speller.correct(word))
  // Productive prefixes (`over` + a word) accept a few words nspell does not.
  t.true(differ.length <= sample.length / 500, differ.join(' '))
})

test('the precompiled file round-trips and is rebuilt when stale', (t) => {
  const directory = mkdtempSync(join(tmpdir(), 'mtlint-spelling-'))
  const path = join(directory, 'spelling-en.bin')
  const source = dictionarySource('en')!
  t.true(precompile('en', path))
  t.false(precompile('en', path), 'current: kept')
  const loaded = readPrecompiled(path, source.signature)
  t.truthy(loaded)
  const {graph} = compile(source)
  for (const word of ['government', 'governments', 'isn\'t', 'Zelensky', 'goverment']) {
    t.is(lookup(loaded!.graph, word), lookup(graph, word), word)
  }

  t.is(readPrecompiled(path, source.signature + 'x'), undefined, 'stale signature')
  writeFileSync(path, 'damaged')
  t.is(readPrecompiled(path, source.signature), undefined, 'damaged file')
})

test('the forms carry compound bits for German', (t) => {
  const speller = spellerFor('de')!
  for (const word of ['Briefmarke', 'Handschrift', 'Arbeitsmarkt', 'Energiepreise']) t.true(speller.correct(word), word)
  const affixes = parseAffixes('COMPOUNDBEGIN x\nCOMPOUNDEND z\nONLYINCOMPOUND o\n')
  const forms = expandDictionary('2\nBrief/x\nmarke/oz\n', affixes)
  t.is(forms.get('Brief'), Bits.ok | Bits.begin)
  t.is(forms.get('marke'), Bits.end)
})
