// Side by side with the Green Software Foundation's Impact Framework (`@grnsft/if`): the same
// one-second power samples of one GPU through energy, operational, embodied and SCI in both tools. IF is installed for this benchmark only, into bench/.work/if (gitignored),
// never into package.json. Its pipeline uses builtins only (anchors.md §1):
//   Multiply(power × duration) → Divide(/ 3,600,000) = energy kWh → Multiply(× grid intensity) =
//   carbon-operational g → SciEmbodied (1 GPU server, 4 y) = embodied-carbon g → Sum = carbon →
//   Sci (carbon / tokens).
// Ours reads the same samples as a power-csv log named in a manifest (device custom with the
// SciEmbodied server's 1,150 kg, 4 y lifetime, PUE 1, no datacenter share, no transport or end of
// life, the same intensity).
// Both are timed as the processes a user runs (`if-run -m`, `carbon-budget report --format json`),
// interleaved round by round after a warm-up round, at 1k, 10k and 100k samples; each size's figure
// is the median of the per-round ratios. The fixed start-up cost is measured apart (bare Node, our
// CLI on a repo without manifests, if-run on one sample), so what each tool spends per sample shows.
// Target: ours ≥ 100× faster than if-run at 100,000 samples.
// Usage: node bench/if-compare.bench.js [SAMPLES ...]   (default 1000 10000 100000;
// BENCH_ROUNDS rounds per size, default 5)
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { table } from './support/table.js'
import { bareNode, interleave, loadLine, machine, median, ratios, ratioText, runOk, target, timesTable } from './support/rounds.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const workRoot = join(root, 'bench', '.work', 'if-compare')
const ifDir = join(root, 'bench', '.work', 'if')
const ifRun = join(ifDir, 'node_modules', '@grnsft', 'if', 'build', 'if-run', 'index.js')
const sizes = process.argv.length > 2 ? process.argv.slice(2).map(Number) : [1_000, 10_000, 100_000]
const rounds = Number(process.env.BENCH_ROUNDS ?? 5)
const TARGET_AT_100K = 100
const T0 = Date.UTC(2024, 2, 1)
const INTENSITY_G_PER_KWH = 385
const TOKENS_PER_S = 1000
const EMBODIED_G = 1_000_000 + 150_000 // SciEmbodied: baseline server + one GPU
const LIFESPAN_S = 126_144_000 // 4 y

/** Deterministic power: a slow swing around 350 W plus a fast ripple, 2 decimals, as nvidia-smi writes. */
const powerAt = (i) => Math.round((350 + 120 * Math.sin(i / 900) + 25 * Math.sin(i * 0.37)) * 100) / 100

function ensureIf() {
  if (existsSync(ifRun)) return
  console.log('installing @grnsft/if into bench/.work/if (benchmark only) …')
  mkdirSync(ifDir, { recursive: true })
  execFileSync('npm', ['install', '--prefix', ifDir, '--no-audit', '--no-fund', '--no-save', '@grnsft/if'], { stdio: 'inherit' })
}

/** The same samples as an IF manifest and as our repo (manifest + power-csv log), in work/. */
function writeInputs(work, samples) {
  rmSync(work, { recursive: true, force: true })
  mkdirSync(join(work, 'repo'), { recursive: true })
  const iso = (i) => new Date(T0 + i * 1000).toISOString()
  const inputs = []
  const csv = ['timestamp,watts']
  for (let i = 0; i < samples; i++) {
    inputs.push(`        - {timestamp: "${iso(i)}", duration: 1, power: ${powerAt(i)}}`)
    csv.push(`${iso(i)},${powerAt(i)}`)
  }
  const plugin = (name, method, config) => `    ${name}:\n      method: ${method}\n      path: builtin\n${config ? `      config:\n${config.map((l) => `        ${l}`).join('\n')}\n` : ''}`
  writeFileSync(join(work, 'if.yml'), `name: carbon-budget-compare
description: ${samples} one-second power samples of one GPU through energy, operational, embodied and SCI
initialize:
  plugins:
${plugin('power-times-duration', 'Multiply', ['input-parameters: ["power", "duration"]', 'output-parameter: "power-times-duration"'])}${plugin('energy', 'Divide', ['numerator: power-times-duration', 'denominator: 3600000', 'output: energy'])}${plugin('operational-carbon', 'Multiply', ['input-parameters: ["energy", "grid/carbon-intensity"]', 'output-parameter: "carbon-operational"'])}${plugin('embodied-carbon', 'SciEmbodied')}${plugin('sum-carbon', 'Sum', ['input-parameters: ["carbon-operational", "embodied-carbon"]', 'output-parameter: carbon'])}${plugin('sci', 'Sci', ['functional-unit: tokens'])}tree:
  children:
    gpu:
      pipeline:
        compute: [power-times-duration, energy, operational-carbon, embodied-carbon, sum-carbon, sci]
      defaults:
        grid/carbon-intensity: ${INTENSITY_G_PER_KWH}
        gpu: 1
        tokens: ${TOKENS_PER_S}
      inputs:
${inputs.join('\n')}
`)
  writeFileSync(join(work, 'repo', 'power.csv'), csv.join('\n') + '\n')
  writeFileSync(join(work, 'repo', 'gpu.carbon.yml'), `name: one-gpu
phase: training
duration: ${samples} s
hardware:
  - device: custom
    count: 1
    power: 350 W
    embodied: ${EMBODIED_G / 1000} kgCO2e
pue: 1
grid:
  intensity: ${INTENSITY_G_PER_KWH} gCO2e/kWh
embodied:
  lifetime: 4 y
  active-share: 100 %
  datacenter: false
  transport: false      # SciEmbodied counts manufacturing only
  end-of-life: false
logs:
  - path: power.csv
    format: power-csv
functional-unit:
  name: tokens
  count: ${samples * TOKENS_PER_S}
`)
}

const bin = join(root, 'bin', 'carbon-budget.js')
const ours = (work) => runOk(process.execPath, [bin, 'report', join(work, 'repo'), '--format', 'json'], { cwd: root })
const theirs = (work) => runOk(process.execPath, [ifRun, '-m', join(work, 'if.yml'), '-o', join(work, 'if-out.yaml')], { cwd: work })
const rel = (a, b) => Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b))

/** Both tools' figures for the same samples; the comparison counts only when they agree. */
function agreement(work, samples, ourStdout) {
  const e = JSON.parse(ourStdout).experiments[0]
  const outputs = parse(readFileSync(join(work, 'if-out.yaml'), 'utf8')).tree.children.gpu.outputs
  const sum = (k) => outputs.reduce((s, o) => s + o[k], 0)
  const ifFigures = {
    energyKWh: sum('energy'),
    operationalKg: sum('carbon-operational') / 1000,
    embodiedKg: sum('embodied-carbon') / 1000,
    totalKg: sum('carbon') / 1000,
    sciKgPerToken: outputs.reduce((s, o) => s + o.sci, 0) / outputs.length / 1000,
  }
  const ourFigures = {
    energyKWh: e.energyKWh,
    operationalKg: e.operationalKgCO2e,
    embodiedKg: e.embodiedKgCO2e,
    totalKg: e.totalKgCO2e,
    sciKgPerToken: e.totalKgCO2e / (samples * TOKENS_PER_S),
  }
  const rows = [
    ['energy (kWh)', 'energyKWh'],
    ['operational (kgCO2e)', 'operationalKg'],
    ['embodied (kgCO2e)', 'embodiedKg'],
    ['total (kgCO2e)', 'totalKg'],
    ['SCI (gCO2e per 1k tokens)', 'sciKgPerToken'],
  ].map(([label, k]) => {
    const scale = k === 'sciKgPerToken' ? 1e6 : 1
    return [label, (ifFigures[k] * scale).toFixed(6), (ourFigures[k] * scale).toFixed(6), `${(rel(ifFigures[k], ourFigures[k]) * 100).toFixed(4)} %`]
  })
  // IF sums rectangles (power × duration per sample); ours integrates trapezoids between samples,
  // so the ends differ by half a sample: 1e-4 relative at 1k samples, less above.
  const agree = Object.keys(ifFigures).every((k) => rel(ifFigures[k], ourFigures[k]) < Math.max(1e-4, 1 / samples))
  return { rows, agree }
}

async function main() {
  ensureIf()
  const ifVersion = JSON.parse(readFileSync(join(ifDir, 'node_modules/@grnsft/if/package.json'), 'utf8')).version
  console.log(`${machine()}; @grnsft/if ${ifVersion}; ${rounds} interleaved rounds per size after 1 warm-up round\n`)

  // Start-up apart: what each process costs before its first sample.
  const empty = join(workRoot, 'startup')
  writeInputs(empty, 1)
  const startup = interleave([
    bareNode(),
    { name: 'carbon-budget report, 1 sample', run: () => ours(empty) },
    { name: 'if-run -m, 1 sample', run: () => theirs(empty) },
  ], { rounds, warmup: 1 })
  console.log('### start-up (1 sample)\n')
  console.log(timesTable(startup))
  console.log(`\n${loadLine(startup)}`)
  const ourStart = median(startup.rounds.map((r) => r[1].seconds))
  const theirStart = median(startup.rounds.map((r) => r[2].seconds))
  const nodeStart = median(startup.rounds.map((r) => r[0].seconds))
  console.log(`ours: node ${(nodeStart * 1000).toFixed(0)} ms + ${((ourStart - nodeStart) * 1000).toFixed(0)} ms of our own; if-run: node + ${((theirStart - nodeStart) * 1000).toFixed(0)} ms`)
  console.log(`start-up ratio (if-run / ours): ${ratioText(ratios(startup, 2, 1))}\n`)

  const curve = []
  let allAgree = true
  for (const samples of sizes) {
    const work = join(workRoot, String(samples))
    writeInputs(work, samples)
    let last
    const result = interleave([
      { name: `if-run -m (${samples.toLocaleString('en-US')})`, run: () => theirs(work) },
      { name: `carbon-budget report (${samples.toLocaleString('en-US')})`, run: () => (last = ours(work)) },
    ], { rounds, warmup: 1 })
    const { rows, agree } = agreement(work, samples, last.stdout)
    allAgree &&= agree
    console.log(`### ${samples.toLocaleString('en-US')} samples\n`)
    console.log(table(['figure', 'if-run', 'carbon-budget', 'difference'], rows, ['l', 'r', 'r', 'r']))
    console.log(`figures agree: ${agree ? 'yes' : 'NO'}\n`)
    console.log(timesTable(result))
    const r = ratios(result, 0, 1)
    // Net of start-up: the work each tool does per sample, apart from loading itself.
    const net = (median(result.rounds.map((x) => x[0].seconds)) - theirStart) / Math.max(1e-3, median(result.rounds.map((x) => x[1].seconds)) - ourStart)
    console.log(`\n${loadLine(result)}`)
    console.log(`if-run / ours: ${ratioText(r)}; net of start-up ${net.toFixed(0)}×\n`)
    curve.push([samples.toLocaleString('en-US'), median(result.rounds.map((x) => x[0].seconds)).toFixed(3), median(result.rounds.map((x) => x[1].seconds)).toFixed(3), `${r.median.toFixed(1)}×`, `${r.min.toFixed(1)}–${r.max.toFixed(1)}×`, `${net.toFixed(0)}×`, `${Math.max(...result.rounds.map((x) => x[0].rssMB)).toFixed(0)} / ${Math.max(...result.rounds.map((x) => x[1].rssMB)).toFixed(0)}`, median(result.loads).toFixed(2)])
    if (samples === 100_000) target('IF comparison at 100,000 samples (if-run / ours, interleaved median)', r.median, '>=', TARGET_AT_100K)
  }
  console.log('### IF curve\n')
  console.log(table(['samples', 'if-run s', 'ours s', 'ratio (median)', 'per round', 'net of start-up', 'peak RSS MB (IF / ours)', 'load'], curve, ['r', 'r', 'r', 'r', 'r', 'r', 'r', 'r']))
  if (!allAgree) {
    console.log('\nfigures DISAGREE: the timing compares different work')
    process.exitCode = 1
  }
}

await main()
