import {mkdtemp, readFile, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import test from 'ava'
import {
  CancellationTokenSource,
  CodeActionRequest,
  CodeActionResolveRequest,
  DidChangeWatchedFilesNotification,
  ExecuteCommandRequest,
  FileChangeType,
  LSPErrorCodes,
  type CodeAction,
  type Diagnostic,
  type TextEdit,
  type WorkspaceEdit
} from 'vscode-languageserver-protocol/node'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {createLinter} from '../src/engine/lint.js'
import {disableComment} from '../src/lsp/disable.js'
import {toFinding, type Finding} from '../src/lsp/finding.js'
import {documentRules, planIncremental} from '../src/lsp/incremental.js'
import {withRuleOff, withWord} from '../src/lsp/project-config.js'
import {createScheduler, type Linted} from '../src/lsp/scheduler.js'
import {diffTexts, lineIndex} from '../src/lsp/text.js'
import {replaceTitle, show} from '../src/lsp/titles.js'
import {startLspClient, type LspClient} from './helpers/lsp-client.js'

const seed = await readFile(new URL('../fixtures/seed/seed-article.txt', import.meta.url), 'utf8')

// Titles, text, edits: the parts, in process.

test('names invisible characters by code point in titles', (t) => {
  t.is(replaceTitle(' ', '\u00A0'), 'Replace U+0020 with U+00A0')
  t.is(replaceTitle('Kiev', 'Kyiv'), 'Replace `Kiev` with `Kyiv`')
  t.is(replaceTitle('the the', 'the'), 'Replace `the the` with `the`')
  t.is(replaceTitle('Read more', ''), 'Delete `Read more`')
  t.is(replaceTitle('5%', '5\u202F%'), 'Replace `5%` with `5` U+202F `%`')
  t.is(show('\u200B'), 'U+200B')
  t.is(show(' said '), 'U+0020 `said` U+0020')
  t.is(show('e\u0301'), '`e\u0301`')
  t.is(show('\u0301x'), 'U+0301 `x`')
  t.is(show('😀'), '`😀`')
  t.is(show('x'.repeat(60)), '`' + 'x'.repeat(39) + '…`')
})

test('maps offsets to LSP positions in UTF-16 units with any line ending', (t) => {
  const index = lineIndex('a\r\n𝒳b\rc\nd')
  t.deepEqual(index.positionAt(3), {line: 1, character: 0})
  t.deepEqual(index.positionAt(5), {line: 1, character: 2})
  t.deepEqual(index.positionAt(7), {line: 2, character: 0})
  t.deepEqual(index.positionAt(9), {line: 3, character: 0})
  t.is(index.offsetAt({line: 1, character: 2}), 5)
  t.is(index.offsetAt({line: 1, character: 99}), 6)
  t.deepEqual(diffTexts('one two three', 'one 2 three'), {start: 4, end: 7, inserted: '2'})
  t.deepEqual(diffTexts('a𝒳b', 'a𝒴b'), {start: 1, end: 3, inserted: '𝒴'})
  t.deepEqual(diffTexts('same', 'same'), {start: 4, end: 4, inserted: ''})
})

test('re-lints only the edited paragraphs, with the same findings as a full lint for rules that stay inside them', async (t) => {
  const linter = createLinter({lang: 'en'})
  const regional = createLinter({lang: 'en', rules: Object.fromEntries([...documentRules].map((id) => [id, 'off']))})
  const lines = seed.split('\n')
  const edits: Array<(text: string) => string> = [
    (text) => text.replace('Sullivan said Biden', 'Sullivan said said Biden'),
    (text) => text.replace('Keep talking\n', 'Keep talking\n\nThe the talks in Kiev, 1,5 million.\n'),
    (text) => text.replace('policy of détente', 'policy of detente'),
    (text) => text.replace('policy of detente', 'policy of détente'),
    (text) => text.replace('Resnikov', 'Reznikov'),
    (text) => text + '\nHe said the the talks in Kiev went on.\n',
    (text) => text.replace(lines[4]! + '\n', ''),
    (text) => text.replace('inviolability and inviolability', 'inviolability')
  ]
  let text = seed
  let base = {text, findings: findingsOf(await linter.lint(text), text)}
  for (const edit of edits) {
    const next = edit(text)
    t.not(next, text)
    const plan = planIncremental(base, next, 'text')
    if (!plan) return t.fail('expected an incremental plan')
    t.true(plan.end - plan.start < next.length / 4, 'the region is a few paragraphs')
    const region = next.slice(plan.start, plan.end)
    const fresh = findingsOf(await regional.lint(region), region).map((finding) => ({...finding, start: finding.start + plan.start, end: finding.end + plan.start}))
    const incremental = [...plan.kept, ...fresh]
    const full = findingsOf(await linter.lint(next), next)
    const local = (findings: ReadonlyArray<Finding>) =>
      findings
        .filter((finding) => !documentRules.has(finding.ruleId))
        .map((finding) => finding.start + '-' + finding.end + ' ' + finding.ruleId + ' ' + finding.reason)
        .sort()
    t.deepEqual(local(incremental), local(full))
    // Findings of rules that look across paragraphs are kept only where the text under them is the same.
    for (const finding of plan.kept) t.is(next.slice(finding.start, finding.end), finding.actual ?? next.slice(finding.start, finding.end))
    text = next
    base = {text, findings: incremental}
  }
})

test('lints HTML and Markdown with code or comments in full', (t) => {
  const base = {text: 'One.\n\nTwo.\n', findings: []}
  t.truthy(planIncremental(base, 'One.\n\nTwo more.\n', 'markdown'))
  t.is(planIncremental({...base, text: '```\nx\n```\n\nTwo.\n'}, '```\nx\n```\n\nTwo more.\n', 'markdown'), undefined)
  t.is(planIncremental({...base, text: '<!-- mtlint-disable -->\nTwo.\n'}, '<!-- mtlint-disable -->\nTwo more.\n', 'markdown'), undefined)
  t.is(planIncremental(base, 'One.\n\nTwo more.\n', 'html'), undefined)
})

test('drops a result made for a version the document has left', async (t) => {
  const document = {version: 1, text: 'first'}
  const published: Array<Linted> = []
  const pending: Array<() => void> = []
  const scheduler = createScheduler({
    documents: {get: () => ({version: document.version, getText: () => document.text})},
    engine: {
      async full(_uri, text) {
        await new Promise<void>((resolve) => pending.push(resolve))
        return {findings: [{ruleId: 'x', reason: text, level: 'warning', start: 0, end: 1, actual: undefined, expected: [], autofix: false, url: undefined, note: undefined, related: []}], lang: 'en'}
      },
      async regional() {
        return []
      },
      format: () => 'html'
    },
    publish: (_uri, result) => void published.push(result),
    delays: () => ({debounce: 0, fullLintDelay: 0}),
    onError: (error) => t.fail(String(error))
  })

  scheduler.opened('file:///a.txt')
  await until(() => pending.length === 1)
  document.version = 2
  document.text = 'second'
  scheduler.changed('file:///a.txt')
  pending.shift()!()
  await until(() => pending.length === 1)
  t.deepEqual(published, [], 'version 1 was linted, but the document is at version 2')
  pending.shift()!()
  await until(() => published.length === 1)
  t.is(published[0]?.version, 2)
  t.is(published[0]?.findings[0]?.reason, 'second')
})

test('writes project words into JSON and YAML configuration, keeping the other keys', (t) => {
  t.is(withWord(undefined, 'Demian', '.mtlintrc.json'), '{\n  "words": [\n    "Demian"\n  ]\n}\n')
  t.is(withWord('{\n    "lang": "en",\n    "words": ["Kyiv"]\n}\n', 'Demian', '.mtlintrc.json'), '{\n    "lang": "en",\n    "words": [\n        "Kyiv",\n        "Demian"\n    ]\n}\n')
  t.is(withWord('{"words": ["Demian"]}', 'Demian', '.mtlintrc'), '{"words": ["Demian"]}')
  t.is(withWord('# house rules\nlang: en\nwords:\n  - Kyiv\n', 'Demian', '.mtlintrc.yml'), '# house rules\nlang: en\nwords:\n  - Kyiv\n  - Demian\n')
  t.is(withWord('lang: en # always\n', 'Demian', '.mtlintrc.yaml'), 'lang: en # always\nwords:\n  - Demian\n')
  t.is(withWord('{"name": "site", "mtlint": {"lang": "en"}}\n', 'Demian', 'package.json'), '{\n  "name": "site",\n  "mtlint": {\n    "lang": "en",\n    "words": [\n      "Demian"\n    ]\n  }\n}\n')
})

test('puts the disable comment after front matter and doctype', (t) => {
  t.deepEqual(disableComment('Text.\n', 'markdown', 'quotes'), {offset: 0, text: '<!-- mtlint-disable quotes -->\n'})
  t.deepEqual(disableComment('---\ntitle: x\n---\nText.\n', 'markdown', 'quotes'), {offset: 17, text: '<!-- mtlint-disable quotes -->\n'})
  t.deepEqual(disableComment('<!DOCTYPE html>\r\n<p>x</p>', 'html', 'quotes'), {offset: 17, text: '<!-- mtlint-disable quotes -->\r\n'})
})

// The server, over stdio, as editors run it.

const sample = 'He said the the talks in Kiev would go on.\n\nHryhoriy Kovalchuk met the mayor. Later Kowaltschuk said he was sure, and Kovalchuk’s aide agreed.\n'

test.serial('publishes diagnostics with range, severity, code, docs link, source and related spellings', async (t) => {
  const {client, uri} = await session(t, 'article.txt', sample)
  const {diagnostics} = await client.diagnostics(uri)
  const repeated = diagnostics.find((diagnostic) => diagnostic.code === 'repeated-words')
  t.deepEqual(repeated, {
    range: {start: {line: 0, character: 8}, end: {line: 0, character: 15}},
    severity: 1,
    code: 'repeated-words',
    codeDescription: {href: 'https://github.com/mtlint/mtlint#repeated-words'},
    source: 'mtlint',
    message: 'Unexpected repeated `the`, expected `the` once'
  })
  const name = diagnostics.find((diagnostic) => diagnostic.code === 'name-consistency')
  t.deepEqual(name?.range, {start: {line: 2, character: 40}, end: {line: 2, character: 51}})
  t.deepEqual(name?.relatedInformation, [
    {location: {uri, range: {start: {line: 2, character: 9}, end: {line: 2, character: 18}}}, message: 'Also spelled `Kovalchuk`'},
    {location: {uri, range: {start: {line: 2, character: 74}, end: {line: 2, character: 85}}}, message: 'Also spelled `Kovalchuk’s`'}
  ])
})

test.serial('opens, changes, offers a quick fix, applies it, and clears the diagnostics', async (t) => {
  const {client, uri} = await session(t, 'article.txt', 'The talks went on.\n')
  const document = TextDocument.create(uri, 'plaintext', 1, 'The talks went on.\n')
  t.deepEqual((await client.diagnostics(uri)).diagnostics, [])

  const change = {range: {start: {line: 0, character: 17}, end: {line: 0, character: 17}}, text: ' in Kiev'}
  TextDocument.update(document, [change], 2)
  client.change(uri, 2, [change])
  const {diagnostics} = await client.diagnostics(uri, (params) => params.version === 2)
  t.deepEqual(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range.start.character]), [['name-spelling', 21]])

  const actions = await codeActions(client, uri, diagnostics[0]!)
  const fix = actions.find((action) => action.title === 'Replace `Kiev` with `Kyiv`')
  t.like(fix, {kind: 'quickfix', isPreferred: true})
  t.true(actions.some((action) => action.title === 'Disable `name-spelling` for this file (in the configuration)'))
  const edited = applyEdit(document, fix?.edit, 3)
  t.is(edited, 'The talks went on in Kyiv.\n')
  client.change(uri, 3, [{text: edited}])
  t.deepEqual((await client.diagnostics(uri, (params) => params.version === 3)).diagnostics, [])
})

test.serial('disables a rule for a plain-text file with an overrides entry in its configuration', async (t) => {
  const {client, uri, folder} = await session(t, 'article.txt', 'He said the the talks in Kiev would go on.\n')
  const {diagnostics} = await client.diagnostics(uri)
  t.deepEqual(diagnostics.map((diagnostic) => diagnostic.code), ['repeated-words', 'name-spelling'])
  const disable = (await codeActions(client, uri, diagnostics[0]!)).find((action) => action.title === 'Disable `repeated-words` for this file (in the configuration)')
  const from = client.published.length
  await client.connection.sendRequest(ExecuteCommandRequest.type, {command: disable!.command!.command, arguments: disable!.command!.arguments!})
  t.deepEqual(JSON.parse(await readFile(join(folder, '.mtlintrc.json'), 'utf8')), {lang: 'en', overrides: [{files: ['/article.txt'], rules: {'repeated-words': 'off'}}]})
  const after = await client.diagnostics(uri, () => true, {from})
  t.deepEqual(after.diagnostics.map((diagnostic) => diagnostic.code), ['name-spelling'], 'the other rules still apply')
})

test('an overrides entry is added for the file, or extended, keeping YAML comments', (t) => {
  t.is(withRuleOff(undefined, '/a.txt', 'quotes', '.mtlintrc.json'), '{\n  "overrides": [\n    {\n      "files": [\n        "/a.txt"\n      ],\n      "rules": {\n        "quotes": "off"\n      }\n    }\n  ]\n}\n')
  const json = '{"overrides": [{"files": ["/a.txt"], "rules": {"quotes": "off"}}]}'
  t.is(withRuleOff(json, '/a.txt', 'quotes', '.mtlintrc'), json, 'already off: unchanged')
  t.deepEqual(JSON.parse(withRuleOff(json, '/a.txt', 'spelling', '.mtlintrc')), {overrides: [{files: ['/a.txt'], rules: {quotes: 'off', spelling: 'off'}}]})
  t.is(
    withRuleOff('# house rules\nlang: en\noverrides:\n  - files: [drafts/**] # drafts\n    rules:\n      quotes: off\n', 'news/a.txt', 'spelling', '.mtlintrc.yml'),
    '# house rules\nlang: en\noverrides:\n  - files: [ drafts/** ] # drafts\n    rules:\n      quotes: off\n  - files:\n      - news/a.txt\n    rules:\n      spelling: off\n'
  )
})

test.serial('fixes all safe problems through source.fixAll.mtlint, resolved lazily', async (t) => {
  const text = 'He said the the talks in Kiev would go on.\n\nThe goverment met.\n'
  const {client, uri} = await session(t, 'article.txt', text)
  await client.diagnostics(uri)
  const actions = await client.connection.sendRequest(CodeActionRequest.type, {
    textDocument: {uri},
    range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
    context: {diagnostics: [], only: ['source.fixAll']}
  })
  t.deepEqual(actions?.map((action) => [action.title, (action as CodeAction).kind]), [['Fix all mtlint problems', 'source.fixAll.mtlint']])
  const resolved = await client.connection.sendRequest(CodeActionResolveRequest.type, actions![0] as CodeAction)
  t.is(applyEdit(TextDocument.create(uri, 'plaintext', 1, text), resolved.edit, 2), 'He said the talks in Kyiv would go on.\n\nThe goverment met.\n')
})

test.serial('honours cancellation of a fix-all request', async (t) => {
  const {client, uri} = await session(t, 'article.txt', seed)
  await client.diagnostics(uri)
  const [action] = (await client.connection.sendRequest(CodeActionRequest.type, {
    textDocument: {uri},
    range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
    context: {diagnostics: [], only: ['source.fixAll.mtlint']}
  })) as Array<CodeAction>
  const source = new CancellationTokenSource()
  const request = client.connection.sendRequest(CodeActionResolveRequest.type, action!, source.token)
  source.cancel()
  const error = await t.throwsAsync(request)
  t.is((error as Error & {code?: number}).code, LSPErrorCodes.RequestCancelled)
})

test.serial('adds a word to the project dictionary and lints again', async (t) => {
  const {client, uri, folder} = await session(t, 'article.txt', 'The goverment met on Tuesday.\n', {lang: 'en', preset: 'recommended'})
  const {diagnostics} = await client.diagnostics(uri)
  const unknown = diagnostics.find((diagnostic) => diagnostic.code === 'spelling')
  t.truthy(unknown, 'the spelling rule flags `goverment`')
  const actions = await codeActions(client, uri, unknown!)
  // (Its suggestions are time-boxed by the rule, so whether a replacement is offered depends on load.)
  const add = actions.find((action) => action.title === 'Add `goverment` to the project dictionary')
  t.deepEqual(add?.command?.arguments, [uri, 'goverment'])
  const from = client.published.length
  await client.connection.sendRequest(ExecuteCommandRequest.type, {command: add!.command!.command, arguments: add!.command!.arguments!})
  t.deepEqual(JSON.parse(await readFile(join(folder, '.mtlintrc.json'), 'utf8')), {lang: 'en', preset: 'recommended', words: ['goverment']})
  const after = await client.diagnostics(uri, () => true, {from})
  t.false(after.diagnostics.some((diagnostic) => diagnostic.code === 'spelling'))
})

test.serial('disables a rule for a Markdown file with a control comment', async (t) => {
  const text = '# Talks\n\nHe said the the talks would go on.\n\n```\nthe the\n```\n'
  const {client, uri} = await session(t, 'article.md', text, {lang: 'en'}, 'markdown')
  const {diagnostics} = await client.diagnostics(uri)
  t.deepEqual(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range.start.line]), [['repeated-words', 2]], 'code is not text')
  const disable = (await codeActions(client, uri, diagnostics[0]!)).find((action) => action.title === 'Disable `repeated-words` for this file')
  const edited = applyEdit(TextDocument.create(uri, 'markdown', 1, text), disable?.edit, 2)
  t.is(edited, '<!-- mtlint-disable repeated-words -->\n' + text)
  client.change(uri, 2, [{text: edited}])
  t.deepEqual((await client.diagnostics(uri, (params) => params.version === 2)).diagnostics, [])
})

test.serial('lints HTML text, not its markup or code', async (t) => {
  const {client, uri} = await session(t, 'page.html', '<p title="the the">He said the the talks would go on in Kiev.</p><code>the the</code>\n', {lang: 'en'}, 'html')
  const {diagnostics} = await client.diagnostics(uri)
  t.deepEqual(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range.start.character]), [['repeated-words', 27], ['name-spelling', 56]])
})

test.serial('reloads the configuration when a configuration file changes', async (t) => {
  const {client, uri, folder} = await session(t, 'article.txt', 'He said the the talks in Kiev would go on.\n', {lang: 'en'})
  t.deepEqual((await client.diagnostics(uri)).diagnostics.map((diagnostic) => diagnostic.code), ['repeated-words', 'name-spelling'])
  const config = join(folder, '.mtlintrc.json')
  await writeFile(config, JSON.stringify({lang: 'en', rules: {'name-spelling': 'off'}}))
  const from = client.published.length
  await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {changes: [{uri: pathToFileURL(config).href, type: FileChangeType.Changed}]})
  const codes = (diagnostics: ReadonlyArray<Diagnostic>) => diagnostics.map((diagnostic) => diagnostic.code).join(' ')
  const after = await client.diagnostics(uri, (params) => !codes(params.diagnostics).includes('name-spelling'), {from})
  t.is(codes(after.diagnostics), 'repeated-words')
})

test.serial('shows configuration problems on the configuration file and lints with defaults', async (t) => {
  const {client, uri, folder} = await session(t, 'article.txt', 'He said the the talks would go on.\n', {lang: 'en', rules: {'repeated-wrds': 'off'}})
  const config = pathToFileURL(join(folder, '.mtlintrc.json')).href
  const problems = await client.diagnostics(config)
  t.is(problems.diagnostics.length, 1)
  t.regex(String(problems.diagnostics[0]!.message), /Unexpected rule "repeated-wrds"/)
  t.deepEqual((await client.diagnostics(uri)).diagnostics.map((diagnostic) => diagnostic.code), ['repeated-words'])
})

test.serial('never publishes an older version after a newer one', async (t) => {
  const {client, uri} = await session(t, 'article.txt', sample, {lang: 'en'}, 'plaintext', {debounce: 0, fullLintDelay: 0})
  let text = sample
  for (let version = 2; version <= 8; version++) {
    text = text.replace('He said', 'He said that')
    client.change(uri, version, [{text}])
  }

  const last = await client.diagnostics(uri, (params) => params.version === 8)
  t.true(last.diagnostics.some((diagnostic) => diagnostic.code === 'repeated-words'))
  const versions = client.published.filter((params) => params.uri === uri).map((params) => params.version ?? 0)
  t.deepEqual(versions, [...versions].sort((a, b) => a - b))
})

/** Start a server on a folder holding `name` (and `.mtlintrc.json` with `config`), and open it. */
async function session(
  t: {teardown(fn: () => Promise<void>): void},
  name: string,
  text: string,
  config: object = {lang: 'en'},
  languageId = 'plaintext',
  initializationOptions: object = {}
): Promise<{client: LspClient; uri: string; folder: string}> {
  const folder = await mkdtemp(join(tmpdir(), 'mtlint-lsp-'))
  await writeFile(join(folder, '.mtlintrc.json'), JSON.stringify(config, undefined, 2) + '\n')
  const path = join(folder, name)
  await writeFile(path, text)
  const client = await startLspClient({rootPath: folder, initializationOptions})
  t.teardown(() => client.close())
  const uri = pathToFileURL(path).href
  client.open(uri, text, languageId)
  return {client, uri, folder}
}

async function codeActions(client: LspClient, uri: string, diagnostic: Diagnostic): Promise<Array<CodeAction>> {
  const actions = await client.connection.sendRequest(CodeActionRequest.type, {textDocument: {uri}, range: diagnostic.range, context: {diagnostics: [diagnostic]}})
  return (actions ?? []) as Array<CodeAction>
}

/** Apply a workspace edit to `document` as an editor would, making `version`. */
function applyEdit(document: TextDocument, edit: WorkspaceEdit | undefined, version: number): string {
  const edits: Array<TextEdit> = []
  for (const change of edit?.documentChanges ?? []) {
    if ('edits' in change && change.textDocument.uri === document.uri) {
      if (change.textDocument.version !== null) {
        if (change.textDocument.version !== document.version) throw new Error('Unexpected edit for version ' + change.textDocument.version)
      }

      edits.push(...(change.edits as Array<TextEdit>))
    }
  }

  edits.push(...(edit?.changes?.[document.uri] ?? []))
  const text = TextDocument.applyEdits(document, edits)
  TextDocument.update(document, [{text}], version)
  return text
}

function findingsOf(file: {messages: ReadonlyArray<Parameters<typeof toFinding>[0]>}, text: string): Array<Finding> {
  return file.messages.map((message) => toFinding(message, text))
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve))
}
