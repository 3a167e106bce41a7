import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { measureEnergy } from '../src/ingest/measure.js'
import { FIXTURES, folderSource, J_PER_KWH, logSpec, memorySource } from './fixtures/logs/fixture-source.js'

const opts = { maxLogBytes: 10_000_000, manifestFile: 'exp.carbon.yml' }
const DIR = 'logs/prometheus/'
const text = (file: string): string => readFileSync(`${FIXTURES}${DIR}${file}`, 'utf8')

/**
 * The counter's energy per GPU, J, computed apart from the reader: each UUID's counter values in
 * file order, summed increases, a drop counted from zero (Prometheus' increase()).
 */
function counterJ(file: string): number {
  const values = new Map<string, number[]>()
  for (const m of text(file).matchAll(/^DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION\{[^}]*UUID="([^"]+)"[^}]*\} (\d+)/gm)) {
    values.set(m[1]!, [...(values.get(m[1]!) ?? []), Number(m[2])])
  }
  let mJ = 0
  for (const v of values.values()) for (let i = 1; i < v.length; i++) mJ += v[i]! >= v[i - 1]! ? v[i]! - v[i - 1]! : v[i]!
  return mJ / 1000
}

describe('DCGM exporter text scrapes', () => {
  it('takes energy from the counter difference per GPU, with a reset, over integrating power, and says so', async () => {
    const { measured, problems } = await measureEnergy([logSpec(`${DIR}dcgm-scrapes-ts.prom`)], folderSource(), opts)
    expect(problems).toEqual([])
    expect(measured!.energyKWh * J_PER_KWH).toBeCloseTo(counterJ('dcgm-scrapes-ts.prom'), 6)
    expect(measured!.startMs).toBe(1741944413000)
    expect(measured!.endMs).toBe(1741944413000 + 4 * 15000)
    expect(measured!.devices).toBe(2)
    expect(measured!.notes).toEqual([expect.stringMatching(/energy of 2 GPUs from the energy counter \(DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION, mJ\), not from integrating power/)])
    expect(measured!.warnings.map((w) => w.message).join()).toMatch(/counter reset 1 time/)
  })

  it('places scrapes without timestamps from logs[].start and interval, and asks for them otherwise', async () => {
    const startMs = Date.UTC(2025, 2, 14, 9, 26, 53)
    const placed = await measureEnergy([logSpec(`${DIR}dcgm-scrapes.prom`, { startMs, intervalS: 15 })], folderSource(), opts)
    expect(placed.problems).toEqual([])
    expect(placed.measured!.energyKWh * J_PER_KWH).toBeCloseTo(counterJ('dcgm-scrapes.prom'), 6)
    expect(placed.measured!.endMs).toBe(startMs + 4 * 15000)
    const unplaced = await measureEnergy([logSpec(`${DIR}dcgm-scrapes.prom`)], folderSource(), opts)
    expect(unplaced.problems[0]!.message).toMatch(/no timestamps.*give logs\[\]\.start .* and logs\[\]\.interval/)
  })

  it('refuses one scrape: one instant cannot give energy', async () => {
    const { measured, problems } = await measureEnergy([logSpec(`${DIR}dcgm-one-scrape.prom`, { startMs: Date.UTC(2025, 2, 14), intervalS: 15 })], folderSource(), opts)
    expect(measured).toBeUndefined()
    expect(problems[0]!.message).toMatch(/one reading per GPU \(one scrape, one instant\): energy is the difference between two readings/)
  })

  it('integrates the power gauge of GPUs without a counter, and says so', async () => {
    const powerOnly = text('dcgm-scrapes-ts.prom').split('\n').filter((l) => !l.includes('TOTAL_ENERGY')).join('\n')
    const { measured, problems } = await measureEnergy([logSpec('p.prom', { format: 'prometheus' })], memorySource({ 'p.prom': powerOnly }), opts)
    expect(problems).toEqual([])
    const trapezoidJ = (w: number[]): number => w.slice(1).reduce((s, x, i) => s + ((x + w[i]!) / 2) * 15, 0)
    expect(measured!.energyKWh * J_PER_KWH).toBeCloseTo(trapezoidJ([401.5, 409.692, 398.25, 412, 405.75]) + trapezoidJ([301, 299.5, 310.25, 305, 300]), 6)
    expect(measured!.notes![0]).toMatch(/energy of 2 GPUs from integrating DCGM_FI_DEV_POWER_USAGE/)
  })

  it('is detected from its first lines', async () => {
    const { measured } = await measureEnergy([logSpec(`${DIR}dcgm-scrapes-ts.prom`, { format: 'prometheus' })], folderSource(), opts)
    const detected = await measureEnergy([logSpec(`${DIR}dcgm-scrapes-ts.prom`)], folderSource(), opts)
    expect(detected.measured!.energyKWh).toBe(measured!.energyKWh)
  })

  it('refuses a query_range of one instant', async () => {
    const json = '{"status":"success","data":{"resultType":"matrix","result":[{"metric":{"__name__":"DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION","UUID":"GPU-1"},"values":[[1741944413,"912000000"]]}]}}'
    const { problems } = await measureEnergy([logSpec('q.json')], memorySource({ 'q.json': json }), opts)
    expect(problems[0]!.message).toMatch(/one instant/)
  })
})
