/**
 * Marginal figures that say which margin they are, a zone's own annual marginal, modelled runs
 * priced hour by hour, the greenest start by the marginal; market-based figures per the GHG
 * Protocol Scope 2 guidance (residual mix, labelled fallback, offsets refused).
 */
import { describe, expect, it } from 'vitest'
import { assessExperiment } from '../src/core/assess.js'
import { DEFAULT_CONFIG } from '../src/core/config.js'
import type { Experiment, ExperimentResult, GridSeries } from '../src/core/model.js'
import { readConfig } from '../src/ingest/config.js'
import { readManifest } from '../src/ingest/manifest.js'

const H = (h: number) => Date.UTC(2026, 0, 1, h)
function experiment(text: string, defaults = {}): Experiment {
  const r = readManifest(text, 'a.carbon.yml', defaults)
  expect(r.problems.map((p) => p.message)).toEqual([])
  return r.experiment!
}
const assess = (text: string, series?: GridSeries): ExperimentResult => assessExperiment(experiment(text), { config: DEFAULT_CONFIG, ...(series ? { series } : {}) })
const problems = (text: string) => readManifest(text, 'a.carbon.yml', {}).problems.map((p) => `${p.field}: ${p.message}`)

const base = (grid: string, extra = '') => `name: a
phase: training
duration: 10 h
hardware:
  - device: custom
    count: 10
    power: 500 W
    embodied: 100 kgCO2e
pue: 1.2
grid: ${grid}
${extra}`
const facilityKWh = 10 * 0.5 * 10 * 1.2

describe('marginal', () => {
  it("names the margin: a country's national operating margin, applied to every zone of it, or the grid's own annual marginal", () => {
    expect(assess(base('{ country: USA }')).operational.marginalSource).toMatch(/^national operating margin of USA \(unfccc-ifi-2021 2021\)$/)
    expect(assess(base('{ region: aws/us-west-1 }')).operational.marginalSource).toMatch(/national operating margin of USA .*for every zone of that country/)
    const own = assess(base('{ zone: US-CAL-CISO, marginal-intensity: 250 gCO2e/kWh }'))
    expect(own.operational.marginalKgCO2e!.central).toBeCloseTo(facilityKWh * 0.25, 12)
    expect(own.operational.marginalSource).toMatch(/annual marginal 250 gCO2e\/kWh given for this grid/)
  })

  it("takes the config's annual marginal for a defaulted grid", () => {
    const { config, problems: p } = readConfig('defaults:\n  grid: { zone: US-MIDA-PJM, marginal-intensity: 700 gCO2e/kWh }\n')
    expect(p).toEqual([])
    const e = experiment(base('x').replace('grid: x\n', ''), config!.defaults)
    expect(e.marginalKgPerKWh).toBeCloseTo(0.7, 12)
  })

  it('prices a modelled run with start and end hour by hour on a committed series, its energy spread flat', () => {
    const series: GridSeries = { file: 'grid.csv', description: 'test', hours: new Map([[H(0), { averageKgPerKWh: 0.2, marginalKgPerKWh: 0.5 }], [H(1), { averageKgPerKWh: 0.4, marginalKgPerKWh: 0.7 }], [H(2), { averageKgPerKWh: 0.1, marginalKgPerKWh: 0.3 }]]) }
    const text = base('{ intensity: 300 gCO2e/kWh, series: grid.csv }').replace('duration: 10 h', 'start: 2026-01-01T00:30:00Z\nend: 2026-01-01T02:00:00Z')
    const r = assess(text, series)
    // 1.5 h at 5 kW x PUE 1.2: 3 kWh in the half hour 00:30-01:00, 6 kWh in hour 01.
    expect(r.operational.locationMethod).toBe('hourly')
    expect(r.operational.locationKgCO2e.central).toBeCloseTo(3 * 0.2 + 6 * 0.4, 12)
    expect(r.operational.marginalKgCO2e!.central).toBeCloseTo(3 * 0.5 + 6 * 0.7, 12)
    expect(r.operational.marginalSource).toMatch(/hourly marginal of the committed series/)
    // Ranked by the marginal: starting at 01:00 would put the second part in hour 02.
    expect(r.operational.greenestWindow!.basis).toBe('marginal')
    expect(r.operational.greenestWindow!.startMs).toBe(H(1))
    const noMarginal: GridSeries = { ...series, hours: new Map([...series.hours].map(([h, v]) => [h, { averageKgPerKWh: v.averageKgPerKWh! }])) }
    expect(assess(text, noMarginal).operational.greenestWindow!.basis).toBe('average')
  })
})

describe('market-based', () => {
  it('prices the uncovered share at the residual mix, and labels the location fallback', () => {
    const residual = assess(base('{ intensity: 300 gCO2e/kWh }', 'market: { carbon-free-energy: 60 %, residual-intensity: 500 gCO2e/kWh }\n'))
    expect(residual.operational.marketKgCO2e.central).toBeCloseTo(facilityKWh * 0.4 * 0.5, 12)
    expect(residual.operational.marketMethod).toMatch(/residual mix 500 gCO2e\/kWh/)
    const fallback = assess(base('{ intensity: 300 gCO2e/kWh }', 'market: { carbon-free-energy: 60 % }\n'))
    expect(fallback.operational.marketKgCO2e.central).toBeCloseTo(facilityKWh * 0.4 * 0.3, 12)
    expect(fallback.operational.marketMethod).toMatch(/location-based average \(fallback/)
    const residualOnly = assess(base('{ intensity: 300 gCO2e/kWh }', 'market: { residual-intensity: 450 gCO2e/kWh }\n'))
    expect(residualOnly.operational.marketKgCO2e.central).toBeCloseTo(facilityKWh * 0.45, 12)
    expect(assess(base('{ intensity: 300 gCO2e/kWh }')).operational.marketMethod).toMatch(/no market instruments given: the location-based average \(fallback\)/)
  })

  it('refuses offsets, and hourly matching without its supply, in market-based, saying why', () => {
    expect(problems(base('{ country: USA }', 'market: { carbon-free-energy: 50 %, offsets: 10 tCO2e }\n'))[0]).toMatch(/^market\.offsets: offsets are not a market-based instrument: the GHG Protocol Scope 2 guidance/)
    expect(problems(base('{ country: USA }', 'market: { carbon-free-energy: 50 %, matching: hourly }\n'))[0]).toMatch(/^market\.matching: matching: hourly needs supply: a file of your contracted carbon-free supply hour by hour/)
    expect(problems(base('{ country: USA }', 'market: { carbon-free-energy: 50 %, matching: annual }\n'))).toEqual([])
    expect(problems(base('{ country: USA }', 'market: { intensity: 80 gCO2e/kWh, residual-intensity: 400 gCO2e/kWh }\n'))[0]).toMatch(/give either intensity/)
  })
})
