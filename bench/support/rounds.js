// What every benchmark shares, so each comparison is measured the same honest way:
// - contenders run interleaved, round by round (A B, B A, A B …), after warm-up rounds that are not
//   counted: load from other processes on a shared machine hits both series alike;
// - medians, not means or best-of: one hiccup decides neither way;
// - ratios are taken within a round, then their median and range are reported: absolute times on a
//   machine shared with other work mean little, the ratio of two runs side by side means more;
// - the machine's load (os.loadavg) is recorded at the start of each round and printed;
// - targets are ratios (or bounds), and a missed one is printed as MISSED, never hidden. run.js
//   collects every verdict and prints them together at the end.
import { spawnSync } from 'node:child_process'
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { table } from './table.js'

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}

/** `node v24.1.0, 2 cores, load 2.31 1.80 1.52 (1, 5, 15 min)`: printed at the head of every bench. */
export function machine() {
  return `node ${process.version}, ${cpus().length} cores, load ${loadavg().map((x) => x.toFixed(2)).join(' ')} (1, 5, 15 min)`
}

const rusageFile = () => join(mkdtempSync(join(tmpdir(), 'cb-bench-')), 'rusage')

/**
 * Runs one process and measures it: wall seconds, CPU seconds (user + sys) and peak RSS (MB), from
 * GNU time (`/usr/bin/time`, written to a file so the process's own stderr stays its own).
 * @returns {{ seconds: number, cpuSeconds: number, rssMB: number, status: number, stdout: string, stderr: string }}
 */
export function runProcess(command, args, options = {}) {
  const file = rusageFile()
  const start = process.hrtime.bigint()
  const r = spawnSync('/usr/bin/time', ['-o', file, '-f', '%U %S %M', command, ...args], { encoding: 'utf8', maxBuffer: 1 << 30, ...options })
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  let cpuSeconds = Number.NaN
  let rssMB = Number.NaN
  try {
    const last = readFileSync(file, 'utf8').trim().split('\n').at(-1).split(' ').map(Number)
    cpuSeconds = last[0] + last[1]
    rssMB = (last[2] * 1024) / 1e6
  } catch {
    // GNU time missing: wall time only.
  }
  rmSync(join(file, '..'), { recursive: true, force: true })
  return { seconds, cpuSeconds, rssMB, status: r.status ?? -1, stdout: r.stdout ?? '', stderr: r.stderr ?? '' }
}

/** Like runProcess, but a non-zero exit (beyond `okCodes`) throws with the end of its output. */
export function runOk(command, args, options = {}, okCodes = [0]) {
  const r = runProcess(command, args, options)
  if (!okCodes.includes(r.status)) throw new Error(`${[command, ...args].join(' ')} exited ${r.status}:\n${r.stdout.slice(-1500)}\n${r.stderr.slice(-1500)}`)
  return r
}

/**
 * Runs each contender once per round, rotating the order every round, after `warmup` uncounted
 * rounds. A contender is `{ name, run: () => ({ seconds, ... }) }`.
 * @returns {{ names: string[], rounds: object[][], loads: number[] }} rounds[i][c] is contender c in round i
 */
export function interleave(contenders, { rounds = 5, warmup = 1 } = {}) {
  const out = []
  const loads = []
  for (let r = -warmup; r < rounds; r++) {
    const load = loadavg()[0]
    const round = new Array(contenders.length)
    const order = contenders.map((_, i) => i)
    if (((r % 2) + 2) % 2 === 1) order.reverse()
    for (const i of order) round[i] = contenders[i].run()
    if (r >= 0) {
      out.push(round)
      loads.push(load)
    }
  }
  return { names: contenders.map((c) => c.name), rounds: out, loads }
}

/** Per-round ratios of contender a's seconds to contender b's, with their median and range. */
export function ratios(result, a, b, pick = (x) => x.seconds) {
  const per = result.rounds.map((round) => pick(round[a]) / pick(round[b]))
  return { per, median: median(per), min: Math.min(...per), max: Math.max(...per) }
}

const fmt = (x, digits) => (Number.isFinite(x) ? x.toFixed(digits) : '–')

/** The load line of a set of rounds: 1-minute load at the start of each. */
export function loadLine(result) {
  const l = result.loads
  return `load (1-min) over ${l.length} rounds: median ${fmt(median(l), 2)}, ${fmt(Math.min(...l), 2)}–${fmt(Math.max(...l), 2)} on ${cpus().length} cores`
}

/** A table of each contender's median, min and max wall time, median CPU time and peak RSS. */
export function timesTable(result, unit = 's') {
  const scale = unit === 'ms' ? 1000 : 1
  const digits = unit === 'ms' ? 0 : 3
  const rows = result.names.map((name, c) => {
    const xs = result.rounds.map((round) => round[c])
    const sec = xs.map((x) => x.seconds * scale)
    return [name, fmt(median(sec), digits), fmt(Math.min(...sec), digits), fmt(Math.max(...sec), digits), fmt(median(xs.map((x) => (x.cpuSeconds ?? Number.NaN) * scale)), digits), fmt(Math.max(...xs.map((x) => x.rssMB ?? Number.NaN)), 0)]
  })
  return table(['run', `median ${unit}`, `min ${unit}`, `max ${unit}`, `CPU ${unit} (median)`, 'peak RSS MB (max)'], rows, ['l', 'r', 'r', 'r', 'r', 'r'])
}

/** `12.3× (per round 10.1–14.2×: 12.0 11.8 …)` */
export function ratioText(r, digits = 1) {
  return `${fmt(r.median, digits)}× (per round ${fmt(r.min, digits)}–${fmt(r.max, digits)}×: ${r.per.map((x) => fmt(x, digits)).join(' ')})`
}

/**
 * A target: prints `met` or `MISSED` with the figure, and records it for run.js's summary.
 * @param {string} label what is measured, e.g. `IF comparison at 100k samples`
 * @param {number} value the figure
 * @param {'>=' | '<='} op
 * @param {number} goal
 * @param {string} unit e.g. `×`, ` MB`
 */
export function target(label, value, op, goal, unit = '×') {
  const met = Number.isFinite(value) && (op === '>=' ? value >= goal : value <= goal)
  const line = `${met ? 'met   ' : 'MISSED'}  ${label}: ${fmt(value, value >= 100 ? 0 : value >= 10 ? 1 : 2)}${unit} (target ${op === '>=' ? '≥' : '≤'} ${goal}${unit}) at load ${loadavg()[0].toFixed(2)}`
  console.log(line)
  if (process.env.BENCH_VERDICTS) appendFileSync(process.env.BENCH_VERDICTS, line + '\n')
  return met
}

/** Bare Node's start-up, the floor under every process we time. */
export const bareNode = () => ({ name: 'node -e 0', run: () => runOk(process.execPath, ['-e', '0']) })
