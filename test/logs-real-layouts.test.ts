import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { measureEnergy } from '../src/ingest/measure.js'
import { FIXTURES, folderSource, J_PER_KWH, logSpec } from './fixtures/logs/fixture-source.js'

// Every reader on files laid out as the tool writes them (each fixture folder's README cites the
// tool version and the documentation or source it follows). The expected energy is computed here
// apart from the readers: a plain split of each line, Date.parse for the time, per-device
// trapezoids over the samples in time order.

type Point = readonly [ms: number, watts: number]
const text = (path: string): string => readFileSync(`${FIXTURES}${path}`, 'utf8').replace(/^\uFEFF/, '')

function trapezoidsJ(byDevice: ReadonlyMap<string, Point[]>): number {
  let j = 0
  for (const points of byDevice.values()) {
    const p = [...points].sort((a, b) => a[0] - b[0])
    for (let i = 1; i < p.length; i++) j += ((p[i]![0] - p[i - 1]![0]) / 1000) * ((p[i]![1] + p[i - 1]![1]) / 2)
  }
  return j
}

function group(rows: Iterable<[string, number, number]>): Map<string, Point[]> {
  const out = new Map<string, Point[]>()
  for (const [device, ms, w] of rows) out.set(device, [...(out.get(device) ?? []), [ms, w]])
  return out
}

/** nvidia-smi CSV: time in cell 0 (UTC wall clock), power the cell in W or the last, device the uuid else the index. */
function nvidiaSmiJ(path: string, powerCell: (cells: string[]) => string, deviceCell: (cells: string[]) => string): number {
  const rows = text(path)
    .split(/\r?\n/)
    .filter((l) => /^\d{4}\//.test(l))
    .map((l) => l.split(',').map((c) => c.trim()))
    .filter((c) => !powerCell(c).startsWith('['))
    .map((c): [string, number, number] => [deviceCell(c), Date.parse(`${c[0]!.replace(/\//g, '-').replace(' ', 'T')}Z`), Number.parseFloat(powerCell(c))])
  return trapezoidsJ(group(rows))
}

const cases: [string, string, () => number][] = [
  ['nvidia-smi, header, units, one GPU, 1 s (real H100)', 'logs/gpu-h100/nvidia-smi-1s.csv', () => nvidiaSmiJ('logs/gpu-h100/nvidia-smi-1s.csv', (c) => c[4]!, (c) => c[3]!)],
  ['nvidia-smi, header, nounits, 200 ms (real H100)', 'logs/gpu-h100/nvidia-smi-200ms-nounits.csv', () => nvidiaSmiJ('logs/gpu-h100/nvidia-smi-200ms-nounits.csv', (c) => c[2]!, (c) => c[1]!)],
  ['nvidia-smi, header, nounits, two GPUs, 50 ms', 'logs/nvidia-smi/a100x2-50ms-nounits.csv', () => nvidiaSmiJ('logs/nvidia-smi/a100x2-50ms-nounits.csv', (c) => c[2]!, (c) => c[1]!)],
  ['nvidia-smi, header and units, two GPUs with [N/A]', 'logs/nvidia-smi/a100x2-units.csv', () => nvidiaSmiJ('logs/nvidia-smi/a100x2-units.csv', (c) => c[4]!, (c) => c[3]!)],
  ['nvidia-smi, no header, units, four GPUs by uuid', 'logs/nvidia-smi/h100x4-noheader-units.csv', () => nvidiaSmiJ('logs/nvidia-smi/h100x4-noheader-units.csv', (c) => c[6]!, (c) => c[3]!)],
  ['nvidia-smi, no header, no units, timestamp,index,power.draw', 'logs/nvidia-smi/noheader-nounits-bom.csv', () => nvidiaSmiJ('logs/nvidia-smi/noheader-nounits-bom.csv', (c) => c[2]!, (c) => c[1]!)],
  ['nvidia-smi restarted into the same file (header repeated)', 'logs/nvidia-smi/restarted-same-file.csv', () => nvidiaSmiJ('logs/nvidia-smi/restarted-same-file.csv', (c) => c[3]!, (c) => c[2]!)],
  [
    'nvidia-smi dmon -o DT with pwr, two GPUs',
    'logs/dmon/dmon-o-DT-2gpu.txt',
    () => {
      const lines = text('logs/dmon/dmon-o-DT-2gpu.txt').split('\n')
      const names = lines[0]!.slice(1).trim().split(/\s+/)
      const rows = lines
        .filter((l) => l.trim() !== '' && !l.startsWith('#'))
        .map((l) => l.trim().split(/\s+/))
        .filter((c) => c[names.indexOf('pwr')] !== '-')
        .map((c): [string, number, number] => {
          const d = c[names.indexOf('Date')]!
          return [c[names.indexOf('gpu')]!, Date.parse(`${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6)}T${c[names.indexOf('Time')]}Z`), Number(c[names.indexOf('pwr')])]
        })
      return trapezoidsJ(group(rows))
    },
  ],
  [
    'W&B history CSV export (system.gpu.N.powerWatts)',
    'logs/wandb/system-metrics.csv',
    () => {
      const [header, ...rows] = text('logs/wandb/system-metrics.csv').trim().split('\n').map((l) => l.split(','))
      const t = header!.indexOf('_timestamp')
      const gpus = header!.flatMap((h, i) => (/^system\.gpu\.\d+\.powerWatts$/.test(h) ? [i] : []))
      return trapezoidsJ(group(rows.flatMap((r) => gpus.filter((i) => r[i] !== '').map((i): [string, number, number] => [header![i]!, Number(r[t]) * 1000, Number(r[i])]))))
    },
  ],
  [
    'W&B wandb-events.jsonl',
    'logs/wandb/wandb-events.jsonl',
    () => {
      const records = text('logs/wandb/wandb-events.jsonl').trim().split('\n').map((l) => JSON.parse(l) as Record<string, number>)
      return trapezoidsJ(group(records.flatMap((r) => Object.entries(r).filter(([k]) => /^system\.gpu\.\d+\.powerWatts$/.test(k)).map(([k, w]): [string, number, number] => [k, r._timestamp! * 1000, w]))))
    },
  ],
  [
    'MLflow system metrics (file store)',
    'logs/mlflow/mlruns/1/8f2c4e1a9b7d4f03a6e5c2d1b0a98765/metrics/system/gpu_0_power_usage_watts',
    () => {
      const rows = text('logs/mlflow/mlruns/1/8f2c4e1a9b7d4f03a6e5c2d1b0a98765/metrics/system/gpu_0_power_usage_watts').trim().split('\n').map((l) => l.split(' '))
      return trapezoidsJ(group(rows.map((c): [string, number, number] => ['gpu0', Number(c[0]), Number(c[1])])))
    },
  ],
]

describe('every reader on a real-layout file, within 1 % of an independent integration', () => {
  it.each(cases)('%s', async (_, path, expectedJ) => {
    const { measured, problems } = await measureEnergy([logSpec(path, { gapThresholdS: 60 })], folderSource(), { maxLogBytes: 1e8, manifestFile: 'a.carbon.yml' })
    expect(problems).toEqual([])
    const expected = expectedJ()
    expect(expected).toBeGreaterThan(0)
    expect(Math.abs(measured!.energyKWh * J_PER_KWH - expected) / expected).toBeLessThan(0.01)
    // Tighter than the bar: the same trapezoids, so they agree to rounding.
    expect(measured!.energyKWh * J_PER_KWH).toBeCloseTo(expected, 3)
  })

  it('reads the restarted file as one GPU, the pause between the runs bridged', async () => {
    const { measured } = await measureEnergy([logSpec('logs/nvidia-smi/restarted-same-file.csv', { gapThresholdS: 10 })], folderSource(), { maxLogBytes: 1e8, manifestFile: 'a.carbon.yml' })
    expect(measured!.devices).toBe(1)
    expect(measured!.gaps).toHaveLength(1)
  })
})
