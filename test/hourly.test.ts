import { describe, expect, it } from 'vitest'
import { assessExperiment } from '../src/core/assess.js'
import { DEFAULT_CONFIG } from '../src/core/config.js'
import { greenestWindow, hourlyOperational } from '../src/core/hourly.js'
import type { GridSeries, SeriesHour } from '../src/core/model.js'
import { readGridSeries } from '../src/ingest/grid-series.js'
import { readManifest } from '../src/ingest/manifest.js'
import { folderSource, memorySource } from './fixtures/logs/fixture-source.js'

const H = (h: number): number => Date.UTC(2025, 2, 14, h)
const series = (hours: [number, SeriesHour][]): GridSeries => ({ file: 's.csv', description: 'test', hours: new Map(hours.map(([h, v]) => [H(h), v])) })

describe('hourlyOperational', () => {
  // 2 kWh at 00:00 and 1 kWh at 01:00, priced as logged (the PUE is applied by assess).
  // Average:  2 × 0.300 + 1 × 0.100 = 0.700 kg
  // Marginal: 2 × 0.600 + 1 × 0.500 = 1.700 kg
  // The annual average (0.250) would give 3 × 0.250 = 0.750 kg: hourly timing moves it.
  const grid = series([[0, { averageKgPerKWh: 0.3, marginalKgPerKWh: 0.6 }], [1, { averageKgPerKWh: 0.1, marginalKgPerKWh: 0.5 }]])
  const hourlyKWh = new Map([[H(0), 2], [H(1), 1]])

  it('prices each hour at its own average and marginal intensity (worked by hand)', () => {
    const r = hourlyOperational({ hourlyKWh, series: grid, annualAverageKgPerKWh: 0.25 })
    expect(r.averageKgCO2e).toBeCloseTo(0.7, 12)
    expect(r.marginalKgCO2e).toBeCloseTo(1.7, 12)
    expect(r.uncoveredHours).toBe(0)
  })

  it('applies the manifest PUE to logged IT energy, and no PUE again to facility energy (CodeCarbon)', () => {
    const exp = readManifest('name: x\nphase: training\nhardware:\n  - device: nvidia-a100-sxm4-80gb\n    count: 1\npue: 1.5\ngrid: { zone: FR, series: s.csv }\nlogs:\n  - path: log.csv\n', 'x.carbon.yml', {}).experiment!
    const measured = (facilityIncluded: boolean) => ({
      energyKWh: 3, facilityIncluded, hourlyKWh, startMs: H(0), endMs: H(2), samples: 10, devices: 1, duplicates: 0, outOfOrder: 0, gaps: [], files: ['log.csv'], warnings: [],
    })
    const location = (facilityIncluded: boolean) => assessExperiment(exp, { config: DEFAULT_CONFIG, measured: measured(facilityIncluded), series: grid }).operational.locationKgCO2e.central
    expect(location(false)).toBeCloseTo(1.5 * 0.7, 12)
    expect(location(true)).toBeCloseTo(0.7, 12)
  })

  it('flags and returns the hours the series lacks instead of guessing them', () => {
    const withLate = new Map([...hourlyKWh, [H(5), 4]])
    const r = hourlyOperational({ hourlyKWh: withLate, series: grid, annualAverageKgPerKWh: 0.25 })
    expect(r.uncoveredHours).toBe(1)
    expect(r.uncoveredKWh).toBe(4)
    expect(r.averageKgCO2e).toBeCloseTo(0.7, 12)
  })

  it('with a marginal-only series, the average is the annual one and no hour is uncovered', () => {
    const marginalOnly = series([[0, { marginalKgPerKWh: 0.6 }], [1, { marginalKgPerKWh: 0.5 }]])
    const r = hourlyOperational({ hourlyKWh, series: marginalOnly, annualAverageKgPerKWh: 0.25 })
    expect(r.averageFromSeries).toBe(false)
    expect(r.averageKgCO2e).toBeCloseTo(3 * 0.25, 12)
    expect(r.marginalKgCO2e).toBeCloseTo(1.7, 12)
  })
})

describe('greenestWindow', () => {
  // Intensities by hour 0..5; a 2-hour job using 2 kWh then 1 kWh.
  const avg = [0.3, 0.1, 0.2, 0.05, 0.4, 0.4]
  const grid = series(avg.map((a, h) => [h, { averageKgPerKWh: a }] as [number, SeriesHour]))
  const profile = new Map([[H(0), 2], [H(1), 1]])

  it('finds the start hour with the least emissions for the same profile, and the saving', () => {
    const costs = avg.slice(0, -1).map((a, h) => 2 * a + 1 * avg[h + 1]!)
    const best = costs.indexOf(Math.min(...costs))
    const w = greenestWindow(profile, grid, 'average')!
    expect(w.startMs).toBe(H(best))
    expect(w.kgCO2e).toBeCloseTo(costs[best]!, 12)
    expect(w.savingKgCO2e).toBeCloseTo(costs[0]! - costs[best]!, 12)
    expect(w.basis).toBe('average')
  })

  it('keeps the actual start when nothing is greener, and is undefined without the basis', () => {
    const flat = series([0, 1, 2].map((h) => [h, { averageKgPerKWh: 0.2 }] as [number, SeriesHour]))
    expect(greenestWindow(profile, flat, 'average')).toMatchObject({ startMs: H(0), savingKgCO2e: 0 })
    expect(greenestWindow(profile, flat, 'marginal')).toBeUndefined()
  })
})

describe('readGridSeries', () => {
  const src = folderSource()
  const read = (path: string) => readGridSeries(path, src, { maxLogBytes: 1_000_000 })

  it('reads both Electricity Maps header versions the same, life-cycle values in kg/kWh', async () => {
    const old = await read('series/em-de-2024-old-header.csv')
    const neu = await read('series/em-de-2024-new-header.csv')
    expect(old.problems).toEqual([])
    expect([...old.series!.hours]).toEqual([...neu.series!.hours])
    // The direct column is kept beside the life-cycle one: it splits Scope 2 from its upstream.
    expect(old.series!.hours.get(Date.UTC(2024, 5, 3, 13))).toEqual({ averageKgPerKWh: expect.closeTo(0.22987, 12), directKgPerKWh: expect.closeTo(0.16142, 12) })
    expect(neu.series!.description).toBe('series/em-de-2024-new-header.csv: Electricity Maps, DE, life-cycle (2 h, 2024-06-03T13Z to 2024-06-03T14Z)')
  })

  it('reads WattTime MOER (lbs/MWh, 5-minute points) as hourly marginal g/kWh × 0.45359237', async () => {
    const { series: s } = await read('series/watttime-caiso-north.json')
    const mean = (870.2 + 866.9 + 861.4) / 3
    expect(s!.hours.get(Date.UTC(2025, 2, 14, 9))!.marginalKgPerKWh).toBeCloseTo((mean * 0.45359237) / 1000, 12)
    expect(s!.hours.get(Date.UTC(2025, 2, 14, 10))!.marginalKgPerKWh).toBeCloseTo((402 * 0.45359237) / 1000, 12)
    expect(s!.description).toMatch(/WattTime CAISO_NORTH, marginal/)
  })

  it('reads timestamp,average,marginal in g/kWh by default and in the unit a header names', async () => {
    const g = await read('series/plain-g.csv')
    const kg = await read('series/plain-kg.csv')
    expect(g.series!.hours.get(H(1))).toEqual({ averageKgPerKWh: expect.closeTo(0.1, 12), marginalKgPerKWh: expect.closeTo(0.5, 12) })
    expect(kg.series!.hours.get(H(1))).toEqual({ averageKgPerKWh: 0.1, marginalKgPerKWh: 0.5 })
    expect(kg.series!.hours.get(H(2))).toEqual({ averageKgPerKWh: 0.2 })
  })

  it('gives the line of a bad value and refuses an unknown unit', async () => {
    const bad = memorySource({ 'a.csv': 'timestamp,average\n2025-03-14T00:00Z,300\n2025-03-14T01:00Z,n/a\n', 'b.csv': 'timestamp,average [gCO2/MJ]\n2025-03-14T00:00Z,3\n' })
    const a = await readGridSeries('a.csv', bad, { maxLogBytes: 1000 })
    expect(a.problems[0]).toMatchObject({ code: 'series-value', pos: { file: 'a.csv', line: 3, col: 2 } })
    const b = await readGridSeries('b.csv', bad, { maxLogBytes: 1000 })
    expect(b.problems[0]!.message).toMatch(/unknown unit/)
  })
})
