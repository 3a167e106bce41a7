// Ingest speed and memory of every log format and timestamp style: a generated log of each
// (bench/support/logs.js, 1 GB by default) read end to end by `carbon-budget report` as a process
// (start-up included), interleaved round by round with `wc -l` on the same file, after one `wc -l`
// that warms the file cache. Per format: MB/s (file size over the median wall time), the median of
// the per-round ratios to `wc -l`, the peak RSS (the worst round), and the energy read (a sanity
// figure only: lines differ in length, so each style's file covers a different span of time).
// Targets: ≥ 200 MB/s end to end and peak RSS < 200 MB on every format and style; nvidia-smi
// within 8× `wc -l` (issue 9). Then, for each reader with a fast path, whether it still pays: the
// first BENCH_PLAIN_MB (default 100) of the same log read with the fast path and with the plain
// path (bench/support/read-path.js, a process each), interleaved; both must read the same energy.
// Usage: node bench/formats.bench.js [STYLE ...]   (BENCH_MB size of each log, default 1000;
// BENCH_ROUNDS rounds, default 3). Logs stay in bench/.work/formats/ for the next run.
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateLog, manifestFor, STYLES } from './support/logs.js'
import { WITH_FAST_PATH } from './support/read-path.js'
import { interleave, machine, median, ratios, runOk, runProcess, target } from './support/rounds.js'
import { table } from './support/table.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const work = join(root, 'bench', '.work', 'formats')
const sizeMB = Number(process.env.BENCH_MB ?? 1000)
const rounds = Number(process.env.BENCH_ROUNDS ?? 3)
const only = process.argv.slice(2)
const bin = join(root, 'bin', 'carbon-budget.js')
const MBPS_TARGET = 200
const RSS_TARGET_MB = 200

console.log(`${machine()}; each log ${sizeMB} MB; ${rounds} interleaved rounds (carbon-budget report, wc -l)\n`)
const rows = []
const wcRatios = new Map()
for (const style of STYLES.filter((s) => only.length === 0 || only.some((o) => s.id.startsWith(o)))) {
  const repo = join(work, style.id)
  const log = join(repo, style.file)
  mkdirSync(dirname(log), { recursive: true })
  writeFileSync(join(repo, 'ingest.carbon.yml'), manifestFor(style))
  if (!existsSync(log) || Math.abs(statSync(log).size - sizeMB * 1e6) > sizeMB * 1e6 * 0.05) generateLog(style, log, sizeMB * 1e6)
  const bytes = statSync(log).size
  runOk('wc', ['-l', log]) // warm the file cache
  let failure
  let energyKWh
  const result = interleave([
    {
      name: 'report',
      run: () => {
        const r = runProcess(process.execPath, [bin, 'report', repo, '--format', 'json'], { cwd: root })
        if (r.status !== 0) failure ??= (r.stderr.split('\n').find((l) => l.includes('error')) ?? r.stderr).trim().slice(0, 110)
        else energyKWh = JSON.parse(r.stdout).experiments[0]?.energyKWh
        return r
      },
    },
    { name: 'wc -l', run: () => runOk('wc', ['-l', log]) },
  ], { rounds, warmup: 0 })
  const seconds = median(result.rounds.map((r) => r[0].seconds))
  const mbps = bytes / 1e6 / seconds
  const cpuMbps = bytes / 1e6 / median(result.rounds.map((r) => r[0].cpuSeconds))
  const rss = Math.max(...result.rounds.map((r) => r[0].rssMB))
  const vsWc = ratios(result, 0, 1)
  const load = median(result.loads)
  if (!failure) wcRatios.set(style.id, vsWc.median)
  if (failure) {
    rows.push([style.label, (bytes / 1e6).toFixed(0), 'refused', '', '', '', '', load.toFixed(2), failure])
  } else {
    rows.push([style.label, (bytes / 1e6).toFixed(0), mbps.toFixed(0), cpuMbps.toFixed(0), `${vsWc.median.toFixed(1)}× (${vsWc.min.toFixed(1)}–${vsWc.max.toFixed(1)})`, rss.toFixed(0), energyKWh?.toFixed(1) ?? '–', load.toFixed(2), ''])
  }
  console.log(`${style.label}: ${failure ? `refused: ${failure}` : `${mbps.toFixed(0)} MB/s, ${vsWc.median.toFixed(1)}× wc -l`}, peak RSS ${rss.toFixed(0)} MB, load ${load.toFixed(2)}`)
}
console.log(`\n${table(['format (timestamps)', 'MB', 'MB/s', 'MB/s of CPU', 'time ÷ wc -l (per round)', 'peak RSS MB', 'kWh read', 'load', 'note'], rows, ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'l'])}\n`)
for (const row of rows) {
  target(`ingest ${row[0]}, MB/s end to end`, row[2] === 'refused' ? Number.NaN : Number(row[2]), '>=', MBPS_TARGET, ' MB/s')
  target(`ingest ${row[0]}, peak RSS`, row[2] === 'refused' ? Number.NaN : Number(row[5]), '<=', RSS_TARGET_MB, ' MB')
}
for (const [id, ratio] of wcRatios) if (id.startsWith('nvidia-smi')) target(`ingest ${STYLES.find((s) => s.id === id).label}, time ÷ wc -l (issue 9)`, ratio, '<=', 8)

// Does each fast path still pay? The same bytes read both ways, a process each, interleaved.
const PLAIN_MB = Math.min(sizeMB, Number(process.env.BENCH_PLAIN_MB ?? 100))
const FAST_PAYS = 1.5
const readPath = join(root, 'bench', 'support', 'read-path.js')
const paths = []
for (const style of STYLES.filter((s) => WITH_FAST_PATH[s.log.format] && (only.length === 0 || only.some((o) => s.id.startsWith(o))))) {
  const log = join(work, style.id, style.file)
  const read = (path) => ({ name: path, run: () => runOk(process.execPath, [readPath, style.log.format, path, log, String(PLAIN_MB), style.log.timezone ?? 'UTC']) })
  const result = interleave([read('fast'), read('plain')], { rounds, warmup: 0 })
  const outputs = new Set(result.rounds.flatMap((r) => r.map((x) => x.stdout.trim())))
  const speedup = ratios(result, 1, 0)
  const cpu = ratios(result, 1, 0, (x) => x.cpuSeconds)
  const fast = result.rounds.map((r) => r[0])
  const plain = result.rounds.map((r) => r[1])
  paths.push({ label: style.label, speedup, agree: outputs.size === 1 })
  const sec = (xs) => median(xs.map((x) => x.seconds)).toFixed(2)
  const rss = (xs) => Math.max(...xs.map((x) => x.rssMB)).toFixed(0)
  paths.at(-1).row = [style.label, sec(fast), sec(plain), `${speedup.median.toFixed(1)}× (${speedup.min.toFixed(1)}–${speedup.max.toFixed(1)})`, `${cpu.median.toFixed(1)}×`, rss(fast), rss(plain), outputs.size === 1 ? 'yes' : `NO: ${[...outputs].join(' / ')}`, median(result.loads).toFixed(2)]
}
if (paths.length > 0) {
  console.log(`\nFast path vs plain path: the first ${PLAIN_MB} MB of each log, read and folded in process (bench/support/read-path.js), interleaved\n`)
  console.log(`${table(['format (timestamps)', 'fast s', 'plain s', 'plain ÷ fast (per round)', 'CPU plain ÷ fast', 'fast RSS MB', 'plain RSS MB', 'same samples and J', 'load'], paths.map((p) => p.row), ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'l', 'r'])}\n`)
  for (const p of paths) {
    target(`fast path of ${p.label} pays (plain ÷ fast)`, p.agree ? p.speedup.median : Number.NaN, '>=', FAST_PAYS)
  }
}
