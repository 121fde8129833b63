#!/usr/bin/env node
// The language server as one bundled module (`npm run build`,
// scripts/bundle-bin.ts); the separate modules when the build had no esbuild.
import {load} from './load.js'

await load('language-server.js', '../dist/src/lsp/index.js')
