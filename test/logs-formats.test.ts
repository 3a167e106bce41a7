import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { LogFormat } from '../src/core/model.js'
import { measureEnergy } from '../src/ingest/measure.js'
import { FIXTURES, folderSource, J_PER_KWH, logSpec, memorySource } from './fixtures/logs/fixture-source.js'

const opts = { maxLogBytes: 10_000_000, manifestFile: 'exp.carbon.yml' }
const measure = (specs: Parameters<typeof measureEnergy>[0], src = folderSource()) => measureEnergy(specs, src, opts)
const trapezoidJ = (points: readonly (readonly [number, number])[]): number =>
  points.slice(1).reduce((sum, [t, w], i) => sum + ((t - points[i]![0]) * (w + points[i]![1])) / 2, 0)

describe('nvidia-smi dmon', () => {
  it('reads -o DT date and time columns in the log timezone, "-" as missing, two GPUs', async () => {
    const { measured, problems } = await measure([logSpec('logs/dmon/dmon-o-DT-2gpu.txt', { timezone: 'America/New_York' })])
    expect(problems).toEqual([])
    // 2025-03-14 is after the US change to daylight time (March 9): EDT, UTC-4.
    expect(measured!.startMs).toBe(Date.UTC(2025, 2, 14, 13, 26, 53))
    expect(measured!.devices).toBe(2)
    expect(measured!.energyKWh * J_PER_KWH).toBeCloseTo(280 * 20 + 290 * 20, 6)
    expect(measured!.warnings.map((w) => w.message).join()).toMatch(/1 values/)
  })

  it('refuses the real H100 dmon log (no -o DT) without a start and interval', async () => {
    const { measured, problems } = await measure([logSpec('logs/gpu-h100/nvidia-smi-dmon.txt')])
    expect(measured).toBeUndefined()
    expect(problems[0]!.message).toMatch(/no timestamps \(run nvidia-smi dmon with -o DT\)/)
    expect(problems[0]!.pos).toMatchObject({ line: 1 })
  })

  it('places it by counting intervals from an explicit start, across the repeated headers', async () => {
    const startMs = Date.UTC(2026, 10, 26, 23, 49, 4)
    const { measured } = await measure([logSpec('logs/gpu-h100/nvidia-smi-dmon.txt', { startMs, intervalS: 1 })])
    const watts = readFileSync(`${FIXTURES}logs/gpu-h100/nvidia-smi-dmon.txt`, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '' && !l.startsWith('#'))
      .map((l) => Number(l.trim().split(/\s+/)[1]))
    // `-c 170` was asked; the file holds 165 polls under four repeated header pairs.
    expect(watts.length).toBeGreaterThan(160)
    expect(measured!.samples).toBe(watts.length)
    expect(measured!.endMs).toBe(startMs + (watts.length - 1) * 1000)
    expect(measured!.energyKWh * J_PER_KWH).toBeCloseTo(trapezoidJ(watts.map((w, i) => [i, w] as const)), 6)
  })
})

describe('CodeCarbon emissions.csv', () => {
  it('takes energy_consumed (kWh, PUE included) of a v2.3.4 file, and reports its emissions beside', async () => {
    const { measured, problems } = await measure([logSpec('logs/codecarbon/emissions-v2.3.4.csv', { timezone: 'Europe/Paris' })])
    expect(problems).toEqual([])
    expect(measured!.facilityIncluded).toBe(true)
    expect(measured!.energyKWh).toBeCloseTo(0.68320629, 12)
    // The timestamp is the end of the run, local time (CET in January).
    expect(measured!.endMs).toBe(Date.UTC(2024, 0, 15, 9, 42, 31))
    expect(measured!.startMs).toBeCloseTo(Date.UTC(2024, 0, 15, 9, 42, 31) - 7200512, 0)
    expect(measured!.reported).toEqual({ tool: 'CodeCarbon', emissionsKgCO2e: 1.0873296, intensityKgPerKWh: expect.closeTo(1.0873296 / 0.68320629, 12) })
    const hourly = [...measured!.hourlyKWh.values()]
    expect(hourly).toHaveLength(3)
    expect(hourly.reduce((a, b) => a + b, 0)).toBeCloseTo(0.68320629, 12)
  })

  it('maps a v3.2 file (38 columns) by header name and adds its runs', async () => {
    const { measured } = await measure([logSpec('logs/codecarbon/emissions-v3.2.csv')])
    expect(measured!.energyKWh).toBeCloseTo(0.35242 + 0.17508, 12)
    expect(measured!.devices).toBe(2)
    expect(measured!.reported!.emissionsKgCO2e).toBeCloseTo(0.13378 + 0.06646, 12)
  })

  it('refuses to mix CodeCarbon energy with power logs', async () => {
    const { problems } = await measure([logSpec('logs/codecarbon/emissions-v3.2.csv'), logSpec('logs/power/rapl-and-gpu.csv')])
    expect(problems[0]!.message).toMatch(/cannot be combined/)
  })
})

describe('plain power CSV and JSON lines', () => {
  it('reads ISO times with a device column', async () => {
    const { measured } = await measure([logSpec('logs/power/rapl-and-gpu.csv')])
    const gpu = trapezoidJ([[0, 310.5], [10, 312], [20, 309.5]])
    const cpu = trapezoidJ([[0, 95.2], [10, 97.8], [20, 96]])
    expect(measured!.energyKWh * J_PER_KWH).toBeCloseTo(gpu + cpu, 6)
    expect(measured!.devices).toBe(2)
  })

  it('reads Unix seconds and a power column in kW', async () => {
    const { measured } = await measure([logSpec('logs/power/node-kw.csv', { gapThresholdS: 120 })])
    expect(measured!.startMs).toBe(1741942800_000)
    expect(measured!.energyKWh * J_PER_KWH).toBeCloseTo(trapezoidJ([[0, 1200], [60, 1250], [120, 1150]]), 6)
  })

  it('reads JSON lines with zone offsets and skips a null reading', async () => {
    const { measured } = await measure([logSpec('logs/power/gpu-power.jsonl')])
    expect(measured!.startMs).toBe(Date.UTC(2025, 2, 14, 8, 0, 0))
    expect(measured!.energyKWh * J_PER_KWH).toBeCloseTo(trapezoidJ([[0, 250], [5, 260], [15, 270]]), 6)
  })

  it('gives the line of a bad JSON line', async () => {
    const src = memorySource({ 'p.jsonl': '{"timestamp": 1741942800, "watts": 100}\n{"timestamp": 1741942801, "watts": 10\n' })
    const { problems } = await measure([logSpec('p.jsonl')], src)
    expect(problems[0]).toMatchObject({ pos: { file: 'p.jsonl', line: 2 } })
  })
})

describe('Prometheus query_range of DCGM', () => {
  it('integrates the power gauge (W) per GPU and skips "NaN"', async () => {
    const { measured } = await measure([logSpec('logs/prometheus/dcgm-power.json', { gapThresholdS: 60 })])
    const gpu0 = trapezoidJ([[0, 512.337], [15, 508.902], [30, 515.115], [60, 511.5]])
    const gpu1 = trapezoidJ([[0, 498], [15, 502], [30, 500], [45, 499], [60, 501]])
    expect(measured!.energyKWh * J_PER_KWH).toBeCloseTo(gpu0 + gpu1, 6)
    expect(measured!.devices).toBe(2)
  })

  it('takes the energy counter (mJ) as increases, counting from zero after a driver reload', async () => {
    const { measured } = await measure([logSpec('logs/prometheus/dcgm-energy-reset.json')])
    const values = [93811456021, 93819136021, 93826816021, 3840000, 11520000]
    const increasesMJ = values.slice(1).map((v, i) => (v >= values[i]! ? v - values[i]! : v))
    expect(measured!.energyKWh * J_PER_KWH).toBeCloseTo(increasesMJ.reduce((a, b) => a + b, 0) / 1000, 6)
    expect(measured!.warnings.map((w) => w.message).join()).toMatch(/counter reset 1 time/)
  })

  it('refuses an expression without a metric name', async () => {
    const src = memorySource({ 'q.json': '{"status":"success","data":{"resultType":"matrix","result":[{"metric":{"gpu":"0"},"values":[[1741944405,"3.2"]]}]}}' })
    const { problems } = await measure([logSpec('q.json')], src)
    expect(problems[0]!.message).toMatch(/neither DCGM_FI_DEV_POWER_USAGE/)
  })
})

describe('W&B and MLflow system metrics', () => {
  it('reads a W&B system-metrics CSV: one GPU per system.gpu.N.powerWatts column', async () => {
    const { measured } = await measure([logSpec('logs/wandb/system-metrics.csv')])
    const t = [1741944428.51, 1741944443.62, 1741944458.73, 1741944473.84]
    const gpu0 = trapezoidJ([[t[0]!, 287.4], [t[1]!, 289.9], [t[2]!, 290.1], [t[3]!, 288.7]])
    const gpu1 = trapezoidJ([[t[0]!, 301.1], [t[1]!, 299.8], [t[3]!, 300.4]])
    expect(measured!.devices).toBe(2)
    expect(measured!.energyKWh * J_PER_KWH).toBeCloseTo(gpu0 + gpu1, 3)
  })

  it('reads a local wandb-events.jsonl', async () => {
    const { measured } = await measure([logSpec('logs/wandb/wandb-events.jsonl')])
    const gpu0 = trapezoidJ([[1741944428.51, 287.4], [1741944443.62, 289.9], [1741944458.71, 291.3]])
    expect(measured!.energyKWh * J_PER_KWH).toBeCloseTo(gpu0, 3)
  })

  it('reads an MLflow file-store metric file, the GPU taken from its path', async () => {
    const path = 'logs/mlflow/mlruns/1/8f2c4e1a9b7d4f03a6e5c2d1b0a98765/metrics/system/gpu_0_power_usage_watts'
    const { measured } = await measure([logSpec(path)])
    const expected = trapezoidJ([[1741944428.512, 287.4], [1741944438.519, 291.0], [1741944448.53, 289.6], [1741944458.541, 290.2]])
    expect(measured!.energyKWh * J_PER_KWH).toBeCloseTo(expected, 3)
    expect(measured!.startMs).toBe(1741944428512)
  })
})

describe('format detection', () => {
  const cases: [string, LogFormat][] = [
    ['logs/gpu-h100/nvidia-smi-1s.csv', 'nvidia-smi'],
    ['logs/nvidia-smi/noheader-nounits-bom.csv', 'nvidia-smi'],
    ['logs/dmon/dmon-o-DT-2gpu.txt', 'nvidia-smi-dmon'],
    ['logs/codecarbon/emissions-v3.2.csv', 'codecarbon'],
    ['logs/power/rapl-and-gpu.csv', 'power-csv'],
    ['logs/power/gpu-power.jsonl', 'power-jsonl'],
    ['logs/prometheus/dcgm-power.json', 'prometheus'],
    ['logs/wandb/system-metrics.csv', 'wandb'],
  ]
  it.each(cases)('%s is read the same with format %s given or detected', async (path, format) => {
    const detected = await measure([logSpec(path, { gapThresholdS: 60 })])
    const given = await measure([logSpec(path, { gapThresholdS: 60, format })])
    expect(detected.problems).toEqual([])
    expect(given.measured!.energyKWh).toBe(detected.measured!.energyKWh)
    expect(given.measured!.energyKWh).toBeGreaterThan(0)
  })

  it('a format that does not fit the file is an error, not a guess', async () => {
    const { problems } = await measure([logSpec('logs/power/rapl-and-gpu.csv', { format: 'codecarbon' })])
    expect(problems[0]!.message).toMatch(/not a CodeCarbon emissions.csv header/)
  })
})
