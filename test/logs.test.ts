import { describe, expect, it } from 'vitest'
import { measureEnergy } from '../src/ingest/measure.js'
import { folderSource, J_PER_KWH, logSpec, memorySource } from './fixtures/logs/fixture-source.js'

const source = folderSource()
const opts = { maxLogBytes: 10_000_000, manifestFile: 'exp.carbon.yml' }
const measure = (specs: Parameters<typeof measureEnergy>[0], src = source) => measureEnergy(specs, src, opts)

describe('nvidia-smi --query-gpu CSV', () => {
  it('integrates two GPUs by uuid and skips [N/A] and [Not Supported] without counting them as 0 W', async () => {
    const { measured, problems } = await measure([logSpec('logs/nvidia-smi/a100x2-units.csv')])
    expect(problems).toEqual([])
    // GPU 0 ramps 250 + t W over 60 s (a straight line, so the trapezoids are exact even across
    // the skipped poll); GPU 1 holds 300 W.
    const gpu0J = 250 * 60 + (60 * 60) / 2
    const gpu1J = 300 * 60
    expect(measured!.energyKWh).toBeCloseTo((gpu0J + gpu1J) / J_PER_KWH, 12)
    expect(measured!.devices).toBe(2)
    expect(measured!.facilityIncluded).toBe(false)
    expect(measured!.warnings.map((w) => w.message).join('\n')).toMatch(/3 values .* were \[N\/A\], \[Not Supported\] or empty/)
  })

  it('reads a headerless nounits log with a BOM and no final newline (CRLF: see logs-lines.test.ts)', async () => {
    const { measured, problems } = await measure([logSpec('logs/nvidia-smi/noheader-nounits-bom.csv')])
    expect(problems).toEqual([])
    expect(measured!.samples).toBe(31)
    expect(measured!.energyKWh * J_PER_KWH).toBeCloseTo(200 * 60, 6)
  })

  it('reports a bad line with its line number and column', async () => {
    const { measured, problems } = await measure([logSpec('logs/nvidia-smi/bad-line.csv')])
    expect(measured).toBeUndefined()
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ severity: 'error', code: 'log-line', pos: { file: 'logs/nvidia-smi/bad-line.csv', line: 5 } })
    expect(problems[0]!.message).toContain('28#.4')
  })

  it('scales one node to identical replicas', async () => {
    const one = await measure([logSpec('logs/nvidia-smi/gap-120s.csv')])
    const four = await measure([logSpec('logs/nvidia-smi/gap-120s.csv', { replicas: 4 })])
    expect(four.measured!.energyKWh).toBeCloseTo(4 * one.measured!.energyKWh, 12)
    const hourly = [...four.measured!.hourlyKWh.values()].reduce((a, b) => a + b, 0)
    expect(hourly).toBeCloseTo(four.measured!.energyKWh, 12)
  })
})

describe('naive local timestamps', () => {
  it('places a log across the spring-forward change in Europe/Berlin (01:50 CET is followed by 03:00 CEST)', async () => {
    const { measured } = await measure([logSpec('logs/nvidia-smi/berlin-spring-forward.csv', { timezone: 'Europe/Berlin', gapThresholdS: 1200 })])
    expect(measured!.startMs).toBe(Date.UTC(2025, 2, 30, 0, 30))
    expect(measured!.endMs).toBe(Date.UTC(2025, 2, 30, 1, 30))
    // Seven samples 10 min apart in real time: one hour at 100 W, half of it in each UTC hour.
    expect(measured!.energyKWh).toBeCloseTo(0.1, 12)
    expect([...measured!.hourlyKWh]).toEqual([
      [Date.UTC(2025, 2, 30, 0), expect.closeTo(0.05, 12)],
      [Date.UTC(2025, 2, 30, 1), expect.closeTo(0.05, 12)],
    ])
  })

  it('reads the repeated hour at the fall-back change in order, without duplicates or reordering', async () => {
    const { measured } = await measure([logSpec('logs/nvidia-smi/berlin-fall-back.csv', { timezone: 'Europe/Berlin', gapThresholdS: 1200 })])
    expect(measured!.startMs).toBe(Date.UTC(2025, 9, 25, 23, 30))
    expect(measured!.endMs).toBe(Date.UTC(2025, 9, 26, 2, 15))
    expect(measured!.duplicates).toBe(0)
    expect(measured!.outOfOrder).toBe(0)
    expect(measured!.gaps).toEqual([])
    expect(measured!.energyKWh * J_PER_KWH).toBeCloseTo(100 * (2 * 3600 + 45 * 60), 6)
  })

  it('takes a fixed offset and an unknown zone is an error with a suggestion', async () => {
    const fixed = await measure([logSpec('logs/nvidia-smi/berlin-spring-forward.csv', { timezone: '+01:00' })])
    expect(fixed.measured!.startMs).toBe(Date.UTC(2025, 2, 30, 0, 30))
    const bad = await measure([logSpec('logs/nvidia-smi/berlin-spring-forward.csv', { timezone: 'Europe/Berln' })])
    expect(bad.problems[0]).toMatchObject({ code: 'timezone-invalid', field: 'logs.0.timezone', suggestion: 'Europe/Berlin' })
  })
})

describe('gaps, duplicates, order', () => {
  const gap = 'logs/nvidia-smi/gap-120s.csv'
  it('bridges a gap by default, with a warning that gives its span', async () => {
    const { measured } = await measure([logSpec(gap)])
    expect(measured!.energyKWh * J_PER_KWH).toBeCloseTo(250 * 141, 6)
    expect(measured!.gaps).toEqual([{ startMs: Date.UTC(2025, 2, 14, 9, 27, 3, 107), endMs: Date.UTC(2025, 2, 14, 9, 29, 4, 107), file: gap, policy: 'bridge' }])
    expect(measured!.warnings.map((w) => w.message).join('\n')).toContain('2025-03-14T09:27:03.107Z to 2025-03-14T09:29:04.107Z')
  })

  it('counts a gap as zero when asked', async () => {
    const { measured } = await measure([logSpec(gap, { gaps: 'zero' })])
    expect(measured!.energyKWh * J_PER_KWH).toBeCloseTo(250 * 20, 6)
  })

  it('fails on a gap when asked', async () => {
    const { measured, problems } = await measure([logSpec(gap, { gaps: 'fail' })])
    expect(measured).toBeUndefined()
    expect(problems[0]).toMatchObject({ severity: 'error', field: 'logs.0.gaps' })
    expect(problems[0]!.message).toMatch(/121\.0 s, over the 30 s gap threshold/)
  })

  it('drops duplicates, puts late samples back in order, and counts both', async () => {
    const { measured } = await measure([logSpec('logs/nvidia-smi/dup-unordered.csv')])
    expect(measured!.duplicates).toBe(2)
    expect(measured!.outOfOrder).toBe(1)
    // 100 + 10 t W from t = 0 to 10 s.
    expect(measured!.energyKWh * J_PER_KWH).toBeCloseTo(100 * 10 + (10 * 10 * 10) / 2, 6)
  })
})

describe('combining logs', () => {
  it('gives a log split in two files the energy of the whole file, in either order, split exactly at the UTC hour', async () => {
    const whole = await measure([logSpec('logs/nvidia-smi/rotated-whole.csv')])
    const parts = await measure([logSpec('logs/nvidia-smi/rotated-part2.csv'), logSpec('logs/nvidia-smi/rotated-part1.csv')])
    expect(parts.problems).toEqual([])
    expect(parts.measured!.energyKWh).toBeCloseTo(whole.measured!.energyKWh, 14)
    expect(parts.measured!.devices).toBe(1)
    // 200 + t W from 09:59:30 (t = 0) to 10:00:30: 30 s on each side of 10:00.
    const before = 200 * 30 + (30 * 30) / 2
    const after = 200 * 30 + (60 * 60 - 30 * 30) / 2
    expect([...parts.measured!.hourlyKWh.values()].map((k) => k * J_PER_KWH)).toEqual([expect.closeTo(before, 6), expect.closeTo(after, 6)])
    expect([...whole.measured!.hourlyKWh.keys()]).toEqual([...parts.measured!.hourlyKWh.keys()])
  })

  it('adds logs of different devices', async () => {
    const a = await measure([logSpec('logs/nvidia-smi/a100x2-units.csv')])
    const b = await measure([logSpec('logs/dmon/dmon-o-DT-2gpu.txt')])
    // Same index names would merge; here a100x2 names GPUs by uuid, dmon by index.
    const both = await measure([logSpec('logs/nvidia-smi/a100x2-units.csv'), logSpec('logs/dmon/dmon-o-DT-2gpu.txt')])
    expect(both.measured!.energyKWh).toBeCloseTo(a.measured!.energyKWh + b.measured!.energyKWh, 12)
    expect(both.measured!.devices).toBe(4)
  })

  it('refuses the same device logged twice over the same time', async () => {
    const { problems } = await measure([logSpec('logs/nvidia-smi/rotated-whole.csv'), logSpec('logs/nvidia-smi/rotated-part1.csv')])
    expect(problems[0]!.message).toMatch(/both hold device 0 over the same time/)
  })
})

describe('file checks', () => {
  it('names the size cap', async () => {
    const { problems } = await measureEnergy([logSpec('logs/nvidia-smi/a100x2-units.csv')], source, { ...opts, maxLogBytes: 1000 })
    expect(problems[0]).toMatchObject({ code: 'log-too-large' })
    expect(problems[0]!.message).toContain('is 14.6 kB, over the 1.0 kB cap')
    expect(problems[0]!.message).toMatch(/limits\.log-bytes/)
  })

  it('rejects a binary file and invalid UTF-8 with a problem, not a stack trace', async () => {
    const src = memorySource({
      'run.parquet': new Uint8Array([0x50, 0x41, 0x52, 0x31, 0x00, 0x15, 0x04]),
      'latin1.csv': Buffer.concat([Buffer.from('timestamp, index, power.draw [W]\n2025/03/14 09:26:53.107, 0, 287.41\n# caf'), Buffer.from([0xe9, 0x0a])]),
    })
    const bin = await measure([logSpec('run.parquet')], src)
    expect(bin.problems[0]!.message).toMatch(/binary/)
    const latin = await measure([logSpec('latin1.csv')], src)
    expect(latin.problems[0]).toMatchObject({ code: 'log-not-utf8', pos: { file: 'latin1.csv', line: 3 } })
    expect(latin.problems[0]!.message).toMatch(/UTF-8/)
  })

  it('reads UTF-16LE with a BOM (PowerShell redirection)', async () => {
    const text = '\ufefftimestamp, index, power.draw [W]\r\n2025/03/14 09:26:53.107, 0, 100.00\r\n2025/03/14 09:27:53.107, 0, 100.00\r\n'
    const src = memorySource({ 'ps.csv': Buffer.from(text, 'utf16le') }, 64)
    const { measured } = await measure([logSpec('ps.csv', { gapThresholdS: 120 })], src)
    expect(measured!.energyKWh * J_PER_KWH).toBeCloseTo(6000, 6)
  })

  it('says which formats exist when it cannot tell', async () => {
    const src = memorySource({ 'notes.txt': 'epoch 1 loss 2.31\nepoch 2 loss 1.97\n' })
    const { problems } = await measure([logSpec('notes.txt')], src)
    expect(problems[0]!.message).toMatch(/set logs\[\]\.format to one of .*codecarbon, nvidia-smi, nvidia-smi-dmon/)
  })

  it('reports a missing file', async () => {
    const { problems } = await measure([logSpec('logs/nope.csv')])
    expect(problems[0]).toMatchObject({ code: 'log-missing', field: 'logs.0.path' })
  })
})

describe('headerless nvidia-smi never guesses a column', () => {
  // `--query-gpu=timestamp,utilization.gpu,utilization.memory,memory.used,memory.total,temperature.gpu,power.draw --format=csv,noheader`:
  // temperature.gpu is the only bare integer, and it is not a GPU index.
  const line = (s: number, temp: number, w: number): string => `2025/03/14 09:26:${String(s).padStart(2, '0')}.107, 97 %, 41 %, 30512 MiB, 81559 MiB, ${temp}, ${w.toFixed(2)} W`
  const file = [line(53, 45, 287.41), line(54, 46, 291.8), line(55, 47, 289.12)].join('\n') + '\n'

  it('refuses a line whose only bare number could be a temperature, at line 1, showing the cells and the mapping to add', async () => {
    const { measured, problems } = await measure([logSpec('smi.csv')], memorySource({ 'smi.csv': file }))
    expect(measured).toBeUndefined()
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ pos: { file: 'smi.csv', line: 1 } })
    expect(problems[0]!.message).toMatch(/7 cells \(1: 2025\/03\/14 09:26:53.107 \| 2: 97 % .* \| 6: 45 \| 7: 287.41 W\)/)
    expect(problems[0]!.message).toMatch(/logs\[\]\.columns: \{ time: 1, power: 7 \}/)
  })

  it('refuses two cells in W (power.draw and power.limit) without a header', async () => {
    const src = memorySource({ 'smi.csv': '2025/03/14 09:26:53.107, GPU-4f0e1c52, 287.41 W, 400.00 W\n' })
    const { problems } = await measure([logSpec('smi.csv')], src)
    expect(problems[0]!.message).toMatch(/2 cells are in W/)
  })

  it('reads a uuid and a single cell in W whatever else the line holds', async () => {
    const src = memorySource({ 'smi.csv': '2025/03/14 09:26:53.107, GPU-4f0e1c52, 45, 100.00 W\n2025/03/14 09:26:55.107, GPU-4f0e1c52, 46, 100.00 W\n' })
    const { measured, problems } = await measure([logSpec('smi.csv')], src)
    expect(problems).toEqual([])
    expect(measured!.devices).toBe(1)
    expect(measured!.energyKWh * J_PER_KWH).toBeCloseTo(200, 9)
  })
})
