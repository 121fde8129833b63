#!/usr/bin/env node
// Runs ava with TAP output and ends with the plain `N passed, N failed` line
// CI reads (ava's own summary is not a format CI parses).
import {spawn} from 'node:child_process'
import {createInterface} from 'node:readline'

const child = spawn(process.execPath, ['node_modules/ava/entrypoints/cli.mjs', '--tap', ...process.argv.slice(2)], {stdio: ['inherit', 'pipe', 'inherit']})
let passed = 0
let failed = 0
let skipped = 0
const lines = createInterface({input: child.stdout})
lines.on('line', function (line) {
  process.stdout.write(line + '\n')
  if (/^not ok \d+/.test(line)) {
    if (/# (SKIP|TODO)/.test(line)) skipped++
    else failed++
  } else if (/^ok \d+/.test(line)) {
    if (/# SKIP/.test(line)) skipped++
    else passed++
  }
})
child.on('close', function (code) {
  process.stdout.write(passed + ' passed, ' + failed + ' failed' + (skipped ? ', ' + skipped + ' skipped' : '') + '\n')
  process.exitCode = code === 0 && failed === 0 && passed > 0 ? 0 : 1
})
