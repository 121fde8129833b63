#!/usr/bin/env node
import '../dist/src/lsp/index.js'
