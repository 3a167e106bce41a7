import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CONFIG_TEMPLATE, WORKFLOW, WORKFLOW_FILE } from '../src/commands/init-templates.js'
import { codeBlocks } from './support/markdown.js'
import { runCli, writeTree } from './support/cli.js'

const ROOT = new URL('..', import.meta.url).pathname
const FIXTURES = join(ROOT, 'test/fixtures/logs')
const read = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8')

/** A copy of examples/ without its manifests and config: a repository with run logs only. */
function logsOnly(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cb-init-'))
  cpSync(join(ROOT, 'examples'), dir, { recursive: true })
  rmSync(join(dir, 'experiments'), { recursive: true })
  rmSync(join(dir, 'carbon-budget.yml'))
  return dir
}

interface ReportJson { experiments: { name: string; itEnergyKWh: number; deviceHours: number; totalKgCO2e: number; energySource: string; defaultsUsed: string[] }[] }

describe('carbon-budget init', () => {
  it('writes the config, the workflow and a manifest per log, and report runs on the result at once', async () => {
    const dir = logsOnly()
    const run = await runCli(['init', dir])
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('')
    expect(run.stdout).toContain('wrote carbon-budget.yml (report only)')
    expect(run.stdout).toContain(`wrote ${WORKFLOW_FILE}`)
    expect(run.stdout).toContain('wrote experiments/h100-smoke.carbon.yml (from runs/h100-smoke/nvidia-smi.csv, nvidia-smi)')
    expect(readdirSync(join(dir, 'experiments'))).toEqual(['h100-smoke.carbon.yml']) // the grid series is not a log
    expect(read(dir, 'carbon-budget.yml')).toBe(CONFIG_TEMPLATE)
    expect(read(dir, WORKFLOW_FILE)).toBe(WORKFLOW)

    const report = await runCli(['report', dir, '--format', 'json'])
    expect(report.stderr).toBe('')
    const [exp] = (JSON.parse(report.stdout) as ReportJson).experiments
    // The same log as the example's hand-written manifest: the same measured energy and device-hours.
    const original = (JSON.parse((await runCli(['report', join(ROOT, 'examples'), '--format', 'json'])).stdout) as ReportJson).experiments.find((e) => e.name === 'h100-smoke-test')!
    expect(exp!.name).toBe('h100-smoke')
    expect(exp!.energySource).toBe('measured')
    expect(exp!.itEnergyKWh).toBe(original.itEnergyKWh)
    expect(exp!.deviceHours).toBeCloseTo(original.deviceHours, 12)
    expect(exp!.totalKgCO2e).toBeGreaterThan(0)
  })

  it('fills the manifest from the log and marks what the log cannot say', async () => {
    const dir = logsOnly()
    await runCli(['init', dir])
    const text = read(dir, 'experiments/h100-smoke.carbon.yml')
    const log = read(dir, 'runs/h100-smoke/nvidia-smi.csv').trim().split('\n')
    const stamp = (line: string) => line.split(',')[0]!.trim().replace(/\//g, '-').replace(' ', 'T') + 'Z'
    expect(text).toContain(`start: ${stamp(log[1]!)}`)
    expect(text).toContain(`end: ${stamp(log.at(-1)!)}`)
    expect(text).toMatch(/device: nvidia-h100-sxm5-80gb +# from the log: "NVIDIA H100 80GB HBM3"/)
    expect(text).toMatch(/count: 1 +# from the log: 1 device logged/)
    expect(text).toMatch(/phase: experimentation +# CHECK/)
    expect(text).toMatch(/timezone: UTC +# CHECK/)
    expect(text).toContain('  - path: ../runs/h100-smoke/nvidia-smi.csv\n    format: nvidia-smi\n')
  })

  it('recognizes the other log formats, and each manifest it writes passes report', async () => {
    const dir = writeTree({})
    const logs = {
      'runs/bert/emissions.csv': 'codecarbon/emissions-v2.3.4.csv',
      'runs/dcgm/prometheus.json': 'prometheus/dcgm-power.json',
      'runs/a100-pair.csv': 'nvidia-smi/a100x2-units.csv',
      'runs/node/power.jsonl': 'power/gpu-power.jsonl',
      'runs/sweep/system-metrics.csv': 'wandb/system-metrics.csv',
    }
    for (const [to, from] of Object.entries(logs)) cpSync(join(FIXTURES, from), join(dir, to), { recursive: true })
    const run = await runCli(['init', dir])
    expect(run.code).toBe(0)
    const written = readdirSync(join(dir, 'experiments')).sort()
    expect(written).toEqual(['a100-pair.carbon.yml', 'bert.carbon.yml', 'dcgm.carbon.yml', 'node.carbon.yml', 'sweep.carbon.yml'])
    const report = await runCli(['report', dir, '--format', 'json'])
    expect(report.stderr.split('\n').filter((l) => l.includes(': error: '))).toEqual([])
    const experiments = (JSON.parse(report.stdout) as ReportJson).experiments
    expect(experiments.map((e) => e.name).sort()).toEqual(['a100-pair', 'bert', 'dcgm', 'node', 'sweep'])
    for (const e of experiments) expect([e.name, e.energySource, e.itEnergyKWh > 0]).toEqual([e.name, 'measured', true])
    expect(read(dir, 'experiments/a100-pair.carbon.yml')).toMatch(/count: 2 +# from the log: 2 devices logged/)
  })

  it('--dry-run prints every file and writes nothing', async () => {
    const dir = logsOnly()
    const run = await runCli(['init', dir, '--dry-run'])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(`--- carbon-budget.yml ---\n${CONFIG_TEMPLATE}`)
    expect(run.stdout).toContain(`--- ${WORKFLOW_FILE} ---\n${WORKFLOW}`)
    expect(run.stdout).toContain('--- experiments/h100-smoke.carbon.yml ---\n# yaml-language-server')
    expect(run.stdout).toContain('nothing written (3 files planned)')
    expect(existsSync(join(dir, 'carbon-budget.yml'))).toBe(false)
    expect(existsSync(join(dir, '.github'))).toBe(false)
    expect(existsSync(join(dir, 'experiments'))).toBe(false)
  })

  it('never overwrites without --force, and never writes through a symlink', async () => {
    const dir = logsOnly()
    writeFileSync(join(dir, 'carbon-budget.yml'), 'fail-on: budget\n')
    const kept = await runCli(['init', dir])
    expect(kept.code).toBe(0)
    expect(kept.stderr).toContain('carbon-budget: kept carbon-budget.yml: it exists; --force overwrites it')
    expect(read(dir, 'carbon-budget.yml')).toBe('fail-on: budget\n')
    const again = await runCli(['init', dir])
    expect(again.stdout).not.toContain('wrote experiments/') // the log is named by a manifest now
    const forced = await runCli(['init', dir, '--force'])
    expect(read(dir, 'carbon-budget.yml')).toBe(CONFIG_TEMPLATE)
    expect(forced.stdout).toContain('wrote carbon-budget.yml')

    const outside = mkdtempSync(join(tmpdir(), 'cb-outside-'))
    const linked = logsOnly()
    symlinkSync(join(outside, 'x.yml'), join(linked, 'carbon-budget.yml'))
    const refused = await runCli(['init', linked, '--force'])
    expect(refused.stderr).toContain('kept carbon-budget.yml: it exists and is not a regular file')
    expect(existsSync(join(outside, 'x.yml'))).toBe(false)
  })

  it('names a second run of the same name apart, and says why a log it cannot read is left out', async () => {
    const dir = writeTree({ 'runs/bad/nvidia-smi.csv': 'timestamp, name, index, power.draw [W]\nnot a time, NVIDIA H100 80GB HBM3, 0, 100 W\n' })
    cpSync(join(ROOT, 'examples/runs/h100-smoke/nvidia-smi.csv'), join(dir, 'a/h100-smoke/nvidia-smi.csv'), { recursive: true })
    cpSync(join(ROOT, 'examples/runs/h100-smoke/nvidia-smi.csv'), join(dir, 'b/h100-smoke/nvidia-smi.csv'), { recursive: true })
    const run = await runCli(['init', dir])
    expect(readdirSync(join(dir, 'experiments')).sort()).toEqual(['h100-smoke-2.carbon.yml', 'h100-smoke.carbon.yml'])
    expect(run.stderr).toMatch(/^carbon-budget: runs\/bad\/nvidia-smi\.csv looks like a nvidia-smi log but cannot be read \(.+\); write its manifest by hand/m)
    expect((await runCli(['report', dir])).code).toBe(0)
  })
})

describe('the README', () => {
  it('shows the workflow init writes', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
    const blocks = codeBlocks(readme).filter((b) => b.lang === 'yaml')
    expect(blocks.map((b) => b.text)).toContain(WORKFLOW)
    expect(readme).toContain('carbon-budget init')
  })
})
