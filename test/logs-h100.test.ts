import { createReadStream } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { LogSpec } from '../src/core/model.js'
import { addSample, createAccumulator, finishAccumulator, type PowerSample } from '../src/core/samples.js'
import { readLineBatches } from '../src/ingest/lines.js'
import { createLocalClock, type LocalClock } from '../src/ingest/logs/local-time.js'
import { detectReader } from '../src/ingest/logs/index.js'
import { batchSamples, type ReadContext } from '../src/ingest/logs/reader.js'

const dir = fileURLToPath(new URL('./fixtures/logs/gpu-h100/', import.meta.url))
const spec: LogSpec = { path: '', timezone: 'UTC', replicas: 1, gapThresholdS: 10, gaps: 'bridge' }

async function samplesOf(name: string): Promise<{ samples: PowerSample[]; ctx: ReadContext; format: string }> {
  const batches = readLineBatches(createReadStream(dir + name), name)
  const first = await batches.next()
  if (first.done) throw new Error('empty')
  const reader = detectReader(first.value.lines.slice(0, 10), name)
  if (!reader) throw new Error(`no reader for ${name}`)
  const ctx: ReadContext = { file: name, spec, clock: createLocalClock('UTC') as LocalClock, problems: [], missing: 0, badLines: 0, facilityIncluded: false, notes: [], warnings: [], timeSeen: { unixUnits: 0 } }
  const all = async function* () {
    yield first.value
    yield* batches
  }
  const samples: PowerSample[] = []
  for await (const b of reader.read(all(), ctx)) samples.push(...batchSamples(b))
  return { samples, ctx, format: reader.format }
}

function energyJ(samples: readonly PowerSample[], clip: { startMs: number; endMs: number }): number {
  const acc = createAccumulator({ gapThresholdMs: 10_000, gaps: 'bridge', clip })
  for (const s of samples) addSample(acc, s)
  return finishAccumulator(acc).energyJ
}

describe('the real H100 logs', () => {
  it('1 s and 200 ms nvidia-smi CSVs of the same run agree within 1 % over their common window', async () => {
    const slow = await samplesOf('nvidia-smi-1s.csv')
    const fast = await samplesOf('nvidia-smi-200ms-nounits.csv')
    expect(slow.format).toBe('nvidia-smi')
    expect(fast.format).toBe('nvidia-smi')
    expect(slow.ctx.problems).toEqual([])
    expect(fast.ctx.problems).toEqual([])
    expect(slow.samples.length).toBe(166)
    expect(fast.samples.length).toBe(825)
    const times = (s: readonly PowerSample[]) => s.map((x) => x.atMs)
    const clip = {
      startMs: Math.max(Math.min(...times(slow.samples)), Math.min(...times(fast.samples))),
      endMs: Math.min(Math.max(...times(slow.samples)), Math.max(...times(fast.samples))),
    }
    expect(clip.endMs - clip.startMs).toBeGreaterThan(160_000)
    const slowJ = energyJ(slow.samples, clip)
    const fastJ = energyJ(fast.samples, clip)
    // A training phase at several hundred W for ~75 s: tens of kJ, not a unit slip.
    expect(slowJ).toBeGreaterThan(20_000)
    expect(Math.abs(slowJ - fastJ) / fastJ).toBeLessThan(0.01)
  })

  it('reads the timestamps as UTC wall-clock times (the capture machine ran on UTC)', async () => {
    const { samples } = await samplesOf('nvidia-smi-1s.csv')
    expect(samples[0]).toEqual({ atMs: Date.UTC(2026, 10, 26, 23, 49, 3, 910), watts: 121.06, device: 'GPU-a9c4dd49-f417-1dba-fc81-371054b6b134' })
  })
})
