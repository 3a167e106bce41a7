// The trend's cost: `carbon-budget check --history 100` against `--history 0` on a repository of
// 1,000 manifests whose last 100+ commits on main each change one manifest (a busy repo's history),
// with the head a working tree that changes one more. Both as CLI processes, interleaved round by
// round after a warm-up round. Target: --history 100 costs at most 3× --history 0 (the trend's cost
// follows what changed, not history × repo size).
// Usage: node bench/trend.bench.js   (BENCH_TREND_N manifests, default 1000; BENCH_TREND_HISTORY,
// default 100; BENCH_ROUNDS, default 3)
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { interleave, loadLine, machine, ratios, ratioText, runOk, target, timesTable } from './support/rounds.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const n = Number(process.env.BENCH_TREND_N ?? 1000)
const history = Number(process.env.BENCH_TREND_HISTORY ?? 100)
const rounds = Number(process.env.BENCH_ROUNDS ?? 3)
const work = join(root, 'bench', '.work', `trend-${n}-${history}`)
const repo = join(work, 'repo')
const bin = join(root, 'bin', 'carbon-budget.js')
const TARGET = 3
const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: join(work, 'gitconfig'), GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z' }
const git = (...args) => execFileSync('git', ['-C', repo, ...args], { env, encoding: 'utf8' }).trim()
const pad = (x) => String(x).padStart(4, '0')
const manifestPath = (i) => join(repo, 'experiments', pad(i), 'run.carbon.yml')
const manifest = (i, hours) => `name: run-${pad(i)}
phase: ${['experimentation', 'training', 'inference'][i % 3]}
duration: ${hours} h
hardware:
  - device: nvidia-h100-sxm5-80gb
    count: ${1 + (i % 8)}
grid:
  country: ${['USA', 'FRA', 'DEU', 'SWE'][i % 4]}
`

function build() {
  rmSync(work, { recursive: true, force: true })
  mkdirSync(repo, { recursive: true })
  writeFileSync(join(work, 'gitconfig'), '[user]\n\tname = Bench\n\temail = bench@example.com\n')
  execFileSync('git', ['init', '--quiet', '--initial-branch=main', repo], { env })
  writeFileSync(join(repo, 'carbon-budget.yml'), 'budgets:\n  increase: 10 %\nfail-on: never\n')
  for (let i = 0; i < n; i++) {
    mkdirSync(dirname(manifestPath(i)), { recursive: true })
    writeFileSync(manifestPath(i), manifest(i, 4))
  }
  git('add', '-A')
  git('commit', '--quiet', '-m', `${n} experiments`)
  // One manifest per commit, spread over the repo, each commit a point of the trend.
  for (let c = 0; c < history + 5; c++) {
    const i = (c * 37) % n
    writeFileSync(manifestPath(i), manifest(i, 5 + c))
    git('commit', '--quiet', '-am', `run-${pad(i)}: ${5 + c} h`)
  }
  writeFileSync(manifestPath(1), manifest(1, 99)) // the head: a dirty working tree
  writeFileSync(join(work, 'built'), '')
}

if (!existsSync(join(work, 'built'))) build()
const check = (h) => () => runOk(process.execPath, [bin, 'check', repo, '--base', 'main', '--history', String(h), '--format', 'json'], { cwd: repo, env }, [0, 1])
let points
const result = interleave([
  { name: 'check --history 0', run: check(0) },
  { name: `check --history ${history}`, run: () => { const r = check(history)(); points = JSON.parse(r.stdout).history.length; return r } },
], { rounds, warmup: 1 })
console.log(`${machine()}; ${n} manifests, ${git('rev-list', '--count', 'HEAD')} commits, each after the first changing one manifest; trend of ${points} points; ${rounds} interleaved rounds after 1 warm-up\n`)
console.log(timesTable(result))
console.log(`\n${loadLine(result)}`)
const r = ratios(result, 1, 0)
console.log(`--history ${history} / --history 0: ${ratioText(r, 2)}\n`)
if (points !== history) console.log(`the trend has ${points} points, not ${history}: the comparison is off`)
target(`trend: check --history ${history} ÷ --history 0 on ${n} manifests`, r.median, '<=', TARGET)

