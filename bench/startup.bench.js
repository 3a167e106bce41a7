// Start-up of the CLI against bare Node: `node -e 0`, `carbon-budget --help` (loading only) and
// `carbon-budget report` on a repo with one small manifest (a whole run that reads no log),
// interleaved round by round after a warm-up round. Target: the report within 2× of `node -e 0`,
// in wall time and in CPU time (on a loaded machine wall time is mostly waiting for a core).
// Usage: node bench/startup.bench.js   (BENCH_ROUNDS, default 15)
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { bareNode, interleave, loadLine, machine, ratios, ratioText, runOk, target, timesTable } from './support/rounds.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const repo = join(root, 'bench', '.work', 'startup')
const rounds = Number(process.env.BENCH_ROUNDS ?? 15)
const bin = join(root, 'bin', 'carbon-budget.js')
const TARGET = 2

rmSync(repo, { recursive: true, force: true })
mkdirSync(repo, { recursive: true })
writeFileSync(join(repo, 'train.carbon.yml'), 'name: train\nphase: training\nduration: 10 h\nhardware:\n  - device: nvidia-h100-sxm5-80gb\n    count: 8\ngrid:\n  region: aws/us-east-1\n')

const result = interleave([
  bareNode(),
  { name: 'carbon-budget --help', run: () => runOk(process.execPath, [bin, '--help']) },
  { name: 'carbon-budget report (1 manifest)', run: () => runOk(process.execPath, [bin, 'report', repo]) },
  { name: 'carbon-budget report --format json', run: () => runOk(process.execPath, [bin, 'report', repo, '--format', 'json']) },
], { rounds, warmup: 1 })
console.log(`${machine()}; ${rounds} interleaved rounds after 1 warm-up\n`)
console.log(timesTable(result, 'ms'))
console.log(`\n${loadLine(result)}`)
console.log(`--help / node -e 0: ${ratioText(ratios(result, 1, 0), 2)}`)
const report = ratios(result, 2, 0)
console.log(`report / node -e 0: ${ratioText(report, 2)}`)
// On a loaded machine wall time is mostly waiting for a core; CPU time is the work itself.
const reportCpu = ratios(result, 2, 0, (x) => x.cpuSeconds)
console.log(`report / node -e 0, CPU time: ${ratioText(reportCpu, 2)}`)
console.log(`report --format json / node -e 0: ${ratioText(ratios(result, 3, 0), 2)}\n`)
target('start-up: carbon-budget report (1 manifest) ÷ node -e 0, wall', report.median, '<=', TARGET)
target('start-up: carbon-budget report (1 manifest) ÷ node -e 0, CPU', reportCpu.median, '<=', TARGET)
