import {mkdir, mkdtemp, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import test from 'ava'
import {createConfigLoader} from '../src/config/load.js'

test('overrides cascade: a parent’s entries apply below it, then the nearer folder’s', async (t) => {
  const root = await mkdtemp(join(tmpdir(), 'mtlint-overrides-'))
  await mkdir(join(root, 'desk', 'wire'), {recursive: true})
  await writeFile(join(root, '.mtlintrc.json'), JSON.stringify({root: true, lang: 'en', overrides: [{files: ['*.txt'], rules: {quotes: 'off'}, words: ['Tagesthemen']}]}))
  await writeFile(join(root, 'desk', '.mtlintrc.json'), JSON.stringify({overrides: [{files: ['wire/*.txt'], rules: {quotes: 'error'}, lang: 'en-GB'}]}))
  const loader = createConfigLoader({cwd: root})

  t.deepEqual(loader.forFile(join(root, 'desk', 'wire', 'story.txt')), {lang: 'en-GB', rules: {quotes: 'error'}, words: ['Tagesthemen']})
  t.deepEqual(loader.forFile(join(root, 'desk', 'story.txt')), {lang: 'en', rules: {quotes: 'off'}, words: ['Tagesthemen']})
  t.deepEqual(loader.forFile(join(root, 'desk', 'story.md')), {lang: 'en'})
})

test('a file no entry matches gets its folder’s own settings object, and files alike share one', async (t) => {
  const root = await mkdtemp(join(tmpdir(), 'mtlint-overrides-'))
  await writeFile(join(root, '.mtlintrc.json'), JSON.stringify({root: true, lang: 'de', overrides: [{files: ['*.en.txt'], lang: 'en'}]}))
  const loader = createConfigLoader({cwd: root})
  t.is(loader.forFile(join(root, 'a.txt')), loader.forDirectory(root))
  t.is(loader.forFile(join(root, 'a.en.txt')), loader.forFile(join(root, 'b.en.txt')))
  t.is(loader.forFile(join(root, 'a.en.txt')).lang, 'en')
})

test('with --config, that file’s overrides apply relative to it', async (t) => {
  const root = await mkdtemp(join(tmpdir(), 'mtlint-overrides-'))
  await mkdir(join(root, 'conf'))
  await writeFile(join(root, 'conf', 'house.json'), JSON.stringify({overrides: [{files: ['*.txt'], lang: 'fr'}]}))
  const loader = createConfigLoader({cwd: root, configFile: 'conf/house.json'})
  t.is(loader.forFile(join(root, 'conf', 'note.txt')).lang, 'fr')
  t.is(loader.forFile(join(root, 'elsewhere.txt')).lang, undefined, 'outside the configuration’s folder')
})

test('a leading `/` anchors a glob to the configuration’s folder', async (t) => {
  const root = await mkdtemp(join(tmpdir(), 'mtlint-overrides-'))
  await mkdir(join(root, 'desk'))
  await writeFile(join(root, '.mtlintrc.json'), JSON.stringify({root: true, overrides: [{files: ['/story.txt'], rules: {quotes: 'off'}}]}))
  const loader = createConfigLoader({cwd: root})
  t.deepEqual(loader.forFile(join(root, 'story.txt')), {rules: {quotes: 'off'}})
  t.deepEqual(loader.forFile(join(root, 'desk', 'story.txt')), {})
})
