/**
 * Inference per request: requests (total or per day) with energy per request, throughput per device
 * (requests or tokens per second) and utilisation, or logs over a known request count; SCI per request.
 */
import { describe, expect, it } from 'vitest'
import { assessExperiment } from '../src/core/assess.js'
import { DEFAULT_CONFIG } from '../src/core/config.js'
import type { ExperimentResult, MeasuredEnergy } from '../src/core/model.js'
import { readManifest } from '../src/ingest/manifest.js'

const H = (h: number) => Date.UTC(2026, 0, 1, h)
const read = (text: string) => readManifest(text, 'serve.carbon.yml', {})
function assess(text: string, measured?: MeasuredEnergy): ExperimentResult {
  const r = read(text)
  expect(r.problems.map((p) => p.message)).toEqual([])
  return assessExperiment(r.experiment!, { config: DEFAULT_CONFIG, ...(measured ? { measured } : {}) })
}
const manifest = (inference: string, extra = '') => `name: serve
phase: inference
duration: 30 d
hardware:
  - device: nvidia-h100-sxm5-80gb
    count: 8
    power: 700 W
    embodied: 150 kgCO2e
pue: 1.2
grid: { intensity: 400 gCO2e/kWh }
embodied: { lifetime: 4 y, datacenter: false, transport: false, end-of-life: false }
${extra}inference:
${inference}`

describe('inference per request', () => {
  it('takes the energy of each request in place of the accelerators\' modelled energy, and gives SCI per request', () => {
    const r = assess(manifest('  requests: 60,000,000\n  energy-per-request: 0.3 Wh\n'))
    const itKWh = 60e6 * 0.3e-3
    expect(r.itEnergyKWh).toBeCloseTo(itKWh, 6)
    const embodied = (8 * 720 * 150) / 35_040
    expect(r.embodiedKgCO2e.central).toBeCloseTo(embodied, 9)
    const perRequest = (itKWh * 1.2 * 0.4 + embodied) / 60e6
    expect(r.inference!.kgCO2ePerRequest.central).toBeCloseTo(perRequest, 15)
    expect(r.inference!.itEnergyPerRequestKWh).toBeCloseTo(0.3e-3, 15)
    expect(r.sci!.unit).toBe('request')
    expect(r.sci!.kgCO2ePerUnit.central).toBeCloseTo(perRequest, 15)
  })

  it('counts requests per day over the duration', () => {
    const daily = assess(manifest('  requests-per-day: 2,000,000\n  energy-per-request: 0.3 Wh\n'))
    expect(daily.inference!.requests).toBeCloseTo(60e6, 6)
  })

  it('sizes the accelerators from throughput and utilisation: busy hours for the requests, the rest idle', () => {
    const r = assess(manifest('  requests: 60,000,000\n  requests-per-second: 50\n', 'utilisation: 40 %\n'))
    const busyH = 60e6 / (50 * 3600)
    const reservedH = busyH / 0.4
    const idleW = 0.113 * 700
    expect(r.deviceHours).toBeCloseTo(reservedH, 9)
    expect(r.itEnergyKWh).toBeCloseTo((busyH * 700 + (reservedH - busyH) * idleW) / 1000, 9)
    expect(r.idle!.energyKWh).toBeCloseTo(((reservedH - busyH) * idleW * 1.2) / 1000, 9)
    // Held over 30 days, that is reservedH / 720 devices at once.
    expect(r.capacityKW).toBeCloseTo((reservedH / 720) * 0.7, 9)
    const tokens = assess(manifest('  requests: 60,000,000\n  tokens-per-second: 20,000\n  tokens-per-request: 400\n', 'utilisation: 40 %\n'))
    expect(tokens.energyKWh).toBeCloseTo(r.energyKWh, 9)
  })

  it('divides logged energy over the requests when the experiment has logs', () => {
    const measured: MeasuredEnergy = {
      energyKWh: 120, facilityIncluded: false, hourlyKWh: new Map([[H(0), 120]]), startMs: H(0), endMs: H(1),
      samples: 100, devices: 8, duplicates: 0, outOfOrder: 0, gaps: [], files: ['runs/serve.csv'], warnings: [],
    }
    const r = assess(manifest('  requests: 400,000\n', 'logs:\n  - path: runs/serve.csv\n'), measured)
    expect(r.inference!.itEnergyPerRequestKWh).toBeCloseTo(120 / 400_000, 15)
  })

  it('refuses an incomplete or contradictory block, naming the field', () => {
    const problems = (inference: string, extra = '') => read(manifest(inference, extra)).problems.map((p) => `${p.field}: ${p.message}`)
    expect(problems('  requests: 10\n')[0]).toMatch(/^inference\.requests: say how the requests use energy/)
    expect(problems('  requests: 10\n  requests-per-day: 5\n  energy-per-request: 1 Wh\n')[0]).toMatch(/^inference\.requests: give requests .* or requests-per-day/)
    expect(problems('  requests: 10\n  energy-per-request: 1 Wh\n  requests-per-second: 3\n')[0]).toMatch(/^inference\.requests-per-second: give one of/)
    expect(problems('  requests: 10\n  tokens-per-second: 300\n')[0]).toMatch(/^inference\.tokens-per-second: tokens-per-second needs tokens-per-request/)
    expect(problems('  requests: 10\n  energy-per-request: 0.3\n')[0]).toMatch(/bare number 0\.3 has no unit/)
    expect(problems('  requests: 10\n  energy-per-request: 1 Wh\n', 'logs:\n  - path: a.csv\n')[0]).toMatch(/^inference\.energy-per-request: the logs measure/)
  })
})
