import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { LogSpec } from '../src/core/model.js'
import { LineBatch } from '../src/ingest/lines.js'
import { createPowerCsvReader, powerCsvGeneralReader } from '../src/ingest/logs/power-csv.js'
import type { LogReader } from '../src/ingest/logs/reader.js'
import { batches, copies, readBatches } from './support/read-log.js'

// The power-csv reader reads plain lines of UTC ISO times from their bytes (a cached minute
// prefix, hand-parsed numbers). These properties check that it gives exactly what the general
// path (every line as text) gives: samples, problems, missing and bad-line counts, line counts.

const spec: LogSpec = { path: 'power.csv', timezone: 'UTC', replicas: 1, gapThresholdS: 30, gaps: 'bridge' }

/** How a log writes its times. */
const TIME_FORMS = ['iso-z-ms', 'iso-z', 'iso-z-us', 'offset', 'offset-hhmm', 'offset-hh', 'naive', 'naive-ms', 'naive-slash', 'unix-s', 'unix-ms', 'space-z'] as const
type TimeForm = (typeof TIME_FORMS)[number]

interface LogShape {
  readonly timeForm: TimeForm
  readonly header: readonly string[]
  readonly crlf: boolean
  readonly devices: number
  readonly timezone: string
  readonly trailingNewline: boolean
}

const pad = (n: number, w: number): string => String(n).padStart(w, '0')

function timeText(form: TimeForm, ms: number, tick: number): string {
  const d = new Date(ms)
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`
  const hms = `${pad(d.getUTCHours(), 2)}:${pad(d.getUTCMinutes(), 2)}:${pad(d.getUTCSeconds(), 2)}`
  switch (form) {
    case 'iso-z-ms': return d.toISOString()
    case 'iso-z': return `${day}T${hms}Z`
    case 'iso-z-us': return `${day}T${hms}.${pad(d.getUTCMilliseconds() * 1000 + (tick % 1000), 6)}Z`
    case 'space-z': return `${day} ${hms}.${pad(d.getUTCMilliseconds(), 3).slice(0, 1 + (tick % 3))}Z`
    case 'offset': return `${day}T${hms}+02:00`
    case 'offset-hhmm': return `${day}T${hms}.${pad(d.getUTCMilliseconds(), 3)}${['+0530', '-0800', '+1400', '-0000'][tick % 4]}`
    case 'offset-hh': return `${day} ${hms}.${pad(d.getUTCMilliseconds(), 3).slice(0, 1 + (tick % 3))}${['-05', '+01', '+15', '+01:60'][tick % 4]}`
    case 'naive': return `${day} ${hms}`
    case 'naive-ms': return `${day}T${hms}.${pad(d.getUTCMilliseconds(), 3)}${tick % 5 === 0 ? pad(tick % 1000, 3) : ''}`
    case 'naive-slash': return `${day.replaceAll('-', '/')} ${hms}`
    case 'unix-s': return (ms / 1000).toFixed([0, 3, 1, 6][tick % 4])
    case 'unix-ms': return String(ms)
  }
}

/** Headers: the time, power and device columns in various orders and units, and other cells. */
const HEADERS: readonly (readonly string[])[] = [
  ['timestamp', 'watts'],
  ['timestamp', 'device', 'watts'],
  ['time', 'power [kW]'],
  ['ts', 'gpu', 'power_w', 'util'],
  ['device', 'timestamp', 'power [W]'],
  ['watts', 'timestamp'],
  ['Timestamp', 'note', 'Power_kW', 'uuid'],
  ['datetime', 'power [mW]', 'gpu_index'],
]
const DEVICE_NAMES = ['gpu0', 'GPU-a9c4dd49-f417-1dba', 'cpu-package-0', 'gpü1']

const power = fc.oneof(
  { weight: 14, arbitrary: fc.tuple(fc.integer({ min: 0, max: 999_999 }), fc.integer({ min: 0, max: 4 })).map(([n, f]) => (f === 0 ? String(n) : (n / 10 ** f).toFixed(f))) },
  { weight: 1, arbitrary: fc.constantFrom('[N/A]', '', ' 350.5', '350.5 ', 'abc', '1.2e2', '-5', '.', '12.', '.5', '0x10', 'NaN', '-', '"350.5"', '1234567890123456.5', 'Infinity', '7\r8') },
)
const row = fc.record({
  stepMs: fc.oneof({ weight: 8, arbitrary: fc.constantFrom(1000, 1000, 250, 10_000) }, { weight: 1, arbitrary: fc.integer({ min: -3000, max: 90_000 }) }, { weight: 1, arbitrary: fc.constantFrom(-3_600_000, -2_400_000, 3_600_000) }),
  power: fc.array(power, { minLength: 4, maxLength: 4 }),
  oddity: fc.oneof(
    { weight: 10, arbitrary: fc.constant('none') },
    { weight: 1, arbitrary: fc.constantFrom('blank', 'spaces-line', 'short', 'quoted-device', 'spaced-time', 'bad-time', 'other-form', 'lower-z', 'spaced-device', 'extra-cells', 'quote-after', 'cr-inside', 'odd-fraction', 'garbled', 'mixed-date', 'leap-second', 'odd-unix', 'spaced-zone') },
  ),
})
const shape: fc.Arbitrary<LogShape> = fc.record({
  timeForm: fc.oneof({ weight: 4, arbitrary: fc.constantFrom<TimeForm>('iso-z-ms', 'iso-z', 'iso-z-us') }, { weight: 3, arbitrary: fc.constantFrom(...TIME_FORMS) }),
  header: fc.constantFrom(...HEADERS),
  crlf: fc.boolean(),
  devices: fc.integer({ min: 1, max: 4 }),
  timezone: fc.constantFrom('UTC', '+05:30', 'Europe/Berlin'),
  trailingNewline: fc.boolean(),
})

type Row = { readonly stepMs: number; readonly power: readonly string[]; readonly oddity: string }

function render(s: LogShape, rows: readonly Row[], startMs: number): string {
  const eol = s.crlf ? '\r\n' : '\n'
  const lines = [s.header.join(',')]
  let t = startMs
  let tick = 0
  for (const r of rows) {
    t += r.stepMs
    for (let d = 0; d < s.devices; d++) {
      let at = timeText(r.oddity === 'other-form' ? 'offset' : s.timeForm, t, tick++)
      if (r.oddity === 'spaced-time') at = ` ${at} `
      if (r.oddity === 'bad-time') at = at.replace(/^\d{4}-\d\d/, '2025-13').replace(/^\d+$/, 'x')
      if (r.oddity === 'odd-fraction') at = at.replace(/(\.\d+)?Z$/, ['.Z', '.1234567891Z', '.5Z'][tick % 3]!)
      if (r.oddity === 'garbled') at = at.slice(0, 4 + (tick % 12)) + 'x' + at.slice(5 + (tick % 12))
      if (r.oddity === 'lower-z') at = at.replace(/Z$/, 'z')
      if (r.oddity === 'mixed-date') at = at.replace(/^(\d{4})-(\d\d)-/, '$1-$2/')
      if (r.oddity === 'leap-second') at = at.replace(/^(.{17})\d\d/, '$160')
      if (r.oddity === 'odd-unix') at = ['12.', '.5', '1741944413.', '99999999999999999', '00001741944413', '1741944413.1.2'][tick % 6]!
      if (r.oddity === 'spaced-zone') at = at.replace(/([Z+-]\d*:?\d*)$/, ' $1')
      let device = DEVICE_NAMES[d]!
      if (r.oddity === 'quoted-device') device = `"${device}, rack 2"`
      if (r.oddity === 'spaced-device') device = [` ${device}`, `${device} `, `${device}\t`][tick % 3]!
      if (r.oddity === 'cr-inside') device = `${device}\r`
      const cells = s.header.map((h) => {
        const k = h.toLowerCase()
        if (['timestamp', 'time', 'ts', 'datetime'].includes(k)) return at
        if (['device', 'gpu', 'uuid', 'gpu_index'].includes(k)) return device
        if (k.startsWith('watts') || k.startsWith('power')) return r.power[d]!
        return String(tick % 100)
      })
      if (r.oddity === 'extra-cells') cells.push('x', 'y')
      if (r.oddity === 'quote-after') cells.push('"a, b"')
      if (r.oddity === 'blank') lines.push('')
      if (r.oddity === 'spaces-line') lines.push('   ')
      lines.push((r.oddity === 'short' ? cells.slice(0, 1) : cells).join(','))
    }
  }
  return lines.join(eol) + (s.trailingNewline ? eol : '')
}

/** Splits text into line batches at the given cut points (rounded to the next line start), numbered as readLineBatches does. */

const read = (reader: LogReader, parts: readonly LineBatch[], timezone: string) => readBatches(reader, parts, spec, timezone)

describe('power-csv fast path', () => {
  it('gives the samples, problems and counts of the general path on generated logs', async () => {
    const stats = { fastLines: 0 }
    let total = 0
    await fc.assert(
      fc.asyncProperty(
        shape,
        fc.array(row, { minLength: 1, maxLength: 150 }),
        fc.oneof(
          fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2026, 11, 31) }),
          // Naive times are written from the UTC fields: these run into Europe/Berlin's repeated hour
          // (02:00-03:00 on 2025-10-26) and its skipped one (2025-03-30), where the clock's order matters.
          fc.constantFrom(Date.UTC(2025, 9, 26, 1, 58), Date.UTC(2025, 9, 26, 2, 59, 30), Date.UTC(2025, 2, 30, 1, 59)),
        ),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 5 }),
        async (s, rows, startMs, cuts) => {
          const parts = batches(render(s, rows, startMs), cuts)
          const general = await read(powerCsvGeneralReader, copies(parts), s.timezone)
          const fast = await read(createPowerCsvReader({ fastPath: true, stats }), copies(parts), s.timezone)
          expect(fast).toEqual(general)
          total += stats.fastLines
        },
      ),
      { numRuns: 400 },
    )
    // Not vacuous: the generated logs do take the fast path.
    expect(total).toBeGreaterThan(2000)
  })

  it('reads nearly every line of a plain one-second log on the fast path', async () => {
    const s: LogShape = { timeForm: 'iso-z-ms', header: ['timestamp', 'watts'], crlf: false, devices: 1, timezone: 'UTC', trailingNewline: true }
    const rows: Row[] = Array.from({ length: 6000 }, (_, i) => ({ stepMs: 1000, power: [(350 + 120 * Math.sin(i / 900)).toFixed(2)], oddity: 'none' }))
    const text = render(s, rows, Date.UTC(2026, 0, 1, 0, 0, 0, 125))
    expect(text.split('\n')[2]).toBe('2026-01-01T00:00:02.125Z,350.13')
    const parts = batches(text, [0.2, 0.5, 0.9])
    const stats = { fastLines: 0 }
    const general = await read(powerCsvGeneralReader, copies(parts), 'UTC')
    const fast = await read(createPowerCsvReader({ fastPath: true, stats }), copies(parts), 'UTC')
    expect(fast).toEqual(general)
    expect(fast.samples).toHaveLength(6000)
    expect(fast.problems).toEqual([])
    // The general path reads the header; the fast path every sample line, new minutes included.
    expect(stats.fastLines).toBe(6000)
    expect(fast.samples[59]!.atMs).toBe(Date.UTC(2026, 0, 1, 0, 1, 0, 125))
  })
  it.each([
    ['offset', 'UTC'],
    ['offset-hhmm', 'UTC'],
    ['naive-ms', 'Europe/Berlin'],
    ['naive-slash', '+05:30'],
    ['unix-s', 'UTC'],
    ['unix-ms', 'UTC'],
  ] as const)('reads every sample line of a plain %s log (timezone %s) on the fast path', async (timeForm, timezone) => {
    const s: LogShape = { timeForm, header: ['timestamp', 'device', 'watts'], crlf: false, devices: 2, timezone, trailingNewline: true }
    const rows: Row[] = Array.from({ length: 2000 }, (_, i) => ({ stepMs: 1000, power: [(350 + (i % 97)).toFixed(2), '412.5'], oddity: 'none' }))
    const parts = batches(render(s, rows, Date.UTC(2025, 9, 26, 1, 40, 0, 125)), [0.3, 0.6])
    const stats = { fastLines: 0 }
    const general = await read(powerCsvGeneralReader, copies(parts), timezone)
    const fast = await read(createPowerCsvReader({ fastPath: true, stats }), copies(parts), timezone)
    expect(fast).toEqual(general)
    expect(fast.problems).toEqual([])
    expect(stats.fastLines).toBe(4000)
  })
  it('reads a CRLF log with a device column last on the fast path too, devices named as the general path names them', async () => {
    const s: LogShape = { timeForm: 'iso-z', header: ['time', 'power [kW]', 'gpu_index'], crlf: true, devices: 3, timezone: 'UTC', trailingNewline: false }
    const rows: Row[] = Array.from({ length: 500 }, (_, i) => ({ stepMs: 1000, power: ['0.35', '0.4125', String(i % 7), '1'], oddity: 'none' }))
    const parts = batches(render(s, rows, Date.UTC(2025, 2, 14, 9, 26, 53)), [0.4])
    const stats = { fastLines: 0 }
    const general = await read(powerCsvGeneralReader, copies(parts), 'UTC')
    const fast = await read(createPowerCsvReader({ fastPath: true, stats }), copies(parts), 'UTC')
    expect(fast).toEqual(general)
    expect(stats.fastLines).toBe(1500)
    expect(new Set(fast.samples.map((x) => x.device))).toEqual(new Set(['gpu0', 'GPU-a9c4dd49-f417-1dba', 'cpu-package-0']))
    expect(fast.samples[1]!.watts).toBe(412.5)
  })
})
