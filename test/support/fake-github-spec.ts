/**
 * GitHub's published REST description (`@octokit/openapi`), loaded once per test file into an
 * openapi-backend router/validator. `quick: true` because eager init of the whole description throws
 * on its `nullable` without `type`, and compiles 800 paths we never call.
 */
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import { OpenAPIBackend } from 'openapi-backend'

export type SpecBackend = OpenAPIBackend

let loading: Promise<SpecBackend> | undefined

/** The validator for `api.github.com.json`; the promise is shared by every fake server in the file. */
export function loadGitHubSpec(): Promise<SpecBackend> {
  loading ??= (async () => {
    const require = createRequire(import.meta.url)
    const file = require.resolve('@octokit/openapi/generated/api.github.com.json')
    const definition = JSON.parse(readFileSync(file, 'utf8')) as ConstructorParameters<typeof OpenAPIBackend>[0]['definition']
    const backend = new OpenAPIBackend({
      definition,
      quick: true,
      validate: true,
      // The description uses formats ajv does not know (`uri`, `date-time` need ajv-formats) and
      // keywords strict mode rejects; validating types, enums and required fields is the point.
      ajvOpts: { strict: false, validateFormats: false },
    })
    await backend.init()
    return backend
  })()
  return loading
}
