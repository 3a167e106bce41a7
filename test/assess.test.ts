import { describe, expect, it } from 'vitest'
import { assessExperiment } from '../src/core/assess.js'
import { DEFAULT_CONFIG } from '../src/core/config.js'
import { DEFAULT_HARDWARE_LIFETIME, DEFAULT_PUE, findGrid } from '../src/core/data/index.js'
import type { Experiment, GridSeries, MeasuredEnergy } from '../src/core/model.js'

const H = (h: number) => Date.UTC(2026, 0, 1, h)

const base: Experiment = {
  name: 'e', phase: 'training', file: 'e.carbon.yml', durationH: 10,
  hardware: [{ device: 'custom', count: 4, powerW: 500, embodiedKgCO2e: 100 }],
  pue: 1.2, grid: { kind: 'intensity', kgPerKWh: 0.4 }, lifetimeH: 4 * 8760, activeShare: 0.5, datacenter: false,
  logs: [], defaultsUsed: [], positions: {},
}

const measured = (hourly: [number, number][]): MeasuredEnergy => ({
  energyKWh: hourly.reduce((s, [, k]) => s + k, 0), facilityIncluded: false, hourlyKWh: new Map(hourly.map(([h, k]) => [H(h), k])),
  startMs: H(hourly[0]![0]), endMs: H(hourly[hourly.length - 1]![0] + 1), samples: 10, devices: 1, duplicates: 0, outOfOrder: 0, gaps: [], files: ['log.csv'], warnings: [],
})
const series = (hours: [number, number, number?][]): GridSeries => ({
  file: 's.csv', description: 's', hours: new Map(hours.map(([h, a, m]) => [H(h), { averageKgPerKWh: a, ...(m !== undefined ? { marginalKgPerKWh: m } : {}) }])),
})

describe('assessExperiment', () => {
  it('computes modelled energy, operational, market by carbon-free share, embodied, scopes and SCI from the inputs', () => {
    const r = assessExperiment({ ...base, market: { kind: 'carbon-free-share', share: 0.25 }, functionalUnit: { name: 'run', count: 2 } }, { config: DEFAULT_CONFIG })
    const itKWh = 4 * 0.5 * 10
    expect(r.itEnergyKWh).toBeCloseTo(itKWh, 12)
    expect(r.energyKWh).toBeCloseTo(itKWh * 1.2, 12)
    expect(r.operational.locationKgCO2e.central).toBeCloseTo(itKWh * 1.2 * 0.4, 12)
    expect(r.operational.marketKgCO2e.central).toBeCloseTo(itKWh * 1.2 * 0.4 * 0.75, 12)
    const embodied = (4 * 100 * 10) / (4 * 8760 * 0.5)
    expect(r.embodied.hardwareKgCO2e.central).toBeCloseTo(embodied, 12)
    // A custom device's transport and end of life: the HPE server PCFs' median shares of manufacturing (5.06 %, 2.74 %).
    const withStages = embodied * (1 + 0.0506 + 0.0274)
    expect(r.scopes.scope3KgCO2e.central).toBeCloseTo(withStages, 12)
    expect(r.scopes.scope2MarketKgCO2e.central).toBeCloseTo(r.operational.marketKgCO2e.central, 12)
    // SCI uses the location figure even when a market instrument exists
    expect(r.sci!.kgCO2ePerUnit.central).toBeCloseTo((itKWh * 1.2 * 0.4 + withStages) / 2, 12)
  })

  it('uses the market figure as the headline only when the config asks for it', () => {
    const exp = { ...base, market: { kind: 'intensity' as const, kgPerKWh: 0.1 } }
    expect(assessExperiment(exp, { config: DEFAULT_CONFIG }).operationalKgCO2e.central).toBeCloseTo(24 * 0.4, 12)
    expect(assessExperiment(exp, { config: { ...DEFAULT_CONFIG, basis: 'market' } }).operationalKgCO2e.central).toBeCloseTo(24 * 0.1, 12)
  })

  it('carries catalog ranges: a catalog device gives low <= central <= high on every figure', () => {
    const r = assessExperiment({ ...base, hardware: [{ device: 'nvidia-h100-sxm5-80gb', count: 8 }], grid: { kind: 'country', country: 'USA' }, datacenter: true }, { config: DEFAULT_CONFIG })
    for (const x of [r.operationalKgCO2e, r.embodiedKgCO2e, r.totalKgCO2e, r.embodied.datacenterKgCO2e]) {
      expect(x.low).toBeLessThan(x.central)
      expect(x.central).toBeLessThan(x.high)
    }
    expect(r.operational.marginalKgCO2e!.central).toBeCloseTo(r.energyKWh * findGrid('USA')!.marginalKgPerKWh!.central, 9)
  })

  it('prices measured energy hour by hour, with marginal from the series and uncovered hours at the annual average', () => {
    const m = measured([[0, 2], [1, 1], [5, 3]])
    const s = series([[0, 0.3, 0.6], [1, 0.1, 0.5]])
    const r = assessExperiment({ ...base, hardware: [{ device: 'custom', count: 1, powerW: 300, embodiedKgCO2e: 100 }] }, { config: DEFAULT_CONFIG, measured: m, series: s })
    expect(r.energySource).toBe('measured')
    expect(r.operational.locationMethod).toBe('hourly')
    expect(r.operational.uncoveredHours).toBe(1)
    // covered: 1.2 x (2x0.3 + 1x0.1); uncovered hour 5: 1.2 x 3 x 0.4 (annual)
    expect(r.operational.locationKgCO2e.central).toBeCloseTo(1.2 * 0.7 + 1.2 * 3 * 0.4, 12)
    // the manifest's grid is an explicit intensity with no operating margin: the uncovered hour
    // cannot be priced at a marginal rate, so the marginal total is unknown, not understated
    expect(r.operational.marginalKgCO2e).toBeUndefined()
    const covered = assessExperiment({ ...base, hardware: [{ device: 'custom', count: 1, powerW: 300, embodiedKgCO2e: 100 }] }, { config: DEFAULT_CONFIG, measured: measured([[0, 2], [1, 1]]), series: s })
    expect(covered.operational.marginalKgCO2e!.central).toBeCloseTo(1.2 * (2 * 0.6 + 1 * 0.5), 12)
    expect(covered.operational.marginalMethod).toBe('hourly')
    expect(covered.operational.greenestWindow).toMatchObject({ startMs: H(0) })
  })

  it('carries the range of a catalog PUE and lifetime into the results when they were defaulted', () => {
    const exp = { ...base, pue: DEFAULT_PUE.central, lifetimeH: DEFAULT_HARDWARE_LIFETIME.central, activeShare: 1, defaultCoefficients: { pue: DEFAULT_PUE, lifetimeH: DEFAULT_HARDWARE_LIFETIME } }
    const r = assessExperiment(exp, { config: DEFAULT_CONFIG })
    const itKWh = 4 * 0.5 * 10
    expect(r.operational.locationKgCO2e.low).toBeCloseTo(itKWh * DEFAULT_PUE.low * 0.4, 12)
    expect(r.operational.locationKgCO2e.high).toBeCloseTo(itKWh * DEFAULT_PUE.high * 0.4, 12)
    // a longer lifetime spreads the same embodied carbon thinner: the low end uses the high lifetime
    expect(r.embodied.hardwareKgCO2e.low).toBeCloseTo((4 * 100 * 10) / DEFAULT_HARDWARE_LIFETIME.high, 12)
    expect(r.embodied.hardwareKgCO2e.high).toBeCloseTo((4 * 100 * 10) / DEFAULT_HARDWARE_LIFETIME.low, 12)
    expect(r.coefficients.map((c) => c.id)).toEqual(expect.arrayContaining([DEFAULT_PUE.id, DEFAULT_HARDWARE_LIFETIME.id]))
    // given explicitly, the same figures are exact
    const { defaultCoefficients: _defaults, ...given_ } = exp
    const given = assessExperiment(given_, { config: DEFAULT_CONFIG })
    expect(given.operational.locationKgCO2e.low).toBe(given.operational.locationKgCO2e.high)
  })

  it('keeps a catalog PUE range on hourly figures too', () => {
    const m = measured([[0, 2], [1, 1]])
    const s = series([[0, 0.3, 0.6], [1, 0.1, 0.5]])
    const exp = { ...base, hardware: [{ device: 'custom', count: 1, powerW: 300, embodiedKgCO2e: 100 }], pue: DEFAULT_PUE.central, defaultCoefficients: { pue: DEFAULT_PUE } }
    const r = assessExperiment(exp, { config: DEFAULT_CONFIG, measured: m, series: s })
    expect(r.operational.locationKgCO2e.low).toBeCloseTo(DEFAULT_PUE.low * 0.7, 12)
    expect(r.operational.locationKgCO2e.central).toBeCloseTo(DEFAULT_PUE.central * 0.7, 12)
    expect(r.operational.locationKgCO2e.high).toBeCloseTo(DEFAULT_PUE.high * 0.7, 12)
    expect(r.operational.marginalKgCO2e!.high).toBeCloseTo(DEFAULT_PUE.high * (2 * 0.6 + 0.5), 12)
  })
})
