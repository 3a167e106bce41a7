// `carbon-budget check` on a generated repository: 500 experiments, each with its own nvidia-smi
// log (8 GPUs, 1 s polls; ~1 GB of logs in total), committed on main (the base); the head (working
// tree) lengthens 25 runs and re-logs 10 of them, as a busy pull request would. Times the CLI
// process (dist/cli, as users run it) and runCheck in-process (lib/), with peak RSS.
// Usage: node bench/check.bench.js   (BENCH_CHECK_MB=1000 total log size, BENCH_CHECK_N=500)
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, openSync, closeSync, writeSync, writeFileSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { table } from './support/table.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const work = join(root, 'bench', '.work', 'check')
const repo = join(work, 'repo')
const n = Number(process.env.BENCH_CHECK_N ?? 500)
const totalMB = Number(process.env.BENCH_CHECK_MB ?? 1000)
const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: join(work, 'gitconfig'), GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z' }
const git = (...args) => execFileSync('git', ['-C', repo, ...args], { env, encoding: 'utf8', maxBuffer: 1 << 26 }).trim()
const pad = (x, w) => String(x).padStart(w, '0')

/** An nvidia-smi --query-gpu CSV of about `bytes`, 8 GPUs, its own seed and start time. */
function writeLog(path, bytes, seed) {
  const fd = openSync(path, 'w')
  let s = seed
  const rand = () => ((s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff)
  let t = Date.UTC(2025, 0, 1) + seed * 3_600_000
  let written = 0
  let chunk = 'timestamp, index, uuid, power.draw [W], utilization.gpu [%]\n'
  while (written + chunk.length < bytes) {
    const d = new Date(t)
    const ts = `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1, 2)}/${pad(d.getUTCDate(), 2)} ${pad(d.getUTCHours(), 2)}:${pad(d.getUTCMinutes(), 2)}:${pad(d.getUTCSeconds(), 2)}.${pad(d.getUTCMilliseconds(), 3)}`
    for (let gpu = 0; gpu < 8; gpu++) chunk += `${ts}, ${gpu}, GPU-${pad(seed, 8)}-0000-4000-8000-${pad(gpu, 12)}, ${(300 + 380 * rand()).toFixed(2)} W, ${90 + Math.floor(10 * rand())} %\n`
    t += 1000 + Math.floor(rand() * 5)
    if (chunk.length > 1 << 20) {
      writeSync(fd, chunk)
      written += chunk.length
      chunk = ''
    }
  }
  writeSync(fd, chunk)
  closeSync(fd)
}

const manifest = (i, hours) => `name: sweep-${pad(i, 3)}
phase: ${i % 10 === 0 ? 'training' : 'experimentation'}
duration: ${hours} h
hardware:
  - device: nvidia-h100-sxm5-80gb
    count: 8
grid:
  country: ${['USA', 'FRA', 'DEU', 'SWE'][i % 4]}
logs:
  - path: nvidia-smi.csv
`

function build() {
  rmSync(work, { recursive: true, force: true })
  mkdirSync(repo, { recursive: true })
  writeFileSync(join(work, 'gitconfig'), '[user]\n\tname = Bench\n\temail = bench@example.com\n')
  execFileSync('git', ['init', '--quiet', '--initial-branch=main', repo], { env })
  const perLog = (totalMB * 1e6) / n
  const t = performance.now()
  writeFileSync(join(repo, 'carbon-budget.yml'), 'budgets:\n  increase: 10 %\nfail-on: never\n')
  for (let i = 0; i < n; i++) {
    mkdirSync(join(repo, 'runs', pad(i, 3)), { recursive: true })
    writeFileSync(join(repo, 'runs', pad(i, 3), 'sweep.carbon.yml'), manifest(i, 4))
    writeLog(join(repo, 'runs', pad(i, 3), 'nvidia-smi.csv'), perLog, i + 1)
  }
  git('add', '-A')
  git('commit', '--quiet', '-m', 'base: 500 sweep runs with logs')
  // The pull request: 25 runs longer, 10 of them re-logged.
  const step = Math.max(1, Math.floor(n / 25))
  for (let i = 0; i < 25 && i * step < n; i++) writeFileSync(join(repo, 'runs', pad(i * step, 3), 'sweep.carbon.yml'), manifest(i * step, 6))
  for (let i = 0; i < 10 && i * step < n; i++) writeLog(join(repo, 'runs', pad(i * step, 3), 'nvidia-smi.csv'), perLog, 10_000 + i)
  return (performance.now() - t) / 1000
}

async function child() {
  const lib = (p) => pathToFileURL(join(root, 'lib', p)).href
  const { runCheck } = await import(lib('run/check.js'))
  const start = performance.now()
  const { comparison, problems } = await runCheck({ repoDir: repo, baseRef: 'main' })
  const seconds = (performance.now() - start) / 1000
  process.stdout.write(JSON.stringify({ seconds, maxRssKB: process.resourceUsage().maxRSS, errors: problems.filter((p) => p.severity === 'error').length, experiments: comparison?.experiments.length, changed: comparison?.experiments.filter((e) => e.status === 'changed').length, headKg: comparison?.head.totals.totalKgCO2e.central, deltaKg: comparison?.delta.totalKgCO2e.central }))
}

function timedCli() {
  const start = process.hrtime.bigint()
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, join(root, 'bin', 'carbon-budget.js'), 'check', repo, '--base', 'main', '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 28, env })
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  if (r.status !== 0) throw new Error(`check exited ${r.status}: ${r.stderr.slice(-2000)}`)
  return { seconds, maxRssKB: Number(r.stderr.trim().split('\n').at(-1)) }
}

async function main() {
  if (!existsSync(join(root, 'lib/run/check.js'))) throw new Error('lib/ is missing: run `npm run compile` (or `npm run bench`, which compiles)')
  const built = build()
  console.log(`node ${process.version}, ${n} experiments, ${totalMB.toLocaleString('en-US')} MB of logs at the base (+ ${(totalMB * 10 / n).toFixed(0)} MB re-logged in the head), repo built in ${built.toFixed(0)} s\n`)
  const runs = []
  for (let i = 0; i < 2; i++) {
    const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child'], { cwd: root, encoding: 'utf8', env })
    if (r.status !== 0) throw new Error(`child failed:\n${r.stderr}`)
    runs.push(JSON.parse(r.stdout))
  }
  const cli = timedCli()
  const r = runs[1]
  console.log(table(['run', 'wall time', 'base log MB/s', 'peak RSS'], [
    ['runCheck in-process, first', `${runs[0].seconds.toFixed(1)} s`, (totalMB / runs[0].seconds).toFixed(0), `${(runs[0].maxRssKB / 1024).toFixed(0)} MB`],
    ['runCheck in-process, again', `${r.seconds.toFixed(1)} s`, (totalMB / r.seconds).toFixed(0), `${(r.maxRssKB / 1024).toFixed(0)} MB`],
    ['carbon-budget check (process)', `${cli.seconds.toFixed(1)} s`, (totalMB / cli.seconds).toFixed(0), `${(cli.maxRssKB / 1024).toFixed(0)} MB`],
  ], ['l', 'r', 'r', 'r']))
  console.log(`\n${r.experiments} experiments, ${r.changed} changed, head ${(r.headKg / 1000).toFixed(2)} tCO2e, delta ${r.deltaKg >= 0 ? '+' : ''}${r.deltaKg.toFixed(1)} kgCO2e, ${r.errors} errors`)
  console.log(`(head and base each hold ${totalMB.toLocaleString('en-US')} MB of logs; logs whose blobs did not change may be read once and reused)`)
  if (r.errors > 0) process.exitCode = 1
}

if (process.argv.includes('--child')) await child()
else await main()
