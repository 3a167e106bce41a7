// Writes schema/*.json from the zod schemas (compiled in lib/): `npm run schema`.
// test/schema.test.ts fails when the committed files differ from a fresh generation.
import { mkdirSync, writeFileSync } from 'node:fs'
import { jsonSchemas, schemaText, SCHEMA_FILES } from '../lib/ingest/json-schema.js'

const dir = new URL('../schema/', import.meta.url)
mkdirSync(dir, { recursive: true })
for (const [key, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(new URL(SCHEMA_FILES[key], dir), schemaText(schema))
  console.log(`schema/${SCHEMA_FILES[key]}`)
}
