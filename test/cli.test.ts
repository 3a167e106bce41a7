import { symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { manifest, runCli, writeTree } from './support/cli.js'


describe('carbon-budget report', () => {
  it('finds manifests by the default globs, skipping node_modules and .git', async () => {
    const dir = writeTree({
      'a/one.carbon.yml': manifest('one'),
      'b/two.carbon.yaml': manifest('two'),
      'c/three.carbon.json': JSON.stringify({ name: 'three', phase: 'inference', duration: '1 h', hardware: [{ device: 'nvidia-l4', count: 1 }], grid: { country: 'FRA' } }),
      'node_modules/pkg/x.carbon.yml': manifest('vendored'),
      'notes/other.yml': 'name: not a manifest\n',
    })
    const run = await runCli(['report', dir, '--format', 'json'])
    expect(run.code).toBe(0)
    const names = (JSON.parse(run.stdout) as { experiments: { name: string }[] }).experiments.map((e) => e.name)
    expect(names).toEqual(['one', 'three', 'two'])
  })

  it('reports every error of every manifest together on stderr, with exit 2', async () => {
    const dir = writeTree({
      'a.carbon.yml': manifest('one').replace('nvidia-h100-sxm5-80gb', 'h100-sxm9'),
      'b.carbon.yml': manifest('two').replace('duration: 2 h', 'duration: 2'),
    })
    const run = await runCli(['report', dir])
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain('a.carbon.yml:5:13: error: hardware.0.device: unknown device "h100-sxm9"; did you mean nvidia-h100-sxm5-80gb?')
    expect(run.stderr).toContain('b.carbon.yml:3:11: error: duration: bare number 2 has no unit')
    expect(run.stderr).toContain('2 errors; nothing was computed')
    expect(run.stderr).not.toMatch(/\bat \S+\.(js|ts):\d+/) // no stack trace
  })

  it('refuses duplicate experiment names, naming both places', async () => {
    const dir = writeTree({ 'a.carbon.yml': manifest('same'), 'sub/b.carbon.yml': manifest('same') })
    const run = await runCli(['report', dir])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('sub/b.carbon.yml:1:7: error: name: experiment name "same" is already used by a.carbon.yml:1')
  })

  it('shows the defaults it used in the report', async () => {
    const dir = writeTree({ 'a.carbon.yml': manifest('one'), 'carbon-budget.yml': 'defaults:\n  pue: 1.2\n' })
    const run = await runCli(['report', dir])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('PUE 1.20 from carbon-budget.yml')
  })

  it('uses the config given with --config and its manifest globs', async () => {
    const dir = writeTree({ 'exp/a.carbon.yml': manifest('one'), 'other/b.carbon.yml': manifest('two'), 'ci/carbon.yml': 'manifests: ["exp/**/*.carbon.yml"]\n' })
    const run = await runCli(['report', dir, '--config', 'ci/carbon.yml', '--format', 'json'])
    expect(run.code).toBe(0)
    expect((JSON.parse(run.stdout) as { experiments: unknown[] }).experiments).toHaveLength(1)
  })

  it('drops the datacenter share when the manifest says datacenter: false', async () => {
    const dir = writeTree({ 'a.carbon.yml': manifest('with'), 'b.carbon.yml': manifest('without', 'embodied:\n  datacenter: false\n') })
    const run = await runCli(['report', dir, '--format', 'json'])
    const e = new Map((JSON.parse(run.stdout) as { experiments: { name: string; embodied: { hardwareKgCO2e: number; datacenterKgCO2e: number } }[] }).experiments.map((x) => [x.name, x]))
    expect(e.get('with')!.embodied.datacenterKgCO2e).toBeGreaterThan(0)
    expect(e.get('without')!.embodied.datacenterKgCO2e).toBe(0)
    expect(e.get('without')!.embodied.hardwareKgCO2e).toBe(e.get('with')!.embodied.hardwareKgCO2e)
  })

  it('takes power and embodied from the manifest for device: custom, and requires both', async () => {
    const custom = (extra: string) => `name: fpga\nphase: inference\nduration: 10 h\nhardware:\n  - device: custom\n    count: 2\n${extra}grid:\n  intensity: 100 gCO2e/kWh\npue: 1.5\nembodied:\n  datacenter: false\n  lifetime: 4 y\n  active-share: 100 %\n`
    const ok = await runCli(['report', writeTree({ 'a.carbon.yml': custom('    power: 75 W\n    embodied: 40 kgCO2e\n') }), '--format', 'json'])
    const e = (JSON.parse(ok.stdout) as { experiments: { energyKWh: number; operational: { locationKgCO2e: number }; embodied: { hardwareKgCO2e: number } }[] }).experiments[0]!
    expect(e.energyKWh).toBeCloseTo(2 * 0.075 * 10 * 1.5, 12)
    expect(e.operational.locationKgCO2e).toBeCloseTo(2.25 * 0.1, 12)
    expect(e.embodied.hardwareKgCO2e).toBeCloseTo((2 * 40 * 10) / (4 * 8760), 12)
    const bad = await runCli(['report', writeTree({ 'a.carbon.yml': custom('    power: 75 W\n') })])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('device: custom needs both power')
  })

  it('never follows a symlinked manifest out of the repository', async () => {
    const outside = writeTree({ 'secret.carbon.yml': manifest('outside') })
    const dir = writeTree({ 'a.carbon.yml': manifest('inside') })
    symlinkSync(join(outside, 'secret.carbon.yml'), join(dir, 'link.carbon.yml'))
    const run = await runCli(['report', dir, '--format', 'json'])
    expect(run.code).toBe(0)
    expect((JSON.parse(run.stdout) as { experiments: { name: string }[] }).experiments.map((e) => e.name)).toEqual(['inside'])
  })

  it('refuses a manifest whose file name hides a control character instead of skipping it', async () => {
    const dir = writeTree({ 'a.carbon.yml': manifest('seen'), 'hidden\n.carbon.yml': manifest('hidden') })
    const run = await runCli(['report', dir])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('"hidden\\n.carbon.yml" has control characters')
  })

  it('points a missing log or series at the manifest line that names it', async () => {
    const dir = writeTree({ 'exp/a.carbon.yml': manifest('one', 'logs:\n  - path: ../runs/missing.csv\n') + '' })
    const run = await runCli(['report', dir])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('exp/a.carbon.yml:10:11: error: logs.0.path: log file runs/missing.csv')
    const withSeries = writeTree({ 'a.carbon.yml': manifest('one').replace('  country: FRA\n', '  country: FRA\n  series: grid/none.csv\n') })
    const s = await runCli(['report', withSeries])
    expect(s.stderr).toMatch(/^a\.carbon\.yml:9:11: error: grid\.series: grid series grid\/none\.csv does not exist/m)
  })

  it('answers usage errors with exit 2 and the usage text', async () => {
    for (const argv of [['report', '--format', 'xml'], ['frobnicate'], ['report', '--bogus'], ['check', '.']]) {
      const run = await runCli(argv)
      expect(run.code, argv.join(' ')).toBe(2)
      expect(run.stderr).toContain('Usage:')
    }
  })
})
