import { problem } from '../../core/errors.js'
import type { LineBatch } from '../lines.js'
import { READ, readBatchLines, STOP } from './fast-lines.js'
import { DeviceSlots } from './nvidia-smi-scan.js'
import { badLine, ColumnsBuilder, type FastPathOptions, isMissing, type LogReader, type ReadBatch, type ReadContext, splitCsv } from './reader.js'
import { newWandbFastState, wandbCsvLayout } from './wandb-fast.js'

const POWER_KEY = /^system\.gpu\.(\d+)\.powerWatts$/

function timeMs(value: unknown): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN
  return n * 1000
}

/** What the general path keeps between lines. */
interface WandbState {
  columns?: { time: number; gpus: [number, string][] }
  readonly out: ColumnsBuilder
  // Devices as small integers (samples go out as columns), shared with the fast path.
  readonly slots: DeviceSlots
  /** Called once the CSV header is read, so the fast path can take CSV lines. */
  readonly onHeader: (time: number, gpus: readonly [number, string][]) => void
}

/**
 * Reads one line of a Weights & Biases system-metrics export from its text: `run.history(stream=
 * "system")` written to CSV, or the older local `wandb-events.jsonl`. `_timestamp` is Unix
 * seconds; each `system.gpu.N.powerWatts` column is one GPU.
 */
function generalLine(s: WandbState, line: string, lineNo: number, ctx: ReadContext): typeof READ | typeof STOP {
  const text = line.trim()
  if (text === '') return READ
  if (text.startsWith('{')) {
    let rec: Record<string, unknown>
    try {
      rec = JSON.parse(text) as Record<string, unknown>
    } catch {
      badLine(ctx, lineNo, 'not a JSON object')
      return READ
    }
    const atMs = timeMs(rec._timestamp)
    if (Number.isNaN(atMs)) {
      badLine(ctx, lineNo, 'no _timestamp (Unix seconds)')
      return READ
    }
    for (const [key, value] of Object.entries(rec)) {
      const m = POWER_KEY.exec(key)
      if (!m) continue
      if (typeof value !== 'number') ctx.missing++
      else s.out.push(atMs, value, s.slots.named(`gpu${m[1]}`))
    }
    return READ
  }
  const cells = splitCsv(line)
  if (s.columns === undefined) {
    const keys = cells.map((c) => c.trim())
    const time = keys.indexOf('_timestamp')
    const gpus = keys.flatMap((k, i): [number, string][] => {
      const m = POWER_KEY.exec(k)
      return m ? [[i, `gpu${m[1]}`]] : []
    })
    if (time < 0 || gpus.length === 0) {
      ctx.problems.push(problem('wandb-header', { file: ctx.file, line: lineNo }))
      return STOP
    }
    s.columns = { time, gpus }
    s.onHeader(time, gpus)
    return READ
  }
  const columns = s.columns
  const atMs = timeMs(cells[columns.time])
  if (Number.isNaN(atMs)) {
    badLine(ctx, lineNo, `_timestamp "${cells[columns.time] ?? ''}" is not Unix seconds`)
    return READ
  }
  for (const [i, device] of columns.gpus) {
    const cell = cells[i] ?? ''
    if (isMissing(cell)) {
      ctx.missing++
      continue
    }
    const watts = Number(cell)
    if (!(watts >= 0)) badLine(ctx, lineNo, `"${cell}" in column ${i + 1} is not a power in W`, { col: 1 })
    else s.out.push(atMs, watts, s.slots.named(device))
  }
  return READ
}

function createRead(options: FastPathOptions): LogReader['read'] {
  return async function* readWandb(lines: AsyncIterable<LineBatch>, ctx: ReadContext): AsyncGenerator<ReadBatch> {
    const out = new ColumnsBuilder()
    const slots = new DeviceSlots()
    const fast = newWandbFastState(slots, new DeviceSlots(), out, ctx)
    // GPU columns come in column order, which is the order the fast path reads cells in.
    const onHeader = (time: number, gpus: readonly [number, string][]): void => {
      fast.csv = wandbCsvLayout(time, gpus.map(([col, device]) => [col, slots.named(device)]))
    }
    const s: WandbState = { out, slots, onHeader }
    const general = (line: string, lineNo: number): typeof READ | typeof STOP => generalLine(s, line, lineNo, ctx)
    for await (const batch of lines) {
      if (!options.fastPath) {
        for (let i = 0; i < batch.lines.length; i++) if (generalLine(s, batch.lines[i]!, batch.firstLine + i, ctx) === STOP) return
      } else {
        if (readBatchLines(batch, () => fast, general) === STOP) return
        if (options.stats) options.stats.fastLines = fast.lines
      }
      if (out.count > 0) yield { columns: out.take(slots.names) }
    }
  }
}

function sniff(head: readonly string[]): boolean {
  const first = head.find((l) => l.trim() !== '') ?? ''
  return /(^|[,"])system\.gpu\.\d+\.powerWatts($|[,"])/.test(first)
}

/**
 * The W&B reader with options. Plain CSV and JSON lines are read from their bytes on a fast path
 * (wandb-fast.ts); other lines go through the general path, which gives the same result.
 */
export function createWandbReader(options: FastPathOptions): LogReader {
  return { format: 'wandb', sniff, read: createRead(options) }
}

/**
 * The reader with its fast path off. For tests that check the fast path gives the same samples,
 * problems and counts.
 * @internal
 */
export const wandbGeneralReader: LogReader = createWandbReader({ fastPath: false })

/** Weights & Biases system metrics: history CSV or wandb-events.jsonl. */
export const wandbReader: LogReader = createWandbReader({ fastPath: true })
