import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { LogSpec } from '../src/core/model.js'
import { mlflowReader } from '../src/ingest/logs/mlflow.js'
import { batches, copies, readBatches } from './support/read-log.js'

// The MLflow reader reads plain lines from their bytes and anything else as text. The property:
// whatever the lines and batch boundaries, it gives what an independent reading of the format
// (the documented `<timestamp_ms> <value> <step>`, by regex and Number) gives.

const spec: LogSpec = { path: 'mlruns/1/4f0e1c52/metrics/system/gpu_0_power_usage_watts', timezone: 'UTC', replicas: 1, gapThresholdS: 60, gaps: 'bridge' }

const cell = fc.oneof(
  { weight: 10, arbitrary: fc.tuple(fc.integer({ min: 0, max: 999_999 }), fc.integer({ min: 0, max: 4 })).map(([n, f]) => (f === 0 ? String(n) : (n / 10 ** f).toFixed(f))) },
  { weight: 2, arbitrary: fc.double({ min: 0, max: 1e4, noNaN: true }).map(String) },
  { weight: 1, arbitrary: fc.constantFrom('NaN', 'nan', '-1', '1e2', '.5', '12.', '.', 'abc', '+5', '') },
)
const line = fc.record({
  stepMs: fc.integer({ min: -2000, max: 20_000 }),
  value: cell,
  step: fc.oneof({ weight: 10, arbitrary: fc.nat(9999).map(String) }, { weight: 1, arbitrary: fc.constantFrom('-3', '', 'x', '1.5') }),
  layout: fc.oneof({ weight: 20, arbitrary: fc.constant('plain') }, { weight: 1, arbitrary: fc.constantFrom('tabs', 'spaces', 'trailing', 'leading', 'empty', 'dotted-time', 'long-time') }),
})
const log = fc.record({ lines: fc.array(line, { minLength: 1, maxLength: 80 }), crlf: fc.boolean(), cuts: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 4 }) })

function text(l: { readonly lines: readonly (typeof line extends fc.Arbitrary<infer T> ? T : never)[]; readonly crlf: boolean }): string {
  let t = Date.UTC(2025, 2, 14, 9, 26, 53, 107)
  return l.lines.map((x) => {
    t += x.stepMs
    const step = x.step === '' ? '' : ` ${x.step}`
    switch (x.layout) {
      case 'tabs': return `${t}\t${x.value}\t${x.step}`
      case 'spaces': return `${t}  ${x.value}${step}`
      case 'trailing': return `${t} ${x.value}${step} `
      case 'leading': return ` ${t} ${x.value}${step}`
      case 'empty': return ''
      case 'dotted-time': return `${t}. ${x.value}${step}`
      case 'long-time': return `${t}0000 ${x.value}${step}`
      default: return `${t} ${x.value}${step}`
    }
  }).join(l.crlf ? '\r\n' : '\n') + (l.crlf ? '\r\n' : '\n')
}

/** The format as documented, read line by line: samples, missing values, bad lines. */
function expected(log: string) {
  const samples: { atMs: number; watts: number; device: string }[] = []
  let missing = 0
  let bad = 0
  for (const l of log.split(/\r?\n/).slice(0, -1)) {
    if (l.trim() === '') continue
    const m = /^\s*(\d+)\s+(\S+)(?:\s+(-?\d+))?\s*$/.exec(l)
    if (!m) bad++
    else if (Number.isNaN(Number(m[2]))) missing++
    else if (Number(m[2]) < 0) bad++
    else samples.push({ atMs: Number(m[1]), watts: Number(m[2]), device: 'gpu0' })
  }
  return { samples, missing, bad }
}

describe('MLflow metric files', () => {
  it('read from bytes give what the documented format says, whatever the batch boundaries', async () => {
    await fc.assert(
      fc.asyncProperty(log, async (l) => {
        const t = text(l)
        const got = await readBatches(mlflowReader, copies(batches(t, l.cuts)), spec, 'UTC')
        const want = expected(t)
        expect(got.samples).toEqual(want.samples)
        expect(got.missing).toBe(want.missing)
        expect(got.badLines).toBe(want.bad)
        expect(got.lineCounts.reduce((a, b) => a + b, 0)).toBe(t.split('\n').length - 1)
      }),
      { numRuns: 300 },
    )
  })
})
