#!/usr/bin/env node
import process from 'node:process'
import {text} from 'node:stream/consumers'
import {runCli} from './run.js'

const code = await runCli(process.argv.slice(2), {
  stdout: (value) => process.stdout.write(value),
  stderr: (value) => process.stderr.write(value),
  readStdin: () => text(process.stdin),
  cwd: process.cwd()
}).catch(function (error: unknown) {
  process.stderr.write('mtlint: internal error: ' + String((error as Error)?.stack ?? error) + '\n')
  return 2
})

process.exitCode = code
