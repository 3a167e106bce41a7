// Runs every benchmark in bench/ (each `bench/*.js` but this file), each in its own Node process
// so one's memory does not count against the next. Bundles first (tsc to lib/, ncc to dist/):
// benchmarks time the CLI as users run it (bin → dist/cli) and some import lib/. Every target's
// verdict (met / MISSED) is printed again at the end, with the machine's load.
// Usage: `npm run bench [-- name ...]`. Sizes: BENCH_MB (each format's log, default 1000),
// BENCH_ROUNDS (interleaved rounds). The fuzz run (100,000 cases, ~5 min) runs only when named:
// `npm run bench -- fuzz`.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { machine } from './support/rounds.js'

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, '..')
const only = process.argv.slice(2)

if (process.env.BENCH_NO_BUNDLE !== '1') {
  const bundle = spawnSync('npm', ['run', '--silent', 'bundle'], { cwd: root, stdio: 'inherit' })
  if (bundle.status !== 0) console.error('bench: the bundle failed; running on what is there')
}

const verdicts = join(mkdtempSync(join(tmpdir(), 'cb-bench-')), 'verdicts')
writeFileSync(verdicts, '')
const benches = readdirSync(here)
  .filter((f) => f.endsWith('.js') && f !== 'run.js')
  .filter((f) => (only.length === 0 ? f !== 'fuzz.js' : only.some((o) => f.startsWith(o))))
  .sort()
let failed = 0
for (const file of benches) {
  console.log(`\n## ${file}\n`)
  const r = spawnSync(process.execPath, [join(here, file)], { cwd: root, stdio: 'inherit', env: { ...process.env, BENCH_VERDICTS: verdicts } })
  if (r.status !== 0) failed++
}
const lines = readFileSync(verdicts, 'utf8').trim()
rmSync(dirname(verdicts), { recursive: true, force: true })
if (lines !== '') console.log(`\n## targets (${machine()})\n\n${lines}`)
const missed = lines.split('\n').filter((l) => l.startsWith('MISSED')).length
if (missed > 0) console.log(`\n${missed} target${missed === 1 ? '' : 's'} MISSED`)
process.exitCode = failed > 0 ? 1 : 0
