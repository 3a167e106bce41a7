import { describe, expect, it } from 'vitest'
import { measureEnergy } from '../src/ingest/measure.js'
import { detectReader } from '../src/ingest/logs/index.js'
import { readManifest } from '../src/ingest/manifest.js'
import { J_PER_KWH, logSpec, memorySource } from './fixtures/logs/fixture-source.js'

const opts = { maxLogBytes: 10_000_000, manifestFile: 'exp.carbon.yml' }
const measure = (spec: Parameters<typeof logSpec>[1], text: string) => measureEnergy([logSpec('p.csv', spec)], memorySource({ 'p.csv': text }), opts)
/** Trapezoids over [seconds, watts] points, J. */
const trapezoidJ = (points: readonly (readonly [number, number])[]): number =>
  points.slice(1).reduce((sum, [t, w], i) => sum + ((t - points[i]![0]) * (w + points[i]![1])) / 2, 0)

describe('power column names as people write them', () => {
  const names: [string, number][] = [
    ['Power(W)', 1], ['power_W', 1], ['power [W]', 1], ['Power Draw (W)', 1], ['watts', 1], ['Watts', 1],
    ['power_kw', 1000], ['Power (kW)', 1000], ['power [mW]', 1e-3], ['power', 1], ['Power Usage [W]', 1],
  ]
  it.each(names)('%s is a power column (factor %d to W)', async (name, factor) => {
    const text = `timestamp,${name}\n2025-03-14T09:00:00Z,100\n2025-03-14T09:00:10Z,100\n`
    expect(detectReader(text.split('\n'), 'p.csv')?.format).toBe('power-csv')
    const { measured, problems } = await measure({}, text)
    expect(problems).toEqual([])
    expect(measured!.energyKWh * J_PER_KWH).toBeCloseTo(1000 * factor, 9)
  })

  it('refuses megawatts and a unit that is not power', async () => {
    for (const name of ['power [MW]', 'power [A]']) {
      const { problems } = await measure({ format: 'power-csv' }, `timestamp,${name}\n2025-03-14T09:00:00Z,1\n`)
      expect(problems[0]!.message, name).toMatch(/has unit "(MW|A)"; expected W, kW or mW/)
    }
  })

  it('refuses two candidate power columns rather than pick one, naming them and the mapping', async () => {
    const { problems } = await measure({}, 'timestamp,power_w,watts\n2025-03-14T09:00:00Z,1,2\n')
    expect(problems[0]).toMatchObject({ pos: { line: 1 } })
    expect(problems[0]!.message).toMatch(/2 columns could be the power \("power_w", "watts"\); set logs\[\]\.columns\.power/)
  })
})

describe('logs[].columns', () => {
  // `--query-gpu=timestamp,utilization.gpu,utilization.memory,memory.used,memory.total,temperature.gpu,power.draw --format=csv,noheader`
  const smi = ['2025/03/14 09:26:53.107, 97 %, 41 %, 30512 MiB, 81559 MiB, 45, 287.41 W', '2025/03/14 09:26:54.107, 98 %, 41 %, 30512 MiB, 81559 MiB, 46, 291.80 W', '2025/03/14 09:26:55.108, 97 %, 40 %, 30512 MiB, 81559 MiB, 46, 289.12 W'].join('\n') + '\n'

  it('reads a headerless nvidia-smi log by positions, the unit from its cells, nvidia-smi times in the log timezone', async () => {
    const { measured, problems } = await measure({ columns: { time: 1, power: [7] }, timezone: '+01:00' }, smi)
    expect(problems).toEqual([])
    expect(measured!.devices).toBe(1)
    expect(measured!.startMs).toBe(Date.UTC(2025, 2, 14, 8, 26, 53, 107))
    expect(measured!.energyKWh * J_PER_KWH).toBeCloseTo(trapezoidJ([[0, 287.41], [1, 291.8], [2.001, 289.12]]), 9)
  })

  it('reads a list of power columns as one device each, never the total column', async () => {
    const text = 'time,GPU0,GPU1,total\n2025-03-14T09:00:00Z,100,200,300\n2025-03-14T09:00:10Z,100,300,400\n'
    const { measured, problems } = await measure({ columns: { power: ['GPU0', 'GPU1'] }, powerUnit: 'W' }, text)
    expect(problems).toEqual([])
    expect(measured!.devices).toBe(2)
    expect(measured!.energyKWh * J_PER_KWH).toBeCloseTo(1000 + 2500, 9)
  })

  it('asks for power-unit when neither the header nor the cells carry one', async () => {
    const text = 'time,GPU0\n2025-03-14T09:00:00Z,100\n'
    const { problems } = await measure({ columns: { power: ['GPU0'] } }, text)
    expect(problems[0]).toMatchObject({ pos: { line: 2 } })
    expect(problems[0]!.message).toMatch(/set logs\[\]\.power-unit/)
  })

  it('scales by power-unit, and refuses a power-unit the header contradicts', async () => {
    const ok = await measure({ columns: { power: ['pdu'] }, powerUnit: 'kW' }, 'time,pdu\n2025-03-14T09:00:00Z,1.5\n2025-03-14T09:00:10Z,1.5\n')
    expect(ok.measured!.energyKWh * J_PER_KWH).toBeCloseTo(15_000, 9)
    const clash = await measure({ columns: { power: ['power [W]'] }, powerUnit: 'kW' }, 'time,power [W]\n2025-03-14T09:00:00Z,1.5\n')
    expect(clash.problems[0]!.message).toMatch(/power-unit is kW but the header "power \[W\]" says W/)
  })

  it('names the nearest header when a mapped name is not in it', async () => {
    const { problems } = await measure({ columns: { power: ['gpu0_pwr'] }, powerUnit: 'W' }, 'time,gpu0_power,gpu1_power\n2025-03-14T09:00:00Z,1,1\n')
    expect(problems[0]!.message).toMatch(/columns.power names "gpu0_pwr", which is not in the header \(time, gpu0_power, gpu1_power\); did you mean "gpu0_power"\?/)
  })

  it('takes a device column by position, and a header line of a positional mapping is skipped', async () => {
    const text = 'when,which,draw\n2025-03-14T09:00:00Z,0,100\n2025-03-14T09:00:00Z,1,50\n2025-03-14T09:00:10Z,0,100\n2025-03-14T09:00:10Z,1,50\n'
    const { measured, problems } = await measure({ columns: { time: 1, device: 2, power: [3] }, powerUnit: 'W' }, text)
    expect(problems).toEqual([])
    expect(measured!.devices).toBe(2)
    expect(measured!.energyKWh * J_PER_KWH).toBeCloseTo(1500, 9)
  })

  it('is read from a manifest: a single power name or a list, positions, power-unit', () => {
    const yaml = (logs: string) => `name: a\nphase: training\nhardware: [{ device: nvidia-h100-sxm5-80gb, count: 1 }]\nlogs:\n${logs}`
    const one = readManifest(yaml('  - { path: p.csv, columns: { time: 1, power: 7, device: 2 }, power-unit: W }\n'), 'a.carbon.yml', {})
    expect(one.problems).toEqual([])
    expect(one.experiment!.logs[0]).toMatchObject({ columns: { time: 1, power: [7], device: 2 }, powerUnit: 'W' })
    const list = readManifest(yaml('  - { path: p.csv, columns: { power: [GPU0, GPU1] } }\n'), 'a.carbon.yml', {})
    expect(list.experiment!.logs[0]!.columns).toEqual({ power: ['GPU0', 'GPU1'] })
    const bad = readManifest(yaml('  - { path: p.csv, columns: { power: 0, tme: 1 }, power-unit: MW }\n'), 'a.carbon.yml', {})
    expect(bad.problems.map((p) => p.field).sort()).toEqual(['logs.0.columns.power', 'logs.0.columns.tme', 'logs.0.power-unit'].sort())
  })
})
