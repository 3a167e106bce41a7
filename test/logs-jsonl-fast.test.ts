import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { LogSpec } from '../src/core/model.js'
import type { LineBatch } from '../src/ingest/lines.js'
import { createPowerJsonlReader, powerJsonlGeneralReader } from '../src/ingest/logs/power-jsonl.js'
import type { LogReader } from '../src/ingest/logs/reader.js'
import { batches, copies, readBatches } from './support/read-log.js'

// The power-jsonl reader reads lines that are one flat object from their bytes (keys matched as
// bytes, times by the byte-level grammar). These properties check that it gives exactly what the
// general path (JSON.parse per line) gives: samples, problems, missing and bad-line counts, line counts.

const spec: LogSpec = { path: 'power.jsonl', timezone: 'UTC', replicas: 1, gapThresholdS: 30, gaps: 'bridge' }
const read = (reader: LogReader, parts: readonly LineBatch[], timezone: string) => readBatches(reader, parts, spec, timezone)
const pad = (n: number, w = 2): string => String(n).padStart(w, '0')

/** A time as a JSON value, in one of the forms logs write. */
function timeValue(form: string, ms: number, tick: number): string {
  const d = new Date(ms)
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
  const hms = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
  switch (form) {
    case 'iso-z': return `"${d.toISOString()}"`
    case 'offset': return `"${day}T${hms}.${pad(d.getUTCMilliseconds(), 3)}${['+01:00', '-0530', '+02'][tick % 3]}"`
    case 'naive': return `"${day} ${hms}"`
    case 'unix-s': return (ms / 1000).toFixed([0, 3, 6][tick % 3])
    case 'unix-ms': return String(ms)
    case 'unix-string': return `"${Math.floor(ms / 1000)}"`
    default: return `"${day}T${hms}Z"`
  }
}

const TIME_FORMS = ['iso-z', 'offset', 'naive', 'unix-s', 'unix-ms', 'unix-string', 'iso-z-s'] as const
const KEY_SETS = [
  { time: 'timestamp', power: 'watts', device: 'device' },
  { time: 'ts', power: 'power', device: 'gpu' },
  { time: 'time', power: 'power_w', device: undefined },
  { time: 'datetime', power: 'powerW', device: 'uuid' },
] as const

const oddPower = fc.constantFrom('null', '"NaN"', '"350.5"', '-5', '1e2', '007', '12.', 'true', '"abc"', '12345678901234567890', '0')
const oddity = fc.constantFrom(
  'blank', 'spaces', 'tabs', 'escape-device', 'number-device', 'float-device', 'null-device', 'nested', 'array', 'dup-power', 'dup-time',
  'both-power-keys', 'no-time', 'bad-time', 'spaced-time', 'trailing-junk', 'not-object', 'unicode-device', 'extra-keys', 'leading-zero-time', 'cr-inside', 'empty-object',
)

const row = fc.record({
  stepMs: fc.oneof({ weight: 8, arbitrary: fc.constantFrom(1000, 250) }, { weight: 1, arbitrary: fc.integer({ min: -3000, max: 90_000 }) }, { weight: 1, arbitrary: fc.constantFrom(-3_600_000, -2_400_000) }),
  power: fc.oneof({ weight: 10, arbitrary: fc.integer({ min: 0, max: 99_999 }).map((n) => (n % 3 === 0 ? String(n) : (n / 100).toFixed(2))) }, { weight: 1, arbitrary: oddPower }),
  oddity: fc.oneof({ weight: 10, arbitrary: fc.constant('none') }, { weight: 1, arbitrary: oddity }),
})

type Row = { readonly stepMs: number; readonly power: string; readonly oddity: string }

function render(form: string, keys: (typeof KEY_SETS)[number], devices: number, rows: readonly Row[], startMs: number, crlf: boolean): string {
  const lines: string[] = []
  let t = startMs
  let tick = 0
  for (const r of rows) {
    t += r.stepMs
    for (let d = 0; d < devices; d++) {
      tick++
      let time = timeValue(form, t, tick)
      if (r.oddity === 'bad-time') time = ['"2025-13-01T00:00:00Z"', '"14/03/2025 09:26:53"', '"x"', 'null'][tick % 4]!
      if (r.oddity === 'spaced-time') time = time.replace(/^"/, '" ')
      if (r.oddity === 'leading-zero-time') time = `0${Math.floor(t / 1000)}`
      let device: string | undefined = keys.device && `"gpu${d}"`
      if (r.oddity === 'escape-device') device = `"gpu\\u0030${d}"`
      if (r.oddity === 'number-device') device = String(d)
      if (r.oddity === 'float-device') device = [`${d}.5`, `${d}.50`, `1${d}.0`][tick % 3]!
      if (r.oddity === 'null-device') device = 'null'
      if (r.oddity === 'unicode-device') device = `"gpü${d}"`
      const members = [`"${keys.time}": ${time}`, `"${keys.power}": ${r.power}`]
      if (device !== undefined && keys.device) members.splice(d % 2, 0, `"${keys.device}": ${device}`)
      if (r.oddity === 'nested') members.push('"meta": {"a": 1}')
      if (r.oddity === 'array') members.push('"meta": [1, 2]')
      if (r.oddity === 'dup-power') members.push(`"${keys.power}": 12.5`)
      if (r.oddity === 'dup-time') members.push(`"${keys.time}": ${timeValue('unix-s', t + 5000, 0)}`)
      if (r.oddity === 'both-power-keys') members.push('"watts": 99.5', '"power": 98.5')
      if (r.oddity === 'no-time') members.shift()
      if (r.oddity === 'extra-keys') members.push('"util": -3', '"ok": true', '"temp": 6.5e1', '"name": "H100 \\"SXM\\""')
      let line = `{${members.join(tick % 2 === 0 ? ', ' : ',')}}`
      if (r.oddity === 'spaces') line = `  ${line.replaceAll(':', ' : ')}  `
      if (r.oddity === 'tabs') line = `\t${line}\t`
      if (r.oddity === 'trailing-junk') line = `${line} x`
      if (r.oddity === 'not-object') line = ['[1, 2]', '42', '"text"', 'null', '{'][tick % 5]!
      if (r.oddity === 'cr-inside') line = line.replace(', ', ',\r ')
      if (r.oddity === 'empty-object') line = '{ }'
      if (r.oddity === 'blank') lines.push(tick % 2 ? '' : '   ')
      lines.push(line)
    }
  }
  return lines.join(crlf ? '\r\n' : '\n') + '\n'
}

describe('power-jsonl fast path', () => {
  it('gives the samples, problems and counts of JSON.parse on generated logs', async () => {
    const stats = { fastLines: 0 }
    let total = 0
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...TIME_FORMS),
        fc.constantFrom(...KEY_SETS),
        fc.integer({ min: 1, max: 3 }),
        fc.array(row, { minLength: 1, maxLength: 120 }),
        fc.oneof(fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2026, 11, 31) }), fc.constantFrom(Date.UTC(2025, 9, 26, 1, 58), Date.UTC(2025, 2, 30, 1, 59))),
        fc.constantFrom('UTC', '+05:30', 'Europe/Berlin'),
        fc.boolean(),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 5 }),
        async (form, keys, devices, rows, startMs, timezone, crlf, cuts) => {
          const parts = batches(render(form, keys, devices, rows, startMs, crlf), cuts)
          const general = await read(powerJsonlGeneralReader, copies(parts), timezone)
          const fast = await read(createPowerJsonlReader({ fastPath: true, stats }), copies(parts), timezone)
          expect(fast).toEqual(general)
          total += stats.fastLines
        },
      ),
      { numRuns: 400 },
    )
    // Not vacuous: the generated logs do take the fast path.
    expect(total).toBeGreaterThan(2000)
  })

  it.each(TIME_FORMS.filter((f) => f !== 'unix-string'))('reads every line of a plain log with %s times on the fast path', async (form) => {
    const rows: Row[] = Array.from({ length: 1500 }, (_, i) => ({ stepMs: 1000, power: (287.4 + (i % 13)).toFixed(1), oddity: 'none' }))
    const parts = batches(render(form, KEY_SETS[0], 2, rows, Date.UTC(2025, 2, 14, 9, 26, 53, 107), false), [0.3, 0.8])
    const stats = { fastLines: 0 }
    const general = await read(powerJsonlGeneralReader, copies(parts), 'Europe/Berlin')
    const fast = await read(createPowerJsonlReader({ fastPath: true, stats }), copies(parts), 'Europe/Berlin')
    expect(fast).toEqual(general)
    expect(fast.problems).toEqual([])
    expect(stats.fastLines).toBe(3000)
  })
})
