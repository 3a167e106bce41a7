// Side by side with the Green Software Foundation's Impact Framework (`@grnsft/if`): the same
// 100,000 one-second power samples of one GPU through energy, operational, embodied and SCI in
// both tools, in one run. IF is installed for this benchmark only, into bench/.work/if (gitignored),
// never into package.json. Its pipeline uses builtins only (anchors.md §1):
//   Multiply(power × duration) → Divide(/ 3,600,000) = energy kWh → Multiply(× grid intensity) =
//   carbon-operational g → SciEmbodied (1 GPU server, 4 y) = embodied-carbon g → Sum = carbon →
//   Sci (carbon / tokens).
// Ours reads the same samples as a power-csv log named in a manifest (device custom with the
// SciEmbodied server's 1,150 kg, 4 y lifetime, PUE 1, no datacenter share, the same intensity).
// Both are timed as the processes a user runs (`if-run -m`, `carbon-budget report --format json`),
// plus ours in-process (loadReport). Goal: ours ≥ 100× faster than if-run.
// Usage: node bench/if-compare.bench.js [SAMPLES]   (default 100,000)
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parse } from 'yaml'
import { table } from './support/table.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const work = join(root, 'bench', '.work', 'if-compare')
const ifDir = join(root, 'bench', '.work', 'if')
const ifRun = join(ifDir, 'node_modules', '@grnsft', 'if', 'build', 'if-run', 'index.js')
const samples = Number(process.argv[2] ?? 100_000)
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

function writeInputs() {
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
logs:
  - path: power.csv
    format: power-csv
functional-unit:
  name: tokens
  count: ${samples * TOKENS_PER_S}
`)
}

function timed(args, cwd) {
  const start = process.hrtime.bigint()
  const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 28 })
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}:\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`)
  return { seconds, stdout: r.stdout }
}

async function main() {
  ensureIf()
  writeInputs()
  const bin = join(root, 'bin', 'carbon-budget.js')
  // One untimed run of each, so both read from a warm file cache.
  timed([bin, 'report', join(work, 'repo'), '--format', 'json'], root)
  // Ours is cheap: the median of 5 runs, so one scheduling hiccup does not decide the ratio.
  const runs = Array.from({ length: 5 }, () => timed([bin, 'report', join(work, 'repo'), '--format', 'json'], root)).sort((a, b) => a.seconds - b.seconds)
  const ours = runs[2]
  const theirs = timed([ifRun, '-m', join(work, 'if.yml'), '-o', join(work, 'if-out.yaml')], work)

  const lib = (p) => pathToFileURL(join(root, 'lib', p)).href
  const { loadReport } = await import(lib('run/load-report.js'))
  const { fsSource } = await import(lib('ingest/fs-source.js'))
  const inStart = performance.now()
  const loaded = await loadReport(fsSource(join(work, 'repo')))
  const inProcessS = (performance.now() - inStart) / 1000
  if (!loaded.report) throw new Error(`our report failed: ${JSON.stringify(loaded.problems)}`)

  const e = JSON.parse(ours.stdout).experiments[0]
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
  console.log(`node ${process.version}, @grnsft/if ${JSON.parse(readFileSync(join(ifDir, 'node_modules/@grnsft/if/package.json'), 'utf8')).version}, ${samples.toLocaleString('en-US')} one-second samples\n`)
  const rel = (a, b) => Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b))
  const rows = [
    ['energy (kWh)', 'energyKWh', 6],
    ['operational (kgCO2e)', 'operationalKg', 6],
    ['embodied (kgCO2e)', 'embodiedKg', 6],
    ['total (kgCO2e)', 'totalKg', 6],
    ['SCI (gCO2e per 1k tokens)', 'sciKgPerToken', 6],
  ].map(([label, k, digits]) => {
    const scale = k === 'sciKgPerToken' ? 1e6 : 1
    return [label, (ifFigures[k] * scale).toFixed(digits), (ourFigures[k] * scale).toFixed(digits), `${(rel(ifFigures[k], ourFigures[k]) * 100).toFixed(4)} %`]
  })
  console.log(table(['figure', 'if-run', 'carbon-budget', 'difference'], rows, ['l', 'r', 'r', 'r']))
  console.log('(IF integrates power × duration per sample, rectangles; ours integrates the trapezoid between samples: the ends differ by half a sample)\n')
  const ratio = theirs.seconds / ours.seconds
  console.log(table(['run', 'wall time', 'vs if-run'], [
    ['if-run -m (process)', `${theirs.seconds.toFixed(3)} s`, '1×'],
    ['carbon-budget report (process, median of 5)', `${ours.seconds.toFixed(3)} s`, `${ratio.toFixed(0)}× faster`],
    ['loadReport (in-process)', `${inProcessS.toFixed(3)} s`, `${(theirs.seconds / inProcessS).toFixed(0)}× faster`],
  ], ['l', 'r', 'r']))
  const agree = Object.keys(ifFigures).every((k) => rel(ifFigures[k], ourFigures[k]) < 1e-4)
  console.log(`\nfigures agree within 0.01 %: ${agree ? 'yes' : 'NO'} · goal ≥ 100× faster than if-run: ${ratio >= 100 ? 'met' : 'NOT met'} (${ratio.toFixed(0)}×)`)
  if (!agree) process.exitCode = 1
}

await main()
