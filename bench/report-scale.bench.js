// `carbon-budget report` on large repositories: 5,000, 25,000 and 50,000 manifests (no logs), as
// CLI processes with `--format json` (the output is largest there), interleaved round by round
// after a warm-up round. Per size: wall time, time per manifest and peak RSS. Targets: peak RSS
// under 300 MB at 50,000 manifests; time linear (ms per manifest at the largest size at most 1.5×
// that at the smallest).
// Usage: node bench/report-scale.bench.js [N ...]   (default 5000 25000 50000; BENCH_ROUNDS, default 3)
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { interleave, loadLine, machine, median, runOk, target, timesTable } from './support/rounds.js'
import { table } from './support/table.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const sizes = process.argv.length > 2 ? process.argv.slice(2).map(Number) : [5_000, 25_000, 50_000]
const rounds = Number(process.env.BENCH_ROUNDS ?? 3)
const bin = join(root, 'bin', 'carbon-budget.js')
const RSS_TARGET_MB = 300
const LINEAR_TARGET = 1.5
const pad = (x) => String(x).padStart(5, '0')

/** A repo of n manifests across phases, devices, grids and budgets, written once and kept. */
function repoOf(n) {
  const repo = join(root, 'bench', '.work', `report-${n}`)
  if (existsSync(join(repo, 'built'))) return repo
  mkdirSync(repo, { recursive: true })
  writeFileSync(join(repo, 'carbon-budget.yml'), 'budgets:\n  total: 50000 tCO2e\n  phases: { training: 30000 tCO2e }\nfail-on: never\n')
  for (let i = 0; i < n; i++) {
    const dir = join(repo, 'experiments', pad(Math.floor(i / 100)))
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, `run-${pad(i)}.carbon.yml`), `name: run-${pad(i)}
phase: ${['experimentation', 'training', 'inference'][i % 3]}
duration: ${1 + (i % 50)} h
hardware:
  - device: nvidia-h100-sxm5-80gb
    count: ${1 + (i % 8)}
  - device: gpu-server-host
    count: 1
grid:
  country: ${['USA', 'FRA', 'DEU', 'SWE'][i % 4]}
embodied:
  lifetime: 5 y
  active-share: 85 %
`)
  }
  writeFileSync(join(repo, 'built'), '')
  return repo
}

const repos = sizes.map(repoOf)
const result = interleave(sizes.map((n, i) => ({ name: `report ${n.toLocaleString('en-US')} manifests`, run: () => runOk(process.execPath, [bin, 'report', repos[i], '--format', 'json'], { cwd: root }) })), { rounds, warmup: 1 })
console.log(`${machine()}; ${rounds} interleaved rounds after 1 warm-up\n`)
console.log(timesTable(result))
console.log(`\n${loadLine(result)}\n`)
const perManifest = sizes.map((n, i) => (median(result.rounds.map((r) => r[i].seconds)) * 1000) / n)
const cpuPerManifest = sizes.map((n, i) => (median(result.rounds.map((r) => r[i].cpuSeconds)) * 1000) / n)
const rss = sizes.map((_, i) => Math.max(...result.rounds.map((r) => r[i].rssMB)))
console.log(table(['manifests', 'ms per manifest (median)', 'CPU ms per manifest', 'peak RSS MB'], sizes.map((n, i) => [n.toLocaleString('en-US'), perManifest[i].toFixed(3), cpuPerManifest[i].toFixed(3), rss[i].toFixed(0)]), ['r', 'r', 'r', 'r']))
console.log('')
const big = sizes.length - 1
target(`report on ${sizes[big].toLocaleString('en-US')} manifests, peak RSS`, rss[big], '<=', RSS_TARGET_MB, ' MB')
if (sizes.length > 1) target(`report time linear: ms per manifest at ${sizes[big].toLocaleString('en-US')} ÷ at ${sizes[0].toLocaleString('en-US')}`, perManifest[big] / perManifest[0], '<=', LINEAR_TARGET)
