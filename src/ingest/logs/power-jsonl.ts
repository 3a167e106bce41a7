import type { LineBatch } from '../lines.js'
import { parseTimestamp, unixMs } from '../time.js'
import { READ, readBatchLines } from './fast-lines.js'
import { DeviceSlots } from './nvidia-smi-scan.js'
import { DEVICE_NAMES, TIME_NAMES } from './power-columns.js'
import { newJsonlFastState } from './power-jsonl-fast.js'
import { badLine, badTime, ColumnsBuilder, type FastPathOptions, type LogReader, type ReadBatch, type ReadContext } from './reader.js'

const WATT_KEYS = ['watts', 'power', 'powerW', 'power_w', 'power_watts']

function pick(obj: Record<string, unknown>, keys: readonly string[]): unknown {
  for (const k of keys) if (obj[k] !== undefined) return obj[k]
  return undefined
}

/** What the general path keeps between lines. */
interface JsonlState {
  readonly out: ColumnsBuilder
  // Devices as small integers (samples go out as columns), shared with the fast path.
  readonly slots: DeviceSlots
}

/** Reads one line from its text with JSON.parse; problems go to `ctx`. */
function generalLine(s: JsonlState, line: string, lineNo: number, ctx: ReadContext): typeof READ {
  if (line.trim() === '') return READ
  let obj: unknown
  try {
    obj = JSON.parse(line)
  } catch {
    badLine(ctx, lineNo, 'not a JSON object (one object per line expected)')
    return READ
  }
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) {
    badLine(ctx, lineNo, 'not a JSON object (one object per line expected)')
    return READ
  }
  const rec = obj as Record<string, unknown>
  const power = pick(rec, WATT_KEYS)
  const time = pick(rec, TIME_NAMES)
  if (power === null || power === 'NaN') {
    ctx.missing++
    return READ
  }
  const watts = typeof power === 'number' ? power : typeof power === 'string' ? Number(power) : NaN
  const atMs = typeof time === 'number' ? unixMs(time, ctx.timeSeen) : typeof time === 'string' ? parseTimestamp(time, ctx.clock, ctx.timeSeen) : NaN
  if (!(watts >= 0)) {
    badLine(ctx, lineNo, `expected a power in W under one of ${WATT_KEYS.join(', ')}`)
    return READ
  }
  if (Number.isNaN(atMs)) {
    if (typeof time === 'string') badTime(ctx, lineNo, time, 'timestamp')
    else badLine(ctx, lineNo, `expected a timestamp (ISO 8601 or Unix seconds) under one of ${TIME_NAMES.join(', ')}`)
    return READ
  }
  const device = pick(rec, DEVICE_NAMES)
  s.out.push(atMs, watts, s.slots.named(device === undefined ? UNNAMED : String(device)))
  return READ
}

/** The device of samples without a device key. */
const UNNAMED = 'power'

function createRead(options: FastPathOptions): LogReader['read'] {
  return async function* readPowerJsonl(lines: AsyncIterable<LineBatch>, ctx: ReadContext): AsyncGenerator<ReadBatch> {
    const s: JsonlState = { out: new ColumnsBuilder(), slots: new DeviceSlots() }
    const fast = newJsonlFastState({ power: WATT_KEYS, time: TIME_NAMES, device: DEVICE_NAMES }, s.slots, s.out, ctx, UNNAMED)
    const general = (line: string, lineNo: number): typeof READ => generalLine(s, line, lineNo, ctx)
    for await (const batch of lines) {
      if (!options.fastPath) {
        for (let i = 0; i < batch.lines.length; i++) generalLine(s, batch.lines[i]!, batch.firstLine + i, ctx)
      } else {
        readBatchLines(batch, () => fast, general)
        if (options.stats) options.stats.fastLines = fast.lines
      }
      if (s.out.count > 0) yield { columns: s.out.take(s.slots.names) }
    }
  }
}

function sniff(head: readonly string[]): boolean {
  const first = head.find((l) => l.trim() !== '')?.trim()
  if (!first?.startsWith('{')) return false
  try {
    const obj = JSON.parse(first) as Record<string, unknown>
    return pick(obj, WATT_KEYS) !== undefined && pick(obj, TIME_NAMES) !== undefined
  } catch {
    return false
  }
}

/** The power-jsonl reader with options: `{"timestamp": "...", "watts": 287.4, "device": "0"}` per line. */
export function createPowerJsonlReader(options: FastPathOptions): LogReader {
  return { format: 'power-jsonl', sniff, read: createRead(options) }
}

/** JSON lines of power samples; plain lines are read from their bytes (power-jsonl-fast.ts). */
export const powerJsonlReader: LogReader = createPowerJsonlReader({ fastPath: true })

/**
 * The reader with its fast path off: every line through JSON.parse. For tests that check the fast
 * path gives the same samples, problems and counts.
 * @internal
 */
export const powerJsonlGeneralReader: LogReader = createPowerJsonlReader({ fastPath: false })
