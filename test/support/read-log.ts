import type { LogSpec } from '../../src/core/model.js'
import type { PowerSample } from '../../src/core/samples.js'
import { LineBatch } from '../../src/ingest/lines.js'
import { createLocalClock, type LocalClock } from '../../src/ingest/logs/local-time.js'
import { batchSamples, type LogReader, type ReadContext } from '../../src/ingest/logs/reader.js'

/** Runs one reader over prepared batches and collects everything a fast path must reproduce. */
export async function readBatches(reader: LogReader, parts: readonly LineBatch[], spec: LogSpec, timezone: string) {
  const ctx: ReadContext = { file: spec.path, spec: { ...spec, timezone }, clock: createLocalClock(timezone) as LocalClock, problems: [], missing: 0, badLines: 0, facilityIncluded: false, notes: [], warnings: [], timeSeen: { unixUnits: 0 } }
  const samples: PowerSample[] = []
  const source = async function* () {
    yield* parts
  }
  for await (const b of reader.read(source(), ctx)) samples.push(...batchSamples(b))
  const lineCounts = parts.map((p) => p.lineCount)
  return { samples, problems: ctx.problems, missing: ctx.missing, badLines: ctx.badLines, lineCounts, unixUnits: ctx.timeSeen.unixUnits }
}

/** Fresh batch objects per run: a reader reports its line count into them. */
export const copies = (parts: readonly LineBatch[]): LineBatch[] => parts.map((p) => new LineBatch(p.bytes, p.firstLine, p.bytesRead))

/** Cuts a log into batches at the line ends nearest the given shares of its length, numbering lines on. */
export function batches(text: string, cuts: readonly number[]): LineBatch[] {
  const bytes = Buffer.from(text, 'utf8')
  const out: LineBatch[] = []
  let start = 0
  let firstLine = 1
  const push = (end: number): void => {
    const batch = new LineBatch(bytes.subarray(start, end), firstLine, end)
    firstLine += batch.lineCount
    out.push(batch)
    start = end
  }
  for (const c of [...cuts].sort((a, b) => a - b)) {
    const nl = bytes.indexOf(10, Math.floor(c * bytes.length))
    if (nl >= start) push(nl + 1)
  }
  if (start < bytes.length) push(bytes.length)
  return out
}
