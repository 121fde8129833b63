// Precompile the named languages' dictionaries into `dist/data/`: the child
// process `precompileAll` (src/spelling/precompile.ts) starts per language.
// `node dist/scripts/precompile-spelling.js [lang …]`
import {buildPath} from '../src/spelling/precompile.js'
import {precompile} from '../src/spelling/store.js'

for (const lang of process.argv.slice(2)) {
  const started = performance.now()
  const wrote = precompile(lang, buildPath(lang))
  if (wrote) process.stderr.write('spelling: precompiled `' + lang + '` in ' + ((performance.now() - started) / 1000).toFixed(1) + ' s\n')
}
