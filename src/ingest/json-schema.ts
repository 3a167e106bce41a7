import { z } from 'zod'
import { configSchema } from './config.js'
import { manifestSchema } from './manifest-schema.js'
import { QUANTITY_OF, quantityJsonSchema } from './quantity-schema.js'

/**
 * Where editors fetch the schemas: the `v0` tag moves with every release (see
 * .github/workflows/release.yml), so a repository pinned to `@v0` checks against the same fields.
 */
export const SCHEMA_URL = 'https://raw.githubusercontent.com/carbon-budget/carbon-budget/v0/schema/'

/** The committed schemas, by file name under schema/. */
export const SCHEMA_FILES = { manifest: 'manifest.json', config: 'config.json' } as const

type JsonSchema = Record<string, unknown>

/**
 * The JSON Schemas of a manifest and of `carbon-budget.yml`, generated from the zod schemas that
 * `report` validates with (one source of truth), as the user writes them (`io: 'input'`). Draft-07,
 * the draft editors (yaml-language-server, VS Code) and SchemaStore support best. Units are patterns
 * and refinements carry their JSON twin in `.meta()`; value bounds and catalog ids are left to
 * `carbon-budget validate`.
 */
export function jsonSchemas(): Record<keyof typeof SCHEMA_FILES, JsonSchema> {
  const generate = (schema: z.ZodType, file: string, title: string, description: string): JsonSchema => {
    const override = (ctx: { zodSchema: unknown; jsonSchema: Record<string, unknown> }) => {
      const quantity = QUANTITY_OF.get(ctx.zodSchema as z.ZodType)
      if (!quantity) return
      for (const key of Object.keys(ctx.jsonSchema)) delete ctx.jsonSchema[key]
      Object.assign(ctx.jsonSchema, quantityJsonSchema(quantity.dimension, quantity.bounds))
    }
    const { $schema, ...rest } = z.toJSONSchema(schema, { io: 'input', target: 'draft-7', override }) as JsonSchema
    return { $schema, $id: SCHEMA_URL + file, title, description, ...rest }
  }
  return {
    manifest: generate(manifestSchema, SCHEMA_FILES.manifest, 'carbon-budget experiment manifest', 'One experiment: phase, hardware, duration, grid, market, embodied, logs (*.carbon.yml, *.carbon.yaml, *.carbon.json). Fields: docs/manifest.md.'),
    config: generate(configSchema(), SCHEMA_FILES.config, 'carbon-budget repository config', 'carbon-budget.yml: manifest globs, defaults, headline basis, budgets, fail-on. Fields: docs/manifest.md.'),
  }
}

/** A schema file's text as committed: two-space JSON, one trailing newline. */
export const schemaText = (schema: JsonSchema): string => JSON.stringify(schema, null, 2) + '\n'
