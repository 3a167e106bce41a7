import type { PowerSample } from '../../core/samples.js'
import type { LineBatch } from '../lines.js'
import { parseTimestamp, unixMs } from '../time.js'
import { DEVICE_NAMES, TIME_NAMES } from './power-columns.js'
import { badLine, badTime, numbered, type LogReader, type ReadBatch, type ReadContext } from './reader.js'

const WATT_KEYS = ['watts', 'power', 'powerW', 'power_w', 'power_watts']

function pick(obj: Record<string, unknown>, keys: readonly string[]): unknown {
  for (const k of keys) if (obj[k] !== undefined) return obj[k]
  return undefined
}

async function* readPowerJsonl(lines: AsyncIterable<LineBatch>, ctx: ReadContext): AsyncGenerator<ReadBatch> {
  for await (const batch of lines) {
    const samples: PowerSample[] = []
    for (const [line, lineNo] of numbered(batch)) {
      if (line.trim() === '') continue
      let obj: unknown
      try {
        obj = JSON.parse(line)
      } catch {
        badLine(ctx, lineNo, 'not a JSON object (one object per line expected)')
        continue
      }
      if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) {
        badLine(ctx, lineNo, 'not a JSON object (one object per line expected)')
        continue
      }
      const rec = obj as Record<string, unknown>
      const power = pick(rec, WATT_KEYS)
      const time = pick(rec, TIME_NAMES)
      if (power === null || power === 'NaN') {
        ctx.missing++
        continue
      }
      const watts = typeof power === 'number' ? power : typeof power === 'string' ? Number(power) : NaN
      const atMs = typeof time === 'number' ? unixMs(time, ctx.timeSeen) : typeof time === 'string' ? parseTimestamp(time, ctx.clock, ctx.timeSeen) : NaN
      if (!(watts >= 0)) {
        badLine(ctx, lineNo, `expected a power in W under one of ${WATT_KEYS.join(', ')}`)
        continue
      }
      if (Number.isNaN(atMs)) {
        if (typeof time === 'string') badTime(ctx, lineNo, time, 'timestamp')
        else badLine(ctx, lineNo, `expected a timestamp (ISO 8601 or Unix seconds) under one of ${TIME_NAMES.join(', ')}`)
        continue
      }
      const device = pick(rec, DEVICE_NAMES)
      samples.push({ atMs, watts, device: device === undefined ? 'power' : String(device) })
    }
    if (samples.length > 0) yield { samples }
  }
}

/** JSON lines of power samples: `{"timestamp": "...", "watts": 287.4, "device": "0"}`. */
export const powerJsonlReader: LogReader = {
  format: 'power-jsonl',
  sniff(head) {
    const first = head.find((l) => l.trim() !== '')?.trim()
    if (!first?.startsWith('{')) return false
    try {
      const obj = JSON.parse(first) as Record<string, unknown>
      return pick(obj, WATT_KEYS) !== undefined && pick(obj, TIME_NAMES) !== undefined
    } catch {
      return false
    }
  },
  read: readPowerJsonl,
}
