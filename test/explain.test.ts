import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from './support/cli.js'

const EXAMPLES = join(new URL('..', import.meta.url).pathname, 'examples')
type Json = Record<string, unknown>
const at = (o: unknown, path: string): unknown => path.split('.').reduce<unknown>((v, k) => (v as Json | undefined)?.[k], o)
interface Explained { name: string; steps: { label: string; value: number; figure?: string }[]; figures: Json; coefficients: { id: string }[] }

describe('carbon-budget explain', async () => {
  const report = JSON.parse((await runCli(['report', EXAMPLES, '--format', 'json'])).stdout) as { experiments: (Json & { name: string })[] }
  expect(report.experiments.length).toBeGreaterThanOrEqual(5)

  it.each(report.experiments.map((e) => e.name))('%s: every step that names a report figure equals it exactly', async (name) => {
    const run = await runCli(['explain', name, EXAMPLES, '--format', 'json'])
    expect(run.stderr).toBe('')
    const e = JSON.parse(run.stdout) as Explained
    const fromReport = report.experiments.find((x) => x.name === name)!
    expect(e.figures).toEqual(fromReport)
    const named = e.steps.filter((s) => s.figure)
    for (const f of ['deviceHours', 'itEnergyKWh', 'energyKWh', 'embodied.hardwareKgCO2e', 'embodied.datacenterKgCO2e', 'operationalKgCO2e', 'embodiedKgCO2e', 'totalKgCO2e']) expect(named.map((s) => s.figure)).toContain(f)
    for (const s of named) expect(s.value, `${s.label} (${s.figure})`).toBe(at(fromReport, s.figure!))
    expect(e.coefficients.length).toBeGreaterThan(0)
  })

  it('prints the derivation for people, one line per step', async () => {
    const run = await runCli(['explain', 'pretrain-1.3b', EXAMPLES])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^pretrain-1\.3b: experiments\/pretrain\.carbon\.yml:\d+\n\nInputs\n/)
    for (const label of ['device-hours', 'IT energy', 'facility energy', 'grid intensity', 'location-based', 'embodied, hardware', 'embodied, datacenter', 'total']) expect(run.stdout).toMatch(new RegExp(`\\n  ${label} +[\\d.e+-]+ `))
    expect(run.stdout).toContain('Coefficients (central, low to high, source)')
  })

  it('names the nearest experiment when the name is wrong', async () => {
    const run = await runCli(['explain', 'pretrain-1.3', EXAMPLES])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('no experiment named "pretrain-1.3"; did you mean pretrain-1.3b?')
    expect((await runCli(['explain'])).stderr).toContain('explain needs the NAME of an experiment')
  })
})
