/**
 * No regular expression in `src/` or `rules/` backtracks catastrophically.
 *
 * Expressions are found with the TypeScript compiler API, not a grep:
 * regex literals, `new RegExp(…)`/`RegExp(…)` with literal arguments, and
 * the `pattern` strings of JSON Schemas (ajv compiles them with the `u`
 * flag). Expressions built at run time from data (the locale files’ scale
 * words, separators) are captured while linting every language, by wrapping
 * the `RegExp` constructor, and checked the same way. Each is checked with
 * recheck’s pure JavaScript backend (no Java, no native binary, offline).
 *
 * Patterns from dictionaries and user configuration are not regular
 * expressions: phrase tables use a token pattern language matched in
 * linear time (`src/phrase/`), and a malformed pattern is rejected on load
 * with its file, line and column; that is tested here too.
 */

import {mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import test from 'ava'
import ts from 'typescript'

process.env.RECHECK_BACKEND = 'pure'
const {check} = await import('recheck')

const root = fileURLToPath(new URL('../', import.meta.url))

/** A regular expression found in the code. */
interface Found {
  readonly source: string
  readonly flags: string
  /** `path:line` where it is written or built. */
  readonly where: string
}

function typescriptFiles(folder: string): Array<string> {
  return readdirSync(join(root, folder), {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
}

function isLiteral(node: ts.Node | undefined): node is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral {
  return node !== undefined && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))
}

/** Every regular expression written in the code, and the `RegExp` constructions with non-literal arguments. */
function extract(files: ReadonlyArray<string>): {found: Array<Found>; dynamic: Array<string>} {
  const found: Array<Found> = []
  const dynamic: Array<string> = []
  for (const path of files) {
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true)
    const where = (node: ts.Node) => relative(root, path) + ':' + (source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1)
    const visit = function (node: ts.Node): undefined {
      if (ts.isRegularExpressionLiteral(node)) {
        const slash = node.text.lastIndexOf('/')
        found.push({source: node.text.slice(1, slash), flags: node.text.slice(slash + 1), where: where(node)})
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const [pattern, flags] = node.arguments ?? []
        if (isLiteral(pattern) && (flags === undefined || isLiteral(flags))) {
          found.push({source: pattern.text, flags: flags?.text ?? '', where: where(node)})
        } else {
          dynamic.push(where(node))
        }
      } else if (ts.isPropertyAssignment(node) && node.name.getText(source) === 'pattern' && isLiteral(node.initializer)) {
        // A JSON Schema `pattern`: ajv runs it as `new RegExp(pattern, 'u')`.
        found.push({source: node.initializer.text, flags: 'u', where: where(node) + ' (schema)'})
      }

      ts.forEachChild(node, visit)
      return undefined
    }

    visit(source)
  }

  return {found, dynamic}
}

/**
 * recheck’s settings: no time limits, so the verdict depends on the pattern
 * alone and not on how busy the machine is (with the default time limits,
 * a busy CI machine turned a safe pattern “vulnerable”); the fuzzer’s
 * effort is bounded by its step limits and three generations instead.
 */
const settings = {timeout: null, attackTimeout: null, incubationTimeout: null, seedingTimeout: null, maxIteration: 3}

/**
 * Patterns recheck calls polynomial that only ever see short input, with
 * why. They are not re-checked (some take recheck 20 s); an entry whose
 * pattern is gone fails the first test, so the list cannot go stale.
 */
const bounded: ReadonlyArray<{readonly path: string; readonly source: string; readonly why: string}> = [
  {path: 'src/engine/markup.ts', source: '<!--\\s*mtlint-(disable-next-line|disable|enable)\\b([^]*?)-->', why: 'runs on one HTML or Markdown comment; quadratic only in the `<!-- mtlint-` openers inside one unclosed comment'},
  {path: 'src/lsp/diagnostics.ts', source: '\\s*\\([^()]*\\)$', why: 'runs on a message note, one line of dictionary text'},
  {path: 'src/phrase/tables.ts', source: '(?:^|[.!?…]["”’»)]*\\s+|\\n\\s*)$', why: 'runs on the four characters before a match'},
  {path: 'src/spelling/expand.ts', source: '[\\t ].*$', why: 'runs on one line of a `.dic` file'},
  {path: 'src/spelling/tokens.ts', source: '\\d[\\d.,]*[\\s\\u00a0\\u202f]?(?:°\\s?)?$', why: 'runs on the 24 characters before a word'},
  {path: 'rules/name-spelling.ts', source: '^(.*)([ії])(\\p{L}*)$', why: 'runs on one form of the names lexicon'}
]

function isBounded(expression: Found): boolean {
  return bounded.some((entry) => expression.where.startsWith(entry.path + ':') && expression.source === entry.source)
}

/** recheck’s verdict: `safe`, or what is wrong with the attack string that shows it. */
async function verdict(expression: Found): Promise<string> {
  const result = await check(expression.source, expression.flags, settings)
  if (result.status === 'safe') return 'safe'
  if (result.status === 'vulnerable') {
    return 'vulnerable (' + result.complexity.type + ', attack ' + JSON.stringify(result.attack.pattern) + ')'
  }

  return 'unknown (' + JSON.stringify(result.error) + ')'
}

async function unsafe(expressions: ReadonlyArray<Found>): Promise<Array<string>> {
  const seen = new Map<string, string>()
  const problems: Array<string> = []
  for (const expression of expressions) {
    if (isBounded(expression)) continue
    const key = expression.flags + '/' + expression.source
    let result = seen.get(key)
    if (result === undefined) {
      result = await verdict(expression)
      seen.set(key, result)
    }

    if (result !== 'safe') problems.push(expression.where + ': /' + expression.source + '/' + expression.flags + ' is ' + result)
  }

  return problems
}

const files = [...typescriptFiles('src'), ...typescriptFiles('rules')]
const {found, dynamic} = extract(files)

test('finds the regular expressions of src/ and rules/ with the TypeScript parser', (t) => {
  t.true(files.length > 20)
  t.true(found.length > 100, 'found ' + found.length)
  // Escapes read back as written: the literal of `src/engine/parse.ts` that splits lines.
  t.true(found.some((expression) => expression.where.startsWith('src/engine/parse.ts:') && expression.source === '\\r\\n|\\n|\\r' && expression.flags === 'g'))
  const stale = bounded.filter((entry) => !found.some((expression) => expression.where.startsWith(entry.path + ':') && expression.source === entry.source))
  t.deepEqual(stale, [], 'every bounded pattern still exists')
})

test('no regular expression written in src/ or rules/ backtracks catastrophically', async (t) => {
  t.timeout(600_000)
  t.deepEqual(await unsafe(found), [])
})

test('regular expressions built at run time from locale data are safe too', async (t) => {
  t.timeout(600_000)
  const captured: Array<Found> = []
  const original = globalThis.RegExp
  globalThis.RegExp = new Proxy(original, {
    construct(target, parameters: [string | RegExp, string?]) {
      // The first frame outside this file is the code that built the expression.
      const frames = (new Error().stack ?? '').split('\n').slice(1)
      const caller = frames.find((frame) => !frame.includes('regex.test.ts') && !frame.includes('node:internal')) ?? ''
      const at = caller.indexOf(root)
      const where = at < 0 ? '' : caller.slice(at + root.length).replace(/:\d+\)?$/, '')
      if (/^(?:src|rules)\//.test(where)) {
        const [pattern, flags] = parameters
        captured.push({source: typeof pattern === 'string' ? pattern : pattern.source, flags: flags ?? (typeof pattern === 'string' ? '' : pattern.flags), where: where + ' (built at run time)'})
      }

      return Reflect.construct(target, parameters) as object
    }
  })

  try {
    const {createLinter} = await import('../src/index.js')
    const samples: Record<string, string> = {
      de: 'Es kamen 1.5 Millionen Menschen, 120,000 Soldaten und 5 % mehr am 12/25/2021 um 10:15 p.m.',
      en: 'About 1,5 million people fled, 120.000 soldiers massed, 1.200.000 euros, 5 % and 5 € on 07.12.2021 at 22.15 Uhr.',
      es: 'Unos 1.5 millones de personas, 120,000 soldados, 5% y €5 el 12/25/2021 a las 10:15 p.m.',
      fr: 'Environ 1.5 million de personnes, 120,000 soldats, 5% et €5 le 12/25/2021 à 10:15 p.m.',
      ru: 'Около 1.5 миллиона человек, 120,000 солдат, 5% и €5 12/25/2021 в 10:15 p.m.',
      uk: 'Близько 1.5 мільйона людей, 120,000 солдатів, 5% і €5 12/25/2021 о 10:15 p.m.'
    }
    for (const [lang, text] of Object.entries(samples)) await createLinter({lang}).lint(text)
  } finally {
    globalThis.RegExp = original
  }

  // Every construction site with computed arguments was reached.
  const sites = new Set(captured.map((expression) => expression.where.replace(/ .*/, '')))
  t.deepEqual(dynamic.filter((site) => !sites.has(site)), [], 'captured what is built at ' + dynamic.join(', '))
  t.deepEqual(await unsafe(captured), [])
})

test('a malformed phrase pattern in a phrase table is rejected on load with its place', async (t) => {
  const {readCalqueTables} = await import('../src/dictionary/phrases.js')
  const folder = mkdtempSync(join(tmpdir(), 'mtlint-regex-'))
  const path = join(folder, 'de-en.yml')
  writeFileSync(
    path,
    [
      'source: de',
      'target: en',
      'entries:',
      '  - id: schalte',
      "    match: ['switch [with']",
      "    source: 'Schalte'",
      "    suggest: ['video call']",
      "    explanation: 'A video call'",
      '    kind: idiom',
      '    level: warning',
      '    examples:',
      "      - bad: 'Biden’s switch with Putin.'",
      ''
    ].join('\n')
  )
  const error = t.throws(() => readCalqueTables([path]))
  t.is(error?.message, path + ':5:13: Unexpected unclosed `[` in pattern `switch [with`')
})
