import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { LogSpec } from '../src/core/model.js'
import type { EnergySegment, PowerSample } from '../src/core/samples.js'
import { LineBatch } from '../src/ingest/lines.js'
import { dcgmDevice } from '../src/ingest/logs/dcgm.js'
import { createLocalClock, type LocalClock } from '../src/ingest/logs/local-time.js'
import { readQueryRange } from '../src/ingest/logs/prometheus-json.js'
import { batchSamples, newReadContext } from '../src/ingest/logs/reader.js'
import { measureEnergy } from '../src/ingest/measure.js'
import { logSpec, memorySource } from './fixtures/logs/fixture-source.js'

// The query_range reader streams the JSON (a scanner of its structure, pairs read from bytes,
// power held in flat memory until the end). The property: on any generated response, cut into
// pieces anywhere, it gives what reading the whole document with JSON.parse gives (the reference
// below, written from docs/formats.md's rules), and refuses what that refuses.

const spec: LogSpec = { path: 'dcgm.json', timezone: 'UTC', replicas: 1, gapThresholdS: 60, gaps: 'bridge' }
const POWER = 'DCGM_FI_DEV_POWER_USAGE'
const ENERGY = ['DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION', 'DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION_total']

interface Result {
  readonly samples: PowerSample[]
  readonly segments: EnergySegment[]
  readonly missing: number
  readonly refused: boolean
}

async function read(text: string, cuts: readonly number[]): Promise<Result & { readonly message?: string }> {
  const bytes = Buffer.from(text, 'utf8')
  const ends = [...new Set(cuts.map((c) => Math.floor(c * bytes.length)))].filter((e) => e > 0 && e < bytes.length).sort((a, b) => a - b)
  const parts: LineBatch[] = []
  let start = 0
  for (const end of [...ends, bytes.length]) {
    parts.push(new LineBatch(bytes.subarray(start, end), 1, end, end < bytes.length))
    start = end
  }
  const ctx = newReadContext(spec.path, spec, createLocalClock('UTC') as LocalClock)
  const samples: PowerSample[] = []
  const segments: EnergySegment[] = []
  const source = async function* () {
    yield* parts
  }
  for await (const b of readQueryRange(source(), ctx)) {
    samples.push(...batchSamples(b))
    segments.push(...(b.segments ?? []))
  }
  const error = ctx.problems.find((p) => p.severity === 'error')
  return { samples, segments, missing: ctx.missing, refused: error !== undefined, ...(error ? { message: error.message } : {}) }
}

/** The rules read off the whole document: a GPU with a counter takes its energy from it. */
function reference(text: string): Result {
  const refused: Result = { samples: [], segments: [], missing: 0, refused: true }
  let doc: { status?: unknown; data?: { resultType?: unknown; result?: unknown } }
  try {
    doc = JSON.parse(text) as typeof doc
  } catch {
    return refused
  }
  if (doc.status !== 'success' || doc.data?.resultType !== 'matrix' || !Array.isArray(doc.data.result)) return refused
  const series = doc.data.result as { metric?: Record<string, string>; values?: unknown }[]
  const counted = new Set(series.filter((s) => ENERGY.includes(s.metric?.__name__ ?? '')).map((s) => dcgmDevice(s.metric ?? {})))
  const samples: PowerSample[] = []
  const segments: EnergySegment[] = []
  const last = new Map<string, [number, number]>()
  const points = new Map<string, number>()
  let missing = 0
  for (const s of series) {
    const name = s.metric?.__name__ ?? ''
    if (name !== POWER && !ENERGY.includes(name)) return refused
    const device = dcgmDevice(s.metric ?? {})
    for (const v of (s.values ?? []) as unknown[]) {
      if (!Array.isArray(v) || v.length !== 2 || typeof v[0] !== 'number' || typeof v[1] !== 'string') return refused
      const value = Number(v[1])
      const atMs = v[0] * 1000
      if (!Number.isFinite(value)) missing++
      else if (name === POWER) {
        if (!counted.has(device)) {
          samples.push({ atMs, watts: value, device })
          points.set(`p ${device}`, (points.get(`p ${device}`) ?? 0) + 1)
        }
      } else {
        const before = last.get(device)
        points.set(`c ${device}`, (points.get(`c ${device}`) ?? 0) + 1)
        if (before === undefined) last.set(device, [atMs, value])
        else if (atMs > before[0]) {
          segments.push({ startMs: before[0], endMs: atMs, energyJ: (value >= before[1] ? value - before[1] : value) / 1000, device })
          last.set(device, [atMs, value])
        } else points.set(`c ${device}`, points.get(`c ${device}`)! - 1)
      }
    }
  }
  if (Math.max(0, ...points.values()) === 1) return refused
  return { samples, segments, missing, refused: false }
}

const value = fc.oneof(
  { weight: 12, arbitrary: fc.tuple(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 0, max: 4 })).map(([n, f]) => (f === 0 ? String(n) : (n / 10 ** f).toFixed(f))) },
  { weight: 2, arbitrary: fc.double({ min: 0, max: 1e9, noNaN: true }).map(String) },
  { weight: 1, arbitrary: fc.constantFrom('NaN', '+Inf', '-1', '1e3', '', '.5', '12.', '007', '\\u0031') },
)
const series = fc.record({
  metric: fc.oneof({ weight: 8, arbitrary: fc.constantFrom(POWER, ENERGY[0]!) }, { weight: 1, arbitrary: fc.constantFrom(ENERGY[1]!, 'DCGM_FI_DEV_SM_CLOCK') }),
  gpu: fc.integer({ min: 0, max: 2 }),
  valuesFirst: fc.boolean(),
  points: fc.array(fc.record({ stepS: fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 1, max: 30 }) }, { weight: 1, arbitrary: fc.integer({ min: -30, max: 0 }) }), fraction: fc.boolean(), value, drop: fc.boolean() }), { maxLength: 12 }),
})
const response = fc.record({
  series: fc.array(series, { maxLength: 6 }),
  layout: fc.constantFrom('compact', 'compact', 'pretty', 'sorted', 'extra-keys'),
  damage: fc.oneof({ weight: 12, arbitrary: fc.constant('none') }, { weight: 1, arbitrary: fc.constantFrom('truncate', 'status-error', 'vector', 'bad-pair', 'number-value', 'trailing', 'no-metric', 'leading-zero') }),
  cuts: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }),
  truncateAt: fc.double({ min: 0, max: 1, noNaN: true }),
})

function text(r: typeof response extends fc.Arbitrary<infer T> ? T : never): string {
  let counter = 912_000_000
  const result = r.series.map((s, i) => {
    let t = 1741944413
    const values = s.points.map((p) => {
      t += p.stepS
      counter = p.drop && s.metric !== POWER ? 1000 : counter + 4500
      const v = s.metric === POWER ? p.value : String(counter)
      return `[${p.fraction ? (t + 0.107).toFixed(3) : t},"${v}"]`
    })
    if (r.damage === 'bad-pair' && i === 0) values.push('[1741944413,"1","2"]')
    if (r.damage === 'number-value' && i === 0) values.push('[1741944413,300]')
    if (r.damage === 'leading-zero' && i === 0) values.push('[01741944413,"300"]')
    const labels = { __name__: s.metric, Hostname: 'node-0', UUID: `GPU-${s.gpu}`, gpu: String(s.gpu), modelName: 'NVIDIA H100 "SXM", 80GB' }
    const metric = r.damage === 'no-metric' && i === 0 ? '' : `"metric":${JSON.stringify(labels)}`
    const vals = `"values":[${values.join(',')}]`
    return `{${[s.valuesFirst ? vals : metric, s.valuesFirst ? metric : vals].filter(Boolean).join(',')}}`
  })
  const status = r.damage === 'status-error' ? 'error' : 'success'
  const type = r.damage === 'vector' ? 'vector' : 'matrix'
  const raw = `[${result.join(',')}]`
  let doc: string
  switch (r.layout) {
    // Pretty-printed (as jq writes it), where the damage leaves the series valid JSON.
    case 'pretty': doc = r.damage === 'leading-zero' ? raw : JSON.stringify({ status, data: { resultType: type, result: JSON.parse(raw) as unknown } }, null, 2); break
    case 'sorted': doc = `{"data":{"result":${raw},"resultType":"${type}"},"status":"${status}"}`; break
    case 'extra-keys': doc = `{"status":"${status}","warnings":["a \\"quoted\\" ] warning"],"data":{"resultType":"${type}","result":${raw},"stats":{"timings":{"evalTotalTime":0.01}}},"infos":[]}`; break
    default: doc = `{"status":"${status}","data":{"resultType":"${type}","result":${raw}}}`
  }
  if (r.damage === 'truncate') doc = doc.slice(0, Math.floor(r.truncateAt * doc.length))
  if (r.damage === 'trailing') doc += '\n{}'
  return doc
}

describe('Prometheus query_range, streamed', () => {
  it('gives what JSON.parse of the whole document gives, however the bytes arrive', async () => {
    await fc.assert(
      fc.asyncProperty(response, async (r) => {
        const t = text(r)
        const got = await read(t, r.cuts)
        const want = reference(t)
        expect(got.refused).toBe(want.refused)
        if (!want.refused) expect({ ...got, message: undefined }).toEqual({ ...want, message: undefined })
      }),
      { numRuns: 500 },
    )
  })

  it('says where the JSON goes wrong and what it saw', async () => {
    const doc = '{"status":"success","data":{"resultType":"matrix","result":[{"metric":{"__name__":"DCGM_FI_DEV_POWER_USAGE","UUID":"GPU-1"},"values":[[1741944413,"300"],[1741944428,"301"] x]}]}}'
    const got = await read(doc, [0.3, 0.7])
    expect(got.message).toBe('expected , or ] in "values", saw "x]}]}}"')
    const ctx = newReadContext(spec.path, spec, createLocalClock('UTC') as LocalClock)
    for await (const _ of readQueryRange((async function* () { yield new LineBatch(Buffer.from(`\n\n${doc}`), 1, 0) })(), ctx)) void _
    expect(ctx.problems[0]!.pos).toEqual({ file: 'dcgm.json', line: 3, col: doc.indexOf(' x') + 2 })
  })

  it('reads a one-line response of several MB, detected from its start; a CSV log refuses such a line', async () => {
    const values = Array.from({ length: 200_000 }, (_, i) => `[${1741944413 + 15 * i},"${(300 + (i % 7)).toFixed(1)}"]`).join(',')
    const doc = `{"status":"success","data":{"resultType":"matrix","result":[{"metric":{"__name__":"DCGM_FI_DEV_POWER_USAGE","UUID":"GPU-1"},"values":[${values}]}]}}`
    expect(doc.length).toBeGreaterThan(3 << 20)
    const opts = { maxLogBytes: 1e8, manifestFile: 'exp.carbon.yml' }
    const { measured, problems } = await measureEnergy([logSpec('q.json')], memorySource({ 'q.json': doc }), opts)
    expect(problems).toEqual([])
    expect(measured!.samples).toBe(200_000)
    const csv = await measureEnergy([logSpec('p.csv', { format: 'power-csv' })], memorySource({ 'p.csv': `timestamp,watts\n2025-03-14T09:00:00Z,${'1'.repeat(2 << 20)}\n` }), opts)
    expect(csv.problems[0]!.message).toBe('line 2 is longer than 1 MiB: not a line of a power-csv log; check the file and logs[].format')
  })
})
