import {mkdtemp, readFile, utimes, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import test from 'ava'
import {readCompiled, signatureOf, stampsOf, type Compiled} from '../src/dictionary/builtin.js'

/** A YAML source and the JSON "built" from it, whose data says where it came from. */
async function setUp(): Promise<{source: string; compiled: string; read: (paths: ReadonlyArray<string>) => string}> {
  const folder = await mkdtemp(join(tmpdir(), 'mtlint-builtin-'))
  const source = join(folder, 'en.yml')
  const compiled = join(folder, 'en.json')
  await writeFile(source, 'lang: en\n')
  const stored: Compiled<string> = {signature: signatureOf([source]), stamps: stampsOf([source]), data: 'from json'}
  await writeFile(compiled, JSON.stringify(stored))
  return {source, compiled, read: (paths) => 'from yaml: ' + paths.length}
}

test('built data is read from its JSON while the sources are unchanged', async (t) => {
  const {source, compiled, read} = await setUp()
  t.is(readCompiled([source], compiled, read), 'from json')
})

test('a copy with new file times but the same content still reads the JSON', async (t) => {
  const {source, compiled, read} = await setUp()
  await utimes(source, new Date(2001, 1, 1), new Date(2001, 1, 1))
  t.is(readCompiled([source], compiled, read), 'from json')
})

test('an edited source is read from YAML, even at the same size', async (t) => {
  const {source, compiled, read} = await setUp()
  await writeFile(source, 'lang: de\n')
  t.is(readCompiled([source], compiled, read), 'from yaml: 1')
})

test('a source added after the build, or JSON from an older build without stamps, is checked by content', async (t) => {
  const {source, compiled, read} = await setUp()
  const extra = join(source, '..', 'fr.yml')
  await writeFile(extra, 'lang: fr\n')
  t.is(readCompiled([source, extra], compiled, read), 'from yaml: 2')
  const {stamps: _stamps, ...older} = JSON.parse(await readFile(compiled, 'utf8')) as Compiled<string>
  await writeFile(compiled, JSON.stringify(older))
  t.is(readCompiled([source], compiled, read), 'from json')
})
