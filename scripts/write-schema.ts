// Write `schema/mtlintrc.schema.json` from the rules' option schemas:
// `node --import tsx scripts/write-schema.ts` (a test fails while it is stale).
import {writeFileSync} from 'node:fs'
import {schemaFile, schemaText} from '../src/config/schema.js'

writeFileSync(schemaFile(), schemaText())
process.stdout.write('Wrote ' + schemaFile() + '\n')
