// `carbon-budget check` on the bundled example repo with 20 commits of base-branch history (issue 4:
// under 1 s). Builds a real git repo from examples/ with 24 commits on main that each change the
// pretraining manifest (so the trend recomputes every point) and a feature branch, then times
// `check --base main --history 20` in-process (lib/) and as the bundled CLI process (dist/cli).
// Usage: `node bench/check-example.bench.js [RUNS]` (default 7).
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { table } from './support/table.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const runs = Number(process.argv[2] ?? 7)
const work = mkdtempSync(join(tmpdir(), 'cb-check-bench-'))
const repo = join(work, 'repo')
const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: join(work, 'gitconfig'), GIT_AUTHOR_NAME: 'Bench', GIT_AUTHOR_EMAIL: 'b@example.com', GIT_COMMITTER_NAME: 'Bench', GIT_COMMITTER_EMAIL: 'b@example.com' }
writeFileSync(env.GIT_CONFIG_GLOBAL, '')
const git = (...args) => execFileSync('git', ['-C', repo, ...args], { env, encoding: 'utf8' }).trim()

cpSync(join(root, 'examples'), repo, { recursive: true })
execFileSync('git', ['init', '--quiet', '--initial-branch=main', repo], { env })
git('add', '-A')
git('commit', '--quiet', '-m', 'example repo')
const manifest = join(repo, 'experiments', 'pretrain.carbon.yml')
for (let i = 1; i <= 24; i++) {
  writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(/^duration: .*$/m, `duration: ${100 + i} h`))
  git('commit', '--quiet', '-am', `pretrain: ${100 + i} h`)
}
git('checkout', '--quiet', '-b', 'feature')
writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('count: 128', 'count: 160'))
git('commit', '--quiet', '-am', 'pretrain on 160 GPUs')

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const { main } = await import(join(root, 'lib', 'cli.js'))
const inProcess = []
let verdictLine = ''
for (let i = 0; i < runs; i++) {
  let out = ''
  const t0 = process.hrtime.bigint()
  const code = await main(['check', repo, '--base', 'main', '--history', '20', '--format', 'json'], { cwd: repo, stdout: (t) => (out += t), stderr: () => {} })
  inProcess.push(Number(process.hrtime.bigint() - t0) / 1e6)
  if (code > 1) throw new Error(`check exited ${code}`)
  const json = JSON.parse(out)
  verdictLine = `${json.history.length} history points, delta ${(json.delta.totalKgCO2e / 1000).toFixed(2)} t`
}
const processRuns = []
for (let i = 0; i < runs; i++) {
  const t0 = process.hrtime.bigint()
  const r = spawnSync(process.execPath, [join(root, 'bin', 'carbon-budget.js'), 'check', repo, '--base', 'main', '--history', '20'], { env, encoding: 'utf8' })
  processRuns.push(Number(process.hrtime.bigint() - t0) / 1e6)
  if (r.status > 1) throw new Error(r.stderr)
}
const bare = []
for (let i = 0; i < runs; i++) {
  const t0 = process.hrtime.bigint()
  spawnSync(process.execPath, ['-e', '0'])
  bare.push(Number(process.hrtime.bigint() - t0) / 1e6)
}
rmSync(work, { recursive: true, force: true })
console.log(`check on examples/ (5 experiments, real H100 log + hourly series) with --history 20; ${verdictLine}; ${runs} runs each`)
console.log(table(['how', 'median ms', 'min ms', 'max ms'], [
  ['in-process (lib/cli.js)', median(inProcess).toFixed(0), Math.min(...inProcess).toFixed(0), Math.max(...inProcess).toFixed(0)],
  ['process (bin → dist/cli)', median(processRuns).toFixed(0), Math.min(...processRuns).toFixed(0), Math.max(...processRuns).toFixed(0)],
  ['bare node -e 0', median(bare).toFixed(0), Math.min(...bare).toFixed(0), Math.max(...bare).toFixed(0)],
], ['l', 'r', 'r', 'r']))
console.log(`target: under 1000 ms (process median ${median(processRuns) < 1000 ? 'meets' : 'misses'} it)`)
