import { problem } from '../../core/errors.js'
import type { PowerSample } from '../../core/samples.js'
import type { LineBatch } from '../lines.js'
import { parseTimestamp } from './local-time.js'
import { badLine, headerKey, headerUnit, isMissing, numbered, splitCsv, type LogReader, type ReadBatch, type ReadContext } from './reader.js'

export const TIME_NAMES = ['timestamp', 'time', 'ts', 'datetime', 'date', 'time_utc']
export const DEVICE_NAMES = ['device', 'gpu', 'index', 'uuid', 'gpu_index', 'gpu_uuid']
const POWER_FACTORS: Readonly<Record<string, number>> = {
  watts: 1, watt: 1, power: 1, power_w: 1, power_watts: 1, powerw: 1, w: 1, power_kw: 1000, kw: 1000, power_mw: 1e-3,
}
const UNIT_FACTORS: Readonly<Record<string, number>> = { mW: 1e-3, W: 1, kW: 1e3 }

/** The factor to watts of a power column header (`watts`, `power [kW]`, `power_kw`), or a message. */
export function powerFactor(cell: string): number | string | undefined {
  const key = headerKey(cell)
  const base = POWER_FACTORS[key]
  if (base === undefined) return undefined
  const unit = headerUnit(cell)
  if (unit === undefined) return base
  const factor = UNIT_FACTORS[unit]
  return factor ?? `power column "${cell.trim()}" has unit "${unit}"; expected W, kW or mW`
}

async function* readPowerCsv(lines: AsyncIterable<LineBatch>, ctx: ReadContext): AsyncGenerator<ReadBatch> {
  let cols: { time: number; power: number; factor: number; device: number } | undefined
  for await (const batch of lines) {
    const samples: PowerSample[] = []
    for (const [line, lineNo] of numbered(batch)) {
      if (line.trim() === '') continue
      const cells = splitCsv(line)
      if (cols === undefined) {
        const keys = cells.map(headerKey)
        const time = keys.findIndex((k) => TIME_NAMES.includes(k))
        const power = cells.findIndex((c) => powerFactor(c) !== undefined)
        const factor = power >= 0 ? powerFactor(cells[power]!) : undefined
        if (time < 0 || power < 0 || typeof factor !== 'number') {
          const why = typeof factor === 'string' ? factor : `expected a header with a time column (${TIME_NAMES.join(', ')}) and a power column (watts, power [W], power_kw)`
          ctx.problems.push(problem('log', why, { pos: { file: ctx.file, line: lineNo, col: 1 } }))
          return
        }
        cols = { time, power, factor, device: keys.findIndex((k) => DEVICE_NAMES.includes(k)) }
        continue
      }
      const powerCell = cells[cols.power]
      const timeCell = cells[cols.time] ?? ''
      if (powerCell === undefined) {
        badLine(ctx, lineNo, `expected ${cols.power + 1} or more cells, found ${cells.length}`)
        continue
      }
      if (isMissing(powerCell)) {
        ctx.missing++
        continue
      }
      const watts = Number(powerCell) * cols.factor
      const atMs = parseTimestamp(timeCell, ctx.clock)
      if (!(watts >= 0)) {
        badLine(ctx, lineNo, `power "${powerCell}" is not a number of W`)
        continue
      }
      if (Number.isNaN(atMs)) {
        badLine(ctx, lineNo, `timestamp "${timeCell}" is not ISO 8601 or Unix seconds/ms`, { suggestion: '2025-03-14T09:26:53Z' })
        continue
      }
      samples.push({ atMs, watts, device: cols.device >= 0 ? (cells[cols.device] ?? '').trim() : 'power' })
    }
    if (samples.length > 0) yield { samples }
  }
}

/** A plain CSV of power samples: a time column, a power column in W (or as the header says), an optional device. */
export const powerCsvReader: LogReader = {
  format: 'power-csv',
  sniff(head) {
    const first = head.find((l) => l.trim() !== '')
    if (first === undefined || first.trimStart().startsWith('{')) return false
    const cells = splitCsv(first)
    return cells.some((c) => TIME_NAMES.includes(headerKey(c))) && cells.some((c) => powerFactor(c) !== undefined)
  },
  read: readPowerCsv,
}
