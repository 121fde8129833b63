import test from 'ava'
import {unified} from 'unified'
import {parsePlainText} from '../../src/engine/parse.js'
import rule from '../../rules/doubled-conjunct.js'
import {casesFor} from '../helpers/rule-cases.js'

const check = casesFor(rule)
const why = 'expected it once: the source probably had two different words'

test('keeps one of two identical conjuncts', check, {
  input: '“This includes the inviolability and inviolability of borders.”',
  messages: ['1:20-1:51: Unexpected `inviolability` on both sides of `and`, ' + why],
  output: '“This includes the inviolability of borders.”'
})

test('compares phrases of several words', check, {
  input: 'They defended the territorial integrity and territorial integrity of Ukraine.',
  messages: ['1:19-1:66: Unexpected `territorial integrity` on both sides of `and`, ' + why],
  output: 'They defended the territorial integrity of Ukraine.'
})

test('ignores case', check, {
  input: 'Sanctions or sanctions would follow.',
  messages: ['1:1-1:23: Unexpected `Sanctions` on both sides of `or`, ' + why],
  output: 'Sanctions would follow.'
})

test('leaves English reduplication alone', check, {
  input: 'Again and again, more and more people fled, over and over, bigger and bigger, on and on.',
  messages: []
})

test('leaves different conjuncts and punctuation alone', check, {
  input: 'Security and cooperation matter. Peace, and peace alone, will do. It was 1 and 1.',
  messages: []
})

test('flags a comparative-looking noun after an article', check, {
  input: 'They crossed the border and border posts.',
  messages: ['1:18-1:35: Unexpected `border` on both sides of `and`, ' + why],
  output: 'They crossed the border posts.'
})

test('flags German doubles', check, {
  input: 'Dazu gehört die Unverletzlichkeit und Unverletzlichkeit der Grenzen.',
  lang: 'de',
  messages: ['1:17-1:56: Unexpected `Unverletzlichkeit` on both sides of `und`, ' + why],
  output: 'Dazu gehört die Unverletzlichkeit der Grenzen.'
})

test('leaves German reduplication alone', check, {
  input: 'Immer und immer wieder kamen mehr und mehr Menschen.',
  lang: 'de',
  messages: []
})

test('leaves French, Spanish and Russian reduplication alone', async (t) => {
  const {lintWith} = await import('../helpers/rule-cases.js')
  t.deepEqual((await lintWith(rule, 'Il répète encore et encore la même chose.', 'fr')).messages, [])
  t.deepEqual((await lintWith(rule, 'Cada día llegan más y más personas.', 'es')).messages, [])
  t.deepEqual((await lintWith(rule, 'Он снова и снова повторял это.', 'ru')).messages, [])
  t.deepEqual((await lintWith(rule, 'Він знову і знову повторював це.', 'uk')).messages, [])
})

test('flags Ukrainian doubles with `та`', check, {
  input: 'Йдеться про суверенітет та суверенітет України.',
  lang: 'uk',
  messages: ['1:13-1:39: Unexpected `суверенітет` on both sides of `та`, ' + why],
  output: 'Йдеться про суверенітет України.'
})

test('honours `allow`', check, {
  input: 'They talked and talked.',
  config: ['warn', {allow: ['talked']}],
  messages: []
})

test('rejects bad options', (t) => {
  t.throws(
    () =>
      unified()
        .use(parsePlainText)
        .use(rule, ['warn', {maxWords: 0}])
        .freeze(),
    {message: /^Unexpected value `0` for `doubled-conjunct.maxWords`/}
  )
})
