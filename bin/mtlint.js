#!/usr/bin/env node
// The CLI as one bundled, code-cached file (`npm run build`,
// scripts/bundle-bin.ts); the separate modules when the build had no esbuild.
import {run} from './load.js'

await run('cli.cjs', '../dist/src/cli/index.js')
