#!/usr/bin/env node
// The CLI as one bundled module (`npm run build`, scripts/bundle-bin.ts); the
// separate modules when the build had no esbuild.
import {load} from './load.js'

await load('cli.js', '../dist/src/cli/index.js')
