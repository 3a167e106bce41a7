import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { LogSpec } from '../src/core/model.js'
import type { EnergySegment, PowerSample } from '../src/core/samples.js'
import { createLocalClock, type LocalClock } from '../src/ingest/logs/local-time.js'
import { readPrometheusText } from '../src/ingest/logs/prometheus-text.js'
import { batchSamples, newReadContext } from '../src/ingest/logs/reader.js'
import { batches, copies } from './support/read-log.js'

// The Prometheus text reader reads most lines on a fast path (a series known by its line's first
// bytes, comments and other metrics skipped by their first bytes, numbers from bytes). These
// properties check that it gives exactly what the general path gives (every sample, energy
// segment, problem, note and count) on generated scrapes, whatever the batch boundaries.

const spec: LogSpec = { path: 'dcgm.prom', timezone: 'UTC', replicas: 1, gapThresholdS: 60, gaps: 'bridge' }

async function read(parts: ReturnType<typeof batches>, fast: boolean, placed: boolean) {
  const ctx = newReadContext(spec.path, { ...spec, ...(placed ? { startMs: Date.UTC(2025, 2, 14, 9), intervalS: 15 } : {}) }, createLocalClock('UTC') as LocalClock)
  const samples: PowerSample[] = []
  const segments: EnergySegment[] = []
  const source = async function* () {
    yield* parts
  }
  for await (const b of readPrometheusText(source(), ctx, fast)) {
    samples.push(...batchSamples(b))
    segments.push(...(b.segments ?? []))
  }
  const { problems, missing, badLines, notes, warnings } = ctx
  return { samples, segments, problems, missing, badLines, notes, warnings, lineCounts: parts.map((p) => p.lineCount) }
}

const METRICS = ['DCGM_FI_DEV_POWER_USAGE', 'DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION', 'DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION_total', 'DCGM_FI_DEV_POWER_USAGE_INSTANT', 'DCGM_FI_DEV_SM_CLOCK'] as const

const value = fc.oneof(
  { weight: 12, arbitrary: fc.tuple(fc.integer({ min: 0, max: 999_999_999 }), fc.integer({ min: 0, max: 6 })).map(([n, f]) => (f === 0 ? String(n) : (n / 10 ** f).toFixed(f))) },
  { weight: 2, arbitrary: fc.double({ min: 0, max: 1e9, noNaN: true }).map(String) },
  { weight: 1, arbitrary: fc.constantFrom('NaN', '+Inf', '-Inf', '-5', '1.5e3', 'abc', '.5', '12.', '.', '') },
)
const line = fc.record({
  gpu: fc.integer({ min: 0, max: 2 }),
  metric: fc.oneof({ weight: 6, arbitrary: fc.constantFrom(0, 1) }, { weight: 1, arbitrary: fc.constantFrom(2, 3, 4) }),
  value,
  oddity: fc.oneof(
    { weight: 40, arbitrary: fc.constant('none') },
    { weight: 1, arbitrary: fc.constantFrom('leading-space', 'nbsp', 'trailing-space', 'two-spaces', 'tab', 'no-labels', 'bad-labels', 'bad-ts', 'float-ts', 'comment', 'empty', 'other-order', 'escaped') },
  ),
})
const scrape = fc.record({ lines: fc.array(line, { minLength: 1, maxLength: 8 }), stepMs: fc.integer({ min: -5000, max: 40_000 }) })
const log = fc.record({
  scrapes: fc.array(scrape, { minLength: 1, maxLength: 12 }),
  timestamps: fc.boolean(),
  placed: fc.boolean(),
  help: fc.boolean(),
  crlf: fc.boolean(),
  cuts: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 4 }),
})

function text(l: typeof log extends fc.Arbitrary<infer T> ? T : never): string {
  let t = Date.UTC(2025, 2, 14, 9, 26, 53)
  const out: string[] = []
  for (const s of l.scrapes) {
    t += s.stepMs
    for (const x of s.lines) {
      const name = METRICS[x.metric]!
      if (l.help) out.push(`# HELP ${name} Some help.`, `# TYPE ${name} gauge`)
      const labels = x.oddity === 'other-order' ? `UUID="GPU-${x.gpu}",gpu="${x.gpu}",Hostname="node-0"` : x.oddity === 'escaped' ? `gpu="${x.gpu}",UUID="GPU-${x.gpu}",modelName="A \\"big\\" } GPU"` : `gpu="${x.gpu}",UUID="GPU-${x.gpu}",Hostname="node-0"`
      const series = x.oddity === 'no-labels' ? name : x.oddity === 'bad-labels' ? `${name}{gpu="${x.gpu}"` : `${name}{${labels}}`
      const ts = x.oddity === 'bad-ts' ? ' 17x' : x.oddity === 'float-ts' ? ` ${t}.5` : l.timestamps ? ` ${t}` : ''
      switch (x.oddity) {
        case 'leading-space': out.push(` ${series} ${x.value}${ts}`); break
        case 'nbsp': out.push(`\u00a0${series} ${x.value}${ts}`); break
        case 'trailing-space': out.push(`${series} ${x.value}${ts} `); break
        case 'two-spaces': out.push(`${series}  ${x.value}${ts}`); break
        case 'tab': out.push(`${series}\t${x.value}${ts}`); break
        case 'comment': out.push(`# ${series} ${x.value}`); break
        case 'empty': out.push(''); break
        default: out.push(`${series} ${x.value}${ts}`)
      }
    }
  }
  const nl = l.crlf ? '\r\n' : '\n'
  return out.join(nl) + nl
}

describe('Prometheus text fast path', () => {
  it('gives exactly what the general path gives, on any generated scrapes and batch boundaries', async () => {
    await fc.assert(
      fc.asyncProperty(log, async (l) => {
        const parts = batches(text(l), l.cuts)
        expect(await read(copies(parts), true, l.placed)).toEqual(await read(copies(parts), false, l.placed))
      }),
      { numRuns: 400 },
    )
  })
})
