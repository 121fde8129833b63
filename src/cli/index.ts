import process from 'node:process'
import {text} from 'node:stream/consumers'
import {runCli} from './run.js'

// `mtlint … | head`: a closed pipe ends the output, not the process with a stack trace.
process.stdout.on('error', function (error: NodeJS.ErrnoException) {
  if (error.code !== 'EPIPE') throw error
  process.exit(process.exitCode ?? 0)
})

// No top-level await: the bundle `bin/mtlint.js` runs is CommonJS (see scripts/bundle-bin.ts).
void runCli(process.argv.slice(2), {
  stdout: (value) => process.stdout.write(value),
  stderr: (value) => process.stderr.write(value),
  readStdin: () => text(process.stdin),
  cwd: process.cwd(),
  stderrIsTTY: process.stderr.isTTY,
  columns: process.stderr.columns
})
  .catch(function (error: unknown) {
    process.stderr.write('mtlint: internal error: ' + String((error as Error)?.stack ?? error) + '\n')
    return 2
  })
  .then(function (code) {
    process.exitCode = code
  })
