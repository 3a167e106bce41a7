import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { LogSpec } from '../src/core/model.js'
import { LineBatch } from '../src/ingest/lines.js'
import { createNvidiaSmiReader, nvidiaSmiGeneralReader } from '../src/ingest/logs/nvidia-smi.js'
import type { LogReader } from '../src/ingest/logs/reader.js'
import { batches, copies, readBatches } from './support/read-log.js'

// The nvidia-smi reader reads most lines on a fast path (a cached minute prefix and per-device
// line shapes, no comma search). These properties check that it gives exactly what the general
// path gives (every sample, problem and count) on generated logs, whatever the batch boundaries.

const spec: LogSpec = { path: 'gpu.csv', timezone: 'UTC', replicas: 1, gapThresholdS: 30, gaps: 'bridge' }
const UUIDS = ['GPU-a9c4dd49-f417-1dba-fc81-371054b6b134', 'GPU-0f3e2c11-9a7b-4c1d-8e2f-5b6a7c8d9e0f', 'GPU-ü1d2e3f4-aaaa-bbbb-cccc-ddddeeeeffff']
const NAMES = ['NVIDIA H100 80GB HBM3', 'NVIDIA A100-SXM4-80GB', 'Tesla V100, PCIe']

/** A query layout: the cells of a line, in order. */
const LAYOUTS = [
  ['timestamp', 'name', 'index', 'uuid', 'power.draw', 'utilization.gpu'],
  ['timestamp', 'index', 'power.draw'],
  ['timestamp', 'uuid', 'power.draw.average', 'temperature.gpu'],
  ['timestamp', 'power.draw'],
  // Power before the device, and a changing cell before power: fast path not applicable.
  ['timestamp', 'power.draw', 'index'],
  ['timestamp', 'index', 'utilization.gpu', 'power.draw'],
] as const

interface LogShape {
  readonly layout: readonly string[]
  readonly units: boolean
  readonly header: boolean
  readonly crlf: boolean
  readonly gpus: number
  readonly timezone: string
}

const pad = (n: number, w: number): string => String(n).padStart(w, '0')

const power = fc.oneof(
  { weight: 12, arbitrary: fc.tuple(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 3 })).map(([n, f]) => (f === 0 ? String(n) : (n / 10 ** f).toFixed(f))) },
  { weight: 1, arbitrary: fc.constantFrom('[N/A]', '[Not Supported]', '', 'abc', '1.2e2', '-5', '.', '12.', '12.5 W ', ' 7') },
)
const row = fc.record({
  stepMs: fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 0, max: 2500 }) }, { weight: 1, arbitrary: fc.integer({ min: -3000, max: 90_000 }) }),
  fractionDigits: fc.oneof({ weight: 6, arbitrary: fc.constant(3) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 6 }) }),
  power: fc.array(power, { minLength: 3, maxLength: 3 }),
  // Rarely: a bad date, spaces around the time, an empty line, the header again.
  oddity: fc.oneof({ weight: 30, arbitrary: fc.constant('none') }, { weight: 1, arbitrary: fc.constantFrom('bad-date', 'spaced', 'empty', 'header', 'short') }),
})
const shape: fc.Arbitrary<LogShape> = fc.record({
  layout: fc.constantFrom(...LAYOUTS),
  units: fc.boolean(),
  header: fc.boolean(),
  crlf: fc.boolean(),
  gpus: fc.integer({ min: 1, max: 3 }),
  timezone: fc.constantFrom('UTC', '+05:30', 'Europe/Berlin', 'America/New_York'),
})

function headerOf(s: LogShape): string {
  const unit: Record<string, string> = { 'power.draw': ' [W]', 'power.draw.average': ' [W]', 'utilization.gpu': ' [%]' }
  return s.layout.map((c) => c + (s.units ? (unit[c] ?? '') : '')).join(', ')
}

function cell(column: string, s: LogShape, gpu: number, watts: string, at: string, tick: number): string {
  switch (column) {
    case 'timestamp': return at
    case 'name': return NAMES[gpu]!.replace(',', '')
    case 'index': return String(gpu)
    case 'uuid': return UUIDS[gpu]!
    case 'utilization.gpu': return s.units ? `${tick % 101} %` : String(tick % 101)
    case 'temperature.gpu': return String(30 + (tick % 50))
    default: return s.units && watts !== '' && !watts.startsWith('[') && !watts.endsWith(' ') ? `${watts} W` : watts
  }
}

interface Row {
  readonly stepMs: number
  readonly fractionDigits: number
  readonly power: readonly string[]
  readonly oddity: string
}

/** The log text; `toLocal` turns the UTC instant into the wall clock written (default: as is). */
function render(s: LogShape, rows: readonly Row[], startMs: number, toLocal = (ms: number): number => ms): string {
  const eol = s.crlf ? '\r\n' : '\n'
  const lines: string[] = []
  // A headerless log is read only where its layout is unambiguous (see layoutFromRow).
  const headerless = s.layout.length === 2 || (s.layout.length === 3 && s.layout[1] === 'index') || (s.units && s.layout.includes('uuid'))
  const header = s.header || !headerless
  if (header) lines.push(headerOf(s))
  let t = startMs
  let tick = 0
  for (const r of rows) {
    t += r.stepMs
    const d = new Date(toLocal(t))
    let at = `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1, 2)}/${pad(d.getUTCDate(), 2)} ${pad(d.getUTCHours(), 2)}:${pad(d.getUTCMinutes(), 2)}:${pad(d.getUTCSeconds(), 2)}`
    if (r.fractionDigits > 0) at += '.' + pad(d.getUTCMilliseconds() * 1000 + (tick % 1000), 6).slice(0, r.fractionDigits)
    if (r.oddity === 'bad-date') at = at.replace(/\/\d\d /, '/31 ').replace(/\/\d\d\//, '/02/')
    if (r.oddity === 'spaced') at = ` ${at} `
    if (r.oddity === 'empty') lines.push('')
    if (r.oddity === 'header' && header) lines.push(headerOf(s))
    for (let gpu = 0; gpu < s.gpus; gpu++) {
      const cells = s.layout.map((c) => cell(c, s, gpu, r.power[gpu]!, at, tick++))
      lines.push((r.oddity === 'short' ? cells.slice(0, 1) : cells).join(', '))
    }
  }
  return lines.join(eol) + eol
}

/** Splits text into line batches at the given cut points (rounded to the next line start). */

const read = (reader: LogReader, parts: readonly LineBatch[], timezone: string) => readBatches(reader, parts, spec, timezone)

describe('nvidia-smi fast path', () => {
  it('gives the samples, problems and counts of the general path on generated logs', async () => {
    const stats = { fastLines: 0 }
    let total = 0
    await fc.assert(
      fc.asyncProperty(
        shape,
        fc.array(row, { minLength: 1, maxLength: 120 }),
        fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2026, 11, 31) }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }),
        async (s, rows, startMs, cuts) => {
          const text = render(s, rows, startMs)
          const parts = batches(text, cuts)
          const general = await read(nvidiaSmiGeneralReader, copies(parts), s.timezone)
          const fast = await read(createNvidiaSmiReader({ fastPath: true, stats }), copies(parts), s.timezone)
          expect(fast).toEqual(general)
          total += stats.fastLines
        },
      ),
      { numRuns: 300 },
    )
    // Not vacuous: the generated logs do take the fast path.
    expect(total).toBeGreaterThan(1000)
  })

  it('reads nearly every line of a regular log on the fast path, and matches across the repeated hour of a DST change', async () => {
    // Three GPUs each second across the Berlin fall-back change: wall clock 02:40 CEST to 02:03
    // CET, so the 02:xx hour is written twice.
    const s: LogShape = { layout: LAYOUTS[0], units: true, header: true, crlf: true, gpus: 3, timezone: 'Europe/Berlin' }
    const change = Date.UTC(2025, 9, 26, 1)
    const berlin = (ms: number): number => ms + (ms < change ? 2 : 1) * 3_600_000
    const rows: Row[] = Array.from({ length: 5000 }, (_, i) => ({ stepMs: 1000 + (i % 7), fractionDigits: 3, power: ['287.41', '301.5', '[N/A]'], oddity: 'none' }))
    const text = render(s, rows, Date.UTC(2025, 9, 26, 0, 40), berlin)
    expect(text).toContain('2025/10/26 02:59:5')
    expect(text.indexOf('2025/10/26 02:00:0')).toBeGreaterThan(text.indexOf('2025/10/26 02:59:5'))
    const parts = batches(text, [0.13, 0.5, 0.77])
    const stats = { fastLines: 0 }
    const general = await read(nvidiaSmiGeneralReader, copies(parts), s.timezone)
    const fast = await read(createNvidiaSmiReader({ fastPath: true, stats }), copies(parts), s.timezone)
    expect(fast).toEqual(general)
    expect(fast.samples).toHaveLength(10_000)
    expect(fast.missing).toBe(5000)
    expect(fast.problems).toEqual([])
    // The general path reads a GPU's first line of each minute; the fast path the rest.
    expect(stats.fastLines).toBeGreaterThan(15_000 - 3 * 90)
    // In UTC the run is continuous: no reading goes back in time.
    const gpu0 = fast.samples.filter((x) => x.device === UUIDS[0]).map((x) => x.atMs)
    expect(gpu0.every((t, i) => i === 0 || t > gpu0[i - 1]!)).toBe(true)
    expect(gpu0.at(-1)! - gpu0[0]!).toBeGreaterThan(4999 * 1000)
  })
})
