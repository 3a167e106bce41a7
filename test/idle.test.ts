/**
 * Idle and reserved capacity: busy and idle draw, idle energy reported apart, datacenter
 * construction from rated power, and the power capacity held per phase.
 */
import { describe, expect, it } from 'vitest'
import { assessExperiment } from '../src/core/assess.js'
import { DEFAULT_CONFIG } from '../src/core/config.js'
import type { ExperimentResult } from '../src/core/model.js'
import { buildReport } from '../src/core/report.js'
import { readManifest } from '../src/ingest/manifest.js'

function assess(text: string): ExperimentResult {
  const read = readManifest(text, 'a.carbon.yml', {})
  expect(read.problems.map((p) => p.message)).toEqual([])
  return assessExperiment(read.experiment!, { config: DEFAULT_CONFIG })
}
const problemsOf = (text: string) => readManifest(text, 'a.carbon.yml', {}).problems.map((p) => `${p.field}: ${p.message}`)

const manifest = (extra: string, line = '') => `name: serve
phase: inference
duration: 100 h
hardware:
  - device: nvidia-a100-sxm4-80gb
    count: 8
${line}pue: 1.2
grid: { intensity: 300 gCO2e/kWh }
embodied: { datacenter: false }
${extra}`

describe('utilisation and idle power', () => {
  it("draws the catalog power while busy and CCF's idle share (0.113 of TDP) while idle, and reports the idle part apart", () => {
    const r = assess(manifest('utilisation: 60 %\n'))
    const busyKWh = 8 * 100 * 0.6 * 0.4
    const idleKWh = 8 * 100 * 0.4 * (0.113 * 400) / 1000
    expect(r.itEnergyKWh).toBeCloseTo(busyKWh + idleKWh, 9)
    expect(r.idle!.energyKWh).toBeCloseTo(idleKWh * 1.2, 9)
    expect(r.idle!.kgCO2e.central).toBeCloseTo(idleKWh * 1.2 * 0.3, 9)
    expect(r.idle!.utilisation).toBe(0.6)
    expect(r.coefficients.map((c) => c.id)).toContain('idle-power:nvidia-a100-sxm4-80gb')
    // The catalog's idle range reaches a quarter of the TDP at its high end.
    expect(r.idle!.kgCO2e.high).toBeGreaterThan(r.idle!.kgCO2e.central * 2)
  })

  it('reads busy-hours over reserved-hours as the utilisation, and takes a line\'s own idle-power', () => {
    const ratio = assess(manifest('busy-hours: 300 h\nreserved-hours: 500 h\n', '    idle-power: 60 W\n'))
    const share = assess(manifest('utilisation: 60 %\n', '    idle-power: 60 W\n'))
    expect(ratio.energyKWh).toBeCloseTo(share.energyKWh, 12)
    expect(share.idle!.energyKWh).toBeCloseTo(8 * 100 * 0.4 * 0.06 * 1.2, 12)
    expect(share.idle!.kgCO2e.low).toBe(share.idle!.kgCO2e.high)
  })

  it('takes a known idle energy as it is, and prices it like the rest', () => {
    const r = assess(manifest('idle-energy: 2 MWh\n'))
    expect(r.idle!.energyKWh).toBeCloseTo(2000 * 1.2, 9)
    expect(r.itEnergyKWh).toBeCloseTo(8 * 100 * 0.4 + 2000, 9)
    expect(r.idle!.kgCO2e.central).toBeCloseTo(2000 * 1.2 * 0.3, 9)
  })

  it('reports no idle part when the manifest says nothing of it', () => {
    expect(assess(manifest('')).idle).toBeUndefined()
  })

  it('refuses inconsistent or incomplete idle inputs with the field and a fix', () => {
    expect(problemsOf(manifest('busy-hours: 300 h\n'))).toEqual(['reserved-hours: busy-hours and reserved-hours go together; add reserved-hours (e.g. "reserved-hours: 720 h")'])
    expect(problemsOf(manifest('busy-hours: 600 h\nreserved-hours: 500 h\n'))[0]).toMatch(/busy-hours: busy-hours \(600 h\) exceed reserved-hours \(500 h\)/)
    expect(problemsOf(manifest('utilisation: 50 %\nbusy-hours: 1 h\nreserved-hours: 2 h\n'))[0]).toMatch(/not both/)
    const custom = manifest('utilisation: 50 %\n').replace('device: nvidia-a100-sxm4-80gb', 'device: custom\n    power: 300 W\n    embodied: 100 kgCO2e')
    expect(problemsOf(custom)).toEqual(['hardware.0.idle-power: device: custom with idle time needs idle-power (e.g. "60 W"): the catalog has no idle figure for it'])
  })
})

describe('rated power and capacity', () => {
  const built = (line: string) => assess(manifest('', line).replace('embodied: { datacenter: false }', 'embodied: { datacenter: true }'))

  it('sizes datacenter construction by the rated power (TDP), not by the average draw a manifest gives', () => {
    const average = built('    power: 250 W\n')
    const tdp = built('')
    expect(average.embodied.datacenterKgCO2e.central).toBeCloseTo(tdp.embodied.datacenterKgCO2e.central, 12)
    // 8 x 0.4 kW x 100 h x 1,300 kgCO2e/kW / (25 x 8,760 h)
    expect(tdp.embodied.datacenterKgCO2e.central).toBeCloseTo((8 * 0.4 * 100 * 1300) / (25 * 8760), 9)
    const rated = built('    rated-power: 500 W\n')
    expect(rated.embodied.datacenterKgCO2e.central).toBeCloseTo(tdp.embodied.datacenterKgCO2e.central * 500 / 400, 9)
  })

  it('gives the rated kW held at once per experiment and sums it per phase', () => {
    const a = built('')
    expect(a.capacityKW).toBeCloseTo(3.2, 12)
    const b = assess(`name: eval
phase: inference
duration: 10 h
hardware:
  - device: nvidia-l4
    device-hours: 50 h
`)
    expect(b.capacityKW).toBeCloseTo(5 * 0.072, 12)
    const report = buildReport([a, b], DEFAULT_CONFIG, [])
    expect(report.phases.inference.capacityKW).toBeCloseTo(3.2 + 0.36, 12)
    expect(report.phases.training.capacityKW).toBe(0)
  })
})

describe('why it changed', () => {
  it('attributes a change of utilisation and of idle power to those inputs, the terms summing to the delta', async () => {
    const { attributeChange } = await import('../src/compare/attribute.js')
    const base = assess(manifest('utilisation: 80 %\n'))
    const head = assess(manifest('utilisation: 50 %\n', '    idle-power: 60 W\n'))
    const side = { config: DEFAULT_CONFIG }
    const terms = attributeChange(base, head, { base: side, head: side })
    expect(terms.map((t) => t.input)).toEqual(['hardware.0.idle-power', 'utilisation'])
    expect(terms.reduce((s, t) => s + t.deltaKgCO2e, 0)).toBeCloseTo(head.totalKgCO2e.central - base.totalKgCO2e.central, 9)
  })
})
