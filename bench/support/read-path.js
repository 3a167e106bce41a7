// Reads the first MB of a log with one reader, its fast path on or off, and folds the samples as
// `report` does; prints `samples energyJ` for the caller to check that both paths agree. Run as its
// own process by formats.bench.js, so each read is timed (wall, CPU, peak RSS) the same way.
// Usage: node bench/support/read-path.js FORMAT fast|plain FILE MB TIMEZONE   (imports lib/: compile first)
import { createReadStream } from 'node:fs'
import { addSample, addSampleColumns, createAccumulator, finishAccumulator } from '../../lib/core/samples.js'
import { readLineBatches } from '../../lib/ingest/lines.js'
import { createLocalClock } from '../../lib/ingest/logs/local-time.js'
import { createDmonReader } from '../../lib/ingest/logs/nvidia-smi-dmon.js'
import { createNvidiaSmiReader } from '../../lib/ingest/logs/nvidia-smi.js'
import { createPowerCsvReader } from '../../lib/ingest/logs/power-csv.js'
import { createPowerJsonlReader } from '../../lib/ingest/logs/power-jsonl.js'
import { newReadContext } from '../../lib/ingest/logs/reader.js'
import { createWandbReader } from '../../lib/ingest/logs/wandb.js'

/** The readers that have a fast path, by format. */
export const WITH_FAST_PATH = {
  'nvidia-smi': createNvidiaSmiReader,
  'nvidia-smi-dmon': createDmonReader,
  'power-csv': createPowerCsvReader,
  'power-jsonl': createPowerJsonlReader,
  wandb: createWandbReader,
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const [format, path, file, mb, timezone] = process.argv.slice(2)
  const reader = WITH_FAST_PATH[format]({ fastPath: path === 'fast' })
  const spec = { path: file, timezone, replicas: 1, gapThresholdS: 60, gaps: 'bridge' }
  const ctx = newReadContext(file, spec, createLocalClock(timezone))
  const acc = createAccumulator({ gapThresholdMs: 60_000, gaps: 'bridge' })
  // A cut mid-line only makes the last line bad, on both paths alike.
  const stream = createReadStream(file, { highWaterMark: 1 << 20, end: Number(mb) * 1e6 - 1 })
  for await (const batch of reader.read(readLineBatches(stream, file), ctx)) {
    for (const s of batch.samples ?? []) addSample(acc, s)
    if (batch.columns) addSampleColumns(acc, batch.columns)
  }
  const result = finishAccumulator(acc)
  console.log(`${result.samples} ${result.energyJ}`)
}
