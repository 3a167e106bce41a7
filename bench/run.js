// Runs every benchmark in bench/ (each `bench/*.js` but this file), each in its own Node process
// so one's memory does not count against the next. Compiles src/ to lib/ first: benchmarks
// import the compiled code. Usage: `npm run bench [-- name ...]`. The fuzz run (100,000 cases, ~5 min)
// runs only when named: `npm run bench -- fuzz`.
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, '..')
const only = process.argv.slice(2)

const compile = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' })
if (compile.status !== 0) console.error('bench: tsc reported errors; running on what it emitted')

const benches = readdirSync(here)
  .filter((f) => f.endsWith('.js') && f !== 'run.js')
  .filter((f) => (only.length === 0 ? f !== 'fuzz.js' : only.some((o) => f.startsWith(o))))
  .sort()
let failed = 0
for (const file of benches) {
  console.log(`\n## ${file}`)
  const r = spawnSync(process.execPath, [join(here, file)], { cwd: root, stdio: 'inherit' })
  if (r.status !== 0) failed++
}
process.exitCode = failed > 0 ? 1 : 0
