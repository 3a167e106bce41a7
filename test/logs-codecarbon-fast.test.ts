import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { LogSpec } from '../src/core/model.js'
import type { EnergySegment } from '../src/core/samples.js'
import { codecarbonGeneralReader, codecarbonReader } from '../src/ingest/logs/codecarbon.js'
import { createLocalClock, type LocalClock } from '../src/ingest/logs/local-time.js'
import { newReadContext, type LogReader } from '../src/ingest/logs/reader.js'
import { batches, copies } from './support/read-log.js'

// The CodeCarbon reader reads plain rows on a fast path (cells found from bytes, a cached minute,
// numbers without strings, the run's id compared as bytes). These properties check that it gives
// exactly what the general path gives (every energy segment, problem, note and count) on generated
// files, whatever the batch boundaries.

const spec: LogSpec = { path: 'emissions.csv', timezone: 'UTC', replicas: 1, gapThresholdS: 60, gaps: 'bridge' }

/** Runs one reader and collects everything the fast path must reproduce. */
async function read(reader: LogReader, parts: ReturnType<typeof batches>, timezone: string) {
  const ctx = newReadContext(spec.path, { ...spec, timezone }, createLocalClock(timezone) as LocalClock)
  const segments: EnergySegment[] = []
  const source = async function* () {
    yield* parts
  }
  for await (const b of reader.read(source(), ctx)) segments.push(...(b.segments ?? []))
  const { problems, missing, badLines, notes, warnings, reported } = ctx
  return { segments, problems, missing, badLines, notes, warnings, reported, lineCounts: parts.map((p) => p.lineCount) }
}

const HEADERS = [
  // 3.x, 2.x, 1.x (no run_id), a task file, and one without emissions.
  ['timestamp', 'project_name', 'run_id', 'experiment_id', 'duration', 'emissions', 'cpu_model', 'energy_consumed', 'country_name'],
  ['timestamp', 'project_name', 'run_id', 'duration', 'emissions', 'emissions_rate', 'energy_consumed'],
  ['timestamp', 'experiment_id', 'project_name', 'duration', 'emissions', 'energy_consumed', 'region'],
  ['task_name', 'timestamp', 'project_name', 'run_id', 'duration', 'emissions', 'energy_consumed'],
  ['timestamp', 'duration', 'energy_consumed', 'note'],
] as const

const number = fc.oneof(
  { weight: 12, arbitrary: fc.tuple(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 0, max: 8 })).map(([n, f]) => (f === 0 ? String(n) : (n / 10 ** f).toFixed(f))) },
  // CodeCarbon writes Python's shortest round-trip repr: up to 17 digits, and exponents.
  { weight: 2, arbitrary: fc.double({ min: 0, max: 1e4, noNaN: true }).map(String) },
  { weight: 1, arbitrary: fc.constantFrom('', 'NaN', '-', '-1', '1e-05', '3.7e-05', ' 12', 'abc', '0x10', '.', '12.') },
)
const time = fc.oneof(
  { weight: 12, arbitrary: fc.constant('plain') },
  { weight: 1, arbitrary: fc.constantFrom('fraction', 'Z', 'offset', 'space', 'slash', 'bad', 'unix', 'leap', 'padded') },
)
const row = fc.record({
  stepS: fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 0, max: 90 }) }, { weight: 1, arbitrary: fc.integer({ min: -120, max: 4000 }) }),
  run: fc.integer({ min: 0, max: 3 }),
  task: fc.integer({ min: 0, max: 1 }),
  duration: number,
  energy: number,
  emissions: number,
  time,
  oddity: fc.oneof({ weight: 30, arbitrary: fc.constant('none') }, { weight: 1, arbitrary: fc.constantFrom('quoted', 'short', 'long', 'commas', 'empty', 'header', 'no-id', 'unicode') }),
})
const file = fc.record({
  header: fc.constantFrom(...HEADERS),
  crlf: fc.boolean(),
  timezone: fc.constantFrom('UTC', '+05:30', 'Europe/Berlin'),
  rows: fc.array(row, { minLength: 1, maxLength: 60 }),
  cuts: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 4 }),
})

const p2 = (n: number): string => String(n).padStart(2, '0')

function timestamp(ms: number, style: string): string {
  const d = new Date(ms)
  const date = `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())}`
  const clock = `${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`
  switch (style) {
    case 'fraction': return `${date}T${clock}.${String(ms % 1000).padStart(3, '0')}`
    case 'Z': return `${date}T${clock}Z`
    case 'offset': return `${date}T${clock}+01:00`
    case 'space': return `${date} ${clock}`
    case 'slash': return `${date.replaceAll('-', '/')}T${clock}`
    case 'bad': return `${date}T${clock.replace(':', '')}`
    case 'unix': return String(Math.floor(ms / 1000))
    case 'leap': return `${date}T${clock.slice(0, 6)}60`
    case 'padded': return ` ${date}T${clock}`
    default: return `${date}T${clock}`
  }
}

type Row = typeof row extends fc.Arbitrary<infer T> ? T : never

function generate(f: { readonly header: readonly string[]; readonly crlf: boolean; readonly rows: readonly Row[] }): string {
  const nl = f.crlf ? '\r\n' : '\n'
  let t = Date.UTC(2025, 9, 26, 0, 30, 0) // a night when Europe/Berlin goes back an hour
  let text = f.header.join(',') + nl
  for (const r of f.rows) {
    t += r.stepS * 1000
    const cells = f.header.map((c) => {
      switch (c) {
        case 'timestamp': return timestamp(t, r.time)
        case 'duration': return r.duration
        case 'energy_consumed': return r.energy
        case 'emissions': return r.emissions
        case 'run_id': return r.oddity === 'no-id' ? '' : `5d0c1f8e-2b3a-4e51-9c77-1a2b3c4d5e6${r.run}`
        case 'experiment_id': return r.oddity === 'no-id' ? '' : `exp-${r.run % 2}`
        case 'project_name': return r.oddity === 'unicode' ? 'bërt' : 'bert-finetune'
        case 'task_name': return `task${r.task}`
        case 'cpu_model': return r.oddity === 'quoted' ? '"AMD EPYC, 7R32"' : 'AMD EPYC 7R32'
        default: return 'x'
      }
    })
    if (r.oddity === 'short') cells.pop()
    if (r.oddity === 'long') cells.push('extra')
    if (r.oddity === 'commas') cells.fill('')
    if (r.oddity === 'empty') text += nl
    if (r.oddity === 'header') text += f.header.join(',') + nl
    text += cells.join(',') + nl
  }
  return text
}

describe('CodeCarbon fast path', () => {
  it('gives exactly what the general path gives, on any generated file and batch boundaries', async () => {
    await fc.assert(
      fc.asyncProperty(file, async (f) => {
        const parts = batches(generate(f), f.cuts)
        const fast = await read(codecarbonReader, copies(parts), f.timezone)
        const general = await read(codecarbonGeneralReader, copies(parts), f.timezone)
        expect(fast).toEqual(general)
      }),
      { numRuns: 300 },
    )
  })

  it('reads plain rows on the fast path (the general path alone would be slow, not wrong)', async () => {
    // A plain file: every row's energy counted once per run, as the general path does.
    const rows = Array.from({ length: 200 }, (_, i): Row => ({ stepS: 15, run: i % 2, task: 0, duration: String(15 * (i + 1)), energy: ((i + 1) / 1000).toFixed(6), emissions: '0.5', time: 'plain', oddity: 'none' }))
    const text = generate({ header: HEADERS[1], crlf: false, rows })
    const fast = await read(codecarbonReader, batches(text, [0.5]), 'UTC')
    expect(fast.segments.map((s) => s.energyJ)).toEqual([0.199, 0.2].map((kWh) => kWh * 3.6e6))
    expect(fast).toEqual(await read(codecarbonGeneralReader, batches(text, [0.5]), 'UTC'))
  })
})
